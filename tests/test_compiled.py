"""Tests for routes_api.network.compiled against networkx and scipy oracles."""

from __future__ import annotations

import logging
import math
import warnings
from pathlib import Path

import networkx as nx
import numpy as np
import pytest
from scipy.sparse import csr_matrix
from scipy.sparse.csgraph import dijkstra

from routes_api.network.compiled import (
    INT_WEIGHT_LIMIT,
    CompiledGraph,
    import_pyroutingkit,
    longest_path_bound,
)

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
HUANGPU_OSM = SHARED / "data" / "osm" / "shanghai_huangpu_drive.osm"
HAS_PRK = import_pyroutingkit() is not None
BACKENDS = [
    pytest.param("cch", marks=pytest.mark.skipif(not HAS_PRK, reason="pyroutingkit not installed")),
    "scipy",
]
LOGGER = "routes_api.network.compiled"


# --------------------------------------------------------------------------
# Graph builders and oracles
# --------------------------------------------------------------------------


def random_geometric_multidigraph(n: int = 1500, seed: int = 7) -> nx.MultiDiGraph:
    """Random geometric graph: one-way, two-way and parallel edges, plus an island.

    Nodes ``n .. n + 9`` form a separate two-way chain, so pairs between it
    and the main graph are unreachable; node ``n + 10`` is isolated.
    """
    rng = np.random.default_rng(seed)
    pos = rng.random((n, 2))
    G = nx.MultiDiGraph()
    for i, (x, y) in enumerate(pos):
        G.add_node(i, x=float(x), y=float(y))
    radius = 1.6 / math.sqrt(n)
    diff = pos[:, None, :] - pos[None, :, :]
    dist = np.hypot(diff[..., 0], diff[..., 1])
    a, b = np.nonzero(np.triu(dist < radius, k=1))
    for u, v in zip(a.tolist(), b.tolist()):
        d = float(dist[u, v])
        r = rng.random()
        if r < 0.15:
            G.add_edge(u, v, length=d)  # one-way
        elif r < 0.3:
            G.add_edge(v, u, length=d)  # one-way the other way
        else:
            G.add_edge(u, v, length=d)
            G.add_edge(v, u, length=d * 1.05)  # asymmetric two-way
        if rng.random() < 0.1:
            G.add_edge(u, v, length=d * rng.uniform(0.5, 1.5))  # parallel edge
    for i in range(n, n + 10):
        G.add_node(i, x=2.0 + i / n, y=2.0)
        if i > n:
            G.add_edge(i - 1, i, length=1.0)
            G.add_edge(i, i - 1, length=1.0)
    G.add_node(n + 10, x=3.0, y=3.0)
    return G


def grid_graph(side: int = 40) -> nx.Graph:
    """Undirected integer-weighted grid (many equal-cost ties), integer node ids."""
    rng = np.random.default_rng(3)
    G = nx.convert_node_labels_to_integers(nx.grid_2d_graph(side, side), label_attribute="xy")
    for v, data in G.nodes(data=True):
        data["x"], data["y"] = map(float, data.pop("xy"))
    for u, v, data in G.edges(data=True):
        data["length"] = float(rng.integers(1, 4))
    return G


def oracle_csr(G: nx.Graph, weight: str = "length") -> tuple[csr_matrix, dict]:
    """Scipy CSR of ``G`` built independently: parallel edges keep the minimum."""
    index = {v: i for i, v in enumerate(G.nodes)}
    best: dict[tuple[int, int], float] = {}
    for u, v, data in G.edges(data=True):
        pairs = [(index[u], index[v])] if G.is_directed() else [(index[u], index[v]), (index[v], index[u])]
        for p in pairs:
            if p[0] != p[1]:
                best[p] = min(best.get(p, math.inf), float(data[weight]))
    rows, cols = zip(*best) if best else ((), ())
    n = len(index)
    return csr_matrix((list(best.values()), (rows, cols)), shape=(n, n)), index


def nx_length(G: nx.Graph, u, v, weight="length") -> tuple[float, int]:
    """Return (networkx shortest distance, arc count of its path), (inf, 0) if none."""
    try:
        dist, path = nx.bidirectional_dijkstra(G, u, v, weight=weight)
    except nx.NetworkXNoPath:
        return math.inf, 0
    return float(dist), len(path) - 1


def min_edge_weight(G: nx.Graph, u, v, weight="length") -> float:
    """Minimum weight over the (parallel) edges u -> v."""
    data = G.get_edge_data(u, v)
    if G.is_multigraph():
        return min(float(d[weight]) for d in data.values())
    return float(data[weight])


def random_pairs(nodes: list, count: int, seed: int) -> list[tuple]:
    """Seeded random (u, v) node pairs."""
    rng = np.random.default_rng(seed)
    idx = rng.integers(0, len(nodes), size=(count, 2))
    return [(nodes[i], nodes[j]) for i, j in idx]


def assert_matches_networkx(cg: CompiledGraph, G: nx.Graph, pairs, weight="length") -> int:
    """Assert distances equal networkx's; return the number of unreachable pairs."""
    unreachable = 0
    for u, v in pairs:
        ref, k_ref = nx_length(G, u, v, weight)
        got = cg.distance(u, v)
        if math.isinf(ref):
            unreachable += 1
            assert math.isinf(got) and cg.path(u, v) is None, (u, v)
            continue
        k_got = len(cg.path(u, v)) - 1
        tolerance = 1e-9 * max(ref, 1.0)
        if cg.scale is not None:  # rounding may pick a path costlier by at most this
            tolerance += (k_ref + k_got) / (2.0 * cg.scale)
        assert got == pytest.approx(ref, abs=tolerance), (u, v, got, ref)
        assert got >= ref - 1e-9 * max(ref, 1.0), "never shorter than the optimum"
    return unreachable


def assert_real_path(cg: CompiledGraph, G: nx.Graph, u, v, weight="length") -> None:
    """Assert the path joins consecutive nodes by edges and costs its distance."""
    path = cg.path(u, v)
    assert path[0] == u and path[-1] == v
    cost = 0.0
    for a, b in zip(path, path[1:]):
        assert G.has_edge(a, b), (a, b)
        cost += min_edge_weight(G, a, b, weight)
    assert cg.distance(u, v) == pytest.approx(cost, rel=1e-12, abs=1e-12)


# --------------------------------------------------------------------------
# Fixtures
# --------------------------------------------------------------------------


@pytest.fixture(scope="module")
def geo_graph() -> nx.MultiDiGraph:
    return random_geometric_multidigraph()


@pytest.fixture(scope="module", params=BACKENDS)
def geo_compiled(request, geo_graph) -> CompiledGraph:
    return CompiledGraph.from_networkx(geo_graph, "length", backend=request.param)


@pytest.fixture(scope="module")
def huangpu() -> nx.MultiDiGraph:
    if not HUANGPU_OSM.is_file():
        pytest.skip(f"shared OSM data not found at {HUANGPU_OSM} (needs ../shared next to the repo)")
    ox = pytest.importorskip("osmnx")
    with warnings.catch_warnings():  # the file was written by osmnx; osmnx warns about that
        warnings.simplefilter("ignore", UserWarning)
        return ox.graph_from_xml(HUANGPU_OSM, retain_all=True)


@pytest.fixture(scope="module", params=BACKENDS)
def huangpu_compiled(request, huangpu) -> CompiledGraph:
    return CompiledGraph.from_networkx(huangpu, "length", backend=request.param)


# --------------------------------------------------------------------------
# (a) synthetic graphs
# --------------------------------------------------------------------------


def test_geo_distances_match_networkx(geo_compiled, geo_graph):
    nodes = list(geo_graph.nodes)
    pairs = random_pairs(nodes, 200, seed=11) + [(0, len(nodes) - 2), (len(nodes) - 3, 5)]
    unreachable = assert_matches_networkx(geo_compiled, geo_graph, pairs)
    assert unreachable >= 2  # the island pairs, plus one-way dead ends


def test_geo_paths_are_real_paths(geo_compiled, geo_graph):
    for u, v in random_pairs(list(geo_graph.nodes), 100, seed=12):
        if nx.has_path(geo_graph, u, v):
            assert_real_path(geo_compiled, geo_graph, u, v)


def test_directed_edges_respected():
    G = nx.MultiDiGraph()
    G.add_edge("a", "b", length=1.0)
    G.add_edge("b", "c", length=1.0)
    G.add_edge("c", "a", length=10.0)
    for backend in ["scipy"] + (["cch"] if HAS_PRK else []):
        cg = CompiledGraph.from_networkx(G, backend=backend)
        assert cg.distance("a", "c") == 2.0
        assert cg.distance("c", "b") == 11.0
        assert cg.path("c", "b") == ["c", "a", "b"]


def test_parallel_edges_keep_minimum_and_self_loops_dropped():
    G = nx.MultiDiGraph()
    G.add_edge(1, 2, length=5.0)
    G.add_edge(1, 2, length=3.0)
    G.add_edge(1, 2, length=4.0)
    G.add_edge(2, 2, length=0.0)
    cg = CompiledGraph.from_networkx(G, backend="scipy")
    assert cg.n_arcs == 1
    assert cg.distance(1, 2) == 3.0
    assert math.isinf(cg.distance(2, 1))


def test_same_node_and_unknown_node(geo_compiled):
    assert geo_compiled.distance(5, 5) == 0.0
    assert geo_compiled.path(5, 5) == [5]
    with pytest.raises(KeyError):
        geo_compiled.distance(5, "nowhere")


def test_grid_with_ties_matches_networkx():
    G = grid_graph()
    for backend in ["scipy"] + (["cch"] if HAS_PRK else []):
        cg = CompiledGraph.from_networkx(G, backend=backend)
        pairs = random_pairs(list(G.nodes), 100, seed=5)
        assert assert_matches_networkx(cg, G, pairs) == 0
        for u, v in pairs[:30]:
            assert_real_path(cg, G, u, v)
            if backend == "cch":  # integer weights, scale a power of two: exact
                assert cg.distance(u, v) == nx.shortest_path_length(G, u, v, weight="length")


def test_matrix_equals_scipy(geo_compiled, geo_graph):
    oracle, index = oracle_csr(geo_graph)
    nodes = list(geo_graph.nodes)
    rng = np.random.default_rng(21)
    sources = [nodes[i] for i in rng.integers(0, len(nodes), 25)] + [len(nodes) - 1]
    targets = [nodes[i] for i in rng.integers(0, len(nodes), 30)] + [len(nodes) - 5]
    ref = dijkstra(oracle, indices=[index[s] for s in sources])[:, [index[t] for t in targets]]
    got = geo_compiled.matrix(sources, targets)
    assert got.shape == (len(sources), len(targets))
    assert np.array_equal(np.isinf(got), np.isinf(ref))
    finite = np.isfinite(ref)
    atol = 1e-9 if geo_compiled.scale is None else geo_compiled.n_nodes / geo_compiled.scale
    np.testing.assert_allclose(got[finite], ref[finite], rtol=1e-9, atol=atol)
    exact = geo_compiled.matrix(sources[:5], targets[:5], exact=True)
    np.testing.assert_allclose(exact, ref[:5, :5], rtol=1e-9)


def test_from_arrays_undirected_and_merging():
    tails, heads = [0, 1, 1, 2, 3], [1, 2, 2, 0, 3]
    weights = [1.0, 4.0, 2.0, 10.0, 1.0]
    cg = CompiledGraph.from_arrays(4, tails, heads, weights, np.zeros(4), np.arange(4.0), undirected=True)
    assert cg.n_arcs == 6  # 0-1, 1-2, 2-0 both ways; the self-loop is dropped
    assert cg.distance(2, 0) == 3.0
    assert cg.distance(0, 2) == 3.0
    assert math.isinf(cg.distance(0, 3))
    np.testing.assert_array_equal(np.diff(cg.indptr), [2, 2, 2, 0])
    assert cg.weights.dtype == np.float64 and cg.indices.dtype == np.int32


@pytest.mark.parametrize("bad", [[-1.0], [float("nan")]])
def test_invalid_weights_rejected(bad):
    with pytest.raises(ValueError):
        CompiledGraph.from_arrays(2, [0], [1], bad, np.zeros(2), np.zeros(2))


def test_missing_weight_attribute_rejected():
    G = nx.DiGraph()
    G.add_edge(1, 2)
    with pytest.raises(ValueError, match="no 'length' attribute"):
        CompiledGraph.from_networkx(G)


def test_zero_weight_edges():
    G = nx.DiGraph()
    G.add_edge(0, 1, length=0.0)
    G.add_edge(1, 2, length=2.5)
    for backend in ["scipy"] + (["cch"] if HAS_PRK else []):
        cg = CompiledGraph.from_networkx(G, backend=backend)
        assert cg.distance(0, 2) == 2.5
        assert cg.path(0, 2) == [0, 1, 2]


@pytest.mark.skipif(not HAS_PRK, reason="pyroutingkit not installed")
def test_nodes_without_coordinates_use_fallback_order():
    G = nx.convert_node_labels_to_integers(nx.random_regular_graph(3, 400, seed=2))
    nx.set_edge_attributes(G, 1.0, "length")
    cg = CompiledGraph.from_networkx(G, backend="cch")
    assert np.isnan(cg.x).all()
    assert_matches_networkx(cg, G, random_pairs(list(G.nodes), 50, seed=3))


def test_auto_backend_picks_scipy_for_tiny_graphs():
    G = nx.path_graph(10)
    nx.set_edge_attributes(G, 1.0, "length")
    assert CompiledGraph.from_networkx(G).backend_name == "scipy"


# --------------------------------------------------------------------------
# Weight sets, scale
# --------------------------------------------------------------------------


def closed_or_slow(u, v, data):
    """Callable weight: edges longer than 0.03 closed, others weighted by length x 2."""
    return None if data["length"] > 0.03 else data["length"] * 2.0


def test_callable_weight_and_closed_edges(geo_compiled, geo_graph):
    cg = geo_compiled.with_weight(geo_graph, closed_or_slow)
    H = nx.DiGraph()
    H.add_nodes_from(geo_graph.nodes)
    for u, v, data in geo_graph.edges(data=True):
        w = closed_or_slow(u, v, data)
        if w is not None and u != v:
            if not H.has_edge(u, v) or H[u][v]["w"] > w:
                H.add_edge(u, v, w=w)
    assert assert_matches_networkx(cg, H, random_pairs(list(H.nodes), 150, seed=8), weight="w") > 0
    fresh = CompiledGraph.from_networkx(geo_graph, closed_or_slow, backend=geo_compiled.backend_name)
    np.testing.assert_array_equal(fresh.weights, cg.weights)


def test_with_weight_shares_topology(geo_compiled, geo_graph):
    doubled = geo_compiled.with_weight(geo_graph, lambda u, v, d: 2.0 * d["length"])
    assert doubled.topology is geo_compiled.topology
    if geo_compiled.backend_name == "cch":
        assert doubled.backend._cch_topology is geo_compiled.backend._cch_topology
    for u, v in random_pairs(list(geo_graph.nodes), 40, seed=9):
        a, b = geo_compiled.distance(u, v), doubled.distance(u, v)
        assert (math.isinf(a) and math.isinf(b)) or b == pytest.approx(2 * a, rel=1e-6)


def test_with_weight_rejects_other_topology(geo_compiled, geo_graph):
    G = geo_graph.copy()
    G.add_edge(0, len(G) - 1, length=1.0)
    with pytest.raises(ValueError, match="not in this compiled graph"):
        geo_compiled.with_weight(G, "length")


def test_longest_path_bound_is_an_upper_bound(geo_compiled, geo_graph):
    all_pairs = dijkstra(geo_compiled.to_scipy())
    longest = all_pairs[np.isfinite(all_pairs)].max()
    bound = longest_path_bound(geo_compiled.topology, geo_compiled.weights)
    assert longest <= bound <= geo_compiled.weights.sum()
    if geo_compiled.scale is not None:
        assert geo_compiled.scale * bound + geo_compiled.n_nodes < INT_WEIGHT_LIMIT / 2


@pytest.mark.skipif(not HAS_PRK, reason="pyroutingkit not installed")
def test_too_large_scale_rejected(geo_graph):
    with pytest.raises(ValueError, match="too large"):
        CompiledGraph.from_networkx(geo_graph, backend="cch", scale=2.0**40)


# --------------------------------------------------------------------------
# Persistence and cache
# --------------------------------------------------------------------------


def test_save_load_round_trip(geo_compiled, geo_graph, tmp_path, caplog):
    geo_compiled.save(tmp_path / "g")
    with caplog.at_level(logging.INFO, logger=LOGGER):
        loaded = CompiledGraph.load(tmp_path / "g")
    assert loaded.backend_name == geo_compiled.backend_name
    assert loaded.scale == geo_compiled.scale
    assert loaded.topology_key == geo_compiled.topology_key
    if geo_compiled.backend_name == "cch":
        assert "CCH order loaded" in caplog.text
        assert "built" not in caplog.text.replace("rebuilt", "")
    np.testing.assert_array_equal(loaded.node_ids, geo_compiled.node_ids)
    for u, v in random_pairs(list(geo_graph.nodes), 50, seed=13):
        assert loaded.distance(u, v) == geo_compiled.distance(u, v)
        assert loaded.path(u, v) == geo_compiled.path(u, v)
    as_scipy = CompiledGraph.load(tmp_path / "g", backend="scipy")
    assert as_scipy.backend_name == "scipy"


def test_load_rejects_tampered_arrays(geo_compiled, tmp_path):
    path = geo_compiled.save(tmp_path / "g")
    with np.load(path / "graph.npz") as data:
        arrays = dict(data)
    arrays["weights"] = arrays["weights"] * 2
    np.savez(path / "graph.npz", **arrays)
    with pytest.raises(ValueError, match="stored hash"):
        CompiledGraph.load(path)


@pytest.mark.skipif(not HAS_PRK, reason="pyroutingkit not installed")
def test_load_rebuilds_stale_cch(geo_graph, tmp_path, caplog):
    small = CompiledGraph.from_networkx(grid_graph(10), backend="cch")
    big = CompiledGraph.from_networkx(geo_graph, backend="cch")
    big.save(tmp_path / "big")
    small.save(tmp_path / "small")
    (tmp_path / "big" / "cch").rename(tmp_path / "big" / "cch-old")
    (tmp_path / "small" / "cch").rename(tmp_path / "big" / "cch")  # a foreign CCH
    with caplog.at_level(logging.INFO, logger=LOGGER):
        loaded = CompiledGraph.load(tmp_path / "big")
    assert "stale or unreadable CCH cache" in caplog.text
    for u, v in random_pairs(list(geo_graph.nodes), 30, seed=14):
        assert loaded.distance(u, v) == pytest.approx(big.distance(u, v), rel=1e-12)


@pytest.mark.skipif(not HAS_PRK, reason="pyroutingkit not installed")
def test_cache_dir_reuses_and_invalidates(geo_graph, tmp_path, caplog):
    cache = tmp_path / "cache"
    with caplog.at_level(logging.INFO, logger=LOGGER):
        first = CompiledGraph.from_networkx(geo_graph, backend="cch", cache_dir=cache)
        assert "CCH topology built" in caplog.text
        caplog.clear()
        again = CompiledGraph.from_networkx(geo_graph, backend="cch", cache_dir=cache)
        assert "CCH order loaded" in caplog.text and "topology built" not in caplog.text
        assert again.topology_key == first.topology_key

        changed = geo_graph.copy()
        far = len(geo_graph) - 3  # on the island: the new edge makes it reachable
        changed.add_edge(0, far, length=0.5)
        caplog.clear()
        new = CompiledGraph.from_networkx(changed, backend="cch", cache_dir=cache)
        assert "CCH topology built" in caplog.text and "CCH order loaded" not in caplog.text
    assert new.topology_key != first.topology_key
    assert sorted(p.name for p in cache.iterdir()) == sorted(
        [f"cch-{first.topology_key}", f"cch-{new.topology_key}"]
    )
    assert math.isinf(first.distance(0, far))
    assert new.distance(0, far) == 0.5
    assert_matches_networkx(new, changed, random_pairs(list(changed.nodes), 60, seed=15))


# --------------------------------------------------------------------------
# (b) real OSM graph (central Shanghai, drive network)
# --------------------------------------------------------------------------


def test_huangpu_distances_match_networkx(huangpu_compiled, huangpu):
    pairs = random_pairs(list(huangpu.nodes), 200, seed=31)
    unreachable = assert_matches_networkx(huangpu_compiled, huangpu, pairs)
    assert unreachable < len(pairs)


def test_huangpu_paths_are_real_paths(huangpu_compiled, huangpu):
    checked = 0
    for u, v in random_pairs(list(huangpu.nodes), 200, seed=32):
        if nx.has_path(huangpu, u, v) and u != v:
            assert_real_path(huangpu_compiled, huangpu, u, v)
            checked += 1
    assert checked >= 20


def test_huangpu_matrix_equals_scipy(huangpu_compiled, huangpu):
    oracle, index = oracle_csr(huangpu)
    nodes = list(huangpu.nodes)
    rng = np.random.default_rng(33)
    sources = [nodes[i] for i in rng.integers(0, len(nodes), 20)]
    targets = [nodes[i] for i in rng.integers(0, len(nodes), 20)]
    ref = dijkstra(oracle, indices=[index[s] for s in sources])[:, [index[t] for t in targets]]
    got = huangpu_compiled.matrix(sources, targets)
    assert np.array_equal(np.isinf(got), np.isinf(ref))
    atol = 1e-9 if huangpu_compiled.scale is None else huangpu_compiled.n_nodes / huangpu_compiled.scale
    np.testing.assert_allclose(got[np.isfinite(ref)], ref[np.isfinite(ref)], rtol=1e-9, atol=atol)


def test_huangpu_osm_ids_and_coordinates(huangpu_compiled, huangpu):
    node = next(iter(huangpu.nodes))
    i = huangpu_compiled.index_of(node)
    assert huangpu_compiled.node_ids[i] == node
    assert huangpu_compiled.x[i] == huangpu.nodes[node]["x"]
    assert huangpu_compiled.y[i] == huangpu.nodes[node]["y"]
    assert huangpu_compiled.node_ids.dtype == np.int64


def test_huangpu_save_load(huangpu_compiled, huangpu, tmp_path):
    loaded = CompiledGraph.load(huangpu_compiled.save(tmp_path / "hp"))
    for u, v in random_pairs(list(huangpu.nodes), 40, seed=34):
        assert loaded.path(u, v) == huangpu_compiled.path(u, v)


# --------------------------------------------------------------------------
# Concurrency (pyroutingkit itself is not thread-safe; the core serialises)
# --------------------------------------------------------------------------


def test_concurrent_queries_and_matrices(geo_compiled, geo_graph):
    from concurrent.futures import ThreadPoolExecutor

    other = geo_compiled.with_arc_weights(geo_compiled.weights * 2.0)
    nodes = list(geo_graph.nodes)
    rng = np.random.default_rng(41)
    blocks = [[nodes[i] for i in rng.integers(0, len(nodes), 30)] for _ in range(8)]
    graphs = [geo_compiled, other] * 4

    def work(i: int):
        g, block = graphs[i], blocks[i]
        return g.matrix(block, block), [g.route(u, v) for u, v in zip(block, block[::-1])]

    expected = [work(i) for i in range(8)]
    with ThreadPoolExecutor(4) as pool:
        got = list(pool.map(work, range(8)))
    for (m_ref, r_ref), (m_got, r_got) in zip(expected, got):
        np.testing.assert_array_equal(m_got, m_ref)
        assert r_got == r_ref


def test_path_error_bound(geo_compiled):
    bound = geo_compiled.path_error_bound(0, 5)
    if geo_compiled.scale is None:
        assert bound == 0.0
    else:
        assert 0.0 < bound < 1e-3
