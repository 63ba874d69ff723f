"""Reader and runner for the public OPHS benchmark (``/work/shared/bench``).

The reader follows ``/work/shared/bench/README.md``: whitespace-separated
tokens, blank lines and the trailing ``-----`` line ignored, first line
``N H D``, then ``Tmax``, then ``T_1 .. T_D``, then ``N + H`` point lines
``x y S`` (start hotel, end hotel, ``H`` extra hotels, ``N - 2`` vertices).
Distances are unrounded Euclidean distances; every trip may exceed its
``T_d`` by at most ``TOLERANCE`` (1e-4).
"""

from __future__ import annotations

import math
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

import numpy as np

from routes_api.core.errors import RoutesApiError
from routes_api.solvers.ophs import OPHSProblem, OPHSSolution, solve

__all__ = [
    "TOLERANCE",
    "OPHSFormatError",
    "OPHSInstance",
    "OPHSRunResult",
    "read_ophs",
    "find_instances",
    "run_instance",
    "run_instances",
]

TOLERANCE = 1e-4


class OPHSFormatError(RoutesApiError, ValueError):
    """A malformed ``.ophs`` file; the message names file, line and problem."""

    def __init__(self, path: str | Path, line: int | None, what: str) -> None:
        self.path, self.line, self.what = str(path), line, what
        where = f"{path}:{line}" if line is not None else f"{path}"
        super().__init__(f"{where}: {what}")


@dataclass(frozen=True, eq=False)
class OPHSInstance:
    """One benchmark instance, point indices in file order.

    Index 0 is the start hotel, 1 the end hotel, ``2 .. H+1`` the extra
    hotels and ``H+2 .. N+H-1`` the vertices.
    """

    path: str
    n_points: int  # N, incl. start and end hotel
    n_extra_hotels: int  # H
    n_days: int  # D
    tmax: float
    budgets: tuple[float, ...]
    xy: np.ndarray  # (N + H, 2)
    scores: np.ndarray  # (N + H,)

    @property
    def name(self) -> str:
        return Path(self.path).stem

    @property
    def hotels(self) -> tuple[int, ...]:
        return tuple(range(self.n_extra_hotels + 2))

    @property
    def vertices(self) -> tuple[int, ...]:
        return tuple(range(self.n_extra_hotels + 2, self.n_points + self.n_extra_hotels))

    def distances(self) -> np.ndarray:
        """Unrounded Euclidean distance matrix of all points."""
        diff = self.xy[:, None, :] - self.xy[None, :, :]
        return np.sqrt((diff**2).sum(axis=-1))

    def to_problem(self) -> OPHSProblem:
        """The generic OPHS problem (indices = file point order)."""
        score = self.scores.astype(float).copy()
        score[: self.n_extra_hotels + 2] = 0.0
        return OPHSProblem(cost=self.distances(), score=score, hotels=self.hotels, start=0,
                           end=1, budgets=self.budgets, vertices=self.vertices,
                           tolerance=TOLERANCE)


def _number(tok: str, path: Path, line: int, what: str) -> float:
    try:
        val = float(tok)
    except ValueError:
        raise OPHSFormatError(path, line, f"{what}: {tok!r} is not a number") from None
    if not math.isfinite(val):
        raise OPHSFormatError(path, line, f"{what}: {tok!r} is not finite")
    return val


def _integer(tok: str, path: Path, line: int, what: str) -> int:
    try:
        return int(tok)
    except ValueError:
        raise OPHSFormatError(path, line, f"{what}: {tok!r} is not an integer") from None


def read_ophs(path: str | Path) -> OPHSInstance:
    """Read an ``.ophs`` file.

    Raises
    ------
    OPHSFormatError
        Naming the file, the line number and what is wrong.
    """
    path = Path(path)
    try:
        text = path.read_text()
    except UnicodeDecodeError:
        raise OPHSFormatError(path, None, "not a text file") from None
    rows: list[tuple[int, list[str]]] = []
    for no, raw in enumerate(text.splitlines(), start=1):
        toks = raw.split()
        if not toks:
            continue
        if len(toks) == 1 and set(toks[0]) == {"-"}:
            continue  # trailing dashes line
        rows.append((no, toks))
    if not rows:
        raise OPHSFormatError(path, None, "empty file")
    no, toks = rows[0]
    if len(toks) != 3:
        raise OPHSFormatError(path, no, f"header must be 'N H D' (3 integers), got {len(toks)} tokens")
    N = _integer(toks[0], path, no, "N")
    H = _integer(toks[1], path, no, "H")
    D = _integer(toks[2], path, no, "D")
    if N < 2:
        raise OPHSFormatError(path, no, f"N must be >= 2 (start and end hotel), got {N}")
    if H < 0:
        raise OPHSFormatError(path, no, f"H must be >= 0, got {H}")
    if D < 1:
        raise OPHSFormatError(path, no, f"D must be >= 1, got {D}")
    if len(rows) < 2:
        raise OPHSFormatError(path, no + 1, "missing Tmax line")
    no, toks = rows[1]
    if len(toks) != 1:
        raise OPHSFormatError(path, no, f"Tmax line must hold 1 number, got {len(toks)} tokens")
    tmax = _number(toks[0], path, no, "Tmax")
    if len(rows) < 3:
        raise OPHSFormatError(path, no + 1, f"missing trip-length line (D = {D} numbers)")
    no, toks = rows[2]
    if len(toks) != D:
        raise OPHSFormatError(path, no, f"trip-length line must hold D = {D} numbers, got {len(toks)}")
    budgets = tuple(_number(t, path, no, f"T_{i + 1}") for i, t in enumerate(toks))
    for i, b in enumerate(budgets):
        if b < 0:
            raise OPHSFormatError(path, no, f"T_{i + 1} must be >= 0, got {b}")
    points = rows[3:]
    expected = N + H
    if len(points) != expected:
        last = points[-1][0] if points else rows[2][0]
        raise OPHSFormatError(
            path, last if len(points) < expected else points[expected][0],
            f"expected N + H = {expected} point lines, found {len(points)}")
    xy = np.empty((expected, 2))
    scores = np.empty(expected)
    for k, (no, toks) in enumerate(points):
        if len(toks) != 3:
            raise OPHSFormatError(path, no, f"point line must be 'x y S' (3 numbers), got {len(toks)} tokens")
        xy[k, 0] = _number(toks[0], path, no, "x")
        xy[k, 1] = _number(toks[1], path, no, "y")
        scores[k] = _number(toks[2], path, no, "score")
        if scores[k] < 0:
            raise OPHSFormatError(path, no, f"score must be >= 0, got {toks[2]}")
    return OPHSInstance(str(path), N, H, D, tmax, budgets, xy, scores)


def find_instances(paths: Iterable[str | Path]) -> list[Path]:
    """Expand files and folders (searched recursively for ``*.ophs``), sorted per folder."""
    found: list[Path] = []
    for p in paths:
        p = Path(p)
        if p.is_dir():
            found.extend(sorted(p.rglob("*.ophs")))
        elif p.exists():
            found.append(p)
        else:
            raise FileNotFoundError(f"{p}: no such file or folder")
    return found


@dataclass(frozen=True)
class OPHSRunResult:
    """Result of one benchmark run (JSON keys: instance, score, trips, seconds)."""

    instance: str
    score: float
    trips: list[list[int]]
    seconds: float

    @property
    def days(self) -> int:
        return len(self.trips)

    def to_json(self) -> dict:
        score = int(self.score) if float(self.score).is_integer() else self.score
        return {"instance": self.instance, "score": score, "trips": self.trips,
                "seconds": round(self.seconds, 4)}


def run_instance(path: str | Path, time_limit: float | None = None, seed: int = 0,
                 effort: float = 1.0) -> OPHSRunResult:
    """Read and solve one instance; ``seconds`` includes reading."""
    t0 = time.perf_counter()
    inst = read_ophs(path)
    sol: OPHSSolution = solve(inst.to_problem(), seed=seed, time_limit=time_limit, effort=effort)
    return OPHSRunResult(str(path), sol.score, sol.trips, time.perf_counter() - t0)


def run_instances(paths: Iterable[str | Path], time_limit: float | None = None, seed: int = 0,
                  *, effort: float = 1.0, progress: bool = False) -> list[OPHSRunResult]:
    """Solve every instance found under ``paths`` (files or folders).

    Parameters
    ----------
    paths : iterable of path
        Files, or folders searched recursively for ``*.ophs``.
    time_limit : float, optional
        Safety cap per instance in seconds.
    seed : int
        Solver seed.
    effort : float
        Solver effort multiplier.
    progress : bool
        Show a tqdm progress bar on stderr.
    """
    files = find_instances(paths)
    it: Iterable[Path] = files
    if progress:
        from tqdm import tqdm

        it = tqdm(files, desc="ophs", unit="inst")
    return [run_instance(p, time_limit, seed, effort) for p in it]
