"""The project's vocabulary: cities, region, networks, phases, paces, mode families, themes.

One place for every literal the data files, the planners and the API share, so a phase or a
pace is spelt once.
"""

from __future__ import annotations

import math
import re
from datetime import date as datetime_date
from typing import Annotated, Literal

from pydantic import AfterValidator, Field

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
# the mode families a request may allow or avoid (routes_api.core.modes.MODE_FAMILIES)
FamilyName = Literal["boat", "ferry", "scenic_rail", "rail", "bike", "walk", "bus"]
PHASES: tuple[str, ...] = ("existing", "2025", "2035", "2050")
Pace = Literal["relaxed", "moderate", "active"]
PACES: tuple[str, ...] = ("relaxed", "moderate", "active")
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


def _slug(value: str) -> str:
    if not SLUG.match(value):
        raise ValueError(f"id {value!r} is not a slug (lowercase letters, digits, hyphens)")
    return value


Slug = Annotated[str, AfterValidator(_slug)]


def split_csv(text: str | None) -> list[str]:
    """Split a comma-separated list, dropping blanks (``"a, b,,c"`` -> ``["a", "b", "c"]``)."""
    return [part.strip() for part in (text or "").split(",") if part.strip()]
