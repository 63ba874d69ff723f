"""Configuration from environment variables (prefix ``ROUTES_API_``; see docs/operations.md).

The database URL is also read from plain ``DATABASE_URL`` (the usual name on platforms that
provision PostgreSQL). List settings are comma-separated strings.
"""

from __future__ import annotations

from pathlib import Path

from pydantic import AliasChoices, Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict

from routes_api.core.vocabulary import split_csv


class Settings(BaseSettings):
    """Service settings; every field can be set as ``ROUTES_API_<NAME>``."""

    model_config = SettingsConfigDict(env_prefix="ROUTES_API_", populate_by_name=True)

    # data and state
    data_dir: Path | None = None
    itinerary_dir: Path | None = None
    state_dir: Path = Path("var")
    database_url: SecretStr | None = Field(
        None, validation_alias=AliasChoices("ROUTES_API_DATABASE_URL", "DATABASE_URL", "database_url"),
        description="SQLAlchemy/PostgreSQL URL; default: SQLite file <state_dir>/itineraries.sqlite3")

    # serving
    host: str = "127.0.0.1"
    port: int = Field(8000, ge=1, le=65535)
    workers: int = Field(1, ge=1, le=64, description="uvicorn worker processes (routes-api serve)")

    # security
    api_keys: SecretStr = Field(SecretStr(""), description="comma-separated operator API keys (X-API-Key)")
    cors_origins: str = Field("", description="comma-separated origins allowed by CORS ('*' for any); empty: none")
    allowed_hosts: str = Field("*", description="comma-separated Host header values accepted ('*': any)")
    rate_limit_per_minute: float = Field(600, ge=0, description="requests per minute per client IP (0: off)")
    rate_limit_burst: int = Field(120, ge=1, description="requests a client may send at once before limiting")
    trust_forwarded_for: bool = Field(False, description="take the client IP from X-Forwarded-For (behind a proxy)")

    # limits
    max_body_bytes: int = Field(256 * 1024, ge=1024, description="largest request body accepted (413 above)")
    plan_timeout_s: float = Field(30.0, gt=0, le=600, description="planning requests cut off after this (504)")
    planner_threads: int = Field(4, ge=1, le=64, description="planner worker threads")
    planner_queue: int = Field(16, ge=0, le=1024, description="planning requests that may wait for a thread (503 above)")

    # logs
    log_level: str = Field("INFO", description="DEBUG, INFO, WARNING, ERROR")
    log_format: str = Field("json", description="json (one object a line) or text")

    @property
    def api_key_list(self) -> list[str]:
        return split_csv(self.api_keys.get_secret_value())

    @property
    def cors_origin_list(self) -> list[str]:
        return split_csv(self.cors_origins)

    @property
    def allowed_host_list(self) -> list[str]:
        return split_csv(self.allowed_hosts) or ["*"]

    @property
    def database_url_value(self) -> str | None:
        return self.database_url.get_secret_value() if self.database_url else None
