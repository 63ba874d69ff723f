"""What the service holds in memory: the validated data and the graphs built from it."""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path

import networkx as nx

from routes_api.network.graph import build_graph
from routes_api.network.load import NetworkData, load_network
from routes_api.planners.routing import LayeredCache


@dataclass
class ServiceState:
    """Loaded data plus graphs per phase (built on first use)."""

    data: NetworkData
    load_seconds: float
    _graphs: dict[str, nx.MultiDiGraph] = field(default_factory=dict)
    layered: LayeredCache = field(default_factory=LayeredCache)

    @classmethod
    def load(cls, data_dir: str | Path | None = None) -> "ServiceState":
        started = time.perf_counter()
        data = load_network(data_dir)
        state = cls(data=data, load_seconds=0.0)
        state.graph("2050")
        state.load_seconds = time.perf_counter() - started
        return state

    def graph(self, phase: str = "2050") -> nx.MultiDiGraph:
        """The multimodal graph of everything built by `phase`."""
        if phase not in self._graphs:
            self._graphs[phase] = build_graph(self.data, phase)
        return self._graphs[phase]
