"""Saved itineraries: one data layer (SQLAlchemy 2.x Core) over SQLite or PostgreSQL.

* SQLite (default): a file under the state dir, WAL journal, ``synchronous=FULL``.
* PostgreSQL: when ``DATABASE_URL`` / ``ROUTES_API_DATABASE_URL`` names one (psycopg 3).

The schema is managed by Alembic (``routes_api/store/migrations``); :func:`migrate` runs at
start-up under a lock (a file lock for SQLite, an advisory lock for PostgreSQL), so several
workers or replicas starting together upgrade the database once.

Ids are random UUIDs (no enumeration). Creating a plan returns an owner token once; only its
SHA-256 is stored, and changing or deleting the plan needs the token (compared in constant
time). Every write is one committed transaction: a plan is there whole or not at all.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import hmac
import re
import secrets
import uuid
from pathlib import Path

from sqlalchemy import create_engine, delete, event, insert, select, text, update
from sqlalchemy.engine import Engine, make_url

from routes_api.core.errors import Forbidden, RoutesApiError
from routes_api.planners.models import Itinerary
from routes_api.store.schema import itineraries

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
ID_PATTERN = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
_PG_MIGRATION_LOCK = 0x726F757465  # "route": any constant shared by every replica


class StoreError(RoutesApiError):
    """Base of the store's errors."""


class NotOwner(StoreError, Forbidden):
    """The owner token is missing or wrong, or the plan has no owner token (saved before them)."""


def database_url(url: str | None, state_dir: str | Path = "var") -> str:
    """The SQLAlchemy URL: `url` (``postgres://`` and ``postgresql://`` use psycopg 3) or the
    SQLite file ``<state_dir>/itineraries.sqlite3``."""
    if not url:
        return f"sqlite:///{Path(state_dir).resolve() / 'itineraries.sqlite3'}"
    if url.startswith("postgres://"):
        url = "postgresql://" + url[len("postgres://"):]
    if url.startswith("postgresql://"):
        url = "postgresql+psycopg://" + url[len("postgresql://"):]
    return url


def redact(url: str) -> str:
    """The URL without its password (for logs and errors)."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except Exception:  # noqa: BLE001 - a malformed URL is reported by create_engine
        return "<unparsable database URL>"


def make_engine(url: str) -> Engine:
    """An engine for `url`; SQLite files get WAL, full sync and a busy timeout."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        if parsed.database and parsed.database != ":memory:":
            Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 30})

        @event.listens_for(engine, "connect")
        def _pragmas(dbapi_conn, _record):  # pragma: no cover - exercised by every SQLite test
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA synchronous=FULL")
            cur.execute("PRAGMA busy_timeout=30000")
            cur.close()

        return engine
    return create_engine(url, pool_pre_ping=True, pool_size=5, max_overflow=5, pool_timeout=10)


@contextlib.contextmanager
def _file_lock(path: Path):
    import fcntl

    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "a+") as fh:
        fcntl.flock(fh, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)


def migrate(engine: Engine, revision: str = "head") -> None:
    """Upgrade the database to `revision` (Alembic), once even when workers start together."""
    from alembic import command
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.set_main_option("sqlalchemy.url", engine.url.render_as_string(hide_password=False).replace("%", "%%"))
    lock = contextlib.nullcontext()
    if engine.dialect.name == "sqlite" and engine.url.database not in (None, "", ":memory:"):
        lock = _file_lock(Path(engine.url.database + ".migrate.lock"))
    with lock, engine.connect() as conn:
        if engine.dialect.name == "postgresql":
            conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _PG_MIGRATION_LOCK})
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)
        conn.commit()


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def _now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="milliseconds").replace("+00:00", "Z")


class ItineraryStore:
    """Save, read, change and delete itineraries by id.

    Parameters
    ----------
    target : str or Path
        A database URL, or the path of a SQLite file.
    run_migrations : bool
        Upgrade the schema to the newest revision first (the service always does).
    """

    def __init__(self, target: str | Path, *, run_migrations: bool = True):
        url = target if isinstance(target, str) and "://" in target else f"sqlite:///{Path(target).resolve()}"
        self.url = database_url(url)
        self.engine = make_engine(self.url)
        if run_migrations:
            migrate(self.engine)

    @property
    def backend(self) -> str:
        return self.engine.dialect.name

    # -- writes --------------------------------------------------------------------------------

    def create(self, itinerary: Itinerary, *, title: str | None = None,
               note: str | None = None) -> tuple[Itinerary, str]:
        """Store `itinerary` under a new random id; return it (id, title, note set) and the
        owner token (shown once: only its hash is stored)."""
        token = secrets.token_urlsafe(32)
        saved = itinerary.model_copy(update={"id": str(uuid.uuid4()), "title": None, "note": None})
        with self.engine.begin() as conn:
            conn.execute(insert(itineraries).values(
                id=saved.id, created_at=_now(), body=saved.model_dump_json(),
                owner_token_hash=hash_token(token), title=title, note=note))
        return saved.model_copy(update={"title": title, "note": note}), token

    def save(self, itinerary: Itinerary) -> Itinerary:
        """Store `itinerary` under a new random id and return it with the id set."""
        return self.create(itinerary, title=itinerary.title, note=itinerary.note)[0]

    def _check_owner(self, conn, itinerary_id: str, token: str | None) -> bool:
        """False when there is no such plan; NotOwner when the token does not fit."""
        if not ID_PATTERN.match(itinerary_id or ""):
            return False
        row = conn.execute(select(itineraries.c.owner_token_hash)
                           .where(itineraries.c.id == itinerary_id)).first()
        if row is None:
            return False
        stored = row[0]
        if stored is None:
            raise NotOwner("this plan was saved before owner tokens existed and cannot be changed")
        # always hash and compare, so timing does not tell a missing token from a wrong one
        if not hmac.compare_digest(hash_token(token or ""), stored) or not token:
            raise NotOwner("the owner token does not match this plan")
        return True

    def update(self, itinerary_id: str, token: str | None, **fields) -> Itinerary | None:
        """Set `fields` (``title``, ``note``; None clears) on a plan; None when there is none."""
        allowed = {k: v for k, v in fields.items() if k in ("title", "note")}
        with self.engine.begin() as conn:
            if not self._check_owner(conn, itinerary_id, token):
                return None
            if allowed:
                conn.execute(update(itineraries).where(itineraries.c.id == itinerary_id)
                             .values(updated_at=_now(), **allowed))
        return self.get(itinerary_id)

    def delete(self, itinerary_id: str, token: str | None) -> bool:
        """Delete a plan; False when there is none."""
        with self.engine.begin() as conn:
            if not self._check_owner(conn, itinerary_id, token):
                return False
            conn.execute(delete(itineraries).where(itineraries.c.id == itinerary_id))
        return True

    # -- reads ---------------------------------------------------------------------------------

    def get(self, itinerary_id: str) -> Itinerary | None:
        if not ID_PATTERN.match(itinerary_id or ""):
            return None
        with self.engine.connect() as conn:
            row = conn.execute(select(itineraries.c.body, itineraries.c.title, itineraries.c.note)
                               .where(itineraries.c.id == itinerary_id)).first()
        if row is None:
            return None
        return Itinerary.model_validate_json(row.body).model_copy(update={"title": row.title, "note": row.note})

    def count(self) -> int:
        with self.engine.connect() as conn:
            return int(conn.execute(text("SELECT count(*) FROM itineraries")).scalar_one())

    def ping(self) -> bool:
        """True when the database answers."""
        try:
            with self.engine.connect() as conn:
                conn.execute(text("SELECT 1"))
            return True
        except Exception:  # noqa: BLE001 - any failure means not ready
            return False

    def close(self) -> None:
        self.engine.dispose()
