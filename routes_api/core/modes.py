"""Travel modes: speeds, waits, transfer times and CO2 factors, in one table.

Every figure a planner uses about a mode lives here, with its source. Speeds are door-to-door
averages along the corridor (stops included), not top speeds. A scheduled service's expected
wait is half its headway when a visitor arrives at random; a segment's own ``headway_min``
(connectors) overrides the table.

CO2 factors are grams per passenger-km, tank-to-wheel/operational:

* petrol car 170 g/pkm: UK DESNZ/DEFRA 2023 GHG conversion factors, average petrol car
  (~0.164-0.170 kg CO2e/km) with one occupant; the reference for "CO2 saved".
* bus 97 g/pkm: UK DESNZ 2023, average local bus (figure quoted in issue 3; DESNZ 2023 gives
  0.097-0.102 kg CO2e/pkm depending on region).
* taxi 150 g/pkm: UK DESNZ 2023 regular taxi per passenger-km (~0.149).
* rail 35 g/pkm: UK DESNZ 2023 national rail (0.0355 kg CO2e/pkm); used for conventional
  intercity rail, scenic trains and mountain railways / cableways (electric traction).
* high-speed rail 10 g/pkm: operational figure for Chinese HSR quoted in issue 3 (electric
  multiple units at high load factors; not independently re-derived here).
* metro 30 g/pkm: UK DESNZ 2023 London Underground (0.028 kg CO2e/pkm), rounded up.
* ferry, foot passenger 19 g/pkm: UK DESNZ 2023 ferry foot passenger (0.0187); used for sea
  ferries, river ferries and sightseeing boats.
* cycling and walking 0 g/pkm (no operational emissions).

Speeds (km/h) and waits are the project's working figures, documented per row: sightseeing
boats on canals and lakes 8-12 km/h (Suzhou, Wuzhen, Zhujiajiao and Huangpu cruise boats run
at about 10 km/h); river cruises 15 km/h; sea ferries 25 km/h (Zhoushan high-speed and car
ferries 20-30 km/h); scenic trains 60 km/h on mixed rail including stops; mountain railways
and cableways 15 km/h including the climb; cycling 12/15/18 km/h and walking 4/4.5/5 km/h for
relaxed/moderate/active pace; HSR 150 km/h and intercity rail 90 km/h average between stations
when a connector has no ``duration_min``; metro 35 km/h; last-mile bus 30 km/h, taxi 40 km/h.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field

Pace = Literal["relaxed", "moderate", "active"]
PACES: tuple[str, ...] = ("relaxed", "moderate", "active")


class ModeSpec(BaseModel):
    """How one travel mode moves: the single source of truth for speeds, waits and CO2."""

    id: str
    name_zh: str
    name_en: str
    speed_kmh: dict[str, float] = Field(description="average speed per pace")
    headway_min: float = Field(0, description="minutes between departures (0: go any time)")
    transfer_min: float = Field(description="minutes to reach and board it at a place")
    co2_g_pkm: float = Field(description="grams CO2 per passenger-km")
    active: bool = Field(False, description="human-powered: counts against the daily km limits")
    scheduled: bool = Field(False, description="runs to a timetable: expect half a headway of wait")


def _same(speed: float) -> dict[str, float]:
    return {pace: speed for pace in PACES}


MODES: dict[str, ModeSpec] = {
    m.id: m
    for m in [
        ModeSpec(id="sightseeing_boat", name_zh="观光游船", name_en="sightseeing boat",
                 speed_kmh=_same(10), headway_min=30, transfer_min=10, co2_g_pkm=19, scheduled=True),
        ModeSpec(id="river_cruise", name_zh="内河游轮", name_en="river cruise",
                 speed_kmh=_same(15), headway_min=60, transfer_min=15, co2_g_pkm=19, scheduled=True),
        ModeSpec(id="sea_ferry", name_zh="海上轮渡", name_en="sea ferry",
                 speed_kmh=_same(25), headway_min=90, transfer_min=25, co2_g_pkm=19, scheduled=True),
        ModeSpec(id="river_ferry", name_zh="长江轮渡", name_en="river ferry",
                 speed_kmh=_same(20), headway_min=40, transfer_min=20, co2_g_pkm=19, scheduled=True),
        ModeSpec(id="scenic_train", name_zh="观光列车", name_en="scenic train",
                 speed_kmh=_same(60), headway_min=90, transfer_min=15, co2_g_pkm=35, scheduled=True),
        ModeSpec(id="mountain_railway", name_zh="山地轨道/缆车", name_en="mountain railway / cableway",
                 speed_kmh=_same(15), headway_min=15, transfer_min=10, co2_g_pkm=35, scheduled=True),
        ModeSpec(id="bike", name_zh="骑行", name_en="cycling",
                 speed_kmh={"relaxed": 12, "moderate": 15, "active": 18}, transfer_min=10,
                 co2_g_pkm=0, active=True),
        ModeSpec(id="walk", name_zh="步行", name_en="walking",
                 speed_kmh={"relaxed": 4, "moderate": 4.5, "active": 5}, transfer_min=0,
                 co2_g_pkm=0, active=True),
        ModeSpec(id="hsr", name_zh="高铁", name_en="high-speed rail",
                 speed_kmh=_same(150), headway_min=20, transfer_min=20, co2_g_pkm=10, scheduled=True),
        ModeSpec(id="intercity_rail", name_zh="城际/市域铁路", name_en="intercity rail",
                 speed_kmh=_same(90), headway_min=30, transfer_min=15, co2_g_pkm=35, scheduled=True),
        ModeSpec(id="metro", name_zh="地铁", name_en="metro",
                 speed_kmh=_same(35), headway_min=6, transfer_min=8, co2_g_pkm=30, scheduled=True),
        ModeSpec(id="bus", name_zh="公交接驳", name_en="bus",
                 speed_kmh=_same(30), headway_min=30, transfer_min=10, co2_g_pkm=97, scheduled=True),
        ModeSpec(id="taxi", name_zh="出租车", name_en="taxi",
                 speed_kmh=_same(40), headway_min=0, transfer_min=10, co2_g_pkm=150),
    ]
}

CAR_CO2_G_PKM = 170.0  # petrol car, one occupant (UK DESNZ 2023); the "CO2 saved" reference

# The user-facing mode families a request may allow or avoid, and the travel modes in each.
MODE_FAMILIES: dict[str, tuple[str, ...]] = {
    "boat": ("sightseeing_boat", "river_cruise"),
    "ferry": ("sea_ferry", "river_ferry"),
    "scenic_rail": ("scenic_train", "mountain_railway"),
    "rail": ("hsr", "intercity_rail", "metro"),
    "bike": ("bike",),
    "walk": ("walk",),
    "bus": ("bus", "taxi"),
}
ALL_FAMILIES: tuple[str, ...] = tuple(MODE_FAMILIES)
GREEN_FAMILIES: tuple[str, ...] = ("boat", "ferry", "scenic_rail", "rail", "bike", "walk")


def travel_mode_of_edge(edge: dict) -> str:
    """Map a graph edge (network + kind attributes) to a row of :data:`MODES`."""
    network = edge["network"]
    if network == "water":
        return "river_cruise" if edge.get("service") == "river_cruise" else "sightseeing_boat"
    if network == "scenic_rail":
        return "scenic_train" if edge.get("rail_kind") == "sightseeing_train" else "mountain_railway"
    if network == "cycling":
        return "bike"
    if network == "greenway":
        return "walk"
    kind = edge.get("connector_kind")
    return {
        "hsr": "hsr",
        "intercity_rail": "intercity_rail",
        "metro": "metro",
        "sea_ferry": "sea_ferry",
        "river_ferry": "river_ferry",
        "bus": "bus",
        "taxi": "taxi",
    }.get(kind, "bus")


def family_of(mode: str) -> str:
    """The request-level family (``boat``, ``rail``...) a travel mode belongs to."""
    for family, modes in MODE_FAMILIES.items():
        if mode in modes:
            return family
    raise KeyError(mode)
