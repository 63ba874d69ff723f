"""Bilingual plain-text summaries of routes and itineraries (for the CLI and logs)."""

from __future__ import annotations

from routes_api.planners.models import Itinerary, Leg, Route


def _leg_line(leg: Leg) -> str:
    times = f"{leg.depart_at[11:]}-{leg.arrive_at[11:]}  " if leg.depart_at and leg.arrive_at else ""
    wait = f" (+{leg.wait_min:.0f} min wait)" if leg.wait_min else ""
    return (f"  {times}{leg.mode:<16} {leg.distance_km:>6.1f} km {leg.duration_min:>5.0f} min{wait}\n"
            f"      {leg.instruction_zh}\n      {leg.instruction_en}")


def _totals(t) -> str:
    modes = ", ".join(f"{m} {km:.1f} km" for m, km in t.km_by_mode.items())
    return (f"  total 合计: {t.distance_km:.1f} km, {t.travel_min:.0f} min ({modes})\n"
            f"  CO2 {t.co2_g / 1000:.2f} kg; by car 驾车 {t.car_co2_g / 1000:.2f} kg; "
            f"saved 减排 {t.co2_saved_g / 1000:.2f} kg")


def route_text(route: Route) -> str:
    lines = [f"{route.from_place} -> {route.to_place} ({route.optimize}, phase {route.phase})"]
    lines += [_leg_line(leg) for leg in route.legs]
    lines.append(_totals(route.totals))
    lines += [f"  note: {n}" for n in route.notes]
    return "\n".join(lines)


def itinerary_text(it: Itinerary) -> str:
    lines = [f"{it.title_zh}\n{it.title_en}", f"  {it.theme_zh} / {it.theme_en}",
             f"  pace 节奏: {it.pace}; modes 方式: {', '.join(it.modes)}; phase {it.phase}"]
    for day in it.days:
        lines.append(f"\nDay {day.day} 第{day.day}天  {day.date}  ({day.travel_km:.1f} km, "
                     f"{day.travel_min:.0f} min travel, {day.active_km:.1f} km active)")
        # legs and visits in time order (a visit at the night's place comes before any leg)
        events = [(leg.depart_at or "", 1, _leg_line(leg)) for leg in day.legs]
        events += [(v.arrive_at, 0, f"  * {v.arrive_at[11:]} visit 游览 {v.name_zh} {v.name_en} ({v.dwell_min} min)")
                   for v in day.visits]
        lines += [text for _, _, text in sorted(events, key=lambda e: (e[0], e[1]))]
        if day.overnight:
            lines.append(f"  night 住宿: {day.overnight_name_zh} {day.overnight_name_en}")
    lines.append("")
    lines.append(_totals(it.totals))
    lines += [f"  warning 提示: {w}" for w in it.warnings]
    return "\n".join(lines)
