"""The FastAPI application: a thin layer that validates, calls a planner and serialises."""

from __future__ import annotations

import logging
import threading
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI
from starlette.middleware.cors import CORSMiddleware
from starlette.middleware.trustedhost import TrustedHostMiddleware

from routes_api import __version__
from routes_api.api import admin, gaps, itineraries, networks, pages, places, routes
from routes_api.api.errors import error_response, install_error_handlers
from routes_api.api.middleware import BodyLimitMiddleware, RateLimitMiddleware, RequestContextMiddleware
from routes_api.api.runner import PlannerPool
from routes_api.core.logs import configure_logging
from routes_api.core.settings import Settings
from routes_api.api.state import ServiceState
from routes_api.store import redact

log = logging.getLogger("routes_api.app")


def _warm_up_optimiser() -> None:
    from routes_api.solvers.ophs import warm_up

    log.info("optimiser warm", extra={"seconds": round(warm_up(), 2)})


def create_app(data_dir: str | Path | None = None, *, itinerary_dir: str | Path | None = None,
               state_dir: str | Path | None = None, settings: Settings | None = None) -> FastAPI:
    """Build the application on the data in `data_dir` (the embedded data when None).

    Everything else comes from `settings` (default: the environment, see docs/operations.md).
    The data is loaded and validated, and the database migrated, before the first request is
    served: a malformed file stops the start-up with a message naming the file, the feature
    and the problem.
    """
    settings = settings or Settings()
    configure_logging(settings.log_level, settings.log_format)
    sources = {
        "data_dir": data_dir or settings.data_dir,
        "itinerary_dir": itinerary_dir or settings.itinerary_dir,
        "state_dir": state_dir or settings.state_dir,
    }

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        app.state.service = ServiceState.load(
            sources["data_dir"], sources["itinerary_dir"], sources["state_dir"],
            db_url=settings.database_url_value,
        )
        # compile the optimiser's numba kernels (or load them from the disk cache) off the
        # request path, so that the first visitor's itinerary does not wait ~20 s for it
        threading.Thread(target=_warm_up_optimiser, name="warm-up", daemon=True).start()
        log.info("ready", extra={"database": redact(app.state.service.store.url),
                                 "places": len(app.state.service.data.places),
                                 "load_seconds": round(app.state.service.load_seconds, 3)})
        yield
        app.state.planners.shutdown()
        app.state.service.store.close()

    app = FastAPI(
        title="routes-api",
        version=__version__,
        summary="Tourism and green-mobility routes for the Greater Shanghai Metropolitan Area "
        "(上海大都市圈绿色出行与旅游线路规划)",
        lifespan=lifespan,
    )
    app.state.settings = settings
    app.state.sources = sources
    app.state.planners = PlannerPool(settings.planner_threads, settings.planner_queue, settings.plan_timeout_s)
    install_error_handlers(app)

    # innermost first: add_middleware puts each new one outside the previous ones
    app.add_middleware(BodyLimitMiddleware, max_bytes=settings.max_body_bytes)
    app.add_middleware(RateLimitMiddleware, per_minute=settings.rate_limit_per_minute,
                       burst=settings.rate_limit_burst, trust_forwarded_for=settings.trust_forwarded_for)
    if settings.cors_origin_list:
        app.add_middleware(CORSMiddleware, allow_origins=settings.cors_origin_list, allow_credentials=False,
                           allow_methods=["GET", "POST", "PATCH", "DELETE", "OPTIONS"],
                           allow_headers=["Content-Type", "Authorization", "X-API-Key", "X-Request-ID"],
                           expose_headers=["X-Request-ID", "Retry-After"], max_age=600)
    if settings.allowed_host_list != ["*"]:
        app.add_middleware(TrustedHostMiddleware, allowed_hosts=settings.allowed_host_list)
    app.add_middleware(RequestContextMiddleware)

    app.include_router(networks.router)
    app.include_router(places.router)
    app.include_router(routes.router)
    app.include_router(pages.router)  # before itineraries: /v1/itineraries/{id}.pdf is not an id
    app.include_router(itineraries.router)
    app.include_router(gaps.router)
    app.include_router(admin.router)
    _document_errors(app)
    return app


def _document_errors(app: FastAPI) -> None:
    """Every error body is ``{"error": ...}``: say so in the schema (422 included), and document
    the statuses any operation may answer (413 body too large, 429 rate limited, 500)."""
    build = app.openapi

    def openapi() -> dict:
        if app.openapi_schema:
            return app.openapi_schema
        schema = build()
        for item in schema.get("paths", {}).values():
            for op in item.values():
                if not isinstance(op, dict) or "responses" not in op:
                    continue
                responses = op["responses"]
                if "422" in responses:
                    responses["422"] = error_response(
                        responses["422"].get("description", "invalid parameters (the message says which)")
                        .replace("Validation Error", "invalid parameters (the message says which)"))
                responses.setdefault("429", error_response("rate limited (see Retry-After)"))
                responses.setdefault("default", error_response("an error; the message says what to fix"))
        schemas = schema.get("components", {}).get("schemas", {})
        text = str(schema["paths"])
        for unused in ("HTTPValidationError", "ValidationError"):
            if unused in schemas and f"/{unused}'" not in text:
                del schemas[unused]
        app.openapi_schema = schema
        return schema

    app.openapi = openapi  # type: ignore[method-assign]


def app_from_env() -> FastAPI:
    """Factory for ``uvicorn --factory routes_api.api.app:app_from_env`` (several workers)."""
    return create_app()
