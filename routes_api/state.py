"""What the service holds in memory: the validated data, the graphs built from it, the
curated tours, cached travel-time rows, and the itinerary store."""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path

import networkx as nx

from routes_api.network.detail import DetailSet
from routes_api.network.graph import build_graph
from routes_api.network.load import NetworkData, load_network
from routes_api.planners.catalog import BoutiqueLine, CircleTour, load_catalog
from routes_api.planners.itinerary import MatrixCache
from routes_api.planners.routing import LayeredCache
from routes_api.store import ItineraryStore, database_url


@dataclass
class ServiceState:
    """Loaded data plus graphs per phase (built on first use)."""

    data: NetworkData
    circles: dict[str, CircleTour]
    lines: dict[str, BoutiqueLine]
    store: ItineraryStore
    load_seconds: float = 0.0
    _graphs: dict[str, nx.MultiDiGraph] = field(default_factory=dict)
    layered: LayeredCache = field(default_factory=LayeredCache)
    matrices: MatrixCache = field(default_factory=MatrixCache)
    detail: DetailSet = field(default_factory=DetailSet)  # OSM detail layers (routes-api detail import)

    @classmethod
    def load(cls, data_dir: str | Path | None = None, itinerary_dir: str | Path | None = None,
             state_dir: str | Path = "var", *, db_url: str | None = None,
             store: ItineraryStore | None = None) -> "ServiceState":
        """Load and validate the data, build the 2025 graph, open (and migrate) the store.

        `store` reuses an open store (a data reload keeps the database); otherwise `db_url`
        (PostgreSQL or any SQLAlchemy URL) or the SQLite file under `state_dir` is opened.
        """
        started = time.perf_counter()
        data = load_network(data_dir)
        circles, lines = load_catalog(data.places, Path(itinerary_dir) if itinerary_dir else None)
        if store is None:
            store = ItineraryStore(database_url(db_url, state_dir))
        state = cls(data=data, circles=circles, lines=lines, store=store,
                    detail=DetailSet.load_dir(Path(state_dir) / "detail"))
        state.graph("2025")
        state.load_seconds = time.perf_counter() - started
        return state

    def graph(self, phase: str = "2050") -> nx.MultiDiGraph:
        """The multimodal graph of everything built by `phase`."""
        if phase not in self._graphs:
            self._graphs[phase] = build_graph(self.data, phase)
            self._graphs[phase].graph["detail"] = self.detail  # read by the planners' detail hook
        return self._graphs[phase]

    def planner_context(self, phase: str) -> dict:
        """Keyword arguments every itinerary planner takes."""
        return {
            "places": self.data.places,
            "corridors": self.data.corridors,
            "base": self.graph(phase),
            "cache": self.layered,
            "matrices": self.matrices,
        }
