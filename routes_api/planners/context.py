"""What every planner reads: the validated data, the curated tours, the graphs per phase and
the caches built from them.

A :class:`PlannerContext` is built once per process (or per data reload) and shared by every
request; planners read it and never change the data. Graphs are built on first use under a
lock, so concurrent first callers of one phase share one build.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

import networkx as nx

from routes_api.data.catalog import BoutiqueLine, CircleTour, load_catalog
from routes_api.data.load import NetworkData, load_network
from routes_api.network.detail import DetailSet
from routes_api.network.graph import build_graph
from routes_api.planners.itinerary import MatrixCache
from routes_api.planners.routing import LayeredCache


@dataclass
class PlannerContext:
    """Loaded data, curated tours, OSM detail layers, graphs per phase and planner caches."""

    data: NetworkData
    circles: dict[str, CircleTour]
    lines: dict[str, BoutiqueLine]
    detail: DetailSet = field(default_factory=DetailSet)
    layered: LayeredCache = field(default_factory=LayeredCache)
    matrices: MatrixCache = field(default_factory=MatrixCache)
    load_seconds: float = 0.0
    _graphs: dict[str, nx.MultiDiGraph] = field(default_factory=dict, repr=False)
    _graph_lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    @classmethod
    def load(cls, data_dir: str | Path | None = None, itinerary_dir: str | Path | None = None,
             detail_dir: str | Path | None = None) -> "PlannerContext":
        """Load and validate the data and the curated tours, build the 2025 graph.

        Parameters
        ----------
        data_dir, itinerary_dir : path, optional
            Network data and curated tours (default: the embedded folders).
        detail_dir : path, optional
            Folder of imported OSM detail layers (``<state dir>/detail``); none when absent.
        """
        started = time.perf_counter()
        data = load_network(data_dir)
        circles, lines = load_catalog(data.places, Path(itinerary_dir) if itinerary_dir else None)
        detail = DetailSet.load_dir(detail_dir) if detail_dir else DetailSet()
        context = cls(data=data, circles=circles, lines=lines, detail=detail)
        context.graph("2025")
        context.load_seconds = time.perf_counter() - started
        return context

    @property
    def places(self) -> dict:
        return self.data.places

    @property
    def corridors(self) -> dict:
        return self.data.corridors

    def graph(self, phase: str = "2050") -> nx.MultiDiGraph:
        """The multimodal graph of everything built by `phase` (built once)."""
        graph = self._graphs.get(phase)
        if graph is None:
            with self._graph_lock:
                graph = self._graphs.get(phase)
                if graph is None:
                    graph = self._graphs[phase] = build_graph(self.data, phase)
        return graph
