"""Printable plan, PDF, exports (GPX, GeoJSON, iCalendar), the SVG map and the visitor page.

A thin layer: it reads a saved itinerary, calls a pure renderer in ``routes_api.render`` and
sets the media type. Included before the itineraries router so that
``/v1/itineraries/{id}.pdf`` is not taken for an id.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Annotated, Literal

from fastapi import APIRouter, Query
from fastapi.responses import FileResponse, HTMLResponse, Response

from routes_api.api.deps import Context, SavedItinerary
from routes_api.api.errors import error_response
from routes_api.core.errors import NotFound
from routes_api.core.vocabulary import PHASES, NoteText, TitleText
from routes_api.planners.models import Itinerary
from routes_api.render.geojson import render_geojson
from routes_api.render.gpx import render_gpx
from routes_api.render.html import CSP, render_print_html
from routes_api.render.ics import render_ics
from routes_api.render.pdf import html_to_pdf
from routes_api.render.svg import network_background, route_map_svg

router = APIRouter(tags=["pages"])
STATIC = Path(__file__).resolve().parents[1] / "static"
STATIC_FILES = {"app.js": "text/javascript; charset=utf-8", "style.css": "text/css; charset=utf-8"}
Lang = Literal["zh", "en", "both"]
Title = Annotated[TitleText | None, Query(description="the traveller's own title (plain text; default: "
                                                      "the saved plan's title)")]
Note = Annotated[NoteText | None, Query(description="a note printed on the cover (plain text; default: the "
                                                    "saved plan's note)")]
NOT_FOUND = {404: error_response("no saved plan with this id"), 422: error_response("invalid parameters")}


def _locations(context: Context) -> dict[str, tuple[float, float]]:
    return {pid: (p.lon, p.lat) for pid, p in context.places.items()}


def _background(context: Context, it: Itinerary, networks: bool):
    if not networks:
        return None
    phase = it.phase if it.phase in PHASES else "2050"
    return network_background(context.graph(phase))


def _filename(it: Itinerary, ext: str) -> str:
    base = re.sub(r"[^a-z0-9-]+", "-", (it.ref or it.kind or "trip").lower()).strip("-") or "trip"
    return f"{base}-{it.start_date}.{ext}"


def _attachment(it: Itinerary, ext: str) -> dict[str, str]:
    return {"Content-Disposition": f'attachment; filename="{_filename(it, ext)}"'}


def _print_html(context: Context, it: Itinerary, lang: str, title, note, networks: bool) -> str:
    """The print page; the query's title and note win over the saved ones (all escaped)."""
    return render_print_html(it, lang=lang, title=title or it.title, note=note or it.note,
                             locations=_locations(context),
                             background=_background(context, it, networks))


@router.get("/v1/itineraries/{itinerary_id}/print", response_class=HTMLResponse, responses=NOT_FOUND,
            summary="Printable plan (A4 HTML, self-contained: fonts, styles and map inline)")
def print_plan(it: SavedItinerary, context: Context, lang: Lang = "both", title: Title = None,
               note: Note = None,
               networks: bool = Query(True, description="draw the plan networks faintly under the route")):
    html = _print_html(context, it, lang, title, note, networks)
    return HTMLResponse(html, headers={"Content-Security-Policy": CSP, "X-Content-Type-Options": "nosniff"})


@router.get("/v1/itineraries/{itinerary_id}.pdf", response_class=Response,
            responses={200: {"content": {"application/pdf": {}}}, **NOT_FOUND,
                       503: error_response("no Chromium here")},
            summary="The printable plan as PDF (headless Chromium, embedded CJK font)")
def plan_pdf(it: SavedItinerary, context: Context, lang: Lang = "both", title: Title = None,
             note: Note = None, networks: bool = True):
    html = _print_html(context, it, lang, title, note, networks)
    pdf = html_to_pdf(html)  # PdfUnavailable is an Unavailable: 503
    return Response(pdf, media_type="application/pdf",
                    headers={"Content-Disposition": f'inline; filename="{_filename(it, "pdf")}"'})


@router.get("/v1/itineraries/{itinerary_id}.gpx", response_class=Response,
            responses={200: {"content": {"application/gpx+xml": {}}}, **NOT_FOUND},
            summary="GPX 1.1: one track per day, waypoints for visits and nights")
def plan_gpx(it: SavedItinerary, context: Context, title: Title = None):
    body = render_gpx(it, locations=_locations(context), title=title or it.title)
    return Response(body, media_type="application/gpx+xml", headers=_attachment(it, "gpx"))


@router.get("/v1/itineraries/{itinerary_id}.geojson", response_class=Response,
            responses={200: {"content": {"application/geo+json": {}}}, **NOT_FOUND},
            summary="GeoJSON (RFC 7946) FeatureCollection of legs and stops, [lon, lat]")
def plan_geojson(it: SavedItinerary, context: Context):
    body = json.dumps(render_geojson(it, locations=_locations(context)), ensure_ascii=False)
    return Response(body, media_type="application/geo+json", headers=_attachment(it, "geojson"))


@router.get("/v1/itineraries/{itinerary_id}.ics", response_class=Response,
            responses={200: {"content": {"text/calendar": {}}}, **NOT_FOUND},
            summary="iCalendar: one all-day event per day, located at the night's place")
def plan_ics(it: SavedItinerary, context: Context, title: Title = None):
    return Response(render_ics(it, title=title or it.title), media_type="text/calendar; charset=utf-8",
                    headers=_attachment(it, "ics"))


@router.get("/v1/itineraries/{itinerary_id}/map.svg", response_class=Response,
            responses={200: {"content": {"image/svg+xml": {}}}, **NOT_FOUND}, summary="The route map as SVG")
def plan_map(it: SavedItinerary, context: Context, lang: Lang = "both", networks: bool = True):
    body = route_map_svg(it, locations=_locations(context), background=_background(context, it, networks),
                         lang=lang, standalone=True)
    return Response(body, media_type="image/svg+xml",
                    headers={"Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'",
                             "X-Content-Type-Options": "nosniff"})


@router.get("/", include_in_schema=False)
def visitor_page() -> FileResponse:
    return FileResponse(STATIC / "index.html", media_type="text/html; charset=utf-8",
                        headers={"Content-Security-Policy": VISITOR_CSP})


@router.get("/static/{name}", include_in_schema=False)
def static_file(name: str) -> FileResponse:
    if name not in STATIC_FILES:
        raise NotFound("file", name)
    return FileResponse(STATIC / name, media_type=STATIC_FILES[name])


VISITOR_CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
               "connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'")
