"""Connectivity and gap analysis for network operators (see ``routes_api.analysis.gaps``)."""

from __future__ import annotations

from typing import Literal

from fastapi import APIRouter, Depends, Query
from fastapi.responses import JSONResponse
from pydantic import BaseModel, ConfigDict, Field

from routes_api.api.deps import Context, Planners
from routes_api.api.errors import error_response
from routes_api.core.errors import InvalidRequest
from routes_api.api.security import require_api_key
from routes_api.analysis import gaps as g

router = APIRouter(prefix="/v1", tags=["gaps"])
ERRORS = {422: error_response("invalid parameters (the message says which)"),
          503: error_response("too many planning requests at once: retry shortly"),
          504: error_response("the analysis took longer than the server's limit")}

GEOJSON_MEDIA_TYPE = "application/geo+json"

_NETWORKS = Query(
    "cycling,greenway", max_length=200,
    description="comma-separated: water, scenic_rail, cycling, greenway, connector",
    examples=["cycling,greenway"])
_PHASE = Query("2035", description="existing, 2025, 2035 or 2050 (includes everything built by then)")
_MAX_GAP = Query(g.DEFAULT_MAX_GAP_KM, gt=0, le=g.MAX_GAP_KM_LIMIT, allow_inf_nan=False,
                 description=f"longest straight link considered, km (0-{g.MAX_GAP_KM_LIMIT:g})")
_LIMIT = Query(g.DEFAULT_LIMIT, ge=1, le=g.LIMIT_MAX, description="candidates returned and greedy steps")
_WALK = Query(g.DEFAULT_WALK_M, gt=0, le=10_000, allow_inf_nan=False,
              description="walking distance from a pier or station to a cycling/greenway link, m")


def _networks(text: str) -> tuple[str, ...]:
    try:
        return g.parse_networks(text)
    except ValueError as exc:
        raise InvalidRequest(f"networks: {exc}") from None


def _phase(phase: str) -> str:
    try:
        return g.check_phase(phase)
    except ValueError as exc:
        raise InvalidRequest(f"phase: {exc}") from None


@router.get("/connectivity", response_model=g.ConnectivitySummary, response_model_by_alias=True, responses=ERRORS,
            summary="Components, intermodal gaps and plan progress of the chosen networks at a phase")
async def connectivity(context: Context, planners: Planners, networks: str = _NETWORKS, phase: str = _PHASE,
                       walk_m: float = _WALK) -> g.ConnectivitySummary:
    data = context.data
    nets, ph = _networks(networks), _phase(phase)
    return await planners.run(g.connectivity_summary, data, nets, ph, walk_m)


@router.get(
    "/gaps",
    response_model=g.GapReport,
    response_model_by_alias=True,
    summary="Ranked straight links that would join the network's components",
    responses={200: {"content": {GEOJSON_MEDIA_TYPE: {}},
                     "description": "JSON, or with format=geojson an RFC 7946 FeatureCollection"}, **ERRORS},
)
async def gaps(context: Context, planners: Planners, networks: str = _NETWORKS, phase: str = _PHASE, max_gap_km: float = _MAX_GAP,
               limit: int = _LIMIT, format: Literal["json", "geojson"] = Query("json")):
    data = context.data
    nets, ph = _networks(networks), _phase(phase)
    report = await planners.run(g.gap_report, data, nets, ph, max_gap_km, limit)
    if format == "geojson":
        return JSONResponse(g.candidates_geojson(report), media_type=GEOJSON_MEDIA_TYPE)
    return report


class WhatIfRequest(BaseModel):
    """Body of ``POST /v1/gaps/what-if``."""

    model_config = ConfigDict(extra="forbid")

    networks: str = Field("cycling,greenway", max_length=200, examples=["cycling,greenway"])
    phase: Literal["existing", "2025", "2035", "2050"] = "2035"
    max_gap_km: float = Field(g.DEFAULT_MAX_GAP_KM, gt=0, le=g.MAX_GAP_KM_LIMIT, allow_inf_nan=False)
    limit: int = Field(g.DEFAULT_LIMIT, ge=1, le=g.LIMIT_MAX)
    walk_m: float = Field(g.DEFAULT_WALK_M, gt=0, le=10_000, allow_inf_nan=False)
    links: dict = Field(
        description="GeoJSON FeatureCollection of LineStrings with properties network, phase and "
        "optional from/to place ids (at most 50 links)",
        examples=[{"type": "FeatureCollection", "features": [{
            "type": "Feature",
            "properties": {"network": "cycling", "phase": "2035", "from": "zhouzhuang", "to": "luzhi"},
            "geometry": {"type": "LineString", "coordinates": [[120.844, 31.118], [120.864, 31.267]]}}]}],
    )


@router.post("/gaps/what-if", response_model=g.WhatIfReport, response_model_by_alias=True,
             dependencies=[Depends(require_api_key)],
             responses={401: error_response("no or wrong X-API-Key"),
                        403: error_response("operator endpoints disabled (no ROUTES_API_API_KEYS)"), **ERRORS},
             summary="Before/after figures for proposed links (operator API key; the loaded data is not changed)")
async def gaps_what_if(context: Context, planners: Planners, body: WhatIfRequest) -> g.WhatIfReport:
    data = context.data
    networks = _networks(body.networks)
    features = body.links.get("features")
    if isinstance(features, list) and len(features) > 50:
        raise InvalidRequest(f"links: at most 50 proposed links per request, got {len(features)}")
    try:
        links = g.parse_links(body.links)
    except ValueError as exc:
        raise InvalidRequest(f"links: {exc}") from None

    def run():
        try:
            return g.what_if(data, links, networks, body.phase, body.max_gap_km, body.limit, body.walk_m)
        except ValueError as exc:
            raise InvalidRequest(f"links: {exc}") from None

    return await planners.run(run)
