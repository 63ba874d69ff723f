"""Shared helpers of the renderers: mode labels, times, place locations, day colours."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

from routes_api.planners.models import Itinerary
from routes_api.core.modes import MODES, family_of

LonLatT = tuple[float, float]

# One colour per day (cycled): distinct in print and for the common colour-vision deficiencies.
DAY_COLOURS = ("#d1495b", "#00798c", "#e09f3e", "#3d5a80", "#8d6cab", "#2a9d8f", "#9c6644")

FAMILY_LABELS: dict[str, tuple[str, str]] = {
    "rail": ("铁路", "rail"),
    "boat": ("游船", "boat"),
    "ferry": ("轮渡", "ferry"),
    "scenic_rail": ("观光轨道", "scenic rail"),
    "bike": ("骑行", "cycling"),
    "walk": ("步行", "walking"),
    "bus": ("公交/出租", "bus / taxi"),
    "access": ("接驳", "access"),
}

KIND_LABELS: dict[str, tuple[str, str]] = {
    "circle": ("旅游圈", "Tourism circle"),
    "line": ("精品线路", "Boutique line"),
    "custom": ("定制行程", "Custom trip"),
}

PACE_LABELS: dict[str, tuple[str, str]] = {
    "relaxed": ("悠闲", "relaxed"),
    "moderate": ("适中", "moderate"),
    "active": ("活力", "active"),
}

WEEKDAYS_ZH = ("周一", "周二", "周三", "周四", "周五", "周六", "周日")
WEEKDAYS_EN = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


def mode_label(mode: str) -> tuple[str, str]:
    """Chinese and English name of a travel mode (``hsr`` -> 高铁, high-speed rail)."""
    spec = MODES.get(mode)
    if spec is not None:
        return spec.name_zh, spec.name_en
    if mode in FAMILY_LABELS:
        return FAMILY_LABELS[mode]
    return mode, mode.replace("_", " ")


def mode_family(mode: str, family: str | None = None) -> str:
    """The family of a mode (the icon and line style key)."""
    if family and family in FAMILY_LABELS:
        return family
    try:
        return family_of(mode)
    except KeyError:
        return "bus" if mode == "taxi" else "walk"


def hhmm(iso: str | None) -> str:
    """``2026-05-01T09:05`` -> ``09:05`` ('' when absent)."""
    if not iso:
        return ""
    return iso[11:16] if len(iso) >= 16 and iso[10] in "T " else iso


def parse_local(iso: str | None) -> dt.datetime | None:
    """An ISO local date-time (Asia/Shanghai, no offset) as a naive datetime, or None."""
    if not iso:
        return None
    try:
        return dt.datetime.fromisoformat(iso)
    except ValueError:
        return None


def weekday(date_iso: str) -> tuple[str, str]:
    try:
        d = dt.date.fromisoformat(date_iso)
    except ValueError:
        return "", ""
    return WEEKDAYS_ZH[d.weekday()], WEEKDAYS_EN[d.weekday()]


def duration(minutes: float, lang: str = "en") -> str:
    """Minutes as ``2 h 05 min`` / ``2小时5分钟``."""
    m = int(round(minutes or 0))
    h, m = divmod(m, 60)
    if lang == "zh":
        return f"{h}小时{m}分钟" if h else f"{m}分钟"
    return f"{h} h {m:02d} min" if h else f"{m} min"


def km(value: float) -> str:
    return f"{value:.1f}" if value < 100 else f"{value:.0f}"


def place_locations(itinerary: Itinerary, known: Mapping[str, LonLatT] | None = None) -> dict[str, LonLatT]:
    """Where each place of the itinerary lies: `known` first, else the ends of the legs."""
    found: dict[str, LonLatT] = {}
    for day in itinerary.days:
        for leg in day.legs:
            coords = (leg.geometry or {}).get("coordinates") or []
            if len(coords) >= 2:
                found.setdefault(leg.from_place, (float(coords[0][0]), float(coords[0][1])))
                found.setdefault(leg.to_place, (float(coords[-1][0]), float(coords[-1][1])))
    if known:
        for pid in list(found) + [v.place for d in itinerary.days for v in d.visits] + [
            d.overnight for d in itinerary.days if d.overnight
        ] + [d.start_place for d in itinerary.days]:
            if pid in known:
                found[pid] = (float(known[pid][0]), float(known[pid][1]))
    return found


def leg_coords(leg) -> list[LonLatT]:
    coords = (leg.geometry or {}).get("coordinates") or []
    return [(float(c[0]), float(c[1])) for c in coords if len(c) >= 2]


def end_date(itinerary: Itinerary) -> str:
    return itinerary.days[-1].date if itinerary.days else itinerary.start_date


def day_route_names(day) -> tuple[str, str]:
    """``昆山 → 周庄`` / ``Kunshan → Zhouzhuang`` for a day (start to night or last stop)."""
    if day.legs:
        first, last = day.legs[0], day.legs[-1]
        zh_from, en_from = first.from_name_zh, first.from_name_en
        zh_to, en_to = last.to_name_zh, last.to_name_en
    else:
        zh_from = en_from = day.start_place
        zh_to, en_to = day.overnight_name_zh or zh_from, day.overnight_name_en or en_from
    if day.overnight_name_zh:
        zh_to, en_to = day.overnight_name_zh, day.overnight_name_en or en_to
    return f"{zh_from} → {zh_to}", f"{en_from} → {en_to}"
