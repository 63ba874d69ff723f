"""Local projection and small geometry helpers (metres around lat 30.85)."""

from __future__ import annotations


import numpy as np
import shapely

from routes_api.core.geo import haversine_m
from routes_api.analysis.gaps.params import _KX, _KY


def to_xy(lon, lat):
    """Project lon/lat degrees to local equirectangular metres (arrays or scalars)."""
    return np.asarray(lon, dtype=float) * _KX, np.asarray(lat, dtype=float) * _KY


def to_lonlat(x, y):
    """Inverse of :func:`to_xy`."""
    return np.asarray(x, dtype=float) / _KX, np.asarray(y, dtype=float) / _KY


def _xy_line(coords) -> shapely.LineString:
    arr = np.asarray(coords, dtype=float)
    x, y = to_xy(arr[:, 0], arr[:, 1])
    return shapely.LineString(np.column_stack([x, y]))


def _r6(value: float) -> float:
    return round(float(value), 6)


def line_geojson(coords) -> dict:
    """A GeoJSON LineString with [lon, lat] rounded to 6 decimals."""
    return {"type": "LineString", "coordinates": [[_r6(lon), _r6(lat)] for lon, lat in coords]}


def _straight_km(a: tuple[float, float], b: tuple[float, float]) -> float:
    return float(haversine_m(a[0], a[1], b[0], b[1])) / 1000
