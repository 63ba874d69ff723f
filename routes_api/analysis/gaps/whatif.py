"""What-if: proposed links added to a copy of the data, every figure before and after."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Iterable

import numpy as np
import shapely

from routes_api.core.geo import haversine_m, line_length_m
from routes_api.core.vocabulary import NETWORKS, PHASES, check_lon_lat, phase_rank
from routes_api.data.schema import Corridor, Place, Segment
from routes_api.data.load import NetworkData
from routes_api.analysis.gaps.geometry import _r6, _xy_line, to_lonlat, to_xy
from routes_api.analysis.gaps.models import ProposedLink, Snap, WhatIfLink, WhatIfReport
from routes_api.analysis.gaps.params import DEFAULT_LIMIT, DEFAULT_MAX_GAP_KM, DEFAULT_WALK_M, SNAP_M, parse_networks
from routes_api.analysis.gaps.summary import gap_analysis


def parse_links(doc) -> list[ProposedLink]:
    """Proposed links from a GeoJSON FeatureCollection, a Feature or a list of Features.

    Raises
    ------
    ValueError
        Naming the feature and what to fix.
    """
    if isinstance(doc, dict) and doc.get("type") == "FeatureCollection":
        features = doc.get("features")
    elif isinstance(doc, dict) and doc.get("type") == "Feature":
        features = [doc]
    else:
        features = doc
    if not isinstance(features, list) or not features:
        raise ValueError("links must be a GeoJSON FeatureCollection with at least one LineString Feature")
    out = []
    for i, feat in enumerate(features):
        geom = feat.get("geometry") if isinstance(feat, dict) else None
        props = (feat.get("properties") or {}) if isinstance(feat, dict) else {}
        if not isinstance(geom, dict) or geom.get("type") != "LineString":
            raise ValueError(f"link #{i}: geometry must be a GeoJSON LineString")
        coords = geom.get("coordinates")
        if not isinstance(coords, list) or len(coords) < 2:
            raise ValueError(f"link #{i}: a LineString needs at least two [lon, lat] positions")
        clean = []
        for pos in coords:
            if (not isinstance(pos, (list, tuple)) or len(pos) < 2
                    or not all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in pos[:2])):
                raise ValueError(f"link #{i}: position {pos!r} is not [lon, lat] numbers")
            try:
                check_lon_lat(float(pos[0]), float(pos[1]))
            except ValueError as exc:
                raise ValueError(f"link #{i}: {exc}") from None
            clean.append((float(pos[0]), float(pos[1])))
        if props.get("network") not in NETWORKS:
            raise ValueError(f"link #{i}: properties.network must be one of {', '.join(NETWORKS)}, "
                             f"got {props.get('network')!r}")
        if props.get("phase") not in PHASES:
            raise ValueError(f"link #{i}: properties.phase must be one of {', '.join(PHASES)}, "
                             f"got {props.get('phase')!r}")
        out.append(ProposedLink(network=props["network"], phase=props["phase"], coords=clean,
                                **{"from": props.get("from")}, to=props.get("to"), name=props.get("name")))
    return out


_LINK_DEFAULTS = {
    "water": {"mode": "boat", "water_kind": "river", "service": "sightseeing_boat"},
    "scenic_rail": {"mode": "scenic_train", "rail_kind": "sightseeing_train"},
    "cycling": {"mode": "bike", "sub_network": "central"},
    "greenway": {"mode": "walk", "level": 2, "greenway_type": "countryside"},
    "connector": {"mode": "rail", "connector_kind": "intercity_rail"},
}


def _split_coords(coords, foot_xy) -> tuple[list, list]:
    """Split a lon/lat polyline at the foot (projected metres) on it: (head, tail)."""
    arr = np.asarray(coords, dtype=float)
    x, y = to_xy(arr[:, 0], arr[:, 1])
    foot = shapely.Point(foot_xy)
    steps = [shapely.LineString([(x[i], y[i]), (x[i + 1], y[i + 1])]) for i in range(len(arr) - 1)]
    i = int(np.argmin([s.distance(foot) for s in steps]))
    flon, flat = (float(v) for v in to_lonlat(*foot_xy))
    head = [tuple(c) for c in arr[: i + 1].tolist()] + [(flon, flat)]
    tail = [(flon, flat)] + [tuple(c) for c in arr[i + 1:].tolist()]
    return head, tail


@dataclass
class _Edit:
    """Places and segments of the what-if copy, grown link by link (local to one call)."""

    places: dict[str, Place]
    segments: list[Segment]
    corridors: dict[str, Corridor]


def _junction(edit: _Edit, pid: str, lon: float, lat: float, city: str) -> Place:
    place = Place(id=pid, name_zh="拟建连接点", name_en="Proposed junction", kind="village", city=city,
                  lodging=False, visit_min=0, source="what-if", lon=_r6(lon), lat=_r6(lat))
    edit.places[pid] = place
    return place


def _snap_end(edit: _Edit, networks: tuple[str, ...], phase: str, pos: tuple[float, float],
              given: str | None, new_id: str, exclude: str | None = None) -> Snap:
    """Tie one end of a proposed link to a place (given, nearest, split segment or new).

    `exclude` is the place the other end is tied to: this end never snaps to it, so a short
    link from a place to a segment passing it splits the segment.
    """
    if given is not None:
        if given not in edit.places:
            raise ValueError(f"place {given!r} is not in places.geojson")
        p = edit.places[given]
        return Snap(how="given", place=given, distance_m=round(float(haversine_m(*pos, p.lon, p.lat)), 1))
    ids = [p for p in edit.places if p != exclude]
    lon = np.array([edit.places[p].lon for p in ids])
    lat = np.array([edit.places[p].lat for p in ids])
    dist = haversine_m(pos[0], pos[1], lon, lat)
    j = int(np.argmin(dist))
    if dist[j] <= SNAP_M:
        return Snap(how="place", place=ids[j], distance_m=round(float(dist[j]), 1))
    limit = phase_rank(phase)
    pool = [i for i, s in enumerate(edit.segments) if s.network in networks and phase_rank(s.phase) <= limit]
    nearest_city = edit.places[ids[j]].city
    if pool:
        lines = [_xy_line(edit.segments[i].coords) for i in pool]
        point = shapely.Point(*(float(v) for v in to_xy(*pos)))
        k = int(np.argmin(shapely.distance(np.array(lines, dtype=object), point)))
        line = lines[k]
        foot = line.interpolate(line.project(point))
        flon, flat = (float(v) for v in to_lonlat(foot.x, foot.y))
        gap = float(haversine_m(pos[0], pos[1], flon, flat))
        if gap <= SNAP_M:
            seg = edit.segments[pool[k]]
            head, tail = _split_coords(seg.coords, (foot.x, foot.y))
            junction = _junction(edit, new_id, flon, flat, edit.places[seg.from_].city)
            first = seg.model_copy(update={"id": f"{seg.id}-{new_id}-a", "to": junction.id, "coords": tuple(head)})
            second = seg.model_copy(update={"id": f"{seg.id}-{new_id}-b", "from_": junction.id, "coords": tuple(tail)})
            edit.segments[pool[k]: pool[k] + 1] = [first, second]
            return Snap(how="split", place=junction.id, segment=seg.id, distance_m=round(gap, 1))
    _junction(edit, new_id, pos[0], pos[1], nearest_city)
    return Snap(how="free", place=new_id, distance_m=0.0)


def apply_links(data: NetworkData, links: list[ProposedLink], networks: Iterable[str],
                phase: str) -> tuple[NetworkData, list[WhatIfLink]]:
    """A copy of `data` with the proposed links added as segments (the original is untouched)."""
    networks = parse_networks(list(networks))
    edit = _Edit(dict(data.places), list(data.segments), dict(data.corridors))
    results = []
    for i, link in enumerate(links, start=1):
        start = _snap_end(edit, networks, phase, link.coords[0], link.from_, f"whatif-{i}-from")
        end = _snap_end(edit, networks, phase, link.coords[-1], link.to, f"whatif-{i}-to", start.place)
        if start.place == end.place:
            raise ValueError(f"link #{i - 1}: both ends snap to {start.place!r}; draw it between two places")
        a, b = edit.places[start.place], edit.places[end.place]
        coords = [(a.lon, a.lat), *link.coords[1:-1], (b.lon, b.lat)]
        corridor = f"whatif-{link.network.replace('_', '-')}"
        edit.corridors.setdefault(corridor, Corridor(
            id=corridor, network=link.network, name_zh="拟建连接", name_en="Proposed link", kind="what-if",
            source="what-if"))
        sid = f"whatif-{i}"
        edit.segments.append(Segment(
            id=sid, network=link.network, corridor=corridor, name_zh=link.name or "拟建连接",
            name_en=link.name or "Proposed link", **{"from": a.id}, to=b.id, phase=link.phase,
            coords=tuple(coords), **_LINK_DEFAULTS[link.network]))
        results.append(WhatIfLink(
            index=i - 1, id=sid, network=link.network, phase=link.phase, **{"from": start}, to=end,
            length_km=round(line_length_m(coords) / 1000, 3),
            counted=link.network in networks and phase_rank(link.phase) <= phase_rank(phase)))
    untouched = {id(s) for s in data.segments}
    lengths = {s.id: data.segment_km[s.id] if id(s) in untouched else line_length_m(s.coords) / 1000
               for s in edit.segments}
    new = replace(data, places=edit.places, segments=tuple(edit.segments), corridors=edit.corridors,
                  fingerprint=f"{data.fingerprint}+whatif{len(links)}", segment_km=lengths)
    return new, results


def what_if(data: NetworkData, links: list[ProposedLink], networks: Iterable[str], phase: str,
            max_gap_km: float = DEFAULT_MAX_GAP_KM, limit: int = DEFAULT_LIMIT,
            walk_m: float = DEFAULT_WALK_M) -> WhatIfReport:
    """Before/after figures of all analyses for the proposed `links`.

    Parameters
    ----------
    data : NetworkData
        The loaded data; not changed.
    links : list of ProposedLink
        From :func:`parse_links`.
    networks, phase, max_gap_km, limit, walk_m
        As for :func:`gap_analysis`.
    """
    networks = parse_networks(list(networks))
    before = gap_analysis(data, networks, phase, max_gap_km, limit, walk_m)
    changed, results = apply_links(data, links, networks, phase)
    after = gap_analysis(changed, networks, phase, max_gap_km, limit, walk_m)
    b, a = before.headline.model_dump(), after.headline.model_dump()
    return WhatIfReport(networks=list(networks), phase=phase, links=results, before=before.headline,
                        after=after.headline, delta={k: round(a[k] - b[k], 4) for k in b},
                        before_report=before, after_report=after)
