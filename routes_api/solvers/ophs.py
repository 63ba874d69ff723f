"""Generic solver for the Orienteering Problem with Hotel Selection (OPHS).

The OPHS asks for ``D`` consecutive trips (days). Trip ``d`` leaves a hotel,
visits optional vertices and reaches a hotel; trip 1 leaves ``start``, the
last trip reaches ``end`` and consecutive trips share their hotel. Each
vertex is visited at most once and trip ``d`` (travel + dwell time) must fit
into ``budgets[d]`` (plus ``tolerance``). The objective is the total score of
the visited vertices.

The same solver serves the public OPHS benchmark (``routes_api.solvers.ophs_benchmark``)
and the circle / line / custom tour planners.

Method
------
The search follows the two-level scheme of Divsalar et al. (2013, SVNS;
2014, memetic) and Sohrabi et al. (2020, GRASP): choose good hotel
sequences first, then solve the orienteering sub-problem of every day. All
neighbourhoods are numba kernels on flat arrays (routes ``R[d, :M[d]]``).

1. **Hotel-pair estimates.** For every day ``d`` and every hotel pair
   ``(i, j)`` that can occur on that day (reachable from ``start`` and able
   to reach ``end`` in the remaining days, ``cost[i, j] <= budget_d``) a
   single-trip construction + local search estimates the score of a trip
   ``i -> j``.
2. **k-best hotel sequences.** A k-best dynamic programme over the days
   ranks the feasible hotel sequences by the sum of their pair estimates.
3. **Construction.** For each of the best 40 sequences: a joint greedy
   insertion over all days (score / added-length ratio) and a day-by-day
   construction (richest estimated day first, each day a single-trip OP on
   the vertices left), both followed by the local search. In addition
   (``D > 1``) *route first, cluster second*: a single ``start -> end``
   trip on the summed budget (a relaxation) is improved by VNS (400
   shakes; 1000 cost 40 % of the run time for no measured gain) and cut
   into days through hotels by an exact DP over (day, hotel, path
   position) that may drop up to 3 path vertices where a day begins.
4. **Race.** The best 12 distinct hotel sequences enter successive halving
   (60, 120, 240, ... VNS shakes, the better half survives).
5. **Iterated VNS with restarts.** The winner gets 400 VNS shakes; then 60
   restarts of 150 shakes each, in turn from (a) the best tour with 40 % of
   its vertices removed and a noisy refill, (b) a strongly randomised greedy
   construction (ratio noise x(1 + 3U)) on the best tour's hotel sequence,
   (c) the same on another raced sequence and, with more than one day,
   (d) a *re-split* of the incumbent (``_resplit``): its visits in tour
   order form one ``start -> end`` trip on the summed budget, which gets
   100 VNS shakes and is cut into days again by the split DP of step 3
   (new hotels and cut points). The restarts matter: many
   instances have several deep basins (e.g. T1-70: the same vertex set
   walked clockwise or anticlockwise across the two days) that a single
   walk does not leave.
6. **VNS** (``_vns``): shake = remove ``k`` random vertices, remove a
   segment of ``k`` vertices, or move an intermediate hotel (with repair);
   ``k`` grows 1..max(3, n_visited/3) on failure. Local search: 2-opt and
   or-opt (segments 1-3, both orientations) per trip, ratio-greedy
   insertion (noisy right after a shake), replace (visited vertex for a
   better free one), relocate and swap between days, intermediate-hotel
   change when it shortens the tour, and *insertion with re-optimisation*:
   the 3 best-scoring free vertices whose cheapest insertion overshoots the
   day by at most 5 % of its budget are inserted, the trip re-optimised
   (2-opt / or-opt) and, if still too long, the best lower-scoring vertex
   whose removal makes it fit is dropped. Equal scores are accepted
   (plateau walk), a score within 2 % of the best with probability 0.1; ties
   are broken by the shorter total length.

Costs may be asymmetric: all move deltas are computed on the full matrix
``cost[i, j] + service[j]`` (the dwell time of a vertex is charged on the
arc that enters it; 2-opt uses forward / backward prefix sums), so road
travel times can be used as they are. ``required`` vertices receive an
internal score bonus larger than the total score, so they are visited
whenever a feasible tour can hold them.

All randomness comes from numba's generator, seeded from
``numpy.random.default_rng(seed)``, and every loop runs for an iteration
budget, so the result depends only on the problem and the seed;
``time_limit`` is only a safety cap checked between VNS chunks of 250
shakes (a run that hits it may differ). Without numba the same code runs as
plain Python (same results, about 100x slower).

Engine and measurements
-----------------------
numba (0.68) replaced the vectorised numpy version: one VNS shake went from
about 1.3 ms to about 0.07 ms on a 64-point instance (0.3 ms with
insertion-with-re-optimisation), and the time saved was spent on restarts.
The compiled kernels are cached on disk (``cache=True``); the first call in
a fresh process loads them in about 0.4-1 s (about 30 s once after the
source changes, to compile).

Measured (``benchmarks/ophs_bench.py --sets set1 set2 set3 set5 --jobs 2``,
seed 0, effort 1, 2 processes on a shared 2-core machine, load 2.5-4.5;
every tour feasible under the independent checker). "Best" = the best score
found for the ``<base>-<budget>`` in any run (all those files share one
optimum); the old numpy solver was rerun back to back for the "before":

=====  =====================  =====================  ==============
set    at best (before/now)   mean gap (before/now)  median s
=====  =====================  =====================  ==============
SET1   76/105 -> 96/105       0.66 % -> 0.11 %       1.71 -> 0.45
SET2   48/70  -> 63/70        0.94 % -> 0.07 %       2.12 -> 0.45
SET3   - -> 22/44 (in-run)    - -> 0.98 %            4.4
SET5   - -> 75/176 (in-run)   - -> 1.42 %            3.5
=====  =====================  =====================  ==============

Re-split restarts (5d) and giant VNS 1000 -> 400 shakes, same command, both
runs scored against the best per base over both (so the "before" differs
from the in-run figures above); quality is deterministic, the "before"
seconds ran under heavier load (a 53-file sample: median CPU 3.54 -> 3.37 s):

=====  =====================  =====================  ==============
set    at best (before/now)   mean gap (before/now)  median s
=====  =====================  =====================  ==============
SET1   96/105 -> 97/105       0.106 % -> 0.051 %     0.45 -> 0.43
SET2   63/70  -> 62/70        0.073 % -> 0.089 %     0.45 -> 0.42
SET3   22/44  -> 22/44        1.073 % -> 1.047 %     4.43 -> 3.25
SET5   71/176 -> 80/176       1.530 % -> 1.404 %     3.46 -> 3.26
=====  =====================  =====================  ==============

SET1/SET2 therefore meet the goal (>= 90 %, mean gap < 1 %, median <= 2 s);
SET3/SET5 (110-160 points, 4-10 days, 12-17 hotels) do not yet (median
about 3.3 s, 45-50 % of the files at the best found). The remaining SET1/2
misses are the Chao ``64``/``66`` bases with 2-3 extra hotels (e.g. 64-50:
882 with one extra hotel, 876 with two, 870 with three) and 100-30-1-2.
An exact check (scipy/HiGHS MIP of the single-trip OP with budget
``sum(T_d) + 1e-4`` and lazy subtour cuts, not part of the package) gives
978 / 1236 / 1670 / 1680 / 299 for 64-55 / 64-75 / 66-125 / 66-130 / 100-40,
equal to the best found; 1182 for 64-70 (best found 1170) and an upper bound
of 894 for 64-50 (best found 882). The 900 quoted for 64-50 in the OP
literature is for Tmax = 50; these files' budgets sum to 49.83, which
allows at most 894. On 100-30 / 100-35 the best found (173 / 241) exceeds
the OP optimum at ``sum(T_d)`` (168 / 238) by using the 1e-4 tolerance of
several days.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import NamedTuple

import numpy as np

try:
    from numba import njit
except ImportError:  # pragma: no cover - pure-Python fallback (slow, same results)
    def njit(*args, **kwargs):
        if args and callable(args[0]):
            return args[0]
        return lambda f: f

__all__ = ["OPHSProblem", "OPHSSolution", "solve", "trip_length", "warm_up"]

_EPS = 1e-9
_SKEW = 0.02
_P_WORSE = 0.1
_NOISE = 0.3
_RACE_SIZE = 12
_RACE_ITERS = 60
_MAIN_ITERS = 400
_PAIR_ITERS = 0
_N_SEQ = 40
_CHUNK = 250
_TRIES = 3
_KFRAC = 0.34
_RESTARTS = 60
_RESTART_ITERS = 150
_KICK = 0.4
_SEQ_ITERS = 0
_GIANTS = 4
_GIANT_ITERS = 400
_RESPLIT_ITERS = 100
_RESTART_NOISE = 3.0
_SLACK = 0.05


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
#
# A tour is four arrays: R (D, n + 2) the routes (row d holds M[d] nodes,
# hotel first and last), M (D,) the node counts, Ln (D,) the lengths and
# H (D + 1,) the hotel sequence. Every neighbourhood below is a numba
# kernel working on these arrays in place.
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


_TOL = 1e-9


@njit(cache=True)
def _nb_seed(seed):
    np.random.seed(seed)


@njit(cache=True)
def _rlen(ce, r, m):
    s = 0.0
    for t in range(m - 1):
        s += ce[r[t], r[t + 1]]
    return s


@njit(cache=True)
def _two_opt(ce, r, m, F, B):
    """Best-improvement 2-opt on an open path with fixed ends (asymmetric safe)."""
    gain = 0.0
    if m < 4:
        return 0.0
    while True:
        F[0] = 0.0
        B[0] = 0.0
        for t in range(m - 1):
            F[t + 1] = F[t] + ce[r[t], r[t + 1]]
            B[t + 1] = B[t] + ce[r[t + 1], r[t]]
        best = -_TOL
        bi = -1
        bj = -1
        for i in range(1, m - 2):
            a = r[i - 1]
            ri = r[i]
            cai = ce[a, ri]
            for j in range(i + 1, m - 1):
                d = (ce[a, r[j]] + ce[ri, r[j + 1]] - cai - ce[r[j], r[j + 1]]
                     + (B[j] - B[i]) - (F[j] - F[i]))
                if d < best:
                    best = d
                    bi = i
                    bj = j
        if bi < 0:
            break
        i = bi
        j = bj
        while i < j:
            t = r[i]
            r[i] = r[j]
            r[j] = t
            i += 1
            j -= 1
        gain -= best
    return gain


@njit(cache=True)
def _or_opt(ce, r, m, tmp):
    """Best-improvement relocation of segments of 1-3 vertices (both orientations)."""
    gain = 0.0
    while True:
        best = -_TOL
        bi = -1
        bL = 0
        bc = -1
        brev = False
        for L in range(1, 4):
            if m - 2 < L:
                break
            for i in range(1, m - L):
                f = r[i]
                la = r[i + L - 1]
                p = r[i - 1]
                nx = r[i + L]
                inf_ = 0.0
                inb = 0.0
                for t in range(i, i + L - 1):
                    inf_ += ce[r[t], r[t + 1]]
                    inb += ce[r[t + 1], r[t]]
                g = ce[p, f] + ce[la, nx] - ce[p, nx]
                for c in range(m - 1):
                    if c >= i - 1 and c <= i + L - 1:
                        continue
                    a = r[c]
                    b = r[c + 1]
                    base = -ce[a, b] - g
                    dfw = ce[a, f] + ce[la, b] + base
                    if dfw < best:
                        best = dfw
                        bi, bL, bc, brev = i, L, c, False
                    if L > 1:
                        drv = ce[a, la] + ce[f, b] + base + inb - inf_
                        if drv < best:
                            best = drv
                            bi, bL, bc, brev = i, L, c, True
        if bi < 0:
            break
        # rebuild: rest = r without segment, insert segment after edge bc
        at = bc + 1 if bc < bi else bc + 1 - bL
        k = 0
        for t in range(m):
            if t >= bi and t < bi + bL:
                continue
            if k == at:
                for s in range(bL):
                    tmp[k] = r[bi + bL - 1 - s] if brev else r[bi + s]
                    k += 1
            tmp[k] = r[t]
            k += 1
        for t in range(m):
            r[t] = tmp[t]
        gain -= best
    return gain


@njit(cache=True)
def _opt_route(ce, r, m, F, B, tmp):
    while True:
        _two_opt(ce, r, m, F, B)
        g2 = _or_opt(ce, r, m, tmp)
        if g2 <= _TOL:
            return _rlen(ce, r, m)


@njit(cache=True)
def _ins_row(ce, r, m, free, outd, outp):
    n = ce.shape[0]
    for v in range(n):
        if not free[v]:
            outd[v] = np.inf
            continue
        best = np.inf
        bp = -1
        for t in range(m - 1):
            d = ce[r[t], v] + ce[v, r[t + 1]] - ce[r[t], r[t + 1]]
            if d < best:
                best = d
                bp = t
        outd[v] = best
        outp[v] = bp


@njit(cache=True)
def _insert_at(r, m, pos, v):
    for t in range(m, pos, -1):
        r[t] = r[t - 1]
    r[pos] = v


@njit(cache=True)
def _remove_at(r, m, pos):
    for t in range(pos, m - 1):
        r[t] = r[t + 1]


@njit(cache=True)
def _free_mask(sc, K, R, M):
    n = sc.shape[0]
    free = sc > 0.0
    free[:K] = False
    for d in range(R.shape[0]):
        for t in range(1, M[d] - 1):
            free[R[d, t]] = False
    return free


@njit(cache=True)
def _fill(ce, sc, bud, R, M, Ln, free, noise, dmask):
    """Insert free vertices by best score / added-length ratio until none fits."""
    D = R.shape[0]
    n = ce.shape[0]
    insd = np.empty((D, n))
    insp = np.empty((D, n), np.int64)
    for d in range(D):
        if dmask[d]:
            _ins_row(ce, R[d], M[d], free, insd[d], insp[d])
    changed = np.zeros(D, np.bool_)
    while True:
        best = -1.0
        bd = -1
        bv = -1
        for d in range(D):
            if not dmask[d]:
                continue
            sl = bud[d] - Ln[d]
            for v in range(n):
                if free[v]:
                    dl = insd[d, v]
                    if dl <= sl:
                        rt = sc[v] / max(dl, 1e-9)
                        if noise > 0.0:
                            rt *= 1.0 + noise * np.random.random()
                        if rt > best:
                            best = rt
                            bd = d
                            bv = v
        if bd < 0:
            break
        _insert_at(R[bd], M[bd], insp[bd, bv] + 1, bv)
        M[bd] += 1
        Ln[bd] += insd[bd, bv]
        free[bv] = False
        changed[bd] = True
        _ins_row(ce, R[bd], M[bd], free, insd[bd], insp[bd])
    return changed


@njit(cache=True)
def _insert_reopt(ce, sc, bud, R, M, Ln, free, tries, slack_frac):
    """Insert a free vertex that does not fit as is, then re-optimise the trip.

    The candidates are the (vertex, day) pairs whose cheapest insertion
    exceeds the day's slack by at most ``slack_frac`` of the budget, best
    score first (then smallest excess); the first that fits after 2-opt /
    or-opt is kept. Returns the day changed or -1.
    """
    D = R.shape[0]
    n = ce.shape[0]
    cap = R.shape[1]
    F = np.empty(cap)
    B = np.empty(cap)
    tmp = np.empty(cap, np.int64)
    r2 = np.empty(cap, np.int64)
    nc = 0
    cv = np.empty(D * n, np.int64)
    cd = np.empty(D * n, np.int64)
    cp = np.empty(D * n, np.int64)
    key = np.empty(D * n)
    for d in range(D):
        r = R[d]
        m = M[d]
        sl = bud[d] - Ln[d]
        lim = sl + slack_frac * bud[d]
        for v in range(n):
            if not free[v]:
                continue
            best = np.inf
            bp = -1
            for t in range(m - 1):
                dd = ce[r[t], v] + ce[v, r[t + 1]] - ce[r[t], r[t + 1]]
                if dd < best:
                    best = dd
                    bp = t
            if best > sl and best <= lim:
                cv[nc] = v
                cd[nc] = d
                cp[nc] = bp
                key[nc] = -sc[v] * 1e6 + (best - sl) / max(bud[d], 1e-9)
                nc += 1
    if nc == 0:
        return -1
    order = np.argsort(key[:nc])
    for q in range(min(tries, nc)):
        c = order[q]
        d = cd[c]
        v = cv[c]
        m = M[d]
        for t in range(m):
            r2[t] = R[d, t]
        _insert_at(r2, m, cp[c] + 1, v)
        L = _opt_route(ce, r2, m + 1, F, B, tmp)
        if L <= bud[d]:
            for t in range(m + 1):
                R[d, t] = r2[t]
            M[d] = m + 1
            Ln[d] = L
            free[v] = False
            return d
        # still too long: drop the cheapest-scoring vertex whose removal makes it fit
        bu = -1
        bg = _TOL
        bl = np.inf
        for t in range(1, m):
            u = r2[t]
            if u == v:
                continue
            gain = sc[v] - sc[u]
            if gain <= _TOL or gain < bg - _TOL:
                continue
            Lu = L - (ce[r2[t - 1], u] + ce[u, r2[t + 1]] - ce[r2[t - 1], r2[t + 1]])
            if Lu <= bud[d] and (gain > bg + _TOL or Lu < bl):
                bu = t
                bg = gain
                bl = Lu
        if bu >= 0:
            u = r2[bu]
            _remove_at(r2, m + 1, bu)
            L = _opt_route(ce, r2, m, F, B, tmp)
            for t in range(m):
                R[d, t] = r2[t]
            Ln[d] = L
            free[v] = False
            free[u] = sc[u] > 0.0
            return d
    return -1


@njit(cache=True)
def _replace(ce, sc, bud, R, M, Ln, free):
    """Swap a visited vertex for a better-scoring free one (same day); best gain."""
    D = R.shape[0]
    n = ce.shape[0]
    bgain = 0.0
    bdl = np.inf
    bd = -1
    bi = -1
    bv = -1
    bt = -1
    for d in range(D):
        r = R[d]
        m = M[d]
        for i in range(1, m - 1):
            u = r[i]
            g = ce[r[i - 1], u] + ce[u, r[i + 1]] - ce[r[i - 1], r[i + 1]]
            base = Ln[d] - g
            for v in range(n):
                if not free[v]:
                    continue
                gain = sc[v] - sc[u]
                if gain <= _TOL or gain < bgain - _TOL:
                    continue
                best = np.inf
                bp = -1
                for t in range(m - 1):
                    if t == i:
                        continue
                    a = r[t]
                    b = r[i + 1] if t == i - 1 else r[t + 1]
                    dd = ce[a, v] + ce[v, b] - ce[a, b]
                    if dd < best:
                        best = dd
                        bp = t
                L = base + best
                if L <= bud[d]:
                    dl = L - Ln[d]
                    if gain > bgain + _TOL or dl < bdl - _TOL:
                        bgain = gain
                        bdl = dl
                        bd, bi, bv, bt = d, i, v, bp
    if bd < 0:
        return -1
    r = R[bd]
    u = r[bi]
    _remove_at(r, M[bd], bi)
    M[bd] -= 1
    tp = bt if bt < bi else bt - 1
    _insert_at(r, M[bd], tp + 1, bv)
    M[bd] += 1
    Ln[bd] = _rlen(ce, r, M[bd])
    free[bv] = False
    free[u] = sc[u] > 0.0
    return bd


@njit(cache=True)
def _move_days(ce, bud, R, M, Ln, changed):
    """Relocate one vertex to another day if that shortens the tour."""
    D = R.shape[0]
    if D < 2:
        return False
    best = -1e-7
    ba = -1
    bi = -1
    bb = -1
    bp = -1
    for a in range(D):
        ra = R[a]
        for i in range(1, M[a] - 1):
            u = ra[i]
            g = ce[ra[i - 1], u] + ce[u, ra[i + 1]] - ce[ra[i - 1], ra[i + 1]]
            for b in range(D):
                if b == a:
                    continue
                rb = R[b]
                sl = bud[b] - Ln[b]
                for t in range(M[b] - 1):
                    dl = ce[rb[t], u] + ce[u, rb[t + 1]] - ce[rb[t], rb[t + 1]]
                    if dl <= sl and dl - g < best:
                        best = dl - g
                        ba, bi, bb, bp = a, i, b, t
    if ba < 0:
        return False
    u = R[ba, bi]
    _remove_at(R[ba], M[ba], bi)
    M[ba] -= 1
    _insert_at(R[bb], M[bb], bp + 1, u)
    M[bb] += 1
    Ln[ba] = _rlen(ce, R[ba], M[ba])
    Ln[bb] = _rlen(ce, R[bb], M[bb])
    changed[ba] = True
    changed[bb] = True
    return True


@njit(cache=True)
def _swap_days(ce, bud, R, M, Ln, changed):
    """Exchange two vertices of different days if that shortens the tour."""
    D = R.shape[0]
    best = -1e-7
    ba = -1
    bi = -1
    bb = -1
    bj = -1
    for a in range(D):
        ra = R[a]
        for b in range(a + 1, D):
            rb = R[b]
            for i in range(1, M[a] - 1):
                u = ra[i]
                pa = ra[i - 1]
                na = ra[i + 1]
                cu = ce[pa, u] + ce[u, na]
                for j in range(1, M[b] - 1):
                    w = rb[j]
                    pb = rb[j - 1]
                    nb = rb[j + 1]
                    da = ce[pa, w] + ce[w, na] - cu
                    db = ce[pb, u] + ce[u, nb] - ce[pb, w] - ce[w, nb]
                    if da + db < best and Ln[a] + da <= bud[a] and Ln[b] + db <= bud[b]:
                        best = da + db
                        ba, bi, bb, bj = a, i, b, j
    if ba < 0:
        return False
    u = R[ba, bi]
    R[ba, bi] = R[bb, bj]
    R[bb, bj] = u
    Ln[ba] = _rlen(ce, R[ba], M[ba])
    Ln[bb] = _rlen(ce, R[bb], M[bb])
    changed[ba] = True
    changed[bb] = True
    return True


@njit(cache=True)
def _hotel_move(ce, bud, K, R, M, Ln, H, changed):
    """Replace an intermediate hotel if that shortens the tour."""
    D = R.shape[0]
    best = -1e-7
    bd = -1
    bh = -1
    for d in range(1, D):
        cur = H[d]
        p = R[d - 1, M[d - 1] - 2]
        q = R[d, 1]
        for h in range(K):
            if h == cur:
                continue
            l1 = Ln[d - 1] - ce[p, cur] + ce[p, h]
            l2 = Ln[d] - ce[cur, q] + ce[h, q]
            if l1 <= bud[d - 1] and l2 <= bud[d] and (l1 + l2) - (Ln[d - 1] + Ln[d]) < best:
                best = (l1 + l2) - (Ln[d - 1] + Ln[d])
                bd = d
                bh = h
    if bd < 0:
        return False
    H[bd] = bh
    R[bd - 1, M[bd - 1] - 1] = bh
    R[bd, 0] = bh
    Ln[bd - 1] = _rlen(ce, R[bd - 1], M[bd - 1])
    Ln[bd] = _rlen(ce, R[bd], M[bd])
    changed[bd - 1] = True
    changed[bd] = True
    return True


@njit(cache=True)
def _local_search(ce, sc, bud, K, R, M, Ln, H, tabu, noise, dirty, tries, slack_frac):
    """Descend: route optimisation, insertion, replace, inter-day moves, hotels."""
    D = R.shape[0]
    cap = R.shape[1]
    F = np.empty(cap)
    B = np.empty(cap)
    tmp = np.empty(cap, np.int64)
    alld = np.ones(D, np.bool_)
    if tabu.any():
        for d in range(D):
            if dirty[d]:
                Ln[d] = _opt_route(ce, R[d], M[d], F, B, tmp)
        free = _free_mask(sc, K, R, M) & ~tabu
        ch = _fill(ce, sc, bud, R, M, Ln, free, noise, alld)
        for d in range(D):
            dirty[d] = dirty[d] or ch[d]
    for _ in range(1000):
        for d in range(D):
            if dirty[d]:
                Ln[d] = _opt_route(ce, R[d], M[d], F, B, tmp)
                dirty[d] = False
        free = _free_mask(sc, K, R, M)
        ch = _fill(ce, sc, bud, R, M, Ln, free, 0.0, alld)
        if ch.any():
            dirty[:] = ch
            continue
        d = _replace(ce, sc, bud, R, M, Ln, free)
        if d >= 0:
            dirty[d] = True
            continue
        if _move_days(ce, bud, R, M, Ln, dirty):
            continue
        if _swap_days(ce, bud, R, M, Ln, dirty):
            continue
        if _hotel_move(ce, bud, K, R, M, Ln, H, dirty):
            continue
        if tries > 0:
            d = _insert_reopt(ce, sc, bud, R, M, Ln, free, tries, slack_frac)
            if d >= 0:
                dirty[d] = True
                continue
        break


@njit(cache=True)
def _score(sc, R, M):
    s = 0.0
    for d in range(R.shape[0]):
        for t in range(1, M[d] - 1):
            s += sc[R[d, t]]
    return s


@njit(cache=True)
def _repair(ce, sc, bud, R, M, Ln, d):
    """Drop the vertices with the worst score / saving ratio until day d fits."""
    r = R[d]
    Ln[d] = _rlen(ce, r, M[d])
    while Ln[d] > bud[d] and M[d] > 2:
        bk = -1
        br = np.inf
        for i in range(1, M[d] - 1):
            g = ce[r[i - 1], r[i]] + ce[r[i], r[i + 1]] - ce[r[i - 1], r[i + 1]]
            rt = sc[r[i]] / max(g, 1e-9)
            if rt < br:
                br = rt
                bk = i
        _remove_at(r, M[d], bk)
        M[d] -= 1
        Ln[d] = _rlen(ce, r, M[d])


@njit(cache=True)
def _shake(ce, sc, bud, K, R, M, Ln, H, k, tabu, dirty, allow_hotel):
    """Perturb in place: remove k random vertices, a segment, or change a hotel."""
    D = R.shape[0]
    cap = R.shape[1]
    tabu[:] = False
    dirty[:] = False
    nkinds = 3 if (allow_hotel and D > 1 and K > 1) else 2
    kind = np.random.randint(nkinds)
    if kind == 2:
        d = 1 + np.random.randint(D - 1)
        prev_h = H[d - 1]
        next_h = H[d + 1]
        cnt = 0
        for h in range(K):
            if h != H[d] and ce[prev_h, h] <= bud[d - 1] and ce[h, next_h] <= bud[d]:
                cnt += 1
        if cnt > 0:
            pick = np.random.randint(cnt)
            for h in range(K):
                if h != H[d] and ce[prev_h, h] <= bud[d - 1] and ce[h, next_h] <= bud[d]:
                    if pick == 0:
                        H[d] = h
                        break
                    pick -= 1
            R[d - 1, M[d - 1] - 1] = H[d]
            R[d, 0] = H[d]
            F = np.empty(cap)
            B = np.empty(cap)
            tmp = np.empty(cap, np.int64)
            for dd in (d - 1, d):
                Ln[dd] = _opt_route(ce, R[dd], M[dd], F, B, tmp)
                _repair(ce, sc, bud, R, M, Ln, dd)
                dirty[dd] = True
            return
        kind = 0
    nvis = 0
    for d in range(D):
        nvis += M[d] - 2
    if nvis == 0:
        return
    if kind == 1:
        pick = np.random.randint(nvis)
        d = 0
        while pick >= M[d] - 2:
            pick -= M[d] - 2
            d += 1
        i = 1 + pick
        j = min(M[d] - 1, i + k)
        for t in range(i, j):
            tabu[R[d, t]] = True
        L = j - i
        for t in range(i, M[d] - L):
            R[d, t] = R[d, t + L]
        M[d] -= L
        dirty[d] = True
    else:
        kk = min(k, nvis)
        idx = np.arange(nvis)
        for s in range(kk):
            t = s + np.random.randint(nvis - s)
            x = idx[s]
            idx[s] = idx[t]
            idx[t] = x
        for s in range(kk):
            pick = idx[s]
            d = 0
            while pick >= M[d] - 2:
                pick -= M[d] - 2
                d += 1
            tabu[R[d, 1 + pick]] = True
        for d in range(D):
            w = 1
            for t in range(1, M[d] - 1):
                if not tabu[R[d, t]]:
                    R[d, w] = R[d, t]
                    w += 1
            R[d, w] = R[d, M[d] - 1]
            if w + 1 != M[d]:
                dirty[d] = True
            M[d] = w + 1
    for d in range(D):
        if dirty[d]:
            Ln[d] = _rlen(ce, R[d], M[d])


@njit(cache=True)
def _better(s1, t1, s2, t2):
    if s1 > s2 + _TOL:
        return True
    return abs(s1 - s2) <= _TOL and t1 < t2 - _TOL


@njit(cache=True)
def _vns(ce, sc, bud, K, R, M, Ln, H, iters, skew, p_worse, noise, allow_hotel, tries, kfrac,
         slack_frac):
    """Skewed variable neighbourhood search from (R, M, Ln, H) for ``iters`` shakes.

    The shake size ``k`` grows from 1 to ``kmax`` (a third of the visited
    vertices, at least 3) on failure and resets on success. A candidate of
    equal score is accepted (plateau walk); a slightly worse one (within
    ``skew`` of the best score) with probability ``p_worse``; the walk
    returns to the best tour after ``max(20, iters // 10)`` shakes without a
    new best. Returns the best tour (new arrays).
    """
    n = ce.shape[0]
    D = R.shape[0]
    bR, bM, bL, bH = R.copy(), M.copy(), Ln.copy(), H.copy()
    bs = _score(sc, bR, bM)
    bt = bL.sum()
    cR, cM, cL, cH = R.copy(), M.copy(), Ln.copy(), H.copy()
    cs = bs
    ct = bt
    tabu = np.zeros(n, np.bool_)
    dirty = np.zeros(D, np.bool_)
    k = 1
    since = 0
    patience = max(20, iters // 10)
    for _ in range(iters):
        nvis = 0
        for d in range(D):
            nvis += cM[d] - 2
        kmax = max(3, int(nvis * kfrac))
        xR, xM, xL, xH = cR.copy(), cM.copy(), cL.copy(), cH.copy()
        _shake(ce, sc, bud, K, xR, xM, xL, xH, k, tabu, dirty, allow_hotel)
        _local_search(ce, sc, bud, K, xR, xM, xL, xH, tabu, noise, dirty, tries, slack_frac)
        xs = _score(sc, xR, xM)
        xt = xL.sum()
        if _better(xs, xt, bs, bt):
            bR, bM, bL, bH = xR.copy(), xM.copy(), xL.copy(), xH.copy()
            bs, bt = xs, xt
            cR, cM, cL, cH = xR, xM, xL, xH
            cs, ct = xs, xt
            k = 1
            since = 0
            continue
        since += 1
        if xs >= cs - _TOL or (xs >= bs * (1.0 - skew) and np.random.random() < p_worse):
            if _better(xs, xt, cs, ct):
                k = 1
            cR, cM, cL, cH = xR, xM, xL, xH
            cs, ct = xs, xt
        else:
            k = k + 1 if k < kmax else 1
        if since >= patience:
            cR, cM, cL, cH = bR.copy(), bM.copy(), bL.copy(), bH.copy()
            cs, ct = bs, bt
            since = 0
            k = 1
    return bR, bM, bL, bH


@njit(cache=True)
def _construct(ce, sc, bud, K, H, noise, tries, slack_frac):
    """Empty trips along hotel sequence H, joint greedy fill, local search.

    Works on a copy of H (the local search may change hotels); returns it."""
    H = H.copy()
    n = ce.shape[0]
    D = H.shape[0] - 1
    R = np.zeros((D, n + 2), np.int64)
    M = np.full(D, 2, np.int64)
    Ln = np.empty(D)
    for d in range(D):
        R[d, 0] = H[d]
        R[d, 1] = H[d + 1]
        Ln[d] = ce[H[d], H[d + 1]]
    tabu = np.zeros(n, np.bool_)
    free = _free_mask(sc, K, R, M)
    alld = np.ones(D, np.bool_)
    _fill(ce, sc, bud, R, M, Ln, free, noise, alld)
    _local_search(ce, sc, bud, K, R, M, Ln, H, tabu, noise, alld.copy(), tries, slack_frac)
    return R, M, Ln, H


@njit(cache=True)
def _trip_solve(ce, sc, bud1, K, i, j, iters, tries, slack_frac):
    """A good single trip i -> j (construction + short VNS); returns (route, length)."""
    H = np.array([i, j], np.int64)
    R, M, Ln, H = _construct(ce, sc, bud1, K, H, 0.0, tries, slack_frac)
    if iters > 0:
        R, M, Ln, H = _vns(ce, sc, bud1, K, R, M, Ln, H, iters, 0.02, 0.1, 0.3, False, tries, 0.34,
                           slack_frac)
    return R[0, :M[0]].copy(), Ln[0]


@njit(cache=True)
def _sequential(ce, sc, bud, K, H, order, iters, tries, slack_frac):
    """Tour built day by day in ``order``: each day is a single-trip OP on the
    vertices the earlier days left, then the joint local search."""
    H = H.copy()
    n = ce.shape[0]
    D = H.shape[0] - 1
    sc2 = sc.copy()
    R = np.zeros((D, n + 2), np.int64)
    M = np.zeros(D, np.int64)
    Ln = np.zeros(D)
    for q in range(D):
        d = order[q]
        r, L = _trip_solve(ce, sc2, bud[d:d + 1], K, H[d], H[d + 1], iters, tries, slack_frac)
        m = r.shape[0]
        R[d, :m] = r
        M[d] = m
        Ln[d] = L
        for t in range(1, m - 1):
            sc2[r[t]] = 0.0
    tabu = np.zeros(n, np.bool_)
    _local_search(ce, sc, bud, K, R, M, Ln, H, tabu, 0.0, np.ones(D, np.bool_), tries,
                  slack_frac)
    return R, M, Ln, H


@njit(cache=True)
def _split(ce, sc, bud, K, start, end, path, max_skip):
    """Cut a giant start -> end path into D trips through hotels (route first,
    cluster second). Every trip visits a contiguous piece of ``path``; up to
    ``max_skip`` path vertices may be dropped where a trip begins. Exact DP
    over (day, hotel, path position); returns (R, M, Ln, H, ok)."""
    n = ce.shape[0]
    N = path.shape[0]
    D = bud.shape[0]
    pre = np.zeros(N + 1)
    ps = np.zeros(N + 1)
    for t in range(N):
        ps[t + 1] = ps[t] + sc[path[t]]
        if t > 0:
            pre[t] = pre[t - 1] + ce[path[t - 1], path[t]]
    f = np.full((D + 1, K, N + 1), -np.inf)
    ph = np.full((D + 1, K, N + 1), -1, np.int64)
    pi = np.full((D + 1, K, N + 1), -1, np.int64)
    pa = np.full((D + 1, K, N + 1), -1, np.int64)
    f[0, start, 0] = 0.0
    for d in range(D):
        for h in range(K):
            for i in range(N + 1):
                v0 = f[d, h, i]
                if v0 == -np.inf:
                    continue
                for h2 in range(K):
                    if ce[h, h2] <= bud[d] and v0 > f[d + 1, h2, i]:
                        f[d + 1, h2, i] = v0
                        ph[d + 1, h2, i] = h
                        pi[d + 1, h2, i] = i
                        pa[d + 1, h2, i] = -1
                for a in range(i, min(N, i + max_skip + 1)):
                    base = ce[h, path[a]]
                    if base > bud[d]:
                        continue
                    for b in range(a, N):
                        L = base + pre[b] - pre[a]
                        if L > bud[d]:
                            break
                        val = v0 + ps[b + 1] - ps[a]
                        for h2 in range(K):
                            if L + ce[path[b], h2] <= bud[d] and val > f[d + 1, h2, b + 1]:
                                f[d + 1, h2, b + 1] = val
                                ph[d + 1, h2, b + 1] = h
                                pi[d + 1, h2, b + 1] = i
                                pa[d + 1, h2, b + 1] = a
    R = np.zeros((D, n + 2), np.int64)
    M = np.full(D, 2, np.int64)
    Ln = np.zeros(D)
    H = np.zeros(D + 1, np.int64)
    bi = -1
    bv = -np.inf
    for i in range(N + 1):
        if f[D, end, i] > bv:
            bv = f[D, end, i]
            bi = i
    if bi < 0:
        return R, M, Ln, H, False
    h = end
    i = bi
    for d in range(D, 0, -1):
        H[d] = h
        hp = ph[d, h, i]
        ip = pi[d, h, i]
        a = pa[d, h, i]
        R[d - 1, 0] = hp
        m = 1
        if a >= 0:
            for t in range(a, i):
                R[d - 1, m] = path[t]
                m += 1
        R[d - 1, m] = h
        M[d - 1] = m + 1
        Ln[d - 1] = _rlen(ce, R[d - 1], M[d - 1])
        h = hp
        i = ip
    H[0] = h
    return R, M, Ln, H, True


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


def _pair_estimates(ctx: _Ctx, iters: int) -> np.ndarray:
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
                    r, _ = _trip_solve(ctx.ce, ctx.score, np.array([b]), K, int(i), int(j),
                                       iters, _TRIES, _SLACK)
                    cache[key] = float(ctx.score[r[1:-1]].sum())
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


class _Sol(NamedTuple):
    R: np.ndarray
    M: np.ndarray
    Ln: np.ndarray
    H: np.ndarray
    score: float
    total: float


def _mk(ctx: _Ctx, R, M, Ln, H) -> _Sol:
    return _Sol(R, M, Ln, H, float(_score(ctx.score, R, M)), float(Ln.sum()))


def _run_vns(ctx: _Ctx, sol: _Sol, iters: int, deadline: float | None) -> _Sol:
    """VNS in chunks of ``_CHUNK`` shakes (the deadline is checked between chunks)."""
    left = iters
    while left > 0:
        if deadline is not None and time.perf_counter() > deadline:
            break
        step = min(left, _CHUNK)
        out = _vns(ctx.ce, ctx.score, ctx.budgets, ctx.n_hotels, sol.R, sol.M, sol.Ln, sol.H,
                   step, _SKEW, _P_WORSE, _NOISE, True, _TRIES, _KFRAC, _SLACK)
        sol = _mk(ctx, *out)
        left -= step
    return sol


def _kick(ctx: _Ctx, sol: _Sol) -> _Sol:
    R, M, Ln, H = sol.R.copy(), sol.M.copy(), sol.Ln.copy(), sol.H.copy()
    n_vis = int((M - 2).sum())
    k = max(1, int(round(_KICK * n_vis)))
    tabu = np.zeros(ctx.ce.shape[0], dtype=bool)
    dirty = np.zeros(len(M), dtype=bool)
    _shake(ctx.ce, ctx.score, ctx.budgets, ctx.n_hotels, R, M, Ln, H, k, tabu, dirty, True)
    _local_search(ctx.ce, ctx.score, ctx.budgets, ctx.n_hotels, R, M, Ln, H, tabu, _NOISE, dirty,
                  _TRIES, _SLACK)
    return _mk(ctx, R, M, Ln, H)


def _resplit(ctx: _Ctx, sol: _Sol, iters: int) -> _Sol | None:
    """Re-cut the incumbent: its visits, in tour order, become one ``start -> end``
    trip on the summed budget (the relaxation of step 3), which gets ``iters``
    VNS shakes and is cut into days again by the exact split DP (new hotels
    and cut points), followed by the local search."""
    D = len(ctx.budgets)
    n = ctx.ce.shape[0]
    path = np.concatenate([sol.R[d, 1:sol.M[d] - 1] for d in range(D)]).astype(np.int64)
    tot = np.array([ctx.budgets.sum()])
    R = np.zeros((1, n + 2), dtype=np.int64)
    m = len(path)
    R[0, 0] = ctx.start
    R[0, 1:m + 1] = path
    R[0, m + 1] = ctx.end
    M = np.array([m + 2], dtype=np.int64)
    Ln = np.array([_rlen(ctx.ce, R[0], M[0])])
    if Ln[0] > tot[0]:  # only possible without the triangle inequality
        _repair(ctx.ce, ctx.score, tot, R, M, Ln, 0)
    Hg = np.array([ctx.start, ctx.end], dtype=np.int64)
    if iters > 0:
        R, M, Ln, _ = _vns(ctx.ce, ctx.score, tot, ctx.n_hotels, R, M, Ln, Hg, iters, _SKEW,
                           _P_WORSE, _NOISE, False, _TRIES, _KFRAC, _SLACK)
    R, M, Ln, H, ok = _split(ctx.ce, ctx.score, ctx.budgets, ctx.n_hotels, ctx.start, ctx.end,
                             R[0, 1:M[0] - 1].copy(), 3)
    if not ok:
        return None
    _local_search(ctx.ce, ctx.score, ctx.budgets, ctx.n_hotels, R, M, Ln, H,
                  np.zeros(len(ctx.score), dtype=bool), 0.0, np.ones(D, dtype=bool), _TRIES,
                  _SLACK)
    return _mk(ctx, R, M, Ln, H)


def _to_solution(problem: OPHSProblem, ctx: _Ctx, nodes: np.ndarray, sol: _Sol) -> OPHSSolution:
    routes = [sol.R[d, :sol.M[d]].tolist() for d in range(len(sol.M))]
    trips = [[int(nodes[v]) for v in r] for r in routes]
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
    _nb_seed(int(np.random.default_rng(seed).integers(2**31 - 1)))
    P = _pair_estimates(ctx, max(0, int(round(_PAIR_ITERS * effort))))
    n_seq = max(1, int(round(_N_SEQ * effort)))
    seqs = _best_sequences(P, ctx.start, ctx.end, n_seq)
    cands = []
    D = len(ctx.budgets)
    for _, hs in seqs:
        H = np.asarray(hs, dtype=np.int64)
        R, M, Ln, H1 = _construct(ctx.ce, ctx.score, ctx.budgets, ctx.n_hotels, H, 0.0, _TRIES,
                                  _SLACK)
        cands.append(_mk(ctx, R, M, Ln, H1))
        # day by day, richest estimated day first
        est = np.array([P[d, hs[d], hs[d + 1]] for d in range(D)])
        order = np.argsort(-est, kind="stable").astype(np.int64)
        R, M, Ln, H2 = _sequential(ctx.ce, ctx.score, ctx.budgets, ctx.n_hotels, H, order,
                                   _SEQ_ITERS, _TRIES, _SLACK)
        cands.append(_mk(ctx, R, M, Ln, H2))
        if deadline is not None and time.perf_counter() > deadline:
            break
    # route first, cluster second: a single start -> end trip on the summed
    # budget (a relaxation of the tour), cut into days by an exact DP
    if D > 1 and _GIANT_ITERS > 0:
        tot = np.array([ctx.budgets.sum()])
        Hg = np.array([ctx.start, ctx.end], dtype=np.int64)
        for g in range(max(1, int(round(_GIANTS * effort)))):
            R, M, Ln, H1 = _construct(ctx.ce, ctx.score, tot, ctx.n_hotels, Hg,
                                      _RESTART_NOISE if g else 0.0, _TRIES, _SLACK)
            R, M, Ln, _ = _vns(ctx.ce, ctx.score, tot, ctx.n_hotels, R, M, Ln, H1,
                               max(1, int(round(_GIANT_ITERS * effort))), _SKEW, _P_WORSE, _NOISE,
                               False, _TRIES, _KFRAC, _SLACK)
            path = R[0, 1:M[0] - 1].copy()
            R, M, Ln, H, ok = _split(ctx.ce, ctx.score, ctx.budgets, ctx.n_hotels, ctx.start,
                                     ctx.end, path, 3)
            if ok:
                _local_search(ctx.ce, ctx.score, ctx.budgets, ctx.n_hotels, R, M, Ln, H,
                              np.zeros(len(ctx.score), dtype=bool), 0.0,
                              np.ones(D, dtype=bool), _TRIES, _SLACK)
                cands.append(_mk(ctx, R, M, Ln, H))
    cands.sort(key=lambda s: (-s.score, s.total))
    # dedupe by hotel sequence
    seen, pool = set(), []
    for s in cands:
        key = tuple(s.H.tolist())
        if key not in seen:
            seen.add(key)
            pool.append(s)
    # successive halving: every surviving hotel sequence gets a VNS, the better
    # half survives with twice the iterations
    pool = pool[:max(1, int(round(_RACE_SIZE * min(effort, 2.0))))]
    seq_list = [s.H.copy() for s in pool]
    iters = max(1, int(round(_RACE_ITERS * effort)))
    while len(pool) > 1:
        pool = [_run_vns(ctx, s, iters, deadline) for s in pool]
        pool.sort(key=lambda s: (-s.score, s.total))
        pool = pool[:(len(pool) + 1) // 2] if len(pool) > 2 else pool[:1]
        iters *= 2
    # iterated VNS with restarts: the winner gets a VNS; then, in turn, a
    # restart kicks the best tour (removes a random ``_KICK`` share of its
    # vertices, noisy refill) or builds a new tour with a strongly randomised
    # greedy (noise ``_RESTART_NOISE``) on the best tour's hotel sequence or on
    # one of the other raced sequences; each restart gets a short VNS
    best = _run_vns(ctx, pool[0], max(1, int(round(_MAIN_ITERS * effort))), deadline)
    n_types = 4 if D > 1 and _RESPLIT_ITERS > 0 else 3
    for r in range(max(0, int(round(_RESTARTS * effort)))):
        if deadline is not None and time.perf_counter() > deadline:
            break
        kind = r % n_types
        if kind == 0:
            start = _kick(ctx, best)
        elif kind == 3:
            start = _resplit(ctx, best, max(1, int(round(_RESPLIT_ITERS * effort))))
            if start is None:
                continue
        else:
            H = best.H if kind == 1 else seq_list[(r // n_types) % len(seq_list)]
            start = _mk(ctx, *_construct(ctx.ce, ctx.score, ctx.budgets, ctx.n_hotels, H,
                                         _RESTART_NOISE, _TRIES, _SLACK))
        cand = _run_vns(ctx, start, _RESTART_ITERS, deadline)
        if cand.score > best.score + _TOL or (
                abs(cand.score - best.score) <= _TOL and cand.total < best.total - _TOL):
            best = cand
    # safety belt: every trip must chain and fit (the moves keep this invariant)
    R, M, Ln = best.R.copy(), best.M.copy(), best.Ln.copy()
    for d in range(len(M)):
        assert R[d, 0] == best.H[d] and R[d, M[d] - 1] == best.H[d + 1], "broken hotel chain"
        Ln[d] = _rlen(ctx.ce, R[d], M[d])
        if Ln[d] > ctx.budgets[d]:
            _repair(ctx.ce, ctx.score, ctx.budgets, R, M, Ln, d)
    return _to_solution(problem, ctx, nodes, _mk(ctx, R, M, Ln, best.H))


def warm_up() -> float:
    """Compile (or load from numba's on-disk cache) every kernel by solving a tiny instance.

    The first call in a fresh install compiles for about 20 s; a service calls this at start-up
    (in the background) so that no visitor's first itinerary pays for it.

    Returns
    -------
    float
        Seconds it took.
    """
    started = time.perf_counter()
    xy = np.array([[0, 0], [0, 0], [5, 0], [1, 2], [2, 1], [3, 3], [4, 1], [6, 2], [2, 4]], dtype=float)
    cost = np.sqrt(((xy[:, None, :] - xy[None, :, :]) ** 2).sum(-1))
    score = np.array([0, 0, 0, 3, 2, 4, 1, 5, 2], dtype=float)
    solve(OPHSProblem(cost=cost, score=score, hotels=(0, 1, 2), start=0, end=1, budgets=(9.0, 9.0),
                      vertices=tuple(range(3, 9)), service=np.full(9, 0.5)), effort=0.1)
    return time.perf_counter() - started
