"""Compiled routing core: CSR arrays plus a fast shortest-path backend.

A :class:`CompiledGraph` is built once from a networkx (Multi)DiGraph for one
edge weight and answers point-to-point distances, paths and many-to-many
matrices in microseconds instead of the hundreds of milliseconds that
``networkx.bidirectional_dijkstra`` (what ``osmnx.shortest_path`` calls) needs
on a city-sized road graph.

Layout
------
* The *topology* is the set of distinct directed arcs ``(tail, head)`` of the
  input graph (self-loops dropped, parallel edges merged), stored as CSR
  arrays ``indptr``/``indices`` with rows sorted by head index, plus the node
  id <-> index maps and the node coordinates ``x``/``y``.
* A *weight set* is one float64 weight per arc, aligned with the CSR order.
  Parallel edges keep their minimum; an arc whose weight is ``inf`` (or for
  which a weight callable returned ``None``) is present in the topology but
  closed for this weight set, so every weight set built from the same graph
  shares one topology (cheap per-mode / per-phase weights).
* A *backend* answers queries on index space behind one small interface
  (:class:`RoutingBackend`): :class:`CCHBackend` stands on pyroutingkit
  (RoutingKit customizable contraction hierarchies, integer weights) and
  :class:`ScipyBackend` on ``scipy.sparse.csgraph.dijkstra`` (exact floats;
  the fallback when pyroutingkit is missing or the graph is tiny).

Exactness
---------
The CCH works on integer weights ``rint(w * scale)``. Reported point-to-point
distances are the float weights re-summed along the returned arcs, so they
are the exact cost of a real path. Rounding can only make the CCH pick a path
whose float cost exceeds the optimum by at most ``(k1 + k2) / (2 * scale)``
where ``k1``, ``k2`` are the arc counts of the two paths (see
:meth:`CompiledGraph.path_error_bound`). ``scale`` is the largest power of two
for which a certified upper bound on the longest shortest path (in integer
units) stays below ``2**31 - 1`` with a 4x margin. Matrices from the CCH are
integer distances divided by ``scale`` unless ``exact=True``.
"""

from __future__ import annotations

import hashlib
import logging
import shutil
import tempfile
import threading
import time
from collections.abc import Callable, Hashable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

import numpy as np
from scipy.sparse import csr_matrix
from scipy.sparse.csgraph import breadth_first_order, connected_components, dijkstra

logger = logging.getLogger(__name__)

INT_WEIGHT_LIMIT = 2**31 - 1
"""RoutingKit's ``inf_weight``: integer path lengths must stay below it."""

TINY_GRAPH_NODES = 2_000
"""Below this many nodes ``backend="auto"`` uses scipy (no CCH build)."""

FORMAT_VERSION = 1
_GRAPH_FILE = "graph.npz"
_CCH_DIR = "cch"
_CCH_KEY_FILE = "topology_key.txt"
_MATRIX_ROW_CHUNK = 16

WeightSpec = str | Callable[[Any, Any, dict], float | None]


# --------------------------------------------------------------------------
# Array helpers
# --------------------------------------------------------------------------


@dataclass(frozen=True)
class Topology:
    """Distinct directed arcs of a graph in CSR order, with coordinates.

    Attributes
    ----------
    indptr : numpy.ndarray
        int64, shape ``(n + 1,)``; arcs of node ``i`` are
        ``indices[indptr[i]:indptr[i + 1]]``.
    indices : numpy.ndarray
        int32 head index of each arc, sorted within each row.
    x, y : numpy.ndarray
        float64 node coordinates (``x`` = longitude in osmnx graphs).
    key : str
        Hash of ``indptr``, ``indices``, ``x`` and ``y``.
    """

    indptr: np.ndarray
    indices: np.ndarray
    x: np.ndarray
    y: np.ndarray
    key: str

    @property
    def n_nodes(self) -> int:
        """Number of nodes."""
        return len(self.indptr) - 1

    @property
    def n_arcs(self) -> int:
        """Number of distinct directed arcs."""
        return len(self.indices)

    def tails(self) -> np.ndarray:
        """Return the int32 tail index of every arc (CSR order)."""
        return np.repeat(np.arange(self.n_nodes, dtype=np.int32), np.diff(self.indptr))

    def arc_keys(self) -> np.ndarray:
        """Return ``tail * n + head`` per arc (int64, sorted ascending)."""
        return self.tails().astype(np.int64) * self.n_nodes + self.indices


def array_hash(*arrays: np.ndarray) -> str:
    """Return a hex digest of the dtypes, shapes and bytes of ``arrays``.

    Parameters
    ----------
    *arrays : numpy.ndarray
        Arrays to hash, in order.

    Returns
    -------
    str
        32-character blake2b hex digest.
    """
    h = hashlib.blake2b(digest_size=16)
    for a in arrays:
        a = np.ascontiguousarray(a)
        h.update(f"{a.dtype.str}{a.shape};".encode())
        h.update(a.tobytes())
    return h.hexdigest()


def _validate_weights(weights: np.ndarray) -> np.ndarray:
    """Return ``weights`` as float64, rejecting NaN and negative values."""
    w = np.asarray(weights, dtype=np.float64)
    if np.isnan(w).any():
        raise ValueError("edge weights contain NaN")
    if (w < 0).any():
        raise ValueError("edge weights must be non-negative")
    return w


def _merge_arcs(
    n: int, tails: np.ndarray, heads: np.ndarray, weights: np.ndarray
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Drop self-loops, merge parallel arcs (minimum weight), sort by (tail, head).

    Returns
    -------
    indptr, indices, weights : numpy.ndarray
        CSR arrays (int64, int32, float64).
    """
    tails = np.asarray(tails, dtype=np.int64)
    heads = np.asarray(heads, dtype=np.int64)
    if len(tails) and (min(tails.min(), heads.min()) < 0 or max(tails.max(), heads.max()) >= n):
        raise ValueError(f"arc endpoints must lie in [0, {n})")
    keep = tails != heads
    keys = tails[keep] * n + heads[keep]
    w = weights[keep]
    order = np.lexsort((w, keys))  # by key, then weight: the first of a run is the minimum
    keys, w = keys[order], w[order]
    first = np.ones(len(keys), dtype=bool)
    first[1:] = keys[1:] != keys[:-1]
    keys, w = keys[first], w[first]
    indptr = np.zeros(n + 1, dtype=np.int64)
    np.cumsum(np.bincount(keys // n, minlength=n), out=indptr[1:])
    return indptr, (keys % n).astype(np.int32), w


def _finite_csr(topology: Topology, weights: np.ndarray) -> csr_matrix:
    """Return the scipy CSR matrix of the open (finite-weight) arcs.

    Explicit zero weights stay stored, so scipy treats them as edges.
    """
    open_ = np.isfinite(weights)
    tails = topology.tails()[open_]
    indptr = np.zeros(topology.n_nodes + 1, dtype=np.int64)
    np.cumsum(np.bincount(tails, minlength=topology.n_nodes), out=indptr[1:])
    shape = (topology.n_nodes, topology.n_nodes)
    return csr_matrix((weights[open_], topology.indices[open_], indptr), shape=shape)


def _fallback_coordinates(topology: Topology) -> tuple[np.ndarray, np.ndarray]:
    """Embed nodes by hop counts from two far-apart nodes (for missing x/y).

    Only the CCH node ordering uses coordinates; a poor embedding slows the
    CCH down but never changes its answers.
    """
    n = topology.n_nodes
    data = np.ones(topology.n_arcs)
    adj = csr_matrix((data, topology.indices, topology.indptr), shape=(n, n))
    adj = (adj + adj.T).tocsr()
    coords = []
    start = 0
    for _ in range(2):
        hops = np.full(n, -1.0)
        order, pred = breadth_first_order(adj, start, directed=False)
        hops[order] = _hop_depth(order, pred)
        coords.append(hops)
        start = int(order[-1])
    return coords[0], coords[1]


def _hop_depth(order: np.ndarray, pred: np.ndarray) -> np.ndarray:
    """Return BFS depth for nodes in ``order`` given BFS predecessors."""
    depth = np.zeros(len(pred))
    for v in order[1:]:
        depth[v] = depth[pred[v]] + 1
    return depth[order]


def make_topology(
    indptr: np.ndarray, indices: np.ndarray, x: np.ndarray, y: np.ndarray
) -> Topology:
    """Build a :class:`Topology`, hashing its arrays.

    Parameters
    ----------
    indptr, indices : numpy.ndarray
        CSR arrays with rows sorted and free of duplicates.
    x, y : numpy.ndarray
        Node coordinates; NaN where unknown.

    Returns
    -------
    Topology
    """
    indptr = np.ascontiguousarray(indptr, dtype=np.int64)
    indices = np.ascontiguousarray(indices, dtype=np.int32)
    x = np.ascontiguousarray(x, dtype=np.float64)
    y = np.ascontiguousarray(y, dtype=np.float64)
    key = array_hash(indptr, indices, x, y)
    return Topology(indptr, indices, x, y, key)


# --------------------------------------------------------------------------
# Scale selection for integer weights
# --------------------------------------------------------------------------


def longest_path_bound(topology: Topology, weights: np.ndarray) -> float:
    """Return a certified upper bound on every finite shortest-path distance.

    The bound is the smaller of (a) the sum of all finite weights and (b) a
    bound through the strongly connected components: inside a component with
    root ``r``, ``d(u, v) <= d(u, r) + d(r, v)``; across components, the
    longest path of the condensation DAG where a component costs its internal
    bound and an inter-component arc its weight.

    Parameters
    ----------
    topology : Topology
    weights : numpy.ndarray
        float64 arc weights (``inf`` = closed arc).

    Returns
    -------
    float
    """
    open_ = np.isfinite(weights)
    total = float(weights[open_].sum())
    if total == 0.0:
        return 0.0
    graph = _finite_csr(topology, weights)
    n_comp, labels = connected_components(graph, directed=True, connection="strong")
    tails, heads = _open_arcs(topology, open_)
    inside = labels[tails] == labels[heads]
    internal = _component_internal_bounds(graph.shape[0], tails, heads, weights[open_], labels, inside, n_comp)
    dag = _condensation_longest_path(labels, tails, heads, weights[open_], inside, internal)
    return min(total, dag)


def _open_arcs(topology: Topology, open_: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Return (tails, heads) of the open arcs."""
    return topology.tails()[open_], topology.indices[open_]


def _component_internal_bounds(
    n: int,
    tails: np.ndarray,
    heads: np.ndarray,
    weights: np.ndarray,
    labels: np.ndarray,
    inside: np.ndarray,
    n_comp: int,
) -> np.ndarray:
    """Return, per strong component, ``max d(u, r) + max d(r, v)`` (root ``r``)."""
    sub = csr_matrix((weights[inside], (tails[inside], heads[inside])), shape=(n, n))
    _, roots = np.unique(labels, return_index=True)
    fwd = dijkstra(sub, indices=roots, min_only=True)
    bwd = dijkstra(sub.T.tocsr(), indices=roots, min_only=True)
    bound = np.zeros(n_comp)
    np.maximum.at(bound, labels, np.where(np.isfinite(fwd), fwd, 0.0))
    back = np.zeros(n_comp)
    np.maximum.at(back, labels, np.where(np.isfinite(bwd), bwd, 0.0))
    return bound + back


def _condensation_longest_path(
    labels: np.ndarray,
    tails: np.ndarray,
    heads: np.ndarray,
    weights: np.ndarray,
    inside: np.ndarray,
    internal: np.ndarray,
) -> float:
    """Return the longest path of the condensation DAG (nodes weighted by ``internal``)."""
    between = ~inside
    if not between.any():
        return float(internal.max())
    ct, ch, cw = labels[tails[between]], labels[heads[between]], weights[between]
    n_comp = len(internal)
    order = np.lexsort((-cw, ch, ct))  # keep the heaviest arc per component pair
    ct, ch, cw = ct[order], ch[order], cw[order]
    first = np.ones(len(ct), dtype=bool)
    first[1:] = (ct[1:] != ct[:-1]) | (ch[1:] != ch[:-1])
    ct, ch, cw = ct[first], ch[first], cw[first]
    best = internal.astype(np.float64).copy()
    for comp in _reverse_topological_order(n_comp, ct, ch):
        lo, hi = np.searchsorted(ct, comp), np.searchsorted(ct, comp, side="right")
        if hi > lo:
            best[comp] = internal[comp] + float(np.max(cw[lo:hi] + best[ch[lo:hi]]))
    return float(best.max())


def _reverse_topological_order(n: int, tails: np.ndarray, heads: np.ndarray) -> list[int]:
    """Return DAG nodes so that every node comes after all its successors (Kahn)."""
    out_degree = np.bincount(tails, minlength=n)
    by_head = np.argsort(heads, kind="stable")
    head_ptr = np.searchsorted(heads[by_head], np.arange(n + 1))
    preds = tails[by_head]
    ready = list(np.flatnonzero(out_degree == 0))
    order: list[int] = []
    while ready:
        v = int(ready.pop())
        order.append(v)
        for u in preds[head_ptr[v] : head_ptr[v + 1]]:
            out_degree[u] -= 1
            if out_degree[u] == 0:
                ready.append(u)
    return order


def choose_scale(bound: float, n_nodes: int, margin: float = 4.0) -> float:
    """Return the largest power of two keeping integer path lengths safe.

    Integer arc weights are ``rint(w * scale)``, each at most ``w * scale +
    0.5``, so every integer shortest distance is at most ``scale * bound +
    n_nodes / 2``. The scale keeps that times ``margin`` below
    :data:`INT_WEIGHT_LIMIT`.

    Parameters
    ----------
    bound : float
        Upper bound on the longest shortest path (float units).
    n_nodes : int
        Number of nodes (bounds the arc count of a shortest path).
    margin : float, optional
        Safety factor, by default 4.

    Returns
    -------
    float
    """
    budget = INT_WEIGHT_LIMIT / margin - n_nodes / 2
    if budget <= 1:
        raise ValueError("graph too large for 32-bit integer weights")
    if bound <= 0:
        return 1.0
    return float(2.0 ** min(40, np.floor(np.log2(budget / bound))))


def check_scale(scale: float, bound: float, n_nodes: int) -> None:
    """Raise ``ValueError`` when ``scale`` may overflow RoutingKit's weights."""
    if not scale > 0:
        raise ValueError("scale must be positive")
    worst = scale * bound + n_nodes / 2
    if worst >= INT_WEIGHT_LIMIT:
        raise ValueError(
            f"scale {scale} too large: longest path bound {bound:.6g} x scale "
            f"+ rounding = {worst:.6g} >= 2**31 - 1"
        )


def integer_weights(weights: np.ndarray, scale: float) -> np.ndarray:
    """Return uint32 ``rint(weights * scale)``, closed (inf) arcs as INF."""
    out = np.full(len(weights), INT_WEIGHT_LIMIT, dtype=np.uint32)
    open_ = np.isfinite(weights)
    out[open_] = np.rint(weights[open_] * scale).astype(np.uint32)
    return out


# --------------------------------------------------------------------------
# Backends
# --------------------------------------------------------------------------


class RoutingBackend(Protocol):
    """What :class:`CompiledGraph` needs from a shortest-path engine (index space)."""

    name: str
    scale: float | None

    def route(self, s: int, t: int) -> tuple[np.ndarray, np.ndarray] | None:
        """Return (node indices, arc indices) of a shortest s-t path, or None."""

    def matrix(self, sources: np.ndarray, targets: np.ndarray) -> np.ndarray:
        """Return float64 distances (inf where unreachable)."""

    def reweighted(self, weights: np.ndarray, scale: float | None) -> RoutingBackend:
        """Return a backend for new weights on the same topology."""

    def save(self, directory: Path) -> None:
        """Persist whatever can be persisted into ``directory``."""


class ScipyBackend:
    """Exact float Dijkstra with ``scipy.sparse.csgraph`` (one-to-all per query).

    Parameters
    ----------
    topology : Topology
    weights : numpy.ndarray
        float64 arc weights in CSR order (``inf`` = closed).
    """

    name = "scipy"
    scale = None

    def __init__(self, topology: Topology, weights: np.ndarray) -> None:
        self._topology = topology
        self._weights = weights
        self._graph = _finite_csr(topology, weights)
        self._keys = topology.arc_keys()

    def route(self, s: int, t: int) -> tuple[np.ndarray, np.ndarray] | None:
        """Return (node indices, arc indices) of a shortest s-t path, or None."""
        dist, pred = dijkstra(self._graph, indices=s, return_predecessors=True)
        if not np.isfinite(dist[t]):
            return None
        nodes = [t]
        while nodes[-1] != s:
            nodes.append(int(pred[nodes[-1]]))
        node_path = np.array(nodes[::-1], dtype=np.int64)
        return node_path, self._arcs_along(node_path)

    def _arcs_along(self, node_path: np.ndarray) -> np.ndarray:
        """Return the arc index joining each consecutive pair of ``node_path``."""
        n = self._topology.n_nodes
        return np.searchsorted(self._keys, node_path[:-1] * n + node_path[1:])

    def matrix(self, sources: np.ndarray, targets: np.ndarray) -> np.ndarray:
        """Return float64 distances (inf where unreachable), chunked by rows."""
        out = np.empty((len(sources), len(targets)))
        for lo in range(0, len(sources), _MATRIX_ROW_CHUNK):
            rows = dijkstra(self._graph, indices=sources[lo : lo + _MATRIX_ROW_CHUNK])
            out[lo : lo + _MATRIX_ROW_CHUNK] = rows[:, targets]
        return out

    def reweighted(self, weights: np.ndarray, scale: float | None = None) -> ScipyBackend:
        """Return a backend for new weights on the same topology."""
        return ScipyBackend(self._topology, weights)

    def save(self, directory: Path) -> None:
        """Nothing to persist: the CSR arrays are the whole state."""


class CCHBackend:
    """pyroutingkit customizable contraction hierarchy (integer weights).

    The expensive part (nested-dissection order and chordal supergraph, the
    ``CCHTopology``) depends only on the arcs and coordinates and is shared by
    every weight set; a weight set is one customised ``CCHMetric``.

    pyroutingkit 0.2.1 is not thread-safe: concurrent
    ``distances_many_to_many`` calls crash (segfault) or return wrong
    numbers, even on two metrics of one topology. Every call into the
    metric therefore holds ``lock``, one lock per CCH topology shared by
    all its weight sets.

    Parameters
    ----------
    topology : Topology
    weights : numpy.ndarray
        float64 arc weights in CSR order (``inf`` = closed).
    cch_topology : pyroutingkit.CCHTopology
        Built or loaded for ``topology``.
    scale : float, optional
        Integer units per weight unit; chosen automatically when None.
    threads : int, optional
        Customisation threads (0 = serial).
    lock : threading.Lock, optional
        Lock guarding ``cch_topology`` (a new one when None).
    """

    name = "cch"

    def __init__(
        self,
        topology: Topology,
        weights: np.ndarray,
        cch_topology: Any,
        scale: float | None = None,
        threads: int = 0,
        lock: threading.Lock | None = None,
    ) -> None:
        prk = import_pyroutingkit(required=True)
        bound = longest_path_bound(topology, weights)
        self.scale = choose_scale(bound, topology.n_nodes) if scale is None else float(scale)
        check_scale(self.scale, bound, topology.n_nodes)
        self._topology = topology
        self._cch_topology = cch_topology
        self._threads = threads
        self._lock = threading.Lock() if lock is None else lock
        with self._lock:
            self._metric = prk.CCHMetric(cch_topology)
            self._metric.customize(integer_weights(weights, self.scale), threads)

    @staticmethod
    def build_topology(topology: Topology) -> Any:
        """Build a ``pyroutingkit.CCHTopology`` (nested dissection; the slow step)."""
        prk = import_pyroutingkit(required=True)
        x, y = topology.x, topology.y
        if not (np.isfinite(x).all() and np.isfinite(y).all()):
            logger.info("nodes without coordinates: CCH order from a hop-count embedding")
            x, y = _fallback_coordinates(topology)
        cch = prk.CCHTopology()
        cch.build(
            topology.tails().astype(np.uint32),
            topology.indices.astype(np.uint32),
            y.astype(np.float32),
            x.astype(np.float32),
            topology.n_nodes,
        )
        return cch

    @staticmethod
    def load_topology(directory: Path, topology: Topology) -> Any | None:
        """Load a saved ``CCHTopology`` if it was saved for ``topology``, else None."""
        prk = import_pyroutingkit(required=True)
        key_file = Path(directory) / _CCH_KEY_FILE
        if not key_file.is_file() or key_file.read_text().strip() != topology.key:
            return None
        cch = prk.CCHTopology()
        cch.load(str(directory))
        if cch.node_count != topology.n_nodes or cch.arc_count != topology.n_arcs:
            return None
        return cch

    def route(self, s: int, t: int) -> tuple[np.ndarray, np.ndarray] | None:
        """Return (node indices, arc indices) of a shortest s-t path, or None."""
        with self._lock:
            dist, nodes, arcs = self._metric.query(s, t)
        if dist >= INT_WEIGHT_LIMIT:
            return None
        return np.asarray(nodes, dtype=np.int64), np.asarray(arcs, dtype=np.int64)

    def matrix(self, sources: np.ndarray, targets: np.ndarray) -> np.ndarray:
        """Return integer distances / scale (inf where unreachable)."""
        src, tgt = sources.astype(np.uint32), targets.astype(np.uint32)
        with self._lock:
            raw = self._metric.distances_many_to_many(src, tgt)
        out = raw.astype(np.float64) / self.scale
        out[raw >= INT_WEIGHT_LIMIT] = np.inf
        return out

    def reweighted(self, weights: np.ndarray, scale: float | None = None) -> CCHBackend:
        """Customise a new metric on the shared CCH topology (no rebuild)."""
        return CCHBackend(
            self._topology, weights, self._cch_topology, scale, self._threads, self._lock
        )

    def save(self, directory: Path) -> None:
        """Save the CCH topology (order + arcs) tagged with the topology key."""
        directory = Path(directory)
        directory.mkdir(parents=True, exist_ok=True)
        with self._lock:
            self._cch_topology.save(str(directory))
        (directory / _CCH_KEY_FILE).write_text(self._topology.key + "\n")


def import_pyroutingkit(required: bool = False) -> Any | None:
    """Return the ``pyroutingkit`` module, or None when it is not installed.

    Parameters
    ----------
    required : bool, optional
        Raise ``ImportError`` instead of returning None.
    """
    try:
        import pyroutingkit
    except ImportError:
        if required:
            raise
        return None
    return pyroutingkit


def resolve_backend(backend: str, n_nodes: int, n_arcs: int) -> str:
    """Map ``"auto"`` to ``"cch"`` or ``"scipy"``; validate explicit names.

    ``"auto"`` picks ``"cch"`` when pyroutingkit imports, the graph has at
    least :data:`TINY_GRAPH_NODES` nodes and at least one arc.
    """
    if backend not in ("auto", "cch", "scipy"):
        raise ValueError(f"unknown backend {backend!r}; use 'auto', 'cch' or 'scipy'")
    if backend != "auto":
        return backend
    big = n_nodes >= TINY_GRAPH_NODES and n_arcs > 0
    return "cch" if big and import_pyroutingkit() is not None else "scipy"


# --------------------------------------------------------------------------
# networkx extraction
# --------------------------------------------------------------------------


def _edge_weight_getter(weight: WeightSpec) -> Callable[[Any, Any, dict], float | None]:
    """Return ``f(u, v, data) -> weight or None`` for an attribute name or callable."""
    if callable(weight):
        return weight

    def getter(u: Any, v: Any, data: dict) -> float:
        try:
            value = data[weight]
        except KeyError:
            raise ValueError(f"edge ({u!r}, {v!r}) has no {weight!r} attribute") from None
        if value is None:
            raise ValueError(f"edge ({u!r}, {v!r}) has {weight!r} = None")
        return value

    return getter


def networkx_arcs(
    G: Any, index: dict[Hashable, int], weight: WeightSpec
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Return (tails, heads, weights) of every edge of ``G`` in index space.

    Undirected graphs give both directions. A ``None`` weight from a callable
    becomes ``inf`` (closed arc).
    """
    get = _edge_weight_getter(weight)
    tails, heads, weights = [], [], []
    for u, v, data in G.edges(data=True):
        w = get(u, v, data)
        tails.append(index[u])
        heads.append(index[v])
        weights.append(np.inf if w is None else float(w))
    t = np.array(tails, dtype=np.int64)
    h = np.array(heads, dtype=np.int64)
    w = _validate_weights(np.array(weights, dtype=np.float64))
    if not G.is_directed():
        t, h, w = np.concatenate([t, h]), np.concatenate([h, t]), np.concatenate([w, w])
    return t, h, w


def networkx_coordinates(G: Any, nodes: Sequence[Hashable]) -> tuple[np.ndarray, np.ndarray]:
    """Return float64 node ``x``/``y`` attributes (NaN where missing)."""
    x = np.array([G.nodes[v].get("x", np.nan) for v in nodes], dtype=np.float64)
    y = np.array([G.nodes[v].get("y", np.nan) for v in nodes], dtype=np.float64)
    return x, y


def _node_id_array(nodes: Sequence[Hashable]) -> np.ndarray:
    """Return node ids as an int64 or str array when possible, else object."""
    for dtype in (np.int64, np.str_):
        kinds = (int, np.integer) if dtype is np.int64 else (str,)
        if all(isinstance(v, kinds) and not isinstance(v, bool) for v in nodes):
            return np.array(nodes, dtype=dtype) if len(nodes) else np.array([], dtype=dtype)
    arr = np.empty(len(nodes), dtype=object)
    arr[:] = list(nodes)
    return arr


# --------------------------------------------------------------------------
# Public class
# --------------------------------------------------------------------------


class CompiledGraph:
    """A road graph compiled for one weight set: CSR arrays plus a backend.

    Build with :meth:`from_networkx`, :meth:`from_arrays` or :meth:`load`;
    derive further weight sets on the same topology with :meth:`with_weight`
    or :meth:`with_arc_weights` (the CCH is customised, not rebuilt).

    Parameters
    ----------
    topology : Topology
    node_ids : numpy.ndarray
        Node id of each index.
    weights : numpy.ndarray
        float64 arc weights in CSR order (``inf`` = closed arc).
    backend : RoutingBackend
        Engine answering queries for these weights.
    index : dict, optional
        Node id -> index map, shared between weight sets (built when None).
    """

    def __init__(
        self,
        topology: Topology,
        node_ids: np.ndarray,
        weights: np.ndarray,
        backend: RoutingBackend,
        index: dict[Hashable, int] | None = None,
    ) -> None:
        if len(node_ids) != topology.n_nodes or len(weights) != topology.n_arcs:
            raise ValueError("node_ids / weights do not match the topology")
        self.topology = topology
        self.node_ids = node_ids
        self.weights = weights
        self.backend = backend
        self._index = dict(zip(node_ids.tolist(), range(len(node_ids)))) if index is None else index
        self.weights_key = array_hash(weights)

    # ---- construction ---------------------------------------------------

    @classmethod
    def from_networkx(
        cls,
        G: Any,
        weight: WeightSpec = "length",
        *,
        backend: str = "auto",
        scale: float | None = None,
        cache_dir: str | Path | None = None,
    ) -> CompiledGraph:
        """Compile a networkx graph for one edge weight.

        Parameters
        ----------
        G : networkx.Graph, DiGraph, MultiGraph or MultiDiGraph
            Directed edges are respected; undirected edges open both ways.
            Node attributes ``x``/``y`` (osmnx: lon/lat) feed the CCH order.
        weight : str or callable, optional
            Edge attribute name (missing values raise ``ValueError``) or
            ``f(u, v, data) -> float | None`` called once per edge (per
            parallel edge in multigraphs, with that edge's own attribute
            dict; ``None`` closes the edge). Parallel edges keep the minimum.
        backend : {"auto", "cch", "scipy"}, optional
            ``"auto"``: CCH when pyroutingkit is installed and the graph has
            at least :data:`TINY_GRAPH_NODES` nodes, else scipy.
        scale : float, optional
            CCH integer units per weight unit (automatic when None).
        cache_dir : str or Path, optional
            Directory caching CCH topologies under their topology hash: a
            graph with the same arcs and coordinates skips the build, a
            changed graph gets a new key and never reuses a stale entry.

        Returns
        -------
        CompiledGraph
        """
        nodes = list(G.nodes)
        index = {v: i for i, v in enumerate(nodes)}
        tails, heads, weights = networkx_arcs(G, index, weight)
        x, y = networkx_coordinates(G, nodes)
        return cls._compile(
            len(nodes), tails, heads, weights, x, y, _node_id_array(nodes),
            backend=backend, scale=scale, cache_dir=cache_dir,
        )

    @classmethod
    def from_arrays(
        cls,
        n: int,
        tails: np.ndarray,
        heads: np.ndarray,
        weights: np.ndarray,
        x: np.ndarray,
        y: np.ndarray,
        *,
        undirected: bool = False,
        node_ids: np.ndarray | None = None,
        backend: str = "auto",
        scale: float | None = None,
        cache_dir: str | Path | None = None,
    ) -> CompiledGraph:
        """Compile a graph given as arc arrays over node indices ``0..n-1``.

        Parameters
        ----------
        n : int
            Number of nodes.
        tails, heads : array_like of int
            Arc endpoints (directed unless ``undirected``).
        weights : array_like of float
            Non-negative arc weights; ``inf`` closes an arc.
        x, y : array_like of float
            Node coordinates (NaN where unknown).
        undirected : bool, optional
            Add the reverse of every arc.
        node_ids : numpy.ndarray, optional
            Node id per index (default: the indices).
        backend, scale, cache_dir
            As in :meth:`from_networkx`.

        Returns
        -------
        CompiledGraph
        """
        tails = np.asarray(tails, dtype=np.int64)
        heads = np.asarray(heads, dtype=np.int64)
        weights = _validate_weights(weights)
        if not len(tails) == len(heads) == len(weights):
            raise ValueError("tails, heads and weights must have the same length")
        if undirected:
            tails, heads = np.concatenate([tails, heads]), np.concatenate([heads, tails])
            weights = np.concatenate([weights, weights])
        ids = np.arange(n, dtype=np.int64) if node_ids is None else np.asarray(node_ids)
        return cls._compile(
            n, tails, heads, weights, x, y, ids,
            backend=backend, scale=scale, cache_dir=cache_dir,
        )

    @classmethod
    def _compile(
        cls,
        n: int,
        tails: np.ndarray,
        heads: np.ndarray,
        weights: np.ndarray,
        x: np.ndarray,
        y: np.ndarray,
        node_ids: np.ndarray,
        *,
        backend: str,
        scale: float | None,
        cache_dir: str | Path | None,
    ) -> CompiledGraph:
        """Merge arcs, build the topology and the chosen backend."""
        indptr, indices, merged = _merge_arcs(n, tails, heads, weights)
        topology = make_topology(indptr, indices, x, y)
        engine = _make_backend(topology, merged, backend, scale, cache_dir)
        return cls(topology, node_ids, merged, engine)

    # ---- further weight sets ---------------------------------------------

    def with_arc_weights(self, weights: np.ndarray, *, scale: float | None = None) -> CompiledGraph:
        """Return a graph with new arc weights on this topology (CCH customised, not rebuilt).

        Parameters
        ----------
        weights : array_like of float
            One weight per arc, aligned with :attr:`tails` / :attr:`heads`;
            ``inf`` closes an arc.
        scale : float, optional
            CCH integer units per weight unit (automatic when None).

        Returns
        -------
        CompiledGraph
        """
        w = _validate_weights(weights)
        if w.shape != (self.topology.n_arcs,):
            raise ValueError(f"expected {self.topology.n_arcs} arc weights, got {w.shape}")
        engine = self.backend.reweighted(w, scale)
        return CompiledGraph(self.topology, self.node_ids, w, engine, self._index)

    def with_weight(self, G: Any, weight: WeightSpec, *, scale: float | None = None) -> CompiledGraph:
        """Return a graph for another weight of ``G`` on this topology.

        ``G`` must have the nodes and arcs this graph was compiled from (for
        example the same osmnx graph, weighted by travel time for another
        mode). Arcs whose weight is ``None`` for every parallel edge close.

        Parameters
        ----------
        G : networkx graph
        weight : str or callable
            As in :meth:`from_networkx`.
        scale : float, optional
            CCH integer units per weight unit (automatic when None).

        Returns
        -------
        CompiledGraph
        """
        index = self._index_for(G)
        tails, heads, weights = networkx_arcs(G, index, weight)
        return self.with_arc_weights(self._align(tails, heads, weights), scale=scale)

    def _index_for(self, G: Any) -> dict[Hashable, int]:
        """Return this graph's node index map after checking ``G`` has the same nodes."""
        if G.number_of_nodes() != self.n_nodes or any(_py(v) not in self._index for v in G.nodes):
            raise ValueError("G does not have the nodes of this compiled graph")
        return self._index

    def _align(self, tails: np.ndarray, heads: np.ndarray, weights: np.ndarray) -> np.ndarray:
        """Map arcs onto this topology's CSR order, keeping the minimum per arc."""
        keep = tails != heads
        n = self.n_nodes
        keys = self.topology.arc_keys()
        pos = np.searchsorted(keys, tails[keep] * n + heads[keep])
        pos_ok = np.minimum(pos, len(keys) - 1) if len(keys) else pos
        if len(pos) and (len(keys) == 0 or (keys[pos_ok] != tails[keep] * n + heads[keep]).any()):
            raise ValueError("G has arcs that are not in this compiled graph's topology")
        out = np.full(len(keys), np.inf)
        np.minimum.at(out, pos, weights[keep])
        return out

    # ---- queries -----------------------------------------------------------

    def index_of(self, node: Hashable) -> int:
        """Return the index of node id ``node`` (``KeyError`` if absent)."""
        try:
            return self._index[_py(node)]
        except KeyError:
            raise KeyError(f"node {node!r} is not in the graph") from None

    def distance(self, u: Hashable, v: Hashable) -> float:
        """Return the shortest u-v distance (``inf`` when unreachable).

        With the CCH backend the value is the exact float cost of the
        returned path (see :meth:`path_error_bound` for optimality).
        """
        found = self._route(u, v)
        return np.inf if found is None else self._cost(found[1])

    def path(self, u: Hashable, v: Hashable) -> list[Hashable] | None:
        """Return a shortest u-v path as a list of node ids, or None."""
        found = self._route(u, v)
        return None if found is None else self.node_ids[found[0]].tolist()

    def route(self, u: Hashable, v: Hashable) -> tuple[float, list[Hashable]] | None:
        """Return ``(distance, path)`` from one query, or None when unreachable."""
        found = self._route(u, v)
        if found is None:
            return None
        return self._cost(found[1]), self.node_ids[found[0]].tolist()

    def matrix(
        self, sources: Iterable[Hashable], targets: Iterable[Hashable], *, exact: bool = False
    ) -> np.ndarray:
        """Return the ``len(sources) x len(targets)`` distance matrix.

        Parameters
        ----------
        sources, targets : iterable of node ids
        exact : bool, optional
            CCH only: re-sum float weights along each cell's path (one query
            per cell) instead of dividing integer distances by the scale.

        Returns
        -------
        numpy.ndarray
            float64, ``inf`` where unreachable.
        """
        src = np.array([self.index_of(s) for s in sources], dtype=np.int64)
        tgt = np.array([self.index_of(t) for t in targets], dtype=np.int64)
        if exact and self.backend.scale is not None:
            return self._exact_matrix(src, tgt)
        return self.backend.matrix(src, tgt)

    def _exact_matrix(self, src: np.ndarray, tgt: np.ndarray) -> np.ndarray:
        """Return the matrix by one path query per cell (float re-summed)."""
        out = np.full((len(src), len(tgt)), np.inf)
        for i, s in enumerate(src):
            for j, t in enumerate(tgt):
                found = self.backend.route(int(s), int(t))
                if found is not None:
                    out[i, j] = self._cost(found[1])
        return out

    def _route(self, u: Hashable, v: Hashable) -> tuple[np.ndarray, np.ndarray] | None:
        """Return (node indices, arc indices) for node ids, or None."""
        return self.backend.route(self.index_of(u), self.index_of(v))

    def _cost(self, arcs: np.ndarray) -> float:
        """Return the float cost of a sequence of arc indices."""
        return float(self.weights[arcs].sum()) if len(arcs) else 0.0

    def path_error_bound(self, u: Hashable, v: Hashable) -> float:
        """Return how much :meth:`distance` may exceed the true optimum.

        With integer weights ``rint(w * scale)``, the returned path ``P`` and
        an optimal path ``P*`` satisfy ``cost(P) - cost(P*) <= (|P| + |P*|) /
        (2 * scale)``. ``|P*| <= n - 1``, so this returns ``(|P| + n - 1) / (2
        * scale)``; 0 for the exact scipy backend. Callers comparing against an
        oracle that knows ``|P*|`` can use the tighter formula.
        """
        scale = self.backend.scale
        if scale is None:
            return 0.0
        found = self._route(u, v)
        k = 0 if found is None else len(found[1])
        return (k + self.n_nodes - 1) / (2.0 * scale)

    # ---- arrays and metadata ------------------------------------------------

    @property
    def n_nodes(self) -> int:
        """Number of nodes."""
        return self.topology.n_nodes

    @property
    def n_arcs(self) -> int:
        """Number of distinct directed arcs (closed ones included)."""
        return self.topology.n_arcs

    @property
    def indptr(self) -> np.ndarray:
        """CSR row pointer (int64, ``n + 1``)."""
        return self.topology.indptr

    @property
    def indices(self) -> np.ndarray:
        """CSR head index per arc (int32); equal to :attr:`heads`."""
        return self.topology.indices

    @property
    def tails(self) -> np.ndarray:
        """Tail index per arc (int32, CSR order)."""
        return self.topology.tails()

    @property
    def heads(self) -> np.ndarray:
        """Head index per arc (int32, CSR order)."""
        return self.topology.indices

    @property
    def x(self) -> np.ndarray:
        """Node x coordinates (float64; osmnx: longitude)."""
        return self.topology.x

    @property
    def y(self) -> np.ndarray:
        """Node y coordinates (float64; osmnx: latitude)."""
        return self.topology.y

    @property
    def topology_key(self) -> str:
        """Hash of the CSR arrays and coordinates."""
        return self.topology.key

    @property
    def backend_name(self) -> str:
        """``"cch"`` or ``"scipy"``."""
        return self.backend.name

    @property
    def scale(self) -> float | None:
        """CCH integer units per weight unit (None for scipy)."""
        return self.backend.scale

    def to_scipy(self) -> csr_matrix:
        """Return the open arcs as a scipy CSR matrix (the exact oracle's input)."""
        return _finite_csr(self.topology, self.weights)

    def __repr__(self) -> str:
        return (
            f"CompiledGraph(n_nodes={self.n_nodes}, n_arcs={self.n_arcs}, "
            f"backend={self.backend_name!r}, scale={self.scale})"
        )

    # ---- persistence ------------------------------------------------------------

    def save(self, path: str | Path) -> Path:
        """Save to directory ``path``: ``graph.npz`` plus the backend's state.

        The CCH backend stores its topology (nested-dissection order and arcs)
        under ``cch/`` tagged with :attr:`topology_key`; the customised
        metric is not serialisable and is recomputed on load (tens of ms).

        Parameters
        ----------
        path : str or Path
            Directory (created; an existing save there is replaced).

        Returns
        -------
        Path
        """
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        if self.node_ids.dtype == object:
            raise TypeError("save() supports int or str node ids only")
        np.savez(
            path / _GRAPH_FILE,
            format_version=np.int64(FORMAT_VERSION),
            node_ids=self.node_ids,
            indptr=self.indptr,
            indices=self.indices,
            x=self.x,
            y=self.y,
            weights=self.weights,
            topology_key=np.str_(self.topology_key),
            weights_key=np.str_(self.weights_key),
            backend=np.str_(self.backend_name),
            scale=np.float64(np.nan if self.scale is None else self.scale),
        )
        shutil.rmtree(path / _CCH_DIR, ignore_errors=True)
        if self.backend_name == "cch":
            self.backend.save(path / _CCH_DIR)
        return path

    @classmethod
    def load(cls, path: str | Path, *, backend: str | None = None) -> CompiledGraph:
        """Load a graph written by :meth:`save`.

        The arrays are re-hashed and must match the stored keys. The CCH
        topology is reused only if its tag equals the topology key; otherwise
        (or when it is missing) it is rebuilt and a warning is logged.

        Parameters
        ----------
        path : str or Path
            Directory written by :meth:`save`.
        backend : {"auto", "cch", "scipy"}, optional
            Default: the backend that was saved (scipy if pyroutingkit is
            now missing).

        Returns
        -------
        CompiledGraph
        """
        path = Path(path)
        with np.load(path / _GRAPH_FILE, allow_pickle=False) as data:
            arrays = {k: data[k] for k in data.files}
        if int(arrays["format_version"]) != FORMAT_VERSION:
            raise ValueError(f"unsupported compiled-graph format {int(arrays['format_version'])}")
        topology = make_topology(arrays["indptr"], arrays["indices"], arrays["x"], arrays["y"])
        weights = arrays["weights"]
        if topology.key != str(arrays["topology_key"]) or array_hash(weights) != str(arrays["weights_key"]):
            raise ValueError(f"{path / _GRAPH_FILE}: arrays do not match their stored hash")
        saved = str(arrays["backend"])
        if backend is None:
            backend = saved if saved == "scipy" or import_pyroutingkit() is not None else "scipy"
        scale = float(arrays["scale"])
        scale = None if np.isnan(scale) else scale
        engine = _make_backend(topology, weights, backend, scale, None, saved_dir=path / _CCH_DIR)
        return cls(topology, arrays["node_ids"], weights, engine)


def _py(v: Any) -> Any:
    """Return numpy scalars as Python scalars so dict lookups agree."""
    return v.item() if isinstance(v, np.generic) else v


def _make_backend(
    topology: Topology,
    weights: np.ndarray,
    backend: str,
    scale: float | None,
    cache_dir: str | Path | None,
    saved_dir: Path | None = None,
) -> RoutingBackend:
    """Create the requested backend, reusing a cached/saved CCH topology if valid."""
    name = resolve_backend(backend, topology.n_nodes, topology.n_arcs)
    if name == "scipy":
        return ScipyBackend(topology, weights)
    cch = _obtain_cch_topology(topology, cache_dir, saved_dir)
    return CCHBackend(topology, weights, cch, scale)


def _obtain_cch_topology(
    topology: Topology, cache_dir: str | Path | None, saved_dir: Path | None
) -> Any:
    """Load the CCH topology from ``saved_dir`` or the keyed cache, else build it."""
    candidates = []
    if saved_dir is not None:
        candidates.append(saved_dir)
    if cache_dir is not None:
        candidates.append(Path(cache_dir).expanduser() / f"cch-{topology.key}")
    for directory in candidates:
        if directory.is_dir():
            t0 = time.perf_counter()
            cch = CCHBackend.load_topology(directory, topology)
            if cch is not None:
                logger.info(
                    "CCH order loaded from %s; chordal supergraph rebuilt in %.2f s",
                    directory, time.perf_counter() - t0,
                )
                return cch
            logger.warning("stale or unreadable CCH cache in %s: rebuilding", directory)
        elif directory == saved_dir:
            logger.warning("no saved CCH topology in %s: rebuilding", directory)
    t0 = time.perf_counter()
    cch = CCHBackend.build_topology(topology)
    logger.info("CCH topology built in %.2f s", time.perf_counter() - t0)
    if cache_dir is not None:
        _store_in_cache(cch, topology, Path(cache_dir).expanduser() / f"cch-{topology.key}")
    return cch


def _store_in_cache(cch: Any, topology: Topology, target: Path) -> None:
    """Save a CCH topology into the keyed cache atomically (rename into place)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=".cch-", dir=target.parent))
    cch.save(str(staging))
    (staging / _CCH_KEY_FILE).write_text(topology.key + "\n")
    try:
        staging.rename(target)
    except OSError:  # another process stored it first
        shutil.rmtree(staging, ignore_errors=True)


__all__ = [
    "CCHBackend",
    "CompiledGraph",
    "INT_WEIGHT_LIMIT",
    "RoutingBackend",
    "ScipyBackend",
    "TINY_GRAPH_NODES",
    "Topology",
    "array_hash",
    "check_scale",
    "choose_scale",
    "import_pyroutingkit",
    "longest_path_bound",
    "make_topology",
]
