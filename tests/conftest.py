"""Shared fixtures: a small valid network written to a temporary folder, and the location of
the shared reference data (tests that need it skip with a clear message when it is absent)."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
DATA_DIR = REPO / "network_data"


def shared_path(*parts: str) -> Path:
    """Return a path under ../shared, skipping the test when it is not there."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"needs the shared reference data at {path} (absent on this machine)")
    return path


def place(pid, name_zh, name_en, lon, lat, kind="town", city="suzhou", lodging=True, **extra):
    props = {
        "id": pid,
        "name_zh": name_zh,
        "name_en": name_en,
        "kind": kind,
        "city": city,
        "lodging": lodging,
        "themes": ["water_town"],
        "visit_min": 120,
        "circles": ["jiangnan-water-towns"],
        "source": "test fixture",
        **extra,
    }
    return {"type": "Feature", "properties": props, "geometry": {"type": "Point", "coordinates": [lon, lat]}}


def segment(sid, network, corridor, frm, to, coords, phase="existing", **extra):
    defaults = {
        "water": {"mode": "boat", "water_kind": "river", "service": "sightseeing_boat"},
        "cycling": {"mode": "bike", "sub_network": "central"},
        "greenway": {"mode": "walk", "level": 1, "greenway_type": "countryside"},
        "scenic_rail": {"mode": "scenic_train", "rail_kind": "sightseeing_train"},
        "connector": {"mode": "rail", "connector_kind": "hsr"},
    }[network]
    props = {
        "id": sid,
        "network": network,
        "corridor": corridor,
        "name_zh": sid,
        "name_en": sid,
        "from": frm,
        "to": to,
        "phase": phase,
        **defaults,
        **extra,
    }
    return {"type": "Feature", "properties": props, "geometry": {"type": "LineString", "coordinates": coords}}


def write_collection(path: Path, features: list[dict]) -> None:
    path.write_text(
        json.dumps({"type": "FeatureCollection", "features": features}, ensure_ascii=False), encoding="utf-8"
    )


MINI_PLACES = [
    place("kunshan", "昆山", "Kunshan", 120.95, 31.385, kind="county_seat"),
    place("zhouzhuang", "周庄", "Zhouzhuang", 120.844, 31.118, kind="water_town"),
    place("tongli", "同里", "Tongli", 120.717, 31.159, kind="water_town"),
    place("luzhi", "甪直", "Luzhi", 120.864, 31.267, kind="water_town"),
]


def mini_segments() -> dict[str, list[dict]]:
    return {
        "water": [
            segment("w-1", "water", "yangchenghu-dianshanhu", "luzhi", "zhouzhuang",
                    [[120.864, 31.267], [120.86, 31.20], [120.844, 31.118]]),
        ],
        "cycling": [
            segment("c-1", "cycling", "cyc-dianshanhu-chenghu", "tongli", "zhouzhuang",
                    [[120.717, 31.159], [120.78, 31.14], [120.844, 31.118]]),
        ],
        "greenway": [
            segment("g-1", "greenway", "gw-theme-water-towns", "tongli", "luzhi",
                    [[120.717, 31.159], [120.79, 31.21], [120.864, 31.267]], phase="2025"),
        ],
        "scenic_rail": [],
        "connector": [
            segment("r-1", "connector", "conn-hsr", "kunshan", "luzhi",
                    [[120.95, 31.385], [120.91, 31.33], [120.864, 31.267]]),
        ],
    }


FILES = {
    "water": "water.geojson",
    "scenic_rail": "scenic_rail.geojson",
    "cycling": "cycling.geojson",
    "greenway": "greenway.geojson",
    "connector": "connectors.geojson",
}


@pytest.fixture
def mini_dir(tmp_path: Path) -> Path:
    """A small valid data folder (real corridor registry, four real water towns)."""
    shutil.copy(DATA_DIR / "corridors.json", tmp_path / "corridors.json")
    write_collection(tmp_path / "places.geojson", MINI_PLACES)
    for network, feats in mini_segments().items():
        write_collection(tmp_path / FILES[network], feats)
    return tmp_path


MINI_CIRCLE = {
    "id": "jiangnan-water-towns",
    "name_zh": "江南水乡古镇旅游圈",
    "name_en": "Jiangnan Ancient Water Towns Tourism Circle",
    "circle_kind": "land",
    "theme_zh": "水乡",
    "theme_en": "Water towns",
    "summary_zh": "测试",
    "summary_en": "test",
    "start": "kunshan",
    "end": "kunshan",
    "modes": ["rail", "boat", "walk"],
    "interests": ["water_town"],
    "days": [
        {"stops": ["luzhi"], "overnight": "zhouzhuang"},
        {"stops": ["tongli"], "overnight": "luzhi"},
        {"stops": [], "overnight": None},
    ],
    "candidates": [],
}


@pytest.fixture
def mini_itineraries(tmp_path: Path) -> Path:
    folder = tmp_path / "itineraries"
    (folder / "circles").mkdir(parents=True)
    (folder / "lines").mkdir()
    (folder / "circles" / "jiangnan-water-towns.json").write_text(json.dumps(MINI_CIRCLE, ensure_ascii=False))
    return folder


@pytest.fixture(scope="session")
def pg_server():
    """A PostgreSQL server on a loopback port for the session (skips, saying why, when it cannot start)."""
    from pgserver import PgServer, Unavailable

    server = PgServer()
    try:
        server.start()
    except (Unavailable, OSError, subprocess.SubprocessError) as exc:
        server.stop()
        pytest.skip(f"PostgreSQL tests skipped: {exc}")
    yield server
    server.stop()


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request, tmp_path):
    """A fresh empty database: a SQLite file, then a PostgreSQL database."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'db' / 'itineraries.sqlite3'}"
    return request.getfixturevalue("pg_server").create_database()
