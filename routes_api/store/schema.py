"""The tables of the itinerary store (SQLAlchemy Core; migrations in ``migrations/versions``)."""

from __future__ import annotations

from sqlalchemy import Column, MetaData, String, Table, Text

metadata = MetaData()

itineraries = Table(
    "itineraries",
    metadata,
    Column("id", String(64), primary_key=True),
    Column("created_at", Text, nullable=False),
    Column("body", Text, nullable=False),
    # added in 0002 (nullable: plans saved before owner tokens have none and cannot be changed)
    Column("owner_token_hash", String(64), nullable=True),
    Column("title", Text, nullable=True),
    Column("note", Text, nullable=True),
    Column("updated_at", Text, nullable=True),
)
