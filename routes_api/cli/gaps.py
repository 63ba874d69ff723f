"""``routes-api gaps``: the connectivity-gap report on the command line, a GeoJSON of the
candidates and, with ``--map``, a PNG of the network's components and the top candidates.

The method is described in :mod:`routes_api.analysis.gaps`.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from routes_api.core.vocabulary import PHASES
from routes_api.render.gaps_map import draw_map

def add_parser(subparsers) -> None:
    """Add the ``gaps`` command to the ``routes-api`` sub-commands."""
    p = subparsers.add_parser(
        "gaps",
        help="connectivity gaps: components, ranked links that would join them, intermodal gaps",
        description="Components of the chosen networks at a phase, ranked straight links that would "
        "join them (place to place and place to segment), piers/stations without a cycling or "
        "greenway link, circles Shanghai cannot reach by green modes, and plan progress.",
    )
    p.add_argument("--networks", default="cycling,greenway",
                   help="comma-separated: water,scenic_rail,cycling,greenway,connector (default cycling,greenway)")
    p.add_argument("--phase", choices=PHASES, default="2035", help="built by this phase (default 2035)")
    p.add_argument("--out", type=Path, help="write the candidates and fragments as GeoJSON (RFC 7946)")
    p.add_argument("--map", type=Path, help="draw the components and the top candidates to this PNG")
    p.add_argument("--max-gap-km", type=float, default=5.0, help="longest straight link considered (default 5)")
    p.add_argument("--limit", type=int, default=20, help="candidates listed and greedy steps (default 20)")
    p.add_argument("--walk-m", type=float, default=800.0,
                   help="walk from a pier/station to a cycling or greenway link (default 800 m)")
    p.add_argument("--json", action="store_true", help="print the full report as JSON instead of tables")
    p.add_argument("--quiet", action="store_true", help="no progress bar")
    p.set_defaults(func=_cmd_gaps)


def _cmd_gaps(args: argparse.Namespace) -> int:
    from tqdm import tqdm

    from routes_api.core.errors import DataError
    from routes_api.data.load import load_network
    from routes_api.analysis import gaps as g

    steps = ["load data", "components", "gap candidates", "intermodal gaps", "plan progress", "write"]
    if args.map:
        steps.append("map")
    bar = tqdm(total=len(steps), desc="gaps", unit="step", file=sys.stderr, disable=args.quiet, leave=False)

    def stage(name: str) -> None:
        bar.set_postfix_str(name)

    def inner(iterable):
        return tqdm(iterable, desc="  nearest segments", unit="chunk", file=sys.stderr, disable=args.quiet,
                    leave=False)

    try:
        networks = g.parse_networks(args.networks)
        g.check_number("--max-gap-km", args.max_gap_km, 0, g.MAX_GAP_KM_LIMIT)
        g.check_number("--walk-m", args.walk_m, 0, 10_000)
        if not 1 <= args.limit <= g.LIMIT_MAX:
            raise ValueError(f"--limit must be from 1 to {g.LIMIT_MAX}")
        stage("load data")
        data = load_network(args.data_dir)
        bar.update()
        stage("components")
        parts = g.split_components(data, g.select_segments(data, networks, args.phase))
        conn = g.connectivity_report(data, networks, args.phase, parts)
        bar.update()
        stage("gap candidates")
        report = g.gap_report(data, networks, args.phase, args.max_gap_km, args.limit, parts, inner)
        bar.update()
        stage("intermodal gaps")
        inter = g.intermodal_report(data, args.phase, args.walk_m)
        bar.update()
        stage("plan progress")
        progress = g.progress_report(data, networks, args.phase)
        bar.update()
    except (DataError, ValueError) as exc:
        bar.close()
        print(f"routes-api gaps: {exc}", file=sys.stderr)
        return 2
    analysis = g.GapAnalysis(headline=g.headline(conn, inter, report), connectivity=conn, gaps=report,
                             intermodal=inter, progress=progress)
    stage("write")
    if args.out:
        doc = g.candidates_geojson(report, conn)
        args.out.write_text(json.dumps(doc, ensure_ascii=False, indent=1, allow_nan=False), encoding="utf-8")
    bar.update()
    if args.map:
        stage("map")
        draw_map(data, analysis, args.map)
        bar.update()
    bar.close()
    if args.json:
        print(analysis.model_dump_json(indent=2, by_alias=True))
    else:
        print(format_analysis(analysis))
        if args.out:
            print(f"\nwrote {args.out} ({len(report.candidates)} candidates, {conn.count - 1} fragments)")
        if args.map:
            print(f"wrote {args.map}")
    return 0


# ---------------------------------------------------------------------------------------------
# Text


def _end_name(end) -> str:
    return f"{end.name_zh} {end.name_en}" if end.place else f"{end.name_en} (segment)"


def format_candidates(report) -> str:
    """The ranked candidate table."""
    lines = [f"Gap candidates ({report.candidates_found} found within {report.max_gap_km:g} km; "
             f"top {len(report.candidates)}):",
             f"{'#':>3} {'score':>8} {'km':>6}  {'kind':<4} {'from':<30} {'to':<40} {'joins km':>15} "
             f"{'places':>8} step  circles gained"]
    for c in report.candidates:
        joins = f"{c.joins.km[0]:.1f}+{c.joins.km[1]:.1f}"
        places = f"{c.joins.places[0]}+{c.joins.places[1]}"
        kind = "pp" if c.kind == "endpoint-endpoint" else "ps"
        step = str(c.recommended_step) if c.recommended_step else "-"
        lines.append(f"{c.rank:>3} {c.score:>8.1f} {c.length_km:>6.2f}  {kind:<4} {_end_name(c.from_)[:30]:<30} "
                     f"{_end_name(c.to)[:40]:<40} {joins:>15} {places:>8} {step:>4}  "
                     f"{','.join(c.joins.circles_gained)}")
    aug = report.augmentation
    lines.append(f"Greedy augmentation: {len(aug.greedy)} links, {aug.greedy_km:.1f} km -> "
                 f"{aug.greedy_components_after} components"
                 + (f", largest {aug.greedy[-1].largest_share_after:.1%}" if aug.greedy else ""))
    lines.append(f"Minimum-length augmentation (k_edge_augmentation k=1): {len(aug.min_length_links)} links, "
                 f"{aug.min_length_km:.1f} km -> {aug.min_length_components_after} components")
    return "\n".join(lines)


def format_analysis(a) -> str:
    """All four parts of a :class:`~routes_api.analysis.gaps.GapAnalysis` as text tables."""
    conn = a.connectivity
    out = [f"Networks {'+'.join(conn.networks)} at {conn.phase}: {conn.total_km:.1f} km, {conn.places} places, "
           f"{conn.count} components; largest {conn.largest_km:.1f} km ({conn.largest_share:.1%}), "
           f"fragments {conn.fragments_km:.1f} km"]
    out.append(f"{'id':>4} {'km':>8} {'places':>6}  label")
    for comp in conn.components[:15]:
        out.append(f"{comp.id:>4} {comp.km:>8.2f} {comp.places:>6}  {comp.label_zh} {comp.label_en}")
    if conn.count > 15:
        rest = conn.components[15:]
        out.append(f"  ... {len(rest)} more fragments, {sum(c.km for c in rest):.1f} km "
                   "(all in --json and --out)")
    out += ["", format_candidates(a.gaps), ""]
    inter = a.intermodal
    out.append(f"Piers/ferry terminals/stations with cycling or greenway within {inter.walk_m:g} m: "
               f"{inter.stations_linked} of {inter.stations}; nearest gaps:")
    for s in inter.station_gaps[:10]:
        dist = f"{s.distance_m / 1000:.1f} km" if s.distance_m is not None else "no link built"
        out.append(f"  {s.name_zh} {s.name_en} ({s.kind}, {s.city}): {dist}")
    out.append(f"Circles from {inter.hub} by green modes (core places reached):")
    for c in inter.circles:
        fix = (f"; fix {len(c.fixes)} link(s), {c.fix_km:.1f} km, first "
               f"{_end_name(c.fixes[0].from_)} -> {_end_name(c.fixes[0].link.to)}") if c.fixes else ""
        out.append(f"  {c.circle:<22} {c.reached:>3}/{c.core_places:<3}{fix}")
    out.append("")
    out.append(f"Plan progress at {a.progress.phase}:")
    for n in a.progress.networks:
        target = f"{n.target_km:.0f}" if n.target_km else "-"
        share = f"{n.share_of_target:.0%}" if n.share_of_target is not None else "-"
        phased = f", phase target {n.phase_target_km:.0f}" if n.phase_target_km else ""
        out.append(f"  {n.network:<12} {n.km_at_phase:>8.1f} km of {target} ({share}){phased}")
    nets = [n.network for n in a.progress.networks]
    out.append("Coverage (share of each circle's places within 1 km): " + "  ".join(nets))
    for c in a.progress.coverage:
        out.append(f"  {c.circle:<22} " + "  ".join(f"{c.share[n]:>6.0%}" for n in nets))
    return "\n".join(out)
