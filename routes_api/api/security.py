"""Operator API keys (X-API-Key) and itinerary owner tokens (Authorization: Bearer).

Keys and tokens are compared in constant time and never logged.
"""

from __future__ import annotations

import hmac

from fastapi import Security
from fastapi.security import APIKeyHeader, HTTPAuthorizationCredentials, HTTPBearer

from routes_api.api.deps import SettingsDep
from routes_api.api.errors import ApiError

api_key_header = APIKeyHeader(
    name="X-API-Key", auto_error=False, scheme_name="OperatorApiKey",
    description="operator key, one of ROUTES_API_API_KEYS (operator endpoints only)")
owner_bearer = HTTPBearer(
    auto_error=False, scheme_name="OwnerToken",
    description="the owner_token returned once by POST /v1/itineraries")


def key_matches(given: str, keys: list[str]) -> bool:
    """True when `given` equals one of `keys`; every key is compared, in constant time."""
    given_b = given.encode("utf-8")
    found = False
    for key in keys:
        found |= hmac.compare_digest(given_b, key.encode("utf-8"))
    return found


def require_api_key(settings: SettingsDep, key: str | None = Security(api_key_header)) -> None:
    """Dependency of operator endpoints."""
    keys = settings.api_key_list
    if not keys:
        raise ApiError(403, "operator endpoints are disabled on this server: set ROUTES_API_API_KEYS")
    if not key:
        raise ApiError(401, "send an operator API key in the X-API-Key header",
                       {"WWW-Authenticate": 'ApiKey header="X-API-Key"'})
    if not key_matches(key, keys):
        raise ApiError(401, "the API key is not accepted", {"WWW-Authenticate": 'ApiKey header="X-API-Key"'})


def owner_token(credentials: HTTPAuthorizationCredentials | None = Security(owner_bearer)) -> str:
    """Dependency of PATCH/DELETE on a saved plan: the bearer token (checked by the store)."""
    if credentials is None or not credentials.credentials:
        raise ApiError(401, "send the plan's owner token as 'Authorization: Bearer <owner_token>'",
                       {"WWW-Authenticate": "Bearer"})
    return credentials.credentials
