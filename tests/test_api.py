"""The HTTP API on a small network."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from routes_api.api.app import create_app
from routes_api.data.load import DataError


@pytest.fixture
def client(mini_dir, mini_itineraries, tmp_path):
    app = create_app(mini_dir, itinerary_dir=mini_itineraries, state_dir=tmp_path / "state")
    with TestClient(app) as c:
        yield c


def test_health(client):
    body = client.get("/v1/health").json()
    assert body["status"] == "ok" and body["places"] == 4 and body["segments"] == 4


def test_networks_report_km_and_targets(client):
    nets = {n["id"]: n for n in client.get("/v1/networks").json()["networks"]}
    assert set(nets) == {"water", "scenic_rail", "cycling", "greenway", "connector"}
    assert nets["greenway"]["target_km"] == 6100
    assert nets["connector"]["target_km"] is None
    # the greenway segment is built in 2025, so it counts from 2025 on
    gw = nets["greenway"]
    assert gw["cumulative_km"]["existing"] == 0
    assert gw["cumulative_km"]["2025"] == pytest.approx(gw["km"], abs=0.1) and gw["km"] > 10
    assert nets["water"]["subtotals"]["inland"]["km"] == pytest.approx(nets["water"]["km"], abs=0.1)


def test_openapi_docs(client):
    assert client.get("/docs").status_code == 200
    schema = client.get("/openapi.json").json()
    assert "/v1/networks" in schema["paths"]


def test_bad_data_stops_startup(mini_dir):
    (mini_dir / "places.geojson").write_text("{}")
    with pytest.raises(DataError, match="places.geojson"):
        with TestClient(create_app(mini_dir, state_dir=mini_dir / "state")):
            pass


def test_places_search_both_languages(client):
    assert [p["id"] for p in client.get("/v1/places", params={"q": "周庄"}).json()["places"]] == ["zhouzhuang"]
    assert [p["id"] for p in client.get("/v1/places", params={"q": "tongli"}).json()["places"]] == ["tongli"]
    assert client.get("/v1/places/luzhi").json()["name_zh"] == "甪直"
    r = client.get("/v1/places/atlantis")
    assert r.status_code == 404 and "atlantis" in r.json()["error"]


def test_route_between_places(client):
    r = client.post("/v1/routes", json={"from": "kunshan", "to": "zhouzhuang", "phase": "2050",
                                       "depart_at": "2026-05-01T08:00"})
    assert r.status_code == 200, r.text
    body = r.json()
    assert [leg["mode"] for leg in body["legs"]] == ["hsr", "sightseeing_boat"]
    assert body["legs"][0]["depart_at"] > "2026-05-01T08:00"
    assert body["totals"]["co2_saved_g"] > 0
    geom = body["legs"][1]["geometry"]
    assert geom["type"] == "LineString" and geom["coordinates"][0] == [120.864, 31.267]


def test_route_from_point_reports_access_leg(client):
    r = client.post("/v1/routes", json={"from": {"lon": 120.72, "lat": 31.162}, "to": "zhouzhuang",
                                       "modes": ["bike"], "phase": "2050"})
    assert r.status_code == 200, r.text
    legs = r.json()["legs"]
    assert legs[0]["access"] and legs[0]["to_place"] == "tongli"
    assert all(leg["network"] in ("access", "cycling", "greenway") for leg in legs)


def test_unreachable_says_which_restriction(client):
    r = client.post("/v1/routes", json={"from": "kunshan", "to": "zhouzhuang", "modes": ["bike"], "phase": "2050"})
    assert r.status_code == 422
    assert "allowing 'rail'" in r.json()["error"]


@pytest.mark.parametrize("body,fragment", [
    ({"from": "kunshan"}, "to"),
    ({"from": "kunshan", "to": "tongli", "optimize": "cheapest"}, "optimize"),
    ({"from": {"lon": 116.4, "lat": 39.9}, "to": "tongli"}, "outside the region"),
    ({"from": {"lon": "NaN", "lat": 31}, "to": "tongli"}, "from"),
    ({"from": "", "to": "tongli"}, "place id"),
    ({"from": "kunshan", "to": "tongli", "modes": ["teleport"]}, "modes"),
    ({"from": "kunshan", "to": "tongli", "avoid": ["boat", "ferry", "scenic_rail", "rail", "bike", "walk", "bus"]}, "avoided"),
])
def test_bad_route_requests_get_4xx_with_message(client, body, fragment):
    r = client.post("/v1/routes", json=body)
    assert 400 <= r.status_code < 500, r.text
    assert fragment in r.json()["error"]


def test_unknown_place_in_route_is_404(client):
    r = client.post("/v1/routes", json={"from": "atlantis", "to": "tongli"})
    assert r.status_code == 404 and "atlantis" in r.json()["error"]


def test_circle_itinerary_and_saved_plan(client):
    r = client.get("/v1/circles/jiangnan-water-towns/itinerary",
                   params={"start_date": "2026-05-01", "pace": "relaxed", "phase": "2050"})
    assert r.status_code == 200, r.text
    it = r.json()
    assert [d["date"] for d in it["days"]] == ["2026-05-01", "2026-05-02", "2026-05-03"]
    assert it["days"][0]["overnight"] and it["days"][-1]["overnight"] is None
    r = client.post("/v1/itineraries", json={"kind": "circle", "circle": "jiangnan-water-towns",
                                            "start_date": "2026-05-01", "phase": "2050"})
    assert r.status_code == 201, r.text
    saved = r.json()
    assert len(saved["id"]) == 36
    assert len(saved.pop("owner_token")) >= 40  # shown once, never again
    again = client.get(f"/v1/itineraries/{saved['id']}").json()
    assert again == saved
    assert client.get("/v1/itineraries/not-a-plan").status_code == 404


def test_itinerary_bad_parameters(client):
    r = client.get("/v1/circles/jiangnan-water-towns/itinerary", params={"pace": "sprint"})
    assert r.status_code == 422 and "pace" in r.json()["error"]
    r = client.get("/v1/circles/nowhere/itinerary")
    assert r.status_code == 404
    r = client.post("/v1/itineraries", json={"kind": "custom", "origin": "kunshan", "days": 15,
                                            "start_date": "2026-05-01"})
    assert r.status_code == 422 and "days" in r.json()["error"]


def test_request_mode_families_match_the_modes_table():
    import typing

    from routes_api.core.vocabulary import FamilyName
    from routes_api.core.modes import MODE_FAMILIES

    assert set(typing.get_args(FamilyName)) == set(MODE_FAMILIES)
