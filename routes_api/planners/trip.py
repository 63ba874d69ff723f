"""The planners' entry points: one route or one trip for a request, on a planner context."""

from __future__ import annotations

from typing import Annotated, Union

from pydantic import Field

from routes_api.planners.circles import plan_circle
from routes_api.planners.context import PlannerContext
from routes_api.planners.custom import plan_custom
from routes_api.planners.lines import plan_line
from routes_api.planners.models import (
    CircleTripRequest,
    CustomTripRequest,
    Itinerary,
    LineTripRequest,
    Route,
    RouteRequest,
)
from routes_api.planners.routing import route_for_request

TripRequest = Annotated[Union[CircleTripRequest, LineTripRequest, CustomTripRequest], Field(discriminator="kind")]


def plan_trip(request: CircleTripRequest | LineTripRequest | CustomTripRequest,
              context: PlannerContext) -> Itinerary:
    """Plan a circle tour, a boutique line or a custom trip, by the request's ``kind``.

    Raises
    ------
    NotFound
        The circle, line or a place the request names does not exist.
    InvalidRequest
        The values contradict the catalogue (a day count outside the line's range...).
    NoRoute
        No trip under the request's limits (the message says which).
    """
    if isinstance(request, CircleTripRequest):
        return plan_circle(request, context)
    if isinstance(request, LineTripRequest):
        return plan_line(request, context)
    return plan_custom(request, context)


def plan_route(request: RouteRequest, context: PlannerContext) -> Route:
    """One multimodal route for `request` on the graph of its phase."""
    return route_for_request(context.graph(request.phase), context.corridors, request, context.layered,
                             context.detail)
