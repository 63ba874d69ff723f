"""Generic solver for the Orienteering Problem with Hotel Selection (OPHS).

The OPHS asks for ``D`` consecutive trips (days). Trip ``d`` leaves a hotel,
visits optional vertices and reaches a hotel; trip 1 leaves ``start``, the
last trip reaches ``end`` and consecutive trips share their hotel. Each
vertex is visited at most once and trip ``d`` (travel + dwell time) must fit
into ``budgets[d]`` (plus ``tolerance``). The objective is the total score of
the visited vertices.

The same solver serves the public OPHS benchmark (``routes_api.bench.ophs``)
and the circle / line / custom tour planners.

Method
------
The search follows the two-level scheme of Divsalar et al. (2013, SVNS;
2014, memetic) and Sohrabi et al. (2020, GRASP): choose good hotel
sequences first, then solve the orienteering sub-problem of every day.

1. **Hotel-pair estimates.** For every day ``d`` and every hotel pair
   ``(i, j)`` that can occur on that day (reachable from ``start`` and able
   to reach ``end`` in the remaining days, ``cost[i, j] <= budget_d``) a
   fast single-trip orienteering heuristic (ratio-greedy insertion + 2-opt
   + refill) gives an estimate of the score of a trip ``i -> j``.
2. **k-best hotel sequences.** A k-best dynamic programme over the days
   ranks the feasible hotel sequences by the sum of their pair estimates.
3. **Construction.** For each of the best sequences a joint greedy
   insertion over all days (score / added-length ratio) builds a tour that
   a local search improves; the tours are ranked by score.
4. **Variable neighbourhood search.** The best tours are improved by a VNS
   whose shaking removes ``k`` random vertices, a segment of ``k``
   consecutive vertices, or moves an intermediate hotel to another hotel
   (with repair); the local search applies 2-opt, or-opt (segments of
   1-3), greedy insertion, replace (unvisited vertex for a cheaper visited
   one) and vertex moves between days. Ties in score are broken by the
   shorter total length, which leaves room for later insertions.

Costs may be asymmetric: all move deltas are computed on the full matrix
``cost[i, j] + service[j]`` (the dwell time of a vertex is charged on the
arc that enters it), so road travel times can be used as they are.
``required`` vertices receive an internal score bonus larger than the total
score, so they are visited whenever a feasible tour can hold them.

All randomness comes from ``numpy.random.default_rng(seed)`` and every loop
runs for an iteration budget, so the result depends only on the problem and
the seed; ``time_limit`` is only a safety cap (a run that hits it may differ).

Choice of engine and measurements
---------------------------------
Hand-written search in numpy (vectorised move evaluation: every insertion,
2-opt and or-opt neighbourhood of a trip is one array expression). A kept
solver was *not* measured: PyVRP / OR-Tools model per-vehicle depots and
duration limits but not the chaining of trips through a chosen hotel, so
they could only solve the per-sequence sub-problem (with integer-scaled
costs); numba installs (0.68.1) but was not needed at these sizes. One VNS
iteration costs about 1.3 ms on a 64-point instance.

Search budget at ``effort=1``: 20 candidate hotel sequences constructed, a
successive-halving race of the best 6 (30, 60, 120 VNS iterations), then 200
VNS iterations on the winner.

Measured (``benchmarks/ophs_bench.py``, seed 0, effort 1, 2 processes on a
shared 2-core machine), SET1 105 and SET2 70 instances: every tour feasible
(independent checker); 81/105 and 50/70 reach the best score found across
the files sharing ``<base>-<budget>``; mean spread to that score 0.62 % and
0.90 %; median 1.1 s and 2.5 s, p95 4.8 s and 3.9 s per instance (wall
time on a contended machine). 64-45 reaches 816, the optimum the benchmark
README quotes; on the Chao ``64`` diamond bases the best found stays up to
about 2 % below values recalled from the OP literature (e.g. 882 vs 900 for
64-50, not verified against a source here). The SET1/SET2 goal (optimum on
>= 90 %, median <= 2 s) is therefore not met yet.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import NamedTuple

import numpy as np

__all__ = ["OPHSProblem", "OPHSSolution", "solve", "trip_length"]

_EPS = 1e-9
_SKEW = 0.02
_P_WORSE = 0.1
_NOISE = 0.3
_RACE_SIZE = 6
_RACE_ITERS = 30
_MAIN_ITERS = 200


@dataclass(frozen=True, kw_only=True, eq=False)
class OPHSProblem:
    """An OPHS instance on an arbitrary cost matrix.

    Parameters
    ----------
    cost : np.ndarray
        ``(n, n)`` travel cost (time or length); may be asymmetric.
    score : np.ndarray
        ``(n,)`` score of every index (only vertices count).
    hotels : tuple of int
        All hotel indices, including ``start`` and ``end``.
    start, end : int
        Hotel where the first trip starts and the last trip ends.
    budgets : tuple of float
        Maximum length of every trip, one per day.
    vertices : tuple of int
        Optional stops (disjoint from ``hotels``).
    service : np.ndarray, optional
        ``(n,)`` dwell time added when a vertex is visited (default 0).
    required : frozenset of int
        Vertices that must be visited whenever a feasible tour allows it.
    tolerance : float
        Slack added to every budget (default 1e-4).
    """

    cost: np.ndarray
    score: np.ndarray
    hotels: tuple[int, ...]
    start: int
    end: int
    budgets: tuple[float, ...]
    vertices: tuple[int, ...]
    service: np.ndarray | None = None
    required: frozenset[int] = frozenset()
    tolerance: float = 1e-4

    def __post_init__(self) -> None:
        cost = np.asarray(self.cost, dtype=float)
        n = cost.shape[0]
        if cost.ndim != 2 or cost.shape != (n, n):
            raise ValueError(f"cost must be a square matrix, got shape {cost.shape}")
        if np.asarray(self.score).shape != (n,):
            raise ValueError("score must have one entry per cost row")
        if self.service is not None and np.asarray(self.service).shape != (n,):
            raise ValueError("service must have one entry per cost row")
        if self.start not in self.hotels or self.end not in self.hotels:
            raise ValueError("start and end must be hotels")
        if set(self.hotels) & set(self.vertices):
            raise ValueError("hotels and vertices must be disjoint")
        if len(set(self.vertices)) != len(self.vertices):
            raise ValueError("vertices must be unique")
        if not self.budgets:
            raise ValueError("at least one budget (day) is needed")
        if not set(self.required) <= set(self.vertices):
            raise ValueError("required stops must be vertices")
        idx = list(self.hotels) + list(self.vertices)
        if min(idx) < 0 or max(idx) >= n:
            raise ValueError("hotel / vertex index out of range")


@dataclass(frozen=True)
class OPHSSolution:
    """A tour: ``trips[d]`` lists problem indices, hotel first and last.

    Attributes
    ----------
    trips : list of list of int
        One list per day, ``[hotel, v, ..., v, hotel]``.
    score : float
        Total score of the visited vertices.
    trip_lengths : list of float
        Travel + dwell time of every trip.
    """

    trips: list[list[int]]
    score: float
    trip_lengths: list[float]

    @property
    def hotel_sequence(self) -> list[int]:
        """Hotels ``h_0 .. h_D`` of the tour."""
        return [self.trips[0][0]] + [t[-1] for t in self.trips]


def trip_length(cost: np.ndarray, trip: list[int], service: np.ndarray | None = None) -> float:
    """Length of a trip (travel plus dwell time of its inner vertices)."""
    t = np.asarray(trip, dtype=int)
    length = float(np.asarray(cost)[t[:-1], t[1:]].sum())
    if service is not None and len(t) > 2:
        length += float(np.asarray(service)[t[1:-1]].sum())
    return length


# --------------------------------------------------------------------------
# internal model: hotels are 0..K-1, vertices K..n-1
# --------------------------------------------------------------------------


class _Ctx(NamedTuple):
    ce: np.ndarray  # (n, n) travel + dwell of the arc's head
    score: np.ndarray  # (n,) internal score (required bonus), 0 for hotels
    budgets: np.ndarray  # (D,) budgets incl. tolerance
    n_hotels: int
    start: int
    end: int
    reach_fwd: np.ndarray  # (D+1, K) hotel can be h_d
    reach_bwd: np.ndarray  # (D+1, K) hotel at h_d can still reach end


@dataclass
class _Sol:
    hotels: list[int]
    routes: list[list[int]]
    lengths: np.ndarray
    score: float = 0.0
    total: float = 0.0

    def copy(self) -> "_Sol":
        return _Sol(list(self.hotels), [list(r) for r in self.routes], self.lengths.copy(),
                    self.score, self.total)


def _refresh(ctx: _Ctx, sol: _Sol) -> _Sol:
    sol.score = float(sum(ctx.score[r[1:-1]].sum() for r in sol.routes))
    sol.total = float(sol.lengths.sum())
    return sol


def _better(a: _Sol, b: _Sol) -> bool:
    if a.score > b.score + 1e-9:
        return True
    return abs(a.score - b.score) <= 1e-9 and a.total < b.total - 1e-9


def _route_len(ce: np.ndarray, r) -> float:
    r = np.asarray(r)
    return float(ce[r[:-1], r[1:]].sum())


def _free_mask(ctx: _Ctx, sol: _Sol) -> np.ndarray:
    free = ctx.score > 0
    free[: ctx.n_hotels] = False
    for r in sol.routes:
        free[r[1:-1]] = False
    return free


def _insertion_table(ce: np.ndarray, route: list[int]) -> tuple[np.ndarray, np.ndarray]:
    """Cheapest insertion delta and edge index of every node into ``route``."""
    r = np.asarray(route)
    a, b = r[:-1], r[1:]
    delta = ce[a, :] + ce[:, b].T - ce[a, b][:, None]
    pos = delta.argmin(axis=0)
    return delta[pos, np.arange(ce.shape[0])], pos


def _greedy_fill(ctx: _Ctx, sol: _Sol, free: np.ndarray, rng=None, noise: float = 0.0,
                 days=None) -> set[int]:
    """Insert free vertices by best score / added-length ratio until none fits."""
    days = range(len(sol.routes)) if days is None else list(days)
    days = list(days)
    if not days or not free.any():
        return set()
    n = ctx.ce.shape[0]
    deltas = np.empty((len(days), n))
    poss = np.empty((len(days), n), dtype=int)
    for k, d in enumerate(days):
        deltas[k], poss[k] = _insertion_table(ctx.ce, sol.routes[d])
    slack = np.array([ctx.budgets[d] - sol.lengths[d] for d in days])
    changed: set[int] = set()
    while True:
        ok = (deltas <= slack[:, None]) & free[None, :]
        if not ok.any():
            break
        ratio = np.where(ok, ctx.score[None, :] / np.maximum(deltas, _EPS), -np.inf)
        if noise > 0.0 and rng is not None:
            ratio = np.where(ok, ratio * (1.0 + noise * rng.random(ratio.shape)), -np.inf)
        k, v = np.unravel_index(int(np.argmax(ratio)), ratio.shape)
        d = days[k]
        sol.routes[d].insert(int(poss[k, v]) + 1, int(v))
        sol.lengths[d] += deltas[k, v]
        slack[k] -= deltas[k, v]
        free[v] = False
        deltas[k], poss[k] = _insertion_table(ctx.ce, sol.routes[d])
        changed.add(d)
    return changed


def _two_opt(ce: np.ndarray, route: list[int]) -> tuple[list[int], float]:
    """Best-improvement 2-opt on an open path with fixed ends (asymmetric safe)."""
    p = np.asarray(route)
    gain = 0.0
    m = len(p)
    if m < 4:
        return route, 0.0
    idx = np.arange(1, m - 1)
    I, J = np.meshgrid(idx, idx, indexing="ij")
    upper = J > I
    while True:
        fwd = ce[p[:-1], p[1:]]
        bwd = ce[p[1:], p[:-1]]
        F = np.concatenate(([0.0], np.cumsum(fwd)))
        B = np.concatenate(([0.0], np.cumsum(bwd)))
        delta = (ce[p[I - 1], p[J]] + ce[p[I], p[J + 1]] - fwd[I - 1] - fwd[J]
                 + (B[J] - B[I]) - (F[J] - F[I]))
        delta = np.where(upper, delta, np.inf)
        k = int(np.argmin(delta))
        if delta.flat[k] >= -1e-9:
            break
        i, j = I.flat[k], J.flat[k]
        p[i:j + 1] = p[i:j + 1][::-1].copy()
        gain -= delta.flat[k]
    return p.tolist(), gain


def _or_opt(ce: np.ndarray, route: list[int]) -> tuple[list[int], float]:
    """Best-improvement relocation of segments of 1-3 vertices within a path."""
    p = list(route)
    gain = 0.0
    while True:
        m = len(p)
        if m < 4:
            break
        arr = np.asarray(p)
        a, b = arr[:-1], arr[1:]
        edge = ce[a, b]
        best = (-1e-9, None)
        for L in (1, 2, 3):
            if m - 2 < L:
                break
            i = np.arange(1, m - L)  # segment i..i+L-1
            first, last = arr[i], arr[i + L - 1]
            g = ce[arr[i - 1], first] + ce[last, arr[i + L]] - ce[arr[i - 1], arr[i + L]]
            ins = ce[a[None, :], first[:, None]] + ce[last[:, None], b[None, :]] - edge[None, :]
            k = np.arange(m - 1)[None, :]
            bad = (k >= (i[:, None] - 1)) & (k <= (i[:, None] + L - 1))
            delta = np.where(bad, np.inf, ins - g[:, None])
            f = int(np.argmin(delta))
            if delta.flat[f] < best[0]:
                r, c = divmod(f, m - 1)
                best = (delta.flat[f], (int(i[r]), L, c))
        if best[1] is None:
            break
        i, L, c = best[1]
        seg = p[i:i + L]
        rest = p[:i] + p[i + L:]
        at = c + 1 if c < i else c + 1 - L
        p = rest[:at] + seg + rest[at:]
        gain -= best[0]
    return p, gain


def _optimise_route(ce: np.ndarray, route: list[int]) -> tuple[list[int], float]:
    total = 0.0
    while True:
        route, g1 = _two_opt(ce, route)
        route, g2 = _or_opt(ce, route)
        total += g1 + g2
        if g2 <= 1e-9:
            return route, total


def _removal_gain(ce: np.ndarray, route: list[int]) -> np.ndarray:
    r = np.asarray(route)
    return ce[r[:-2], r[1:-1]] + ce[r[1:-1], r[2:]] - ce[r[:-2], r[2:]]


def _replace(ctx: _Ctx, sol: _Sol, free: np.ndarray) -> set[int]:
    """Swap a visited vertex for a better-scoring unvisited one (same day)."""
    ce, sc = ctx.ce, ctx.score
    cand = np.flatnonzero(free)
    if cand.size == 0:
        return set()
    best = None
    for d, r in enumerate(sol.routes):
        if len(r) < 3:
            continue
        delta, _ = _insertion_table(ce, r)
        dv = delta[cand]
        g = _removal_gain(ce, r)
        inner = np.asarray(r[1:-1])
        new_len = sol.lengths[d] - g[:, None] + dv[None, :]
        gain = sc[cand][None, :] - sc[inner][:, None]
        ok = (new_len <= ctx.budgets[d]) & (gain > 1e-9)
        if not ok.any():
            continue
        val = np.where(ok, gain - 1e-7 * new_len, -np.inf)
        order = np.argsort(val, axis=None)[::-1][:4]
        for f in order:
            if not np.isfinite(val.flat[f]):
                break
            u_i, v_i = divmod(int(f), cand.size)
            if best is not None and gain[u_i, v_i] <= best[0]:
                break
            nr = r[:u_i + 1] + r[u_i + 2:]
            dl, pl = _insertion_table(ce, nr)
            v = int(cand[v_i])
            L = sol.lengths[d] - g[u_i] + dl[v]
            if L <= ctx.budgets[d]:
                nr.insert(int(pl[v]) + 1, v)
                best = (gain[u_i, v_i], d, nr, L, r[u_i + 1], v)
                break
    if best is None:
        return set()
    _, d, nr, L, u, v = best
    sol.routes[d] = nr
    sol.lengths[d] = _route_len(ctx.ce, nr)
    free[u] = sc[u] > 0
    free[v] = False
    return {d}


def _move_between_days(ctx: _Ctx, sol: _Sol) -> set[int]:
    """Relocate one vertex to another day if that shortens the tour."""
    ce = ctx.ce
    D = len(sol.routes)
    if D < 2:
        return set()
    best = (-1e-7, None)
    tables = [_insertion_table(ce, r) for r in sol.routes]
    for a in range(D):
        ra = sol.routes[a]
        if len(ra) < 3:
            continue
        inner = np.asarray(ra[1:-1])
        g = _removal_gain(ce, ra)
        for b in range(D):
            if b == a:
                continue
            dl = tables[b][0][inner]
            delta = dl - g
            ok = sol.lengths[b] + dl <= ctx.budgets[b]
            delta = np.where(ok, delta, np.inf)
            k = int(np.argmin(delta))
            if delta[k] < best[0]:
                best = (delta[k], (a, b, k, int(tables[b][1][inner[k]])))
    if best[1] is None:
        return set()
    a, b, k, pos = best[1]
    v = sol.routes[a].pop(k + 1)
    sol.routes[b].insert(pos + 1, v)
    sol.lengths[a] = _route_len(ce, sol.routes[a])
    sol.lengths[b] = _route_len(ce, sol.routes[b])
    return {a, b}


def _local_search(ctx: _Ctx, sol: _Sol, rng, tabu: np.ndarray | None = None,
                  dirty=None) -> _Sol:
    """Descend with route optimisation, insertion, replace and inter-day moves."""
    dirty = set(range(len(sol.routes))) if dirty is None else set(dirty)
    free = _free_mask(ctx, sol)
    if tabu is not None and tabu.any():
        for d in dirty:
            sol.routes[d], g = _optimise_route(ctx.ce, sol.routes[d])
            sol.lengths[d] -= g
        dirty = set(range(len(sol.routes)))
        f2 = free & ~tabu
        _greedy_fill(ctx, sol, f2, rng, _NOISE)
        free &= f2 | tabu
    for _ in range(500):
        for d in sorted(dirty):
            sol.routes[d], g = _optimise_route(ctx.ce, sol.routes[d])
            sol.lengths[d] = _route_len(ctx.ce, sol.routes[d])
        dirty = (_greedy_fill(ctx, sol, free) or _replace(ctx, sol, free)
                 or _move_between_days(ctx, sol))
        if not dirty:
            break
    return _refresh(ctx, sol)


def _repair(ctx: _Ctx, sol: _Sol, d: int) -> None:
    """Drop the vertices with the worst score / saving ratio until day d fits."""
    ce = ctx.ce
    r = sol.routes[d]
    sol.lengths[d] = _route_len(ce, r)
    while sol.lengths[d] > ctx.budgets[d] and len(r) > 2:
        g = _removal_gain(ce, r)
        ratio = ctx.score[np.asarray(r[1:-1])] / np.maximum(g, _EPS)
        k = int(np.argmin(ratio))
        r.pop(k + 1)
        sol.lengths[d] = _route_len(ce, r)


def _shake(ctx: _Ctx, sol: _Sol, k: int, rng) -> tuple[_Sol, np.ndarray, set[int]]:
    """Perturb ``sol``: remove random vertices, a segment, or change a hotel."""
    s = sol.copy()
    n = ctx.ce.shape[0]
    tabu = np.zeros(n, dtype=bool)
    D = len(s.routes)
    kinds = ["random", "segment"]
    if D > 1 and ctx.n_hotels > 1:
        kinds.append("hotel")
    kind = kinds[int(rng.integers(len(kinds)))]
    visited = [(d, i) for d, r in enumerate(s.routes) for i in range(1, len(r) - 1)]
    if kind == "hotel":
        d = int(rng.integers(1, D))  # change h_d (between day d-1 and day d)
        prev_h, next_h = s.hotels[d - 1], s.hotels[d + 1]
        ce = ctx.ce
        K = ctx.n_hotels
        options = [h for h in range(K) if h != s.hotels[d]
                   and ce[prev_h, h] <= ctx.budgets[d - 1] and ce[h, next_h] <= ctx.budgets[d]]
        if options:
            h = options[int(rng.integers(len(options)))]
            s.hotels[d] = h
            s.routes[d - 1][-1] = h
            s.routes[d][0] = h
            for dd in (d - 1, d):
                s.routes[dd], _ = _optimise_route(ce, s.routes[dd])
                _repair(ctx, s, dd)
            return s, tabu, {d - 1, d}
        kind = "random"
    if not visited:
        return s, tabu, set()
    dirty: set[int] = set()
    if kind == "segment":
        d, i = visited[int(rng.integers(len(visited)))]
        r = s.routes[d]
        j = min(len(r) - 1, i + k)
        for v in r[i:j]:
            tabu[v] = True
        s.routes[d] = r[:i] + r[j:]
        dirty.add(d)
    else:
        pick = rng.choice(len(visited), size=min(k, len(visited)), replace=False)
        drop = {visited[int(p)] for p in pick}
        for d in {d for d, _ in drop}:
            r = s.routes[d]
            for i in range(1, len(r) - 1):
                if (d, i) in drop:
                    tabu[r[i]] = True
            s.routes[d] = [v for i, v in enumerate(r) if (d, i) not in drop]
            dirty.add(d)
    for d in dirty:
        s.lengths[d] = _route_len(ctx.ce, s.routes[d])
    return s, tabu, dirty


def _vns(ctx: _Ctx, sol: _Sol, iters: int, rng, deadline: float | None) -> _Sol:
    """Skewed variable neighbourhood search from ``sol`` for ``iters`` shakes.

    The shake size ``k`` grows from 1 to ``kmax`` (a third of the visited
    vertices, at least 3) on failure and resets on success. A candidate of
    equal score is accepted (plateau walk); a slightly worse one (within
    ``SKEW`` of the best score) is accepted with a small probability, and the
    walk returns to the best tour after ``iters // 10`` shakes without a new
    best.
    """
    best = cur = sol
    k = 1
    since_best = 0
    patience = max(20, iters // 10)
    for _ in range(iters):
        if deadline is not None and time.perf_counter() > deadline:
            break
        n_vis = sum(len(r) - 2 for r in cur.routes)
        kmax = max(3, n_vis // 3)
        cand, tabu, dirty = _shake(ctx, cur, k, rng)
        cand = _local_search(ctx, cand, rng, tabu, dirty)
        if _better(cand, best):
            best = cur = cand
            k, since_best = 1, 0
            continue
        since_best += 1
        if cand.score >= cur.score - 1e-9 or (
                cand.score >= best.score * (1.0 - _SKEW) and rng.random() < _P_WORSE):
            if _better(cand, cur):
                k = 1
            cur = cand
        else:
            k = k + 1 if k < kmax else 1
        if since_best >= patience:
            cur, since_best, k = best, 0, 1
    return best


# --------------------------------------------------------------------------
# hotel sequences
# --------------------------------------------------------------------------


def _reachability(ce: np.ndarray, budgets: np.ndarray, K: int, start: int, end: int):
    D = len(budgets)
    hh = ce[:K, :K]
    fwd = np.zeros((D + 1, K), dtype=bool)
    fwd[0, start] = True
    for d in range(D):
        fwd[d + 1] = (fwd[d][:, None] & (hh <= budgets[d])).any(axis=0)
    bwd = np.zeros((D + 1, K), dtype=bool)
    bwd[D, end] = True
    for d in range(D - 1, -1, -1):
        bwd[d] = ((hh <= budgets[d]) & bwd[d + 1][None, :]).any(axis=1)
    return fwd, bwd


def _single_trip_estimate(ctx: _Ctx, i: int, j: int, budget: float) -> float:
    sol = _Sol([i, j], [[i, j]], np.array([ctx.ce[i, j]]))
    one = ctx._replace(budgets=np.array([budget]))
    free = _free_mask(one, sol)
    _greedy_fill(one, sol, free)
    sol.routes[0], _ = _two_opt(one.ce, sol.routes[0])
    sol.lengths[0] = _route_len(one.ce, sol.routes[0])
    _greedy_fill(one, sol, free)
    return float(one.score[sol.routes[0][1:-1]].sum())


def _pair_estimates(ctx: _Ctx) -> np.ndarray:
    """``P[d, i, j]``: estimated score of trip ``i -> j`` on day ``d``."""
    K, D = ctx.n_hotels, len(ctx.budgets)
    P = np.full((D, K, K), -np.inf)
    cache: dict[tuple[int, int, float], float] = {}
    for d in range(D):
        b = float(ctx.budgets[d])
        for i in np.flatnonzero(ctx.reach_fwd[d] & ctx.reach_bwd[d]):
            for j in np.flatnonzero(ctx.reach_fwd[d + 1] & ctx.reach_bwd[d + 1]):
                if ctx.ce[i, j] > b:
                    continue
                key = (int(i), int(j), round(b, 9))
                if key not in cache:
                    cache[key] = _single_trip_estimate(ctx, int(i), int(j), b)
                P[d, i, j] = cache[key]
    return P


def _best_sequences(P: np.ndarray, start: int, end: int, k: int) -> list[tuple[float, list[int]]]:
    """k best hotel sequences by the sum of pair estimates (k-best DP)."""
    D, K, _ = P.shape
    layer: dict[int, list[tuple[float, list[int]]]] = {start: [(0.0, [start])]}
    for d in range(D):
        nxt: dict[int, list[tuple[float, list[int]]]] = {}
        for i, items in layer.items():
            for j in range(K):
                if not np.isfinite(P[d, i, j]):
                    continue
                for val, seq in items:
                    nxt.setdefault(j, []).append((val + P[d, i, j], seq + [j]))
        layer = {j: sorted(v, key=lambda t: -t[0])[:k] for j, v in nxt.items()}
    return layer.get(end, [])


def _construct(ctx: _Ctx, hotels: list[int], rng, noise: float = 0.0) -> _Sol:
    routes = [[hotels[d], hotels[d + 1]] for d in range(len(hotels) - 1)]
    lengths = np.array([ctx.ce[r[0], r[1]] for r in routes], dtype=float)
    sol = _Sol(list(hotels), routes, lengths)
    free = _free_mask(ctx, sol)
    _greedy_fill(ctx, sol, free, rng, noise)
    return _local_search(ctx, sol, rng)


# --------------------------------------------------------------------------
# public entry point
# --------------------------------------------------------------------------


def _build_ctx(problem: OPHSProblem) -> tuple[_Ctx, np.ndarray]:
    hotels = list(dict.fromkeys(problem.hotels))
    nodes = np.asarray(hotels + list(problem.vertices), dtype=int)
    K = len(hotels)
    cost = np.asarray(problem.cost, dtype=float)
    service = (np.zeros(cost.shape[0]) if problem.service is None
               else np.asarray(problem.service, dtype=float))
    s_int = service[nodes].copy()
    s_int[:K] = 0.0
    ce = cost[np.ix_(nodes, nodes)] + s_int[None, :]
    sc = np.asarray(problem.score, dtype=float)[nodes].copy()
    sc[:K] = 0.0
    sc = np.maximum(sc, 0.0)
    if problem.required:
        bonus = float(sc.sum()) + 1.0
        for i, v in enumerate(nodes):
            if i >= K and int(v) in problem.required:
                sc[i] += bonus
    budgets = np.asarray(problem.budgets, dtype=float) + problem.tolerance
    start, end = hotels.index(problem.start), hotels.index(problem.end)
    fwd, bwd = _reachability(ce, budgets, K, start, end)
    return _Ctx(ce, sc, budgets, K, start, end, fwd, bwd), nodes


def _to_solution(problem: OPHSProblem, ctx: _Ctx, nodes: np.ndarray, sol: _Sol) -> OPHSSolution:
    trips = [[int(nodes[v]) for v in r] for r in sol.routes]
    score = float(sum(float(np.asarray(problem.score)[t[1:-1]].sum()) for t in trips))
    lengths = [trip_length(problem.cost, t, problem.service) for t in trips]
    return OPHSSolution(trips=trips, score=score, trip_lengths=lengths)


def solve(problem: OPHSProblem, *, seed: int = 0, time_limit: float | None = None,
          effort: float = 1.0) -> OPHSSolution:
    """Solve an OPHS instance heuristically.

    Parameters
    ----------
    problem : OPHSProblem
        The instance.
    seed : int
        Seed of the random generator; equal seeds give equal tours.
    time_limit : float, optional
        Safety cap in seconds (the search normally ends on its iteration
        budget; a run that hits the cap is no longer deterministic).
    effort : float
        Multiplies every iteration budget (1.0 = default quality / speed).

    Returns
    -------
    OPHSSolution
        A feasible tour (empty trips if nothing fits).

    Raises
    ------
    ValueError
        If no hotel sequence can connect ``start`` to ``end`` within the
        daily budgets.
    """
    t0 = time.perf_counter()
    deadline = None if time_limit is None else t0 + float(time_limit)
    ctx, nodes = _build_ctx(problem)
    if not ctx.reach_bwd[0, ctx.start]:
        raise ValueError("no feasible hotel sequence: start cannot reach end within the budgets")
    rng = np.random.default_rng(seed)
    P = _pair_estimates(ctx)
    n_seq = max(1, int(round(20 * effort)))
    seqs = _best_sequences(P, ctx.start, ctx.end, n_seq)
    cands = []
    for _, hs in seqs:
        cands.append(_construct(ctx, hs, rng))
        if deadline is not None and time.perf_counter() > deadline:
            break
    cands.sort(key=lambda s: (-s.score, s.total))
    # dedupe by hotel sequence
    seen, pool = set(), []
    for s in cands:
        key = tuple(s.hotels)
        if key not in seen:
            seen.add(key)
            pool.append(s)
    # successive halving: every surviving hotel sequence gets a VNS, the better
    # half survives with twice the iterations, the winner gets the main run
    pool = pool[:max(1, int(round(_RACE_SIZE * min(effort, 2.0))))]
    iters = max(1, int(round(_RACE_ITERS * effort)))
    while len(pool) > 1:
        pool = [_vns(ctx, s, iters, rng, deadline) for s in pool]
        pool.sort(key=lambda s: (-s.score, s.total))
        pool = pool[:(len(pool) + 1) // 2] if len(pool) > 2 else pool[:1]
        iters *= 2
    best = _vns(ctx, pool[0], max(1, int(round(_MAIN_ITERS * effort))), rng, deadline)
    return _to_solution(problem, ctx, nodes, best)
