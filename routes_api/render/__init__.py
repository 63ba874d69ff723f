"""Renderers of an :class:`~routes_api.models.Itinerary`: printable HTML, SVG map, PDF, GPX,
GeoJSON and iCalendar. Each is a pure function of the itinerary (plus optional place
locations and background network lines); the HTTP layer is ``routes_api.api.pages``."""
