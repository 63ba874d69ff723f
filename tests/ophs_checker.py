"""Independent checker of OPHS tours, written from /work/shared/bench/README.md.

It deliberately does not import the solver or the reader: it parses the file
itself (plain token split) and checks the seven rules of "What a feasible
OPHS solution is" with plain ``math.hypot`` distances.
"""

from __future__ import annotations

import math
from pathlib import Path

TOL = 1e-4


class Instance:
    """Minimal independent parse: N H D / Tmax / T_1..T_D / N+H points."""

    def __init__(self, path: str | Path) -> None:
        lines = [ln.split() for ln in Path(path).read_text().splitlines()]
        lines = [t for t in lines if t and not (len(t) == 1 and set(t[0]) == {"-"})]
        self.N, self.H, self.D = (int(x) for x in lines[0])
        self.tmax = float(lines[1][0])
        self.T = [float(x) for x in lines[2]]
        pts = [tuple(float(x) for x in t) for t in lines[3:]]
        assert len(pts) == self.N + self.H and len(self.T) == self.D
        self.pts = pts
        self.n_hotels = self.H + 2

    def dist(self, a: int, b: int) -> float:
        (xa, ya, _), (xb, yb, _) = self.pts[a], self.pts[b]
        return math.hypot(xa - xb, ya - yb)

    def is_hotel(self, i: int) -> bool:
        return 0 <= i < self.n_hotels

    def is_vertex(self, i: int) -> bool:
        return self.n_hotels <= i < self.N + self.H


def check_tour(inst: Instance, trips: list[list[int]], claimed_score: float | None = None,
               tol: float = TOL) -> list[str]:
    """Return the list of violated rules (empty = feasible).

    Rules (README numbering): 1 trip = hotel, vertices, hotel; 2 start/end
    hotels fixed; 3 trips chain; 4 hotels reusable (never a violation);
    5 each vertex at most once; 6 trip length <= T_d + tol for each day;
    7 score = sum of visited vertex scores (checked against ``claimed_score``).
    Exactly D trips are also required.
    """
    errors: list[str] = []
    if len(trips) != inst.D:
        errors.append(f"rule 1: expected {inst.D} trips, got {len(trips)}")
    for d, trip in enumerate(trips):
        if len(trip) < 2:
            errors.append(f"rule 1: trip {d + 1} has fewer than two points")
            continue
        if not (inst.is_hotel(trip[0]) and inst.is_hotel(trip[-1])):
            errors.append(f"rule 1: trip {d + 1} does not start and end at a hotel")
        for v in trip[1:-1]:
            if not inst.is_vertex(v):
                errors.append(f"rule 1: trip {d + 1} has non-vertex {v} inside")
    if trips and trips[0] and trips[0][0] != 0:
        errors.append("rule 2: first trip does not start at the start hotel (index 0)")
    if trips and trips[-1] and trips[-1][-1] != 1:
        errors.append("rule 2: last trip does not end at the end hotel (index 1)")
    for d in range(len(trips) - 1):
        if trips[d] and trips[d + 1] and trips[d][-1] != trips[d + 1][0]:
            errors.append(f"rule 3: trip {d + 2} does not start where trip {d + 1} ended")
    seen: set[int] = set()
    for trip in trips:
        for v in trip[1:-1]:
            if v in seen:
                errors.append(f"rule 5: vertex {v} visited more than once")
            seen.add(v)
    for d, trip in enumerate(trips):
        if d >= inst.D or len(trip) < 2:
            continue
        if any(not (0 <= v < inst.N + inst.H) for v in trip):
            errors.append(f"rule 1: trip {d + 1} has an index out of range")
            continue
        length = sum(inst.dist(a, b) for a, b in zip(trip, trip[1:]))
        if length > inst.T[d] + tol:
            errors.append(f"rule 6: trip {d + 1} length {length:.6f} > T_{d + 1} = {inst.T[d]}")
    if claimed_score is not None:
        real = sum(inst.pts[v][2] for v in seen if inst.is_vertex(v))
        if abs(real - claimed_score) > 1e-6:
            errors.append(f"rule 7: claimed score {claimed_score} != visited score {real}")
    return errors
