"""Build one networkx MultiDiGraph from the network data, in osmnx's conventions.

Nodes are places with ``x``/``y`` in WGS84, keyed like OSM nodes by an integer (a stable
hash of the place id, because osmnx's tools cast node ids to ``int``) and carrying the
place id in ``place``; ``G.graph["node_of"]`` maps place id -> node; every segment becomes an edge
in each direction it can be travelled, keyed by the segment id, with ``length`` in metres,
a shapely ``geometry`` running from ``u`` to ``v``, and ``network``, ``mode``, ``corridor``,
``phase``. Places shared by several networks are the transfer points: the planners decide
what a change of mode there costs; the graph only says which edges meet.
"""

from __future__ import annotations

import hashlib

import networkx as nx
from shapely.geometry import LineString

from routes_api.core.geo import haversine_m, line_length_m
from routes_api.core.vocabulary import PHASES, phase_rank
from routes_api.data.schema import Segment
from routes_api.data.load import NetworkData

CRS = "EPSG:4326"
# Snap tolerance when the authored first/last vertex and the place differ slightly.
_SAME_POINT_M = 1.0

_EDGE_KIND_ATTRS = (
    "water_kind",
    "service",
    "rail_kind",
    "sub_network",
    "level",
    "greenway_type",
    "connector_kind",
    "headway_min",
    "duration_min",
)


def _anchored_coords(seg: Segment, start: tuple[float, float], end: tuple[float, float]):
    """Return the segment's coordinates starting exactly at `start` and ending at `end`."""
    coords = list(seg.coords)
    if haversine_m(*coords[0], *start) <= _SAME_POINT_M:
        coords[0] = start
    else:
        coords.insert(0, start)
    if haversine_m(*coords[-1], *end) <= _SAME_POINT_M:
        coords[-1] = end
    else:
        coords.append(end)
    return coords


def segment_edge_attrs(seg: Segment, coords) -> dict:
    """Edge attributes for one direction of a segment (osmnx conventions plus plan fields)."""
    attrs = {
        "segment": seg.id,
        "network": seg.network,
        "mode": seg.mode,
        "corridor": seg.corridor,
        "also": list(seg.also),
        "phase": seg.phase,
        "name_zh": seg.name_zh,
        "name_en": seg.name_en,
        "length": line_length_m(coords),
        "geometry": LineString(coords),
        "oneway": seg.oneway,
    }
    for name in _EDGE_KIND_ATTRS:
        value = getattr(seg, name)
        if value is not None:
            attrs[name] = value
    return attrs


def node_id(place_id: str) -> int:
    """The graph node of a place: a stable 48-bit integer derived from its id."""
    return int.from_bytes(hashlib.blake2b(place_id.encode(), digest_size=6).digest(), "big")


def build_graph(data: NetworkData, phase: str = "2050") -> nx.MultiDiGraph:
    """Build the multimodal graph of everything built by `phase`.

    Parameters
    ----------
    data : NetworkData
        Loaded, validated network data.
    phase : str
        ``existing``, ``2025``, ``2035`` or ``2050``; a phase includes every earlier one.

    Returns
    -------
    networkx.MultiDiGraph
        With ``G.graph["crs"] == "EPSG:4326"`` so osmnx's tools accept it.
    """
    if phase not in PHASES:
        raise ValueError(f"phase must be one of {', '.join(PHASES)}, got {phase!r}")
    limit = phase_rank(phase)
    node_of = {pid: node_id(pid) for pid in data.places}
    if len(set(node_of.values())) != len(node_of):
        raise ValueError("two place ids hash to the same node id; rename one")
    G = nx.MultiDiGraph(crs=CRS, name="routes-api plan networks", phase=phase, node_of=node_of)
    for place in data.places.values():
        G.add_node(
            node_of[place.id],
            place=place.id,
            x=place.lon,
            y=place.lat,
            name_zh=place.name_zh,
            name_en=place.name_en,
            kind=place.kind,
            city=place.city,
            lodging=place.lodging,
        )
    for seg in data.segments:
        if phase_rank(seg.phase) > limit:
            continue
        start = (data.places[seg.from_].lon, data.places[seg.from_].lat)
        end = (data.places[seg.to].lon, data.places[seg.to].lat)
        coords = _anchored_coords(seg, start, end)
        u, v = node_of[seg.from_], node_of[seg.to]
        G.add_edge(u, v, key=seg.id, reversed=False, **segment_edge_attrs(seg, coords))
        if not seg.oneway:
            back = coords[::-1]
            G.add_edge(v, u, key=seg.id, reversed=True, **segment_edge_attrs(seg, back))
    return G


def network_subgraph(G: nx.MultiDiGraph, networks) -> nx.MultiDiGraph:
    """Return a view of `G` holding only the edges of the given networks (all nodes kept)."""
    wanted = set(networks)
    return nx.subgraph_view(G, filter_edge=lambda u, v, k: G.edges[u, v, k]["network"] in wanted)
