"""The FastAPI application: a thin layer that validates, calls a planner and serialises."""

from __future__ import annotations

from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI

from routes_api import __version__
from routes_api.api import gaps, itineraries, networks, pages, places, routes
from routes_api.api.errors import install_error_handlers
from routes_api.settings import Settings
from routes_api.state import ServiceState


def create_app(data_dir: str | Path | None = None, *, itinerary_dir: str | Path | None = None,
               state_dir: str | Path | None = None) -> FastAPI:
    """Build the application on the data in `data_dir` (the embedded data when None).

    The data is loaded and validated before the first request is served: a malformed file
    stops the start-up with a message naming the file, the feature and the problem.
    """

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        settings = Settings()
        app.state.service = ServiceState.load(
            data_dir or settings.data_dir,
            itinerary_dir or settings.itinerary_dir,
            state_dir or settings.state_dir,
        )
        yield
        app.state.service.store.close()

    app = FastAPI(
        title="routes-api",
        version=__version__,
        summary="Tourism and green-mobility routes for the Greater Shanghai Metropolitan Area "
        "(上海大都市圈绿色出行与旅游线路规划)",
        lifespan=lifespan,
    )
    install_error_handlers(app)
    app.include_router(networks.router)
    app.include_router(places.router)
    app.include_router(routes.router)
    app.include_router(pages.router)  # before itineraries: /v1/itineraries/{id}.pdf is not an id
    app.include_router(itineraries.router)
    app.include_router(gaps.router)
    return app
