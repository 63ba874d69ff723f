"""Plan progress: km against the plan's targets and each circle's coverage."""

from __future__ import annotations

from typing import Iterable

import numpy as np
import shapely

from routes_api.core.vocabulary import CIRCLE_IDS
from routes_api.data.load import NetworkData
from routes_api.data.report import network_figures
from routes_api.analysis.gaps.components import select_segments
from routes_api.analysis.gaps.geometry import _xy_line, to_xy
from routes_api.analysis.gaps.models import CircleCoverage, NetworkProgress, ProgressReport
from routes_api.analysis.gaps.params import COVERAGE_M, check_phase, parse_networks


def circle_coverage(data: NetworkData, networks: Iterable[str], phase: str,
                    within_m: float = COVERAGE_M) -> list[CircleCoverage]:
    """For each circle, the share of its places within `within_m` of each network."""
    by_circle = {c: [p for p in data.places.values() if c in p.circles] for c in CIRCLE_IDS}
    near: dict[str, set[str]] = {}
    ids = list(data.places)
    x, y = to_xy([data.places[p].lon for p in ids], [data.places[p].lat for p in ids])
    points = shapely.points(np.column_stack([x, y]))
    for network in networks:
        lines = [_xy_line(s.coords) for s in select_segments(data, [network], phase)]
        hit = shapely.STRtree(lines).query(points, predicate="dwithin", distance=within_m) if lines else [[]]
        near[network] = {ids[i] for i in set(np.asarray(hit[0]).tolist())}
    out = []
    for circle, places in by_circle.items():
        if not places:
            continue
        share = {n: round(sum(p.id in near[n] for p in places) / len(places), 4) for n in networks}
        out.append(CircleCoverage(circle=circle, places=len(places), share=share))
    return out


def progress_report(data: NetworkData, networks: Iterable[str], phase: str) -> ProgressReport:
    """km per network at `phase` against the plan's targets, and circle coverage."""
    networks = parse_networks(list(networks))
    check_phase(phase)
    figures = network_figures(data)
    rows = []
    for network in networks:
        fig = figures[network]
        km = fig["cumulative_km"][phase]
        target = fig["target_km"]
        phased = fig["phasing"].get(phase)
        rows.append(NetworkProgress(
            network=network, name_zh=fig["name_zh"], name_en=fig["name_en"], km_at_phase=km,
            km_all_phases=fig["km"], target_km=target,
            share_of_target=round(km / target, 4) if target else None,
            phase_target_km=phased["target_km"] if phased else None,
            phase_ok=phased["ok"] if phased else None))
    return ProgressReport(phase=phase, coverage_m=COVERAGE_M, networks=rows,
                          coverage=circle_coverage(data, networks, phase))
