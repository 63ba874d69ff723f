"""The gap-analysis map: a PNG of the network's components, the top link candidates and labels
(zh + en), with a legend and a scale bar (matplotlib, Noto Sans SC for the Chinese names)."""

from __future__ import annotations

import math
from pathlib import Path

MAP_TOP = 12
_LARGEST_COLOUR = "#8a9bb0"
_FRAGMENT_COLOURS = ("#e6550d", "#31a354", "#756bb1", "#d6a100", "#3182bd", "#e7298a",
                     "#8c564b", "#17becf", "#bcbd22", "#637939", "#843c39", "#7b4173")
_CANDIDATE_COLOUR = "#d62728"


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
    from routes_api.analysis import gaps as g

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
