"""Gap candidates: straight links that would join two components, scored, and the augmentations."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable

import networkx as nx
import numpy as np
import shapely
from scipy.spatial import cKDTree

from routes_api.core.geo import haversine_m
from routes_api.data.schema import Segment
from routes_api.data.load import NetworkData
from routes_api.analysis.gaps.components import Parts, select_segments, split_components
from routes_api.analysis.gaps.geometry import _r6, _xy_line, line_geojson, to_lonlat, to_xy
from routes_api.analysis.gaps.models import Augmentation, AugmentationStep, GapCandidate, GapReport, Joins, LinkEnd
from routes_api.analysis.gaps.params import CIRCLE_KM, DEFAULT_LIMIT, DEFAULT_MAX_GAP_KM, END_FOOT_M, LENGTH_OFFSET_KM, LIMIT_MAX, MAX_GAP_KM_LIMIT, PLACE_KM, Progress, check_number, check_phase, parse_networks


@dataclass(frozen=True)
class _Raw:
    """A candidate before scoring: a place and a target (place or point on a segment)."""

    kind: str
    place: str
    comp_a: int
    comp_b: int
    target_place: str | None
    segment: int | None  # index into parts.segments
    lonlat: tuple[float, float]  # the target point
    length_km: float


def _node_arrays(data: NetworkData, parts: Parts):
    ids = [pid for comp in parts.comps for pid in comp]
    lon = np.array([data.places[p].lon for p in ids])
    lat = np.array([data.places[p].lat for p in ids])
    comp = np.array([parts.comp_of[p] for p in ids], dtype=int)
    x, y = to_xy(lon, lat)
    return ids, np.column_stack([x, y]), comp


def _best_per_pair(keys: np.ndarray, dist: np.ndarray) -> np.ndarray:
    """Indices of the shortest entry per key (rows of `keys`)."""
    if len(dist) == 0:
        return np.zeros(0, dtype=int)
    order = np.lexsort((dist, keys[:, 1], keys[:, 0]))
    k = keys[order]
    first = np.ones(len(order), dtype=bool)
    first[1:] = np.any(k[1:] != k[:-1], axis=1)
    return order[first]


def endpoint_pairs(data: NetworkData, parts: Parts, max_gap_km: float) -> list[_Raw]:
    """Shortest place-to-place link within `max_gap_km` for each pair of components."""
    ids, xy, comp = _node_arrays(data, parts)
    if len(ids) < 2:
        return []
    pairs = cKDTree(xy).query_pairs(r=max_gap_km * 1000 * 1.03, output_type="ndarray")
    if len(pairs) == 0:
        return []
    pairs = pairs[comp[pairs[:, 0]] != comp[pairs[:, 1]]]
    # orient each pair from the smaller component id to the larger
    swap = comp[pairs[:, 0]] > comp[pairs[:, 1]]
    pairs[swap] = pairs[swap][:, ::-1]
    a, b = pairs[:, 0], pairs[:, 1]
    lon_lat = [(data.places[p].lon, data.places[p].lat) for p in ids]
    arr = np.array(lon_lat).reshape(-1, 2)
    dist = haversine_m(arr[a, 0], arr[a, 1], arr[b, 0], arr[b, 1]) / 1000
    keep = dist <= max_gap_km
    a, b, dist = a[keep], b[keep], dist[keep]
    best = _best_per_pair(np.column_stack([comp[a], comp[b]]), dist)
    return [
        _Raw("endpoint-endpoint", ids[b[i]], int(comp[b[i]]), int(comp[a[i]]), ids[a[i]], None,
             lon_lat[a[i]], float(dist[i]))
        for i in best
    ]


def endpoint_segments(data: NetworkData, parts: Parts, max_gap_km: float,
                      progress: Progress | None = None) -> list[_Raw]:
    """Shortest place-to-segment link within `max_gap_km` for each pair of components.

    The link runs from a place of one component to the foot of the perpendicular on a segment
    of another; feet within 100 m of a segment's end are left to :func:`endpoint_pairs`.
    """
    ids, xy, comp = _node_arrays(data, parts)
    if not ids or len(parts.comps) < 2:
        return []
    lines = [_xy_line(s.coords) for s in parts.segments]
    tree = shapely.STRtree(lines)
    points = shapely.points(xy)
    seg_comp = np.array(parts.seg_comp, dtype=int)
    pi_all, si_all = [], []
    chunks = np.array_split(np.arange(len(points)), max(1, len(points) // 200))
    for chunk in (progress(chunks) if progress else chunks):
        hit = tree.query(points[chunk], predicate="dwithin", distance=max_gap_km * 1000 * 1.03)
        pi_all.append(chunk[hit[0]])
        si_all.append(hit[1])
    pi, si = np.concatenate(pi_all), np.concatenate(si_all)
    other = comp[pi] != seg_comp[si]
    pi, si = pi[other], si[other]
    if len(pi) == 0:
        return []
    geoms = np.array(lines, dtype=object)[si]
    along = shapely.line_locate_point(geoms, points[pi])
    length = shapely.length(geoms)
    inner = (along > END_FOOT_M) & (along < length - END_FOOT_M)
    pi, si, geoms, along = pi[inner], si[inner], geoms[inner], along[inner]
    if len(pi) == 0:
        return []
    feet = shapely.line_interpolate_point(geoms, along)
    fx, fy = to_lonlat(shapely.get_x(feet), shapely.get_y(feet))
    plon = np.array([data.places[ids[i]].lon for i in pi])
    plat = np.array([data.places[ids[i]].lat for i in pi])
    dist = haversine_m(plon, plat, fx, fy) / 1000
    keep = dist <= max_gap_km
    pi, si, fx, fy, dist = pi[keep], si[keep], fx[keep], fy[keep], dist[keep]
    ca, cb = comp[pi], seg_comp[si]
    key = np.column_stack([np.minimum(ca, cb), np.maximum(ca, cb)])
    return [
        _Raw("endpoint-segment", ids[pi[i]], int(ca[i]), int(cb[i]), None, int(si[i]),
             (float(fx[i]), float(fy[i])), float(dist[i]))
        for i in _best_per_pair(key, dist)
    ]


def _benefit(km_a: float, km_b: float, places_a: int, places_b: int,
             circles_a: frozenset, circles_b: frozenset) -> tuple[float, list[str]]:
    small_km, small_places = (km_a, places_a) if (km_a, places_a) <= (km_b, places_b) else (km_b, places_b)
    gained = sorted(circles_a ^ circles_b)
    return small_km + PLACE_KM * small_places + CIRCLE_KM * len(gained), gained


def link_score(benefit_km: float, length_km: float) -> float:
    """Benefit km per km of new link (see the module docstring)."""
    return benefit_km / (length_km + LENGTH_OFFSET_KM)


def _end_for_place(data: NetworkData, pid: str, component: int | None) -> LinkEnd:
    p = data.places[pid]
    return LinkEnd(place=pid, name_zh=p.name_zh, name_en=p.name_en, component=component,
                   lon=_r6(p.lon), lat=_r6(p.lat))


def _end_for_point(seg: Segment, lonlat: tuple[float, float], component: int | None) -> LinkEnd:
    return LinkEnd(segment=seg.id, name_zh=seg.name_zh, name_en=seg.name_en, component=component,
                   lon=_r6(lonlat[0]), lat=_r6(lonlat[1]))


def _candidate(data: NetworkData, parts: Parts, raw: _Raw) -> GapCandidate:
    a, b = raw.comp_a, raw.comp_b
    benefit, gained = _benefit(parts.km[a], parts.km[b], len(parts.comps[a]), len(parts.comps[b]),
                               parts.circles[a], parts.circles[b])
    start = _end_for_place(data, raw.place, a)
    if raw.target_place:
        end = _end_for_place(data, raw.target_place, b)
    else:
        end = _end_for_point(parts.segments[raw.segment], raw.lonlat, b)
    lo, hi = sorted((a, b))
    tag = "pp" if raw.kind == "endpoint-endpoint" else "ps"
    return GapCandidate(
        id=f"{tag}-{lo}-{hi}",
        rank=0,
        kind=raw.kind,
        **{"from": start},
        to=end,
        length_km=round(raw.length_km, 3),
        joins=Joins(components=[a, b], km=[round(parts.km[a], 3), round(parts.km[b], 3)],
                    places=[len(parts.comps[a]), len(parts.comps[b])], circles_gained=gained,
                    benefit_km=round(benefit, 3)),
        score=round(link_score(benefit, raw.length_km), 4),
        geometry=line_geojson([(start.lon, start.lat), (end.lon, end.lat)]),
    )


def find_candidates(data: NetworkData, parts: Parts, max_gap_km: float,
                    progress: Progress | None = None) -> list[GapCandidate]:
    """All candidates (both kinds), ranked by score, shorter first on ties."""
    raws = endpoint_pairs(data, parts, max_gap_km) + endpoint_segments(data, parts, max_gap_km, progress)
    cands = [_candidate(data, parts, r) for r in raws]
    cands.sort(key=lambda c: (-c.score, c.length_km, c.id))
    return [c.model_copy(update={"rank": i + 1}) for i, c in enumerate(cands)]


class _Groups:
    """Union-find over components with the aggregates the score needs (local to one call)."""

    def __init__(self, parts: Parts):
        n = len(parts.comps)
        self.parent = list(range(n))
        self.km = list(parts.km)
        self.places = [len(c) for c in parts.comps]
        self.circles = list(parts.circles)
        self.count = n

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        self.parent[rb] = ra
        self.km[ra] += self.km[rb]
        self.places[ra] += self.places[rb]
        self.circles[ra] = self.circles[ra] | self.circles[rb]
        self.count -= 1

    def score(self, cand: GapCandidate) -> float | None:
        a, b = (self.find(c) for c in cand.joins.components)
        if a == b:
            return None
        benefit, _ = _benefit(self.km[a], self.km[b], self.places[a], self.places[b],
                              self.circles[a], self.circles[b])
        return link_score(benefit, cand.length_km)

    def largest_share(self, total_km: float) -> float:
        roots = {self.find(i) for i in range(len(self.parent))}
        return max(self.km[r] for r in roots) / total_km if total_km else 0.0


def greedy_augmentation(parts: Parts, candidates: list[GapCandidate], limit: int) -> list[AugmentationStep]:
    """Take the best re-scored candidate that joins two separate parts, up to `limit` times."""
    groups = _Groups(parts)
    left = list(candidates)
    steps: list[AugmentationStep] = []
    while left and len(steps) < limit:
        scored = [(s, c) for c in left if (s := groups.score(c)) is not None]
        if not scored:
            break
        score, best = max(scored, key=lambda sc: (sc[0], -sc[1].length_km))
        groups.union(*best.joins.components)
        left = [c for _, c in scored if c is not best]
        steps.append(AugmentationStep(
            step=len(steps) + 1, candidate=best.id, length_km=best.length_km, score=round(score, 4),
            components_after=groups.count,
            largest_share_after=round(groups.largest_share(parts.total_km), 4)))
    return steps


def min_length_augmentation(parts: Parts, candidates: list[GapCandidate]) -> list[GapCandidate]:
    """The candidates of a minimum-length forest joining all that the candidates can join.

    Uses :func:`networkx.k_edge_augmentation` (``k=1``, ``partial=True``) on a graph whose
    nodes are the components, with the shortest candidate per pair as ``avail``.
    """
    shortest: dict[tuple[int, int], GapCandidate] = {}
    for cand in candidates:
        key = tuple(sorted(cand.joins.components))
        if key not in shortest or cand.length_km < shortest[key].length_km:
            shortest[key] = cand
    H = nx.Graph()
    H.add_nodes_from(range(len(parts.comps)))
    if len(parts.comps) < 2 or not shortest:
        return []
    avail = [(a, b, {"weight": c.length_km}) for (a, b), c in shortest.items()]
    edges = nx.k_edge_augmentation(H, k=1, avail=avail, weight="weight", partial=True)
    return sorted((shortest[tuple(sorted(e))] for e in edges), key=lambda c: c.length_km)


def gap_report(data: NetworkData, networks: Iterable[str], phase: str,
               max_gap_km: float = DEFAULT_MAX_GAP_KM, limit: int = DEFAULT_LIMIT,
               parts: Parts | None = None, progress: Progress | None = None) -> GapReport:
    """Ranked gap candidates and the two augmentations (see the module docstring).

    Parameters
    ----------
    data : NetworkData
    networks : iterable of str
    phase : str
    max_gap_km : float
        Longest straight link considered (0-50 km).
    limit : int
        Candidates returned and greedy steps taken (1-500).
    parts : Parts, optional
        Precomputed components of the same selection.
    progress : callable, optional
        Wraps an iterable to show progress (the CLI passes tqdm).
    """
    networks = parse_networks(list(networks))
    check_phase(phase)
    max_gap_km = check_number("max_gap_km", max_gap_km, 0, MAX_GAP_KM_LIMIT)
    if not isinstance(limit, int) or not 1 <= limit <= LIMIT_MAX:
        raise ValueError(f"limit must be an integer from 1 to {LIMIT_MAX}, got {limit!r}")
    parts = parts or split_components(data, select_segments(data, networks, phase))
    cands = find_candidates(data, parts, max_gap_km, progress)
    steps = greedy_augmentation(parts, cands, limit)
    forest = min_length_augmentation(parts, cands)
    step_of = {s.candidate: s.step for s in steps}
    shown = [c.model_copy(update={"recommended_step": step_of.get(c.id)}) for c in cands[:limit]]
    return GapReport(
        networks=list(networks), phase=phase, max_gap_km=max_gap_km, limit=limit,
        components=len(parts.comps), candidates_found=len(cands), candidates=shown,
        augmentation=Augmentation(
            method="greedy: best score re-evaluated after each merge; minimum length: "
            "networkx.k_edge_augmentation(k=1, avail=candidates, partial=True)",
            greedy=steps,
            greedy_km=round(sum(s.length_km for s in steps), 3),
            greedy_components_after=steps[-1].components_after if steps else len(parts.comps),
            min_length_links=[c.id for c in forest],
            min_length_km=round(sum(c.length_km for c in forest), 3),
            min_length_components_after=len(parts.comps) - len(forest),
        ),
    )
