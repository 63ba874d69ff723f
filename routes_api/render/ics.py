"""iCalendar (RFC 5545) export: one all-day event per day of the trip.

Each event's SUMMARY names the day and its route, LOCATION is the night's place (or the
last stop), DESCRIPTION lists the legs and visits in both languages. Text is escaped per
RFC 5545 3.3.11 and lines are folded at 75 octets without splitting a UTF-8 character.
"""

from __future__ import annotations

import datetime as dt

from routes_api.planners.models import Itinerary
from routes_api.render.common import day_route_names, duration, hhmm, mode_label


def _text(value: str) -> str:
    return (value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n"))


def _fold(line: str) -> str:
    out, cur, size = [], "", 0
    for ch in line:
        n = len(ch.encode("utf-8"))
        if size + n > (75 if not out else 74):
            out.append(cur)
            cur, size = "", 0
        cur += ch
        size += n
    out.append(cur)
    return "\r\n ".join(out)


def render_ics(itinerary: Itinerary, *, title: str | None = None,
               now: dt.datetime | None = None) -> str:
    """The itinerary as an iCalendar document (CRLF lines)."""
    stamp = (now or dt.datetime.now(dt.timezone.utc)).strftime("%Y%m%dT%H%M%SZ")
    uid_base = itinerary.id or f"{itinerary.kind}-{itinerary.ref or 'trip'}-{itinerary.start_date}"
    cal_name = title or f"{itinerary.title_zh} / {itinerary.title_en}"
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//routes-api//trip plan//ZH-EN",
             "CALSCALE:GREGORIAN", "METHOD:PUBLISH", f"X-WR-CALNAME:{_text(cal_name)}"]
    for day in itinerary.days:
        start = dt.date.fromisoformat(day.date)
        zh, en = day_route_names(day)
        desc: list[str] = []
        for leg in day.legs:
            mz, me = mode_label(leg.mode)
            desc.append(f"{hhmm(leg.depart_at)}-{hhmm(leg.arrive_at)} {mz} {me}: "
                        f"{leg.from_name_zh} → {leg.to_name_zh} / {leg.from_name_en} → {leg.to_name_en}"
                        f" ({leg.distance_km:.1f} km)")
        for visit in day.visits:
            desc.append(f"{hhmm(visit.arrive_at)} 游览 visit {visit.name_zh} {visit.name_en} ({duration(visit.dwell_min)})")
        if day.overnight:
            desc.append(f"住宿 Night: {day.overnight_name_zh or day.overnight} {day.overnight_name_en or ''}".strip())
        else:
            desc.append("行程结束 End of the trip")
        location = (f"{day.overnight_name_zh} {day.overnight_name_en}" if day.overnight
                    else (zh.split(" → ")[-1] + " " + en.split(" → ")[-1]))
        lines += [
            "BEGIN:VEVENT",
            f"UID:{_text(uid_base)}-day{day.day}@routes-api",
            f"DTSTAMP:{stamp}",
            f"DTSTART;VALUE=DATE:{start:%Y%m%d}",
            f"DTEND;VALUE=DATE:{start + dt.timedelta(days=1):%Y%m%d}",
            f"SUMMARY:{_text(f'第{day.day}天 Day {day.day}: {zh} / {en}')}",
            f"LOCATION:{_text(location)}",
            f"DESCRIPTION:{_text(chr(10).join(desc))}",
            "TRANSP:TRANSPARENT",
            "END:VEVENT",
        ]
    lines.append("END:VCALENDAR")
    return "\r\n".join(_fold(line) for line in lines) + "\r\n"
