"""Schema of the network data files: places, segments, corridors and plan targets.

The loader (``routes_api.data.load``) validates every file against these models; the graph and
the API use the same objects, so a field means the same thing everywhere.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from routes_api.core.vocabulary import (
    CIRCLE_IDS,
    CITIES,
    NETWORK_MODES,
    Mode,
    NetworkName,
    Phase,
    PlaceKind,
    Slug,
    Theme,
    check_lon_lat,
)


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


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
