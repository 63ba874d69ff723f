"""``routes-api gaps``: the connectivity-gap report on the command line, a GeoJSON of the
candidates and, with ``--map``, a PNG of the network's components and the top candidates.

The method is described in :mod:`routes_api.planners.gaps`.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from pathlib import Path

from routes_api.models import PHASES

MAP_TOP = 12
_LARGEST_COLOUR = "#8a9bb0"
_FRAGMENT_COLOURS = ("#e6550d", "#31a354", "#756bb1", "#d6a100", "#3182bd", "#e7298a",
                     "#8c564b", "#17becf", "#bcbd22", "#637939", "#843c39", "#7b4173")
_CANDIDATE_COLOUR = "#d62728"


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

    from routes_api.network.load import DataError, load_network
    from routes_api.planners import gaps as g

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
    """All four parts of a :class:`~routes_api.planners.gaps.GapAnalysis` as text tables."""
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


# ---------------------------------------------------------------------------------------------
# Map


def cjk_font_name() -> str | None:
    """Register the project's Noto Sans SC (package ``pylopdf-fonts-zh-cn``) with matplotlib."""
    from matplotlib import font_manager

    try:
        import pylopdf_fonts_zh_cn
    except ImportError:
        return None
    path = str(pylopdf_fonts_zh_cn.sans_path())
    font_manager.fontManager.addfont(path)
    return font_manager.FontProperties(fname=path).get_name()


def _nice_km(span_km: float) -> float:
    raw = span_km / 5
    for step in (1, 2, 5, 10, 20, 25, 50, 100, 200):
        if step >= raw:
            return float(step)
    return 200.0


def _scale_bar(ax, lat: float) -> None:
    x0, x1 = ax.get_xlim()
    y0, y1 = ax.get_ylim()
    km_per_deg = 111.32 * math.cos(math.radians(lat))
    km = _nice_km((x1 - x0) * km_per_deg)
    width = km / km_per_deg
    left, base = x0 + 0.04 * (x1 - x0), y0 + 0.04 * (y1 - y0)
    tick = 0.008 * (y1 - y0)
    ax.plot([left, left + width], [base, base], color="black", lw=3, solid_capstyle="butt", zorder=9)
    for x in (left, left + width / 2, left + width):
        ax.plot([x, x], [base - tick, base + tick], color="black", lw=1, zorder=9)
    ax.text(left + width / 2, base + 2 * tick, f"{km:g} km", ha="center", va="bottom", fontsize=9, zorder=9)


def draw_map(data, analysis, path: Path, top: int = MAP_TOP) -> None:
    """Draw the components in colours, the top candidates, labels (zh + en), legend, scale bar."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.patheffects as pe
    import matplotlib.pyplot as plt
    from matplotlib.lines import Line2D

    font = cjk_font_name()
    conn, gaps = analysis.connectivity, analysis.gaps
    families = [font, "DejaVu Sans"] if font else ["DejaVu Sans"]
    with plt.rc_context({"font.family": families, "axes.unicode_minus": False}):
        fig, ax = plt.subplots(figsize=(13, 11), dpi=130)
        halo = [pe.withStroke(linewidth=3, foreground="white")]
        segs_by_comp = _segments_by_component(data, analysis)
        lons, lats = [], []
        for comp in conn.components:
            colour = _LARGEST_COLOUR if comp.id == 0 else _FRAGMENT_COLOURS[(comp.id - 1) % len(_FRAGMENT_COLOURS)]
            width = 1.1 if comp.id == 0 else 2.2
            for coords in segs_by_comp.get(comp.id, []):
                xs, ys = zip(*coords)
                lons += xs
                lats += ys
                ax.plot(xs, ys, color=colour, lw=width, solid_capstyle="round", zorder=2 if comp.id else 1)
            if comp.id and comp.km < 2:  # make short fragments visible at region scale
                pts = [data.places[p] for p in comp.place_ids]
                ax.scatter([p.lon for p in pts], [p.lat for p in pts], s=18, color=colour, zorder=3,
                           edgecolors="black", linewidths=0.4)
        shown = gaps.candidates[:top]
        for c in shown:
            (x0, y0), (x1, y1) = c.geometry["coordinates"]
            ax.plot([x0, x1], [y0, y1], color=_CANDIDATE_COLOUR, lw=2.4, ls=(0, (3, 1.5)), zorder=5)
            ax.text((x0 + x1) / 2, (y0 + y1) / 2, str(c.rank), fontsize=8, color="white", ha="center",
                    va="center", zorder=7,
                    bbox={"boxstyle": "circle,pad=0.2", "fc": _CANDIDATE_COLOUR, "ec": "white", "lw": 0.8})
        labelled = _label_places(data, conn, shown)
        for pid in labelled:
            p = data.places[pid]
            is_city = p.kind == "city_center"
            ax.scatter([p.lon], [p.lat], s=30 if is_city else 12, marker="s" if is_city else "o",
                       color="black", zorder=6)
        if lons:
            pad_x, pad_y = 0.04 * (max(lons) - min(lons) + 0.1), 0.04 * (max(lats) - min(lats) + 0.1)
            ax.set_xlim(min(lons) - pad_x, max(lons) + pad_x)
            ax.set_ylim(min(lats) - pad_y, max(lats) + pad_y)
        mid_lat = sum(ax.get_ylim()) / 2
        ax.set_aspect(1 / math.cos(math.radians(mid_lat)))
        _scale_bar(ax, mid_lat)
        _place_labels(fig, ax, [data.places[pid] for pid in labelled], halo)
        frag_km = conn.fragments_km
        handles = [
            Line2D([], [], color=_LARGEST_COLOUR, lw=2,
                   label=f"最大连通部分 largest component: {conn.largest_km:,.0f} km ({conn.largest_share:.0%})"),
            Line2D([], [], color=_FRAGMENT_COLOURS[0], lw=2.5,
                   label=f"孤立片段 fragments (one colour each): {conn.count - 1}, {frag_km:,.0f} km"),
            Line2D([], [], color=_CANDIDATE_COLOUR, lw=2.4, ls=(0, (3, 1.5)),
                   label=f"缺口候选 top {len(shown)} gap candidates (numbered by rank)"),
            Line2D([], [], color="black", marker="s", ls="", markersize=5, label="城市中心 city centre"),
        ]
        ax.legend(handles=handles, loc="lower right", fontsize=9, framealpha=0.92)
        ax.set_title(f"连通性缺口 Connectivity gaps — {' + '.join(conn.networks)}, {conn.phase} "
                     f"(links ≤ {gaps.max_gap_km:g} km)", fontsize=13)
        ax.set_xlabel("longitude °E")
        ax.set_ylabel("latitude °N")
        ax.grid(color="#eeeeee", lw=0.6, zorder=0)
        fig.tight_layout()
        fig.savefig(path)
        plt.close(fig)


_OFFSETS = ((5, 3, "left", "bottom"), (5, -3, "left", "top"), (-5, 3, "right", "bottom"),
            (-5, -3, "right", "top"), (0, 8, "center", "bottom"), (0, -8, "center", "top"),
            (12, 12, "left", "bottom"), (-12, -12, "right", "top"))


def _place_labels(fig, ax, places, halo) -> None:
    """Label places "中文 / English", trying a few offsets so labels do not overlap."""
    renderer = fig.canvas.get_renderer()
    taken = []
    for p in sorted(places, key=lambda p: p.kind != "city_center"):
        is_city = p.kind == "city_center"
        for dx, dy, ha, va in _OFFSETS:
            text = ax.annotate(f"{p.name_zh}\n{p.name_en}", (p.lon, p.lat), xytext=(dx, dy),
                               textcoords="offset points", ha=ha, va=va, fontsize=9.5 if is_city else 7.5,
                               zorder=8, path_effects=halo, linespacing=0.95)
            box = text.get_window_extent(renderer).expanded(1.02, 1.05)
            if not any(box.overlaps(other) for other in taken):
                taken.append(box)
                break
            if (dx, dy) != _OFFSETS[-1][:2]:
                text.remove()
        else:
            taken.append(box)


def _segments_by_component(data, analysis) -> dict[int, list]:
    """Coordinates of every analysed segment grouped by component id."""
    from routes_api.planners import gaps as g

    conn = analysis.connectivity
    comp_of = {pid: comp.id for comp in conn.components for pid in comp.place_ids}
    out: dict[int, list] = {}
    for seg in g.select_segments(data, conn.networks, conn.phase):
        out.setdefault(comp_of[seg.from_], []).append(seg.coords)
    return out


def _label_places(data, conn, shown) -> list[str]:
    """City centres on the map plus the places at the ends of the shown candidates."""
    ids = {p.id for p in data.places.values() if p.kind == "city_center"}
    in_map = {pid for comp in conn.components for pid in comp.place_ids}
    ids &= in_map | {c.from_.place for c in shown} | {c.to.place for c in shown}
    for c in shown:
        for end in (c.from_, c.to):
            if end.place:
                ids.add(end.place)
    return sorted(ids)
