"""GeoJSON export (RFC 7946): a FeatureCollection of the legs (LineString) and the stops (Point).

Positions are [longitude, latitude] in WGS84 with six decimals (~0.1 m); no ``crs`` member
(RFC 7946 section 4); a ``bbox`` [west, south, east, north] for the whole collection.
"""

from __future__ import annotations

from collections.abc import Mapping

from routes_api.planners.models import Itinerary
from routes_api.render.common import LonLatT, leg_coords, mode_label, place_locations


def _pos(lon: float, lat: float) -> list[float]:
    return [round(lon, 6), round(lat, 6)]


def render_geojson(itinerary: Itinerary, *, locations: Mapping[str, LonLatT] | None = None) -> dict:
    """The itinerary as a GeoJSON FeatureCollection (a dict ready for ``json.dumps``)."""
    where = place_locations(itinerary, locations)
    features: list[dict] = []
    for day in itinerary.days:
        for i, leg in enumerate(day.legs):
            coords = [_pos(*c) for c in leg_coords(leg)]
            if len(coords) < 2:
                continue
            zh, en = mode_label(leg.mode)
            features.append({
                "type": "Feature",
                "geometry": {"type": "LineString", "coordinates": coords},
                "properties": {
                    "feature": "leg", "day": day.day, "date": day.date, "leg": i + 1,
                    "mode": leg.mode, "mode_zh": zh, "mode_en": en, "family": leg.family,
                    "network": leg.network, "corridor": leg.corridor,
                    "from": leg.from_place, "to": leg.to_place,
                    "from_name_zh": leg.from_name_zh, "from_name_en": leg.from_name_en,
                    "to_name_zh": leg.to_name_zh, "to_name_en": leg.to_name_en,
                    "distance_km": leg.distance_km, "duration_min": leg.duration_min,
                    "wait_min": leg.wait_min, "depart_at": leg.depart_at, "arrive_at": leg.arrive_at,
                    "co2_g": leg.co2_g, "instruction_zh": leg.instruction_zh,
                    "instruction_en": leg.instruction_en,
                },
            })
    n = 0
    first = itinerary.days[0].start_place if itinerary.days else None
    if first and first in where:
        features.append({"type": "Feature", "geometry": {"type": "Point", "coordinates": _pos(*where[first])},
                         "properties": {"feature": "start", "place": first, "day": 1}})
    for day in itinerary.days:
        for visit in day.visits:
            n += 1
            if visit.place not in where:
                continue
            features.append({
                "type": "Feature",
                "geometry": {"type": "Point", "coordinates": _pos(*where[visit.place])},
                "properties": {"feature": "visit", "number": n, "day": day.day, "place": visit.place,
                               "name_zh": visit.name_zh, "name_en": visit.name_en,
                               "arrive_at": visit.arrive_at, "dwell_min": visit.dwell_min,
                               "desc_zh": visit.desc_zh, "desc_en": visit.desc_en},
            })
        if day.overnight and day.overnight in where:
            features.append({
                "type": "Feature",
                "geometry": {"type": "Point", "coordinates": _pos(*where[day.overnight])},
                "properties": {"feature": "overnight", "day": day.day, "date": day.date, "place": day.overnight,
                               "name_zh": day.overnight_name_zh, "name_en": day.overnight_name_en},
            })
    lons = [c[0] for f in features for c in _positions(f["geometry"])]
    lats = [c[1] for f in features for c in _positions(f["geometry"])]
    out: dict = {"type": "FeatureCollection"}
    if lons:
        out["bbox"] = [min(lons), min(lats), max(lons), max(lats)]
    # a foreign member (RFC 7946 section 6.1) naming the plan
    out["itinerary"] = {"id": itinerary.id, "kind": itinerary.kind, "ref": itinerary.ref,
                        "title_zh": itinerary.title_zh, "title_en": itinerary.title_en,
                        "start_date": itinerary.start_date, "phase": itinerary.phase}
    out["features"] = features
    return out


def _positions(geom: dict) -> list[list[float]]:
    return [geom["coordinates"]] if geom["type"] == "Point" else geom["coordinates"]
