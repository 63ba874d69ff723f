"""Benchmark the compiled routing core against networkx, igraph and scipy.

Run from the repository root::

    .venv/bin/python benchmarks/routing_core.py                 # Moscow + Seattle
    .venv/bin/python benchmarks/routing_core.py --graphs seattle --pairs 100 --nx-pairs 10

For each road graph (``../shared/data/road_graphs/<name>-roads.{co,gr}.bin``,
largest connected component, undirected, Euclidean weights) every library runs
in its own spawned child process, so peak memory (``ru_maxrss``) is per
library; the figure reported is the peak above the child's baseline after the
graph arrays were loaded. All libraries answer the same seeded random pairs;
networkx (slow) only the first ``--nx-pairs`` of them, and the speed ratios
compare medians on that common subset. Costs are checked against networkx
(common subset) and against scipy (all pairs, exact). A matrix of
``--matrix`` x ``--matrix`` nodes is timed as well (networkx: ``--nx-matrix-rows``
one-to-all rows, extrapolated).

Writes ``benchmarks/results/routing-core.{md,json}`` (``--out``).
"""

from __future__ import annotations

import argparse
import json
import multiprocessing as mp
import os
import platform
import resource
import shutil
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from datetime import datetime, timezone
from importlib import metadata
from pathlib import Path
from typing import Any, Callable

import numpy as np

REPO = Path(__file__).resolve().parents[1]
DEFAULT_DATA = REPO.parent / "shared" / "data" / "road_graphs"
DEFAULT_OUT = REPO / "benchmarks" / "results" / "routing-core"
LIBRARIES = ("networkx", "igraph", "scipy", "ours")
LABELS = {
    "networkx": "networkx `bidirectional_dijkstra` (what `osmnx.shortest_path` calls)",
    "igraph": "igraph `get_shortest_path(weights=)` (path)",
    "scipy": "scipy.sparse.csgraph `dijkstra` one-to-all",
    "ours": "**routes_api `CompiledGraph`** (pyroutingkit CCH, path + float re-sum)",
}


# --------------------------------------------------------------------------
# Data
# --------------------------------------------------------------------------


def load_lcc(data_dir: Path, name: str) -> dict[str, np.ndarray]:
    """Load a road graph and keep its largest connected component.

    Returns
    -------
    dict
        ``n``, ``tails``, ``heads`` (undirected edges, 0-based, relabelled),
        ``weights`` (Euclidean length), ``x``, ``y``, plus ``n_full``/``m_full``.
        Self-loops and duplicate edges are dropped so every library sees
        the same simple graph.
    """
    from scipy.sparse import coo_matrix
    from scipy.sparse.csgraph import connected_components

    xy = np.fromfile(data_dir / f"{name}-roads.co.bin", "<i4").reshape(-1, 2)
    e = np.fromfile(data_dir / f"{name}-roads.gr.bin", "<i4").reshape(-1, 2) - 1
    n = len(xy)
    adj = coo_matrix((np.ones(len(e)), (e[:, 0], e[:, 1])), shape=(n, n))
    _, labels = connected_components(adj, directed=False)
    keep = labels == np.bincount(labels).argmax()
    new_id = np.cumsum(keep) - 1
    e = e[keep[e[:, 0]] & keep[e[:, 1]]]
    e = e[e[:, 0] != e[:, 1]]
    e = np.unique(np.sort(e, axis=1), axis=0)  # duplicates would be summed by scipy's CSR
    xy = xy[keep].astype(np.float64)
    tails, heads = new_id[e[:, 0]], new_id[e[:, 1]]
    weights = np.hypot(*(xy[tails] - xy[heads]).T)
    return {
        "n": np.int64(keep.sum()), "tails": tails, "heads": heads, "weights": weights,
        "x": xy[:, 0], "y": xy[:, 1], "n_full": np.int64(n), "m_full": np.int64(len(e)),
    }


def pick_pairs(n: int, count: int, seed: int) -> np.ndarray:
    """Seeded random (source, target) index pairs with source != target."""
    rng = np.random.default_rng(seed)
    pairs = rng.integers(0, n, size=(count * 2, 2))
    return pairs[pairs[:, 0] != pairs[:, 1]][:count]


# --------------------------------------------------------------------------
# Child-process workers (one library per process)
# --------------------------------------------------------------------------


def rss_mib() -> float:
    """Peak resident set size of this process so far, MiB (Linux: KiB units)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


def timed_queries(query: Callable[[int, int], float], pairs: np.ndarray) -> tuple[list, list]:
    """Run ``query`` on each pair; return (costs, seconds)."""
    costs, seconds = [], []
    for s, t in pairs.tolist():
        t0 = time.perf_counter()
        costs.append(float(query(s, t)))
        seconds.append(time.perf_counter() - t0)
    return costs, seconds


def run_library(lib: str, graph_file: str, pairs: np.ndarray, matrix_nodes: np.ndarray,
                nx_matrix_rows: int) -> dict[str, Any]:
    """Child entry point: build, query and matrix-time one library."""
    with np.load(graph_file) as data:
        g = {k: data[k] for k in data.files}
    base = rss_mib()
    worker = {"networkx": _networkx, "igraph": _igraph, "scipy": _scipy, "ours": _ours}[lib]
    result = worker(g, pairs, matrix_nodes, nx_matrix_rows)
    result["peak_mib_above_baseline"] = result.pop("core_rss_mib", rss_mib()) - base
    result["baseline_mib"] = base
    return result


def _networkx(g, pairs, matrix_nodes, nx_matrix_rows) -> dict[str, Any]:
    import networkx as nx

    t0 = time.perf_counter()
    G = nx.Graph()
    G.add_nodes_from(range(int(g["n"])))
    G.add_weighted_edges_from(zip(g["tails"].tolist(), g["heads"].tolist(), g["weights"].tolist()))
    build = time.perf_counter() - t0
    costs, secs = timed_queries(lambda s, t: nx.bidirectional_dijkstra(G, s, t)[0], pairs)
    rows = matrix_nodes[:nx_matrix_rows]
    t0 = time.perf_counter()
    for s in rows.tolist():
        lengths = nx.single_source_dijkstra_path_length(G, s)
        [lengths.get(t, np.inf) for t in matrix_nodes.tolist()]
    per_row = (time.perf_counter() - t0) / max(len(rows), 1)
    return {"build_s": build, "costs": costs, "query_s": secs,
            "matrix_s": per_row * len(matrix_nodes), "matrix_note": f"extrapolated from {len(rows)} rows"}


def _igraph(g, pairs, matrix_nodes, nx_matrix_rows) -> dict[str, Any]:
    import igraph as ig

    t0 = time.perf_counter()
    G = ig.Graph(n=int(g["n"]), edges=np.column_stack([g["tails"], g["heads"]]).tolist(), directed=False)
    G.es["weight"] = g["weights"].tolist()
    build = time.perf_counter() - t0
    w = g["weights"]

    def query(s: int, t: int) -> float:
        epath = G.get_shortest_path(s, to=t, weights="weight", output="epath")
        return float(w[epath].sum())

    costs, secs = timed_queries(query, pairs)
    t0 = time.perf_counter()
    m = np.array(G.distances(source=matrix_nodes.tolist(), target=matrix_nodes.tolist(), weights="weight"))
    return {"build_s": build, "costs": costs, "query_s": secs,
            "matrix_s": time.perf_counter() - t0, "matrix": m.tolist()}


def _scipy(g, pairs, matrix_nodes, nx_matrix_rows) -> dict[str, Any]:
    from scipy.sparse import csr_matrix
    from scipy.sparse.csgraph import dijkstra

    n = int(g["n"])
    t0 = time.perf_counter()
    A = csr_matrix((g["weights"], (g["tails"], g["heads"])), shape=(n, n))
    build = time.perf_counter() - t0
    costs, secs = timed_queries(lambda s, t: dijkstra(A, directed=False, indices=s)[t], pairs)
    t0 = time.perf_counter()
    m = np.vstack([dijkstra(A, directed=False, indices=matrix_nodes[i:i + 10])[:, matrix_nodes]
                   for i in range(0, len(matrix_nodes), 10)])
    return {"build_s": build, "costs": costs, "query_s": secs,
            "matrix_s": time.perf_counter() - t0, "matrix": m.tolist()}


def _ours(g, pairs, matrix_nodes, nx_matrix_rows) -> dict[str, Any]:
    sys.path.insert(0, str(REPO))
    from routes_api.network.compiled import CompiledGraph

    args = (int(g["n"]), g["tails"], g["heads"], g["weights"], g["x"], g["y"])
    t0 = time.perf_counter()
    cg = CompiledGraph.from_arrays(*args, undirected=True, backend="cch")
    build = time.perf_counter() - t0
    costs, secs = timed_queries(lambda s, t: cg.route(s, t)[0], pairs)
    t0 = time.perf_counter()
    m = cg.matrix(matrix_nodes, matrix_nodes)
    matrix_s = time.perf_counter() - t0
    core_rss = rss_mib()  # before the extras below allocate a second metric and a loaded copy
    extra = _ours_extras(cg, pairs)
    return {"build_s": build, "costs": costs, "query_s": secs, "matrix_s": matrix_s,
            "matrix": m.tolist(), "scale": cg.scale, "core_rss_mib": core_rss, **extra}


def _ours_extras(cg, pairs) -> dict[str, Any]:
    """Time a second weight set, distance-only calls, save and load."""
    t0 = time.perf_counter()
    cg.with_arc_weights(cg.weights * 1.25)
    reweight = time.perf_counter() - t0
    _, dist_secs = timed_queries(cg.distance, pairs)
    tmp = Path(tempfile.mkdtemp(prefix="routing-core-"))
    try:
        cg.save(tmp / "g")
        t0 = time.perf_counter()
        from routes_api.network.compiled import CompiledGraph
        CompiledGraph.load(tmp / "g")
        load = time.perf_counter() - t0
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return {"reweight_s": reweight, "load_s": load, "distance_query_s": dist_secs}


# --------------------------------------------------------------------------
# Orchestration and report
# --------------------------------------------------------------------------


def run_in_child(lib: str, *args) -> dict[str, Any]:
    """Run ``run_library(lib, *args)`` in a fresh spawned process."""
    with ProcessPoolExecutor(max_workers=1, mp_context=mp.get_context("spawn")) as pool:
        return pool.submit(run_library, lib, *args).result()


def stats_ms(seconds: list[float]) -> dict[str, float]:
    """Median and p95 in milliseconds."""
    a = np.asarray(seconds) * 1e3
    return {"median_ms": float(np.median(a)), "p95_ms": float(np.percentile(a, 95)), "n": len(a)}


def bench_graph(name: str, args: argparse.Namespace, workdir: Path) -> dict[str, Any]:
    """Benchmark every library on one graph; return the summary dict."""
    g = load_lcc(args.data_dir, name)
    graph_file = workdir / f"{name}.npz"
    np.savez(graph_file, **g)
    n = int(g["n"])
    pairs = pick_pairs(n, args.pairs, args.seed)
    matrix_nodes = np.random.default_rng(args.seed + 1).choice(n, args.matrix, replace=False)
    out: dict[str, Any] = {"nodes": n, "edges": len(g["tails"]), "nodes_full": int(g["n_full"]),
                           "pairs": len(pairs), "nx_pairs": min(args.nx_pairs, len(pairs)), "libraries": {}}
    for lib in args.libraries:
        lib_pairs = pairs[: args.nx_pairs] if lib == "networkx" else pairs
        print(f"[{name}] {lib}: {len(lib_pairs)} pairs ...", flush=True)
        t0 = time.perf_counter()
        out["libraries"][lib] = run_in_child(lib, str(graph_file), lib_pairs, matrix_nodes, args.nx_matrix_rows)
        print(f"[{name}] {lib}: done in {time.perf_counter() - t0:.1f} s", flush=True)
    summarise(out)
    return out


def summarise(out: dict[str, Any]) -> None:
    """Add timing statistics, speed ratios and cost checks to ``out`` in place."""
    libs, k = out["libraries"], out["nx_pairs"]
    for r in libs.values():
        r["all"] = stats_ms(r["query_s"])
        r["common"] = stats_ms(r["query_s"][:k])
    for ref in ("networkx", "igraph"):
        if ref in libs:
            for r in libs.values():
                r[f"x_vs_{ref}"] = libs[ref]["common"]["median_ms"] / r["common"]["median_ms"]
    if "ours" in libs:
        out["checks"] = cost_checks(libs, k)
        if "ours" in libs and "reweight_s" in libs["ours"]:
            d = stats_ms(libs["ours"]["distance_query_s"])
            libs["ours"]["distance_only"] = d
    for r in libs.values():
        r.pop("matrix", None)


def max_rel_diff(a: list[float], b: list[float]) -> float:
    """Largest relative difference between two cost lists."""
    x, y = np.asarray(a, dtype=float), np.asarray(b, dtype=float)
    return float(np.max(np.abs(x - y) / np.maximum(np.abs(y), 1.0))) if len(x) else 0.0


def cost_checks(libs: dict[str, Any], k: int) -> dict[str, Any]:
    """Compare our costs and matrix with the other libraries'."""
    ours = libs["ours"]
    checks = {}
    for lib, r in libs.items():
        if lib == "ours":
            continue
        m = len(r["costs"])
        checks[f"costs_vs_{lib}"] = {"pairs": m, "max_rel_diff": max_rel_diff(ours["costs"][:m], r["costs"])}
        if "matrix" in r:
            checks[f"matrix_vs_{lib}"] = {"max_rel_diff": max_rel_diff(
                np.ravel(ours["matrix"]).tolist(), np.ravel(r["matrix"]).tolist())}
    return checks


def versions() -> dict[str, str]:
    """Installed versions of the benchmarked packages."""
    out = {"python": platform.python_version()}
    for pkg in ("networkx", "igraph", "scipy", "numpy", "pyroutingkit"):
        try:
            out[pkg] = metadata.version(pkg)
        except metadata.PackageNotFoundError:
            out[pkg] = "absent"
    return out


def fmt_ms(ms: float) -> str:
    """Human-readable duration from milliseconds."""
    if ms >= 1000:
        return f"{ms / 1000:.2f} s"
    if ms >= 1:
        return f"{ms:.1f} ms"
    return f"{ms * 1000:.0f} µs"


def markdown(report: dict[str, Any]) -> str:
    """Render the report as Markdown."""
    lines = [
        "# Routing core benchmark",
        "",
        f"Measured {report['date']} on {report['machine']} by `{report['command']}`.",
        "Versions: " + ", ".join(f"{k} {v}" for k, v in report["versions"].items()) + ".",
        "1-minute load average at start / end: "
        + " / ".join(f"{x:.2f}" for x in report.get("load_average", [])) + " (other work on the machine adds noise).",
        "Each library runs in its own child process; memory is the peak RSS above the child's",
        "baseline after loading the arrays (RSS granularity: a structure smaller than the freed",
        "loading buffers can show as ~0 MiB). Median/p95 are over all pairs a library ran; the",
        "speed ratios compare medians on the common subset networkx also ran. Expect 20-40 %",
        "noise between runs: compare ratios, not absolute times.",
        "",
    ]
    for name, g in report["graphs"].items():
        lines += graph_table(name, g)
    return "\n".join(lines) + "\n"


def graph_table(name: str, g: dict[str, Any]) -> list[str]:
    """Markdown section for one graph."""
    lines = [
        f"## {name.capitalize()}: {g['nodes']:,} nodes, {g['edges']:,} undirected edges (LCC of {g['nodes_full']:,} nodes)",
        "",
        f"{g['pairs']} seeded random pairs ({g['nx_pairs']} for networkx); matrix {report_matrix_size(g)}.",
        "",
        f"| library | preprocessing | peak memory | pairs | median p2p | p95 p2p | x networkx | x igraph | {report_matrix_size(g)} matrix |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for lib, r in g["libraries"].items():
        matrix = fmt_ms(r["matrix_s"] * 1e3) + (f" ({r['matrix_note']})" if "matrix_note" in r else "")
        lines.append(
            f"| {LABELS[lib]} | {r['build_s']:.2f} s | {r['peak_mib_above_baseline']:.0f} MiB | {r['all']['n']} "
            f"| {fmt_ms(r['all']['median_ms'])} | {fmt_ms(r['all']['p95_ms'])} "
            f"| {ratio(r, 'x_vs_networkx')} | {ratio(r, 'x_vs_igraph')} | {matrix} |"
        )
    ours = g["libraries"].get("ours")
    if ours:
        lines += [
            "",
            f"Ours: CCH scale {ours['scale']:g} integer units per weight unit; a second weight set "
            f"on the same topology (certified overflow bound + CCH customisation, no rebuild) "
            f"{ours['reweight_s'] * 1e3:.0f} ms; load from a saved directory "
            f"{ours['load_s']:.2f} s (order read, chordal supergraph rebuilt, metric customised); "
            f"distance-only median {fmt_ms(ours['distance_only']['median_ms'])}.",
        ]
    if "checks" in g:
        lines += ["", "Cost checks (ours against):"]
        for key, c in g["checks"].items():
            extra = f" on {c['pairs']} pairs" if "pairs" in c else f" ({report_matrix_size(g)}, ours = integer / scale)"
            lines.append(f"- {key.replace('_vs_', ' vs ')}: max relative difference {c['max_rel_diff']:.2e}{extra}")
    return lines + [""]


def report_matrix_size(g: dict[str, Any]) -> str:
    return f"{g.get('matrix', 100)}x{g.get('matrix', 100)}"


def ratio(r: dict[str, Any], key: str) -> str:
    return f"{r[key]:,.1f}x" if key in r else "—"


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--graphs", nargs="+", default=["moscow", "seattle"], help="road graph names")
    p.add_argument("--pairs", type=int, default=200, help="random pairs for igraph, scipy and ours")
    p.add_argument("--nx-pairs", type=int, default=30, help="first N pairs also run by networkx")
    p.add_argument("--matrix", type=int, default=100, help="matrix side (nodes)")
    p.add_argument("--nx-matrix-rows", type=int, default=5, help="networkx one-to-all rows timed for the matrix")
    p.add_argument("--libraries", nargs="+", default=list(LIBRARIES), choices=LIBRARIES)
    p.add_argument("--seed", type=int, default=2024)
    p.add_argument("--data-dir", type=Path, default=DEFAULT_DATA)
    p.add_argument("--out", type=Path, default=DEFAULT_OUT, help="output path without extension")
    p.add_argument("--render-only", action="store_true", help="re-render OUT.md from OUT.json, no run")
    return p.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    if args.render_only:
        args.out.with_suffix(".md").write_text(markdown(json.loads(args.out.with_suffix(".json").read_text())))
        return 0
    if not args.data_dir.is_dir():
        print(f"road graphs not found in {args.data_dir} (needs ../shared next to the repo)", file=sys.stderr)
        return 2
    t0 = time.perf_counter()
    load_before = os.getloadavg()[0]
    workdir = Path(tempfile.mkdtemp(prefix="routing-core-bench-"))
    try:
        graphs = {}
        for name in args.graphs:
            graphs[name] = bench_graph(name, args, workdir)
            graphs[name]["matrix"] = args.matrix
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    report = {
        "date": datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
        "machine": f"{platform.machine()}, {os.cpu_count()} cores, {platform.system()}",
        "command": "python benchmarks/routing_core.py " + " ".join(argv if argv is not None else sys.argv[1:]),
        "versions": versions(),
        "args": {k: str(v) for k, v in vars(args).items()},
        "graphs": graphs,
        "total_s": time.perf_counter() - t0,
        "load_average": [round(load_before, 2), round(os.getloadavg()[0], 2)],
    }
    for g in graphs.values():
        for r in g["libraries"].values():
            r.pop("query_s", None)
            r.pop("distance_query_s", None)
            r.pop("costs", None)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.with_suffix(".json").write_text(json.dumps(report, indent=2) + "\n")
    args.out.with_suffix(".md").write_text(markdown(report))
    print(markdown(report))
    print(f"total {report['total_s']:.0f} s; wrote {args.out.with_suffix('.md')} and .json")
    return 0


if __name__ == "__main__":
    sys.exit(main())
