"""Multimodal routes between two places or points."""

from __future__ import annotations

from fastapi import APIRouter

from routes_api.api.deps import Context, Planners
from routes_api.api.errors import error_response
from routes_api.core.modes import MODES, ModeSpec
from routes_api.planners.models import Route, RouteRequest
from routes_api.planners.trip import plan_route

router = APIRouter(prefix="/v1", tags=["routes"])


@router.post(
    "/routes",
    response_model=Route,
    summary="Multimodal route: legs with mode, corridor, distance, time, CO2 and geometry",
    responses={404: error_response("unknown place id"),
               422: error_response("invalid request, or no route under its mode restrictions (the message says which)"),
               503: error_response("too many planning requests at once: retry shortly"),
               504: error_response("routing took longer than the server's limit")},
)
async def post_route(body: RouteRequest, context: Context, planners: Planners) -> Route:
    return await planners.run(plan_route, body, context)


@router.get("/modes", response_model=list[ModeSpec], summary="Travel modes: speeds per pace, waits, transfer times, CO2 factors")
def list_modes() -> list[ModeSpec]:
    return list(MODES.values())
