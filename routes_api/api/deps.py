"""FastAPI dependencies: the service state, the planner context, the store, the settings and a
saved plan, so handlers name what they need instead of reaching into ``app.state``."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Path, Request

from routes_api.api.runner import PlannerPool
from routes_api.api.state import ServiceState
from routes_api.core.errors import NotFound
from routes_api.core.settings import Settings
from routes_api.planners.context import PlannerContext
from routes_api.planners.models import Itinerary
from routes_api.store import ItineraryStore


def get_settings(request: Request) -> Settings:
    """The one :class:`Settings` instance, built by ``create_app``."""
    return request.app.state.settings


def get_service(request: Request) -> ServiceState:
    """The loaded service state (replaced as a whole by a data reload)."""
    return request.app.state.service


def get_context(service: Annotated[ServiceState, Depends(get_service)]) -> PlannerContext:
    return service.context


def get_store(service: Annotated[ServiceState, Depends(get_service)]) -> ItineraryStore:
    return service.store


def get_planners(request: Request) -> PlannerPool:
    """The bounded pool that runs planners off the event loop, with the time limit."""
    return request.app.state.planners


ItineraryId = Path(max_length=64, description="the saved plan's id (a UUID)")


def get_saved_itinerary(store: Annotated[ItineraryStore, Depends(get_store)],
                        itinerary_id: str = ItineraryId) -> Itinerary:
    """The saved plan named by the path's ``itinerary_id``, or 404."""
    found = store.get(itinerary_id)
    if found is None:
        raise NotFound("itinerary", itinerary_id)
    return found


SettingsDep = Annotated[Settings, Depends(get_settings)]
Service = Annotated[ServiceState, Depends(get_service)]
Context = Annotated[PlannerContext, Depends(get_context)]
Store = Annotated[ItineraryStore, Depends(get_store)]
Planners = Annotated[PlannerPool, Depends(get_planners)]
SavedItinerary = Annotated[Itinerary, Depends(get_saved_itinerary)]
