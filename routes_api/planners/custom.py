"""Custom trips: an origin, a number of days, interests, modes and must-visit places.

Candidates are the places within reach of the origin (great-circle distance up to
:data:`REACH_KM_PER_DAY` per day, capped at :data:`MAX_CANDIDATES` by score), so the
orienteering problem stays small enough to answer in about a second.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np

from routes_api.core.geo import haversine_m
from routes_api.planners.models import CustomTripRequest, Itinerary
from routes_api.planners.itinerary import TourSpec, place_score, plan_tour
from routes_api.core.modes import ALL_FAMILIES
from routes_api.core.errors import InvalidRequest, UnknownPlace

if TYPE_CHECKING:
    from routes_api.planners.context import PlannerContext

REACH_KM_PER_DAY = 60.0
MAX_CANDIDATES = 45
MAX_HOTELS = 25


def plan_custom(request: CustomTripRequest, context: PlannerContext) -> Itinerary:
    """A custom trip from the request's origin (see module docstring)."""
    places = context.places
    for role, pid in [("origin", request.origin), ("end", request.end)] + [("must_visit", m) for m in request.must_visit]:
        if pid is not None and pid not in places:
            raise UnknownPlace(pid, role=role)
    nights = request.days - 1 if request.nights is None else request.nights
    if nights != request.days - 1:
        raise InvalidRequest(f"nights: a {request.days}-day trip has {request.days - 1} nights, got {nights}")
    origin = places[request.origin]
    end = request.end or request.origin
    spec = TourSpec(
        kind="custom", ref=None,
        title_zh=f"从{origin.name_zh}出发的{request.days}日游",
        title_en=f"{request.days}-day trip from {origin.name_en}",
        start=request.origin, end=end, days=request.days, start_date=request.start_date,
        pace=request.pace, families=frozenset(request.modes or ALL_FAMILIES), phase=request.phase,
        required=set(request.must_visit), interests=set(request.interests),
    )
    ids = list(places)
    xs = np.array([places[i].lon for i in ids])
    ys = np.array([places[i].lat for i in ids])
    dist_km = haversine_m(origin.lon, origin.lat, xs, ys) / 1000
    reach = REACH_KM_PER_DAY * max(1, request.days)
    near = [ids[i] for i in np.argsort(dist_km) if dist_km[i] <= reach]
    visitable = [p for p in near if places[p].visit_min > 0]
    visitable.sort(key=lambda p: -place_score(places[p], spec))
    spec.candidates = list(request.must_visit) + visitable[:MAX_CANDIDATES]
    spec.hotels = [p for p in near if places[p].lodging][:MAX_HOTELS] + [
        m for m in request.must_visit if places[m].lodging
    ]
    return plan_tour(spec, context)
