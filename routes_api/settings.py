"""Configuration from environment variables (prefix ``ROUTES_API_``)."""

from __future__ import annotations

from pathlib import Path

from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    """Service settings; every field can be set as ``ROUTES_API_<NAME>``."""

    model_config = SettingsConfigDict(env_prefix="ROUTES_API_")

    data_dir: Path | None = None
    itinerary_dir: Path | None = None
    state_dir: Path = Path("var")
    host: str = "127.0.0.1"
    port: int = 8000
