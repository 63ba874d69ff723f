"""Nothing lost: the real server (uvicorn in a subprocess) is SIGKILLed in the middle of a burst
of POST /v1/itineraries, restarted on the same database, and every plan it acknowledged (201)
must be there, whole."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import httpx
import pytest

from pgserver import free_port
from routes_api.planners.models import Itinerary

REPO = Path(__file__).resolve().parents[1]
TRIP = {"kind": "circle", "circle": "jiangnan-water-towns", "start_date": "2026-05-01", "phase": "2050",
        "title": "crash test", "note": "x" * 500}


def start_server(env: dict, port: int, log: Path) -> subprocess.Popen:
    proc = subprocess.Popen([sys.executable, "-m", "routes_api.cli", "serve", "--host", "127.0.0.1",
                             "--port", str(port)], cwd=REPO, env=env, stdout=log.open("ab"),
                            stderr=subprocess.STDOUT)
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise AssertionError(f"server exited: {log.read_text()[-2000:]}")
        try:
            if httpx.get(f"http://127.0.0.1:{port}/v1/ready", timeout=1).status_code == 200:
                return proc
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    proc.kill()
    raise AssertionError(f"server did not become ready: {log.read_text()[-2000:]}")


def test_sigkill_mid_burst_loses_no_acknowledged_plan(db_url, mini_dir, mini_itineraries, tmp_path):
    env = {**os.environ, "ROUTES_API_DATA_DIR": str(mini_dir), "ROUTES_API_ITINERARY_DIR": str(mini_itineraries),
           "ROUTES_API_STATE_DIR": str(tmp_path / "state"), "ROUTES_API_DATABASE_URL": db_url,
           "ROUTES_API_RATE_LIMIT_PER_MINUTE": "0", "ROUTES_API_PLAN_TIMEOUT_S": "120",
           "ROUTES_API_LOG_LEVEL": "WARNING"}
    env.pop("DATABASE_URL", None)
    port = free_port()
    log = tmp_path / "server.log"
    base = f"http://127.0.0.1:{port}"
    proc = start_server(env, port, log)
    acked: dict[str, dict] = {}
    stop = threading.Event()
    try:
        warm = httpx.post(f"{base}/v1/itineraries", json=TRIP, timeout=120)  # JIT, caches
        assert warm.status_code == 201, warm.text
        acked[warm.json()["id"]] = warm.json()

        def burst():
            with httpx.Client(base_url=base, timeout=30) as c:
                while not stop.is_set():
                    try:
                        r = c.post("/v1/itineraries", json=TRIP)
                    except httpx.HTTPError:
                        return  # the server died under us: this one was never acknowledged
                    if r.status_code == 201:
                        acked[r.json()["id"]] = r.json()

        threads = [threading.Thread(target=burst) for _ in range(6)]
        for t in threads:
            t.start()
        deadline = time.monotonic() + 20
        while len(acked) < 40 and time.monotonic() < deadline:
            time.sleep(0.02)
        os.kill(proc.pid, signal.SIGKILL)  # mid-burst: requests are in flight
        proc.wait(10)
        stop.set()
        for t in threads:
            t.join(30)
    finally:
        stop.set()
        if proc.poll() is None:
            proc.kill()
            proc.wait(10)
    assert len(acked) >= 20, "the burst acknowledged too few plans to mean anything"

    if db_url.startswith("sqlite"):
        db = db_url.removeprefix("sqlite:///")
        conn = sqlite3.connect(db)
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        rows = conn.execute("SELECT id, body FROM itineraries").fetchall()
        conn.close()
        for _, body in rows:  # nothing half-written
            Itinerary.model_validate_json(body)

    proc = start_server(env, port, log)
    try:
        with httpx.Client(base_url=base, timeout=30) as c:
            for pid, body in acked.items():
                r = c.get(f"/v1/itineraries/{pid}")
                assert r.status_code == 200, (pid, r.text)
                expected = {k: v for k, v in body.items() if k != "owner_token"}
                assert r.json() == expected
            # and the store still takes writes
            assert c.post("/v1/itineraries", json=TRIP).status_code == 201
    finally:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(20)
        except subprocess.TimeoutExpired:
            proc.kill()
    print(json.dumps({"acknowledged": len(acked)}))
