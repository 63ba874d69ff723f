"""Connectivity-gap analysis on hand-made networks whose answers are known."""

from __future__ import annotations

import json
import math
import shutil
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from conftest import DATA_DIR, FILES, place, segment, write_collection
from routes_api.api.app import create_app
from routes_api.core.settings import Settings
from routes_api.core.geo import haversine_m
from routes_api.data.load import load_network
from routes_api.analysis import gaps as g

LAT = 31.30


def _pt(pid, lon, lat=LAT, kind="town", **extra):
    return place(pid, pid, pid.title(), lon, lat, kind=kind, **extra)


def _net(tmp: Path, places: list[dict], segments: dict[str, list[dict]]) -> Path:
    shutil.copy(DATA_DIR / "corridors.json", tmp / "corridors.json")
    write_collection(tmp / "places.geojson", places)
    for network, name in FILES.items():
        write_collection(tmp / name, segments.get(network, []))
    return tmp


def _cyc(sid, a, b, coords, **kw):
    return segment(sid, "cycling", "cyc-taihu", a, b, coords, **kw)


# Component 0: shanghai - a2 - a3 along lat 31.30 (cycling, about 9.5 km);
# component 1: b1 - b2, 1.9 km east of a3 (the one obvious gap);
# component 2: a 50 m fragment 22 km north of everything (no candidate within 5 km);
# a pier 1.1 km north of a3, on no network; b1/b2 form a circle's core out of reach.
PLACES = [
    _pt("shanghai", 120.60, kind="city_center", city="shanghai", circles=["shanghai-metropolis"]),
    _pt("a2", 120.65, circles=[]),
    _pt("a3", 120.70, kind="rail_station", circles=[], visit_min=0),
    _pt("b1", 120.72, circles=["taihu-yangchenghu"]),
    _pt("b2", 120.80, circles=["taihu-yangchenghu"]),
    _pt("f1", 120.60, 31.50, circles=[]),
    _pt("f2", 120.600527, 31.50, circles=[]),
    _pt("a3-pier", 120.70, 31.31, kind="pier", circles=[], visit_min=0),
]
SEGMENTS = {
    "cycling": [
        _cyc("c-a1", "shanghai", "a2", [[120.60, LAT], [120.65, LAT]]),
        _cyc("c-a2", "a2", "a3", [[120.65, LAT], [120.70, LAT]]),
        _cyc("c-b1", "b1", "b2", [[120.72, LAT], [120.76, LAT], [120.80, LAT]]),
        _cyc("c-f1", "f1", "f2", [[120.60, 31.50], [120.600527, 31.50]]),
    ],
}


@pytest.fixture
def two_parts(tmp_path) -> Path:
    (tmp_path / "data").mkdir()
    return _net(tmp_path / "data", PLACES, SEGMENTS)


@pytest.fixture
def data(two_parts):
    return load_network(two_parts)


def test_components_keep_the_50_m_fragment(data):
    conn = g.connectivity_report(data, ["cycling"], "existing")
    assert conn.count == 3
    assert [c.places for c in conn.components] == [3, 2, 2]
    fragment = conn.components[2]
    assert fragment.place_ids == ["f1", "f2"] and fragment.isolated
    assert fragment.km == pytest.approx(0.05, abs=0.002)
    assert fragment.geometry["type"] == "MultiLineString"
    assert conn.components[0].geometry is None and not conn.components[0].isolated
    assert conn.total_km == pytest.approx(sum(c.km for c in conn.components), abs=0.01)
    assert conn.largest_share == pytest.approx(conn.components[0].km / conn.total_km, abs=1e-3)


def test_exactly_one_obvious_link(data):
    report = g.gap_report(data, ["cycling"], "existing", max_gap_km=5, limit=10)
    assert report.candidates_found == 1
    (cand,) = report.candidates
    assert cand.kind == "endpoint-endpoint"
    assert {cand.from_.place, cand.to.place} == {"a3", "b1"}
    expected = float(haversine_m(120.70, LAT, 120.72, LAT)) / 1000
    assert cand.length_km == pytest.approx(expected, abs=0.002)
    assert sorted(cand.joins.components) == [0, 1]
    assert cand.joins.circles_gained == ["shanghai-metropolis", "taihu-yangchenghu"]
    assert cand.score > 0 and cand.recommended_step == 1
    assert report.augmentation.min_length_links == [cand.id]
    assert report.augmentation.greedy_components_after == 2


def test_endpoint_to_segment_candidate(tmp_path):
    places = PLACES + [_pt("t1", 120.675, 31.32, circles=[]), _pt("t2", 120.675, 31.36, circles=[])]
    segs = {"cycling": SEGMENTS["cycling"] + [_cyc("c-t", "t1", "t2", [[120.675, 31.32], [120.675, 31.36]])]}
    (tmp_path / "d").mkdir()
    data = load_network(_net(tmp_path / "d", places, segs))
    report = g.gap_report(data, ["cycling"], "existing", max_gap_km=5, limit=10)
    ps = [c for c in report.candidates if c.kind == "endpoint-segment" and c.from_.place == "t1"]
    assert len(ps) == 1
    assert ps[0].to.segment == "c-a2" and ps[0].to.lon == pytest.approx(120.675, abs=1e-4)
    assert ps[0].length_km == pytest.approx(2.224, abs=0.01)
    # the place-to-place alternative to a2/a3 is longer, and the ranking prefers the foot
    pp = [c for c in report.candidates if c.kind == "endpoint-endpoint" and "t1" in (c.from_.place, c.to.place)]
    assert pp and pp[0].length_km > ps[0].length_km and pp[0].rank > ps[0].rank


def test_intermodal_gaps(data):
    inter = g.intermodal_report(data, "existing", walk_m=800)
    assert inter.stations == 2 and inter.stations_linked == 1
    (gap,) = inter.station_gaps
    assert gap.place == "a3-pier" and gap.distance_m == pytest.approx(1112, abs=10)
    assert gap.link.to.place == "a3"
    reach = {c.circle: c for c in inter.circles}
    taihu = reach["taihu-yangchenghu"]
    assert taihu.unreached == ["b1", "b2"] and taihu.reached == 0
    (fix,) = taihu.fixes
    assert fix.from_.place == "b1" and fix.link.to.place == "a3"
    assert fix.link.length_km == pytest.approx(1.9, abs=0.05)
    assert reach["shanghai-metropolis"].unreached == []
    # a generous walk reaches the pier
    assert g.intermodal_report(data, "existing", walk_m=1200).station_gaps == []


def test_progress_and_coverage(data):
    prog = g.progress_report(data, ["cycling", "greenway"], "existing")
    cyc = next(n for n in prog.networks if n.network == "cycling")
    assert cyc.km_at_phase == pytest.approx(9.5 + 7.6 + 0.05, abs=0.3)
    assert cyc.target_km and cyc.share_of_target == pytest.approx(cyc.km_at_phase / cyc.target_km, abs=1e-3)
    cov = {c.circle: c for c in prog.coverage}
    assert cov["taihu-yangchenghu"].share == {"cycling": 1.0, "greenway": 0.0}


def _link(coords, network="cycling", phase="2025", **props):
    return {"type": "Feature", "properties": {"network": network, "phase": phase, **props},
            "geometry": {"type": "LineString", "coordinates": coords}}


def test_what_if_link_merges_components(data):
    before_places = dict(data.places)
    links = g.parse_links({"type": "FeatureCollection", "features": [_link([[120.7003, LAT], [120.7198, LAT]])]})
    out = g.what_if(data, links, ["cycling"], "2035", max_gap_km=5, limit=10)
    (link,) = out.links
    assert (link.from_.how, link.from_.place, link.to.place) == ("place", "a3", "b1")
    assert link.counted
    assert out.before.components == 3 and out.after.components == 2
    assert out.delta["components"] == -1
    assert out.delta["total_km"] == pytest.approx(link.length_km, abs=0.01)
    assert out.after.largest_share > out.before.largest_share
    assert out.before.unreached_core_places == 2 and out.after.unreached_core_places == 0
    assert out.after_report.gaps.candidates_found == 0
    # the loaded data is unchanged
    assert data.places == before_places and len(data.segments) == 4
    assert g.connectivity_report(data, ["cycling"], "2035").count == 3


def test_what_if_splits_the_nearest_segment(data):
    # from b1 west to a point 2.5 km from any place but on segment c-a2
    links = g.parse_links([_link([[120.72, LAT], [120.675, LAT + 0.002]], phase="existing")])
    out = g.what_if(data, links, ["cycling"], "existing")
    (link,) = out.links
    assert link.to.how == "split" and link.to.segment == "c-a2" and link.to.distance_m < 250
    assert out.after.components == 2
    # a later phase does not count at "existing"
    late = g.what_if(data, g.parse_links([_link([[120.70, LAT], [120.72, LAT]], phase="2050")]),
                     ["cycling"], "existing")
    assert not late.links[0].counted and late.delta["components"] == 0


@pytest.mark.parametrize("bad, message", [
    ({"type": "FeatureCollection", "features": []}, "at least one"),
    ([_link([[120.7, LAT]])], "two"),
    ([_link([[31.3, 120.7], [31.3, 120.72]])], "[lat, lon]"),
    ([_link([[120.7, LAT], [120.72, LAT]], network="bus")], "network"),
    ([_link([[120.7, LAT], [120.72, LAT]], phase="2099")], "phase"),
])
def test_parse_links_rejects(bad, message):
    with pytest.raises(ValueError, match=message.replace("[", r"\[").replace("]", r"\]")):
        g.parse_links(bad)


def test_parameters_rejected():
    with pytest.raises(ValueError, match="unknown network bikes"):
        g.parse_networks("cycling,bikes")
    with pytest.raises(ValueError, match="phase"):
        g.check_phase("2040")
    with pytest.raises(ValueError, match="max_gap_km"):
        g.check_number("max_gap_km", float("nan"), 0, 50)


# ---------------------------------------------------------------------------------------------
# API


@pytest.fixture
def client(two_parts, tmp_path):
    itineraries = tmp_path / "itin"
    (itineraries / "circles").mkdir(parents=True)
    (itineraries / "lines").mkdir()
    # POST /v1/gaps/what-if is an operator endpoint: it needs an API key
    app = create_app(two_parts, itinerary_dir=itineraries, state_dir=tmp_path / "state",
                     settings=Settings(api_keys="test-operator-key"))
    with TestClient(app, headers={"X-API-Key": "test-operator-key"}) as c:
        yield c


def test_api_connectivity(client):
    r = client.get("/v1/connectivity", params={"networks": "cycling", "phase": "2035"})
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["connectivity"]["count"] == 3 and body["headline"]["station_gaps"] == 1
    assert body["progress"]["networks"][0]["network"] == "cycling"


def test_api_gaps_json(client):
    r = client.get("/v1/gaps", params={"networks": "cycling", "phase": "2035", "max_gap_km": 5, "limit": 5})
    assert r.status_code == 200, r.text
    (cand,) = r.json()["candidates"]
    assert {"from", "to", "length_km", "joins", "score", "geometry"} <= set(cand)
    assert {cand["from"]["place"], cand["to"]["place"]} == {"a3", "b1"}


def _finite_numbers(obj):
    if isinstance(obj, dict):
        return all(_finite_numbers(v) for v in obj.values())
    if isinstance(obj, list):
        return all(_finite_numbers(v) for v in obj)
    return not isinstance(obj, float) or math.isfinite(obj)


def test_api_gaps_geojson_is_rfc7946(client):
    r = client.get("/v1/gaps", params={"networks": "cycling", "phase": "2035", "format": "geojson"})
    assert r.status_code == 200
    assert r.headers["content-type"].startswith("application/geo+json")
    doc = json.loads(r.text)
    assert doc["type"] == "FeatureCollection" and "crs" not in doc
    (feat,) = doc["features"]
    assert feat["type"] == "Feature" and feat["geometry"]["type"] == "LineString"
    for lon, lat in feat["geometry"]["coordinates"]:
        assert 119 <= lon <= 123 and 28.9 <= lat <= 32.8  # lon first
    assert _finite_numbers(doc)
    assert feat["properties"]["rank"] == 1


def test_api_what_if(client):
    body = {"networks": "cycling", "phase": "2035",
            "links": {"type": "FeatureCollection", "features": [_link([[120.70, LAT], [120.72, LAT]])]}}
    r = client.post("/v1/gaps/what-if", json=body)
    assert r.status_code == 200, r.text
    out = r.json()
    assert out["before"]["components"] == 3 and out["after"]["components"] == 2
    assert out["links"][0]["from"]["place"] == "a3"
    # the service's data is unchanged afterwards
    assert client.get("/v1/connectivity", params={"networks": "cycling"}).json()["connectivity"]["count"] == 3


@pytest.mark.parametrize("params, fragment", [
    ({"networks": "cycling,bikes"}, "bikes"),
    ({"networks": ""}, "networks"),
    ({"phase": "2040"}, "phase"),
    ({"max_gap_km": "nan"}, "max_gap_km"),
    ({"max_gap_km": "inf"}, "max_gap_km"),
    ({"max_gap_km": "-1"}, "max_gap_km"),
    ({"max_gap_km": "1e9"}, "max_gap_km"),
    ({"limit": "0"}, "limit"),
    ({"limit": "100000"}, "limit"),
    ({"format": "shp"}, "format"),
])
def test_api_bad_parameters_422(client, params, fragment):
    r = client.get("/v1/gaps", params=params)
    assert r.status_code == 422, r.text
    assert fragment in r.json()["error"]


@pytest.mark.parametrize("body, fragment", [
    ({"networks": "rivers", "links": {"type": "FeatureCollection", "features": [_link([[120.7, LAT], [120.72, LAT]])]}},
     "rivers"),
    ({"links": {"type": "FeatureCollection", "features": []}}, "links"),
    ({"links": {"type": "FeatureCollection", "features": [_link([[120.7, LAT], [120.72, LAT]], **{"from": "atlantis"})]}},
     "atlantis"),
    ({"walk_m": "nan", "links": {"type": "FeatureCollection", "features": []}}, "walk_m"),
    ({"phase": "2099", "links": {}}, "phase"),
])
def test_api_what_if_bad_body_422(client, body, fragment):
    r = client.post("/v1/gaps/what-if", json=body)
    assert r.status_code == 422, r.text
    assert fragment in r.json()["error"]


def test_api_connectivity_bad_phase(client):
    r = client.get("/v1/connectivity", params={"phase": "someday"})
    assert r.status_code == 422 and "phase" in r.json()["error"]


def test_cli_writes_geojson_and_map(two_parts, tmp_path, capsys):
    from routes_api.cli import main

    out, png = tmp_path / "gaps.geojson", tmp_path / "gaps.png"
    rc = main(["--data-dir", str(two_parts), "gaps", "--networks", "cycling", "--phase", "2035",
               "--out", str(out), "--map", str(png), "--quiet"])
    assert rc == 0
    text = capsys.readouterr().out
    assert "Gap candidates (1 found" in text and "b1 B1" in text
    doc = json.loads(out.read_text(encoding="utf-8"))
    kinds = [f["properties"]["feature"] for f in doc["features"]]
    assert kinds == ["gap_candidate", "component", "component"]
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert main(["--data-dir", str(two_parts), "gaps", "--networks", "bikes", "--quiet"]) == 2
