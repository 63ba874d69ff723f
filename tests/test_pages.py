"""Printable plan, PDF, exports and the visitor page over HTTP, and in real headless Chromium.

The Chromium tests drive Debian's ``chromium`` through the DevTools protocol (a websocket):
they record every network request, console message, exception and log entry while the page
loads, take a screenshot, and (visitor page) fill in the form and plan a trip. They skip
with a message when Chromium is not installed (``.ci/apt-packages.txt`` lists it).
"""

from __future__ import annotations

import base64
import io
import json
import subprocess
import threading
import time
import urllib.request
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from routes_api.api.app import create_app
from routes_api.render.fonts import font_file
from routes_api.render.pdf import FLAGS, find_chromium

CHROMIUM = find_chromium()
needs_chromium = pytest.mark.skipif(
    CHROMIUM is None, reason="needs headless Chromium (apt-get install chromium; see .ci/apt-packages.txt)")
TRIP = {"kind": "circle", "circle": "jiangnan-water-towns", "start_date": "2026-05-01", "phase": "2050"}
PAYLOAD = "<script>alert(1)</script><img src=x onerror=alert(2)>"


@pytest.fixture
def app(mini_dir, mini_itineraries, tmp_path):
    return create_app(mini_dir, itinerary_dir=mini_itineraries, state_dir=tmp_path / "state")


@pytest.fixture
def client(app):
    with TestClient(app) as c:
        yield c


@pytest.fixture
def saved(client):
    r = client.post("/v1/itineraries", json=TRIP)
    assert r.status_code == 201, r.text
    return r.json()


# --- HTTP ----------------------------------------------------------------------------------


def test_print_page_and_exports_are_served(client, saved):
    base = f"/v1/itineraries/{saved['id']}"
    r = client.get(f"{base}/print")
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
    assert "default-src 'none'" in r.headers["content-security-policy"]
    assert saved["title_zh"] in r.text and "Day 3" in r.text
    for suffix, media in ((".gpx", "application/gpx+xml"), (".geojson", "application/geo+json"),
                          (".ics", "text/calendar"), ("/map.svg", "image/svg+xml")):
        r = client.get(base + suffix)
        assert r.status_code == 200, (suffix, r.text[:200])
        assert r.headers["content-type"].startswith(media)
    assert 'filename="jiangnan-water-towns-2026-05-01.gpx"' in client.get(base + ".gpx").headers["content-disposition"]
    assert client.get(f"{base}/print", params={"lang": "fr"}).status_code == 422
    for suffix in ("/print", ".pdf", ".gpx", ".geojson", ".ics", "/map.svg"):
        r = client.get(f"/v1/itineraries/no-such-plan{suffix}")
        assert r.status_code == 404 and "no-such-plan" in r.json()["error"], suffix
    # the plain itinerary route still answers for a saved id
    assert client.get(base).json()["id"] == saved["id"]


def test_title_and_note_from_the_query_are_escaped(client, saved):
    r = client.get(f"/v1/itineraries/{saved['id']}/print", params={"title": PAYLOAD, "note": PAYLOAD, "lang": "en"})
    assert r.status_code == 200
    assert "<script>" not in r.text and "<img" not in r.text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in r.text
    assert client.get(f"/v1/itineraries/{saved['id']}/print", params={"note": "x" * 2001}).status_code == 422


def test_visitor_page_is_served_from_the_api(client):
    r = client.get("/")
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
    assert '<form id="trip"' in r.text and "/static/app.js" in r.text
    assert "http://" not in r.text and "https://" not in r.text
    js = client.get("/static/app.js")
    assert js.status_code == 200 and "/v1/itineraries" in js.text and "innerHTML" not in js.text
    assert client.get("/static/style.css").status_code == 200
    assert client.get("/static/index.html").status_code == 404
    assert client.get("/static/..%2Fapi%2Fapp.py").status_code == 404


# --- headless Chromium ----------------------------------------------------------------------


class Browser:
    """A headless Chromium driven through the DevTools protocol (one page)."""

    def __init__(self, profile: Path):
        import websocket  # websocket-client

        self.proc = subprocess.Popen(
            [CHROMIUM, *[f for f in FLAGS if f != "--no-pdf-header-footer"], f"--user-data-dir={profile}",
             "--remote-debugging-port=0", "--window-size=1000,1400", "--hide-scrollbars", "about:blank"],
            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        ws_url = None
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            line = self.proc.stderr.readline()
            if "DevTools listening on " in line:
                ws_url = line.split("DevTools listening on ", 1)[1].strip()
                break
            if not line and self.proc.poll() is not None:
                break
        if ws_url is None:
            self.close()
            raise RuntimeError("Chromium did not start its DevTools endpoint")
        threading.Thread(target=self.proc.stderr.read, daemon=True).start()  # keep draining
        port = ws_url.split(":")[2].split("/")[0]
        pages = json.load(urllib.request.urlopen(f"http://127.0.0.1:{port}/json/list", timeout=10))
        page = next(p for p in pages if p["type"] == "page")
        self.ws = websocket.create_connection(page["webSocketDebuggerUrl"], timeout=30, suppress_origin=True)
        self.next_id = 0
        self.events: list[dict] = []
        for domain in ("Page", "Runtime", "Network", "Log"):
            self.call(f"{domain}.enable")

    def call(self, method: str, **params) -> dict:
        self.next_id += 1
        self.ws.send(json.dumps({"id": self.next_id, "method": method, "params": params}))
        while True:
            msg = json.loads(self.ws.recv())
            if msg.get("id") == self.next_id:
                if "error" in msg:
                    raise RuntimeError(f"{method}: {msg['error']}")
                return msg.get("result", {})
            self.events.append(msg)

    def wait_event(self, method: str, timeout: float = 30) -> dict:
        deadline = time.monotonic() + timeout
        seen = len(self.events)
        for ev in self.events:
            if ev.get("method") == method:
                self.events.remove(ev)
                return ev
        self.ws.settimeout(timeout)
        while time.monotonic() < deadline:
            msg = json.loads(self.ws.recv())
            if msg.get("method") == method:
                return msg
            self.events.append(msg)
        raise TimeoutError(f"no {method} within {timeout} s (after {len(self.events) - seen} other events)")

    def evaluate(self, expression: str):
        res = self.call("Runtime.evaluate", expression=expression, awaitPromise=True, returnByValue=True)
        if "exceptionDetails" in res:
            raise RuntimeError(res["exceptionDetails"])
        return res["result"].get("value")

    def wait_for(self, expression: str, timeout: float = 30):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            value = self.evaluate(expression)
            if value:
                return value
            time.sleep(0.1)
        raise TimeoutError(f"{expression} stayed false for {timeout} s")

    def goto(self, url: str) -> None:
        self.call("Page.navigate", url=url)
        self.wait_event("Page.loadEventFired", timeout=60)

    def screenshot(self, path: Path) -> bytes:
        png = base64.b64decode(self.call("Page.captureScreenshot", format="png", captureBeyondViewport=True)["data"])
        path.write_bytes(png)
        return png

    def requests(self) -> list[str]:
        return [e["params"]["request"]["url"] for e in self.events if e.get("method") == "Network.requestWillBeSent"]

    def problems(self) -> list[str]:
        """Console errors, uncaught exceptions, error log entries and failed loads."""
        out = []
        for e in self.events:
            m, p = e.get("method"), e.get("params", {})
            if m == "Runtime.consoleAPICalled" and p.get("type") in ("error", "assert"):
                out.append(f"console.{p['type']}: {[a.get('value', a.get('description')) for a in p.get('args', [])]}")
            elif m == "Runtime.exceptionThrown":
                out.append(f"exception: {p['exceptionDetails'].get('text')} {p['exceptionDetails'].get('exception', {}).get('description', '')}")
            elif m == "Log.entryAdded" and p["entry"]["level"] == "error":
                out.append(f"log: {p['entry'].get('text')} {p['entry'].get('url', '')}")
            elif m == "Network.loadingFailed" and not p.get("canceled"):
                out.append(f"load failed: {p.get('errorText')}")
        return out

    def close(self) -> None:
        try:
            self.ws.close()
        except Exception:
            pass
        self.proc.terminate()
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()


@pytest.fixture
def browser(tmp_path):
    b = Browser(tmp_path / "chromium-profile")
    yield b
    b.close()


@needs_chromium
def test_printable_page_loads_in_chromium_offline_without_errors(client, saved, browser, tmp_path):
    html = client.get(f"/v1/itineraries/{saved['id']}/print", params={"note": PAYLOAD}).text
    page = tmp_path / "plan.html"
    page.write_text(html, encoding="utf-8")
    browser.goto(page.as_uri())
    png = browser.screenshot(tmp_path / "plan.png")
    assert png[:8] == b"\x89PNG\r\n\x1a\n" and len(png) > 20_000
    external = [u for u in browser.requests() if not u.startswith(("file:", "data:"))]
    assert external == []
    assert browser.problems() == []
    assert browser.evaluate("document.querySelectorAll('section.day').length") == len(saved["days"])
    assert browser.evaluate("document.querySelector('svg.route-map').getBoundingClientRect().height") > 200
    if font_file() is not None:
        assert browser.evaluate(
            "document.fonts.ready.then(() => [...document.fonts].some(f => f.family === 'RoutesCJK' && f.status === 'loaded'))")


@needs_chromium
def test_pdf_has_the_day_headings_in_chinese_and_english(client, saved):
    from pypdf import PdfReader

    r = client.get(f"/v1/itineraries/{saved['id']}.pdf")
    assert r.status_code == 200, r.text[:300]
    assert r.headers["content-type"] == "application/pdf" and r.content[:5] == b"%PDF-"
    reader = PdfReader(io.BytesIO(r.content))
    text = "\n".join(p.extract_text() or "" for p in reader.pages)
    squeezed = "".join(text.split())
    for day in saved["days"]:
        assert f"第{day['day']}天" in squeezed and f"Day{day['day']}" in squeezed
    assert saved["days"][0]["overnight_name_zh"] in squeezed
    # every font is inside the PDF: Chromium (Skia) writes the embedded CFF subset as Type 3
    # glyph outlines, or a TrueType/CID font with its FontFile
    fonts = []
    for p in reader.pages:
        for f in (p["/Resources"].get("/Font") or {}).values():
            fonts.append(f.get_object())
    assert fonts
    for f in fonts:
        if f.get("/Subtype") == "/Type3":
            assert "/CharProcs" in f and "/ToUnicode" in f
        else:
            desc = f.get("/FontDescriptor") or f["/DescendantFonts"][0].get_object()["/FontDescriptor"]
            assert any(k in desc.get_object() for k in ("/FontFile", "/FontFile2", "/FontFile3"))
    assert 2 <= len(reader.pages) <= 8


@needs_chromium
def test_visitor_page_plans_a_trip_and_links_the_printable_plan(app, browser, tmp_path):
    import uvicorn

    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=0, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    try:
        deadline = time.monotonic() + 30
        while not (server.started and server.servers) and time.monotonic() < deadline:
            time.sleep(0.05)
        port = server.servers[0].sockets[0].getsockname()[1]
        origin = f"http://127.0.0.1:{port}"
        browser.goto(origin + "/")
        browser.wait_for("document.querySelectorAll('#route option').length > 0")
        browser.evaluate("""(() => {
            const s = document.getElementById('route'); s.value = 'circle:jiangnan-water-towns';
            s.dispatchEvent(new Event('change'));
            document.getElementById('start_date').value = '2026-05-01';
            document.getElementById('phase').value = '2050';
            document.getElementById('trip').requestSubmit(); })()""")
        browser.wait_for("!document.getElementById('result').hidden")
        href = browser.evaluate("document.getElementById('print-link').getAttribute('href')")
        assert href.startswith("/v1/itineraries/") and href.endswith("/print")
        browser.wait_for("document.getElementById('r-map').complete && document.getElementById('r-map').naturalWidth > 0")
        assert browser.evaluate("document.querySelectorAll('#r-days > li').length") == 3
        browser.screenshot(tmp_path / "visitor.png")
        browser.goto(origin + href)
        assert "第1天" in browser.evaluate("document.body.innerText")
        assert [u for u in browser.requests() if not u.startswith((origin, "data:"))] == []
        assert browser.problems() == []
    finally:
        server.should_exit = True
        thread.join(timeout=10)
