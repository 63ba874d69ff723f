"""Operator endpoints: they change what the server holds, so they need an API key."""

from __future__ import annotations

import asyncio
import logging

from fastapi import APIRouter, Depends, Request
from pydantic import BaseModel, Field

from routes_api.api.errors import ApiError, error_response
from routes_api.api.security import require_api_key
from routes_api.core.errors import DataError
from routes_api.api.state import ServiceState

router = APIRouter(prefix="/v1/admin", tags=["admin"], dependencies=[Depends(require_api_key)],
                   responses={401: error_response("no or wrong X-API-Key"),
                              403: error_response("operator endpoints disabled (no ROUTES_API_API_KEYS)")})
log = logging.getLogger("routes_api.admin")
_reload_lock = asyncio.Lock()


class ReloadResult(BaseModel):
    status: str = Field(examples=["reloaded"])
    data_fingerprint: str
    places: int
    segments: int
    circles: int
    lines: int
    load_seconds: float


@router.post("/reload", response_model=ReloadResult,
             summary="Reload the network data and curated tours from the configured folders",
             responses={409: error_response("a reload is already running"),
                        422: error_response("the data on disk is invalid; the previous data is still served")})
async def reload_data(request: Request) -> ReloadResult:
    """Reads only the folders the server was started with (no path comes from the request).
    The new data replaces the old atomically; requests in flight finish on the old data. With
    several workers or replicas, send it to each (or restart them one by one)."""
    if _reload_lock.locked():
        raise ApiError(409, "a reload is already running")
    async with _reload_lock:
        old: ServiceState = request.app.state.service
        src = request.app.state.sources
        try:
            new = await asyncio.to_thread(ServiceState.load, src["data_dir"], src["itinerary_dir"],
                                          src["state_dir"], store=old.store)
        except DataError as exc:
            raise ApiError(422, f"data not reloaded, still serving the previous data: {exc}") from None
        request.app.state.service = new
    log.info("data reloaded", extra={"data_fingerprint": new.data.fingerprint})
    return ReloadResult(status="reloaded", data_fingerprint=new.data.fingerprint, places=len(new.data.places),
                        segments=len(new.data.segments), circles=len(new.circles), lines=len(new.lines),
                        load_seconds=round(new.load_seconds, 3))
