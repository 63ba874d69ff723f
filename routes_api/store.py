"""Saved itineraries: a SQLite file (WAL mode) so they survive restarts and crashes.

Ids are random UUIDs (no enumeration). Each save is one committed transaction: a plan is
either there whole or not at all.
"""

from __future__ import annotations

import sqlite3
import threading
import uuid
from pathlib import Path

from routes_api.models import Itinerary

SCHEMA = """
CREATE TABLE IF NOT EXISTS itineraries (
    id TEXT PRIMARY KEY,
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    body TEXT NOT NULL
)
"""


class ItineraryStore:
    """Save and read itineraries by id."""

    def __init__(self, path: str | Path):
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._lock = threading.Lock()
        self._conn = sqlite3.connect(self.path, check_same_thread=False, isolation_level=None)
        self._conn.execute("PRAGMA journal_mode=WAL")
        self._conn.execute("PRAGMA synchronous=FULL")
        self._conn.execute(SCHEMA)

    def save(self, itinerary: Itinerary) -> Itinerary:
        """Store `itinerary` under a new random id and return it with the id set."""
        saved = itinerary.model_copy(update={"id": str(uuid.uuid4())})
        with self._lock:
            self._conn.execute(
                "INSERT INTO itineraries (id, body) VALUES (?, ?)", (saved.id, saved.model_dump_json())
            )
        return saved

    def get(self, itinerary_id: str) -> Itinerary | None:
        with self._lock:
            row = self._conn.execute("SELECT body FROM itineraries WHERE id = ?", (itinerary_id,)).fetchone()
        return Itinerary.model_validate_json(row[0]) if row else None

    def close(self) -> None:
        self._conn.close()
