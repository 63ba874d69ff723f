"""Plan progress figures: km per network and phase against the plan's targets, coverage of
the plan's elements, places per city and connected components.

Used by ``routes-api data check`` and ``GET /v1/networks``.
"""

from __future__ import annotations

from collections import Counter, defaultdict

import networkx as nx

from routes_api.core.vocabulary import CITIES, PHASES, PLAN_NETWORKS, phase_rank
from routes_api.data.load import NetworkData

# The plan's figures are "about"; a network passes within this share of its target.
TOLERANCE = 0.05
MIN_PLACES = 300


def _within(value: float, target: float | None) -> bool | None:
    if target is None:
        return None
    return abs(value - target) <= TOLERANCE * target


def network_figures(data: NetworkData) -> dict[str, dict]:
    """Per network: km by phase (added and cumulative), targets, sub-totals, counts.

    Returns
    -------
    dict
        ``{network: {"km", "target_km", "ok", "km_by_phase", "cumulative_km", "subtotals",
        "phasing", "corridors", "segments"}}``.
    """
    lengths = data.segment_km
    out: dict[str, dict] = {}
    for network in (*PLAN_NETWORKS, "connector"):
        segs = [s for s in data.segments if s.network == network]
        by_phase = {p: 0.0 for p in PHASES}
        for seg in segs:
            by_phase[seg.phase] += lengths[seg.id]
        cumulative, running = {}, 0.0
        for p in PHASES:
            running += by_phase[p]
            cumulative[p] = round(running, 1)
        total = sum(by_phase.values())
        spec = data.specs.get(network)
        target = spec.target_km if spec else None
        entry = {
            "name_zh": spec.name_zh if spec else network,
            "name_en": spec.name_en if spec else network,
            "km": round(total, 1),
            "target_km": target,
            "ok": _within(total, target),
            "km_by_phase": {p: round(v, 1) for p, v in by_phase.items()},
            "cumulative_km": cumulative,
            "corridors": len({s.corridor for s in segs}),
            "segments": len(segs),
            "subtotals": {},
            "phasing": {},
        }
        if spec and spec.subtotals:
            for sub_id, sub in spec.subtotals.items():
                km = sum(lengths[s.id] for s in segs if _subtotal_of(data, s) == sub_id)
                entry["subtotals"][sub_id] = {
                    "name_zh": sub.get("name_zh"),
                    "name_en": sub.get("name_en"),
                    "km": round(km, 1),
                    "target_km": sub.get("target_km"),
                    "ok": _within(km, sub.get("target_km")),
                }
        if spec and spec.phasing:
            for year, target_km in spec.phasing.items():
                km = cumulative[year]
                entry["phasing"][year] = {"km": km, "target_km": target_km, "ok": _within(km, target_km)}
        out[network] = entry
    return out


def _subtotal_of(data: NetworkData, seg) -> str | None:
    if seg.network == "water":
        return {"river": "inland", "lake": "lake"}[seg.water_kind]
    if seg.network == "greenway":
        return f"level-{seg.level}"
    return data.corridors[seg.corridor].subtotal


def element_coverage(data: NetworkData) -> dict:
    """Which plan network elements appear as a corridor (or in ``also``) of some segment."""
    plan_ids = [c.id for c in data.corridors.values() if c.network in PLAN_NETWORKS]
    used = set()
    for seg in data.segments:
        used.add(seg.corridor)
        used.update(seg.also)
    missing = [cid for cid in plan_ids if cid not in used]
    return {"covered": len(plan_ids) - len(missing), "total": len(plan_ids), "missing": missing}


def places_per_city(data: NetworkData) -> dict[str, int]:
    counts = Counter(p.city for p in data.places.values())
    return {city: counts.get(city, 0) for city in CITIES}


def components(data: NetworkData, phase: str = "2050") -> dict[str, dict]:
    """Weakly connected components of each network alone (places it touches only)."""
    limit = phase_rank(phase)
    out = {}
    for network in (*PLAN_NETWORKS, "connector"):
        G = nx.MultiGraph()
        for seg in data.segments:
            if seg.network == network and phase_rank(seg.phase) <= limit:
                G.add_edge(seg.from_, seg.to)
        comps = sorted((len(c) for c in nx.connected_components(G)), reverse=True)
        out[network] = {"count": len(comps), "largest_places": comps[0] if comps else 0}
    return out


def check_report(data: NetworkData) -> dict:
    """The full ``data check`` report, with ``ok`` and the list of failed rules."""
    networks = network_figures(data)
    coverage = element_coverage(data)
    failures: list[str] = []
    for name, net in networks.items():
        if net["ok"] is False:
            failures.append(f"{name}: {net['km']} km is not within ±5% of {net['target_km']} km")
        for sub_id, sub in net["subtotals"].items():
            if sub["ok"] is False:
                failures.append(
                    f"{name}/{sub_id}: {sub['km']} km is not within ±5% of {sub['target_km']} km"
                )
        for year, ph in net["phasing"].items():
            if ph["ok"] is False:
                failures.append(
                    f"{name} by {year}: {ph['km']} km is not within ±5% of {ph['target_km']} km"
                )
    if coverage["missing"]:
        failures.append(f"plan elements missing: {', '.join(coverage['missing'])}")
    if len(data.places) < MIN_PLACES:
        failures.append(f"only {len(data.places)} places (at least {MIN_PLACES} wanted)")
    per_city = places_per_city(data)
    empty = [c for c, n in per_city.items() if n == 0]
    if empty:
        failures.append(f"cities without places: {', '.join(empty)}")
    kinds = defaultdict(int)
    for place in data.places.values():
        kinds[place.kind] += 1
    return {
        "ok": not failures,
        "failures": failures,
        "fingerprint": data.fingerprint,
        "networks": networks,
        "elements": coverage,
        "places": {
            "total": len(data.places),
            "lodging": sum(p.lodging for p in data.places.values()),
            "per_city": per_city,
            "per_kind": dict(sorted(kinds.items())),
        },
        "components": components(data),
    }


def format_report(report: dict) -> str:
    """Render :func:`check_report` as a readable table."""
    lines = ["Network        km by phase (cumulative)                     total    target  ok"]
    for name, net in report["networks"].items():
        cum = "  ".join(f"{p}:{net['cumulative_km'][p]:>7.1f}" for p in PHASES)
        target = f"{net['target_km']:>7.0f}" if net["target_km"] else "      -"
        ok = {True: "yes", False: "NO", None: "-"}[net["ok"]]
        lines.append(f"{name:<13}  {cum}  {net['km']:>7.1f}  {target}  {ok}")
        for sub_id, sub in net["subtotals"].items():
            ok = {True: "yes", False: "NO", None: "-"}[sub["ok"]]
            lines.append(f"  {sub_id:<11}  {'':<53}  {sub['km']:>7.1f}  {sub['target_km']:>7.0f}  {ok}")
        for year, ph in net["phasing"].items():
            ok = {True: "yes", False: "NO", None: "-"}[ph["ok"]]
            lines.append(f"  by {year:<8}  {'':<53}  {ph['km']:>7.1f}  {ph['target_km']:>7.0f}  {ok}")
    el = report["elements"]
    lines.append("")
    lines.append(f"Plan elements covered: {el['covered']} of {el['total']}")
    if el["missing"]:
        lines.append(f"  missing: {', '.join(el['missing'])}")
    pl = report["places"]
    lines.append(f"Places: {pl['total']} ({pl['lodging']} with lodging)")
    lines.append("  " + "  ".join(f"{c}:{n}" for c, n in pl["per_city"].items()))
    lines.append("Connected components per network (2050):")
    lines.append(
        "  " + "  ".join(f"{n}:{c['count']}" for n, c in report["components"].items())
    )
    lines.append("")
    if report["ok"]:
        lines.append("data check passed")
    else:
        lines.append("data check FAILED:")
        lines.extend(f"  - {f}" for f in report["failures"])
    return "\n".join(lines)
