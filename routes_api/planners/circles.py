"""Circle tours: each tourism circle's 3-day-2-night tour, curated or varied on request.

The curated tour (``itineraries/circles/<id>.json``) is returned as written when the request
keeps its hub, interests and modes and the realised days fit the pace. Any other request (a
different start, interests, restricted modes, or a pace the curated days overrun) becomes an
orienteering problem over the circle's places (:mod:`routes_api.planners.itinerary`), with the
curated stops scoring highest.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from routes_api.planners.models import CircleTripRequest, Itinerary
from routes_api.planners.itinerary import TourSpec, plan_tour
from routes_api.core.modes import ALL_FAMILIES
from routes_api.core.errors import NoRoute, UnknownPlace, UnknownTour

if TYPE_CHECKING:
    from routes_api.planners.context import PlannerContext

DAYS, NIGHTS = 3, 2


def circle_spec(tour, request: CircleTripRequest, places: dict, *, curated: bool) -> TourSpec:
    start = request.start or tour.start
    end = tour.end if start == tour.start else start
    members = [p.id for p in places.values() if tour.id in p.circles]
    curated_stops = [s for day in tour.days for s in day.stops]
    hotels = [p for p in members if places[p].lodging] + [d.overnight for d in tour.days if d.overnight]
    return TourSpec(
        kind="circle",
        ref=tour.id,
        title_zh=f"{tour.name_zh}·三天两晚",
        title_en=f"{tour.name_en}: 3 days, 2 nights",
        start=start,
        end=end,
        days=DAYS,
        start_date=request.start_date,
        pace=request.pace,
        families=frozenset(request.modes or ALL_FAMILIES),
        phase=request.phase,
        candidates=curated_stops + tour.candidates + members,
        hotels=hotels,
        interests=set(request.interests or tour.interests),
        member_bonus=set(curated_stops),
        fixed_days=[d.model_dump() for d in tour.days] if curated else None,
        theme_zh=tour.theme_zh,
        theme_en=tour.theme_en,
        summary_zh=tour.summary_zh,
        summary_en=tour.summary_en,
    )


def plan_circle(request: CircleTripRequest, context: PlannerContext) -> Itinerary:
    """The circle's tour for `request` (see module docstring)."""
    places = context.places
    tour = context.circles.get(request.circle)
    if tour is None:
        raise UnknownTour(request.circle, "circle")
    if request.start and request.start not in places:
        raise UnknownPlace(request.start, role="start")
    default = (request.start in (None, tour.start)) and not request.interests and request.modes is None
    if default:
        # first with the modes the tour is written for (boats and greenways for the water
        # towns, ferries for the islands), then with every mode as a fallback for the hops
        # those modes cannot make at the requested phase
        for modes in (sorted(set(tour.modes) | {"walk"}), None):
            trip = request.model_copy(update={"modes": modes})
            try:
                itinerary = plan_tour(circle_spec(tour, trip, places, curated=True), context)
            except NoRoute:
                continue
            if not itinerary.warnings:
                return itinerary
    return plan_tour(circle_spec(tour, request, places, curated=False), context)
