"""GeoJSON export of the candidates and fragments (RFC 7946)."""

from __future__ import annotations

import math


from routes_api.analysis.gaps.models import ConnectivityReport, GapReport


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
