"""Domain objects shared by the loader, the planners, the API, the CLI and the renderers.

The network data files are validated against these models at load time (see
``routes_api.network.load``); the API serialises the same models, so a field means the same
thing everywhere.
"""

from __future__ import annotations

import json
import math
import re
from datetime import date as datetime_date
from datetime import datetime as datetime_datetime
from pathlib import Path
from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, field_validator, model_validator

CITIES: tuple[str, ...] = (
    "shanghai",
    "suzhou",
    "wuxi",
    "changzhou",
    "nantong",
    "ningbo",
    "huzhou",
    "jiaxing",
    "zhoushan",
)
CITY_NAMES: dict[str, tuple[str, str]] = {
    "shanghai": ("上海", "Shanghai"),
    "suzhou": ("苏州", "Suzhou"),
    "wuxi": ("无锡", "Wuxi"),
    "changzhou": ("常州", "Changzhou"),
    "nantong": ("南通", "Nantong"),
    "ningbo": ("宁波", "Ningbo"),
    "huzhou": ("湖州", "Huzhou"),
    "jiaxing": ("嘉兴", "Jiaxing"),
    "zhoushan": ("舟山", "Zhoushan"),
}

# The nine cities lie inside this box; the two ranges do not overlap, so a point written as
# [lat, lon] falls outside it and can be reported as swapped.
REGION_LON = (119.0, 123.0)
REGION_LAT = (28.9, 32.8)

PlaceKind = Literal[
    "city_center",
    "county_seat",
    "town",
    "water_town",
    "island_town",
    "village",
    "scenic_area",
    "heritage_site",
    "rail_station",
    "pier",
    "ferry_terminal",
    "bike_hub",
]
Theme = Literal[
    "heritage",
    "water_town",
    "lake",
    "mountain",
    "island",
    "sea",
    "red_culture",
    "garden",
    "canal",
    "buddhist",
    "urban",
    "countryside",
    "wetland",
    "tea",
    "ceramics",
    "bamboo",
    "beach",
    "food",
    "museum",
]
CIRCLE_IDS: tuple[str, ...] = (
    "shanghai-metropolis",
    "jiangnan-water-towns",
    "moganshan-anji",
    "taihu-yangchenghu",
    "maoshan-tianmuhu",
    "sanjiangkou-siming",
    "jianghai-confluence",
    "shengsi-islands",
    "zhoushan-archipelago",
    "xiangshan-coast",
)
NetworkName = Literal["water", "scenic_rail", "cycling", "greenway", "connector"]
PLAN_NETWORKS: tuple[str, ...] = ("water", "scenic_rail", "cycling", "greenway")
NETWORKS: tuple[str, ...] = PLAN_NETWORKS + ("connector",)
Phase = Literal["existing", "2025", "2035", "2050"]
# the mode families a request may allow or avoid (routes_api.planners.modes.MODE_FAMILIES)
FamilyName = Literal["boat", "ferry", "scenic_rail", "rail", "bike", "walk", "bus"]
PHASES: tuple[str, ...] = ("existing", "2025", "2035", "2050")
Mode = Literal[
    "boat", "scenic_train", "mountain_railway", "cableway", "bike", "walk", "rail", "ferry", "bus"
]

SLUG = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")

# Which modes each network may carry (the file's `mode` must be one of these).
NETWORK_MODES: dict[str, tuple[str, ...]] = {
    "water": ("boat",),
    "scenic_rail": ("scenic_train", "mountain_railway", "cableway"),
    "cycling": ("bike",),
    "greenway": ("walk",),
    "connector": ("rail", "ferry", "bus"),
}


# Dates a request may name: the planners add days and hours to them, so keep them far from the
# calendar's ends (and from trips nobody plans).
DATE_MIN = datetime_date(2000, 1, 1)
DATE_MAX = datetime_date(2100, 12, 31)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_LINE_BREAK = re.compile(r"[\r\n\t]")


def _plain_line(value: str) -> str:
    """A one-line plain text: no control characters, not blank."""
    if _CONTROL.search(value) or _LINE_BREAK.search(value):
        raise ValueError("must be one line of plain text without control characters")
    if not value.strip():
        raise ValueError("must not be blank")
    return value


def _plain_text(value: str) -> str:
    """Plain text that may span lines: no control characters other than tab and line breaks."""
    if _CONTROL.search(value):
        raise ValueError("must be plain text without control characters (tab and line breaks are fine)")
    return value


TitleText = Annotated[str, Field(min_length=1, max_length=120, description="the traveller's own title (plain text)",
                                 examples=["Family trip"]), AfterValidator(_plain_line)]
NoteText = Annotated[str, Field(max_length=2000, description="a note printed on the cover (plain text)",
                                examples=["Bring rain jackets"]), AfterValidator(_plain_text)]


def check_date(value: datetime_date) -> datetime_date:
    if not DATE_MIN <= value <= DATE_MAX:
        raise ValueError(f"must be between {DATE_MIN} and {DATE_MAX}")
    return value


def phase_rank(phase: str) -> int:
    """Return the position of `phase` in build order (``existing`` first)."""
    return PHASES.index(phase)


def check_lon_lat(lon: float, lat: float) -> None:
    """Raise ValueError unless (lon, lat) is a finite WGS84 point inside the region.

    Parameters
    ----------
    lon, lat : float
        Longitude and latitude in degrees.
    """
    if not (math.isfinite(lon) and math.isfinite(lat)):
        raise ValueError(f"coordinate [{lon}, {lat}] is not finite")
    in_lon = REGION_LON[0] <= lon <= REGION_LON[1]
    in_lat = REGION_LAT[0] <= lat <= REGION_LAT[1]
    if in_lon and in_lat:
        return
    if REGION_LON[0] <= lat <= REGION_LON[1] and REGION_LAT[0] <= lon <= REGION_LAT[1]:
        raise ValueError(
            f"coordinate [{lon}, {lat}] looks like [lat, lon]; GeoJSON wants [lon, lat]"
        )
    raise ValueError(
        f"coordinate [{lon}, {lat}] is outside the region "
        f"(lon {REGION_LON[0]}-{REGION_LON[1]}, lat {REGION_LAT[0]}-{REGION_LAT[1]})"
    )


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


def _slug(value: str) -> str:
    if not SLUG.match(value):
        raise ValueError(f"id {value!r} is not a slug (lowercase letters, digits, hyphens)")
    return value


Slug = Annotated[str, AfterValidator(_slug)]


class Place(_Strict):
    """A named place: a town, a scenic area, a station, a pier... and a graph node."""

    id: Slug
    name_zh: str = Field(min_length=1)
    name_en: str = Field(min_length=1)
    kind: PlaceKind
    city: Literal[CITIES]  # type: ignore[valid-type]
    lodging: bool
    themes: tuple[Theme, ...] = ()
    visit_min: int = Field(ge=0, le=24 * 60)
    circles: tuple[Literal[CIRCLE_IDS], ...] = ()  # type: ignore[valid-type]
    desc_zh: str = ""
    desc_en: str = ""
    source: str = Field(min_length=1)
    lon: float
    lat: float

    @model_validator(mode="after")
    def _in_region(self) -> "Place":
        check_lon_lat(self.lon, self.lat)
        return self


class Segment(_Strict):
    """One stretch of a corridor between two places, as authored in a network file."""

    id: Slug
    network: NetworkName
    corridor: str
    also: tuple[str, ...] = ()
    name_zh: str = Field(min_length=1)
    name_en: str = Field(min_length=1)
    from_: str = Field(alias="from")
    to: str
    phase: Phase
    mode: Mode
    oneway: bool = False
    # kind attributes, required per network (checked below)
    water_kind: Literal["river", "lake"] | None = None
    service: Literal["sightseeing_boat", "river_cruise"] | None = None
    rail_kind: Literal["sightseeing_train", "mountain_railway", "cableway"] | None = None
    sub_network: Literal["central", "south", "north"] | None = None
    level: Literal[1, 2] | None = None
    greenway_type: Literal["urban", "countryside", "mountain", "conservation"] | None = None
    connector_kind: (
        Literal["hsr", "intercity_rail", "metro", "sea_ferry", "river_ferry", "bus", "taxi"] | None
    ) = None
    headway_min: float | None = Field(default=None, gt=0, le=24 * 60)
    duration_min: float | None = Field(default=None, gt=0, le=24 * 60)
    coords: tuple[tuple[float, float], ...]

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)

    @field_validator("coords")
    @classmethod
    def _coords(cls, value: tuple[tuple[float, float], ...]) -> tuple[tuple[float, float], ...]:
        if len(value) < 2:
            raise ValueError("a LineString needs at least two positions")
        for lon, lat in value:
            check_lon_lat(lon, lat)
        return value

    @model_validator(mode="after")
    def _kind_attributes(self) -> "Segment":
        if self.mode not in NETWORK_MODES[self.network]:
            raise ValueError(
                f"mode {self.mode!r} is not allowed on network {self.network!r} "
                f"(use one of {', '.join(NETWORK_MODES[self.network])})"
            )
        required = {
            "water": ("water_kind", "service"),
            "scenic_rail": ("rail_kind",),
            "cycling": ("sub_network",),
            "greenway": ("level", "greenway_type"),
            "connector": ("connector_kind",),
        }[self.network]
        missing = [name for name in required if getattr(self, name) is None]
        if missing:
            raise ValueError(f"{self.network} segment needs {', '.join(missing)}")
        if self.from_ == self.to and self.coords[0] == self.coords[-1] and len(self.coords) < 3:
            raise ValueError("segment starts and ends at the same point with no course between")
        return self


class Corridor(_Strict):
    """A plan element (or a project connector corridor) that segments realise."""

    id: str
    network: NetworkName
    name_zh: str
    name_en: str
    kind: str
    subtotal: str | None = None
    sub_network: str | None = None
    distance_class: str | None = None
    source: str


class NetworkSpec(_Strict):
    """A network's plan target as the plan states it."""

    name_zh: str
    name_en: str
    target_km: float | None
    source: str
    subtotals: dict[str, dict] | None = None
    phasing: dict[str, float] | None = None


# ---------------------------------------------------------------------------------------------
# Planner results: shared by the API, the CLI and the renderers.


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
    path = Path(__file__).with_name("examples") / f"{name}.json"
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
    pace: Literal["relaxed", "moderate", "active"] = "moderate"
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
    pace: Literal["relaxed", "moderate", "active"] = "moderate"
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
