"""Health and plan-network summaries."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field

from routes_api import __version__
from routes_api.api.deps import Context, Service
from routes_api.data.report import network_figures

router = APIRouter(prefix="/v1", tags=["networks"])


class Health(BaseModel):
    status: str = Field(examples=["ok"])
    version: str = Field(examples=[__version__])
    data_fingerprint: str = Field(description="hash of the loaded data files", examples=["3f2a9c0d1e4b5a6c"])
    places: int = Field(examples=[412])
    segments: int = Field(examples=[1230])
    load_seconds: float = Field(description="time the data took to load and build", examples=[0.8])


class Readiness(BaseModel):
    status: str = Field(examples=["ready"], description="ready, or not-ready (with status 503)")
    data_loaded: bool
    database: str = Field(examples=["sqlite"], description="the database backend")
    database_reachable: bool
    data_fingerprint: str | None = None


class SubtotalSummary(BaseModel):
    name_zh: str | None
    name_en: str | None
    km: float
    target_km: float | None
    ok: bool | None


class PhaseTarget(BaseModel):
    km: float
    target_km: float
    ok: bool | None


class NetworkSummary(BaseModel):
    id: str = Field(examples=["greenway"])
    name_zh: str = Field(examples=["多样趣味绿道网络"])
    name_en: str = Field(examples=["Diverse Regional Greenway Network"])
    km: float = Field(description="km authored, all phases", examples=[6105.2])
    target_km: float | None = Field(description="the plan's target (null: none, e.g. connectors)", examples=[6100])
    within_target: bool | None = Field(description="within ±5% of the target")
    km_by_phase: dict[str, float] = Field(description="km first built in each phase")
    cumulative_km: dict[str, float] = Field(description="km built by each phase (a phase includes earlier ones)")
    subtotals: dict[str, SubtotalSummary]
    phasing: dict[str, PhaseTarget] = Field(description="the plan's phased targets, where it gives them")
    corridors: int
    segments: int


class NetworksResponse(BaseModel):
    networks: list[NetworkSummary]


@router.get("/health", response_model=Health, summary="Liveness and what is loaded")
def health(state: Service) -> Health:
    return Health(
        status="ok",
        version=__version__,
        data_fingerprint=state.data.fingerprint,
        places=len(state.data.places),
        segments=len(state.data.segments),
        load_seconds=round(state.load_seconds, 3),
    )


@router.get("/ready", response_model=Readiness, summary="Readiness: data loaded and database reachable",
            responses={503: {"model": Readiness, "description": "not ready (data or database missing)"}})
async def ready(request: Request):
    state = getattr(request.app.state, "service", None)
    if state is None:
        body = Readiness(status="not-ready", data_loaded=False, database="unknown", database_reachable=False)
        return JSONResponse(status_code=503, content=body.model_dump())
    reachable = await run_in_threadpool(state.store.ping)
    body = Readiness(status="ready" if reachable else "not-ready", data_loaded=True, database=state.store.backend,
                     database_reachable=reachable, data_fingerprint=state.data.fingerprint)
    return body if reachable else JSONResponse(status_code=503, content=body.model_dump())


@router.get(
    "/networks",
    response_model=NetworksResponse,
    summary="The four plan networks and the connectors: km by phase against the plan's targets",
)
def list_networks(context: Context) -> NetworksResponse:
    figures = network_figures(context.data)
    return NetworksResponse(
        networks=[
            NetworkSummary(id=name, within_target=fig.pop("ok"), **fig) for name, fig in figures.items()
        ]
    )
