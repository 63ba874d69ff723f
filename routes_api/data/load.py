"""Read and validate the network data files.

Every problem fails the load with one :class:`DataError` whose message names the file, the
feature id and the problem, so that whoever edits a file by hand can find and fix it.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path

from pydantic import ValidationError

from routes_api.core.errors import DataError
from routes_api.core.geo import haversine_m, step_lengths_m
from routes_api.core.vocabulary import NETWORKS
from routes_api.data.schema import Corridor, NetworkSpec, Place, Segment

DEFAULT_DATA_DIR = Path(__file__).resolve().parents[2] / "network_data"
PLACES_FILE = "places.geojson"
CORRIDORS_FILE = "corridors.json"
SEGMENT_FILES: dict[str, str] = {
    "water": "water.geojson",
    "scenic_rail": "scenic_rail.geojson",
    "cycling": "cycling.geojson",
    "greenway": "greenway.geojson",
    "connector": "connectors.geojson",
}
# A segment's first/last vertex must lie this close to its from/to place.
ENDPOINT_TOLERANCE_M = 1_000.0
# Authoring rule: real waypoints about 10 km apart; the load refuses clear violations.
MAX_STEP_M = {"plan": 12_000.0, "connector": 25_000.0}


@dataclass(frozen=True)
class NetworkData:
    """Everything read from a data directory, validated and cross-checked."""

    data_dir: Path
    places: dict[str, Place]
    segments: tuple[Segment, ...]
    corridors: dict[str, Corridor]
    specs: dict[str, NetworkSpec]
    fingerprint: str
    segment_files: dict[str, str] = field(default_factory=dict)
    segment_km: dict[str, float] = field(default_factory=dict)  # authored geometry, by segment id


def read_json(path: Path, name: str):
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise DataError(name, None, "file is missing") from None
    except UnicodeDecodeError as exc:
        raise DataError(name, None, f"not UTF-8 text ({exc.reason})") from None
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise DataError(
            name, None, f"invalid JSON at line {exc.lineno} column {exc.colno}: {exc.msg}"
        ) from None


def first_error(exc: ValidationError) -> str:
    err = exc.errors()[0]
    loc = ".".join(str(p) for p in err["loc"] if p != "__root__")
    msg = err["msg"].removeprefix("Value error, ")
    extra = f" (got {err['input']!r})" if err["type"] != "value_error" and "input" in err else ""
    if len(extra) > 120:
        extra = ""
    return f"{loc}: {msg}{extra}" if loc else f"{msg}{extra}"


def _features(doc, name: str, geometry_type: str):
    if not isinstance(doc, dict) or doc.get("type") != "FeatureCollection":
        raise DataError(name, None, "top level must be a GeoJSON FeatureCollection")
    features = doc.get("features")
    if not isinstance(features, list):
        raise DataError(name, None, "'features' must be a list")
    for index, feature in enumerate(features):
        props = feature.get("properties") if isinstance(feature, dict) else None
        if not isinstance(props, dict):
            raise DataError(name, f"#{index}", "feature has no 'properties' object")
        fid = props.get("id") if isinstance(props.get("id"), str) else f"#{index}"
        geom = feature.get("geometry")
        if not isinstance(geom, dict) or geom.get("type") != geometry_type:
            got = geom.get("type") if isinstance(geom, dict) else type(geom).__name__
            raise DataError(name, fid, f"geometry must be a {geometry_type}, got {got}")
        coords = geom.get("coordinates")
        yield fid, props, coords


def _position(value, name: str, fid: str) -> tuple[float, float]:
    if (
        not isinstance(value, (list, tuple))
        or len(value) < 2
        or not all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in value[:2])
    ):
        raise DataError(name, fid, f"position {value!r} is not [lon, lat] numbers")
    return float(value[0]), float(value[1])


def load_places(path: Path) -> dict[str, Place]:
    """Read ``places.geojson`` into a dict of :class:`Place` keyed by id."""
    name = path.name
    places: dict[str, Place] = {}
    for fid, props, coords in _features(read_json(path, name), name, "Point"):
        lon, lat = _position(coords, name, fid)
        try:
            place = Place(**props, lon=lon, lat=lat)
        except ValidationError as exc:
            raise DataError(name, fid, first_error(exc)) from None
        except TypeError as exc:
            raise DataError(name, fid, str(exc)) from None
        if place.id in places:
            raise DataError(name, place.id, "duplicate place id")
        places[place.id] = place
    return places


def load_corridors(path: Path) -> tuple[dict[str, Corridor], dict[str, NetworkSpec]]:
    """Read ``corridors.json``: the plan's networks, targets and corridor ids."""
    name = path.name
    doc = read_json(path, name)
    corridors: dict[str, Corridor] = {}
    try:
        specs = {k: NetworkSpec(**v) for k, v in doc["networks"].items()}
        for raw in doc["corridors"]:
            corridor = Corridor(**raw)
            if corridor.id in corridors:
                raise DataError(name, corridor.id, "duplicate corridor id")
            corridors[corridor.id] = corridor
    except (KeyError, TypeError) as exc:
        raise DataError(name, None, f"missing or malformed key {exc}") from None
    except ValidationError as exc:
        raise DataError(name, None, first_error(exc)) from None
    return corridors, specs


def load_segments(
    path: Path,
    network: str,
    places: dict[str, Place],
    corridors: dict[str, Corridor],
    seen_ids: dict[str, str],
    lengths_km: dict[str, float],
) -> list[Segment]:
    """Read one network file and cross-check it against places and corridors.

    Parameters
    ----------
    path : pathlib.Path
        The GeoJSON file.
    network : str
        The network this file holds; every feature must say the same.
    places, corridors : dict
        Already loaded places and corridors, for reference checks.
    seen_ids : dict
        Segment id -> file name of every segment read so far (ids are unique across files).
    lengths_km : dict
        Filled with each segment's great-circle length in km.
    """
    name = path.name
    segments: list[Segment] = []
    max_step = MAX_STEP_M["connector" if network == "connector" else "plan"]
    for fid, props, coords in _features(read_json(path, name), name, "LineString"):
        if not isinstance(coords, list):
            raise DataError(name, fid, "LineString coordinates must be a list of positions")
        positions = tuple(_position(c, name, fid) for c in coords)
        try:
            seg = Segment(**props, coords=positions)
        except ValidationError as exc:
            raise DataError(name, fid, first_error(exc)) from None
        except TypeError as exc:
            raise DataError(name, fid, str(exc)) from None
        if seg.network != network:
            raise DataError(name, seg.id, f"network is {seg.network!r} but this file holds {network!r}")
        if seg.id in seen_ids:
            raise DataError(name, seg.id, f"duplicate segment id (also in {seen_ids[seg.id]})")
        seen_ids[seg.id] = name
        for ref in (seg.corridor, *seg.also):
            corridor = corridors.get(ref)
            if corridor is None:
                raise DataError(name, seg.id, f"corridor {ref!r} is not in {CORRIDORS_FILE}")
            if corridor.network != network:
                raise DataError(
                    name, seg.id, f"corridor {ref!r} belongs to network {corridor.network!r}"
                )
        for role, pid, (lon, lat) in (("from", seg.from_, positions[0]), ("to", seg.to, positions[-1])):
            place = places.get(pid)
            if place is None:
                raise DataError(name, seg.id, f"{role} place {pid!r} is not in {PLACES_FILE}")
            gap = float(haversine_m(lon, lat, place.lon, place.lat))
            if gap > ENDPOINT_TOLERANCE_M:
                raise DataError(
                    name,
                    seg.id,
                    f"{'first' if role == 'from' else 'last'} vertex is {gap / 1000:.1f} km from "
                    f"its {role} place {pid!r} (at most {ENDPOINT_TOLERANCE_M / 1000:.0f} km)",
                )
        steps = step_lengths_m(positions)
        lengths_km[seg.id] = float(steps.sum()) / 1000
        if steps.max() > max_step:
            i = int(steps.argmax())
            raise DataError(
                name,
                seg.id,
                f"vertices {i} and {i + 1} are {steps[i] / 1000:.1f} km apart "
                f"(at most {max_step / 1000:.0f} km: add the real waypoints between)",
            )
        segments.append(seg)
    return segments


def _fingerprint(paths: list[Path]) -> str:
    digest = hashlib.sha256()
    for path in paths:
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def load_network(data_dir: str | Path | None = None) -> NetworkData:
    """Load and validate a network data directory.

    Parameters
    ----------
    data_dir : str or pathlib.Path, optional
        Folder holding ``places.geojson``, ``corridors.json`` and the segment files; the
        embedded ``network_data/`` when omitted.

    Returns
    -------
    NetworkData

    Raises
    ------
    DataError
        Naming the file, the feature and the problem.
    """
    data_dir = Path(data_dir) if data_dir else DEFAULT_DATA_DIR
    if not data_dir.is_dir():
        raise DataError(str(data_dir), None, "data directory does not exist")
    corridors, specs = load_corridors(data_dir / CORRIDORS_FILE)
    places = load_places(data_dir / PLACES_FILE)
    seen: dict[str, str] = {}
    lengths_km: dict[str, float] = {}
    segments: list[Segment] = []
    files: dict[str, str] = {}
    for network in NETWORKS:
        path = data_dir / SEGMENT_FILES[network]
        files[network] = path.name
        segments.extend(load_segments(path, network, places, corridors, seen, lengths_km))
    paths = [data_dir / CORRIDORS_FILE, data_dir / PLACES_FILE] + [
        data_dir / SEGMENT_FILES[n] for n in NETWORKS
    ]
    return NetworkData(
        data_dir=data_dir,
        places=places,
        segments=tuple(segments),
        corridors=corridors,
        specs=specs,
        fingerprint=_fingerprint(paths),
        segment_files=files,
        segment_km=lengths_km,
    )
