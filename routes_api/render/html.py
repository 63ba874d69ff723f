"""The printable trip plan: one self-contained HTML page laid out for A4.

Everything the page needs is inside it: styles, the SVG map and icons, and the CJK font as a
subset (``routes_api.render.fonts``). A Content-Security-Policy ``<meta>`` forbids any
request and any script, so even a mistake in escaping could not load or run anything.
Every text that comes from the plan or from the request (title, note) is escaped with
``html.escape``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from html import escape, unescape

from routes_api.planners.models import Itinerary
from routes_api.render import svg as svgmod
from routes_api.render.common import (
    DAY_COLOURS,
    KIND_LABELS,
    PACE_LABELS,
    LonLatT,
    day_route_names,
    duration,
    end_date,
    hhmm,
    km,
    mode_family,
    mode_label,
    weekday,
)
from routes_api.render.fonts import FAMILY, font_face_css

LANGS = ("zh", "en", "both")
CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:; base-uri 'none'; form-action 'none'"

CSS = """
@page { size: A4; margin: 13mm 12mm 14mm 12mm; }
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; color: #1b1b1b; font-family: %(family)s, 'Noto Sans CJK SC', 'Noto Sans SC', 'Source Han Sans SC',
       'PingFang SC', 'Microsoft YaHei', sans-serif; font-size: 10pt; line-height: 1.45; background: #e9ecef; }
.sheet { width: 210mm; margin: 0 auto; background: #fff; padding: 13mm 12mm; }
@media screen { .sheet { margin: 8mm auto; box-shadow: 0 1px 6px rgba(0,0,0,.2); } }
@media print { body { background: #fff; } .sheet { width: auto; margin: 0; padding: 0; box-shadow: none; } }
h1 { font-size: 20pt; line-height: 1.25; margin: 0 0 2mm; }
h1 .en, h2 .en { display: block; font-size: .72em; font-weight: 600; color: #444; }
h2 { font-size: 14pt; margin: 0 0 2mm; padding-bottom: 1mm; border-bottom: 2.5pt solid var(--day, #333); }
h3 { font-size: 11pt; margin: 4mm 0 1.5mm; }
.kicker { text-transform: uppercase; letter-spacing: .06em; font-size: 8.5pt; color: #00798c; font-weight: 700; margin-bottom: 1mm; }
.meta { color: #444; margin: 0 0 3mm; }
.meta > span + span::before { content: " · "; color: #999; }
.note { border-left: 3pt solid #e09f3e; background: #fff8ec; padding: 2mm 3mm; margin: 3mm 0; white-space: pre-wrap; overflow-wrap: anywhere; }
.bi { display: grid; grid-template-columns: 1fr 1fr; gap: 0 6mm; }
.bi > * { margin: 0; }
.lang-zh .bi, .lang-en .bi { display: block; }
.muted { color: #666; }
.small { font-size: 8.5pt; }
.totals { display: grid; grid-template-columns: 1fr 1fr 1fr; gap: 3mm; margin: 3mm 0; }
.stat { border: .6pt solid #cfd8df; border-radius: 2mm; padding: 2.5mm 3mm; break-inside: avoid; }
.stat .v { font-size: 15pt; font-weight: 700; line-height: 1.2; }
.stat .l { font-size: 8.5pt; color: #555; }
.stat.green { border-color: #66a182; background: #f1f8f3; }
table { border-collapse: collapse; width: 100%%; }
.modes td { padding: .8mm 1.5mm; border-bottom: .5pt solid #e3e7ea; vertical-align: middle; }
.modes td.num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
.bar { height: 2.2mm; background: #00798c; border-radius: 1mm; min-width: .6mm; }
.icon { width: 4.2mm; height: 4.2mm; vertical-align: -0.9mm; color: #333; flex: none; }
.map { margin: 2mm 0 0; break-inside: avoid; }
.map h3 { margin-top: 2mm; }
.map svg { width: 100%%; height: auto; max-height: 108mm; display: block; margin: 0 auto; }
.day { margin-top: 7mm; }
.day-1 { break-before: page; margin-top: 0; }
.day-head { break-after: avoid; }
.night { break-before: avoid; }
.day-head { display: flex; justify-content: space-between; align-items: baseline; gap: 4mm; }
.day-stats { color: #444; font-size: 9pt; white-space: nowrap; }
.timeline { width: 100%%; }
.timeline td { padding: 1.6mm 1.5mm; vertical-align: top; border-bottom: .5pt solid #e3e7ea; }
.timeline tr { break-inside: avoid; }
.timeline td.t { width: 22mm; white-space: nowrap; font-variant-numeric: tabular-nums; font-weight: 700; }
.timeline td.k { width: 8mm; text-align: center; }
.timeline td.d { width: 24mm; text-align: right; white-space: nowrap; color: #333; font-variant-numeric: tabular-nums; }
.timeline tr.visit td { background: #f6f9fb; }
.timeline .what { font-weight: 700; }
.timeline .instr { font-size: 8.8pt; color: #333; }
.badge { display: inline-block; font-size: 8pt; padding: 0 1.6mm; border-radius: 1.5mm; background: #eef2f5; color: #333; margin-left: 1mm; white-space: nowrap; }
.num-dot { display: inline-flex; align-items: center; justify-content: center; width: 5mm; height: 5mm; border-radius: 50%%;
           color: #fff; font-size: 8pt; font-weight: 700; }
.night { margin-top: 3mm; padding: 2.5mm 3mm; border-radius: 2mm; background: #1f2a44; color: #fff; break-inside: avoid; display: flex; gap: 2mm; align-items: center; }
.night .icon { color: #ffd166; }
.warnings { font-size: 8.5pt; color: #7a4b00; }
footer { margin-top: 6mm; font-size: 8pt; color: #777; border-top: .5pt solid #ddd; padding-top: 2mm; }
"""


def _t(zh: str, en: str, lang: str, sep: str = " ") -> str:
    """A label in the chosen language(s), escaped."""
    if lang == "zh":
        return f'<span lang="zh-CN">{escape(zh)}</span>'
    if lang == "en":
        return f'<span lang="en">{escape(en)}</span>'
    return f'<span lang="zh-CN">{escape(zh)}</span>{sep}<span class="en" lang="en">{escape(en)}</span>'


def _pair(zh: str, en: str, lang: str, tag: str = "p", cls: str = "") -> str:
    """Chinese and English side by side (two columns), or the one language."""
    zh, en = zh or "", en or ""
    if not zh and not en:
        return ""
    c = f' class="{cls}"' if cls else ""
    if lang == "zh":
        return f'<{tag}{c} lang="zh-CN">{escape(zh or en)}</{tag}>'
    if lang == "en":
        return f'<{tag}{c} lang="en">{escape(en or zh)}</{tag}>'
    return (f'<div class="bi{(" " + cls) if cls else ""}"><{tag} lang="zh-CN">{escape(zh)}</{tag}>'
            f'<{tag} lang="en">{escape(en)}</{tag}></div>')


def _cover(it: Itinerary, lang: str, title: str | None, note: str | None, map_svg: str) -> str:
    kind_zh, kind_en = KIND_LABELS.get(it.kind, (it.kind, it.kind))
    pace_zh, pace_en = PACE_LABELS.get(it.pace, (it.pace, it.pace))
    t = it.totals
    nights = t.nights
    out = ['<section class="cover">']
    out.append(f'<div class="kicker">{_t(kind_zh, kind_en, lang, " · ")}'
               + (f' · {escape(it.ref)}' if it.ref else "") + "</div>")
    if title:
        out.append(f'<h1>{escape(title)}<span class="en">{_t(it.title_zh, it.title_en, lang, " · ")}</span></h1>')
    elif lang == "both":
        out.append(f'<h1><span lang="zh-CN">{escape(it.title_zh)}</span><span class="en" lang="en">{escape(it.title_en)}</span></h1>')
    else:
        out.append(f"<h1>{escape(it.title_zh if lang == 'zh' else it.title_en)}</h1>")
    wz0, we0 = weekday(it.start_date)
    wz1, we1 = weekday(end_date(it))
    dates = f"{escape(it.start_date)} – {escape(end_date(it))}"
    days_txt = _t(f"{t.days}天{nights}晚", f"{t.days} days, {nights} nights", lang, " / ")
    wk = _t(f"{wz0}至{wz1}", f"{we0}–{we1}", lang, " / ")
    out.append(
        f'<p class="meta"><span>{dates} ({wk})</span><span>{days_txt}</span>'
        f'<span>{_t("节奏：" + pace_zh, "pace: " + pace_en, lang, " / ")}</span>'
        f'<span>{_t("规划阶段 " + it.phase, "network phase " + it.phase, lang, " / ")}</span></p>'
    )
    if it.theme_zh or it.theme_en:
        out.append(_pair(it.theme_zh, it.theme_en, lang, "p", "theme"))
    out.append(_pair(it.summary_zh, it.summary_en, lang, "p", "summary small"))
    if note:
        out.append(f'<div class="note"><strong>{_t("备注", "Note", lang, " / ")}：</strong>{escape(note)}</div>')
    saved_pct = 100 * t.co2_saved_g / t.car_co2_g if t.car_co2_g > 0 else 0
    out.append('<div class="totals">')
    out.append(f'<div class="stat"><div class="v">{km(t.distance_km)} km</div><div class="l">{_t("总里程", "distance", lang, " · ")}'
               f' · {_t("其中骑行步行", "active", lang, " ")} {km(t.active_km)} km</div></div>')
    tt = duration(t.travel_min, "zh") if lang == "zh" else duration(t.travel_min)
    out.append(f'<div class="stat"><div class="v">{tt}</div><div class="l">{_t("交通用时（含候车）", "travel time incl. waits", lang, " · ")}</div></div>')
    out.append(
        f'<div class="stat green"><div class="v">−{t.co2_saved_g / 1000:.1f} kg CO₂</div><div class="l">'
        f'{_t("较自驾减排", "saved against driving", lang, " · ")} ({saved_pct:.0f}%)<br>'
        f'{t.co2_g / 1000:.1f} kg {_t("本行程", "this trip", lang, "/")} · {t.car_co2_g / 1000:.1f} kg {_t("自驾", "by car", lang, "/")}</div></div>'
    )
    out.append("</div>")
    # km by mode
    total = max(sum(t.km_by_mode.values()), 1e-9)
    rows = []
    for mode, value in sorted(t.km_by_mode.items(), key=lambda kv: -kv[1]):
        zh, en = mode_label(mode)
        rows.append(
            f"<tr><td>{svgmod.icon(mode_family(mode))} {_t(zh, en, lang, ' · ')}</td>"
            f'<td class="num">{km(value)} km</td><td class="num">{100 * value / total:.0f}%</td>'
            f'<td style="width:40%"><div class="bar" style="width:{100 * value / total:.1f}%"></div></td></tr>'
        )
    out.append(f'<h3>{_t("各方式里程", "Distance by mode", lang, " · ")}</h3><table class="modes">{"".join(rows)}</table>')
    out.append(f'<div class="map"><h3>{_t("路线图", "Route map", lang, " · ")}</h3>{map_svg}</div>')
    if it.warnings:
        out.append('<div class="warnings"><strong>⚠</strong> ' + "<br>".join(escape(w) for w in it.warnings) + "</div>")
    out.append("</section>")
    return "".join(out)


def _day(it: Itinerary, index: int, lang: str, visit_start: int) -> tuple[str, int]:
    day = it.days[index]
    colour = DAY_COLOURS[index % len(DAY_COLOURS)]
    wz, we = weekday(day.date)
    rz, re_ = day_route_names(day)
    out = [f'<section class="day day-{index + 1}" style="--day:{colour}">']
    head = (f"第{day.day}天 · {rz}" if lang == "zh" else f"Day {day.day} · {re_}" if lang == "en"
            else None)
    if head is not None:
        h2 = escape(head)
    else:
        h2 = f'<span lang="zh-CN">{escape(f"第{day.day}天 · {rz}")}</span><span class="en" lang="en">{escape(f"Day {day.day} · {re_}")}</span>'
    stats = (f'{escape(day.date)} {_t(wz, we, lang, " ")} · {km(day.travel_km)} km · '
             f'{escape(duration(day.travel_min, "zh") if lang == "zh" else duration(day.travel_min))}'
             + (f' · {_t("骑行步行", "active", lang, " ")} {km(day.active_km)} km' if day.active_km else ""))
    out.append(f'<div class="day-head"><h2>{h2}</h2><div class="day-stats">{stats}</div></div>')

    items: list[tuple[str, int, int, object]] = []
    for i, leg in enumerate(day.legs):
        items.append((leg.depart_at or "", 0, i, leg))
    for i, visit in enumerate(day.visits):
        items.append((visit.arrive_at or "", 1, i, visit))
    items.sort(key=lambda x: (x[0], x[1], x[2]))
    rows = []
    n = visit_start
    for _time, kind, _i, obj in items:
        if kind == 0:
            leg = obj
            fam = mode_family(leg.mode, leg.family)
            zh, en = mode_label(leg.mode)
            wait = (f'<span class="badge">{_t("候车", "wait", lang, "/")} {int(round(leg.wait_min))} min</span>'
                    if leg.wait_min >= 1 else "")
            corridor = ""
            if leg.corridor_name_zh or leg.corridor_name_en:
                corridor = f' <span class="muted small">({_t(leg.corridor_name_zh or "", leg.corridor_name_en or "", lang, " · ")})</span>'
            what = (f'<div class="what">{_t(zh, en, lang, " · ")}: '
                    f'{_t(leg.from_name_zh + " → " + leg.to_name_zh, leg.from_name_en + " → " + leg.to_name_en, lang, " / ")}'
                    f"{corridor}{wait}</div>")
            instr = _pair(leg.instruction_zh, leg.instruction_en, lang, "div", "instr")
            dur = duration(leg.duration_min, "zh") if lang == "zh" else duration(leg.duration_min)
            rows.append(
                f'<tr class="leg"><td class="t">{escape(hhmm(leg.depart_at))}–{escape(hhmm(leg.arrive_at))}</td>'
                f'<td class="k" title="{escape(en)}">{svgmod.icon(fam)}</td><td>{what}{instr}</td>'
                f'<td class="d">{km(leg.distance_km)} km<br><span class="small">{escape(dur)}</span></td></tr>'
            )
        else:
            visit = obj
            n += 1
            stay = duration(visit.dwell_min, "zh") if lang == "zh" else duration(visit.dwell_min)
            what = (f'<div class="what">{_t(visit.name_zh, visit.name_en, lang, " · ")}'
                    f'<span class="badge">{_t("游览", "visit", lang, "/")} {escape(stay)}</span></div>')
            desc = _pair(visit.desc_zh, visit.desc_en, lang, "div", "instr")
            rows.append(
                f'<tr class="visit"><td class="t">{escape(hhmm(visit.arrive_at))}</td>'
                f'<td class="k"><span class="num-dot" style="background:{colour}">{n}</span></td>'
                f'<td>{what}{desc}</td><td class="d"></td></tr>'
            )
    if rows:
        out.append(f'<table class="timeline">{"".join(rows)}</table>')
    else:
        out.append(f'<p class="muted">{_t("今日无行程安排", "No travel planned this day.", lang, " / ")}</p>')
    if day.overnight:
        out.append(
            f'<div class="night">{svgmod.icon("night")}<div><strong>{_t("今晚住宿", "Tonight", lang, " / ")}：</strong>'
            f'{_t(day.overnight_name_zh or day.overnight, day.overnight_name_en or day.overnight, lang, " · ")}'
            f' <span class="small">({_t("预计", "arrive about", lang, " / ")} {escape(hhmm(day.day_end_at))})</span></div></div>'
        )
    else:
        out.append(
            f'<div class="night">{svgmod.icon("start")}<div><strong>{_t("行程结束", "End of the trip", lang, " / ")}</strong>'
            f' <span class="small">({escape(hhmm(day.day_end_at))})</span></div></div>'
        )
    out.append("</section>")
    return "".join(out), n


def render_print_html(
    itinerary: Itinerary,
    *,
    lang: str = "both",
    title: str | None = None,
    note: str | None = None,
    locations: Mapping[str, LonLatT] | None = None,
    background: Iterable[tuple[str, list[LonLatT]]] | None = None,
    embed_font: bool = True,
) -> str:
    """The printable plan as one self-contained HTML document.

    Parameters
    ----------
    itinerary : Itinerary
    lang : {"zh", "en", "both"}
        ``both`` (default) sets Chinese and English side by side.
    title, note : str, optional
        The traveller's own title and note (plain text; escaped).
    locations, background
        Passed to :func:`routes_api.render.svg.route_map_svg`.
    embed_font : bool
        Embed the CJK font subset (off only to make tests faster).
    """
    if lang not in LANGS:
        raise ValueError(f"lang must be one of {', '.join(LANGS)}")
    title = (title or "").strip() or None
    note = (note or "").strip() or None
    map_svg = svgmod.route_map_svg(itinerary, locations=locations, background=background, lang=lang)
    body = [svgmod.icon_symbols(), '<main class="sheet">', _cover(itinerary, lang, title, note, map_svg)]
    n = 0
    for i in range(len(itinerary.days)):
        html_day, n = _day(itinerary, i, lang, n)
        body.append(html_day)
    body.append(
        f'<footer>{_t("由 routes-api 离线生成", "Made offline by routes-api", lang, " · ")}'
        + (f' · {_t("行程编号", "plan", lang, "/")} {escape(itinerary.id)}' if itinerary.id else "")
        + f' · {escape(itinerary.method)}</footer></main>'
    )
    body_html = "".join(body)
    font_css = font_face_css(unescape(body_html) + (title or "") + (note or "")) if embed_font else ""
    doc_title = title or (itinerary.title_zh if lang == "zh" else itinerary.title_en if lang == "en"
                          else f"{itinerary.title_zh} · {itinerary.title_en}")
    html_lang = "en" if lang == "en" else "zh-CN"
    return (
        f'<!DOCTYPE html><html lang="{html_lang}"><head><meta charset="utf-8">'
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">'
        '<meta name="viewport" content="width=device-width, initial-scale=1"><link rel="icon" href="data:,">'
        f"<title>{escape(doc_title)}</title>"
        f"<style>{font_css}\n{CSS % {'family': FAMILY}}</style></head>"
        f'<body class="lang-{lang}">{body_html}</body></html>'
    )
