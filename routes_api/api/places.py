"""Places: search in Chinese and English, and one place by id."""

from __future__ import annotations

from fastapi import APIRouter, Query
from pydantic import BaseModel

from routes_api.api.deps import Context
from routes_api.core.errors import NotFound
from routes_api.core.vocabulary import CIRCLE_IDS, CITIES
from routes_api.data.schema import Place

router = APIRouter(prefix="/v1", tags=["places"])


class PlaceList(BaseModel):
    count: int
    places: list[Place]


@router.get("/places", response_model=PlaceList, summary="Search places by name (中文 or English), kind, circle, city")
def search_places(
    context: Context,
    q: str | None = Query(None, max_length=80, description="substring of name_zh, name_en or id"),
    kind: str | None = Query(None, max_length=40),
    circle: str | None = Query(None, max_length=40, description="tourism circle id"),
    city: str | None = Query(None, max_length=20, description=" / ".join(CITIES)),
    lodging: bool | None = Query(None, description="only places where one can stay the night"),
    limit: int = Query(100, ge=1, le=1000),
) -> PlaceList:
    if circle and circle not in CIRCLE_IDS:
        raise NotFound("circle", circle)
    needle = q.strip().lower() if q else None
    hits = []
    for place in context.places.values():
        if kind and place.kind != kind:
            continue
        if circle and circle not in place.circles:
            continue
        if city and place.city != city:
            continue
        if lodging is not None and place.lodging != lodging:
            continue
        if needle and not (
            needle in place.name_zh or needle in place.name_en.lower() or needle in place.id
        ):
            continue
        hits.append(place)
    hits.sort(key=lambda p: (needle is not None and not (p.name_en.lower() == needle or p.name_zh == needle or p.id == needle), p.id))
    return PlaceList(count=len(hits), places=hits[:limit])


@router.get("/places/{place_id}", response_model=Place, summary="One place")
def get_place(context: Context, place_id: str) -> Place:
    place = context.places.get(place_id)
    if place is None:
        raise NotFound("place", place_id)
    return place
