"""Parameters of a gap analysis: defaults, limits and their checks."""

from __future__ import annotations

import math
from typing import Callable, Iterable, Literal


from routes_api.core.geo import EARTH_RADIUS_M
from routes_api.core.vocabulary import NETWORKS, PHASES, PLAN_NETWORKS


DEFAULT_MAX_GAP_KM = 5.0
MAX_GAP_KM_LIMIT = 50.0
DEFAULT_LIMIT = 20
LIMIT_MAX = 500
DEFAULT_WALK_M = 800.0
COVERAGE_M = 1_000.0
SNAP_M = 1_000.0
END_FOOT_M = 100.0
HUB = "shanghai"
INTERMODAL_KINDS = ("pier", "ferry_terminal", "rail_station")
ACTIVE_NETWORKS = ("cycling", "greenway")
GREEN_CONNECTOR_MODES = ("rail", "ferry")
NON_GREEN_CONNECTOR_KINDS = ("bus", "taxi")
PLACE_KM = 2.0
CIRCLE_KM = 10.0
LENGTH_OFFSET_KM = 0.5
_LAT0 = 30.85
_KX = EARTH_RADIUS_M * math.cos(math.radians(_LAT0)) * math.pi / 180
_KY = EARTH_RADIUS_M * math.pi / 180

GapKind = Literal["endpoint-endpoint", "endpoint-segment"]
Progress = Callable[[Iterable], Iterable]


def parse_networks(text: str | Iterable[str] | None) -> tuple[str, ...]:
    """Parse ``cycling,greenway`` into a tuple of network names in canonical order.

    Raises
    ------
    ValueError
        Naming the unknown networks and the valid ones.
    """
    if text is None:
        items = list(PLAN_NETWORKS)
    elif isinstance(text, str):
        items = [t.strip() for t in text.split(",") if t.strip()]
    else:
        items = [str(t).strip() for t in text]
    if not items:
        raise ValueError(f"networks is empty: give one or more of {', '.join(NETWORKS)}")
    unknown = sorted(set(items) - set(NETWORKS))
    if unknown:
        raise ValueError(f"unknown network {', '.join(unknown)}: use one or more of {', '.join(NETWORKS)}")
    return tuple(n for n in NETWORKS if n in items)


def check_phase(phase: str) -> str:
    """Return `phase` or raise ValueError naming the valid phases."""
    if phase not in PHASES:
        raise ValueError(f"unknown phase {phase!r}: use one of {', '.join(PHASES)}")
    return phase


def check_number(name: str, value: float, low: float, high: float) -> float:
    """Return `value` if finite and in (low, high]; else ValueError saying what to give."""
    if not isinstance(value, (int, float)) or not math.isfinite(value) or not low < value <= high:
        raise ValueError(f"{name} must be a finite number above {low:g} and at most {high:g}, got {value!r}")
    return float(value)
