"""Boutique lines: the plan's five lines for any day count in their range.

The places the plan names for a line are its anchors: required stops of the orienteering
problem, so the line always passes them when the days allow (otherwise ``warnings`` says
which did not fit). Other stops come from the circles the line crosses.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from routes_api.planners.models import Itinerary, LineTripRequest
from routes_api.planners.itinerary import TourSpec, plan_tour
from routes_api.core.modes import ALL_FAMILIES
from routes_api.core.errors import InvalidRequest, UnknownTour

if TYPE_CHECKING:
    from routes_api.planners.context import PlannerContext


def plan_line(request: LineTripRequest, context: PlannerContext) -> Itinerary:
    """The boutique line for `request`'s day count (see module docstring)."""
    places = context.places
    line = context.lines.get(request.line)
    if line is None:
        raise UnknownTour(request.line, "line")
    if not line.days_min <= request.days <= line.days_max:
        raise InvalidRequest(f"days: {line.id} runs {line.days_min}-{line.days_max} days, got {request.days}")
    members = [p.id for p in places.values() if set(p.circles) & set(line.circles)]
    hotels = [p for p in members if places[p].lodging] + [a for a in line.anchors if places[a].lodging]
    spec = TourSpec(
        kind="line",
        ref=line.id,
        title_zh=f"{line.name_zh}·{request.days}天",
        title_en=f"{line.name_en}: {request.days} days",
        start=line.start,
        end=line.end,
        days=request.days,
        start_date=request.start_date,
        pace=request.pace,
        families=frozenset(request.modes or ALL_FAMILIES),
        phase=request.phase,
        candidates=line.anchors + line.candidates + members,
        hotels=hotels,
        required=set(line.anchors),
        interests=set(request.interests or line.interests),
        member_bonus=set(line.anchors) | set(line.candidates),
        theme_zh=line.theme_zh,
        theme_en=line.theme_en,
        summary_zh=line.summary_zh,
        summary_en=line.summary_en,
    )
    return plan_tour(spec, context)
