"""Benchmark the connectivity-gap report on the real plan data.

Run from the repository root::

    .venv/bin/python benchmarks/gaps.py            # 7 runs per case
    .venv/bin/python benchmarks/gaps.py --repeat 3

For each case (networks, phase, max_gap_km) it times, in this process, the median of
``--repeat`` runs of

* the baseline: building the undirected segment graph and ``networkx.connected_components``
  on it (what any component count costs);
* each part of the report: components, gap candidates (both kinds, ranking, greedy and
  minimum-length augmentation), intermodal gaps, plan progress;
* the whole :func:`routes_api.analysis.gaps.gap_analysis`.

Writes ``benchmarks/results/gaps.md``.
"""

from __future__ import annotations

import argparse
import platform
import sys
from datetime import datetime, timezone
from pathlib import Path

import networkx as nx

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "benchmarks"))

from _util import median, timed  # noqa: E402

from routes_api.data.load import load_network
from routes_api.analysis import gaps as g

CASES = (
    (("cycling", "greenway"), "2035", 5.0),
    (("cycling", "greenway"), "2035", 15.0),
    (("cycling",), "2025", 5.0),
    (("water", "scenic_rail", "cycling", "greenway"), "2050", 10.0),
)


def run_case(data, networks, phase, max_gap_km, repeat):
    segs = g.select_segments(data, networks, phase)
    parts = g.split_components(data, segs)

    def baseline():
        return list(nx.connected_components(g.segment_graph(data, segs)))

    timings = {
        "baseline: segment graph + nx.connected_components": timed(baseline, repeat),
        "components (connectivity_report)": timed(lambda: g.connectivity_report(data, networks, phase), repeat),
        "gap candidates + augmentations": timed(
            lambda: g.gap_report(data, networks, phase, max_gap_km, 20, parts), repeat),
        "intermodal gaps": timed(lambda: g.intermodal_report(data, phase), repeat),
        "plan progress + coverage": timed(lambda: g.progress_report(data, networks, phase), repeat),
        "whole gap_analysis": timed(lambda: g.gap_analysis(data, networks, phase, max_gap_km, 20), repeat),
    }
    report = g.gap_report(data, networks, phase, max_gap_km, 20, parts)
    facts = {"segments": len(segs), "places": len(parts.comp_of), "components": len(parts.comps),
             "candidates": report.candidates_found, "km": round(parts.total_km, 1)}
    return {k: median(v) for k, v in timings.items()}, facts


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--out", type=Path, default=REPO / "benchmarks" / "results" / "gaps.md")
    args = parser.parse_args(argv)
    data = load_network()
    lines = [
        "# Connectivity-gap report: timings on the real plan data",
        "",
        f"Generated {datetime.now(timezone.utc):%Y-%m-%d %H:%M} UTC by `benchmarks/gaps.py` "
        f"(median of {args.repeat} runs, one process); Python {platform.python_version()}, "
        f"networkx {nx.__version__}, {platform.machine()}; data fingerprint `{data.fingerprint}` "
        f"({len(data.places)} places, {len(data.segments)} segments).",
        "",
    ]
    for networks, phase, gap in CASES:
        med, facts = run_case(data, networks, phase, gap, args.repeat)
        base = med["baseline: segment graph + nx.connected_components"]
        lines += [
            f"## {'+'.join(networks)} at {phase}, max_gap_km {gap:g}",
            "",
            f"{facts['segments']} segments, {facts['km']} km, {facts['places']} places, "
            f"{facts['components']} components, {facts['candidates']} candidates.",
            "",
            "| step | median ms | x baseline |",
            "|---|---:|---:|",
        ]
        for name, seconds in med.items():
            lines.append(f"| {name} | {seconds * 1000:.1f} | {seconds / base:.1f} |")
        lines.append("")
        print(f"{'+'.join(networks)} {phase} {gap:g} km: whole {med['whole gap_analysis'] * 1000:.0f} ms, "
              f"baseline {base * 1000:.1f} ms", file=sys.stderr)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text("\n".join(lines), encoding="utf-8")
    print(f"wrote {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
