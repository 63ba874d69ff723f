"""Curated tours: the circles' default 3-day-2-night tours and the boutique lines.

Read from ``itineraries/`` and validated against the loaded places, so a wrong id fails the
load naming the file and the problem (the same contract as the network data).
"""

from __future__ import annotations

from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from routes_api.core.vocabulary import CIRCLE_IDS
from routes_api.core.errors import DataError
from routes_api.data.load import first_error, read_json
from routes_api.core.modes import ALL_FAMILIES

DEFAULT_ITINERARY_DIR = Path(__file__).resolve().parents[2] / "itineraries"


class CuratedDay(BaseModel):
    model_config = ConfigDict(extra="forbid")

    stops: list[str]
    overnight: str | None


class TourText(BaseModel):
    """What a circle or line says about itself, in both languages."""

    model_config = ConfigDict(extra="forbid")

    id: str
    name_zh: str
    name_en: str
    theme_zh: str
    theme_en: str
    summary_zh: str
    summary_en: str


class CircleTour(TourText):
    circle_kind: str
    start: str
    end: str
    modes: list[str]
    interests: list[str] = []
    days: list[CuratedDay] = Field(min_length=3, max_length=3)
    candidates: list[str] = []


class BoutiqueLine(TourText):
    days_min: int = Field(ge=1, le=14)
    days_max: int = Field(ge=1, le=14)
    start: str
    end: str
    modes: list[str]
    interests: list[str] = []
    anchors: list[str]
    circles: list[str] = []
    candidates: list[str] = []


def _read(path: Path, name: str, model):
    raw = read_json(path, name)
    try:
        return model.model_validate(raw)
    except ValidationError as exc:
        ident = raw.get("id") if isinstance(raw, dict) else None
        raise DataError(name, ident, first_error(exc)) from None


def _check_refs(name: str, tour_id: str, places: dict, ids, *, what: str) -> None:
    for pid in ids:
        if pid not in places:
            raise DataError(name, tour_id, f"{what} {pid!r} is not in places.geojson")


def load_catalog(places: dict, folder: Path | None = None) -> tuple[dict[str, CircleTour], dict[str, BoutiqueLine]]:
    """Load ``itineraries/circles/*.json`` and ``itineraries/lines/*.json``."""
    folder = folder or DEFAULT_ITINERARY_DIR
    circles: dict[str, CircleTour] = {}
    for path in sorted((folder / "circles").glob("*.json")):
        name = f"circles/{path.name}"
        tour = _read(path, name, CircleTour)
        if tour.id not in CIRCLE_IDS or path.stem != tour.id:
            raise DataError(name, tour.id, "id must be a plan circle id and match the file name")
        for family in tour.modes:
            if family not in ALL_FAMILIES:
                raise DataError(name, tour.id, f"unknown mode family {family!r}")
        _check_refs(name, tour.id, places, [tour.start, tour.end], what="hub")
        _check_refs(name, tour.id, places, tour.candidates, what="candidate")
        for n, day in enumerate(tour.days, 1):
            _check_refs(name, tour.id, places, day.stops, what=f"day {n} stop")
            for stop in day.stops:
                if places[stop].visit_min <= 0:
                    raise DataError(name, tour.id, f"day {n} stop {stop!r} has no visit time")
            if n < 3:
                if day.overnight is None or day.overnight not in places:
                    raise DataError(name, tour.id, f"day {n} overnight {day.overnight!r} is not a place")
                if not places[day.overnight].lodging:
                    raise DataError(name, tour.id, f"day {n} overnight {day.overnight!r} has no lodging")
            elif day.overnight is not None:
                raise DataError(name, tour.id, "the last day has no overnight")
        circles[tour.id] = tour
    lines: dict[str, BoutiqueLine] = {}
    for path in sorted((folder / "lines").glob("*.json")):
        name = f"lines/{path.name}"
        line = _read(path, name, BoutiqueLine)
        if path.stem != line.id:
            raise DataError(name, line.id, "id must match the file name")
        if line.days_min > line.days_max:
            raise DataError(name, line.id, "days_min is greater than days_max")
        _check_refs(name, line.id, places, [line.start, line.end], what="hub")
        _check_refs(name, line.id, places, line.anchors, what="anchor")
        _check_refs(name, line.id, places, line.candidates, what="candidate")
        for circle in line.circles:
            if circle not in CIRCLE_IDS:
                raise DataError(name, line.id, f"unknown circle {circle!r}")
        lines[line.id] = line
    return circles, lines
