"""Result models of the gap analysis, shared by the API and the CLI."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from routes_api.analysis.gaps.params import GapKind


class _Out(BaseModel):
    model_config = ConfigDict(populate_by_name=True)


class Component(_Out):
    """One connected component of the analysed networks."""

    id: int = Field(description="0 is the largest by km")
    km: float
    places: int
    segments: int
    share_km: float = Field(description="share of the analysed network km")
    km_by_network: dict[str, float]
    label_zh: str = Field(description="its best-connected place")
    label_en: str
    circles: list[str]
    isolated: bool = Field(description="not the largest component")
    place_ids: list[str]
    geometry: dict | None = Field(None, description="GeoJSON MultiLineString (fragments only)")


class ConnectivityReport(_Out):
    networks: list[str]
    phase: str
    total_km: float
    places: int
    count: int = Field(description="number of components")
    largest_km: float
    largest_share: float = Field(description="share of the network km in the largest component")
    fragments_km: float = Field(description="km outside the largest component")
    components: list[Component] = Field(description="largest first, every fragment kept")


class LinkEnd(_Out):
    """One end of a straight link: a place, or a point on a segment."""

    place: str | None = None
    segment: str | None = Field(None, description="segment id when the end is a point on it")
    name_zh: str
    name_en: str
    component: int | None = None
    lon: float
    lat: float


class Joins(_Out):
    components: list[int] = Field(description="the two component ids")
    km: list[float] = Field(description="km of each side")
    places: list[int] = Field(description="places of each side")
    circles_gained: list[str] = Field(description="circles one side touches and the other not")
    benefit_km: float = Field(description="km of the smaller side + 2/place + 10/circle gained")


class GapCandidate(_Out):
    """A straight link that would join two components."""

    id: str
    rank: int
    kind: GapKind
    from_: LinkEnd = Field(alias="from")
    to: LinkEnd
    length_km: float
    joins: Joins
    score: float = Field(description="benefit km per km of new link (see the method)")
    recommended_step: int | None = Field(None, description="its place in the greedy augmentation")
    geometry: dict = Field(description="GeoJSON LineString, [lon, lat]")


class AugmentationStep(_Out):
    step: int
    candidate: str
    length_km: float
    score: float = Field(description="score when taken (against the parts merged so far)")
    components_after: int
    largest_share_after: float


class Augmentation(_Out):
    method: str
    greedy: list[AugmentationStep]
    greedy_km: float
    greedy_components_after: int
    min_length_links: list[str] = Field(description="candidate ids of the minimum-length forest")
    min_length_km: float
    min_length_components_after: int


class GapReport(_Out):
    networks: list[str]
    phase: str
    max_gap_km: float
    limit: int
    components: int
    candidates_found: int = Field(description="before the limit")
    candidates: list[GapCandidate]
    augmentation: Augmentation


class Link(_Out):
    """A straight link from a place to a network."""

    to: LinkEnd
    length_km: float
    geometry: dict


class StationGap(_Out):
    place: str
    name_zh: str
    name_en: str
    kind: str
    city: str
    distance_m: float | None = Field(description="to the nearest cycling/greenway (null: none built)")
    link: Link | None


class CircleFix(_Out):
    from_: LinkEnd = Field(alias="from")
    places_fixed: list[str]
    link: Link


class CircleReach(_Out):
    circle: str
    core_places: int
    reached: int
    unreached: list[str]
    fixes: list[CircleFix]
    fix_km: float


class IntermodalReport(_Out):
    phase: str
    walk_m: float
    stations: int
    stations_linked: int
    station_gaps: list[StationGap]
    hub: str
    circles: list[CircleReach]


class NetworkProgress(_Out):
    network: str
    name_zh: str
    name_en: str
    km_at_phase: float
    km_all_phases: float
    target_km: float | None
    share_of_target: float | None
    phase_target_km: float | None = Field(description="the plan's phased target for this phase")
    phase_ok: bool | None


class CircleCoverage(_Out):
    circle: str
    places: int
    share: dict[str, float] = Field(description="network -> share of the circle's places within 1 km")


class ProgressReport(_Out):
    phase: str
    coverage_m: float
    networks: list[NetworkProgress]
    coverage: list[CircleCoverage]


class Headline(_Out):
    components: int
    largest_share: float
    total_km: float
    candidates_found: int | None = Field(description="null when gaps were not computed")
    station_gaps: int
    unreached_core_places: int
    circles_fully_reached: int


class ConnectivitySummary(_Out):
    headline: Headline
    connectivity: ConnectivityReport
    intermodal: IntermodalReport
    progress: ProgressReport


class GapAnalysis(ConnectivitySummary):
    gaps: GapReport


class Snap(_Out):
    how: Literal["given", "place", "split", "free"]
    place: str = Field(description="the place (or the new junction) the end is tied to")
    segment: str | None = Field(None, description="the segment split (how=split)")
    distance_m: float


class ProposedLink(_Out):
    """A proposed link as parsed from a GeoJSON Feature."""

    network: Literal["water", "scenic_rail", "cycling", "greenway", "connector"]
    phase: Literal["existing", "2025", "2035", "2050"]
    coords: list[tuple[float, float]] = Field(min_length=2, max_length=2000)
    from_: str | None = Field(None, alias="from")
    to: str | None = None
    name: str | None = None


class WhatIfLink(_Out):
    index: int
    id: str
    network: str
    phase: str
    from_: Snap = Field(alias="from")
    to: Snap
    length_km: float
    counted: bool = Field(description="built by the phase and in the analysed networks")


class WhatIfReport(_Out):
    networks: list[str]
    phase: str
    links: list[WhatIfLink]
    before: Headline
    after: Headline
    delta: dict[str, float]
    before_report: GapAnalysis
    after_report: GapAnalysis
