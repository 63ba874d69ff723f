"""Multi-day itineraries: the shared core of the circle, line and custom planners.

Choosing which places a trip visits, in what order and where it sleeps each night, under a
daily time budget, is an Orienteering Problem with Hotel Selection (OPHS). This module turns a
:class:`TourSpec` into an :class:`~routes_api.solvers.ophs.OPHSProblem` and hands it
to the one optimiser the project has (``routes_api.solvers.ophs.solve``, measured on
the public OPHS benchmark), then realises the chosen tour as legs on the multimodal graph:

1. **Candidates and hotels.** Candidate stops are places with a visit time, scored by kind,
   by the request's interests (themes) and by membership of the circle or line; required
   stops (must-visit places, the places the plan names for a boutique line) are marked
   required. Hotels are places with ``lodging``. A place that is both (Wuzhen, Tongli...) is
   entered twice: as a hotel and as a stop, joined at zero cost.
2. **Costs.** Door-to-door fastest minutes on the mode-layered graph for the request's pace
   and allowed modes (transfers and waits included), from one Dijkstra per candidate, cached
   per source so later requests reuse them. A stop's dwell time is the OPHS service time.
3. **Budgets.** One per day: the pace's day length (see :data:`PACE_LIMITS`).
4. **Solve** deterministically (the seed is a hash of the request).
5. **Realise** each day: route every hop with the ``scenic`` objective (plan networks first,
   bounded detour), falling back to ``fastest`` when a day would overrun; check the pace's
   travel-time and cycling/walking limits and say in ``warnings`` where one had to give.

Curated tours (``itineraries/``) skip steps 1-4: their stops and nights are kept as written
and only realised.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import numpy as np

from routes_api.planners.models import Day, Itinerary, ItineraryTotals, Leg, Visit
from routes_api.core.modes import MODES
from routes_api.solvers.ophs import OPHSProblem, solve
from routes_api.core.errors import NoRoute
from routes_api.network.detail import DetailSet
from routes_api.planners.legs import detail_legs
from routes_api.planners.routing import route_legs, totals_of

if TYPE_CHECKING:
    from routes_api.planners.context import PlannerContext


@dataclass(frozen=True)
class PaceLimits:
    """What one day may hold at a pace."""

    day_min: int  # travel + visits between leaving and reaching lodging
    travel_min: int  # time on the move (waits included)
    bike_km: float
    walk_km: float
    start: str  # HH:MM the day starts


# Day lengths follow common tour-operator practice (a relaxed day of ~8 h out, an active one
# of ~12 h); cycling limits are leisure-rider day distances (25 / 45 / 80 km), walking limits
# comfortable sightseeing walks (8 / 12 / 18 km) on top of the walking inside each visit.
PACE_LIMITS: dict[str, PaceLimits] = {
    "relaxed": PaceLimits(day_min=8 * 60, travel_min=4 * 60, bike_km=25, walk_km=8, start="09:00"),
    "moderate": PaceLimits(day_min=10 * 60, travel_min=5 * 60, bike_km=45, walk_km=12, start="08:30"),
    "active": PaceLimits(day_min=12 * 60, travel_min=6 * 60 + 30, bike_km=80, walk_km=18, start="08:00"),
}

TOUR_DETOUR = (2.0, 45.0)
TOUR_DISCOUNTS = (0.35, 0.5, 0.7, 0.85)

KIND_SCORE = {
    "scenic_area": 10,
    "heritage_site": 10,
    "water_town": 9,
    "island_town": 7,
    "village": 5,
    "city_center": 6,
    "county_seat": 3,
    "town": 3,
}


@dataclass
class TourSpec:
    """What a planner asks the core for."""

    kind: str
    ref: str | None
    title_zh: str
    title_en: str
    start: str
    end: str
    days: int
    start_date: dt.date
    pace: str
    families: frozenset[str]
    phase: str
    candidates: list[str] = field(default_factory=list)
    hotels: list[str] = field(default_factory=list)
    required: set[str] = field(default_factory=set)
    interests: set[str] = field(default_factory=set)
    member_bonus: set[str] = field(default_factory=set)
    fixed_days: list[dict] | None = None  # curated: [{"stops": [...], "overnight": id|None}]
    theme_zh: str = ""
    theme_en: str = ""
    summary_zh: str = ""
    summary_en: str = ""


def place_score(place, spec: TourSpec) -> float:
    """Score of a candidate stop: kind, interests matched, membership of the circle/line."""
    score = float(KIND_SCORE.get(place.kind, 2))
    matched = spec.interests & set(place.themes)
    score *= 1 + len(matched)
    if place.id in spec.member_bonus:
        score *= 3.0  # the curated tour's stops and a line's named places come first
    return score


class MatrixCache:
    """Fastest door-to-door minutes between places, per layered graph.

    The layered graph is compiled once (``routes_api.network.compiled.CompiledGraph``: CSR
    arrays, scipy Dijkstra below 2,000 nodes, pyroutingkit CCH above) and kept, so a matrix
    between candidate stops costs one batched query instead of one networkx Dijkstra per row
    (about 20x faster on the plan graph, measured in benchmarks/planners.py).
    """

    def __init__(self):
        self._compiled: dict[int, object] = {}

    def compiled(self, layered):
        from routes_api.network.compiled import CompiledGraph

        key = id(layered.graph)
        if key not in self._compiled:
            self._compiled[key] = CompiledGraph.from_networkx(layered.graph, weight="minutes")
        return self._compiled[key]

    def row(self, layered, source) -> dict:
        """Minutes from `source` to every place it reaches (place node -> minutes)."""
        cg = self.compiled(layered)
        hubs = [n for n in layered.base.nodes]
        values = cg.matrix([(source, None)], [(n, None) for n in hubs])[0]
        return {n: float(m) for n, m in zip(hubs, values) if np.isfinite(m)}

    def matrix(self, layered, nodes) -> np.ndarray:
        hubs = [(n, None) for n in nodes]
        return np.asarray(self.compiled(layered).matrix(hubs, hubs), dtype=float)


def _seed(spec: TourSpec) -> int:
    text = repr((spec.kind, spec.ref, spec.start, spec.end, spec.days, spec.pace,
                 sorted(spec.families), spec.phase, sorted(spec.interests), sorted(spec.required)))
    return int.from_bytes(hashlib.blake2b(text.encode(), digest_size=4).digest(), "big")


def choose_tour(spec: TourSpec, places: dict, layered, matrices: MatrixCache) -> tuple[list[dict], list[str]]:
    """Solve the OPHS for `spec`: returns days as ``{"stops", "overnight"}`` and warnings."""
    G = layered.base
    node_of = G.graph["node_of"]
    limits = PACE_LIMITS[spec.pace]
    start_row = matrices.row(layered, node_of[spec.start])
    reachable = lambda pid: node_of[pid] in start_row  # noqa: E731
    warnings: list[str] = []
    hotels = [h for h in dict.fromkeys(spec.hotels) if h in places and reachable(h)]
    stops = [s for s in dict.fromkeys(spec.candidates) if s in places and places[s].visit_min > 0]
    unreachable = [s for s in stops if not reachable(s)]
    blocked = [s for s in unreachable if s in spec.required]
    if blocked:
        warnings.append("required places not reachable with the chosen modes and phase: " + ", ".join(blocked))
    others = [s for s in unreachable if s not in spec.required and s in spec.member_bonus]
    if others:
        warnings.append("not reachable with the chosen modes and phase, left out: " + ", ".join(others[:10]))
    stops = [s for s in stops if reachable(s)]
    # index layout: 0 = start, 1 = end (own copies, so that a hub without lodging can never
    # be a night: nothing may arrive at the start, nothing may leave the end), then the
    # lodging places, then the stops (a lodging stop is entered twice, joined at zero cost)
    hotel_ids = [spec.start, spec.end, *hotels]
    stop_ids = list(stops)
    ids = hotel_ids + stop_ids
    nodes = [node_of[i] for i in ids]
    cost = matrices.matrix(layered, nodes)
    big = 10 * limits.day_min
    cost = np.where(np.isfinite(cost), cost, big)
    cost[:, 0] = big
    cost[1, :] = big
    np.fill_diagonal(cost, 0.0)
    n_h = len(hotel_ids)
    score = np.zeros(len(ids))
    service = np.zeros(len(ids))
    for k, pid in enumerate(stop_ids):
        score[n_h + k] = place_score(places[pid], spec)
        service[n_h + k] = places[pid].visit_min
    required = frozenset(n_h + k for k, pid in enumerate(stop_ids) if pid in spec.required)
    problem = OPHSProblem(
        cost=cost,
        score=score,
        hotels=tuple(range(n_h)),
        start=0,
        end=1,
        budgets=tuple(float(limits.day_min) for _ in range(spec.days)),
        vertices=tuple(range(n_h, len(ids))),
        service=service,
        required=required,
    )
    try:
        solution = solve(problem, seed=_seed(spec))
    except ValueError as exc:
        raise NoRoute(f"no lodging sequence fits {spec.days} days at {spec.pace} pace: {exc}") from None
    days = []
    for d, trip in enumerate(solution.trips):
        overnight = ids[trip[-1]] if d < len(solution.trips) - 1 else None
        days.append({"stops": [ids[i] for i in trip[1:-1]], "overnight": overnight})
    missed = [pid for pid in spec.required if pid in stop_ids and not any(pid in day["stops"] for day in days)]
    if missed:
        warnings.append("required places that did not fit the daily budgets: " + ", ".join(sorted(missed)))
    return days, warnings


def _parse_hhmm(date: dt.date, hhmm: str) -> dt.datetime:
    h, m = map(int, hhmm.split(":"))
    return dt.datetime.combine(date, dt.time(h, m))


def _route_legs(layered, a: str, b: str, corridors, clock, objective, detail: DetailSet | None) -> list[Leg]:
    node_of = layered.base.graph["node_of"]
    # a tour is travelled for pleasure: boats, scenic trains, rides and greenways are worth a
    # longer way round than on a plain A-to-B route
    options = {"detour": TOUR_DETOUR, "discounts": TOUR_DISCOUNTS} if objective == "scenic" else {}
    legs = route_legs(layered, node_of[a], node_of[b], corridors, clock, objective, **options)
    if legs is None:
        raise NoRoute(f"no route from {a} to {b} with modes {sorted(layered.families)}")
    return detail_legs(legs, detail)


def realise(spec: TourSpec, days_plan: list[dict], places: dict, corridors: dict, layered,
            warnings: list[str], method: str, detail: DetailSet | None = None) -> Itinerary:
    """Route every hop of a chosen tour and assemble the :class:`Itinerary`."""
    limits = PACE_LIMITS[spec.pace]
    days: list[Day] = []
    here = spec.start
    all_legs: list[Leg] = []
    for index, plan in enumerate(days_plan):
        date = spec.start_date + dt.timedelta(days=index)
        last = index == len(days_plan) - 1
        target = spec.end if last else plan["overnight"]
        day = None
        for objective in ("scenic", "fastest"):
            day = _realise_day(spec, index, date, here, plan["stops"], target, places, corridors,
                               layered, objective, limits, detail)
            if day.travel_min <= limits.travel_min and _minutes_between(date, limits.start, day.day_end_at) <= limits.day_min:
                break
        day_warnings = _day_warnings(day, limits, spec.pace)
        warnings.extend(day_warnings)
        days.append(day.model_copy(update={"overnight": None if last else target,
                                           "overnight_name_zh": None if last else places[target].name_zh,
                                           "overnight_name_en": None if last else places[target].name_en}))
        all_legs.extend(day.legs)
        here = target
    base_totals = totals_of(all_legs)
    totals = ItineraryTotals(**base_totals.model_dump(), days=len(days), nights=len(days) - 1,
                             visits=sum(len(d.visits) for d in days))
    return Itinerary(
        kind=spec.kind,
        ref=spec.ref,
        title_zh=spec.title_zh,
        title_en=spec.title_en,
        theme_zh=spec.theme_zh,
        theme_en=spec.theme_en,
        summary_zh=spec.summary_zh,
        summary_en=spec.summary_en,
        start_date=spec.start_date.isoformat(),
        pace=spec.pace,
        modes=sorted(spec.families),
        phase=spec.phase,
        days=days,
        totals=totals,
        warnings=warnings,
        method=method,
    )


def _minutes_between(date: dt.date, hhmm: str, iso_end: str) -> float:
    return (dt.datetime.fromisoformat(iso_end) - _parse_hhmm(date, hhmm)).total_seconds() / 60


def _realise_day(spec, index, date, here, stops, target, places, corridors, layered, objective, limits,
                 detail) -> Day:
    clock = _parse_hhmm(date, limits.start)
    legs: list[Leg] = []
    visits: list[Visit] = []
    cursor = here
    for stop in stops:
        hop = _route_legs(layered, cursor, stop, corridors, clock, objective, detail)
        legs.extend(hop)
        clock += dt.timedelta(minutes=sum(leg.wait_min + leg.duration_min for leg in hop))
        place = places[stop]
        visits.append(Visit(place=stop, name_zh=place.name_zh, name_en=place.name_en,
                            arrive_at=clock.isoformat(timespec="minutes"), dwell_min=place.visit_min,
                            desc_zh=place.desc_zh, desc_en=place.desc_en))
        clock += dt.timedelta(minutes=place.visit_min)
        cursor = stop
    hop = _route_legs(layered, cursor, target, corridors, clock, objective, detail)
    legs.extend(hop)
    clock += dt.timedelta(minutes=sum(leg.wait_min + leg.duration_min for leg in hop))
    return Day(
        day=index + 1,
        date=date.isoformat(),
        start_place=here,
        legs=legs,
        visits=visits,
        overnight=None,
        travel_km=round(sum(leg.distance_km for leg in legs), 2),
        travel_min=round(sum(leg.duration_min + leg.wait_min for leg in legs), 1),
        active_km=round(sum(leg.distance_km for leg in legs if MODES[leg.mode].active), 2),
        day_end_at=clock.isoformat(timespec="minutes"),
    )


def _day_warnings(day: Day, limits: PaceLimits, pace: str) -> list[str]:
    out = []
    if day.travel_min > limits.travel_min:
        out.append(
            f"day {day.day}: {day.travel_min:.0f} min of travel is over the {pace} limit of "
            f"{limits.travel_min} min"
        )
    bike = sum(leg.distance_km for leg in day.legs if leg.mode == "bike")
    walk = sum(leg.distance_km for leg in day.legs if leg.mode == "walk")
    if bike > limits.bike_km:
        out.append(f"day {day.day}: {bike:.0f} km of cycling is over the {pace} limit of {limits.bike_km:.0f} km")
    if walk > limits.walk_km:
        out.append(f"day {day.day}: {walk:.0f} km of walking is over the {pace} limit of {limits.walk_km:.0f} km")
    start = day.date + "T" + limits.start
    length = (dt.datetime.fromisoformat(day.day_end_at) - dt.datetime.fromisoformat(start)).total_seconds() / 60
    if length > limits.day_min + 1:
        out.append(f"day {day.day}: ends at {day.day_end_at[11:]}, {length - limits.day_min:.0f} min over the {pace} day")
    return out


def plan_tour(spec: TourSpec, context: PlannerContext) -> Itinerary:
    """Choose (or take the curated) stops and nights for `spec` and realise them."""
    places, corridors, matrices = context.places, context.corridors, context.matrices
    layered = context.layered(context.graph(spec.phase), spec.pace, spec.families)
    if spec.fixed_days is not None:
        days_plan, warnings = spec.fixed_days, []
        method = "curated tour from itineraries/ (stops and nights as written), legs routed on the plan networks"
    else:
        days_plan, warnings = choose_tour(spec, places, layered, matrices)
        method = ("orienteering with hotel selection (routes_api.solvers.ophs): hotel "
                  "sequences first, then insert/drop/replace/2-opt per day; legs routed scenic-first")
    return realise(spec, days_plan, places, corridors, layered, warnings, method, context.detail)
