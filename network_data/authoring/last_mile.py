"""Generate last-mile bus links for places that nothing built today reaches (deterministic).

Many visitable places (a garden, a temple, a beach) sit a few kilometres off the corridors.
The plan says nothing about how visitors get there; the connector layer carries a last-mile
bus/taxi link "where nothing green exists". This script adds up to two `conn-last-mile` bus
links from every place that no segment built by 2025 touches to the nearest places that such
segments do touch. It keeps only links whose ends lie on the same land mass (Natural Earth
land + minor islands; a place on an island Natural Earth omits joins only places within 3 km
that are also off its land masses), whose straight line stays on land (1.5 km slack for the
coarse coast) and off lakes (Natural Earth lakes shrunk by 300 m): an island without a bridge
is never joined to the mainland by road. Bridged islands Natural Earth does not show are
listed in BRIDGED. The straight line stands in for the local road; it underestimates the
road by roughly a fifth, which the door-to-door bus speed in routes_api/planners/modes.py
(30 km/h) absorbs.

Generated segments have ids `lastmile-<place>-<n>` and are rewritten on every run: rerun after
connectors.py or after places change.

Run:  .venv/bin/python network_data/authoring/last_mile.py   (needs ../shared/data/naturalearth)
"""
import json
import math
import os

from shapely.geometry import LineString, Point, shape
from shapely.ops import unary_union

from routes_api.core.geo import haversine_m

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.dirname(HERE)
NE = os.path.join(os.path.dirname(os.path.dirname(DATA)), "shared", "data", "naturalearth")
SEGMENT_FILES = ["water.geojson", "scenic_rail.geojson", "cycling.geojson", "greenway.geojson",
                 "connectors.geojson"]
MAX_KM = 30.0
# Natural Earth's 1:10m coast is coarse: a link may leave its land polygon this far.
COAST_SLACK_KM = 1.5
# Places joined to the road network by real bridges that Natural Earth does not show (or
# whose island/peninsula it leaves out): Jintang bridge (Zhoushan-Ningbo link), Daxie and
# Meishan bridges (Beilun), the Taihu bridge to Xishan, the Mashan peninsula (Wuxi).
BRIDGED = {"jintang", "daxie", "meishan", "meishan-beach", "mashan", "mashan-pier", "xishan-pier",
           "xishan-shigongshan", "jinting", "mingyue-bay", "lingshan-buddha"}
LINKS_PER_PLACE = 2
STEP_KM = 9.0


def dist_km(a, b):
    return float(haversine_m(a[0], a[1], b[0], b[1])) / 1000


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
            # a place counts as served only by what is built now (existing / 2025): a bus
            # reaches it today even where a greenway is planned for 2050
            if ft["properties"]["phase"] in ("existing", "2025"):
                touched.add(ft["properties"]["from"])
                touched.add(ft["properties"]["to"])
    land = unary_union(layer("land.geojson") + layer("minor_islands.geojson")).buffer(0.005)
    # one polygon per land mass: a road link never joins two of them (no bridge is drawn),
    # and a place on an island Natural Earth omits links only to places on it, nearby
    masses = list(unary_union(layer("land.geojson") + layer("minor_islands.geojson")).buffer(0.01).geoms)

    def mass_of(point):
        for i, poly in enumerate(masses):
            if poly.contains(Point(point)):
                return i
        return None

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
            if pid not in BRIDGED:
                here_mass, there_mass = mass_of(here), mass_of(there)
                if here_mass != there_mass or (here_mass is None and km > 3):
                    continue
                off_land_km = line.difference(land).length * 105
                in_lake_km = line.intersection(lakes).length * 105
                if off_land_km > COAST_SLACK_KM or in_lake_km > 0.5:
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
