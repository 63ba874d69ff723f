"""The ``routes-api`` command line: serve, data check, and the planners' commands."""

from __future__ import annotations

import argparse
import json
import sys

from routes_api.network.load import DataError, load_network
from routes_api.settings import Settings


def _cmd_serve(args: argparse.Namespace) -> int:
    import uvicorn

    from routes_api.api.app import create_app

    try:
        app = create_app(args.data_dir)
        uvicorn.run(app, host=args.host, port=args.port, log_level="info")
    except DataError as exc:
        print(f"routes-api: cannot load network data: {exc}", file=sys.stderr)
        return 2
    return 0


def _cmd_data_check(args: argparse.Namespace) -> int:
    from routes_api.network.report import check_report, format_report

    try:
        data = load_network(args.data_dir)
    except DataError as exc:
        if args.json:
            print(json.dumps({"ok": False, "load_error": str(exc)}, ensure_ascii=False))
        else:
            print(f"data check FAILED: {exc}", file=sys.stderr)
        return 2
    report = check_report(data)
    if args.json:
        print(json.dumps(report, ensure_ascii=False, indent=2))
    else:
        print(format_report(report))
    return 0 if report["ok"] else 1


def build_parser() -> argparse.ArgumentParser:
    settings = Settings()
    parser = argparse.ArgumentParser(
        prog="routes-api",
        description="Tourism and green-mobility route planner for the Greater Shanghai "
        "Metropolitan Area (上海大都市圈).",
    )
    parser.add_argument(
        "--data-dir",
        default=settings.data_dir,
        help="network data folder (default: the embedded network_data/; env ROUTES_API_DATA_DIR)",
    )
    sub = parser.add_subparsers(dest="command", required=True)

    serve = sub.add_parser("serve", help="run the HTTP API (uvicorn) on the network data")
    serve.add_argument("--host", default=settings.host)
    serve.add_argument("--port", type=int, default=settings.port)
    serve.set_defaults(func=_cmd_serve)

    data = sub.add_parser("data", help="network data tools")
    data_sub = data.add_subparsers(dest="data_command", required=True)
    check = data_sub.add_parser(
        "check", help="km per network and phase against the plan's targets, coverage, components"
    )
    check.add_argument("--json", action="store_true", help="print the report as JSON")
    check.set_defaults(func=_cmd_data_check)

    for module in ("routes_api.bench.cli", "routes_api.planners.cli"):
        try:
            mod = __import__(module, fromlist=["add_parser"])
        except ModuleNotFoundError as exc:
            if exc.name != module:
                raise
            continue
        mod.add_parser(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    return int(args.func(args) or 0)


if __name__ == "__main__":
    sys.exit(main())
