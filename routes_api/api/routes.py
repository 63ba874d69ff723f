"""Multimodal routes between two places or points."""

from __future__ import annotations

from fastapi import APIRouter, Request

from routes_api.api.errors import NotFound, Unprocessable, error_response
from routes_api.models import Route, RouteRequest
from routes_api.planners.modes import MODES, ModeSpec
from routes_api.planners.routing import NoRoute, UnknownPlace, route_for_request

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
async def post_route(request: Request, body: RouteRequest) -> Route:
    return await request.app.state.planners.run(_route, request.app.state.service, body)


def _route(state, body: RouteRequest) -> Route:
    try:
        return route_for_request(state.graph(body.phase), state.data.corridors, body, state.layered)
    except UnknownPlace as exc:
        raise NotFound(str(exc)) from None
    except NoRoute as exc:
        raise Unprocessable(str(exc)) from None


@router.get("/modes", response_model=list[ModeSpec], summary="Travel modes: speeds per pace, waits, transfer times, CO2 factors")
def list_modes() -> list[ModeSpec]:
    return list(MODES.values())
