"""Tourism circles, boutique lines and itineraries (generated, saved, read back)."""

from __future__ import annotations

import datetime as dt
from typing import Annotated

from fastapi import APIRouter, Body, Depends, Path, Query, Response
from fastapi.concurrency import run_in_threadpool
from fastapi.exceptions import RequestValidationError
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from routes_api.api.deps import Context, ItineraryId, Planners, Store
from routes_api.api.deps import SavedItinerary as SavedPlan
from routes_api.api.errors import error_response
from routes_api.api.security import owner_token
from routes_api.core.errors import InvalidRequest, NotFound
from routes_api.core.vocabulary import NoteText, TitleText, split_csv
from routes_api.data.catalog import BoutiqueLine, CircleTour, TourText
from routes_api.data.schema import Place
from routes_api.planners.models import CircleTripRequest, Itinerary, LineTripRequest
from routes_api.planners.trip import TripRequest, plan_trip

router = APIRouter(prefix="/v1", tags=["itineraries"])
PLANNING_ERRORS = {
    404: error_response("unknown circle, line or place id"),
    422: error_response("invalid parameters, or no trip under the request's limits (the message says which)"),
    503: error_response("too many planning requests at once: retry shortly"),
    504: error_response("planning took longer than the server's limit (ROUTES_API_PLAN_TIMEOUT_S)"),
}
CircleId = Path(max_length=80, description="circle id (GET /v1/circles)")
LineId = Path(max_length=80, description="line id (GET /v1/lines)")


class CircleSummary(TourText):
    circle_kind: str
    places: int = Field(description="places that belong to the circle")


class CircleDetail(CircleSummary):
    tour: CircleTour
    member_places: list[Place]


class LineDetail(BoutiqueLine):
    anchor_places: list[Place]


def _summary(tour: CircleTour, places: dict) -> CircleSummary:
    return CircleSummary(
        **tour.model_dump(include={"id", "name_zh", "name_en", "circle_kind", "theme_zh", "theme_en",
                                   "summary_zh", "summary_en"}),
        places=sum(tour.id in p.circles for p in places.values()),
    )


def _modes(modes: str | None) -> list[str] | None:
    return split_csv(modes) or None


def _validated(model, **values):
    """Build a request model from query values; a bad value becomes a 422 that says what to fix."""
    try:
        return model(**{k: v for k, v in values.items() if v is not None})
    except ValidationError as exc:
        raise RequestValidationError(exc.errors(include_url=False)) from None


@router.get("/circles", response_model=list[CircleSummary], summary="The ten tourism circles (6 land, 4 ocean)")
def list_circles(context: Context) -> list[CircleSummary]:
    return [_summary(t, context.places) for t in context.circles.values()]


@router.get("/circles/{circle_id}", response_model=CircleDetail, summary="One circle: its curated tour and its places",
            responses={404: error_response("unknown circle id")})
def get_circle(context: Context, circle_id: str = CircleId) -> CircleDetail:
    tour = context.circles.get(circle_id)
    if tour is None:
        raise NotFound("circle", circle_id)
    members = [p for p in context.places.values() if circle_id in p.circles]
    return CircleDetail(**_summary(tour, context.places).model_dump(), tour=tour, member_places=members)


@router.get("/circles/{circle_id}/itinerary", response_model=Itinerary, responses=PLANNING_ERRORS,
            summary="The circle's 3-day-2-night itinerary for a start date, pace, modes and start place")
async def circle_itinerary(
    context: Context,
    planners: Planners,
    circle_id: str = CircleId,
    start_date: dt.date | None = Query(None, description="first day (default: today)"),
    pace: str = Query("moderate", max_length=20, description="relaxed | moderate | active"),
    modes: str | None = Query(None, max_length=200, description="comma-separated families: boat,ferry,scenic_rail,rail,bike,walk,bus"),
    start: str | None = Query(None, max_length=80, description="start place id"),
    interests: str | None = Query(None, max_length=200, description="comma-separated themes"),
    phase: str = Query("2025", max_length=10),
) -> Itinerary:
    trip = _validated(CircleTripRequest, circle=circle_id, start_date=start_date or dt.date.today(), pace=pace,
                      modes=_modes(modes), start=start, interests=split_csv(interests), phase=phase)
    return await planners.run(plan_trip, trip, context)


@router.get("/lines", response_model=list[BoutiqueLine], summary="The five boutique lines")
def list_lines(context: Context) -> list[BoutiqueLine]:
    return list(context.lines.values())


@router.get("/lines/{line_id}", response_model=LineDetail, summary="One boutique line and its anchor places",
            responses={404: error_response("unknown line id")})
def get_line(context: Context, line_id: str = LineId) -> LineDetail:
    line = context.lines.get(line_id)
    if line is None:
        raise NotFound("line", line_id)
    return LineDetail(**line.model_dump(), anchor_places=[context.places[a] for a in line.anchors])


@router.get("/lines/{line_id}/itinerary", response_model=Itinerary, responses=PLANNING_ERRORS,
            summary="The line's itinerary for a number of days within its range")
async def line_itinerary(
    context: Context,
    planners: Planners,
    line_id: str = LineId,
    days: int | None = Query(None, ge=1, le=14, description="default: the line's minimum"),
    start_date: dt.date | None = Query(None),
    pace: str = Query("moderate", max_length=20),
    modes: str | None = Query(None, max_length=200),
    interests: str | None = Query(None, max_length=200),
    phase: str = Query("2025", max_length=10),
) -> Itinerary:
    line = context.lines.get(line_id)
    if line is None:
        raise NotFound("line", line_id)
    trip = _validated(LineTripRequest, line=line_id, days=days or line.days_min,
                      start_date=start_date or dt.date.today(), pace=pace, modes=_modes(modes),
                      interests=split_csv(interests), phase=phase)
    return await planners.run(plan_trip, trip, context)


class SavedItinerary(Itinerary):
    owner_token: str = Field(description="needed to change (PATCH) or delete (DELETE) the plan, as "
                             "'Authorization: Bearer <owner_token>'; shown only this once (only its hash is stored)")


class ItineraryPatch(BaseModel):
    """Body of ``PATCH /v1/itineraries/{id}``: the fields to change (null clears one)."""

    model_config = ConfigDict(extra="forbid")

    title: TitleText | None = None
    note: NoteText | None = None


OWNER_ERRORS = {
    401: error_response("no owner token (Authorization: Bearer <owner_token>)"),
    403: error_response("the owner token does not match this plan"),
    404: error_response("no saved plan with this id"),
}


@router.post("/itineraries", response_model=SavedItinerary, status_code=201, responses=PLANNING_ERRORS,
             summary="Generate and save an itinerary (kind circle, line or custom); returns it with its id "
                     "and its owner token")
async def create_itinerary(
    context: Context,
    planners: Planners,
    store: Store,
    trip: Annotated[TripRequest, Body(examples=[{"kind": "circle", "circle": "jiangnan-water-towns",
                                                 "start_date": "2026-05-01", "pace": "moderate",
                                                 "title": "Family trip"}])],
) -> SavedItinerary:
    itinerary = await planners.run(plan_trip, trip, context)
    saved, token = await run_in_threadpool(store.create, itinerary, title=trip.title, note=trip.note)
    return SavedItinerary(**saved.model_dump(), owner_token=token)


@router.get("/itineraries/{itinerary_id}", response_model=Itinerary, summary="A saved itinerary",
            responses={404: error_response("no saved plan with this id")})
def get_itinerary(itinerary: SavedPlan) -> Itinerary:
    return itinerary


@router.patch("/itineraries/{itinerary_id}", response_model=Itinerary, responses=OWNER_ERRORS,
              summary="Change a saved plan's title or note (owner token required)")
def patch_itinerary(body: ItineraryPatch, store: Store, itinerary_id: str = ItineraryId,
                    token: str = Depends(owner_token)) -> Itinerary:
    fields = body.model_dump(include=body.model_fields_set)
    if not fields:
        raise InvalidRequest("nothing to change: send title and/or note (null clears one)")
    found = store.update(itinerary_id, token, **fields)
    if found is None:
        raise NotFound("itinerary", itinerary_id)
    return found


@router.delete("/itineraries/{itinerary_id}", status_code=204, response_class=Response, responses=OWNER_ERRORS,
               summary="Delete a saved plan (owner token required)")
def delete_itinerary(store: Store, itinerary_id: str = ItineraryId, token: str = Depends(owner_token)):
    deleted = store.delete(itinerary_id, token)
    if not deleted:
        raise NotFound("itinerary", itinerary_id)
    return Response(status_code=204)
