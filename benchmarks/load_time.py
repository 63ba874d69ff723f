"""How long the service takes to be ready: load + validate + build the graph.

Baseline in the same process: plain ``json.load`` of the same files (the floor any loader
pays). Reports medians and the ratio; run with
``.venv/bin/python benchmarks/load_time.py [--repeat 7]``.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks._util import median, timed  # noqa: E402
from routes_api.network.graph import build_graph  # noqa: E402
from routes_api.data.load import DEFAULT_DATA_DIR, load_network
from routes_api.api.state import ServiceState


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()
    files = sorted(DEFAULT_DATA_DIR.glob("*.geojson")) + [DEFAULT_DATA_DIR / "corridors.json"]
    raw = timed(lambda: [json.loads(f.read_text(encoding="utf-8")) for f in files], args.repeat)
    load = timed(lambda: load_network(), args.repeat)
    data = load_network()
    build = timed(lambda: build_graph(data, "2050"), args.repeat)
    ready = timed(lambda: ServiceState.load(state_dir="/tmp/routes-api-bench"), args.repeat)
    rows = [("json.load of the files (baseline)", raw), ("load + validate", load),
            ("build graph (2050)", build), ("service ready (load, catalog, graph)", ready)]
    base = median(raw)
    print(f"{len(data.places)} places, {len(data.segments)} segments; median of {args.repeat} runs")
    print(f"{'step':<40} {'median s':>9} {'x baseline':>11}")
    for name, xs in rows:
        print(f"{name:<40} {median(xs):>9.3f} {median(xs) / base:>11.1f}")


if __name__ == "__main__":
    main()
