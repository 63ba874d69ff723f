"""The route map as inline SVG, drawn from the itinerary's own geometry (no tiles).

Legs are coloured by day and dashed by mode; visits are numbered in trip order, nights are
marked with a moon, the start with a flag; a scale bar and a north arrow make it a map on
paper. Optionally the plan networks are drawn faintly underneath.

Projection: equirectangular around the map's mean latitude (x scaled by cos(lat)); at the
size of a tourism circle (< 200 km) its scale error is well under 1 %, so the scale bar is
true across the map.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from html import escape

from routes_api.planners.models import Itinerary
from routes_api.render.common import (
    DAY_COLOURS,
    LonLatT,
    leg_coords,
    mode_family,
    place_locations,
)

# stroke-dasharray per mode family (solid = rail)
DASHES: dict[str, str] = {
    "rail": "",
    "scenic_rail": "7 2 2 2",
    "boat": "7 4",
    "ferry": "10 4",
    "bike": "3 3",
    "walk": "0.5 3.5",
    "bus": "12 3 3 3",
}

# 16x16 pictograms, one per mode family (stroke drawings in currentColor).
ICON_PATHS: dict[str, str] = {
    "rail": '<rect x="3.5" y="1.5" width="9" height="10" rx="2.5"/><path d="M3.5 7h9M6 9.5h.01M10 9.5h.01M5.5 11.5l-2 3M10.5 11.5l2 3M6 4h4"/>',
    "scenic_rail": '<path d="M1 14.5l5-8 3 4 2-3 4 7z"/><path d="M2 2.5l12 3M8 4v3"/>',
    "boat": '<path d="M1.5 10h13l-2.5 4h-8z"/><path d="M8 10V2l4.5 6H8"/>',
    "ferry": '<path d="M1 10h14l-2 4H3z"/><path d="M4 10V6h8v4M6 6V3.5h3V6"/>',
    "bike": '<circle cx="4" cy="11" r="3"/><circle cx="12" cy="11" r="3"/><path d="M4 11l3-6h4l1 6M7 5l2 6h3M6 3.5h2"/>',
    "walk": '<circle cx="8.5" cy="2.5" r="1.5"/><path d="M8 5l-1.5 5 3 4.5M7.5 6.5l-3 2M8 5.5l3 2.5M6.5 10l-2.5 4.5"/>',
    "bus": '<rect x="2" y="2" width="12" height="10" rx="2"/><path d="M2 7.5h12M5 12v2.5M11 12v2.5M4.5 10h.01M11.5 10h.01"/>',
    "night": '<path d="M11.5 11.5A5.5 5.5 0 0 1 6 1.5a6 6 0 1 0 8 8 5.5 5.5 0 0 1-2.5 2z"/>',
    "visit": '<path d="M8 15s5-4.5 5-8.5a5 5 0 0 0-10 0C3 10.5 8 15 8 15z"/><circle cx="8" cy="6.5" r="1.6"/>',
    "start": '<path d="M3.5 15V1.5M3.5 2h9l-2 3 2 3h-9"/>',
}


def icon_symbols() -> str:
    """An invisible SVG sprite defining ``#i-<family>`` symbols for ``<use>``."""
    parts = ['<svg xmlns="http://www.w3.org/2000/svg" width="0" height="0" style="position:absolute" aria-hidden="true">']
    for name, body in ICON_PATHS.items():
        parts.append(
            f'<symbol id="i-{name}" viewBox="0 0 16 16" fill="none" stroke="currentColor" '
            f'stroke-width="1.4" stroke-linecap="round" stroke-linejoin="round">{body}</symbol>'
        )
    parts.append("</svg>")
    return "".join(parts)


def icon(family: str, css_class: str = "icon") -> str:
    """An inline icon (needs :func:`icon_symbols` once on the page)."""
    name = family if family in ICON_PATHS else "bus"
    return f'<svg class="{css_class}" viewBox="0 0 16 16" aria-hidden="true"><use href="#i-{name}"/></svg>'


def _nice_km(target: float) -> float:
    """The largest of 1-2-5 x 10^n not above `target` (km)."""
    if target <= 0:
        return 1.0
    exp = math.floor(math.log10(target))
    best = 10**exp
    for m in (1, 2, 5):
        if m * 10**exp <= target:
            best = m * 10**exp
    return best


class _Projection:
    def __init__(self, points: list[LonLatT], width: float, height: float, pad: float):
        lons = [p[0] for p in points]
        lats = [p[1] for p in points]
        lon0, lon1, lat0, lat1 = min(lons), max(lons), min(lats), max(lats)
        # at least ~4 km across so a one-place map is not a point
        if lon1 - lon0 < 0.04:
            c = (lon0 + lon1) / 2
            lon0, lon1 = c - 0.02, c + 0.02
        if lat1 - lat0 < 0.04:
            c = (lat0 + lat1) / 2
            lat0, lat1 = c - 0.02, c + 0.02
        self.kx = math.cos(math.radians((lat0 + lat1) / 2))
        span_x = (lon1 - lon0) * self.kx
        span_y = lat1 - lat0
        self.scale = min((width - 2 * pad) / span_x, (height - 2 * pad) / span_y)  # px per degree lat
        self.ox = pad + ((width - 2 * pad) - span_x * self.scale) / 2
        self.oy = pad + ((height - 2 * pad) - span_y * self.scale) / 2
        self.lon0, self.lat1 = lon0, lat1
        self.bounds = (lon0 - span_x / self.kx, lat0 - span_y, lon1 + span_x / self.kx, lat1 + span_y)

    def __call__(self, lon: float, lat: float) -> tuple[float, float]:
        return (
            self.ox + (lon - self.lon0) * self.kx * self.scale,
            self.oy + (self.lat1 - lat) * self.scale,
        )

    def inverse(self, x: float, y: float) -> tuple[float, float]:
        return (
            self.lon0 + (x - self.ox) / (self.kx * self.scale),
            self.lat1 - (y - self.oy) / self.scale,
        )

    def px_per_km(self) -> float:
        return self.scale / 111.195


def _path(proj: _Projection, coords: Iterable[LonLatT]) -> str:
    out: list[str] = []
    last = None
    for lon, lat in coords:
        x, y = proj(lon, lat)
        pt = (round(x, 1), round(y, 1))
        if pt == last:
            continue
        out.append(f"{'M' if not out else 'L'}{pt[0]:g} {pt[1]:g}")
        last = pt
    return "".join(out)


def _offset(proj: _Projection, coords: list[LonLatT], px: float) -> list[LonLatT]:
    """`coords` shifted `px` pixels to the left of their direction (parallel line)."""
    if not px or len(coords) < 2:
        return coords
    from shapely.geometry import LineString

    pts = [proj(*c) for c in coords]
    try:
        line = LineString(pts).offset_curve(px, join_style="round")
    except Exception:  # degenerate geometry: draw it unshifted
        return coords
    if line.is_empty or line.geom_type != "LineString":
        return coords
    return [proj.inverse(x, y) for x, y in line.coords]


def route_map_svg(
    itinerary: Itinerary,
    *,
    locations: Mapping[str, LonLatT] | None = None,
    background: Iterable[tuple[str, list[LonLatT]]] | None = None,
    width: int = 720,
    height: int = 540,
    lang: str = "both",
    standalone: bool = False,
) -> str:
    """Draw the itinerary as an SVG map.

    Parameters
    ----------
    itinerary : Itinerary
        The plan; its legs' GeoJSON LineStrings are drawn.
    locations : mapping, optional
        place id -> (lon, lat) for places the legs do not reach (e.g. a visit at the start).
    background : iterable of (network, coords), optional
        Network lines drawn faintly underneath (clipped to the map's surroundings).
    width, height : int
        Size of the drawing in SVG user units (it scales to its container).
    lang : {"zh", "en", "both"}
        Language of the stop labels.
    standalone : bool
        Add the XML namespace and prolog fit for a ``.svg`` file.
    """
    where = place_locations(itinerary, locations)
    points: list[LonLatT] = [p for d in itinerary.days for leg in d.legs for p in leg_coords(leg)]
    stop_ids = [v.place for d in itinerary.days for v in d.visits] + [
        d.overnight for d in itinerary.days if d.overnight
    ] + [d.start_place for d in itinerary.days[:1]]
    points += [where[p] for p in stop_ids if p in where]
    legend_h = 34
    map_h = height - legend_h
    if not points:
        points = [(121.47, 31.23)]
    proj = _Projection(points, width, map_h, pad=46)

    svg: list[str] = []
    ns = ' xmlns="http://www.w3.org/2000/svg"'
    if standalone:
        svg.append('<?xml version="1.0" encoding="UTF-8"?>\n')
    svg.append(
        f'<svg{ns} class="route-map" viewBox="0 0 {width} {height}" width="{width}" height="{height}" '
        f'role="img" aria-label="{escape(itinerary.title_en)} route map" '
        'font-family="RoutesCJK, \'Noto Sans CJK SC\', \'Noto Sans SC\', \'Source Han Sans SC\', \'PingFang SC\', \'Microsoft YaHei\', sans-serif">'
    )
    svg.append(f'<rect x="0" y="0" width="{width}" height="{map_h}" fill="#f7f9fb" stroke="#c9d3dc"/>')
    svg.append(f'<clipPath id="mapclip"><rect x="0" y="0" width="{width}" height="{map_h}"/></clipPath>')
    svg.append('<g clip-path="url(#mapclip)">')

    # faint plan networks underneath
    if background:
        b = proj.bounds
        by_net: dict[str, list[str]] = {}
        for network, coords in background:
            if not coords:
                continue
            if all(not (b[0] <= lon <= b[2] and b[1] <= lat <= b[3]) for lon, lat in coords):
                continue
            d = _path(proj, coords)
            if d.count("L"):
                by_net.setdefault(network, []).append(d)
        colours = {"water": "#7fb2d9", "cycling": "#9cc79c", "greenway": "#a8c98a",
                   "scenic_rail": "#c9a27e", "connector": "#b9b9b9"}
        for network, ds in sorted(by_net.items()):
            svg.append(
                f'<path class="net net-{escape(network)}" d="{"".join(ds)}" fill="none" '
                f'stroke="{colours.get(network, "#bbb")}" stroke-width="1" stroke-opacity="0.55"/>'
            )

    # legs: a white casing then the day colour with the mode's dash pattern; a leg over
    # segments already drawn (the way back, another day on the same corridor) is offset
    # sideways so every day stays visible
    drawn: dict[str, int] = {}
    for i, day in enumerate(itinerary.days):
        colour = DAY_COLOURS[i % len(DAY_COLOURS)]
        for leg in day.legs:
            shift = max((drawn.get(s, 0) for s in leg.segments), default=0)
            for s in leg.segments:
                drawn[s] = drawn.get(s, 0) + 1
            d = _path(proj, _offset(proj, leg_coords(leg), 4.5 * shift))
            if not d:
                continue
            fam = mode_family(leg.mode, leg.family)
            dash = DASHES.get(fam, "")
            svg.append(f'<path d="{d}" fill="none" stroke="#fff" stroke-width="6" stroke-linejoin="round" stroke-linecap="round"/>')
            svg.append(
                f'<path class="leg day-{day.day}" d="{d}" fill="none" stroke="{colour}" stroke-width="3.2" '
                f'stroke-linejoin="round" stroke-linecap="round"'
                + (f' stroke-dasharray="{dash}"' if dash else "")
                + "/>"
            )
    svg.append("</g>")

    # stops: numbered visits, nights, the start
    labels: dict[str, list[str]] = {}
    placed: dict[str, int] = {}

    def label_for(pid: str, zh: str, en: str) -> None:
        if pid in labels:
            return
        text = zh if lang == "zh" else en if lang == "en" else f"{zh} {en}"
        labels[pid] = [text]

    markers: list[str] = []
    n = 0
    if itinerary.days and itinerary.days[0].start_place in where:
        pid = itinerary.days[0].start_place
        x, y = proj(*where[pid])
        markers.append(
            f'<g class="stop start"><path d="M{x:.1f} {y:.1f}v-20h11l-3 4 3 4h-11" fill="#222" stroke="#fff" stroke-width="1"/>'
            f'<circle cx="{x:.1f}" cy="{y:.1f}" r="3" fill="#222" stroke="#fff"/></g>'
        )
        leg0 = next((leg for leg in itinerary.days[0].legs if leg.from_place == pid), None)
        if leg0 is not None:
            label_for(pid, leg0.from_name_zh, leg0.from_name_en)
    for i, day in enumerate(itinerary.days):
        colour = DAY_COLOURS[i % len(DAY_COLOURS)]
        for visit in day.visits:
            n += 1
            if visit.place not in where:
                continue
            x, y = proj(*where[visit.place])
            k = placed.get(visit.place, 0)
            placed[visit.place] = k + 1
            x += 13 * k
            markers.append(
                f'<g class="stop visit"><circle cx="{x:.1f}" cy="{y:.1f}" r="9" fill="{colour}" stroke="#fff" stroke-width="1.6"/>'
                f'<text x="{x:.1f}" y="{y + 3.6:.1f}" text-anchor="middle" font-size="10.5" font-weight="700" fill="#fff">{n}</text></g>'
            )
            label_for(visit.place, visit.name_zh, visit.name_en)
        if day.overnight and day.overnight in where:
            x, y = proj(*where[day.overnight])
            k = placed.get(day.overnight, 0)
            placed[day.overnight] = k + 1
            x += 13 * k
            markers.append(
                f'<g class="stop night"><rect x="{x - 9:.1f}" y="{y - 9:.1f}" width="18" height="18" rx="4" fill="#1f2a44" stroke="#fff" stroke-width="1.6"/>'
                f'<path transform="translate({x - 6:.1f} {y - 6:.1f}) scale(0.75)" d="M11.5 11.5A5.5 5.5 0 0 1 6 1.5a6 6 0 1 0 8 8 5.5 5.5 0 0 1-2.5 2z" fill="#ffd166"/></g>'
            )
            label_for(day.overnight, day.overnight_name_zh or day.overnight, day.overnight_name_en or day.overnight)
    # labels: beside the marker, on the first side where they overlap no marker or label
    taken: list[tuple[float, float, float, float]] = []
    for pid in where:
        if pid in labels or pid in placed:
            x, y = proj(*where[pid])
            taken.append((x - 10, y - 10, x + 10 + 13 * max(placed.get(pid, 1) - 1, 0), y + 10))
    label_svg: list[str] = []
    for pid, texts in labels.items():
        if pid not in where:
            continue
        x, y = proj(*where[pid])
        x += 13 * max(placed.get(pid, 1) - 1, 0)
        text = texts[0]
        est = 6.6 * sum(2 if ord(ch) > 0x2E80 else 1 for ch in text)
        options = [("start", 13, 4), ("end", -13 - 13 * max(placed.get(pid, 1) - 1, 0), 4),
                   ("start", 8, -12), ("start", 8, 20), ("end", -8, -12), ("end", -8, 20)]
        choice = options[0]
        for anchor, dx, dy in options:
            x0 = x + dx if anchor == "start" else x + dx - est
            box = (x0, y + dy - 11, x0 + est, y + dy + 3)
            if box[0] < 2 or box[2] > width - 2 or box[1] < 2 or box[3] > map_h - 2:
                continue
            if not any(box[0] < t[2] and t[0] < box[2] and box[1] < t[3] and t[1] < box[3] for t in taken):
                choice = (anchor, dx, dy)
                taken.append(box)
                break
        anchor, dx, dy = choice
        label_svg.append(
            f'<text x="{x + dx:.1f}" y="{y + dy:.1f}" text-anchor="{anchor}" font-size="12" fill="#1b1b1b" '
            f'stroke="#fff" stroke-width="3" paint-order="stroke" stroke-linejoin="round">{escape(text)}</text>'
        )
    svg.extend(label_svg)
    svg.extend(markers)

    # scale bar (bottom left) and north arrow (top right)
    ppk = proj.px_per_km()
    bar_km = _nice_km(width * 0.22 / ppk)
    bar_px = bar_km * ppk
    drawn_pts = [proj(*p) for p in points]

    def crowd(x0: float, y0: float, x1: float, y1: float) -> int:
        return sum(1 for x, y in drawn_pts if x0 - 20 <= x <= x1 + 20 and y0 - 20 <= y <= y1 + 20)

    bw = bar_px + 56
    left_free = crowd(0, map_h - 40, bw, map_h) <= crowd(width - bw, map_h - 40, width, map_h)
    sx = 14 if left_free else width - bw + 8
    sy = map_h - 16
    svg.append(
        f'<g class="scale"><rect x="{sx - 6}" y="{sy - 20}" width="{bar_px + 12 + 44:.1f}" height="30" rx="3" fill="#fff" fill-opacity="0.85"/>'
        f'<path d="M{sx} {sy - 5}v6h{bar_px:.1f}v-6" fill="none" stroke="#222" stroke-width="1.5"/>'
        f'<rect x="{sx}" y="{sy - 2}" width="{bar_px / 2:.1f}" height="3" fill="#222"/>'
        f'<text x="{sx}" y="{sy - 9}" font-size="10" fill="#222">0</text>'
        f'<text x="{sx + bar_px:.1f}" y="{sy - 9}" font-size="10" fill="#222" text-anchor="middle">{bar_km:g} km</text></g>'
    )
    corners = [(width - 26, 18), (26, 18), (width - 26, map_h - 110), (26, map_h - 110)]
    nx_, ny_ = min(corners, key=lambda c: crowd(c[0] - 16, c[1], c[0] + 16, c[1] + 44))
    svg.append(
        f'<g class="north"><circle cx="{nx_}" cy="{ny_ + 14}" r="15" fill="#fff" fill-opacity="0.85" stroke="#c9d3dc"/>'
        f'<path d="M{nx_} {ny_ + 2}l7 20-7-5-7 5z" fill="#222"/>'
        f'<text x="{nx_}" y="{ny_ + 40}" text-anchor="middle" font-size="11" font-weight="700" fill="#222">N</text></g>'
    )

    # legend: days, then line styles of the modes used
    ly = map_h + 14
    x = 6
    for i, day in enumerate(itinerary.days):
        colour = DAY_COLOURS[i % len(DAY_COLOURS)]
        text = f"第{day.day}天" if lang == "zh" else f"Day {day.day}" if lang == "en" else f"第{day.day}天 Day {day.day}"
        svg.append(f'<rect x="{x}" y="{ly - 7}" width="16" height="6" rx="2" fill="{colour}"/>'
                   f'<text x="{x + 20}" y="{ly}" font-size="10.5" fill="#333">{text}</text>')
        x += 26 + (7 * len(text) if lang != "both" else 88)
    used = []
    for d in itinerary.days:
        for leg in d.legs:
            fam = mode_family(leg.mode, leg.family)
            if fam not in used:
                used.append(fam)
    from routes_api.render.common import FAMILY_LABELS

    x = 6
    ly2 = ly + 16
    for fam in used:
        zh, en = FAMILY_LABELS.get(fam, (fam, fam))
        text = zh if lang == "zh" else en if lang == "en" else f"{zh} {en}"
        dash = DASHES.get(fam, "")
        svg.append(f'<path d="M{x} {ly2 - 4}h26" stroke="#555" stroke-width="2.4" stroke-linecap="round" fill="none"'
                   + (f' stroke-dasharray="{dash}"' if dash else "") + "/>"
                   f'<text x="{x + 31}" y="{ly2}" font-size="10.5" fill="#333">{escape(text)}</text>')
        x += 40 + 6.4 * sum(2 if ord(ch) > 0x2E80 else 1 for ch in text)
    svg.append("</svg>")
    return "".join(svg)


def network_background(graph, bounds_hint: Iterable[LonLatT] | None = None) -> list[tuple[str, list[LonLatT]]]:
    """(network, coords) of each plan segment in a service graph (one direction per segment)."""
    seen: set[str] = set()
    out: list[tuple[str, list[LonLatT]]] = []
    for _u, _v, data in graph.edges(data=True):
        seg = data.get("segment")
        geom = data.get("geometry")
        if seg is None or geom is None or seg in seen:
            continue
        seen.add(seg)
        out.append((str(data.get("network", "")), [(float(x), float(y)) for x, y in geom.coords]))
    return out
