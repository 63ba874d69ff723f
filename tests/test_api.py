"""The HTTP API on a small network."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from routes_api.api.app import create_app
from routes_api.network.load import DataError


@pytest.fixture
def client(mini_dir):
    with TestClient(create_app(mini_dir)) as c:
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
        with TestClient(create_app(mini_dir)):
            pass
