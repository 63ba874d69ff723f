"""Small geodesic helpers on WGS84 lon/lat (great-circle, as osmnx uses for unprojected graphs)."""

from __future__ import annotations

import numpy as np

EARTH_RADIUS_M = 6_371_009.0  # osmnx.distance.EARTH_RADIUS_M


def haversine_m(lon1, lat1, lon2, lat2):
    """Great-circle distance in metres between points (scalars or numpy arrays).

    Parameters
    ----------
    lon1, lat1, lon2, lat2 : float or numpy.ndarray
        Coordinates in degrees.

    Returns
    -------
    float or numpy.ndarray
    """
    lon1, lat1, lon2, lat2 = map(np.radians, (lon1, lat1, lon2, lat2))
    a = (
        np.sin((lat2 - lat1) / 2) ** 2
        + np.cos(lat1) * np.cos(lat2) * np.sin((lon2 - lon1) / 2) ** 2
    )
    return 2 * EARTH_RADIUS_M * np.arcsin(np.sqrt(np.clip(a, 0, 1)))


def step_lengths_m(coords) -> np.ndarray:
    """Return the length in metres of each step of a polyline given as [(lon, lat), ...]."""
    arr = np.asarray(coords, dtype=float)
    return haversine_m(arr[:-1, 0], arr[:-1, 1], arr[1:, 0], arr[1:, 1])


def line_length_m(coords) -> float:
    """Return the great-circle length in metres of a polyline [(lon, lat), ...]."""
    return float(step_lengths_m(coords).sum())
