"""Generate last-mile bus links for places that no authored segment reaches (deterministic).

Many visitable places (a garden, a temple, a beach) sit a few kilometres off the corridors.
The plan says nothing about how visitors get there; the connector layer carries a last-mile
bus/taxi link "where nothing green exists". For every place that no segment touches, this
script adds up to two `conn-last-mile` bus links to the nearest places that do have segments,
keeping only links whose straight line stays on land (Natural Earth land + minor islands,
500 m tolerance) and off lakes (Natural Earth lakes shrunk by 300 m), so an island place is
never joined to the mainland by road. The straight line stands in for the local road; the
router charges it 1.3x its length at bus speed (see routes_api/planners/modes.py).

Generated segments have ids `lastmile-<place>-<n>` and are rewritten on every run: rerun after
connectors.py or after places change.

Run:  .venv/bin/python network_data/authoring/last_mile.py   (needs ../shared/data/naturalearth)
"""
import json
import math
import os

from shapely.geometry import LineString, shape
from shapely.ops import unary_union

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.dirname(HERE)
NE = os.path.join(os.path.dirname(os.path.dirname(DATA)), "shared", "data", "naturalearth")
SEGMENT_FILES = ["water.geojson", "scenic_rail.geojson", "cycling.geojson", "greenway.geojson",
                 "connectors.geojson"]
MAX_KM = 30.0
LINKS_PER_PLACE = 2
STEP_KM = 9.0


def dist_km(a, b):
    lon1, lat1, lon2, lat2 = map(math.radians, (*a, *b))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * 6371.009 * math.asin(math.sqrt(h))


def layer(name):
    with open(os.path.join(NE, name), encoding="utf-8") as f:
        return [shape(ft["geometry"]) for ft in json.load(f)["features"]]


def densify(a, b):
    n = max(1, math.ceil(dist_km(a, b) / STEP_KM))
    return [[round(a[0] + (b[0] - a[0]) * i / n, 5), round(a[1] + (b[1] - a[1]) * i / n, 5)] for i in range(n + 1)]


def main():
    with open(os.path.join(DATA, "places.geojson"), encoding="utf-8") as f:
        places = {ft["properties"]["id"]: ft for ft in json.load(f)["features"]}
    touched = set()
    connectors = []
    for name in SEGMENT_FILES:
        with open(os.path.join(DATA, name), encoding="utf-8") as f:
            feats = json.load(f)["features"]
        if name == "connectors.geojson":
            feats = [ft for ft in feats if not ft["properties"]["id"].startswith("lastmile-")]
            connectors = feats
        for ft in feats:
            touched.add(ft["properties"]["from"])
            touched.add(ft["properties"]["to"])
    land = unary_union(layer("land.geojson") + layer("minor_islands.geojson")).buffer(0.005)
    lakes = unary_union([g.buffer(-0.003) for g in layer("lakes.geojson")])
    hubs = sorted(touched & set(places))
    added = []
    for pid in sorted(set(places) - touched):
        here = places[pid]["geometry"]["coordinates"]
        options = sorted(hubs, key=lambda h: dist_km(here, places[h]["geometry"]["coordinates"]))
        n = 0
        for hub in options:
            there = places[hub]["geometry"]["coordinates"]
            km = dist_km(here, there)
            if km > MAX_KM or n == LINKS_PER_PLACE:
                break
            line = LineString([here, there])
            if not land.contains(line) or line.intersects(lakes):
                continue
            n += 1
            p, h = places[pid]["properties"], places[hub]["properties"]
            added.append({"type": "Feature", "properties": {
                "id": f"lastmile-{pid}-{n}", "network": "connector", "corridor": "conn-last-mile",
                "name_zh": f"接驳公交：{h['name_zh']}—{p['name_zh']}",
                "name_en": f"Last-mile bus: {h['name_en']} - {p['name_en']}",
                "from": hub, "to": pid, "phase": "existing", "mode": "bus", "connector_kind": "bus",
                "headway_min": 30}, "geometry": {"type": "LineString", "coordinates": densify(there, here)}})
        if n == 0:
            print("no last-mile link possible for", pid)
    feats = connectors + added
    with open(os.path.join(DATA, "connectors.geojson"), "w", encoding="utf-8") as f:
        f.write('{"type": "FeatureCollection", "features": [\n'
                + ",\n".join(json.dumps(x, ensure_ascii=False) for x in feats) + "\n]}\n")
    print(f"{len(set(places) - touched)} places had no segment; {len(added)} last-mile links written")


if __name__ == "__main__":
    main()
