"""Which segments a report looks at, their graph and its connected components."""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass
from typing import Iterable

import networkx as nx

from routes_api.core.geo import line_length_m
from routes_api.core.vocabulary import NETWORKS, phase_rank
from routes_api.data.schema import Place, Segment
from routes_api.data.load import NetworkData
from routes_api.analysis.gaps.geometry import _r6
from routes_api.analysis.gaps.models import Component, ConnectivityReport
from routes_api.analysis.gaps.params import GREEN_CONNECTOR_MODES, NON_GREEN_CONNECTOR_KINDS, check_phase, parse_networks


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
