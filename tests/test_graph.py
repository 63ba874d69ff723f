"""The graph follows osmnx's conventions, so osmnx's own tools work on it."""

from __future__ import annotations

import networkx as nx
import osmnx as ox
import pytest
from shapely.geometry import LineString

from routes_api.core.geo import line_length_m
from routes_api.network.graph import build_graph
from routes_api.data.load import load_network


@pytest.fixture
def mini_graph(mini_dir):
    return build_graph(load_network(mini_dir))


def test_nodes_and_edges_follow_osmnx_conventions(mini_graph):
    G = mini_graph
    assert isinstance(G, nx.MultiDiGraph) and G.graph["crs"] == "EPSG:4326"
    for _, d in G.nodes(data=True):
        assert 119 <= d["x"] <= 123 and 28.9 <= d["y"] <= 32.8
    for u, v, k, d in G.edges(keys=True, data=True):
        geom = d["geometry"]
        assert isinstance(geom, LineString)
        # geometry runs from u to v
        assert geom.coords[0] == (G.nodes[u]["x"], G.nodes[u]["y"])
        assert geom.coords[-1] == (G.nodes[v]["x"], G.nodes[v]["y"])
        assert d["length"] == pytest.approx(line_length_m(geom.coords))
        assert {"network", "mode", "corridor", "phase"} <= d.keys()


def test_every_segment_both_ways(mini_graph):
    n = mini_graph.graph["node_of"]
    assert mini_graph.has_edge(n["tongli"], n["zhouzhuang"], key="c-1")
    assert mini_graph.has_edge(n["zhouzhuang"], n["tongli"], key="c-1")


def test_phase_filters_edges(mini_dir):
    data = load_network(mini_dir)
    G0, G1 = build_graph(data, "existing"), build_graph(data, "2025")
    n = G0.graph["node_of"]
    assert not G0.has_edge(n["tongli"], n["luzhi"])
    assert G1.has_edge(n["tongli"], n["luzhi"])
    with pytest.raises(ValueError, match="phase must be one of"):
        build_graph(data, "2100")


def test_graph_to_gdfs_round_trip(mini_graph):
    nodes, edges = ox.graph_to_gdfs(mini_graph)
    assert len(nodes) == mini_graph.number_of_nodes()
    assert len(edges) == mini_graph.number_of_edges()
    G2 = ox.graph_from_gdfs(nodes, edges)
    assert set(G2.nodes) == set(mini_graph.nodes)
    assert set(G2.edges(keys=True)) == set(mini_graph.edges(keys=True))
    for u, v, k, d in mini_graph.edges(keys=True, data=True):
        assert G2.edges[u, v, k]["length"] == pytest.approx(d["length"])
        assert G2.edges[u, v, k]["network"] == d["network"]


def test_osmnx_nearest_nodes_and_shortest_path(mini_graph):
    n = mini_graph.graph["node_of"]
    nearest = ox.distance.nearest_nodes(mini_graph, 120.845, 31.119)
    assert mini_graph.nodes[nearest]["place"] == "zhouzhuang"
    route = ox.routing.shortest_path(mini_graph, n["kunshan"], n["zhouzhuang"], weight="length")
    assert route[0] == n["kunshan"] and route[-1] == n["zhouzhuang"]
