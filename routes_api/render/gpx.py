"""GPX 1.1 export: one track per day (one segment per leg), waypoints for visits and nights.

Times in the plan are local (Asia/Shanghai, UTC+8, no daylight saving); GPX wants UTC, so they
are shifted by eight hours and written with ``Z``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from xml.etree import ElementTree as ET

from routes_api.planners.models import Itinerary
from routes_api.render.common import LonLatT, leg_coords, mode_label, parse_local, place_locations

NS = "http://www.topografix.com/GPX/1/1"
SHANGHAI = dt.timezone(dt.timedelta(hours=8))


def utc(iso_local: str | None) -> str | None:
    """A local plan time as an xsd:dateTime in UTC (``2026-05-01T01:00:00Z``)."""
    t = parse_local(iso_local)
    if t is None:
        return None
    if t.tzinfo is None:
        t = t.replace(tzinfo=SHANGHAI)
    return t.astimezone(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def _sub(parent: ET.Element, tag: str, text: str | None = None, **attrs) -> ET.Element:
    el = ET.SubElement(parent, f"{{{NS}}}{tag}", {k: v for k, v in attrs.items()})
    if text is not None:
        el.text = text
    return el


def render_gpx(itinerary: Itinerary, *, locations: Mapping[str, LonLatT] | None = None,
               title: str | None = None) -> str:
    """The itinerary as a GPX 1.1 document (UTF-8 text)."""
    ET.register_namespace("", NS)
    root = ET.Element(f"{{{NS}}}gpx", {"version": "1.1", "creator": "routes-api"})
    meta = _sub(root, "metadata")
    _sub(meta, "name", title or f"{itinerary.title_zh} / {itinerary.title_en}")
    _sub(meta, "desc", f"{itinerary.summary_zh}\n{itinerary.summary_en}".strip() or None)
    where = place_locations(itinerary, locations)
    # waypoints first (GPX 1.1 order: metadata, wpt*, rte*, trk*)
    for day in itinerary.days:
        for visit in day.visits:
            if visit.place not in where:
                continue
            lon, lat = where[visit.place]
            w = _sub(root, "wpt", lat=f"{lat:.6f}", lon=f"{lon:.6f}")
            if utc(visit.arrive_at):
                _sub(w, "time", utc(visit.arrive_at))
            _sub(w, "name", f"{visit.name_zh} {visit.name_en}")
            _sub(w, "desc", f"Day {day.day}: visit {visit.dwell_min} min. {visit.desc_zh} {visit.desc_en}".strip())
            _sub(w, "type", "visit")
        if day.overnight and day.overnight in where:
            lon, lat = where[day.overnight]
            w = _sub(root, "wpt", lat=f"{lat:.6f}", lon=f"{lon:.6f}")
            if utc(day.day_end_at):
                _sub(w, "time", utc(day.day_end_at))
            _sub(w, "name", f"{day.overnight_name_zh or day.overnight} {day.overnight_name_en or ''}".strip())
            _sub(w, "desc", f"Day {day.day}: night / 第{day.day}晚住宿")
            _sub(w, "type", "overnight")
    for day in itinerary.days:
        trk = _sub(root, "trk")
        _sub(trk, "name", f"第{day.day}天 Day {day.day} {day.date}")
        _sub(trk, "desc", " | ".join(f"{leg.instruction_zh} / {leg.instruction_en}" for leg in day.legs) or None)
        _sub(trk, "number", str(day.day))
        for leg in day.legs:
            coords = leg_coords(leg)
            if not coords:
                continue
            seg = _sub(trk, "trkseg")
            for k, (lon, lat) in enumerate(coords):
                p = _sub(seg, "trkpt", lat=f"{lat:.6f}", lon=f"{lon:.6f}")
                stamp = utc(leg.depart_at) if k == 0 else utc(leg.arrive_at) if k == len(coords) - 1 else None
                if stamp:
                    _sub(p, "time", stamp)
                if k == 0:
                    _sub(p, "name", f"{mode_label(leg.mode)[1]}: {leg.from_name_en} → {leg.to_name_en}")
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"
