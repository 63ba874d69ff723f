"""Connectivity-gap analysis of the plan networks, for network operators.

Everything here is a pure function of a loaded :class:`~routes_api.data.load.NetworkData`
and parameters; results are pydantic models shared by the API (``/v1/connectivity``,
``/v1/gaps``, ``/v1/gaps/what-if``) and the CLI (``routes-api gaps``).

Method
------
Network and phase
    A report looks at a set of networks (``water scenic_rail cycling greenway connector``) at a
    phase (``existing 2025 2035 2050``); a phase includes every segment built by then. The
    networks form one undirected multigraph whose nodes are places and whose edges are segments
    (``oneway`` is ignored: connectivity is weak connectivity). Two segments are connected
    only where they share a place, the data's transfer rule.

Components
    :func:`networkx.connected_components` on that graph. Every component is kept, however
    small (no ``retain_all=False``, no ring removal): its km (sum of its segments' great-circle
    length, the same figure as :mod:`routes_api.data.report`), places, km per network,
    circles touched and, for all but the largest, its geometry. Components are numbered by
    km, largest first (ties: more places, then the smallest place id).

Gap candidates
    Straight links that would join two components, searched within ``max_gap_km``:

    * *endpoint-endpoint*: place to place (a SciPy k-d tree's ``query_pairs``);
    * *endpoint-segment*: a place to the nearest point of another component's segment
      geometry (a shapely ``STRtree`` ``dwithin`` query, then ``line_locate_point``). A foot
      closer than 100 m to either end of its segment is left to the endpoint-endpoint search.

    Geometry runs in a local equirectangular projection (metres, centred on lat 30.85°;
    under 2 % east-west error across the region), which is ample to find neighbours;
    reported lengths are great-circle (haversine) between the link's two ends. Per pair of
    components and per kind only the shortest link is kept, so the list offers distinct
    choices rather than forty variants of one gap.

Score
    ``score = benefit / (length_km + 0.5)``: benefit per km of new link, with
    ``benefit = km of the smaller side + 2 km x its places + 10 km x circles gained``.
    Joining a fragment to a network makes the *smaller* side newly reachable from the larger,
    so it rewards the km and the places joined, and the tourism circles that one side touches
    and the other does not (``circles_gained``). The 0.5 km added to the length stops 20 m
    links from scoring without bound: below a few hundred metres every link is a footpath
    and the benefit should decide. Candidates are ranked by this score (ties: shorter first).

Augmentation: which links to build
    Two augmentations are reported beside the ranking, both over the candidates found:

    * **greedy by score** (the ``recommended_step`` of a candidate): repeatedly take the
      candidate of best score *re-evaluated against the components merged so far*, skip any
      that would join two already merged parts, stop after ``limit`` links or when none is
      left. This is the list to build in order under a budget: every step is the best
      benefit per km at that point. It is used for the recommendation because operators
      build a few links at a time, and a minimum-length plan spends km evenly on tiny
      fragments and large networks alike.
    * **minimum length**: :func:`networkx.k_edge_augmentation` with ``k=1``, the candidates
      as ``avail`` (weight: length) and ``partial=True`` on the graph of components; for
      ``k=1`` this is a minimum spanning forest of the candidate links, i.e. the fewest km
      that join everything the candidates can join. Reported as the lower bound of new km.

Intermodal gaps
    * Piers, ferry terminals and rail stations farther than ``walk_m`` (default 800 m) from
      any cycling or greenway segment built by the phase, each with the straight link to the
      nearest point of those networks.
    * Tourism circles whose core places (``circles`` contains the circle and
      ``visit_min > 0``) cannot be reached from Shanghai (place ``shanghai``) by green modes
      only: the four plan networks plus the rail and ferry connectors (no bus, no taxi). A
      place counts as reached when it is a node of Shanghai's green component, or within
      ``walk_m`` of one of its places or of one of its cycling/greenway segments (one can
      step off a bike path, not off a ferry). For each component that holds unreached core
      places, the fix is the shortest straight link from it to Shanghai's component
      (place to place or place to segment).

Plan progress
    km per network at the phase against the plan's targets and phased targets, from
    :func:`routes_api.data.report.network_figures`; coverage: for each circle, the share
    of its places within 1 km of each network.

What-if
    Proposed links are GeoJSON LineStrings with ``network`` and ``phase`` (optional ``from``
    / ``to`` place ids). Each end snaps to the given place, else to the nearest place within
    1 km, else splits the nearest segment of the analysed networks within 1 km at its foot
    (two halves, same attributes), else stays a free end. The links become segments of a
    *copy* of the data (:func:`dataclasses.replace`; the loaded data is never changed) and
    every figure above is computed before and after.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from dataclasses import dataclass, replace
from typing import Callable, Iterable, Literal

import networkx as nx
import numpy as np
import shapely
from pydantic import BaseModel, ConfigDict, Field
from scipy.spatial import cKDTree

from routes_api.core.geo import EARTH_RADIUS_M, haversine_m, line_length_m
from routes_api.core.vocabulary import CIRCLE_IDS, NETWORKS, PHASES, PLAN_NETWORKS, check_lon_lat, phase_rank
from routes_api.data.schema import Corridor, Place, Segment
from routes_api.data.load import NetworkData
from routes_api.data.report import network_figures

DEFAULT_MAX_GAP_KM = 5.0
MAX_GAP_KM_LIMIT = 50.0
DEFAULT_LIMIT = 20
LIMIT_MAX = 500
DEFAULT_WALK_M = 800.0
COVERAGE_M = 1_000.0
SNAP_M = 1_000.0
END_FOOT_M = 100.0
HUB = "shanghai"
INTERMODAL_KINDS = ("pier", "ferry_terminal", "rail_station")
ACTIVE_NETWORKS = ("cycling", "greenway")
GREEN_CONNECTOR_MODES = ("rail", "ferry")
NON_GREEN_CONNECTOR_KINDS = ("bus", "taxi")
PLACE_KM = 2.0
CIRCLE_KM = 10.0
LENGTH_OFFSET_KM = 0.5
_LAT0 = 30.85
_KX = EARTH_RADIUS_M * math.cos(math.radians(_LAT0)) * math.pi / 180
_KY = EARTH_RADIUS_M * math.pi / 180

GapKind = Literal["endpoint-endpoint", "endpoint-segment"]
Progress = Callable[[Iterable], Iterable]

# ---------------------------------------------------------------------------------------------
# Result models


class _Out(BaseModel):
    model_config = ConfigDict(populate_by_name=True)


class Component(_Out):
    """One connected component of the analysed networks."""

    id: int = Field(description="0 is the largest by km")
    km: float
    places: int
    segments: int
    share_km: float = Field(description="share of the analysed network km")
    km_by_network: dict[str, float]
    label_zh: str = Field(description="its best-connected place")
    label_en: str
    circles: list[str]
    isolated: bool = Field(description="not the largest component")
    place_ids: list[str]
    geometry: dict | None = Field(None, description="GeoJSON MultiLineString (fragments only)")


class ConnectivityReport(_Out):
    networks: list[str]
    phase: str
    total_km: float
    places: int
    count: int = Field(description="number of components")
    largest_km: float
    largest_share: float = Field(description="share of the network km in the largest component")
    fragments_km: float = Field(description="km outside the largest component")
    components: list[Component] = Field(description="largest first, every fragment kept")


class LinkEnd(_Out):
    """One end of a straight link: a place, or a point on a segment."""

    place: str | None = None
    segment: str | None = Field(None, description="segment id when the end is a point on it")
    name_zh: str
    name_en: str
    component: int | None = None
    lon: float
    lat: float


class Joins(_Out):
    components: list[int] = Field(description="the two component ids")
    km: list[float] = Field(description="km of each side")
    places: list[int] = Field(description="places of each side")
    circles_gained: list[str] = Field(description="circles one side touches and the other not")
    benefit_km: float = Field(description="km of the smaller side + 2/place + 10/circle gained")


class GapCandidate(_Out):
    """A straight link that would join two components."""

    id: str
    rank: int
    kind: GapKind
    from_: LinkEnd = Field(alias="from")
    to: LinkEnd
    length_km: float
    joins: Joins
    score: float = Field(description="benefit km per km of new link (see the method)")
    recommended_step: int | None = Field(None, description="its place in the greedy augmentation")
    geometry: dict = Field(description="GeoJSON LineString, [lon, lat]")


class AugmentationStep(_Out):
    step: int
    candidate: str
    length_km: float
    score: float = Field(description="score when taken (against the parts merged so far)")
    components_after: int
    largest_share_after: float


class Augmentation(_Out):
    method: str
    greedy: list[AugmentationStep]
    greedy_km: float
    greedy_components_after: int
    min_length_links: list[str] = Field(description="candidate ids of the minimum-length forest")
    min_length_km: float
    min_length_components_after: int


class GapReport(_Out):
    networks: list[str]
    phase: str
    max_gap_km: float
    limit: int
    components: int
    candidates_found: int = Field(description="before the limit")
    candidates: list[GapCandidate]
    augmentation: Augmentation


class Link(_Out):
    """A straight link from a place to a network."""

    to: LinkEnd
    length_km: float
    geometry: dict


class StationGap(_Out):
    place: str
    name_zh: str
    name_en: str
    kind: str
    city: str
    distance_m: float | None = Field(description="to the nearest cycling/greenway (null: none built)")
    link: Link | None


class CircleFix(_Out):
    from_: LinkEnd = Field(alias="from")
    places_fixed: list[str]
    link: Link


class CircleReach(_Out):
    circle: str
    core_places: int
    reached: int
    unreached: list[str]
    fixes: list[CircleFix]
    fix_km: float


class IntermodalReport(_Out):
    phase: str
    walk_m: float
    stations: int
    stations_linked: int
    station_gaps: list[StationGap]
    hub: str
    circles: list[CircleReach]


class NetworkProgress(_Out):
    network: str
    name_zh: str
    name_en: str
    km_at_phase: float
    km_all_phases: float
    target_km: float | None
    share_of_target: float | None
    phase_target_km: float | None = Field(description="the plan's phased target for this phase")
    phase_ok: bool | None


class CircleCoverage(_Out):
    circle: str
    places: int
    share: dict[str, float] = Field(description="network -> share of the circle's places within 1 km")


class ProgressReport(_Out):
    phase: str
    coverage_m: float
    networks: list[NetworkProgress]
    coverage: list[CircleCoverage]


class Headline(_Out):
    components: int
    largest_share: float
    total_km: float
    candidates_found: int | None = Field(description="null when gaps were not computed")
    station_gaps: int
    unreached_core_places: int
    circles_fully_reached: int


class ConnectivitySummary(_Out):
    headline: Headline
    connectivity: ConnectivityReport
    intermodal: IntermodalReport
    progress: ProgressReport


class GapAnalysis(ConnectivitySummary):
    gaps: GapReport


class Snap(_Out):
    how: Literal["given", "place", "split", "free"]
    place: str = Field(description="the place (or the new junction) the end is tied to")
    segment: str | None = Field(None, description="the segment split (how=split)")
    distance_m: float


class ProposedLink(_Out):
    """A proposed link as parsed from a GeoJSON Feature."""

    network: Literal["water", "scenic_rail", "cycling", "greenway", "connector"]
    phase: Literal["existing", "2025", "2035", "2050"]
    coords: list[tuple[float, float]] = Field(min_length=2, max_length=2000)
    from_: str | None = Field(None, alias="from")
    to: str | None = None
    name: str | None = None


class WhatIfLink(_Out):
    index: int
    id: str
    network: str
    phase: str
    from_: Snap = Field(alias="from")
    to: Snap
    length_km: float
    counted: bool = Field(description="built by the phase and in the analysed networks")


class WhatIfReport(_Out):
    networks: list[str]
    phase: str
    links: list[WhatIfLink]
    before: Headline
    after: Headline
    delta: dict[str, float]
    before_report: GapAnalysis
    after_report: GapAnalysis


# ---------------------------------------------------------------------------------------------
# Parameters


def parse_networks(text: str | Iterable[str] | None) -> tuple[str, ...]:
    """Parse ``cycling,greenway`` into a tuple of network names in canonical order.

    Raises
    ------
    ValueError
        Naming the unknown networks and the valid ones.
    """
    if text is None:
        items = list(PLAN_NETWORKS)
    elif isinstance(text, str):
        items = [t.strip() for t in text.split(",") if t.strip()]
    else:
        items = [str(t).strip() for t in text]
    if not items:
        raise ValueError(f"networks is empty: give one or more of {', '.join(NETWORKS)}")
    unknown = sorted(set(items) - set(NETWORKS))
    if unknown:
        raise ValueError(f"unknown network {', '.join(unknown)}: use one or more of {', '.join(NETWORKS)}")
    return tuple(n for n in NETWORKS if n in items)


def check_phase(phase: str) -> str:
    """Return `phase` or raise ValueError naming the valid phases."""
    if phase not in PHASES:
        raise ValueError(f"unknown phase {phase!r}: use one of {', '.join(PHASES)}")
    return phase


def check_number(name: str, value: float, low: float, high: float) -> float:
    """Return `value` if finite and in (low, high]; else ValueError saying what to give."""
    if not isinstance(value, (int, float)) or not math.isfinite(value) or not low < value <= high:
        raise ValueError(f"{name} must be a finite number above {low:g} and at most {high:g}, got {value!r}")
    return float(value)


# ---------------------------------------------------------------------------------------------
# Geometry helpers


def to_xy(lon, lat):
    """Project lon/lat degrees to local equirectangular metres (arrays or scalars)."""
    return np.asarray(lon, dtype=float) * _KX, np.asarray(lat, dtype=float) * _KY


def to_lonlat(x, y):
    """Inverse of :func:`to_xy`."""
    return np.asarray(x, dtype=float) / _KX, np.asarray(y, dtype=float) / _KY


def _xy_line(coords) -> shapely.LineString:
    arr = np.asarray(coords, dtype=float)
    x, y = to_xy(arr[:, 0], arr[:, 1])
    return shapely.LineString(np.column_stack([x, y]))


def _r6(value: float) -> float:
    return round(float(value), 6)


def line_geojson(coords) -> dict:
    """A GeoJSON LineString with [lon, lat] rounded to 6 decimals."""
    return {"type": "LineString", "coordinates": [[_r6(lon), _r6(lat)] for lon, lat in coords]}


def _straight_km(a: tuple[float, float], b: tuple[float, float]) -> float:
    return float(haversine_m(a[0], a[1], b[0], b[1])) / 1000


# ---------------------------------------------------------------------------------------------
# Selection and graph


def select_segments(data: NetworkData, networks: Iterable[str], phase: str) -> list[Segment]:
    """Segments of `networks` built by `phase`."""
    wanted, limit = set(networks), phase_rank(phase)
    return [s for s in data.segments if s.network in wanted and phase_rank(s.phase) <= limit]


def is_green(seg: Segment) -> bool:
    """True for plan-network segments and rail/ferry connectors (not bus, not taxi)."""
    if seg.network != "connector":
        return True
    return seg.mode in GREEN_CONNECTOR_MODES and seg.connector_kind not in NON_GREEN_CONNECTOR_KINDS


def green_segments(data: NetworkData, phase: str) -> list[Segment]:
    """Segments usable by green modes only, built by `phase`."""
    return [s for s in select_segments(data, NETWORKS, phase) if is_green(s)]


def segment_graph(data: NetworkData, segments: Iterable[Segment]) -> nx.MultiGraph:
    """Undirected multigraph: nodes are place ids, edges are segments keyed by id with ``km``."""
    G = nx.MultiGraph()
    for seg in segments:
        for pid in (seg.from_, seg.to):
            if pid not in G:
                place = data.places[pid]
                G.add_node(pid, lon=place.lon, lat=place.lat)
        G.add_edge(seg.from_, seg.to, key=seg.id, km=line_length_m(seg.coords) / 1000, network=seg.network)
    return G


@dataclass(frozen=True)
class Parts:
    """Components of one segment set, as the other functions need them."""

    segments: tuple[Segment, ...]
    comps: tuple[tuple[str, ...], ...]  # place ids per component, largest first
    comp_of: dict[str, int]  # place id -> component
    seg_comp: tuple[int, ...]  # component of each segment
    km: tuple[float, ...]
    seg_km: tuple[float, ...]
    circles: tuple[frozenset, ...]

    @property
    def total_km(self) -> float:
        return float(sum(self.km))


def split_components(data: NetworkData, segments: Iterable[Segment]) -> Parts:
    """Connected components of `segments`, numbered largest (km) first."""
    segments = tuple(segments)
    G = segment_graph(data, segments)
    seg_km = tuple(line_length_m(s.coords) / 1000 for s in segments)
    raw = [sorted(c) for c in nx.connected_components(G)]
    km_raw = [sum(d["km"] for _, _, d in G.subgraph(c).edges(data=True)) for c in raw]
    order = sorted(range(len(raw)), key=lambda i: (-km_raw[i], -len(raw[i]), raw[i][0]))
    comps = tuple(tuple(raw[i]) for i in order)
    comp_of = {pid: ci for ci, comp in enumerate(comps) for pid in comp}
    seg_comp = tuple(comp_of[s.from_] for s in segments)
    km = [0.0] * len(comps)
    for ci, k in zip(seg_comp, seg_km):
        km[ci] += k
    circles = tuple(frozenset(c for pid in comp for c in data.places[pid].circles) for comp in comps)
    return Parts(segments, comps, comp_of, seg_comp, tuple(km), seg_km, circles)


# ---------------------------------------------------------------------------------------------
# Components


def _label(data: NetworkData, segments: list[Segment], comp: tuple[str, ...]) -> Place:
    degree = Counter()
    for seg in segments:
        degree[seg.from_] += 1
        degree[seg.to] += 1
    best = max(comp, key=lambda pid: (data.places[pid].kind == "city_center", degree[pid], pid))
    return data.places[best]


def _component_model(data: NetworkData, parts: Parts, ci: int, with_geometry: bool) -> Component:
    segs = [s for s, c in zip(parts.segments, parts.seg_comp) if c == ci]
    kms = [k for k, c in zip(parts.seg_km, parts.seg_comp) if c == ci]
    by_net: dict[str, float] = defaultdict(float)
    for seg, k in zip(segs, kms):
        by_net[seg.network] += k
    label = _label(data, segs, parts.comps[ci])
    total = parts.total_km
    geometry = None
    if with_geometry:
        geometry = {
            "type": "MultiLineString",
            "coordinates": [[[_r6(x), _r6(y)] for x, y in s.coords] for s in segs],
        }
    return Component(
        id=ci,
        km=round(parts.km[ci], 3),
        places=len(parts.comps[ci]),
        segments=len(segs),
        share_km=round(parts.km[ci] / total, 4) if total else 0.0,
        km_by_network={k: round(v, 3) for k, v in sorted(by_net.items())},
        label_zh=label.name_zh,
        label_en=label.name_en,
        circles=sorted(parts.circles[ci]),
        isolated=ci > 0,
        place_ids=list(parts.comps[ci]),
        geometry=geometry,
    )


def connectivity_report(data: NetworkData, networks: Iterable[str], phase: str,
                        parts: Parts | None = None) -> ConnectivityReport:
    """Components of `networks` at `phase`: count, km, places, largest share, every fragment.

    Parameters
    ----------
    data : NetworkData
    networks : iterable of str
        Network names (see :func:`parse_networks`).
    phase : str
    parts : Parts, optional
        Precomputed :func:`split_components` of the same selection.
    """
    networks = parse_networks(list(networks))
    check_phase(phase)
    parts = parts or split_components(data, select_segments(data, networks, phase))
    comps = [_component_model(data, parts, ci, with_geometry=ci > 0) for ci in range(len(parts.comps))]
    total = parts.total_km
    largest = parts.km[0] if parts.km else 0.0
    return ConnectivityReport(
        networks=list(networks),
        phase=phase,
        total_km=round(total, 3),
        places=len(parts.comp_of),
        count=len(comps),
        largest_km=round(largest, 3),
        largest_share=round(largest / total, 4) if total else 0.0,
        fragments_km=round(total - largest, 3),
        components=comps,
    )


# ---------------------------------------------------------------------------------------------
# Gap candidates


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


# ---------------------------------------------------------------------------------------------
# Intermodal gaps


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


# ---------------------------------------------------------------------------------------------
# Plan progress


def circle_coverage(data: NetworkData, networks: Iterable[str], phase: str,
                    within_m: float = COVERAGE_M) -> list[CircleCoverage]:
    """For each circle, the share of its places within `within_m` of each network."""
    by_circle = {c: [p for p in data.places.values() if c in p.circles] for c in CIRCLE_IDS}
    near: dict[str, set[str]] = {}
    ids = list(data.places)
    x, y = to_xy([data.places[p].lon for p in ids], [data.places[p].lat for p in ids])
    points = shapely.points(np.column_stack([x, y]))
    for network in networks:
        lines = [_xy_line(s.coords) for s in select_segments(data, [network], phase)]
        hit = shapely.STRtree(lines).query(points, predicate="dwithin", distance=within_m) if lines else [[]]
        near[network] = {ids[i] for i in set(np.asarray(hit[0]).tolist())}
    out = []
    for circle, places in by_circle.items():
        if not places:
            continue
        share = {n: round(sum(p.id in near[n] for p in places) / len(places), 4) for n in networks}
        out.append(CircleCoverage(circle=circle, places=len(places), share=share))
    return out


def progress_report(data: NetworkData, networks: Iterable[str], phase: str) -> ProgressReport:
    """km per network at `phase` against the plan's targets, and circle coverage."""
    networks = parse_networks(list(networks))
    check_phase(phase)
    figures = network_figures(data)
    rows = []
    for network in networks:
        fig = figures[network]
        km = fig["cumulative_km"][phase]
        target = fig["target_km"]
        phased = fig["phasing"].get(phase)
        rows.append(NetworkProgress(
            network=network, name_zh=fig["name_zh"], name_en=fig["name_en"], km_at_phase=km,
            km_all_phases=fig["km"], target_km=target,
            share_of_target=round(km / target, 4) if target else None,
            phase_target_km=phased["target_km"] if phased else None,
            phase_ok=phased["ok"] if phased else None))
    return ProgressReport(phase=phase, coverage_m=COVERAGE_M, networks=rows,
                          coverage=circle_coverage(data, networks, phase))


# ---------------------------------------------------------------------------------------------
# Everything together


def headline(conn: ConnectivityReport, inter: IntermodalReport, gaps: GapReport | None = None) -> Headline:
    """The few numbers a what-if compares."""
    return Headline(
        components=conn.count, largest_share=conn.largest_share, total_km=conn.total_km,
        candidates_found=gaps.candidates_found if gaps else None,
        station_gaps=len(inter.station_gaps),
        unreached_core_places=sum(len(c.unreached) for c in inter.circles),
        circles_fully_reached=sum(not c.unreached for c in inter.circles))


def connectivity_summary(data: NetworkData, networks: Iterable[str], phase: str,
                         walk_m: float = DEFAULT_WALK_M) -> ConnectivitySummary:
    """Components, intermodal gaps and plan progress (``GET /v1/connectivity``)."""
    networks = parse_networks(list(networks))
    conn = connectivity_report(data, networks, phase)
    inter = intermodal_report(data, phase, walk_m)
    return ConnectivitySummary(headline=headline(conn, inter), connectivity=conn, intermodal=inter,
                               progress=progress_report(data, networks, phase))


def gap_analysis(data: NetworkData, networks: Iterable[str], phase: str,
                 max_gap_km: float = DEFAULT_MAX_GAP_KM, limit: int = DEFAULT_LIMIT,
                 walk_m: float = DEFAULT_WALK_M, progress: Progress | None = None) -> GapAnalysis:
    """All four analyses of one selection."""
    networks = parse_networks(list(networks))
    check_phase(phase)
    parts = split_components(data, select_segments(data, networks, phase))
    conn = connectivity_report(data, networks, phase, parts)
    gaps = gap_report(data, networks, phase, max_gap_km, limit, parts, progress)
    inter = intermodal_report(data, phase, walk_m)
    return GapAnalysis(headline=headline(conn, inter, gaps), connectivity=conn, gaps=gaps,
                       intermodal=inter, progress=progress_report(data, networks, phase))


# ---------------------------------------------------------------------------------------------
# What-if


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


# ---------------------------------------------------------------------------------------------
# GeoJSON


def _finite(value):
    if isinstance(value, float) and not math.isfinite(value):
        return None
    return value


def candidates_geojson(report: GapReport, connectivity: ConnectivityReport | None = None) -> dict:
    """RFC 7946 FeatureCollection of the candidates (LineStrings, [lon, lat]), optionally
    followed by the isolated components (MultiLineStrings, ``feature`` = ``component``)."""
    features = []
    for c in report.candidates:
        features.append({
            "type": "Feature",
            "id": c.id,
            "geometry": c.geometry,
            "properties": {
                "feature": "gap_candidate", "id": c.id, "rank": c.rank, "kind": c.kind,
                "score": c.score, "length_km": c.length_km,
                "from_place": c.from_.place, "from_name_zh": c.from_.name_zh, "from_name_en": c.from_.name_en,
                "to_place": c.to.place, "to_segment": c.to.segment,
                "to_name_zh": c.to.name_zh, "to_name_en": c.to.name_en,
                "component_a": c.joins.components[0], "component_b": c.joins.components[1],
                "km_a": c.joins.km[0], "km_b": c.joins.km[1],
                "places_a": c.joins.places[0], "places_b": c.joins.places[1],
                "circles_gained": ",".join(c.joins.circles_gained),
                "recommended_step": c.recommended_step,
                "networks": ",".join(report.networks), "phase": report.phase,
            },
        })
    for comp in (connectivity.components if connectivity else []):
        if comp.geometry is None:
            continue
        features.append({
            "type": "Feature",
            "id": f"component-{comp.id}",
            "geometry": comp.geometry,
            "properties": {"feature": "component", "id": f"component-{comp.id}", "component": comp.id,
                           "km": comp.km, "places": comp.places, "label_zh": comp.label_zh,
                           "label_en": comp.label_en},
        })
    for feat in features:
        feat["properties"] = {k: _finite(v) for k, v in feat["properties"].items()}
    return {"type": "FeatureCollection", "features": features}
