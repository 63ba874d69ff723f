"""The headline and the whole analysis together."""

from __future__ import annotations

from typing import Iterable


from routes_api.data.load import NetworkData
from routes_api.analysis.gaps.candidates import gap_report
from routes_api.analysis.gaps.components import connectivity_report, select_segments, split_components
from routes_api.analysis.gaps.intermodal import intermodal_report
from routes_api.analysis.gaps.models import ConnectivityReport, ConnectivitySummary, GapAnalysis, GapReport, Headline, IntermodalReport
from routes_api.analysis.gaps.params import DEFAULT_LIMIT, DEFAULT_MAX_GAP_KM, DEFAULT_WALK_M, Progress, check_phase, parse_networks
from routes_api.analysis.gaps.progress import progress_report


def headline(conn: ConnectivityReport, inter: IntermodalReport, gaps: GapReport | None = None) -> Headline:
    """The few numbers a what-if compares."""
    return Headline(
        components=conn.count, largest_share=conn.largest_share, total_km=conn.total_km,
        candidates_found=gaps.candidates_found if gaps else None,
        station_gaps=len(inter.station_gaps),
        unreached_core_places=sum(len(c.unreached) for c in inter.circles),
        circles_fully_reached=sum(not c.unreached for c in inter.circles))


def connectivity_summary(data: NetworkData, networks: Iterable[str], phase: str,
                         walk_m: float = DEFAULT_WALK_M) -> ConnectivitySummary:
    """Components, intermodal gaps and plan progress (``GET /v1/connectivity``)."""
    networks = parse_networks(list(networks))
    conn = connectivity_report(data, networks, phase)
    inter = intermodal_report(data, phase, walk_m)
    return ConnectivitySummary(headline=headline(conn, inter), connectivity=conn, intermodal=inter,
                               progress=progress_report(data, networks, phase))


def gap_analysis(data: NetworkData, networks: Iterable[str], phase: str,
                 max_gap_km: float = DEFAULT_MAX_GAP_KM, limit: int = DEFAULT_LIMIT,
                 walk_m: float = DEFAULT_WALK_M, progress: Progress | None = None) -> GapAnalysis:
    """All four analyses of one selection."""
    networks = parse_networks(list(networks))
    check_phase(phase)
    parts = split_components(data, select_segments(data, networks, phase))
    conn = connectivity_report(data, networks, phase, parts)
    gaps = gap_report(data, networks, phase, max_gap_km, limit, parts, progress)
    inter = intermodal_report(data, phase, walk_m)
    return GapAnalysis(headline=headline(conn, inter, gaps), connectivity=conn, gaps=gaps,
                       intermodal=inter, progress=progress_report(data, networks, phase))
