"""Operator keys, owner tokens, escaping of user text in every HTML output, CORS, allowed hosts,
rate limits, body limits, request ids, and no request-supplied URLs or paths."""

from __future__ import annotations

import logging
import re
from html import escape
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from routes_api.api.app import create_app
from routes_api.core.settings import Settings

TRIP = {"kind": "circle", "circle": "jiangnan-water-towns", "start_date": "2026-05-01", "phase": "2050"}
KEY = "s3cret-operator-key-0123456789"
PAYLOADS = [
    "<script>alert(1)</script>",
    "\"><img src=x onerror=alert(2)>",
    "'><svg onload=alert(3)>",
    "</title><script>alert(4)</script>",
    "javascript:alert(5)",
]
RAW = re.compile(r"<script>alert|<img src=x|<svg onload|onerror=alert\(2\)>")


def make_client(mini_dir, mini_itineraries, tmp_path, **settings):
    settings.setdefault("rate_limit_per_minute", 0)
    app = create_app(mini_dir, itinerary_dir=mini_itineraries, state_dir=tmp_path / "state",
                     settings=Settings(**settings))
    return TestClient(app)


@pytest.fixture
def client(mini_dir, mini_itineraries, tmp_path):
    with make_client(mini_dir, mini_itineraries, tmp_path, api_keys=f"other-key,{KEY}") as c:
        yield c


LINK = {"type": "FeatureCollection", "features": [{"type": "Feature",
        "properties": {"network": "cycling", "phase": "2035", "from": "kunshan", "to": "tongli"},
        "geometry": {"type": "LineString", "coordinates": [[120.95, 31.385], [120.717, 31.159]]}}]}


def test_operator_endpoints_need_a_key(client, caplog):
    caplog.set_level(logging.DEBUG)
    for method, path, body in (("post", "/v1/gaps/what-if", {"links": LINK}), ("post", "/v1/admin/reload", None)):
        r = client.request(method, path, json=body)
        assert r.status_code == 401 and "X-API-Key" in r.json()["error"], path
        r = client.request(method, path, json=body, headers={"X-API-Key": KEY + "x"})
        assert r.status_code == 401, path
        r = client.request(method, path, json=body, headers={"X-API-Key": KEY})
        assert r.status_code == 200, (path, r.text)
    assert client.post("/v1/admin/reload", headers={"X-API-Key": KEY}).json()["places"] == 4
    # visitor endpoints need none
    assert client.get("/v1/gaps", params={"networks": "cycling"}).status_code == 200
    assert client.post("/v1/routes", json={"from": "kunshan", "to": "luzhi"}).status_code == 200
    # the key is never logged, nor is the header
    assert KEY not in caplog.text and "x-api-key" not in caplog.text.lower()


def test_operator_endpoints_disabled_without_configured_keys(mini_dir, mini_itineraries, tmp_path):
    with make_client(mini_dir, mini_itineraries, tmp_path) as c:
        r = c.post("/v1/admin/reload", headers={"X-API-Key": "anything"})
        assert r.status_code == 403 and "ROUTES_API_API_KEYS" in r.json()["error"]


def test_openapi_documents_the_security_schemes(client):
    schema = client.get("/openapi.json").json()
    assert {"OperatorApiKey", "OwnerToken"} <= set(schema["components"]["securitySchemes"])
    assert schema["paths"]["/v1/admin/reload"]["post"]["security"] == [{"OperatorApiKey": []}]
    assert "security" not in schema["paths"]["/v1/routes"]["post"]


@pytest.mark.parametrize("payload", PAYLOADS)
def test_script_injection_through_every_text_field_of_every_output(client, payload):
    r = client.post("/v1/itineraries", json={**TRIP, "title": payload[:120], "note": payload + "\n" + payload})
    assert r.status_code == 201, r.text
    pid, token = r.json()["id"], r.json()["owner_token"]
    base = f"/v1/itineraries/{pid}"
    checks = []
    for params in ({}, {"title": "Q" + payload, "note": "N" + payload}, {"lang": "en"}, {"lang": "zh"}):
        checks.append((f"{base}/print", params))
    checks.append((f"{base}/map.svg", {}))
    for path, params in checks:
        r = client.get(path, params=params)
        assert r.status_code == 200
        assert not RAW.search(r.text), (path, params, RAW.search(r.text))
        assert "default-src 'none'" in r.headers["content-security-policy"]
        assert r.headers["x-content-type-options"] == "nosniff"
    html = client.get(f"{base}/print").text
    assert escape(payload[:120]) in html
    # stored text changed through PATCH is escaped too
    auth = {"Authorization": f"Bearer {token}"}
    assert client.patch(base, json={"title": "P" + payload[:100], "note": payload}, headers=auth).status_code == 200
    assert not RAW.search(client.get(f"{base}/print").text)
    # XML exports are well-formed and carry the text as text
    gpx = client.get(f"{base}.gpx")
    ET.fromstring(gpx.content)
    assert not RAW.search(gpx.text)
    for q in ({"title": "G" + payload},):
        ET.fromstring(client.get(f"{base}.gpx", params=q).content)
    assert client.get(f"{base}.ics", params={"title": payload}).headers["content-type"].startswith("text/calendar")
    # JSON stays JSON (no HTML error pages that could reflect the text)
    for path in (f"/v1/places/{payload}", f"/v1/circles/{payload}", f"/v1/itineraries/{payload}/print",
                 f"/v1/nowhere/{payload}"):
        r = client.get(path)
        assert 400 <= r.status_code < 500 and r.headers["content-type"].startswith("application/json"), path


def test_visitor_page_puts_text_in_with_text_content_only():
    js = (Path(__file__).resolve().parents[1] / "routes_api" / "static" / "app.js").read_text()
    assert "innerHTML" not in js and "outerHTML" not in js and "insertAdjacentHTML" not in js
    assert "document.write" not in js and "eval(" not in js


def test_no_endpoint_fetches_urls_or_reads_request_paths():
    """The API layer opens no sockets or URLs, and only opens files under fixed names."""
    api = Path(__file__).resolve().parents[1] / "routes_api" / "api"
    for src in api.glob("*.py"):
        text = src.read_text()
        assert not re.search(r"^\s*(import|from) (urllib|httpx|requests|socket|aiohttp|ftplib)\b", text, re.M), src
        for forbidden in ("urlopen", "open(", "read_text(", "read_bytes("):
            assert forbidden not in text, (src.name, forbidden)
    pages = (api / "pages.py").read_text()
    assert "FileResponse(STATIC / name" in pages and "if name not in STATIC_FILES" in pages


def test_cors_is_configurable(mini_dir, mini_itineraries, tmp_path):
    with make_client(mini_dir, mini_itineraries, tmp_path, cors_origins="https://maps.example.org") as c:
        pre = {"Origin": "https://maps.example.org", "Access-Control-Request-Method": "POST"}
        r = c.options("/v1/routes", headers=pre)
        assert r.status_code == 200 and r.headers["access-control-allow-origin"] == "https://maps.example.org"
        r = c.options("/v1/routes", headers={**pre, "Origin": "https://evil.example"})
        assert r.status_code == 400
        r = c.get("/v1/health", headers={"Origin": "https://maps.example.org"})
        assert r.headers["access-control-allow-origin"] == "https://maps.example.org"
    with make_client(mini_dir, mini_itineraries, tmp_path / "b") as c:  # default: no CORS headers at all
        assert "access-control-allow-origin" not in c.get("/v1/health", headers={"Origin": "https://x.org"}).headers


def test_allowed_hosts(mini_dir, mini_itineraries, tmp_path):
    with make_client(mini_dir, mini_itineraries, tmp_path, allowed_hosts="routes.example.org,testserver") as c:
        assert c.get("/v1/health").status_code == 200
        assert c.get("/v1/health", headers={"Host": "evil.example"}).status_code == 400


def test_rate_limit_per_client(mini_dir, mini_itineraries, tmp_path):
    with make_client(mini_dir, mini_itineraries, tmp_path, rate_limit_per_minute=60, rate_limit_burst=3) as c:
        codes = [c.get("/v1/modes").status_code for _ in range(5)]
        assert codes[:3] == [200, 200, 200] and codes[-1] == 429
        r = c.get("/v1/modes")
        assert r.status_code == 429 and int(r.headers["retry-after"]) >= 1 and "retry" in r.json()["error"]
        assert c.get("/v1/health").status_code == 200 and c.get("/v1/ready").status_code == 200


def test_body_size_limit(mini_dir, mini_itineraries, tmp_path):
    with make_client(mini_dir, mini_itineraries, tmp_path, max_body_bytes=2048) as c:
        big = {"from": "kunshan", "to": "luzhi", "depart_at": "x" * 5000}
        r = c.post("/v1/routes", json=big)
        assert r.status_code == 413 and "2048" in r.json()["error"]

        def chunks():  # no Content-Length: counted while streaming
            for _ in range(10):
                yield b"x" * 1000

        r = c.post("/v1/routes", content=chunks(), headers={"Content-Type": "application/json"})
        assert r.status_code == 413
        assert c.post("/v1/routes", json={"from": "kunshan", "to": "luzhi"}).status_code == 200


def test_request_id_in_and_out(client, caplog):
    caplog.set_level(logging.INFO, logger="routes_api.access")
    r = client.get("/v1/health", headers={"X-Request-ID": "abc-123"})
    assert r.headers["x-request-id"] == "abc-123"
    assert any(getattr(rec, "request_id", None) == "abc-123" or "abc-123" in rec.getMessage()
               or rec.__dict__.get("path") == "/v1/health" for rec in caplog.records)
    r = client.get("/v1/health", headers={"X-Request-ID": "bad id with spaces <script>"})
    assert re.fullmatch(r"[0-9a-f]{32}", r.headers["x-request-id"])
    assert re.fullmatch(r"[0-9a-f]{32}", client.get("/v1/places/atlantis").headers["x-request-id"])


def test_json_log_lines_carry_the_request_id():
    import json

    from routes_api.core.logs import JsonFormatter, request_id_var

    token = request_id_var.set("rid-42")
    try:
        rec = logging.LogRecord("routes_api.x", logging.INFO, __file__, 1, "hello %s", ("you",), None)
        rec.status = 200
        line = json.loads(JsonFormatter().format(rec))
    finally:
        request_id_var.reset(token)
    assert line["msg"] == "hello you" and line["request_id"] == "rid-42" and line["status"] == 200


def test_unexpected_errors_become_a_logged_500_json(client, caplog):
    def boom(*a, **k):
        raise RuntimeError("database on fire")

    client.app.state.service.store.get = boom
    r = client.get("/v1/itineraries/00000000-0000-4000-8000-000000000000", headers={"X-Request-ID": "rid-500"})
    assert r.status_code == 500
    assert r.json()["request_id"] == "rid-500" and "internal error" in r.json()["error"]
    assert "database on fire" not in r.text  # details go to the log, not to the client
    assert "database on fire" in caplog.text
