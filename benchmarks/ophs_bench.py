"""OPHS benchmark: solve sets of the public instances and write a summary.

Usage::

    python benchmarks/ophs_bench.py                      # SET1 + SET2 (175 instances)
    python benchmarks/ophs_bench.py --sets set3 set5 tsplib --jobs 2
    python benchmarks/ophs_bench.py --sets all

Writes ``benchmarks/results/ophs-summary.md`` and ``ophs-summary.json``.
Every tour is checked with the independent checker ``tests/ophs_checker.py``.

Per set the summary gives: instances, feasible tours, ``best`` (how many
scores equal the best score found across the files sharing ``<base>-<budget>``,
only meaningful for SET1/2/3/5 whose optimum depends on the base alone),
mean and worst score spread to that best (percent), median and p95 seconds.
For the other sets (SET4, TSPLIB, VRP) a size/time table is written instead.
The per-instance timing is wall time in one process (one core per job).
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from multiprocessing import Pool
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "tests"))

from ophs_checker import Instance, check_tour  # noqa: E402

from routes_api.solvers.ophs_benchmark import find_instances, read_ophs, run_instance

BENCH = REPO.parent / "shared" / "bench"
SETS = {
    "set1": "ophs-set1", "set2": "ophs-set2", "set3": "ophs-set3", "set4": "ophs-set4",
    "set5": "ophs-set5", "tsplib": "ophs-tsplib", "vrp": "ophs-vrp",
}
SAME_BASE_SETS = {"set1", "set2", "set3", "set5"}


def _job(args: tuple[str, str, float, int, float | None]) -> dict:
    set_name, path, effort, seed, limit = args
    res = run_instance(path, time_limit=limit, seed=seed, effort=effort)
    inst = read_ophs(path)
    errors = check_tour(Instance(path), res.trips, res.score)
    return {"set": set_name, "instance": path, "name": Path(path).stem, "score": res.score,
            "seconds": res.seconds, "feasible": not errors, "errors": errors,
            "points": inst.n_points + inst.n_extra_hotels, "days": inst.n_days,
            "hotels": inst.n_extra_hotels + 2}


def _base(name: str) -> str:
    return "-".join(name.split("-")[:2])


def _pct(vals: list[float], q: float) -> float:
    vals = sorted(vals)
    if not vals:
        return float("nan")
    k = q * (len(vals) - 1)
    lo, hi = int(k), min(int(k) + 1, len(vals) - 1)
    return vals[lo] + (vals[hi] - vals[lo]) * (k - lo)


def summarise(rows: list[dict]) -> dict:
    """Per-set figures (see module docstring)."""
    best: dict[str, float] = {}
    for r in rows:
        if r["set"] in SAME_BASE_SETS:
            best[_base(r["name"])] = max(best.get(_base(r["name"]), 0.0), r["score"])
    out = {}
    for s in dict.fromkeys(r["set"] for r in rows):
        rs = [r for r in rows if r["set"] == s]
        secs = [r["seconds"] for r in rs]
        entry = {"instances": len(rs), "feasible": sum(r["feasible"] for r in rs),
                 "median_seconds": round(_pct(secs, 0.5), 3),
                 "p95_seconds": round(_pct(secs, 0.95), 3),
                 "total_score": sum(r["score"] for r in rs)}
        if s in SAME_BASE_SETS:
            gaps = [100.0 * (best[_base(r["name"])] - r["score"]) / best[_base(r["name"])]
                    if best[_base(r["name"])] > 0 else 0.0 for r in rs]
            entry.update({"best": sum(g <= 1e-9 for g in gaps),
                          "mean_spread_pct": round(statistics.mean(gaps), 3),
                          "worst_spread_pct": round(max(gaps), 3)})
        out[s] = entry
    return out


def size_curve(rows: list[dict]) -> list[dict]:
    """Median / max seconds by instance size bucket (points incl. hotels)."""
    buckets = [(0, 70), (70, 110), (110, 160), (160, 300), (300, 500), (500, 2000)]
    out = []
    for lo, hi in buckets:
        rs = [r for r in rows if lo <= r["points"] < hi]
        if rs:
            secs = [r["seconds"] for r in rs]
            out.append({"points": f"{lo}-{hi - 1}", "instances": len(rs),
                        "median_seconds": round(_pct(secs, 0.5), 3),
                        "max_seconds": round(max(secs), 3)})
    return out


def to_markdown(summary: dict, curve: list[dict], meta: dict) -> str:
    lines = ["# OPHS benchmark summary", "",
             f"Run: `{meta['command']}` — effort {meta['effort']}, seed {meta['seed']}, "
             f"{meta['jobs']} job(s), {meta['date']}.", "",
             "| set | instances | feasible | best | mean spread % | worst spread % "
             "| median s | p95 s |",
             "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"]
    for s, e in summary.items():
        lines.append(
            f"| {s} | {e['instances']} | {e['feasible']} | {e.get('best', '—')} | "
            f"{e.get('mean_spread_pct', '—')} | {e.get('worst_spread_pct', '—')} | "
            f"{e['median_seconds']} | {e['p95_seconds']} |")
    lines += ["", "`best`: instances whose score equals the best score found across the "
              "files sharing `<base>-<budget>` (all such files have the same optimum); "
              "`spread`: gap to that best score.", ""]
    if curve:
        lines += ["## Size / time curve", "", "| points | instances | median s | max s |",
                  "| --- | ---: | ---: | ---: |"]
        lines += [f"| {c['points']} | {c['instances']} | {c['median_seconds']} | "
                  f"{c['max_seconds']} |" for c in curve]
        lines.append("")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sets", nargs="+", default=["set1", "set2"],
                    help=f"sets to run: {', '.join(SETS)} or all (default set1 set2)")
    ap.add_argument("--effort", type=float, default=1.0)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--time-limit", type=float, default=None)
    ap.add_argument("--jobs", type=int, default=1, help="parallel processes (one core each)")
    ap.add_argument("--bench", type=Path, default=BENCH)
    ap.add_argument("--out", type=Path, default=REPO / "benchmarks" / "results")
    args = ap.parse_args(argv)
    sets = list(SETS) if "all" in args.sets else args.sets
    tasks = []
    for s in sets:
        if s not in SETS:
            ap.error(f"unknown set {s!r}")
        for f in find_instances([args.bench / SETS[s]]):
            tasks.append((s, str(f), args.effort, args.seed, args.time_limit))
    from tqdm import tqdm

    t0 = time.perf_counter()
    if args.jobs > 1:
        with Pool(args.jobs) as pool:
            rows = list(tqdm(pool.imap(_job, tasks, chunksize=1), total=len(tasks), desc="ophs"))
    else:
        rows = [_job(t) for t in tqdm(tasks, desc="ophs")]
    summary = summarise(rows)
    curve = size_curve([r for r in rows if r["set"] not in {"set1", "set2"}])
    meta = {"command": "python benchmarks/ophs_bench.py " + " ".join(argv or sys.argv[1:]),
            "effort": args.effort, "seed": args.seed, "jobs": args.jobs,
            "date": time.strftime("%Y-%m-%d"), "wall_seconds": round(time.perf_counter() - t0, 1)}
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "ophs-summary.json").write_text(json.dumps(
        {"meta": meta, "summary": summary, "size_curve": curve, "instances": rows}, indent=1))
    md = to_markdown(summary, curve, meta)
    (args.out / "ophs-summary.md").write_text(md)
    print(md)
    return 0 if all(r["feasible"] for r in rows) else 1


if __name__ == "__main__":
    raise SystemExit(main())
