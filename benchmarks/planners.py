"""Itinerary generation time for every circle and line, and route query time.

Baselines in the same run: for routes, plain networkx ``shortest_path`` (Dijkstra on edge
length) over the same plan graph between the same place pairs, so the ratio shows what the
mode-layered transfer model costs on top of a bare shortest path. Itineraries are timed cold
(fresh service state: layered graphs and their compiled cores built) and warm (reused).

Run with ``.venv/bin/python benchmarks/planners.py [--pairs 100]``.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import networkx as nx  # noqa: E402

from benchmarks._util import median, p95, timed  # noqa: E402
from routes_api.planners.models import CircleTripRequest, LineTripRequest, RouteRequest
from routes_api.planners.circles import plan_circle  # noqa: E402
from routes_api.planners.lines import plan_line  # noqa: E402
from routes_api.core.errors import NoRoute
from routes_api.planners.routing import route_for_request  # noqa: E402
from routes_api.api.state import ServiceState


def _fresh_state() -> ServiceState:
    return ServiceState.load(state_dir=tempfile.mkdtemp(prefix="routes-api-bench-"))


def _itineraries(state) -> list[tuple[str, callable]]:
    jobs = []
    for circle in state.circles:
        req = CircleTripRequest(circle=circle, start_date="2026-05-01")
        jobs.append((f"circle {circle}", lambda r=req: plan_circle(r, state.context)))
    for line in state.lines.values():
        req = LineTripRequest(line=line.id, days=line.days_min, start_date="2026-05-01")
        jobs.append((f"line {line.id}", lambda r=req: plan_line(r, state.context)))
    return jobs


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--pairs", type=int, default=100)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()

    cold_state = _fresh_state()
    cold = [timed(fn, 1)[0] for _, fn in _itineraries(cold_state)]
    warm = [median(timed(fn, 3)) for _, fn in _itineraries(cold_state)]

    state = cold_state
    G = state.graph("2025")
    rng = random.Random(args.seed)
    ids = sorted(state.data.places)
    pairs = [tuple(rng.sample(ids, 2)) for _ in range(args.pairs)]
    node_of = G.graph["node_of"]
    ours, plain, answered = [], [], 0
    for a, b in pairs:
        req = RouteRequest(**{"from": a, "to": b})
        t = timed(lambda: _try(state, G, req), 1)[0]
        u, v = node_of[a], node_of[b]
        t_nx = timed(lambda: _try_nx(G, u, v), 1)[0]
        ours.append(t)
        plain.append(t_nx)
    answered = sum(_try(state, G, RouteRequest(**{"from": a, "to": b})) for a, b in pairs)
    print(f"itineraries (10 circles + 5 lines at their minimum days), seconds per itinerary:")
    print(f"  cold: median {median(cold):.3f}  p95 {p95(cold):.3f}")
    print(f"  warm: median {median(warm):.3f}  p95 {p95(warm):.3f}   cold/warm {median(cold) / median(warm):.1f}x")
    print(f"routes over {len(pairs)} random place pairs ({answered} answered), seconds per query:")
    print(f"  networkx shortest_path (baseline): median {median(plain) * 1000:.2f} ms  p95 {p95(plain) * 1000:.2f} ms")
    print(f"  multimodal route (ours):           median {median(ours) * 1000:.2f} ms  p95 {p95(ours) * 1000:.2f} ms"
          f"   ratio {median(ours) / median(plain):.1f}x baseline")


def _try(state, G, req) -> bool:
    try:
        route_for_request(G, state.data.corridors, req, state.context.layered)
        return True
    except NoRoute:
        return False


def _try_nx(G, u, v) -> None:
    try:
        nx.shortest_path(G, u, v, weight="length")
    except nx.NetworkXNoPath:
        pass


if __name__ == "__main__":
    main()
