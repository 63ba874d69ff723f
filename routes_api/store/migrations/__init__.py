"""Alembic migrations of the itinerary store (a package so that installs ship them)."""
