"""``bench`` command: ``bench ophs PATH... [--json] [--time-limit S] [--seed N]``.

The main CLI calls :func:`add_parser` on its argparse sub-parsers and then
``args.func(args)``, which returns the exit code.
"""

from __future__ import annotations

import argparse
import json
import sys

__all__ = ["add_parser", "run_ophs"]


def add_parser(subparsers) -> argparse.ArgumentParser:
    """Add the ``bench`` command (with the ``ophs`` subcommand) to ``subparsers``."""
    bench = subparsers.add_parser("bench", help="run public benchmarks",
                                  description="Run public benchmarks.")
    sub = bench.add_subparsers(dest="bench_command", metavar="BENCHMARK")
    sub.required = True
    ophs = sub.add_parser(
        "ophs", help="Orienteering Problem with Hotel Selection instances",
        description="Solve OPHS instances (.ophs files; folders are searched recursively).")
    ophs.add_argument("paths", nargs="+", metavar="PATH", help="an .ophs file or a folder")
    ophs.add_argument("--json", action="store_true",
                      help="print a JSON array of {instance, score, trips, seconds}")
    ophs.add_argument("--time-limit", type=float, default=None, metavar="SECONDS",
                      help="safety cap per instance (the search normally stops on its iteration budget)")
    ophs.add_argument("--seed", type=int, default=0, metavar="N", help="random seed (default 0)")
    ophs.set_defaults(func=run_ophs)
    return bench


def _table(results) -> str:
    rows = [(r.instance, f"{r.score:g}", str(r.days), f"{r.seconds:.2f}") for r in results]
    head = ("instance", "score", "days", "seconds")
    widths = [max(len(h), *(len(row[i]) for row in rows)) if rows else len(h)
              for i, h in enumerate(head)]
    fmt = lambda row: "  ".join(  # noqa: E731
        c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in enumerate(zip(row, widths)))
    return "\n".join([fmt(head), fmt(tuple("-" * w for w in widths)), *map(fmt, rows)])


def run_ophs(args: argparse.Namespace) -> int:
    """Run the ``bench ophs`` command; returns the exit code."""
    from routes_api.solvers.ophs_benchmark import OPHSFormatError, find_instances, run_instances

    try:
        files = find_instances(args.paths)
    except FileNotFoundError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    if not files:
        print("error: no .ophs files found", file=sys.stderr)
        return 2
    try:
        results = run_instances(files, args.time_limit, args.seed, progress=True)
    except OPHSFormatError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    if args.json:
        json.dump([r.to_json() for r in results], sys.stdout)
        sys.stdout.write("\n")
    else:
        print(_table(results))
    return 0
