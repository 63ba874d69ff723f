"""Street-level refinement and turn-by-turn steps of walking and cycling legs.

Where an OSM detail layer (``routes_api.network.detail``) covers both ends of a walking or
cycling leg (plan cycling and greenway rides, transfer walks, access walks), :func:`detail_legs`
replaces the leg's corridor geometry by the shortest path (by length) on the layer's streets and
paths, with bilingual turn-by-turn :class:`~routes_api.planners.models.Step` objects; elsewhere
the leg keeps its corridor geometry and says why (``detail="corridor"``, ``detail_note``).
"""

from __future__ import annotations

import math

from routes_api.core.geo import haversine_m
from routes_api.network import detail as osm_detail
from routes_api.network.detail import (
    _CJK,
    DETAIL_MODES,
    DETAIL_NETWORKS,
    DETOUR_MAX,
    FALLBACK_NAMES,
    UNNAMED,
    DetailLayer,
    DetailSet,
    Snap,
    _values,
)
from routes_api.planners.models import Leg, Step


# ---------------------------------------------------------------------------------------------
# turn-by-turn


def bearing(lon1, lat1, lon2, lat2) -> float:
    """Initial compass bearing in degrees (0 = north, 90 = east)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dl = math.radians(lon2 - lon1)
    x = math.sin(dl) * math.cos(p2)
    y = math.cos(p1) * math.sin(p2) - math.sin(p1) * math.cos(p2) * math.cos(dl)
    return (math.degrees(math.atan2(x, y)) + 360.0) % 360.0


_CARDINAL = (("北", "north"), ("东北", "northeast"), ("东", "east"), ("东南", "southeast"),
             ("南", "south"), ("西南", "southwest"), ("西", "west"), ("西北", "northwest"))
_TURNS = {
    "straight": ("直行", "Continue straight"),
    "slight_left": ("稍向左转", "Bear left"),
    "left": ("左转", "Turn left"),
    "sharp_left": ("向左急转", "Turn sharp left"),
    "slight_right": ("稍向右转", "Bear right"),
    "right": ("右转", "Turn right"),
    "sharp_right": ("向右急转", "Turn sharp right"),
    "uturn": ("掉头", "Make a U-turn"),
}


def turn_of(delta: float) -> str:
    """Classify a heading change in degrees (positive = clockwise = right)."""
    a = abs(delta)
    if a < 20:
        return "straight"
    side = "right" if delta > 0 else "left"
    if a < 45:
        return f"slight_{side}"
    if a < 135:
        return side
    if a < 170:
        return f"sharp_{side}"
    return "uturn"


def street_names(d: dict | None) -> tuple[str, str, bool]:
    """``(zh, en, named)`` of a way from ``name:zh``/``name:en``/``name`` (or its kind)."""
    if d is None:
        return (*UNNAMED, False)

    def first(key):
        vals = d.get(key)
        if isinstance(vals, (list, tuple)):
            vals = vals[0] if vals else None
        return str(vals).strip() if vals else None

    name, zh, en = first("name"), first("name:zh"), first("name:en")
    if zh or en or name:
        zh = zh or (name if name and _CJK.search(name) else None) or en or name
        en = en or (name if name and not _CJK.search(name) else None) or name or zh
        return zh, en, True
    hw = _values(d.get("highway"))
    zh, en = FALLBACK_NAMES.get(hw[0] if hw else "", UNNAMED)
    return zh, en, False


def _distance_text(m: float) -> tuple[str, str]:
    if m >= 1000:
        return f"{m / 1000:.1f} 公里", f"{m / 1000:.1f} km"
    r = int(round(m / 10.0) * 10) if m >= 50 else int(round(m))
    return f"{r} 米", f"{r} m"


def build_steps(pts: list[tuple[float, float]], edges: list[dict | None], to_zh: str, to_en: str,
                verb: tuple[str, str]) -> list[Step]:
    """Turn-by-turn steps for a polyline whose piece i (pts[i] -> pts[i+1]) runs on edges[i]."""
    pieces = []
    for (a, b), d in zip(zip(pts, pts[1:]), edges):
        m = haversine_m(a[0], a[1], b[0], b[1])
        if m < 0.05:
            continue
        zh, en, named = street_names(d)
        pieces.append({"start": a, "m": float(m), "b": bearing(a[0], a[1], b[0], b[1]),
                       "zh": zh, "en": en, "named": named})
    groups: list[dict] = []
    for p in pieces:
        g = groups[-1] if groups else None
        if g is not None:
            delta = (p["b"] - g["last_b"] + 540.0) % 360.0 - 180.0
            same = (p["zh"], p["en"]) == (g["zh"], g["en"])
            if same and (g["named"] or abs(delta) < 45):
                g["m"] += p["m"]
                g["last_b"] = p["b"]
                continue
            p = {**p, "turn": turn_of(delta)}
        else:
            p = {**p, "turn": "depart"}
        groups.append({**p, "first_b": p["b"], "last_b": p["b"]})
    steps = []
    for g in groups:
        dzh, den = _distance_text(g["m"])
        if g["turn"] == "depart":
            czh, cen = _CARDINAL[int(((g["first_b"] + 22.5) % 360) // 45)]
            izh = f"沿{g['zh']}向{czh}{verb[0]} {dzh}"
            ien = f"Head {cen} on {g['en']} for {den}"
        elif g["turn"] == "straight":
            izh = f"直行进入{g['zh']}，{verb[0]} {dzh}"
            ien = f"Continue onto {g['en']} for {den}"
        else:
            tzh, ten = _TURNS[g["turn"]]
            izh = f"{tzh}进入{g['zh']}，{verb[0]} {dzh}"
            ien = f"{ten} onto {g['en']} and go {den}"
        steps.append(Step(turn=g["turn"], name_zh=g["zh"], name_en=g["en"], distance_m=round(g["m"], 1),
                          bearing=int(round(g["first_b"])) % 360,
                          location=[round(g["start"][0], 6), round(g["start"][1], 6)],
                          instruction_zh=izh, instruction_en=ien))
    end = pts[-1]
    steps.append(Step(turn="arrive", name_zh=to_zh, name_en=to_en, distance_m=0.0,
                      bearing=int(round(groups[-1]["last_b"])) % 360 if groups else 0,
                      location=[round(end[0], 6), round(end[1], 6)],
                      instruction_zh=f"到达{to_zh}", instruction_en=f"Arrive at {to_en}"))
    return steps


# ---------------------------------------------------------------------------------------------
# enriching legs


def _corridor(leg: Leg, note: str) -> Leg:
    return leg.model_copy(update={"detail": "corridor", "detail_note": note})


def detail_leg(leg: Leg, detail: DetailSet | None) -> Leg:
    """Street-level geometry and steps for one walking or cycling leg, or the leg marked
    ``detail="corridor"`` with the reason. Other legs are returned unchanged."""
    mode = leg.mode
    if mode not in DETAIL_MODES or leg.network not in DETAIL_NETWORKS:
        return leg
    coords = leg.geometry.get("coordinates") or []
    if len(coords) < 2:
        return _corridor(leg, "no corridor geometry to refine")
    if detail is None or not detail.layers:  # nothing to compare with: `detail` stays null
        return leg.model_copy(update={"detail_note": "no OSM detail layer is loaded: corridor geometry"})
    (lon1, lat1), (lon2, lat2) = coords[0][:2], coords[-1][:2]
    layers = [layer for layer in detail.layers if layer.covers(lon1, lat1) and layer.covers(lon2, lat2)]
    if not layers:
        return _corridor(leg, f"outside the OSM detail layers ({', '.join(detail.names())}): corridor geometry")
    reasons = []
    for layer in layers:
        starts, ends = layer.snaps(lon1, lat1, mode), layer.snaps(lon2, lat2, mode)
        if not starts or not ends:
            reasons.append(f"layer {layer.name} has no way open to mode {mode}")
            continue
        far = [(who, sn[0].metres) for who, sn in (("start", starts), ("end", ends)) if sn[0].metres > osm_detail.SNAP_MAX_M]
        if far:
            reasons.append("; ".join(f"the {who} is {m:.0f} m from the nearest {mode} way of layer "
                                     f"{layer.name} (limit {osm_detail.SNAP_MAX_M:.0f} m)" for who, m in far))
            continue
        best = None
        for s in starts:
            for t in ends:
                found = layer.route(s, t, mode)
                if found is not None:
                    score = s.metres + found[0] + t.metres
                    if best is None or score < best[0]:
                        best = (score, s, t, found)
        if best is None:
            reasons.append(f"no {mode} path between the snapped points in layer {layer.name}")
            continue
        _, s, t, (metres, nodes) = best
        straight = haversine_m(s.lon, s.lat, t.lon, t.lat)
        if metres > DETOUR_MAX * straight + 1000.0:
            reasons.append(f"the street path in layer {layer.name} is {metres / 1000:.1f} km for "
                           f"{straight / 1000:.1f} km as the crow flies: the extract misses a link")
            continue
        return _street_leg(leg, layer, s, t, metres, nodes, mode)
    return _corridor(leg, "; ".join(reasons) + ": corridor geometry")


def _street_leg(leg: Leg, layer: DetailLayer, s: Snap, t: Snap, metres: float, nodes: list, mode: str) -> Leg:
    pts = [(s.lon, s.lat)] + [layer.coords(n) for n in nodes] + [(t.lon, t.lat)]
    s_edge = layer._open(s.u, s.v, mode) or layer._open(s.v, s.u, mode)
    t_edge = layer._open(t.u, t.v, mode) or layer._open(t.v, t.u, mode)
    edges: list[dict | None] = [s_edge] if nodes else [t_edge]
    for a, b in zip(nodes, nodes[1:]):
        edges.append(layer._open(a, b, mode))
    if nodes:
        edges.append(t_edge)
    clean_pts, clean_edges = [pts[0]], []
    for p, e in zip(pts[1:], edges):
        if haversine_m(*clean_pts[-1], *p) < 0.05:
            continue
        clean_pts.append(p)
        clean_edges.append(e)
    if len(clean_pts) == 1:  # both ends snap to the same point
        clean_pts.append(clean_pts[0])
        clean_edges.append(s_edge)
    verb = ("骑行", "ride") if mode == "bike" else ("步行", "walk")
    steps = build_steps(clean_pts, clean_edges, leg.to_name_zh, leg.to_name_en, verb)
    return leg.model_copy(update={
        "geometry": {"type": "LineString", "coordinates": [[round(x, 6), round(y, 6)] for x, y in clean_pts]},
        "detail": "osm",
        "detail_layer": layer.name,
        "detail_snap_m": [round(s.metres, 1), round(t.metres, 1)],
        "detail_distance_km": round(metres / 1000, 3),
        "detail_note": (f"street-level path on OSM layer {layer.name}; the leg starts {s.metres:.0f} m and "
                        f"ends {t.metres:.0f} m from the snapped ways"),
        "steps": steps,
    })


def detail_legs(legs: list[Leg], detail: DetailSet | None) -> list[Leg]:
    """Refine every walking/cycling leg on the detail layers (unchanged when there are none)."""
    return [detail_leg(leg, detail) for leg in legs]
