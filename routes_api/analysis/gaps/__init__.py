"""Connectivity-gap analysis of the plan networks, for network operators.

Everything here is a pure function of a loaded :class:`~routes_api.data.load.NetworkData`
and parameters; results are pydantic models shared by the API (``/v1/connectivity``,
``/v1/gaps``, ``/v1/gaps/what-if``) and the CLI (``routes-api gaps``).

Method
------
Network and phase
    A report looks at a set of networks (``water scenic_rail cycling greenway connector``) at a
    phase (``existing 2025 2035 2050``); a phase includes every segment built by then. The
    networks form one undirected multigraph whose nodes are places and whose edges are segments
    (``oneway`` is ignored: connectivity is weak connectivity). Two segments are connected
    only where they share a place, the data's transfer rule.

Components
    :func:`networkx.connected_components` on that graph. Every component is kept, however
    small (no ``retain_all=False``, no ring removal): its km (sum of its segments' great-circle
    length, the same figure as :mod:`routes_api.data.report`), places, km per network,
    circles touched and, for all but the largest, its geometry. Components are numbered by
    km, largest first (ties: more places, then the smallest place id).

Gap candidates
    Straight links that would join two components, searched within ``max_gap_km``:

    * *endpoint-endpoint*: place to place (a SciPy k-d tree's ``query_pairs``);
    * *endpoint-segment*: a place to the nearest point of another component's segment
      geometry (a shapely ``STRtree`` ``dwithin`` query, then ``line_locate_point``). A foot
      closer than 100 m to either end of its segment is left to the endpoint-endpoint search.

    Geometry runs in a local equirectangular projection (metres, centred on lat 30.85°;
    under 2 % east-west error across the region), which is ample to find neighbours;
    reported lengths are great-circle (haversine) between the link's two ends. Per pair of
    components and per kind only the shortest link is kept, so the list offers distinct
    choices rather than forty variants of one gap.

Score
    ``score = benefit / (length_km + 0.5)``: benefit per km of new link, with
    ``benefit = km of the smaller side + 2 km x its places + 10 km x circles gained``.
    Joining a fragment to a network makes the *smaller* side newly reachable from the larger,
    so it rewards the km and the places joined, and the tourism circles that one side touches
    and the other does not (``circles_gained``). The 0.5 km added to the length stops 20 m
    links from scoring without bound: below a few hundred metres every link is a footpath
    and the benefit should decide. Candidates are ranked by this score (ties: shorter first).

Augmentation: which links to build
    Two augmentations are reported beside the ranking, both over the candidates found:

    * **greedy by score** (the ``recommended_step`` of a candidate): repeatedly take the
      candidate of best score *re-evaluated against the components merged so far*, skip any
      that would join two already merged parts, stop after ``limit`` links or when none is
      left. This is the list to build in order under a budget: every step is the best
      benefit per km at that point. It is used for the recommendation because operators
      build a few links at a time, and a minimum-length plan spends km evenly on tiny
      fragments and large networks alike.
    * **minimum length**: :func:`networkx.k_edge_augmentation` with ``k=1``, the candidates
      as ``avail`` (weight: length) and ``partial=True`` on the graph of components; for
      ``k=1`` this is a minimum spanning forest of the candidate links, i.e. the fewest km
      that join everything the candidates can join. Reported as the lower bound of new km.

Intermodal gaps
    * Piers, ferry terminals and rail stations farther than ``walk_m`` (default 800 m) from
      any cycling or greenway segment built by the phase, each with the straight link to the
      nearest point of those networks.
    * Tourism circles whose core places (``circles`` contains the circle and
      ``visit_min > 0``) cannot be reached from Shanghai (place ``shanghai``) by green modes
      only: the four plan networks plus the rail and ferry connectors (no bus, no taxi). A
      place counts as reached when it is a node of Shanghai's green component, or within
      ``walk_m`` of one of its places or of one of its cycling/greenway segments (one can
      step off a bike path, not off a ferry). For each component that holds unreached core
      places, the fix is the shortest straight link from it to Shanghai's component
      (place to place or place to segment).

Plan progress
    km per network at the phase against the plan's targets and phased targets, from
    :func:`routes_api.data.report.network_figures`; coverage: for each circle, the share
    of its places within 1 km of each network.

What-if
    Proposed links are GeoJSON LineStrings with ``network`` and ``phase`` (optional ``from``
    / ``to`` place ids). Each end snaps to the given place, else to the nearest place within
    1 km, else splits the nearest segment of the analysed networks within 1 km at its foot
    (two halves, same attributes), else stays a free end. The links become segments of a
    *copy* of the data (:func:`dataclasses.replace`; the loaded data is never changed) and
    every figure above is computed before and after.
"""

from __future__ import annotations

from routes_api.analysis.gaps.params import (  # noqa: F401
    ACTIVE_NETWORKS,
    CIRCLE_KM,
    COVERAGE_M,
    DEFAULT_LIMIT,
    DEFAULT_MAX_GAP_KM,
    DEFAULT_WALK_M,
    END_FOOT_M,
    GREEN_CONNECTOR_MODES,
    GapKind,
    HUB,
    INTERMODAL_KINDS,
    LENGTH_OFFSET_KM,
    LIMIT_MAX,
    MAX_GAP_KM_LIMIT,
    NON_GREEN_CONNECTOR_KINDS,
    PLACE_KM,
    Progress,
    SNAP_M,
    check_number,
    check_phase,
    parse_networks,
)
from routes_api.analysis.gaps.models import (  # noqa: F401
    Augmentation,
    AugmentationStep,
    CircleCoverage,
    CircleFix,
    CircleReach,
    Component,
    ConnectivityReport,
    ConnectivitySummary,
    GapAnalysis,
    GapCandidate,
    GapReport,
    Headline,
    IntermodalReport,
    Joins,
    Link,
    LinkEnd,
    NetworkProgress,
    ProgressReport,
    ProposedLink,
    Snap,
    StationGap,
    WhatIfLink,
    WhatIfReport,
)
from routes_api.analysis.gaps.geometry import (  # noqa: F401
    line_geojson,
    to_lonlat,
    to_xy,
)
from routes_api.analysis.gaps.components import (  # noqa: F401
    Parts,
    connectivity_report,
    green_segments,
    is_green,
    segment_graph,
    select_segments,
    split_components,
)
from routes_api.analysis.gaps.candidates import (  # noqa: F401
    endpoint_pairs,
    endpoint_segments,
    find_candidates,
    gap_report,
    greedy_augmentation,
    link_score,
    min_length_augmentation,
)
from routes_api.analysis.gaps.intermodal import (  # noqa: F401
    circle_reach,
    core_places,
    intermodal_report,
    station_gaps,
)
from routes_api.analysis.gaps.progress import (  # noqa: F401
    circle_coverage,
    progress_report,
)
from routes_api.analysis.gaps.summary import (  # noqa: F401
    connectivity_summary,
    gap_analysis,
    headline,
)
from routes_api.analysis.gaps.whatif import (  # noqa: F401
    apply_links,
    parse_links,
    what_if,
)
from routes_api.analysis.gaps.export import (  # noqa: F401
    candidates_geojson,
)
