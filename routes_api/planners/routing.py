"""Multimodal shortest paths with a real transfer model.

The plan graph (places and segments) is expanded into a *mode-layered* graph:

* a hub node ``(place, None)`` per place: where a traveller stands between rides;
* a layer node ``(place, mode)`` per place and travel mode that serves it;
* ride edges ``(u, mode) -> (v, mode)`` for every segment direction usable by that mode
  (greenways carry walkers and cyclists; every other network one mode);
* board edges ``(u, None) -> (u, mode)`` costing the mode's transfer time (walk to the pier,
  pick up a bike...) plus the expected wait, half the headway of the service there;
* alight edges ``(u, mode) -> (u, None)`` costing nothing.

Staying on the same mode through a place costs nothing (the boat passes the pier), changing
mode always passes through the hub and pays the boarding cost, and a route only ever moves
along edges that exist: it never teleports. Places within :data:`TRANSFER_WALK_M` of each
other (a station and its pier) are joined by short walking links, used only when walking is
allowed.

Objectives
----------
``fastest``
    least door-to-door minutes, waits included.
``greenest``
    least CO2, among routes at most ``1.5 x fastest + 30 min`` (otherwise walking 100 km
    along greenways would always win): Dijkstra on ``minutes + lambda * co2_g`` for a
    decreasing list of lambdas, keeping the lowest-CO2 route inside the bound.
``scenic``
    prefers the plan networks (water, scenic rail, cycling, greenway) over connectors by
    discounting their minutes, inside the same detour bound.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import networkx as nx
import numpy as np

from routes_api.core.errors import NoRoute, UnknownPlace
from routes_api.core.geo import haversine_m
from routes_api.core.vocabulary import PLAN_NETWORKS
from routes_api.network.detail import DetailSet
from routes_api.planners.legs import detail_legs
from routes_api.planners.models import Leg, Route, RouteRequest, Totals
from routes_api.core.modes import (
    ALL_FAMILIES,
    CAR_CO2_G_PKM,
    MODE_FAMILIES,
    MODES,
    family_of,
    travel_mode_of_edge,
)

TRANSFER_WALK_M = 1200.0
WALK_DETOUR = 1.3  # streets are longer than the straight line between two places
DETOUR_FACTOR, DETOUR_MIN = 1.5, 30.0
GREEN_LAMBDAS = (4.0, 1.0, 0.3, 0.1, 0.03)
SCENIC_DISCOUNTS = (0.6, 0.8, 0.9)
OBJECTIVES = ("fastest", "greenest", "scenic")
# modes that only the plan networks carry: what the scenic objective favours
PLAN_MODES = frozenset({"sightseeing_boat", "river_cruise", "scenic_train", "mountain_railway", "bike", "walk"})


@dataclass(frozen=True)
class Layered:
    """The mode-layered graph for one (phase graph, pace, allowed families)."""

    graph: nx.MultiDiGraph
    base: nx.MultiDiGraph
    pace: str
    families: frozenset[str]


def _ride_modes(edge: dict) -> tuple[str, ...]:
    mode = travel_mode_of_edge(edge)
    if edge["network"] == "greenway":
        return ("walk", "bike")
    return (mode,)


def _ride_minutes(edge: dict, mode: str, pace: str) -> float:
    if edge.get("duration_min") and mode == travel_mode_of_edge(edge):
        return float(edge["duration_min"])
    return edge["length"] / 1000 / MODES[mode].speed_kmh[pace] * 60


def _wait_minutes(edge: dict, mode: str) -> float:
    spec = MODES[mode]
    if not spec.scheduled:
        return 0.0
    headway = edge.get("headway_min") or spec.headway_min
    return headway / 2


def transfer_links(base: nx.MultiDiGraph, max_m: float = TRANSFER_WALK_M):
    """Pairs of distinct places within walking distance: ``(u, v, metres)``."""
    nodes = list(base.nodes)
    xs = np.array([base.nodes[n]["x"] for n in nodes])
    ys = np.array([base.nodes[n]["y"] for n in nodes])
    out = []
    for i, u in enumerate(nodes):
        d = haversine_m(xs[i], ys[i], xs[i + 1 :], ys[i + 1 :])
        for j in np.nonzero(d <= max_m)[0]:
            out.append((u, nodes[i + 1 + j], float(d[j])))
    return out


def build_layered(base: nx.MultiDiGraph, pace: str, families) -> Layered:
    """Expand the plan graph into the mode-layered routing graph (see module docstring).

    Parameters
    ----------
    base : networkx.MultiDiGraph
        The plan graph of one phase (``routes_api.network.graph.build_graph``).
    pace : str
        ``relaxed``, ``moderate`` or ``active``: sets cycling and walking speeds.
    families : iterable of str
        Allowed mode families (keys of ``MODE_FAMILIES``).
    """
    allowed = {m for f in families for m in MODE_FAMILIES[f]}
    L = nx.MultiDiGraph()
    board_wait: dict[tuple, float] = {}
    for u, v, key, d in base.edges(keys=True, data=True):
        for mode in _ride_modes(d):
            if mode not in allowed:
                continue
            minutes = _ride_minutes(d, mode, pace)
            km = d["length"] / 1000
            L.add_edge(
                (u, mode),
                (v, mode),
                key=key,
                kind="ride",
                minutes=minutes,
                co2=km * MODES[mode].co2_g_pkm,
                km=km,
                plan=d["network"] in PLAN_NETWORKS,
                base_key=(u, v, key),
            )
            wait = _wait_minutes(d, mode)
            board_wait[(u, mode)] = min(board_wait.get((u, mode), wait), wait)
    for (u, mode), wait in board_wait.items():
        L.add_edge((u, None), (u, mode), key="board", kind="board",
                   minutes=MODES[mode].transfer_min + wait, co2=0.0, km=0.0,
                   plan=mode in PLAN_MODES)
        L.add_edge((u, mode), (u, None), key="alight", kind="alight",
                   minutes=0.0, co2=0.0, km=0.0, plan=True)
    if "walk" in allowed:
        speed = MODES["walk"].speed_kmh[pace]
        for u, v, metres in transfer_links(base):
            km = metres * WALK_DETOUR / 1000
            for a, b in ((u, v), (v, u)):
                L.add_edge((a, None), (b, None), key="transfer-walk", kind="transfer",
                           minutes=km / speed * 60, co2=0.0, km=km, plan=False)
    for n in base.nodes:
        L.add_node((n, None))
    return Layered(graph=L, base=base, pace=pace, families=frozenset(families))


def _weight(objective: str, param: float):
    if objective == "fastest":
        return lambda u, v, ds: min(d["minutes"] for d in ds.values())
    if objective == "greenest":
        return lambda u, v, ds: min(d["minutes"] + param * d["co2"] for d in ds.values())
    # scenic: discount riding (and boarding) the plan networks' modes
    return lambda u, v, ds: min(
        d["minutes"] * (param if d["kind"] in ("ride", "board") and d["plan"] else 1.0)
        for d in ds.values()
    )


def _path_cost(L: nx.MultiDiGraph, path, weight) -> tuple[float, float, list]:
    """Minutes, CO2 and the chosen edge keys along a node path (min-weight parallel edge)."""
    minutes = co2 = 0.0
    keys = []
    for a, b in zip(path, path[1:]):
        ds = L.get_edge_data(a, b)
        key = min(ds, key=lambda k: weight(a, b, {k: ds[k]}))
        minutes += ds[key]["minutes"]
        co2 += ds[key]["co2"]
        keys.append(key)
    return minutes, co2, keys


def _search(L, source, target, objective, param):
    weight = _weight(objective, param)
    try:
        path = nx.dijkstra_path(L, (source, None), (target, None), weight=weight)
    except (nx.NetworkXNoPath, nx.NodeNotFound):
        return None
    minutes, co2, keys = _path_cost(L, path, weight)
    return path, keys, minutes, co2


def best_path(layered: Layered, source, target, objective: str = "fastest", *,
              detour: tuple[float, float] = (DETOUR_FACTOR, DETOUR_MIN),
              discounts: tuple[float, ...] = SCENIC_DISCOUNTS):
    """Node path, edge keys, minutes and CO2 of the best route between two graph nodes.

    `detour` bounds greenest and scenic routes to ``factor x fastest + minutes``; `discounts`
    are the scenic objective's multipliers on plan-network minutes, strongest first. Returns
    None when no route exists under the layered graph's allowed modes.
    """
    if objective not in OBJECTIVES:
        raise ValueError(f"optimize must be one of {', '.join(OBJECTIVES)}")
    L = layered.graph
    fastest = _search(L, source, target, "fastest", 0.0)
    if fastest is None or objective == "fastest":
        return fastest
    bound = fastest[2] * detour[0] + detour[1]
    params = GREEN_LAMBDAS if objective == "greenest" else discounts
    best = fastest
    for param in params:
        found = _search(L, source, target, objective, param)
        if found is None or found[2] > bound:
            continue
        if objective == "greenest":
            if found[3] < best[3] - 1e-9:
                best = found
        else:
            best = found
            break
    return best


def _merge_coords(chunks) -> list[list[float]]:
    coords: list[list[float]] = []
    for chunk in chunks:
        pts = [[round(x, 5), round(y, 5)] for x, y in chunk]
        if coords and coords[-1] == pts[0]:
            pts = pts[1:]
        coords.extend(pts)
    return coords


def _place_names(base, node):
    d = base.nodes[node]
    return d["place"], d["name_zh"], d["name_en"]


def route_legs(layered: Layered, source, target, corridors: dict, depart_at: dt.datetime | None,
               objective: str = "fastest", **path_options) -> list[Leg] | None:
    """Legs of the best route between two graph nodes ([] when they are the same), or None
    when the layered graph's modes cannot reach `target`. `path_options` go to best_path."""
    if source == target:
        return []
    found = best_path(layered, source, target, objective, **path_options)
    if found is None:
        return None
    path, keys, _, _ = found
    return legs_from_path(layered, path, keys, corridors, depart_at)


def legs_from_path(layered: Layered, path, keys, corridors: dict, depart_at: dt.datetime | None) -> list[Leg]:
    """Turn a layered path into legs: one per continuous ride on one mode and corridor."""
    L, base = layered.graph, layered.base
    legs: list[Leg] = []
    pending_wait = 0.0
    current = None
    clock = depart_at

    def close(cur):
        nonlocal clock
        first, last = cur["nodes"][0], cur["nodes"][-1]
        fid, fzh, fen = _place_names(base, first)
        tid, tzh, ten = _place_names(base, last)
        mode = cur["mode"]
        corridor = cur["corridor"]
        cz = corridors.get(corridor)
        dep = arr = None
        if clock is not None:
            clock = clock + dt.timedelta(minutes=cur["wait"])
            dep = clock
            clock = clock + dt.timedelta(minutes=cur["minutes"])
            arr = clock
        name_zh = cz.name_zh if cz else "步行换乘"
        name_en = cz.name_en if cz else "transfer walk"
        # connector corridors are generic ("High-speed rail"): naming them adds nothing
        generic = cz is None or cz.network == "connector"
        verb_en = {"walk": "Walk", "bike": "Cycle", "taxi": "Take a taxi"}.get(mode, f"Take the {MODES[mode].name_en}")
        verb_zh = {"walk": "步行", "bike": "骑行", "taxi": "乘出租车"}.get(mode, f"乘{MODES[mode].name_zh}")
        km = round(cur["km"], 2)
        legs.append(
            Leg(
                mode=mode,
                family=family_of(mode),
                network=cur["network"],
                corridor=corridor,
                corridor_name_zh=cz.name_zh if cz else None,
                corridor_name_en=cz.name_en if cz else None,
                from_place=fid,
                to_place=tid,
                from_name_zh=fzh,
                from_name_en=fen,
                to_name_zh=tzh,
                to_name_en=ten,
                segments=cur["segments"],
                distance_km=km,
                wait_min=round(cur["wait"], 1),
                duration_min=round(cur["minutes"], 1),
                depart_at=dep.isoformat(timespec="minutes") if dep else None,
                arrive_at=arr.isoformat(timespec="minutes") if arr else None,
                co2_g=round(cur["co2"], 1),
                geometry={"type": "LineString", "coordinates": _merge_coords(cur["coords"])},
                instruction_zh=(f"{verb_zh}{'' if generic else '，经' + name_zh + '，'}从{fzh}到{tzh}，"
                                f"{km:g} 公里，约 {round(cur['minutes'])} 分钟"),
                instruction_en=(f"{verb_en}{'' if generic else ' along ' + name_en} from {fen} to {ten}: "
                                f"{km:g} km, about {round(cur['minutes'])} min"),
            )
        )

    for (a, b), key in zip(zip(path, path[1:]), keys):
        d = L.edges[a, b, key]
        if d["kind"] == "board":
            pending_wait += d["minutes"]
            continue
        if d["kind"] == "alight":
            continue
        if d["kind"] == "transfer":
            mode, network, corridor, seg = "walk", "transfer", None, "transfer-walk"
            ax, ay = base.nodes[a[0]]["x"], base.nodes[a[0]]["y"]
            bx, by = base.nodes[b[0]]["x"], base.nodes[b[0]]["y"]
            coords = [(ax, ay), (bx, by)]
        else:
            mode = a[1]
            u, v, k = d["base_key"]
            e = base.edges[u, v, k]
            network, corridor, seg = e["network"], e["corridor"], k
            coords = list(e["geometry"].coords)
        if current is None or current["mode"] != mode or current["corridor"] != corridor:
            if current is not None:
                close(current)
            current = {"mode": mode, "network": network, "corridor": corridor, "nodes": [a[0]],
                       "segments": [], "km": 0.0, "minutes": 0.0, "co2": 0.0, "coords": [],
                       "wait": pending_wait}
            pending_wait = 0.0
        current["nodes"].append(b[0])
        current["segments"].append(seg)
        current["km"] += d["km"]
        current["minutes"] += d["minutes"]
        current["co2"] += d["co2"]
        current["coords"].append(coords)
    if current is not None:
        close(current)
    return legs


def totals_of(legs: list[Leg]) -> Totals:
    """Sum legs: km by mode, time, CO2 and the saving against driving the same distance."""
    km_by_mode: dict[str, float] = {}
    for leg in legs:
        km_by_mode[leg.mode] = round(km_by_mode.get(leg.mode, 0.0) + leg.distance_km, 2)
    distance = sum(leg.distance_km for leg in legs)
    co2 = sum(leg.co2_g for leg in legs)
    car = distance * CAR_CO2_G_PKM
    wait = sum(leg.wait_min for leg in legs)
    return Totals(
        distance_km=round(distance, 2),
        travel_min=round(sum(leg.duration_min for leg in legs) + wait, 1),
        wait_min=round(wait, 1),
        km_by_mode=km_by_mode,
        active_km=round(sum(leg.distance_km for leg in legs if MODES[leg.mode].active), 2),
        co2_g=round(co2, 1),
        car_co2_g=round(car, 1),
        co2_saved_g=round(car - co2, 1),
    )


def explain_unreachable(cache, base, source, target, pace, families) -> str:
    """Say which mode restriction or network gap keeps `target` out of reach."""
    names = lambda n: f"{base.nodes[n]['name_en']} ({base.nodes[n]['place']})"  # noqa: E731
    everything = cache(base, pace, frozenset(ALL_FAMILIES))
    if _search(everything.graph, source, target, "fastest", 0.0) is None:
        return (
            f"no connection between {names(source)} and {names(target)} in the networks built by "
            f"phase {base.graph.get('phase')}: they lie in different components (a network gap, "
            f"not a mode restriction)"
        )
    missing = [f for f in ALL_FAMILIES if f not in families]
    for family in missing:
        trial = cache(base, pace, frozenset(families) | {family})
        if _search(trial.graph, source, target, "fastest", 0.0) is not None:
            return (
                f"{names(target)} cannot be reached from {names(source)} with modes "
                f"{sorted(families)}: allowing '{family}' would make it reachable"
            )
    return (
        f"{names(target)} cannot be reached from {names(source)} with modes {sorted(families)}; "
        f"it needs several of {missing}"
    )


class LayeredCache:
    """Layered graphs keyed by (phase graph, pace, families): built once, reused."""

    def __init__(self):
        self._store: dict[tuple, Layered] = {}

    def __call__(self, base: nx.MultiDiGraph, pace: str, families: frozenset) -> Layered:
        key = (id(base), pace, frozenset(families))
        if key not in self._store:
            self._store[key] = build_layered(base, pace, families)
        return self._store[key]


def plan_route(
    base: nx.MultiDiGraph,
    source,
    target,
    *,
    corridors: dict,
    families=ALL_FAMILIES,
    optimize: str = "fastest",
    pace: str = "moderate",
    depart_at: dt.datetime | None = None,
    cache: LayeredCache | None = None,
) -> Route:
    """Plan one route between two graph nodes.

    Parameters
    ----------
    base : networkx.MultiDiGraph
        Plan graph of one phase.
    source, target : int
        Graph nodes (``G.graph["node_of"][place_id]``).
    corridors : dict
        Corridor id -> Corridor, for leg names.
    families : iterable of str
        Allowed mode families.
    optimize : {"fastest", "greenest", "scenic"}
    pace : {"relaxed", "moderate", "active"}
    depart_at : datetime, optional
        When given, legs carry departure and arrival times.

    Raises
    ------
    NoRoute
        With a message naming the restriction or gap that prevents the route.
    """
    cache = cache or LayeredCache()
    families = frozenset(families)
    layered = cache(base, pace, families)
    legs = route_legs(layered, source, target, corridors, depart_at, optimize)
    if legs is None:
        raise NoRoute(explain_unreachable(cache, base, source, target, pace, families))
    return Route(
        from_place=base.nodes[source]["place"],
        to_place=base.nodes[target]["place"],
        optimize=optimize,
        phase=str(base.graph.get("phase")),
        legs=legs,
        totals=totals_of(legs),
    )


ACCESS_WALK_MAX_M = 2000.0


def snap_point(layered: Layered, lon: float, lat: float):
    """Nearest place that the allowed modes serve: ``(node, metres)``, or None."""
    base = layered.graph
    served = [n for n, mode in base.nodes if mode is not None]
    if not served:
        return None
    nodes = sorted(set(served))
    xs = np.array([layered.base.nodes[n]["x"] for n in nodes])
    ys = np.array([layered.base.nodes[n]["y"] for n in nodes])
    d = haversine_m(lon, lat, xs, ys)
    i = int(np.argmin(d))
    return nodes[i], float(d[i])


def access_leg(base, node, lon: float, lat: float, metres: float, pace: str, outbound: bool) -> Leg:
    """The walk (or, beyond 2 km, taxi) between a requested point and its snapped place."""
    mode = "walk" if metres <= ACCESS_WALK_MAX_M else "taxi"
    km = metres * WALK_DETOUR / 1000
    minutes = km / MODES[mode].speed_kmh[pace] * 60
    pid, zh, en = _place_names(base, node)
    px, py = base.nodes[node]["x"], base.nodes[node]["y"]
    point = [round(lon, 5), round(lat, 5)]
    here = [round(px, 5), round(py, 5)]
    coords = [point, here] if outbound else [here, point]
    start_zh, start_en = "出发点", "your start point"
    end_zh, end_en = "目的地", "your destination"
    verb_zh, verb_en = ("步行", "Walk") if mode == "walk" else ("乘出租车", "Take a taxi")
    if outbound:
        frm, to = ("start", start_zh, start_en), (pid, zh, en)
    else:
        frm, to = (pid, zh, en), ("end", end_zh, end_en)
    return Leg(
        mode=mode, family=family_of(mode), network="access", corridor=None,
        from_place=frm[0], to_place=to[0], from_name_zh=frm[1], from_name_en=frm[2],
        to_name_zh=to[1], to_name_en=to[2], segments=[], distance_km=round(km, 2),
        wait_min=MODES[mode].transfer_min if mode == "taxi" else 0.0,
        duration_min=round(minutes, 1), co2_g=round(km * MODES[mode].co2_g_pkm, 1), access=True,
        geometry={"type": "LineString", "coordinates": coords},
        instruction_zh=f"{verb_zh}从{frm[1]}到{to[1]}，约 {km:.1f} 公里（直线距离 {metres:.0f} 米）",
        instruction_en=f"{verb_en} from {frm[2]} to {to[2]}: about {km:.1f} km ({metres:.0f} m as the crow flies)",
    )


def resolve_families(modes, avoid) -> frozenset[str]:
    """Allowed families from a request's ``modes`` (None: all) minus ``avoid``."""
    chosen = set(modes) if modes else set(ALL_FAMILIES)
    chosen -= set(avoid or ())
    if not chosen:
        raise NoRoute("every mode family is avoided: allow at least one of " + ", ".join(ALL_FAMILIES))
    return frozenset(chosen)


def route_for_request(base: nx.MultiDiGraph, corridors: dict, request: RouteRequest, cache: LayeredCache,
                      detail: DetailSet | None = None) -> Route:
    """Answer a :class:`~routes_api.planners.models.RouteRequest` on the plan graph of its phase.

    Walking and cycling legs are refined on the OSM `detail` layers when given.
    """
    families = resolve_families(request.modes, request.avoid)
    layered = cache(base, request.pace, families)
    depart = dt.datetime.fromisoformat(request.depart_at) if request.depart_at else None
    ends = []
    for role, value in (("from", request.from_), ("to", request.to)):
        if isinstance(value, str):
            node = base.graph["node_of"].get(value)
            if node is None:
                raise UnknownPlace(value, role=role)
            ends.append((node, None))
        else:
            snapped = snap_point(layered, value.lon, value.lat)
            if snapped is None:
                raise NoRoute(f"{role}: no place is served by modes {sorted(families)}")
            ends.append((snapped[0], (value.lon, value.lat, snapped[1])))
    (src, src_pt), (dst, dst_pt) = ends
    pre = []
    if src_pt:
        pre.append(access_leg(base, src, *src_pt, request.pace, outbound=True))
        if depart:
            depart = depart + dt.timedelta(minutes=pre[0].duration_min + pre[0].wait_min)
    route = plan_route(base, src, dst, corridors=corridors, families=families,
                       optimize=request.optimize, pace=request.pace, depart_at=depart, cache=cache)
    legs = pre + route.legs
    if dst_pt:
        legs.append(access_leg(base, dst, *dst_pt, request.pace, outbound=False))
    legs = detail_legs(legs, detail)  # OSM street geometry for walking/cycling legs
    notes = []
    if src_pt:
        notes.append(f"start snapped to {route.from_place} ({src_pt[2]:.0f} m away)")
    if dst_pt:
        notes.append(f"destination snapped to {route.to_place} ({dst_pt[2]:.0f} m away)")
    return route.model_copy(update={"legs": legs, "totals": totals_of(legs), "notes": notes})
