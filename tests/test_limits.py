"""Bad input always gets a 4xx that says what to fix; slow planning is cut off; the server
stays responsive while planners run."""

from __future__ import annotations

import threading
import time

import pytest
from fastapi.testclient import TestClient

from routes_api.api import itineraries as itin_api
from routes_api.api.app import create_app
from routes_api.core.settings import Settings


def make_app(mini_dir, mini_itineraries, tmp_path, **settings):
    settings.setdefault("rate_limit_per_minute", 0)
    return create_app(mini_dir, itinerary_dir=mini_itineraries, state_dir=tmp_path / "state",
                      settings=Settings(**settings))


@pytest.fixture
def client(mini_dir, mini_itineraries, tmp_path):
    with TestClient(make_app(mini_dir, mini_itineraries, tmp_path)) as c:
        yield c


C = "/v1/circles/jiangnan-water-towns/itinerary"
BAD = [
    ("post", "/v1/routes", {"from": {"lon": float("inf"), "lat": 31}, "to": "tongli"}, None, "from"),
    ("post", "/v1/routes", {"from": {"lon": 1e308, "lat": 31}, "to": "tongli"}, None, "from"),
    ("post", "/v1/routes", {"from": {"lon": 120.9, "lat": 31.3}, "to": 17}, None, "to"),
    ("post", "/v1/routes", {"from": "kunshan", "to": "tongli", "depart_at": "tomorrow"}, None, "depart_at"),
    ("post", "/v1/routes", {"from": "kunshan", "to": "tongli", "depart_at": "9999-12-31T23:59"}, None, "depart_at"),
    ("post", "/v1/routes", {"from": "kunshan", "to": "tongli", "modes": ["bike"] * 50}, None, "modes"),
    ("post", "/v1/routes", ["kunshan", "tongli"], None, "request"),
    ("post", "/v1/routes", "not json", None, "JSON"),
    ("post", "/v1/itineraries", {"kind": "custom", "origin": "kunshan", "days": 0, "start_date": "2026-05-01"}, None, "days"),
    ("post", "/v1/itineraries", {"kind": "custom", "origin": "kunshan", "days": 10**30, "start_date": "2026-05-01"}, None, "days"),
    ("post", "/v1/itineraries", {"kind": "custom", "origin": "", "days": 2, "start_date": "2026-05-01"}, None, "origin"),
    ("post", "/v1/itineraries", {"kind": "custom", "origin": "kunshan", "days": 2, "start_date": "9999-12-31"}, None, "start_date"),
    ("post", "/v1/itineraries", {"kind": "custom", "origin": "kunshan", "days": 2, "start_date": "2026-05-01",
                                 "must_visit": ["luzhi"] * 11}, None, "must_visit"),
    ("post", "/v1/itineraries", {"kind": "custom", "origin": "kunshan", "days": "two", "start_date": "2026-05-01"}, None, "days"),
    ("post", "/v1/itineraries", {"kind": "teleport"}, None, "kind"),
    ("post", "/v1/itineraries", {**{"kind": "circle", "circle": "jiangnan-water-towns", "start_date": "2026-05-01"},
                                 "title": "a\x00b"}, None, "title"),
    ("post", "/v1/itineraries", {**{"kind": "circle", "circle": "jiangnan-water-towns", "start_date": "2026-05-01"},
                                 "title": "x" * 121}, None, "title"),
    ("get", C, None, {"start_date": "0001-01-01"}, "start_date"),
    ("get", C, None, {"start_date": "2026-02-30"}, "start_date"),
    ("get", C, None, {"modes": "warp"}, "modes"),
    ("get", C, None, {"phase": "3000"}, "phase"),
    ("get", C, None, {"interests": "x" * 300}, "interests"),
    ("get", "/v1/circles/" + "x" * 200 + "/itinerary", None, None, "circle_id"),
    ("get", "/v1/places", None, {"limit": "NaN"}, "limit"),
    ("get", "/v1/places", None, {"limit": 10**9}, "limit"),
    ("get", "/v1/gaps", None, {"max_gap_km": "Infinity"}, "max_gap_km"),
    ("get", "/v1/gaps", None, {"max_gap_km": "nan"}, "max_gap_km"),
    ("get", "/v1/gaps", None, {"networks": "teleport"}, "networks"),
    ("get", "/v1/connectivity", None, {"walk_m": "-1"}, "walk_m"),
    ("get", "/v1/itineraries/00000000-0000-4000-8000-000000000000", None, None, "not found"),
    ("get", "/v1/itineraries/" + "z" * 65, None, None, "itinerary_id"),
    ("get", "/v1/nowhere", None, None, "no such endpoint"),
    ("delete", "/v1/routes", None, None, "not allowed"),
]


@pytest.mark.parametrize("method,path,body,params,fragment", BAD, ids=[f"{i}-{b[1][:30]}" for i, b in enumerate(BAD)])
def test_bad_input_is_a_4xx_that_says_what_to_fix(client, method, path, body, params, fragment):
    kwargs = {"params": params}
    if isinstance(body, str):
        kwargs.update(content=body, headers={"Content-Type": "application/json"})
    elif body is not None:
        import json

        kwargs.update(content=json.dumps(body, allow_nan=True), headers={"Content-Type": "application/json"})
    r = client.request(method.upper(), path, **kwargs)
    assert 400 <= r.status_code < 500, (r.status_code, r.text[:300])
    msg = r.json()["error"]
    assert fragment.lower() in msg.lower(), msg


def _slow_planner(seconds):
    def plan(*args, **kwargs):
        time.sleep(seconds)
        raise AssertionError("should have been cut off")
    return plan


def test_slow_planning_is_cut_off_and_others_are_served(mini_dir, mini_itineraries, tmp_path, monkeypatch):
    monkeypatch.setattr(itin_api, "plan_trip", _slow_planner(3.0))
    app = make_app(mini_dir, mini_itineraries, tmp_path, plan_timeout_s=0.5)
    with TestClient(app) as c:
        result = {}

        def slow():
            t = time.perf_counter()
            result["r"] = c.get(C, params={"start_date": "2026-05-01"})
            result["t"] = time.perf_counter() - t

        th = threading.Thread(target=slow)
        th.start()
        time.sleep(0.1)
        t = time.perf_counter()
        assert c.get("/v1/health").status_code == 200
        assert c.get("/v1/places/luzhi").status_code == 200
        assert time.perf_counter() - t < 0.4  # answered while the planner runs
        th.join()
        assert result["r"].status_code == 504 and "0.5 s" in result["r"].json()["error"]
        assert result["t"] < 2.5


def test_too_many_planning_requests_get_503(mini_dir, mini_itineraries, tmp_path, monkeypatch):
    monkeypatch.setattr(itin_api, "plan_trip", _slow_planner(1.0))
    app = make_app(mini_dir, mini_itineraries, tmp_path, plan_timeout_s=0.3, planner_threads=1, planner_queue=0)
    with TestClient(app) as c:
        codes = []

        def one():
            codes.append(c.get(C, params={"start_date": "2026-05-01"}).status_code)

        threads = [threading.Thread(target=one) for _ in range(3)]
        for th in threads:
            th.start()
            time.sleep(0.05)
        for th in threads:
            th.join()
        assert sorted(codes) == [503, 503, 504]
        r = c.get(C, params={"start_date": "2026-05-01"})  # the slot is still taken by the overrunning planner
        assert r.status_code == 503 and r.headers["retry-after"] == "2"
        time.sleep(1.0)
        assert c.get("/v1/health").status_code == 200
