"""The OSM detail layer: street-level geometry and turn-by-turn steps for walking and cycling legs.

The plan networks are corridors: a greenway or a cycling segment is a line drawn between two
places. Where an OpenStreetMap extract covers both ends of a walking or cycling leg, the
planners (``routes_api.planners.legs``) replace the leg's corridor geometry by the shortest path
(by length) on the extract's streets and paths found here.

Sources (:func:`read_osm`): an OSM XML file (``.osm``, ``.xml``, ``.osm.bz2``) read by
``osmnx.graph_from_xml``; a ``.osm.pbf`` converted to XML with pyosmium (highway ways and
their nodes only) and read by the same code; or, only behind an explicit flag, osmnx's own
download for a place name or a bbox (:func:`download_osm`). Every way is read unsimplified
(each edge a straight piece between two OSM nodes) and every fragment is kept.

The filtering rule (:func:`way_access`) decides per edge whether a walker and a cyclist may
use it; see ``docs/detail.md``. A layer is compiled once into two weight sets (walk, bike) of
one :class:`~routes_api.network.compiled.CompiledGraph` topology and cached on disk under
``<state dir>/detail/<name>/`` by ``routes-api detail import``.
"""

from __future__ import annotations

import contextlib
import json
import logging
import math
import pickle
import re
import shutil
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable

import networkx as nx
import numpy as np

from routes_api.core.errors import RoutesApiError
from routes_api.core.geo import haversine_m
from routes_api.network.compiled import CompiledGraph

log = logging.getLogger("routes_api.network.detail")

FORMAT_VERSION = 1
SNAP_MAX_M = 300.0
SNAP_CANDIDATES = 4  # nearest ways tried at each end of a leg
# a street path more than this many times the straight distance (plus 1 km) is not trusted:
# the extract is probably missing the link the corridor uses, so the corridor is kept
DETOUR_MAX = 3.0
DETAIL_MODES = ("walk", "bike")
DETAIL_NETWORKS = ("cycling", "greenway", "transfer", "access")

# OSM way tags a cycling and walking router needs (added to osmnx.settings.useful_tags_way)
WAY_TAGS = (
    "highway", "cycleway", "cycleway:left", "cycleway:right", "cycleway:both", "bicycle",
    "oneway:bicycle", "foot", "sidewalk", "access", "surface", "route", "duration", "name",
    "name:zh", "name:en", "oneway", "junction", "service", "bridge", "tunnel", "lanes",
    "maxspeed", "segregated",
)

# never usable on foot or by bike, whatever the other tags say
EXCLUDED_HIGHWAY = frozenset({
    "construction", "proposed", "planned", "abandoned", "disused", "razed", "raceway",
    "bus_guideway", "busway", "platform", "rest_area", "services", "emergency_bay", "escape",
    "no", "elevator",
})
MAIN_ROADS = frozenset({"primary", "primary_link", "secondary", "secondary_link", "tertiary", "tertiary_link"})
MOTOR_ONLY = frozenset({"motorway", "motorway_link", "trunk", "trunk_link"})
# riding needs an explicit bicycle=yes/designated/permissive on these
NO_BIKE_DEFAULT = frozenset({"footway", "pedestrian", "steps", "corridor", "bridleway"})
YES = frozenset({"yes", "designated", "permissive", "destination", "official"})
NO = frozenset({"no", "use_sidepath", "private"})
NO_CYCLEWAY = frozenset({"no", "none", "separate", "shared_lane_no"})

FALLBACK_NAMES = {  # an unnamed way is described by its kind
    "footway": ("人行道", "footpath"),
    "pedestrian": ("步行街", "pedestrian street"),
    "path": ("小路", "path"),
    "cycleway": ("自行车道", "cycle path"),
    "steps": ("台阶", "steps"),
    "track": ("机耕路", "track"),
    "service": ("辅路", "service road"),
    "living_street": ("生活街道", "living street"),
}
UNNAMED = ("无名道路", "an unnamed road")
_CJK = re.compile(r"[\u3400-\u9fff]")
_EXT = (".osm.pbf", ".osm.bz2", ".osm", ".xml", ".pbf", ".bz2")


class DetailError(RoutesApiError, ValueError):
    """An extract cannot be read, or a cached layer is not usable."""


# ---------------------------------------------------------------------------------------------
# reading


@contextlib.contextmanager
def osm_way_tags(extra: Iterable[str] = WAY_TAGS):
    """Temporarily add `extra` to ``osmnx.settings.useful_tags_way`` (restored on exit)."""
    import osmnx as ox

    saved = list(ox.settings.useful_tags_way)
    ox.settings.useful_tags_way = list(dict.fromkeys([*saved, *extra]))
    try:
        yield
    finally:
        ox.settings.useful_tags_way = saved


def layer_name_of(path: str | Path) -> str:
    """Default layer name for a file: its name without the OSM extensions, as a slug."""
    name = Path(path).name.lower()
    for ext in _EXT:
        if name.endswith(ext):
            name = name[: -len(ext)]
            break
    slug = re.sub(r"[^a-z0-9]+", "-", name).strip("-")
    return slug or "extract"


def pbf_to_xml(src: str | Path, dst: str | Path) -> Path:
    """Write the highway ways of a ``.osm.pbf`` and their nodes to an OSM XML file (pyosmium)."""
    try:
        import osmium
    except ImportError as exc:  # pragma: no cover - osmium is a runtime dependency
        raise DetailError("reading .pbf needs pyosmium (pip install osmium)") from exc
    src, dst = Path(src), Path(dst)
    wanted: set[int] = set()
    for way in osmium.FileProcessor(str(src), osmium.osm.WAY):
        if "highway" in way.tags:
            wanted.update(n.ref for n in way.nodes)
    if dst.exists():
        dst.unlink()
    present: set[int] = set()
    writer = osmium.SimpleWriter(str(dst))
    try:  # a .pbf lists its nodes before its ways, so `present` is complete when ways come
        for obj in osmium.FileProcessor(str(src), osmium.osm.NODE | osmium.osm.WAY):
            if obj.is_node():
                if obj.id in wanted:
                    writer.add_node(obj)
                    present.add(obj.id)
            elif "highway" in obj.tags:
                refs = [n.ref for n in obj.nodes]
                run = _longest_run(refs, present)
                if len(run) < 2:
                    continue
                if len(run) == len(refs):
                    writer.add_way(obj)
                else:  # a clipped extract: keep the longest stretch whose nodes it has
                    writer.add_way(obj.replace(nodes=run))
    finally:
        writer.close()
    return dst


def _longest_run(refs: list[int], present: set[int]) -> list[int]:
    best: list[int] = []
    cur: list[int] = []
    for ref in refs:
        if ref in present:
            cur.append(ref)
            if len(cur) > len(best):
                best = list(cur)
        else:
            cur = []
    return best


def read_osm(path: str | Path) -> nx.MultiDiGraph:
    """Read an extract into an unfiltered, unsimplified osmnx graph (every fragment kept).

    ``.osm``/``.xml``/``.osm.bz2``: ``osmnx.graph_from_xml``; ``.pbf``: converted with
    pyosmium to a temporary XML file first, then the same call.
    """
    import osmnx as ox

    path = Path(path)
    if not path.is_file():
        raise DetailError(f"{path}: no such file")
    name = path.name.lower()
    with osm_way_tags(), contextlib.ExitStack() as stack:
        if name.endswith(".pbf"):
            tmp = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="routes-api-pbf-")))
            path = pbf_to_xml(path, tmp / "extract.osm")
        elif not name.endswith((".osm", ".xml", ".bz2")):
            raise DetailError(f"{path}: not an OSM extract (.osm, .osm.bz2, .xml or .osm.pbf)")
        import warnings

        with warnings.catch_warnings():
            # extracts written by osmnx itself (like the test fixture) are accepted as they are
            warnings.filterwarnings("ignore", message=".*generated by OSMnx.*")
            try:
                G = ox.graph_from_xml(path, simplify=False, retain_all=True)
            except Exception as exc:
                raise DetailError(f"{path}: cannot read OSM XML: {exc}") from exc
    return G


def download_osm(*, place: str | None = None, bbox: tuple[float, float, float, float] | None = None,
                 allow_network: bool = False) -> nx.MultiDiGraph:
    """Download ways with osmnx for a place name or a bbox ``(west, south, east, north)``.

    Only when the user asks for it (`allow_network`); the service itself never downloads.
    """
    import osmnx as ox

    if not allow_network:
        raise DetailError("downloading from OpenStreetMap needs an explicit --allow-network")
    if (place is None) == (bbox is None):
        raise DetailError("give exactly one of a place name or a bbox")
    with osm_way_tags():
        opts = {"network_type": "all", "simplify": False, "retain_all": True}
        if place is not None:
            return ox.graph_from_place(place, **opts)
        west, south, east, north = bbox
        if not (west < east and south < north):
            raise DetailError("bbox must be west,south,east,north with west < east and south < north")
        return ox.graph_from_bbox((west, south, east, north), **opts)


# ---------------------------------------------------------------------------------------------
# filtering


def _values(value) -> list[str]:
    if value is None:
        return []
    if isinstance(value, (list, tuple, set)):
        return [str(v).lower() for v in value]
    return [str(value).lower()]


def _has(d: dict, key: str, allowed: frozenset) -> bool:
    return any(v in allowed for v in _values(d.get(key)))


def _has_cycleway(d: dict) -> bool:
    return any(
        v not in NO_CYCLEWAY
        for key in ("cycleway", "cycleway:left", "cycleway:right", "cycleway:both")
        for v in _values(d.get(key))
    )


def way_access(d: dict) -> tuple[bool, bool]:
    """``(walk, bike)``: may a walker / a cyclist use this way (either direction)?

    The rule (also in ``docs/detail.md``):

    1. no ``highway`` tag, or one of :data:`EXCLUDED_HIGHWAY`: neither;
    2. ``motorway``/``trunk`` (and their links): only with a cycleway on it (``cycleway*``
       not ``no``/``separate``) or an explicit ``bicycle``/``foot`` = yes, designated,
       permissive;
    3. ``footway``/``pedestrian``/``steps``/``corridor``/``bridleway``: walkers yes, cyclists
       only with an explicit ``bicycle`` = yes...; every other highway: both;
    4. a road tunnel (``tunnel=yes`` on primary/secondary/tertiary without a cycleway) is
       closed unless the mode is explicitly allowed;
    5. ``access`` = no/private closes the way unless the mode is explicitly allowed;
    6. ``bicycle`` = no/use_sidepath/dismount, ``foot`` = no/use_sidepath always close.
    """
    highways = _values(d.get("highway"))
    if not highways or any(h in EXCLUDED_HIGHWAY for h in highways):
        return False, False
    foot_yes, bike_yes = _has(d, "foot", YES), _has(d, "bicycle", YES)
    foot_no = _has(d, "foot", NO)
    bike_no = _has(d, "bicycle", NO | {"dismount"})
    walk = bike = True
    if any(h in MOTOR_ONLY for h in highways):
        side = _has_cycleway(d)
        walk, bike = side or foot_yes, side or bike_yes
    elif any(h in NO_BIKE_DEFAULT for h in highways):
        bike = bike_yes
    if (_has(d, "tunnel", frozenset({"yes"})) and any(h in MAIN_ROADS for h in highways)
            and not _has_cycleway(d)):  # city road tunnels (外滩隧道...) are for motor traffic
        walk, bike = foot_yes, bike_yes
    if _has(d, "access", frozenset({"no", "private"})):
        walk, bike = walk and foot_yes, bike and bike_yes
    return walk and not foot_no, bike and not bike_no


def _contraflow_bike(d: dict) -> bool:
    """May a cyclist ride against this one-way way?"""
    if _has(d, "oneway:bicycle", frozenset({"no"})):
        return True
    return any(
        v.startswith("opposite")
        for key in ("cycleway", "cycleway:left", "cycleway:right", "cycleway:both")
        for v in _values(d.get(key))
    )


def prepare_graph(raw: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """Filter a raw osmnx graph to the walking/cycling detail graph.

    Every kept edge gets ``walk`` and ``bike`` booleans; one-way ways get a reverse edge
    (``against_oneway=True``) that walkers may use and cyclists only with a contraflow tag.
    Nodes left without edges are dropped; disconnected fragments are kept.
    """
    G = nx.MultiDiGraph(crs=raw.graph.get("crs", "EPSG:4326"), name="routes-api OSM detail")
    for n, d in raw.nodes(data=True):
        G.add_node(n, x=float(d["x"]), y=float(d["y"]))
    keep = {k for k in (*WAY_TAGS, "osmid", "length", "reversed")}
    for u, v, k, d in raw.edges(keys=True, data=True):
        if u == v:
            continue
        walk, bike = way_access(d)
        if not (walk or bike):
            continue
        attrs = {a: d[a] for a in keep if a in d and a != "oneway"}
        attrs["length"] = float(d.get("length") or haversine_m(G.nodes[u]["x"], G.nodes[u]["y"],
                                                                  G.nodes[v]["x"], G.nodes[v]["y"]))
        one_way = d.get("oneway") is True or str(d.get("oneway")).lower() in ("yes", "true", "1")
        G.add_edge(u, v, key=k, walk=walk, bike=bike, against_oneway=False, oneway=one_way, **attrs)
        if one_way:  # osmnx added this way in its legal direction only
            G.add_edge(v, u, walk=walk, bike=bike and _contraflow_bike(d), against_oneway=True,
                       oneway=True, **{**attrs, "reversed": True})
    G.remove_nodes_from([n for n in list(G.nodes) if G.degree(n) == 0])
    return G


# ---------------------------------------------------------------------------------------------
# the layer


def _mode_weight(mode: str) -> Callable[[Any, Any, dict], float | None]:
    return lambda u, v, d: d["length"] if d[mode] else None


@dataclass
class Snap:
    """A point snapped onto one edge ``u -> v`` at fraction `t`; `metres` from the point."""

    u: int
    v: int
    t: float
    lon: float
    lat: float
    metres: float
    edge_m: float


@dataclass
class DetailLayer:
    """One OSM extract: its filtered graph and its compiled walk and bike cores."""

    name: str
    graph: nx.MultiDiGraph
    cores: dict[str, CompiledGraph]
    meta: dict = field(default_factory=dict)

    def __post_init__(self):
        G = self.graph
        pairs = {}
        for u, v, d in G.edges(data=True):
            key = (u, v) if u < v else (v, u)
            w, b = pairs.get(key, (False, False))
            pairs[key] = (w or d["walk"], b or d["bike"])
        self._pairs = np.array(list(pairs), dtype=np.int64).reshape(-1, 2)
        flags = np.array(list(pairs.values()), dtype=bool).reshape(-1, 2)
        self._usable = {"walk": flags[:, 0], "bike": flags[:, 1]}
        xs = {n: d["x"] for n, d in G.nodes(data=True)}
        ys = {n: d["y"] for n, d in G.nodes(data=True)}
        self._x1 = np.array([xs[u] for u in self._pairs[:, 0]])
        self._y1 = np.array([ys[u] for u in self._pairs[:, 0]])
        self._x2 = np.array([xs[v] for v in self._pairs[:, 1]])
        self._y2 = np.array([ys[v] for v in self._pairs[:, 1]])
        if len(xs):
            self.bounds = (min(xs.values()), min(ys.values()), max(xs.values()), max(ys.values()))
        else:
            self.bounds = (math.inf, math.inf, -math.inf, -math.inf)

    # ---- build / persist ------------------------------------------------------------------

    @classmethod
    def build(cls, raw: nx.MultiDiGraph, name: str, source: str = "", progress=None) -> "DetailLayer":
        """Filter `raw` and compile its walk and bike weight sets (one topology, one CCH)."""
        step = progress or (lambda label: None)
        step("filter")
        G = prepare_graph(raw)
        if G.number_of_edges() == 0:
            raise DetailError(f"{name}: no way in the extract is usable on foot or by bike")
        step("compile walk")
        walk = CompiledGraph.from_networkx(G, weight=_mode_weight("walk"))
        step("compile bike")
        bike = walk.with_weight(G, _mode_weight("bike"))
        meta = {
            "format_version": FORMAT_VERSION,
            "name": name,
            "source": source,
            "nodes": G.number_of_nodes(),
            "edges": G.number_of_edges(),
            "raw_edges": raw.number_of_edges(),
            "walk_edges": sum(1 for *_, d in G.edges(data=True) if d["walk"]),
            "bike_edges": sum(1 for *_, d in G.edges(data=True) if d["bike"]),
            "components": nx.number_weakly_connected_components(G),
            "built_at": time.strftime("%Y-%m-%dT%H:%M:%S"),
            "backend": walk.backend_name,
        }
        layer = cls(name=name, graph=G, cores={"walk": walk, "bike": bike}, meta=meta)
        layer.meta["bounds"] = list(layer.bounds)
        return layer

    def save(self, directory: str | Path) -> Path:
        """Write ``graph.pkl``, ``core/`` (walk weights + CCH order), ``bike_weights.npy``,
        ``meta.json`` to `directory` (replaced)."""
        directory = Path(directory)
        tmp = directory.with_name(directory.name + ".tmp")
        shutil.rmtree(tmp, ignore_errors=True)
        tmp.mkdir(parents=True)
        with open(tmp / "graph.pkl", "wb") as fh:
            pickle.dump(self.graph, fh, protocol=pickle.HIGHEST_PROTOCOL)
        self.cores["walk"].save(tmp / "core")
        np.save(tmp / "bike_weights.npy", self.cores["bike"].weights)
        (tmp / "meta.json").write_text(json.dumps(self.meta, ensure_ascii=False, indent=2), encoding="utf-8")
        shutil.rmtree(directory, ignore_errors=True)
        tmp.rename(directory)
        return directory

    @classmethod
    def load(cls, directory: str | Path) -> "DetailLayer":
        """Load a layer written by :meth:`save` (the pickle is trusted: write it yourself)."""
        directory = Path(directory)
        try:
            meta = json.loads((directory / "meta.json").read_text(encoding="utf-8"))
            if meta.get("format_version") != FORMAT_VERSION:
                raise DetailError(f"{directory}: format {meta.get('format_version')} (expected {FORMAT_VERSION}); re-import")
            with open(directory / "graph.pkl", "rb") as fh:
                G = pickle.load(fh)  # noqa: S301 - written by `routes-api detail import`
            walk = CompiledGraph.load(directory / "core")
            bike = walk.with_arc_weights(np.load(directory / "bike_weights.npy"))
        except DetailError:
            raise
        except Exception as exc:
            raise DetailError(f"{directory}: cannot load the detail layer: {exc}") from exc
        return cls(name=meta["name"], graph=G, cores={"walk": walk, "bike": bike}, meta=meta)

    # ---- queries ---------------------------------------------------------------------------

    def covers(self, lon: float, lat: float, margin_m: float = SNAP_MAX_M) -> bool:
        """Is the point inside the layer's bounds grown by `margin_m`?"""
        minx, miny, maxx, maxy = self.bounds
        dy = margin_m / 111_320.0
        dx = dy / max(math.cos(math.radians(lat)), 0.1)
        return minx - dx <= lon <= maxx + dx and miny - dy <= lat <= maxy + dy

    def snap(self, lon: float, lat: float, mode: str = "walk") -> Snap | None:
        """Nearest point on a way usable by `mode` (None when the layer has none)."""
        found = self.snaps(lon, lat, mode, k=1, max_m=math.inf)
        return found[0] if found else None

    def snaps(self, lon: float, lat: float, mode: str = "walk", k: int = SNAP_CANDIDATES,
              max_m: float | None = None) -> list[Snap]:
        """The `k` nearest ways usable by `mode` within `max_m`, nearest first (a one-way stub
        or a fragment may be nearest: the router tries each)."""
        usable = self._usable[mode]
        if not usable.any():
            return []
        max_m = SNAP_MAX_M if max_m is None else max_m
        kx = 111_320.0 * math.cos(math.radians(lat))
        ky = 110_574.0
        ax, ay = (self._x1 - lon) * kx, (self._y1 - lat) * ky
        bx, by = (self._x2 - lon) * kx, (self._y2 - lat) * ky
        dx, dy = bx - ax, by - ay
        seg2 = dx * dx + dy * dy
        with np.errstate(invalid="ignore", divide="ignore"):
            t = np.where(seg2 > 0, -(ax * dx + ay * dy) / seg2, 0.0)
        t = np.clip(t, 0.0, 1.0)
        px, py = ax + t * dx, ay + t * dy
        d2 = np.where(usable, px * px + py * py, np.inf)
        k = min(k, len(d2))
        nearest = np.argpartition(d2, k - 1)[:k] if k < len(d2) else np.arange(len(d2))
        out = []
        for i in sorted(nearest.tolist(), key=lambda j: d2[j]):
            if not math.isfinite(d2[i]):
                break
            u, v = (int(n) for n in self._pairs[i])
            ti = float(t[i])
            plon = float(self._x1[i] + ti * (self._x2[i] - self._x1[i]))
            plat = float(self._y1[i] + ti * (self._y2[i] - self._y1[i]))
            metres = float(haversine_m(lon, lat, plon, plat))
            if out and metres > max_m:
                break
            out.append(Snap(u=u, v=v, t=ti, lon=plon, lat=plat, metres=metres, edge_m=float(math.sqrt(seg2[i]))))
        return out

    def _open(self, a: int, b: int, mode: str) -> dict | None:
        """The shortest edge ``a -> b`` open to `mode`, or None."""
        best = None
        for d in (self.graph.get_edge_data(a, b) or {}).values():
            if d[mode] and (best is None or d["length"] < best["length"]):
                best = d
        return best

    def route(self, s: Snap, t: Snap, mode: str) -> tuple[float, list] | None:
        """Shortest way between two snaps: ``(metres, [snap s, node, ..., snap t])``."""
        core = self.cores[mode]
        # leaving s: towards s.u costs t*len and runs v -> u; towards s.v runs u -> v
        starts = []
        if self._open(s.v, s.u, mode):
            starts.append((s.u, s.t * s.edge_m))
        if self._open(s.u, s.v, mode):
            starts.append((s.v, (1 - s.t) * s.edge_m))
        ends = []
        if self._open(t.u, t.v, mode):
            ends.append((t.u, t.t * t.edge_m))
        if self._open(t.v, t.u, mode):
            ends.append((t.v, (1 - t.t) * t.edge_m))
        best: tuple[float, list] | None = None
        if {s.u, s.v} == {t.u, t.v}:  # same edge: straight along it when the direction is open
            ts = s.t if s.u == t.u else 1 - s.t
            forward = ts <= t.t
            if self._open(t.u, t.v, mode) if forward else self._open(t.v, t.u, mode):
                best = (abs(t.t - ts) * t.edge_m, [])
        for a, off_a in starts:
            for b, off_b in ends:
                found = core.route(a, b)
                if found is None or not math.isfinite(found[0]):
                    continue
                total = off_a + found[0] + off_b
                if best is None or total < best[0] - 1e-9:
                    best = (total, list(found[1]))
        return best

    def coords(self, node) -> tuple[float, float]:
        d = self.graph.nodes[node]
        return d["x"], d["y"]


@dataclass
class DetailSet:
    """The loaded detail layers (empty when none was imported)."""

    layers: list[DetailLayer] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    @classmethod
    def load_dir(cls, root: str | Path) -> "DetailSet":
        """Load every cached layer under `root` (``<state dir>/detail``); a broken one is
        reported in `errors` and skipped, so the service still starts."""
        root = Path(root)
        out = cls()
        if not root.is_dir():
            return out
        for sub in sorted(p for p in root.iterdir() if p.is_dir() and (p / "meta.json").exists()):
            try:
                out.layers.append(DetailLayer.load(sub))
            except DetailError as exc:
                log.warning("%s", exc)
                out.errors.append(str(exc))
        return out

    def names(self) -> list[str]:
        return [layer.name for layer in self.layers]


def layer_dir(state_dir: str | Path, name: str) -> Path:
    return Path(state_dir) / "detail" / name
