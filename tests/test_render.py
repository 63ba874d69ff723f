"""Renderers of an itinerary: GPX, GeoJSON, iCalendar, SVG map and printable HTML.

The exports are parsed with real libraries (gpxpy, icalendar, shapely) and compared with the
itinerary they came from; every text field is tried with a script-injection payload.
"""

from __future__ import annotations

import datetime as dt
import json
import xml.etree.ElementTree as ET
from html.parser import HTMLParser

import gpxpy
import icalendar
import pytest
from fastapi.testclient import TestClient
from shapely.geometry import shape

from routes_api.api.app import create_app
from routes_api.core.vocabulary import REGION_LAT, REGION_LON
from routes_api.planners.models import Itinerary
from routes_api.render.fonts import font_file
from routes_api.render.geojson import render_geojson
from routes_api.render.gpx import render_gpx
from routes_api.render.html import render_print_html
from routes_api.render.ics import render_ics
from routes_api.render.svg import route_map_svg

PAYLOAD = "<script>alert(1)</script>\"'&<img src=x onerror=alert(2)>]]><!--"
# fields that must keep their shape for the plan to be a plan (dates, times, enums)
STRUCTURAL = {"kind", "start_date", "date", "depart_at", "arrive_at", "day_end_at", "type", "id"}


@pytest.fixture
def itinerary(mini_dir, mini_itineraries, tmp_path) -> Itinerary:
    app = create_app(mini_dir, itinerary_dir=mini_itineraries, state_dir=tmp_path / "state")
    with TestClient(app) as c:
        r = c.post("/v1/itineraries", json={"kind": "circle", "circle": "jiangnan-water-towns",
                                            "start_date": "2026-05-01", "phase": "2050"})
        assert r.status_code == 201, r.text
        return Itinerary.model_validate(r.json())


def _poisoned(it: Itinerary) -> Itinerary:
    def walk(value, key=None):
        if isinstance(value, dict):
            return {k: walk(v, k) for k, v in value.items()}
        if isinstance(value, list):
            return [walk(v, key) for v in value]
        if isinstance(value, str) and key not in STRUCTURAL:
            return f"{value}{PAYLOAD}"
        return value

    body = walk(it.model_dump())
    body["desc_zh"] = PAYLOAD
    for day in body["days"]:
        for visit in day["visits"]:
            visit["desc_zh"] = visit["desc_en"] = PAYLOAD
    body["warnings"] = [PAYLOAD]
    return Itinerary.model_validate({k: v for k, v in body.items() if k in Itinerary.model_fields})


class _Tags(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags: list[tuple[str, dict]] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))


def _assert_no_active_markup(html: str) -> None:
    parser = _Tags()
    parser.feed(html)
    names = {t for t, _ in parser.tags}
    assert "script" not in names and "img" not in names and "iframe" not in names
    for tag, attrs in parser.tags:
        assert not any(a.lower().startswith("on") for a in attrs), (tag, attrs)
        for a in ("src", "href"):
            value = attrs.get(a) or ""
            assert not value.startswith(("http:", "https:", "//", "javascript:")), (tag, attrs)


# --- GPX ---------------------------------------------------------------------------------


def test_gpx_is_gpx11_with_a_track_per_day(itinerary):
    text = render_gpx(itinerary)
    assert 'xmlns="http://www.topografix.com/GPX/1/1"' in text and 'version="1.1"' in text
    gpx = gpxpy.parse(text)
    assert len(gpx.tracks) == len(itinerary.days)
    for day, track in zip(itinerary.days, gpx.tracks):
        assert f"Day {day.day}" in track.name and f"第{day.day}天" in track.name
        assert len(track.segments) == len(day.legs)
        for leg, seg in zip(day.legs, track.segments):
            coords = leg.geometry["coordinates"]
            assert [(round(p.longitude, 6), round(p.latitude, 6)) for p in seg.points] == [(round(x, 6), round(y, 6)) for x, y in coords]
            # plan times are Shanghai local (UTC+8): the GPX says the same instant in UTC
            start = dt.datetime.fromisoformat(leg.depart_at).replace(tzinfo=dt.timezone(dt.timedelta(hours=8)))
            assert seg.points[0].time == start
    names = [w.name for w in gpx.waypoints]
    visits = [v for d in itinerary.days for v in d.visits]
    nights = [d for d in itinerary.days if d.overnight]
    assert len(gpx.waypoints) == len(visits) + len(nights)
    for v in visits:
        assert any(v.name_zh in n and v.name_en in n for n in names)
    for d in nights:
        assert any(d.overnight_name_en in n for n in names)
    assert {w.type for w in gpx.waypoints} == {"visit", "overnight"}


# --- GeoJSON -----------------------------------------------------------------------------


def _positions(geom):
    return [geom["coordinates"]] if geom["type"] == "Point" else geom["coordinates"]


def test_geojson_is_rfc7946_lon_lat(itinerary):
    fc = json.loads(json.dumps(render_geojson(itinerary)))
    assert fc["type"] == "FeatureCollection" and "crs" not in fc
    legs = [f for f in fc["features"] if f["properties"]["feature"] == "leg"]
    assert len(legs) == sum(len(d.legs) for d in itinerary.days)
    for f in fc["features"]:
        assert f["type"] == "Feature" and set(f) >= {"geometry", "properties"}
        assert f["geometry"]["type"] in ("Point", "LineString")
        assert shape(f["geometry"]).is_valid
        for lon, lat in _positions(f["geometry"]):
            # [longitude, latitude]: the region's longitudes and latitudes do not overlap
            assert REGION_LON[0] <= lon <= REGION_LON[1] and REGION_LAT[0] <= lat <= REGION_LAT[1]
    flat = [leg for d in itinerary.days for leg in d.legs]
    for f, leg in zip(legs, flat):
        assert f["geometry"]["coordinates"] == [[round(x, 6), round(y, 6)] for x, y in leg.geometry["coordinates"]]
        assert f["properties"]["mode"] == leg.mode and f["properties"]["distance_km"] == leg.distance_km
    west, south, east, north = fc["bbox"]
    assert west < east and south < north
    kinds = [f["properties"]["feature"] for f in fc["features"]]
    assert kinds.count("visit") == sum(len(d.visits) for d in itinerary.days)
    assert kinds.count("overnight") == sum(1 for d in itinerary.days if d.overnight)


# --- iCalendar ---------------------------------------------------------------------------


def test_ics_has_an_event_per_day_at_the_nights_place(itinerary):
    text = render_ics(itinerary)
    assert all(len(line.encode()) <= 75 for line in text.split("\r\n"))
    cal = icalendar.Calendar.from_ical(text)
    events = [c for c in cal.walk("VEVENT")]
    assert len(events) == len(itinerary.days)
    for day, ev in zip(itinerary.days, events):
        assert ev.decoded("DTSTART") == dt.date.fromisoformat(day.date)
        assert ev.decoded("DTEND") == dt.date.fromisoformat(day.date) + dt.timedelta(days=1)
        summary = str(ev["SUMMARY"])
        assert f"第{day.day}天" in summary and f"Day {day.day}" in summary
        if day.overnight:
            assert day.overnight_name_zh in str(ev["LOCATION"]) and day.overnight_name_en in str(ev["LOCATION"])
        desc = str(ev["DESCRIPTION"])
        for leg in day.legs:
            assert leg.to_name_en in desc
    assert len({str(ev["UID"]) for ev in events}) == len(events)


# --- SVG map -----------------------------------------------------------------------------


def test_svg_map_has_day_colours_numbered_stops_scale_and_north(itinerary):
    svg = route_map_svg(itinerary, standalone=True)
    root = ET.fromstring(svg.split("?>", 1)[1])
    ns = "{http://www.w3.org/2000/svg}"
    legs = [p for p in root.iter(f"{ns}path") if "leg" in (p.get("class") or "")]
    assert len(legs) == sum(len(d.legs) for d in itinerary.days)
    assert len({p.get("stroke") for p in legs}) == len([d for d in itinerary.days if d.legs])
    visits = [g for g in root.iter(f"{ns}g") if g.get("class") == "stop visit"]
    numbers = [t.text for g in visits for t in g.iter(f"{ns}text")]
    assert numbers == [str(i + 1) for i in range(sum(len(d.visits) for d in itinerary.days))]
    assert any(g.get("class") == "scale" for g in root.iter(f"{ns}g"))
    texts = [t.text for t in root.iter(f"{ns}text")]
    assert "N" in texts and any(t and t.endswith(" km") for t in texts)


# --- printable HTML ----------------------------------------------------------------------


def test_print_html_has_cover_days_and_nights(itinerary):
    html = render_print_html(itinerary, embed_font=False)
    assert html.startswith("<!DOCTYPE html>") and "size: A4" in html
    assert itinerary.title_zh in html and itinerary.title_en in html
    for day in itinerary.days:
        assert f"第{day.day}天" in html and f"Day {day.day}" in html
        for v in day.visits:
            assert v.name_zh in html and v.name_en in html
        if day.overnight:
            assert day.overnight_name_zh in html and day.overnight_name_en in html
    assert f"{itinerary.totals.co2_saved_g / 1000:.1f} kg" in html
    assert "<svg" in html and 'class="route-map"' in html
    _assert_no_active_markup(html)
    zh = render_print_html(itinerary, lang="zh", embed_font=False)
    en = render_print_html(itinerary, lang="en", embed_font=False)
    assert "第1天" in zh and "Day 1 ·" not in zh
    assert "Day 1" in en and "第1天" not in en
    with pytest.raises(ValueError):
        render_print_html(itinerary, lang="fr", embed_font=False)


@pytest.mark.skipif(font_file() is None, reason="no Noto Sans CJK font installed (Debian fonts-noto-cjk)")
def test_print_html_embeds_a_small_cjk_subset(itinerary):
    html = render_print_html(itinerary)
    assert "@font-face{font-family:RoutesCJK" in html and "data:font/otf;base64," in html
    # the subset, not the 20 MB collection
    assert len(html.encode()) < 600_000


def test_script_injection_through_every_text_field_is_escaped(itinerary):
    bad = _poisoned(itinerary)
    for lang in ("both", "zh", "en"):
        html = render_print_html(bad, lang=lang, title=PAYLOAD, note=PAYLOAD, embed_font=False)
        _assert_no_active_markup(html)
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    svg = route_map_svg(bad, standalone=True)
    root = ET.fromstring(svg.split("?>", 1)[1])  # well-formed: nothing broke out of a text node
    assert not [e for e in root.iter() if e.tag.endswith("script") or e.tag.endswith("image")]
    assert not [a for e in root.iter() for a in e.attrib if a.lower().startswith("on")]
    gpx = gpxpy.parse(render_gpx(bad, title=PAYLOAD))
    assert gpx.name == PAYLOAD and PAYLOAD in gpx.tracks[0].description
    cal = icalendar.Calendar.from_ical(render_ics(bad, title=PAYLOAD))
    assert all(PAYLOAD in str(ev["SUMMARY"]) for ev in cal.walk("VEVENT"))
    fc = json.loads(json.dumps(render_geojson(bad)))
    assert fc["features"][0]["properties"]["instruction_en"].endswith(PAYLOAD)
