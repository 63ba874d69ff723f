"""Tests of the OPHS reader, solver and independent checker (issue 10)."""

from __future__ import annotations

import itertools
import math
import sys
from pathlib import Path

import numpy as np
import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from ophs_checker import Instance, check_tour  # noqa: E402

from routes_api.solvers.ophs_benchmark import OPHSFormatError, find_instances, read_ophs, run_instance
from routes_api.solvers.ophs import OPHSProblem, solve

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
BENCH = SHARED / "bench"
needs_bench = pytest.mark.skipif(
    not BENCH.is_dir(), reason=f"OPHS benchmark folder {BENCH} is absent (../shared relative to the repo)")

TINY = """4\t1\t2
10
3\t4\t

0\t0\t0
4\t0\t0
2\t0\t0
1\t1\t5
3\t1\t7
---------------------------------------------------
"""


def _write(tmp_path: Path, text: str, name: str = "x.ophs") -> Path:
    p = tmp_path / name
    p.write_text(text)
    return p


# ---------------------------------------------------------------- checker


@pytest.fixture
def tiny(tmp_path: Path) -> Instance:
    # points: 0 start (0,0), 1 end (4,0), 2 hotel (2,0), 3 vertex (1,1) s=5, 4 vertex (3,1) s=7
    return Instance(_write(tmp_path, TINY))


def test_checker_accepts_valid_tour(tiny: Instance) -> None:
    assert check_tour(tiny, [[0, 3, 2], [2, 4, 1]], 12) == []
    assert check_tour(tiny, [[0, 2], [2, 1]], 0) == []


@pytest.mark.parametrize(
    ("trips", "score", "rule"),
    [
        ([[0, 3, 4], [4, 1]], None, "rule 1"),  # trip ends at a vertex
        ([[2, 3, 2], [2, 4, 1]], None, "rule 2"),  # does not start at start hotel
        ([[0, 3, 2], [0, 4, 1]], None, "rule 3"),  # trips do not chain
        ([[0, 3, 2], [2, 3, 1]], None, "rule 5"),  # vertex twice
        ([[0, 3, 4, 2], [2, 1]], None, "rule 6"),  # day 1 too long (4.83 > 3)
        ([[0, 3, 2], [2, 4, 1]], 13, "rule 7"),  # wrong score
        ([[0, 3, 2]], None, "rule 1"),  # wrong number of trips
    ],
)
def test_checker_rejects_broken_tours(tiny: Instance, trips, score, rule) -> None:
    errors = check_tour(tiny, trips, score)
    assert any(e.startswith(rule) for e in errors), errors


def test_checker_hotel_reuse_is_allowed(tiny: Instance) -> None:  # rule 4
    assert check_tour(tiny, [[0, 3, 0], [0, 1]], 5) == []


# ---------------------------------------------------------------- reader


def test_reader_parses_tiny(tmp_path: Path) -> None:
    inst = read_ophs(_write(tmp_path, TINY))
    assert (inst.n_points, inst.n_extra_hotels, inst.n_days) == (4, 1, 2)
    assert inst.budgets == (3.0, 4.0)
    assert inst.hotels == (0, 1, 2)
    assert inst.vertices == (3, 4)
    d = inst.distances()
    assert d[0, 3] == pytest.approx(math.sqrt(2))


@pytest.mark.parametrize(
    ("text", "line", "fragment"),
    [
        ("4 1\n10\n6 4\n", 1, "header"),
        ("4 x 2\n10\n6 4\n", 1, "'x' is not an integer"),
        ("4 1 2\n10 11\n6 4\n", 2, "Tmax line"),
        ("4 1 2\n10\n6\n0 0 0\n", 3, "D = 2"),
        ("4 1 2\n10\n6 4\n\n0 0 0\n4 0 0\n2 0 0\n1 1 5\n", 8, "expected N + H = 5 point lines, found 4"),
        ("4 1 2\n10\n6 4\n0 0 0\n4 0 0\n2 0\n1 1 5\n3 1 7\n", 6, "x y S"),
        ("4 1 2\n10\n6 4\n0 0 0\n4 0 0\n2 0 0\n1 1 abc\n3 1 7\n", 7, "'abc' is not a number"),
        ("4 1 2\n10\n6 4\n0 0 0\n4 0 0\n2 0 0\n1 1 5\n3 1 7\n9 9 9\n", 9, "found 6"),
    ],
)
def test_reader_errors_name_file_and_line(tmp_path: Path, text: str, line: int, fragment: str) -> None:
    p = _write(tmp_path, text, "bad.ophs")
    with pytest.raises(OPHSFormatError) as err:
        read_ophs(p)
    msg = str(err.value)
    assert str(p) in msg
    assert f":{line}:" in msg
    assert fragment in msg


def test_reader_empty_file(tmp_path: Path) -> None:
    p = _write(tmp_path, "\n\n", "empty.ophs")
    with pytest.raises(OPHSFormatError, match="empty file"):
        read_ophs(p)


# ---------------------------------------------------------------- brute force


def _held_karp(cost: np.ndarray, a: int, b: int, verts: list[int]) -> dict[frozenset, float]:
    """Shortest path a -> (all of S) -> b for every subset S of ``verts``."""
    best: dict[tuple[frozenset, int], float] = {(frozenset([v]), v): cost[a, v] for v in verts}
    for size in range(2, len(verts) + 1):
        for sub in itertools.combinations(verts, size):
            s = frozenset(sub)
            for v in sub:
                rest = s - {v}
                best[(s, v)] = min(best[(rest, u)] + cost[u, v] for u in rest)
    out = {frozenset(): cost[a, b]}
    for (s, v), c in best.items():
        out[s] = min(out.get(s, math.inf), c + cost[v, b])
    return out


def _brute_force(p: OPHSProblem) -> float:
    verts = list(p.vertices)
    cost = p.cost
    tol = p.tolerance
    best = 0.0
    mids = itertools.product(p.hotels, repeat=len(p.budgets) - 1)
    hk: dict[tuple[int, int], dict] = {}
    for mid in mids:
        hs = (p.start, *mid, p.end)
        feas = []
        for d in range(len(p.budgets)):
            key = (hs[d], hs[d + 1])
            if key not in hk:
                hk[key] = _held_karp(cost, key[0], key[1], verts)
            feas.append([s for s, c in hk[key].items() if c <= p.budgets[d] + tol])
        for combo in itertools.product(*feas):
            union = frozenset().union(*combo)
            if sum(len(s) for s in combo) != len(union):
                continue
            best = max(best, float(sum(p.score[v] for v in union)))
    return best


def _random_problem(seed: int, n_vert: int = 7, n_hotels: int = 3, days: int = 2) -> OPHSProblem:
    rng = np.random.default_rng(seed)
    n = n_hotels + n_vert
    xy = rng.uniform(0, 10, size=(n, 2))
    cost = np.sqrt(((xy[:, None] - xy[None]) ** 2).sum(-1))
    score = np.concatenate([np.zeros(n_hotels), rng.integers(1, 10, n_vert)]).astype(float)
    budgets = tuple(float(b) for b in rng.uniform(6, 14, size=days))
    return OPHSProblem(cost=cost, score=score, hotels=tuple(range(n_hotels)), start=0, end=1,
                       budgets=budgets, vertices=tuple(range(n_hotels, n)))


def _feasible(p: OPHSProblem, trips: list[list[int]]) -> bool:
    seen: list[int] = []
    if trips[0][0] != p.start or trips[-1][-1] != p.end or len(trips) != len(p.budgets):
        return False
    for d, t in enumerate(trips):
        if t[0] not in p.hotels or t[-1] not in p.hotels:
            return False
        if d and trips[d - 1][-1] != t[0]:
            return False
        seen += t[1:-1]
        if sum(p.cost[a, b] for a, b in zip(t, t[1:])) > p.budgets[d] + p.tolerance:
            return False
    return len(seen) == len(set(seen)) and set(seen) <= set(p.vertices)


@pytest.mark.parametrize("seed", range(6))
def test_small_instances_solved_to_optimality(seed: int) -> None:
    p = _random_problem(seed, days=2 + seed % 2)
    sol = solve(p, seed=0)
    assert _feasible(p, sol.trips)
    assert sol.score == pytest.approx(_brute_force(p))


def test_service_time_and_required_stop() -> None:
    p = _random_problem(3)
    service = np.zeros(len(p.score))
    service[list(p.vertices)] = 0.5
    low = min(p.vertices, key=lambda v: p.score[v])
    q = OPHSProblem(cost=p.cost, score=p.score, service=service, hotels=p.hotels, start=0, end=1,
                    budgets=p.budgets, vertices=p.vertices, required=frozenset([low]))
    sol = solve(q, seed=1)
    assert any(low in t for t in sol.trips)
    for d, t in enumerate(sol.trips):
        length = sum(q.cost[a, b] for a, b in zip(t, t[1:])) + 0.5 * (len(t) - 2)
        assert length == pytest.approx(sol.trip_lengths[d])
        assert length <= q.budgets[d] + q.tolerance


def test_asymmetric_costs_feasible() -> None:
    p = _random_problem(5, n_vert=12)
    rng = np.random.default_rng(1)
    cost = p.cost * rng.uniform(1.0, 1.3, size=p.cost.shape)
    np.fill_diagonal(cost, 0.0)
    q = OPHSProblem(cost=cost, score=p.score, hotels=p.hotels, start=0, end=1,
                    budgets=p.budgets, vertices=p.vertices)
    sol = solve(q, seed=0)
    assert _feasible(q, sol.trips)


def test_determinism_same_seed_same_result() -> None:
    p = _random_problem(11, n_vert=25, n_hotels=4, days=3)
    a, b = solve(p, seed=7), solve(p, seed=7)
    assert a.trips == b.trips and a.score == b.score


# ---------------------------------------------------------------- benchmark


def _sample() -> list[Path]:
    """The first file (by name) of every benchmark folder holding .ophs files."""
    folders = sorted({f.parent for f in BENCH.rglob("*.ophs")})
    picks = []
    for folder in folders:
        files = sorted(folder.glob("*.ophs"), key=lambda f: (f.stat().st_size, f.name))
        picks.append(files[0])
    return picks


@needs_bench
def test_every_set_sample_is_feasible() -> None:
    for path in _sample():
        res = run_instance(path, effort=0.15, seed=0)
        errors = check_tour(Instance(path), res.trips, res.score)
        assert errors == [], f"{path}: {errors}"
        assert res.score > 0


@needs_bench
def test_set1_set2_same_base_same_score() -> None:
    bases = ["T1-65", "T3-75", "66-40"]
    for base in bases:
        files = sorted(BENCH.glob(f"ophs-set[12]/*/{base}-*.ophs"))
        assert len(files) == 5
        scores = set()
        for f in files:
            res = run_instance(f, seed=0)
            assert check_tour(Instance(f), res.trips, res.score) == []
            scores.add(res.score)
        assert len(scores) == 1, (base, scores)


@needs_bench
def test_benchmark_determinism() -> None:
    f = BENCH / "ophs-set2" / "5-3" / "T1-65-5-3.ophs"
    a, b = run_instance(f, seed=3), run_instance(f, seed=3)
    assert a.trips == b.trips and a.score == b.score


@needs_bench
def test_find_instances_recurses() -> None:
    files = find_instances([BENCH / "ophs-set1"])
    assert len(files) == 105 and all(f.suffix == ".ophs" for f in files)
