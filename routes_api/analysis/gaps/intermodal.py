"""Intermodal gaps: stations and piers off the active networks, circles unreachable by green modes."""

from __future__ import annotations

from collections import defaultdict

import numpy as np
import shapely
from scipy.spatial import cKDTree

from routes_api.core.geo import haversine_m
from routes_api.core.vocabulary import CIRCLE_IDS
from routes_api.data.schema import Segment
from routes_api.data.load import NetworkData
from routes_api.analysis.gaps.candidates import _end_for_place, _end_for_point
from routes_api.analysis.gaps.components import green_segments, select_segments, split_components
from routes_api.analysis.gaps.geometry import _straight_km, _xy_line, line_geojson, to_lonlat, to_xy
from routes_api.analysis.gaps.models import CircleFix, CircleReach, IntermodalReport, Link, LinkEnd, StationGap
from routes_api.analysis.gaps.params import ACTIVE_NETWORKS, DEFAULT_WALK_M, END_FOOT_M, HUB, INTERMODAL_KINDS, check_number, check_phase


def _nearest_on(data: NetworkData, segments: list[Segment], lines, tree, lon: float, lat: float,
                component: int | None = None) -> tuple[float, LinkEnd] | None:
    """Great-circle km and end of the shortest link from (lon, lat) to `segments`."""
    if not segments:
        return None
    x, y = to_xy(lon, lat)
    point = shapely.Point(float(x), float(y))
    i = int(tree.nearest(point))
    line = lines[i]
    foot = line.interpolate(line.project(point))
    flon, flat = to_lonlat(foot.x, foot.y)
    seg = segments[i]
    for pid in (seg.from_, seg.to):  # a foot at a segment's end is its place
        p = data.places[pid]
        if float(haversine_m(p.lon, p.lat, flon, flat)) <= END_FOOT_M:
            return _straight_km((lon, lat), (p.lon, p.lat)), _end_for_place(data, pid, component)
    return _straight_km((lon, lat), (float(flon), float(flat))), _end_for_point(seg, (flon, flat), component)


def _link(start: tuple[float, float], km: float, end: LinkEnd) -> Link:
    return Link(to=end, length_km=round(km, 3), geometry=line_geojson([start, (end.lon, end.lat)]))


def station_gaps(data: NetworkData, phase: str, walk_m: float = DEFAULT_WALK_M) -> tuple[int, list[StationGap]]:
    """Piers, ferry terminals and rail stations with no cycling/greenway within `walk_m`.

    Returns
    -------
    (int, list of StationGap)
        The number of such places, and the gaps, shortest fix first.
    """
    active = select_segments(data, ACTIVE_NETWORKS, phase)
    lines = [_xy_line(s.coords) for s in active]
    tree = shapely.STRtree(lines) if lines else None
    stations = [p for p in data.places.values() if p.kind in INTERMODAL_KINDS]
    gaps = []
    for p in stations:
        near = _nearest_on(data, active, lines, tree, p.lon, p.lat)
        if near is not None and near[0] * 1000 <= walk_m:
            continue
        gaps.append(StationGap(
            place=p.id, name_zh=p.name_zh, name_en=p.name_en, kind=p.kind, city=p.city,
            distance_m=round(near[0] * 1000, 1) if near else None,
            link=_link((p.lon, p.lat), *near) if near else None))
    gaps.sort(key=lambda g: (g.distance_m is None, g.distance_m or 0.0, g.place))
    return len(stations), gaps


def core_places(data: NetworkData, circle: str) -> list[str]:
    """Places of `circle` worth a visit (``visit_min > 0``)."""
    return sorted(p.id for p in data.places.values() if circle in p.circles and p.visit_min > 0)


def _reached_places(data: NetworkData, hub_segments: list[Segment], hub_nodes: set[str],
                    walk_m: float) -> set[str]:
    """Places on the hub component or within `walk_m` of its places or active segments."""
    ids = list(data.places)
    lon = np.array([data.places[p].lon for p in ids])
    lat = np.array([data.places[p].lat for p in ids])
    x, y = to_xy(lon, lat)
    reached = set(hub_nodes)
    hub = np.array([i for i, p in enumerate(ids) if p in hub_nodes], dtype=int)
    if len(hub):
        _, j = cKDTree(np.column_stack([x[hub], y[hub]])).query(np.column_stack([x, y]))
        near = hub[j]
        dist = haversine_m(lon, lat, lon[near], lat[near])
        reached |= {ids[i] for i in np.flatnonzero(dist <= walk_m)}
    active = [_xy_line(s.coords) for s in hub_segments if s.network in ACTIVE_NETWORKS]
    if active:
        points = shapely.points(np.column_stack([x, y]))
        hit = shapely.STRtree(active).query(points, predicate="dwithin", distance=walk_m)
        reached |= {ids[i] for i in set(hit[0].tolist())}
    return reached


def _fix_link(data: NetworkData, comp_places: list[str], hub_nodes: list[str], kd: cKDTree | None,
              hub_segments: list[Segment], hub_lines, hub_tree) -> tuple[str, float, LinkEnd] | None:
    """Shortest straight link from any of `comp_places` to the hub component (`kd`: its places)."""
    best = None
    for pid in comp_places:
        p = data.places[pid]
        options = []
        if kd is not None:
            _, j = kd.query(np.column_stack(to_xy(p.lon, p.lat))[0])
            h = data.places[hub_nodes[int(j)]]
            options.append((_straight_km((p.lon, p.lat), (h.lon, h.lat)), _end_for_place(data, h.id, 0)))
        near = _nearest_on(data, hub_segments, hub_lines, hub_tree, p.lon, p.lat, component=0)
        if near is not None:
            options.append(near)
        for km, end in options:
            if best is None or km < best[1]:
                best = (pid, km, end)
    return best


def circle_reach(data: NetworkData, phase: str, walk_m: float = DEFAULT_WALK_M) -> list[CircleReach]:
    """Which circles' core places Shanghai reaches by green modes, and the link fixing each."""
    parts = split_components(data, green_segments(data, phase))
    hub_ci = parts.comp_of.get(HUB)
    hub_nodes = set(parts.comps[hub_ci]) if hub_ci is not None else ({HUB} if HUB in data.places else set())
    hub_segments = [s for s, c in zip(parts.segments, parts.seg_comp) if hub_ci is not None and c == hub_ci]
    reached = _reached_places(data, hub_segments, hub_nodes, walk_m)
    hub_lines = [_xy_line(s.coords) for s in hub_segments]
    hub_tree = shapely.STRtree(hub_lines) if hub_lines else None
    hub_list = sorted(hub_nodes)
    kd = cKDTree(np.column_stack(to_xy([data.places[h].lon for h in hub_list],
                                       [data.places[h].lat for h in hub_list]))) if hub_list else None
    out = []
    for circle in CIRCLE_IDS:
        core = core_places(data, circle)
        if not core:
            continue
        missing = [pid for pid in core if pid not in reached]
        groups: dict[object, list[str]] = defaultdict(list)
        for pid in missing:
            groups[parts.comp_of.get(pid, pid)].append(pid)
        fixes = []
        for key, fixed in groups.items():
            members = list(parts.comps[key]) if isinstance(key, int) else [key]
            found = _fix_link(data, members, hub_list, kd, hub_segments, hub_lines, hub_tree)
            if found is None:
                continue
            pid, km, end = found
            p = data.places[pid]
            fixes.append(CircleFix(**{"from": _end_for_place(data, pid, key if isinstance(key, int) else None)},
                                   places_fixed=sorted(fixed), link=_link((p.lon, p.lat), km, end)))
        fixes.sort(key=lambda f: f.link.length_km)
        out.append(CircleReach(circle=circle, core_places=len(core), reached=len(core) - len(missing),
                               unreached=missing, fixes=fixes,
                               fix_km=round(sum(f.link.length_km for f in fixes), 3)))
    return out


def intermodal_report(data: NetworkData, phase: str, walk_m: float = DEFAULT_WALK_M) -> IntermodalReport:
    """Station gaps and circle reach from Shanghai (see the module docstring)."""
    check_phase(phase)
    walk_m = check_number("walk_m", walk_m, 0, 10_000)
    total, gaps = station_gaps(data, phase, walk_m)
    return IntermodalReport(phase=phase, walk_m=walk_m, stations=total, stations_linked=total - len(gaps),
                            station_gaps=gaps, hub=HUB, circles=circle_reach(data, phase, walk_m))
