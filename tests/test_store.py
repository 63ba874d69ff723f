"""The itinerary store on SQLite and PostgreSQL: migrations, owner tokens, the API on both."""

from __future__ import annotations

import sqlite3
import threading

import pytest
from fastapi.testclient import TestClient

from routes_api.api.app import create_app
from routes_api.planners.models import Itinerary, ItineraryTotals
from routes_api.core.settings import Settings
from routes_api.store import ItineraryStore, NotOwner, current_revision

TRIP = {"kind": "circle", "circle": "jiangnan-water-towns", "start_date": "2026-05-01", "phase": "2050"}


def tiny_itinerary(**extra) -> Itinerary:
    totals = ItineraryTotals(distance_km=1, travel_min=10, wait_min=0, km_by_mode={"walk": 1}, active_km=1,
                             co2_g=0, car_co2_g=170, co2_saved_g=170, days=1, nights=0, visits=0)
    return Itinerary(kind="custom", title_zh="测试", title_en="Test", start_date="2026-05-01", pace="moderate",
                     modes=["walk"], phase="2025", days=[], totals=totals, method="test", **extra)


def test_store_create_read_change_delete(db_url):
    store = ItineraryStore(db_url)
    try:
        assert current_revision(store.engine) == "0002"
        saved, token = store.create(tiny_itinerary(), title="Trip", note="line 1\nline 2")
        assert len(saved.id) == 36 and len(token) >= 40
        got = store.get(saved.id)
        assert got == saved and got.title == "Trip" and got.note == "line 1\nline 2"
        with pytest.raises(NotOwner):
            store.update(saved.id, "wrong-token", title="x")
        with pytest.raises(NotOwner):
            store.delete(saved.id, "")
        assert store.update(saved.id, token, title="New", note=None).title == "New"
        assert store.get(saved.id).note is None
        assert store.update("00000000-0000-4000-8000-000000000000", token, title="x") is None
        assert store.get("not-an-id") is None and store.get("x\x00y") is None
        assert store.delete(saved.id, token) is True
        assert store.get(saved.id) is None and store.delete(saved.id, token) is False
        # the back-compatible save() used by older callers
        again = store.save(tiny_itinerary(title="kept"))
        assert store.get(again.id).title == "kept"
        assert store.ping()
    finally:
        store.close()


def test_migrations_run_once_and_are_idempotent(db_url):
    for _ in range(2):
        store = ItineraryStore(db_url)
        assert current_revision(store.engine) == "0002"
        store.save(tiny_itinerary())
        store.close()
    store = ItineraryStore(db_url)
    assert store.count() == 2
    store.close()


def test_concurrent_writers(db_url):
    store = ItineraryStore(db_url)
    ids, errors = [], []

    def work():
        try:
            for _ in range(10):
                ids.append(store.save(tiny_itinerary()).id)
        except Exception as exc:  # noqa: BLE001
            errors.append(exc)

    threads = [threading.Thread(target=work) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors and len(set(ids)) == 40 and store.count() == 40
    store.close()


def test_legacy_sqlite_file_is_upgraded_in_place(tmp_path):
    """A database written by the first store (no Alembic) keeps its plans; they have no owner."""
    path = tmp_path / "itineraries.sqlite3"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE itineraries (id TEXT PRIMARY KEY, created_at TEXT NOT NULL DEFAULT "
                 "(strftime('%Y-%m-%dT%H:%M:%fZ', 'now')), body TEXT NOT NULL)")
    old = tiny_itinerary().model_copy(update={"id": "11111111-2222-4333-8444-555555555555"})
    conn.execute("INSERT INTO itineraries (id, body) VALUES (?, ?)", (old.id, old.model_dump_json()))
    conn.commit()
    conn.close()
    store = ItineraryStore(path)
    assert current_revision(store.engine) == "0002"
    assert store.get(old.id).title_en == "Test"
    with pytest.raises(NotOwner, match="before owner tokens"):
        store.update(old.id, "anything", title="x")
    store.close()


def test_sqlite_uses_wal(tmp_path):
    store = ItineraryStore(tmp_path / "x.sqlite3")
    with store.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
    store.close()


def test_api_saves_changes_and_deletes_on_both_databases(db_url, mini_dir, mini_itineraries, tmp_path):
    settings = Settings(database_url=db_url, rate_limit_per_minute=0)
    app = create_app(mini_dir, itinerary_dir=mini_itineraries, state_dir=tmp_path / "state", settings=settings)
    with TestClient(app) as client:
        ready = client.get("/v1/ready").json()
        assert ready["status"] == "ready" and ready["database"] == db_url.split(":")[0]
        r = client.post("/v1/itineraries", json={**TRIP, "title": "Spring trip", "note": "Bring umbrellas"})
        assert r.status_code == 201, r.text
        body = r.json()
        pid, token = body["id"], body["owner_token"]
        got = client.get(f"/v1/itineraries/{pid}").json()
        assert "owner_token" not in got and got["title"] == "Spring trip" and got["note"] == "Bring umbrellas"
        url = f"/v1/itineraries/{pid}"
        assert client.patch(url, json={"title": "x"}).status_code == 401
        r = client.patch(url, json={"title": "x"}, headers={"Authorization": "Bearer wrong"})
        assert r.status_code == 403 and "owner token" in r.json()["error"]
        auth = {"Authorization": f"Bearer {token}"}
        assert client.patch(url, json={}, headers=auth).status_code == 422
        assert client.patch(url, json={"title": ""}, headers=auth).status_code == 422
        assert client.patch(url, json={"colour": "red"}, headers=auth).status_code == 422
        r = client.patch(url, json={"title": "Autumn trip", "note": None}, headers=auth)
        assert r.status_code == 200 and r.json()["title"] == "Autumn trip" and r.json()["note"] is None
        assert "Autumn trip" in client.get(f"{url}/print").text
        assert client.delete(url, headers={"Authorization": "Bearer wrong"}).status_code == 403
        assert client.delete(url, headers=auth).status_code == 204
        assert client.get(url).status_code == 404
        assert client.delete(url, headers=auth).status_code == 404
        assert client.patch("/v1/itineraries/nope", json={"title": "x"}, headers=auth).status_code == 404
