"""Load test: requests/s, p50/p95/p99 latency and errors at 1, 10 and 50 concurrent clients for
the itinerary (GET /v1/circles/{id}/itinerary) and route (POST /v1/routes) endpoints.

Starts the real server (``routes-api serve``, one uvicorn worker, the embedded data, SQLite,
rate limit off) on a free 127.0.0.1 port, drives it with a closed-loop asyncio httpx load
generator (each client sends its next request when the previous one is answered) for a fixed
time per cell, stops the server and writes benchmarks/results/load.md and load.json.
Traffic goes to 127.0.0.1 only, and every loop is bounded in time.

    .venv/bin/python benchmarks/load.py [--seconds 10] [--concurrency 1,10,50]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import platform
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

REPO = Path(__file__).resolve().parents[1]
OUT = REPO / "benchmarks" / "results"
CIRCLES = ["jiangnan-water-towns", "taihu-yangchenghu", "moganshan-anji", "shanghai-metropolis",
           "sanjiangkou-siming", "maoshan-tianmuhu", "jianghai-confluence", "xiangshan-coast"]
PACES = ["relaxed", "moderate", "active"]
PLACES = ["shanghai-hongqiao-station", "suzhou", "zhouzhuang", "tongli", "wuxi", "huzhou", "jiaxing", "ningbo",
          "nantong", "changzhou", "kunshan", "luzhi"]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def request_for(endpoint: str, i: int) -> tuple[str, str, dict]:
    if endpoint == "itinerary":
        circle = CIRCLES[i % len(CIRCLES)]
        return "GET", f"/v1/circles/{circle}/itinerary", {"params": {
            "start_date": "2026-05-01", "pace": PACES[(i // len(CIRCLES)) % 3]}}
    a = PLACES[i % len(PLACES)]
    b = PLACES[(i * 7 + 3) % len(PLACES)]
    if a == b:
        b = PLACES[(i + 1) % len(PLACES)]
    return "POST", "/v1/routes", {"json": {"from": a, "to": b, "optimize": ["fastest", "greenest", "scenic"][i % 3]}}


async def run_cell(base: str, endpoint: str, concurrency: int, seconds: float) -> dict:
    latencies: list[float] = []
    errors = 0
    statuses: dict = {}
    counter = iter(range(10**9))
    deadline = time.perf_counter() + seconds
    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
    async with httpx.AsyncClient(base_url=base, timeout=120, limits=limits) as client:
        async def worker():
            nonlocal errors
            while time.perf_counter() < deadline:
                method, path, kw = request_for(endpoint, next(counter))
                t0 = time.perf_counter()
                try:
                    r = await client.request(method, path, **kw)
                    statuses[r.status_code] = statuses.get(r.status_code, 0) + 1
                    if r.status_code >= 400:
                        errors += 1
                except httpx.HTTPError as exc:
                    errors += 1
                    kind = type(exc).__name__
                    statuses[kind] = statuses.get(kind, 0) + 1
                latencies.append(time.perf_counter() - t0)

        started = time.perf_counter()
        await asyncio.gather(*(worker() for _ in range(concurrency)))
        elapsed = time.perf_counter() - started
    lat = sorted(latencies)

    def pct(p: float) -> float:
        return round(1000 * lat[min(len(lat) - 1, int(round(p * (len(lat) - 1))))], 1) if lat else float("nan")

    return {"endpoint": endpoint, "concurrency": concurrency, "requests": len(lat),
            "seconds": round(elapsed, 2), "rps": round(len(lat) / elapsed, 1),
            "p50_ms": pct(0.50), "p95_ms": pct(0.95), "p99_ms": pct(0.99),
            "mean_ms": round(1000 * statistics.fmean(lat), 1) if lat else None,
            "errors": errors, "statuses": {str(k): v for k, v in sorted(statuses.items(), key=lambda kv: str(kv[0]))}}


def start_server(port: int, state: str) -> subprocess.Popen:
    env = {**os.environ, "ROUTES_API_STATE_DIR": state, "ROUTES_API_RATE_LIMIT_PER_MINUTE": "0",
           "ROUTES_API_LOG_LEVEL": "WARNING", "ROUTES_API_PLANNER_QUEUE": "256"}
    env.pop("DATABASE_URL", None)
    env.pop("ROUTES_API_DATABASE_URL", None)
    proc = subprocess.Popen([sys.executable, "-m", "routes_api.cli", "serve", "--host", "127.0.0.1",
                             "--port", str(port)], cwd=REPO, env=env, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 180
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise SystemExit("the server exited during start-up")
        try:
            if httpx.get(f"http://127.0.0.1:{port}/v1/ready", timeout=2).status_code == 200:
                return proc
        except httpx.HTTPError:
            pass
        time.sleep(0.5)
    proc.kill()
    raise SystemExit("the server did not become ready in 180 s")


def table(rows: list[dict]) -> str:
    out = ["| endpoint | clients | requests | req/s | p50 ms | p95 ms | p99 ms | errors |",
           "|---|---:|---:|---:|---:|---:|---:|---:|"]
    for r in rows:
        name = "GET /v1/circles/{id}/itinerary" if r["endpoint"] == "itinerary" else "POST /v1/routes"
        out.append(f"| {name} | {r['concurrency']} | {r['requests']} | {r['rps']} | {r['p50_ms']} | "
                   f"{r['p95_ms']} | {r['p99_ms']} | {r['errors']} |")
    return "\n".join(out)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seconds", type=float, default=10.0, help="duration of each cell (bounded)")
    ap.add_argument("--concurrency", default="1,10,50")
    ap.add_argument("--no-write", action="store_true", help="print only")
    args = ap.parse_args()
    levels = [int(c) for c in args.concurrency.split(",")]
    port = free_port()
    with tempfile.TemporaryDirectory(prefix="routes-api-load-") as state:
        proc = start_server(port, state)
        base = f"http://127.0.0.1:{port}"
        try:
            # warm-up: JIT, graphs and travel-time rows, so the cells measure steady state
            for endpoint in ("itinerary", "route"):
                asyncio.run(run_cell(base, endpoint, 2, 3.0))
            rows = [asyncio.run(run_cell(base, e, c, args.seconds)) for e in ("itinerary", "route") for c in levels]
        finally:
            proc.send_signal(signal.SIGTERM)
            try:
                proc.wait(20)
            except subprocess.TimeoutExpired:
                proc.kill()
    md = table(rows)
    print(md)
    if not args.no_write:
        OUT.mkdir(parents=True, exist_ok=True)
        (OUT / "load.json").write_text(json.dumps({"rows": rows, "seconds_per_cell": args.seconds,
                                                    "machine": f"{platform.machine()}, {os.cpu_count()} cores"},
                                                   indent=2))
        (OUT / "load.md").write_text(
            "# Load test\n\n"
            f"`benchmarks/load.py --seconds {args.seconds:g}`: the real server (`routes-api serve`, one uvicorn "
            "worker, embedded data, SQLite, rate limit off) on 127.0.0.1, driven by a closed-loop asyncio "
            f"httpx generator in another process on the same machine ({os.cpu_count()} cores, shared with the "
            f"server) for {args.seconds:g} s per row after a warm-up. Itinerary requests cycle through 8 "
            "circles x 3 paces; route requests through pairs of 12 places and the three optimisations. "
            "Errors are responses >= 400 and connection failures.\n\n" + md + "\n\n"
            "Latency under 10 and 50 clients is mostly queueing: the planners are CPU-bound and share one "
            "process (see docs/operations.md for scaling out with workers and replicas).\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
