"""Planners on the real data: hand-checked facts and invariants over every circle and line."""

from __future__ import annotations

import datetime as dt

import pytest

from routes_api.planners.models import CircleTripRequest, LineTripRequest, RouteRequest
from routes_api.planners.circles import plan_circle
from routes_api.planners.itinerary import PACE_LIMITS
from routes_api.planners.lines import plan_line
from routes_api.core.errors import NoRoute
from routes_api.planners.routing import route_for_request
from routes_api.api.state import ServiceState
from tests.conftest import DATA_DIR

PACES = ("relaxed", "moderate", "active")


@pytest.fixture(scope="module")
def state(tmp_path_factory):
    return ServiceState.load(DATA_DIR, state_dir=tmp_path_factory.mktemp("state"))


def _route(state, origin, dest, **kw):
    req = RouteRequest(**{"from": origin, "to": dest, **kw})
    return route_for_request(state.graph(req.phase), state.data.corridors, req, state.context.layered, state.detail)


def test_hongqiao_to_suzhou_by_rail_under_45_min(state):
    route = _route(state, "shanghai-hongqiao-station", "suzhou-station", modes=["rail"])
    assert {leg.family for leg in route.legs} == {"rail"}
    assert route.totals.travel_min - route.totals.wait_min < 45
    assert sum(leg.duration_min for leg in route.legs) < 45


def test_putuoshan_needs_a_ferry(state):
    route = _route(state, "shanghai", "putuoshan")
    assert any(leg.family == "ferry" for leg in route.legs)
    with pytest.raises(NoRoute, match="ferry"):
        _route(state, "shanghai", "putuoshan", avoid=["ferry"])


def test_cycling_only_between_water_towns_uses_cycling_and_greenways(state):
    route = _route(state, "zhouzhuang", "tongli", modes=["bike"], phase="2050")
    assert route.legs
    for leg in route.legs:
        assert leg.network in ("cycling", "greenway"), leg


def test_greenest_emits_no_more_than_fastest(state):
    fast = _route(state, "shanghai", "wuzhen")
    green = _route(state, "shanghai", "wuzhen", optimize="greenest")
    assert green.totals.co2_g <= fast.totals.co2_g
    assert green.totals.travel_min <= fast.totals.travel_min * 1.5 + 30


def _check_itinerary(state, it, *, days: int):
    G = state.graph(it.phase)
    edge_keys = {k for _, _, k in G.edges(keys=True)}
    places = state.data.places
    assert len(it.days) == days
    assert it.totals.nights == days - 1
    for day in it.days:
        last = day.day == days
        if last:
            assert day.overnight is None
        else:
            assert places[day.overnight].lodging, day.overnight
        limits = PACE_LIMITS[it.pace]
        if day.travel_min > limits.travel_min:
            assert any(w.startswith(f"day {day.day}:") for w in it.warnings), (day.day, it.warnings)
        clock = None
        for leg in day.legs:
            for seg in leg.segments:
                assert seg == "transfer-walk" or seg in edge_keys, seg
            if clock and leg.depart_at:
                assert leg.depart_at >= clock
            if leg.arrive_at:
                clock = leg.arrive_at
            dep = dt.datetime.fromisoformat(leg.depart_at)
            arr = dt.datetime.fromisoformat(leg.arrive_at)
            assert abs((arr - dep).total_seconds() / 60 - leg.duration_min) <= 1
        # legs chain: each leg starts where the previous ended
        for a, b in zip(day.legs, day.legs[1:]):
            assert a.to_place == b.from_place
        if day.legs:
            assert day.legs[0].from_place == day.start_place
            end = day.overnight or it.days[-1].legs[-1].to_place
            assert day.legs[-1].to_place == end


@pytest.mark.parametrize("pace", PACES)
def test_every_circle_at_every_pace(state, pace):
    assert len(state.circles) == 10
    for circle in state.circles:
        it = plan_circle(CircleTripRequest(circle=circle, start_date="2026-05-01", pace=pace), state.context)
        _check_itinerary(state, it, days=3)


def test_every_line_at_every_day_count(state):
    assert len(state.lines) == 5
    for line in state.lines.values():
        for days in range(line.days_min, line.days_max + 1):
            it = plan_line(LineTripRequest(line=line.id, days=days, start_date="2026-05-01"), state.context)
            _check_itinerary(state, it, days=days)
            visited = {v.place for d in it.days for v in d.visits}
            missing = set(line.anchors) - visited
            assert not missing or any("required" in w for w in it.warnings), (line.id, days, missing)


def test_same_request_same_itinerary(state):
    req = LineTripRequest(line="around-taihu", days=8, start_date="2026-05-01")
    a = plan_line(req, state.context)
    b = plan_line(req, state.context)
    assert a == b


def test_tour_planners_and_benchmark_share_one_optimiser(state, monkeypatch):
    """The circle/line/custom planners and the OPHS benchmark call the very same solve()."""
    import routes_api.solvers.ophs_benchmark as bench
    import routes_api.planners.itinerary as itinerary
    import routes_api.solvers.ophs as orienteering

    assert itinerary.solve is orienteering.solve and bench.solve is orienteering.solve
    calls = []

    def recording(problem, **kwargs):
        calls.append(problem)
        return orienteering.solve(problem, **kwargs)

    monkeypatch.setattr(itinerary, "solve", recording)
    line = state.lines["around-taihu"]
    it = plan_line(LineTripRequest(line=line.id, days=line.days_min, start_date="2026-05-01"), state.context)
    assert len(calls) == 1 and isinstance(calls[0], orienteering.OPHSProblem)
    assert len(calls[0].budgets) == len(it.days)
    circle = plan_circle(CircleTripRequest(circle="zhoushan-archipelago", start_date="2026-05-01",
                                           interests=["beach"]), state.context)
    assert len(calls) == 2 and "orienteering" in circle.method
