"""The one error hierarchy: every failure the service expects has one type here.

The API maps each type to one HTTP status in one table (``routes_api.api.errors.STATUS``); the
CLI prints the message. Messages say what went wrong and what to fix, in plain words, and never
name an endpoint: the layer that shows them adds that.
"""

from __future__ import annotations


class RoutesApiError(Exception):
    """Base of every error the service raises on purpose."""


class DataError(RoutesApiError, ValueError):
    """A data file is malformed: the message names the file, the feature and the problem."""

    def __init__(self, file: str, feature: str | None, problem: str):
        self.file = file
        self.feature = feature
        self.problem = problem
        where = f"{file}: feature {feature!r}" if feature else file
        super().__init__(f"{where}: {problem}")


class NotFound(RoutesApiError):
    """An id that the request names does not exist.

    Parameters
    ----------
    what : str
        The kind of thing (``"place"``, ``"circle"``, ``"line"``, ``"itinerary"``...).
    ident : str, optional
        The id that was asked for.
    role : str, optional
        Where the request named it (``"from"``, ``"start"``, ``"must_visit"``...).
    """

    def __init__(self, what: str, ident: str | None = None, *, role: str | None = None):
        text = what if ident is None else f"{what} {ident!r} not found"
        super().__init__(f"{role}: {text}" if role else text)
        self.what = what
        self.ident = ident
        self.role = role


class UnknownPlace(NotFound):
    """A request names a place id that is not in the data."""

    def __init__(self, ident: str, *, role: str | None = None):
        super().__init__("place", ident, role=role)


class UnknownTour(NotFound):
    """A circle or line id that is not in the catalogue."""

    def __init__(self, ident: str, what: str = "tour"):
        super().__init__(what, ident)


class InvalidRequest(RoutesApiError):
    """The request is well-formed but its values contradict each other or the data."""


class NoRoute(RoutesApiError):
    """No route or trip exists under the request's limits; the message names the restriction
    or the network gap that prevents it."""


class Forbidden(RoutesApiError):
    """The caller may not do this (for example change a saved plan without its owner token)."""


class Unavailable(RoutesApiError):
    """A resource the answer needs is missing or down (PDF renderer, database, full disk)."""
