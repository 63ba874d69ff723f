"""Merge what the network authors staged into the published data files (deterministic).

* ``_staging/*-places.geojson``: places the segment authors needed. Ids missing from the
  gazetteer-based ``places.geojson`` are written to ``authoring/places_added.json``, which
  ``places.py`` appends; an id already present keeps the ``places.py`` coordinate and is
  reported when the two differ by more than 1 km.
* ``_staging/greenway-l1.geojson`` + ``_staging/greenway-l2.geojson`` -> ``greenway.geojson``.

Run:  .venv/bin/python network_data/authoring/merge_staging.py
"""
import glob
import json
import os

from routes_api.core.geo import haversine_m

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.dirname(HERE)
STAGING = os.path.join(DATA, "_staging")


def dist_m(a, b):
    return float(haversine_m(a[0], a[1], b[0], b[1]))


def write_collection(path, feats):
    with open(path, "w", encoding="utf-8") as f:
        f.write('{"type": "FeatureCollection", "features": [\n'
                + ",\n".join(json.dumps(x, ensure_ascii=False) for x in feats) + "\n]}\n")


def _anchor(ft, coords_of, max_m=3000):
    """Extend a segment to its from/to place when the author's place sat up to 3 km away
    (two authors placed the same village differently; places.py's coordinate wins)."""
    line = ft["geometry"]["coordinates"]
    props = ft["properties"]
    for end, pid in ((0, props["from"]), (-1, props["to"])):
        place = coords_of.get(pid)
        if place is None:
            continue
        d = dist_m(line[end], place)
        if 1 < d <= max_m:
            point = [round(place[0], 5), round(place[1], 5)]
            if end == 0:
                line.insert(0, point)
            else:
                line.append(point)
            print(f"extended {props['id']} by {d:.0f} m to {pid}")


def main():
    with open(os.path.join(DATA, "places.geojson"), encoding="utf-8") as f:
        base = {ft["properties"]["id"]: ft for ft in json.load(f)["features"]}
    added_path = os.path.join(HERE, "places_added.json")
    added = {}
    if os.path.exists(added_path):
        with open(added_path, encoding="utf-8") as f:
            added = {ft["properties"]["id"]: ft for ft in json.load(f)}
    for ident in list(base):
        if ident in added:
            base.pop(ident)  # places.geojson already holds the appended ones
    conflicts = []
    for path in sorted(glob.glob(os.path.join(STAGING, "*-places.geojson"))):
        with open(path, encoding="utf-8") as f:
            feats = json.load(f)["features"]
        for ft in feats:
            pid = ft["properties"]["id"]
            known = base.get(pid) or added.get(pid)
            if known is None:
                added[pid] = ft
                continue
            d = dist_m(known["geometry"]["coordinates"], ft["geometry"]["coordinates"])
            if d > 1000:
                conflicts.append((pid, os.path.basename(path), round(d)))
    with open(added_path, "w", encoding="utf-8") as f:
        f.write("[\n" + ",\n".join(json.dumps(added[k], ensure_ascii=False) for k in sorted(added)) + "\n]\n")
    print(f"{len(added)} places added from staging")
    for c in conflicts:
        print("conflict (kept places.py coordinate):", *c)
    gw = []
    for name in ("greenway-l1.geojson", "greenway-l2.geojson"):
        path = os.path.join(STAGING, name)
        if os.path.exists(path):
            with open(path, encoding="utf-8") as f:
                gw.extend(json.load(f)["features"])
    if gw:
        coords_of = {k: v["geometry"]["coordinates"] for k, v in {**base, **added}.items()}
        for ft in gw:
            _anchor(ft, coords_of)
        write_collection(os.path.join(DATA, "greenway.geojson"), gw)
        print(f"greenway.geojson: {len(gw)} segments")


if __name__ == "__main__":
    main()
