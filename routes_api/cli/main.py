"""The ``routes-api`` command line: serve, data check, and the planners' commands."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from routes_api.cli import bench, detail, gaps
from routes_api.core.settings import Settings
from routes_api.core.vocabulary import PACES, PHASES, split_csv
from routes_api.core.errors import DataError, RoutesApiError, UnknownTour
from routes_api.data.load import load_network


def _cmd_serve(args: argparse.Namespace) -> int:
    import os

    import uvicorn

    from routes_api.api.app import create_app

    settings = args.settings
    if args.data_dir:
        os.environ["ROUTES_API_DATA_DIR"] = str(args.data_dir)  # the worker processes read it too
    workers = args.workers or settings.workers
    # our middleware writes the access log (JSON, with the request id); uvicorn's own loggers
    # go through routes_api.core.logs
    common = {"host": args.host, "port": args.port, "log_config": None, "access_log": False,
              "proxy_headers": settings.trust_forwarded_for, "timeout_graceful_shutdown": 20,
              "server_header": False}
    try:
        if workers > 1:
            uvicorn.run("routes_api.api.app:app_from_env", factory=True, workers=workers, **common)
        else:
            uvicorn.run(create_app(args.data_dir), **common)
    except DataError as exc:
        print(f"routes-api: cannot load network data: {exc}", file=sys.stderr)
        return 2
    return 0


def _cmd_db(args: argparse.Namespace) -> int:
    from routes_api.store import current_revision, database_url, make_engine, migrate, redact

    settings = args.settings
    url = database_url(settings.database_url_value, settings.state_dir)
    engine = make_engine(url)
    try:
        if args.db_command == "upgrade":
            migrate(engine, args.revision)
        print(f"{redact(url)}: revision {current_revision(engine)}")
    finally:
        engine.dispose()
    return 0


def _cmd_data_check(args: argparse.Namespace) -> int:
    from routes_api.data.report import check_report, format_report

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


def _load_context(args, settings: Settings):
    from routes_api.planners.context import PlannerContext

    return PlannerContext.load(args.data_dir, settings.itinerary_dir, Path(settings.state_dir) / "detail")


def _cmd_route(args: argparse.Namespace) -> int:
    from pydantic import ValidationError

    from routes_api.planners.models import RouteRequest
    from routes_api.planners.narrate import route_text
    from routes_api.planners.trip import plan_route

    try:
        context = _load_context(args, args.settings)
        req = RouteRequest(**{"from": args.origin, "to": args.destination, "modes": split_csv(args.modes) or None,
                              "optimize": args.optimize, "pace": args.pace, "phase": args.phase})
        route = plan_route(req, context)
    except (RoutesApiError, ValidationError) as exc:
        print(f"routes-api: {exc}", file=sys.stderr)
        return 2
    print(route.model_dump_json(indent=2) if args.json else route_text(route))
    return 0


def _cmd_plan(args: argparse.Namespace) -> int:
    import datetime as dt

    from pydantic import ValidationError

    from routes_api.planners.models import CircleTripRequest, LineTripRequest
    from routes_api.planners.narrate import itinerary_text
    from routes_api.planners.trip import plan_trip

    try:
        context = _load_context(args, args.settings)
        common = {"start_date": args.start_date or dt.date.today().isoformat(), "pace": args.pace,
                  "modes": split_csv(args.modes) or None, "phase": args.phase}
        if args.kind == "circle":
            trip = CircleTripRequest(circle=args.id, start=args.start, **common)
        else:
            line = context.lines.get(args.id)
            if line is None:
                raise UnknownTour(args.id, "line")
            trip = LineTripRequest(line=args.id, days=args.days or line.days_min, **common)
        itinerary = plan_trip(trip, context)
    except (RoutesApiError, ValidationError) as exc:
        print(f"routes-api: {exc}", file=sys.stderr)
        return 2
    print(itinerary.model_dump_json(indent=2) if args.json else itinerary_text(itinerary))
    return 0


def build_parser(settings: Settings) -> argparse.ArgumentParser:
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
    serve.add_argument("--workers", type=int, default=None,
                       help="uvicorn worker processes (default: ROUTES_API_WORKERS or 1)")
    serve.set_defaults(func=_cmd_serve)

    db = sub.add_parser("db", help="the itinerary database (SQLite file or DATABASE_URL)")
    db_sub = db.add_subparsers(dest="db_command", required=True)
    up = db_sub.add_parser("upgrade", help="run the Alembic migrations (the server also runs them at start-up)")
    up.add_argument("revision", nargs="?", default="head")
    up.set_defaults(func=_cmd_db)
    cur = db_sub.add_parser("current", help="print the database's schema revision")
    cur.set_defaults(func=_cmd_db)

    data = sub.add_parser("data", help="network data tools")
    data_sub = data.add_subparsers(dest="data_command", required=True)
    check = data_sub.add_parser(
        "check", help="km per network and phase against the plan's targets, coverage, components"
    )
    check.add_argument("--json", action="store_true", help="print the report as JSON")
    check.set_defaults(func=_cmd_data_check)

    route = sub.add_parser("route", help="plan a route between two places and print it")
    route.add_argument("origin", help="place id")
    route.add_argument("destination", help="place id")
    route.add_argument("--modes", help="comma-separated families: boat,ferry,scenic_rail,rail,bike,walk,bus")
    route.add_argument("--optimize", choices=["fastest", "greenest", "scenic"], default="fastest")
    route.add_argument("--pace", choices=PACES, default="moderate")
    route.add_argument("--phase", choices=PHASES, default="2025")
    route.add_argument("--json", action="store_true")
    route.set_defaults(func=_cmd_route)

    plan = sub.add_parser("plan", help="plan a circle tour or a boutique line and print it")
    plan_sub = plan.add_subparsers(dest="plan_command", required=True)
    for kind in ("circle", "line"):
        p = plan_sub.add_parser(kind, help=f"the {kind}'s itinerary")
        p.add_argument("id", help=f"{kind} id")
        if kind == "line":
            p.add_argument("--days", type=int, help="number of days (default: the line's minimum)")
        else:
            p.add_argument("--start", help="start place id")
        p.add_argument("--start-date", default=None, help="YYYY-MM-DD (default: today)")
        p.add_argument("--pace", choices=PACES, default="moderate")
        p.add_argument("--modes", help="comma-separated families")
        p.add_argument("--phase", choices=PHASES, default="2025")
        p.add_argument("--json", action="store_true")
        p.set_defaults(func=_cmd_plan, kind=kind)

    bench.add_parser(sub)
    gaps.add_parser(sub)
    detail.add_parser(sub, settings)
    return parser


def main(argv: list[str] | None = None) -> int:
    settings = Settings()  # the one instance: every command reads it from args.settings
    parser = build_parser(settings)
    args = parser.parse_args(argv)
    args.settings = settings
    return int(args.func(args) or 0)


if __name__ == "__main__":
    sys.exit(main())
