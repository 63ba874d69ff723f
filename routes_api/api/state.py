"""What the service holds for its requests: the planner context and the itinerary store."""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path

import networkx as nx

from routes_api.planners.context import PlannerContext
from routes_api.store import ItineraryStore, database_url


@dataclass
class ServiceState:
    """The planner context (data, tours, graphs, caches) plus the itinerary store."""

    context: PlannerContext
    store: ItineraryStore
    load_seconds: float = 0.0

    @classmethod
    def load(cls, data_dir: str | Path | None = None, itinerary_dir: str | Path | None = None,
             state_dir: str | Path = "var", *, db_url: str | None = None,
             store: ItineraryStore | None = None) -> "ServiceState":
        """Load and validate the data, build the 2025 graph, open (and migrate) the store.

        `store` reuses an open store (a data reload keeps the database); otherwise `db_url`
        (PostgreSQL or any SQLAlchemy URL) or the SQLite file under `state_dir` is opened.
        """
        started = time.perf_counter()
        context = PlannerContext.load(data_dir, itinerary_dir, Path(state_dir) / "detail")
        if store is None:
            store = ItineraryStore(database_url(db_url, state_dir))
        return cls(context=context, store=store, load_seconds=time.perf_counter() - started)

    # the context's parts, for handlers that only read them
    @property
    def data(self):
        return self.context.data

    @property
    def circles(self):
        return self.context.circles

    @property
    def lines(self):
        return self.context.lines

    @property
    def detail(self):
        return self.context.detail

    def graph(self, phase: str = "2050") -> nx.MultiDiGraph:
        return self.context.graph(phase)
