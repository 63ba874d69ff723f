"""Planner requests and results: routes, legs, itineraries.

Shared by the planners, the API (which serialises them), the CLI, the store and the renderers.
"""

from __future__ import annotations

import json
from datetime import date as datetime_date
from datetime import datetime as datetime_datetime
from pathlib import Path
from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, field_validator, model_validator

from routes_api.core.vocabulary import (
    DATE_MAX,
    DATE_MIN,
    FamilyName,
    NoteText,
    Pace,
    Phase,
    Theme,
    TitleText,
    check_date,
    check_lon_lat,
)


class LonLat(BaseModel):
    """A WGS84 point given by a request (it is snapped to the nearest reachable place)."""

    model_config = ConfigDict(extra="forbid")

    lon: float = Field(ge=-180, le=180, examples=[121.4737])
    lat: float = Field(ge=-90, le=90, examples=[31.2304])

    @model_validator(mode="after")
    def _in_region(self) -> "LonLat":
        check_lon_lat(self.lon, self.lat)
        return self


class Leg(BaseModel):
    """One continuous ride or walk on one mode along one corridor."""

    mode: str = Field(description="travel mode (see GET /v1/modes)", examples=["hsr"])
    family: str = Field(description="mode family a request can allow or avoid", examples=["rail"])
    network: str = Field(examples=["connector"])
    corridor: str | None = Field(examples=["conn-hsr"])
    corridor_name_zh: str | None = None
    corridor_name_en: str | None = None
    from_place: str = Field(examples=["shanghai-hongqiao-station"])
    to_place: str = Field(examples=["suzhou-station"])
    from_name_zh: str
    from_name_en: str
    to_name_zh: str
    to_name_en: str
    segments: list[str] = Field(description="segment ids travelled, in order")
    distance_km: float
    wait_min: float = Field(description="transfer and expected wait before this leg starts")
    duration_min: float = Field(description="time on the move")
    depart_at: str | None = Field(None, description="ISO time the leg starts moving")
    arrive_at: str | None = None
    co2_g: float
    access: bool = Field(False, description="a walk/taxi from a requested point to the network")
    geometry: dict = Field(description="GeoJSON LineString, [lon, lat]")
    instruction_zh: str
    instruction_en: str
    detail: Literal["osm", "corridor"] | None = Field(
        None, description="walking/cycling legs: 'osm' when the geometry follows an OSM detail layer's "
        "streets, 'corridor' when detail layers are loaded but cannot refine this leg (detail_note says "
        "why); null for other modes and when no detail layer is loaded")
    detail_layer: str | None = Field(None, description="name of the OSM detail layer used")
    detail_snap_m: list[float] | None = Field(
        None, description="[start, end]: metres from the leg's ends to the ways they were snapped to")
    detail_distance_km: float | None = Field(None, description="length of the street-level path")
    detail_note: str | None = None
    steps: list["Step"] = Field(default_factory=list, description="turn-by-turn steps (OSM detail only)")


class Totals(BaseModel):
    distance_km: float
    travel_min: float = Field(description="moving plus waiting")
    wait_min: float
    km_by_mode: dict[str, float]
    active_km: float = Field(description="cycling and walking km")
    co2_g: float
    car_co2_g: float = Field(description="CO2 of driving the same distance alone in a petrol car")
    co2_saved_g: float


def _example(name: str) -> dict:
    """A real planner output (trimmed), shown as the model's example in the OpenAPI schema."""
    path = Path(__file__).parent.parent / "examples" / f"{name}.json"
    return {"examples": [json.loads(path.read_text(encoding="utf-8"))]}


class Route(BaseModel):
    """A multimodal route between two places."""

    model_config = ConfigDict(json_schema_extra=_example("route"))

    from_place: str
    to_place: str
    optimize: str
    phase: str
    legs: list[Leg]
    totals: Totals
    notes: list[str] = []


class RouteRequest(BaseModel):
    """Body of ``POST /v1/routes``."""

    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    from_: str | LonLat = Field(alias="from", description="place id, or {lon, lat} snapped to the nearest reachable place",
                                examples=["shanghai-hongqiao-station"])
    to: str | LonLat = Field(description="place id or {lon, lat}", examples=["suzhou"])
    modes: list[FamilyName] | None = Field(
        None, max_length=7, description="mode families allowed (default: all)")
    avoid: list[FamilyName] = Field(
        default_factory=list, max_length=7, description="mode families to avoid")
    optimize: Literal["fastest", "greenest", "scenic"] = "fastest"
    pace: Pace = "moderate"
    phase: Phase = Field("2025", description="networks built by this phase (2025: what the plan has built by now)")
    depart_at: str | None = Field(None, description="ISO 8601 local date-time, e.g. 2026-05-01T08:30",
                                  examples=["2026-05-01T08:30"], max_length=40)

    @field_validator("depart_at")
    @classmethod
    def _iso_time(cls, value: str | None) -> str | None:
        if value is None:
            return None
        try:
            when = datetime_datetime.fromisoformat(value)
        except ValueError:
            raise ValueError("must be an ISO 8601 local date-time such as 2026-05-01T08:30") from None
        check_date(when.date())
        return value

    @field_validator("from_", "to")
    @classmethod
    def _id_shape(cls, value):
        if isinstance(value, str):
            if not value or len(value) > 80:
                raise ValueError("a place id is 1-80 characters")
        return value


class Visit(BaseModel):
    place: str
    name_zh: str
    name_en: str
    arrive_at: str = Field(description="ISO local date-time")
    dwell_min: int
    desc_zh: str = ""
    desc_en: str = ""


class Day(BaseModel):
    day: int = Field(ge=1)
    date: str = Field(description="ISO date")
    start_place: str
    legs: list[Leg]
    visits: list[Visit]
    overnight: str | None = Field(description="lodging place id; null on the last day")
    overnight_name_zh: str | None = None
    overnight_name_en: str | None = None
    travel_km: float
    travel_min: float
    active_km: float = Field(description="cycling + walking km this day")
    day_end_at: str


class ItineraryTotals(Totals):
    days: int
    nights: int
    visits: int


class Itinerary(BaseModel):
    """A multi-day trip: days with legs, visits and the night's lodging."""

    model_config = ConfigDict(json_schema_extra=_example("itinerary"))

    id: str | None = Field(None, description="set when the itinerary is saved (POST /v1/itineraries)")
    kind: Literal["circle", "line", "custom"]
    ref: str | None = Field(None, description="circle or line id")
    title_zh: str
    title_en: str
    theme_zh: str = ""
    theme_en: str = ""
    summary_zh: str = ""
    summary_en: str = ""
    start_date: str
    pace: str
    modes: list[str]
    phase: str
    days: list[Day]
    totals: ItineraryTotals
    warnings: list[str] = []
    method: str = Field(description="how stops, order and nights were chosen")
    title: str | None = Field(None, description="the traveller's own title (saved plans; plain text)")
    note: str | None = Field(None, description="the traveller's note (saved plans; plain text)")


class _TripOptions(BaseModel):
    model_config = ConfigDict(extra="forbid")

    start_date: Annotated[datetime_date, AfterValidator(check_date)] = Field(
        description=f"first day of the trip ({DATE_MIN} to {DATE_MAX})", examples=["2026-05-01"])
    pace: Pace = "moderate"
    modes: list[FamilyName] | None = Field(None, max_length=7, description="mode families allowed (default: all)")
    interests: list[Theme] = Field(default_factory=list, max_length=10, description="themes to favour")
    phase: Phase = Field("2025", description="networks built by this phase")
    title: TitleText | None = Field(None, description="saved with the plan (POST /v1/itineraries); plain text")
    note: NoteText | None = Field(None, description="saved with the plan (POST /v1/itineraries); plain text")


class CircleTripRequest(_TripOptions):
    kind: Literal["circle"] = "circle"
    circle: str = Field(min_length=1, max_length=40, examples=["jiangnan-water-towns"])
    start: str | None = Field(None, min_length=1, max_length=80, description="start place id (default: the curated tour's hub)")


class LineTripRequest(_TripOptions):
    kind: Literal["line"] = "line"
    line: str = Field(min_length=1, max_length=40, examples=["around-taihu"])
    days: int = Field(ge=1, le=14, description="within the line's day range")


class CustomTripRequest(_TripOptions):
    kind: Literal["custom"] = "custom"
    origin: str = Field(min_length=1, max_length=80, examples=["shanghai-hongqiao-station"])
    end: str | None = Field(None, min_length=1, max_length=80, description="final place (default: back to origin)")
    days: int = Field(ge=1, le=14)
    nights: int | None = Field(None, ge=0, le=13, description="default days - 1")
    must_visit: list[Annotated[str, Field(min_length=1, max_length=80)]] = Field(default_factory=list, max_length=10)


class Step(BaseModel):
    """One turn-by-turn instruction of a leg refined on an OSM detail layer."""

    turn: Literal["depart", "straight", "slight_left", "left", "sharp_left", "slight_right", "right",
                  "sharp_right", "uturn", "arrive"]
    name_zh: str = Field(description="street (name:zh, else name) or the way's kind when unnamed")
    name_en: str = Field(description="street (name:en, else name) or the way's kind when unnamed")
    distance_m: float = Field(description="metres on this street until the next step")
    bearing: int = Field(description="compass heading at the start of the step, degrees (0 = north)")
    location: list[float] = Field(description="[lon, lat] where the step starts")
    instruction_zh: str
    instruction_en: str


for _model in (Leg, Route, Day, Itinerary):
    _model.model_rebuild()
