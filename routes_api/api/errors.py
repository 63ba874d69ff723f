"""One place where HTTP errors are shaped: every 4xx says what to fix, as ``{"error": ...}``.

Anything unexpected becomes a logged 500 with the request id (the last resort: the request
context middleware catches it first, see ``routes_api.api.middleware``).
"""

from __future__ import annotations

import logging

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from routes_api.core.errors import (
    DataError,
    Forbidden,
    InvalidRequest,
    NoRoute,
    NotFound,
    RoutesApiError,
    Unavailable,
)
from routes_api.core.logs import request_id_var

log = logging.getLogger("routes_api.errors")

# The one table from error kind to HTTP status (the first match along the class's MRO wins).
STATUS: dict[type[RoutesApiError], int] = {
    NotFound: 404,
    InvalidRequest: 422,
    NoRoute: 422,
    Forbidden: 403,
    Unavailable: 503,
    DataError: 422,
}


def status_of(exc: RoutesApiError) -> int:
    """The HTTP status of `exc` from :data:`STATUS` (500 for a kind the table lacks)."""
    for cls in type(exc).__mro__:
        if cls in STATUS:
            return STATUS[cls]
    return 500


def message_of(exc: RoutesApiError) -> str:
    """The error's message, with where to look when it names an unknown place."""
    text = str(exc)
    if isinstance(exc, NotFound) and exc.what == "place":
        text += " (search GET /v1/places?q=...)"
    return text


class ApiError(Exception):
    """An error with its own status code and message (401, 403, 429, 503, 504...)."""

    def __init__(self, status_code: int, message: str, headers: dict[str, str] | None = None):
        super().__init__(message)
        self.status_code = status_code
        self.headers = headers


class ErrorBody:
    """OpenAPI documentation of the error body shared by every 4xx/5xx."""

    schema = {"type": "object", "required": ["error"],
              "properties": {"error": {"type": "string", "description": "what went wrong and what to fix"},
                             "errors": {"type": "array", "items": {"type": "object"}},
                             "request_id": {"type": "string"}}}


def error_response(description: str) -> dict:
    return {"description": description, "content": {"application/json": {"schema": ErrorBody.schema}}}


def _field(loc) -> str:
    parts = [str(p) for p in loc if p not in ("body", "query", "path", "header")]
    return ".".join(parts) or "request"


def _message(e: dict) -> str:
    msg = e.get("msg", "invalid value")
    if e.get("type") == "json_invalid":
        return "the body is not valid JSON (" + str(e.get("ctx", {}).get("error", "parse error")) + ")"
    return msg


def internal_error_response() -> JSONResponse:
    rid = request_id_var.get()
    return JSONResponse(status_code=500, content={
        "error": "internal error: the request was logged; please report it with its request id",
        "request_id": rid}, headers={"X-Request-ID": rid} if rid else None)


def install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError):
        errors = [{"field": _field(e.get("loc", ())), "message": _message(e)} for e in exc.errors()]
        summary = "; ".join(f"{e['field']}: {e['message']}" for e in errors[:5])
        return JSONResponse(status_code=422, content={"error": summary, "errors": errors})

    @app.exception_handler(RoutesApiError)
    async def _routes_api_error(request: Request, exc: RoutesApiError):
        status = status_of(exc)
        if status >= 500 and not isinstance(exc, Unavailable):
            log.error("unexpected %s on %s %s: %s", type(exc).__name__, request.method, request.url.path, exc)
        return JSONResponse(status_code=status, content={"error": message_of(exc)})

    @app.exception_handler(ApiError)
    async def _api_error(request: Request, exc: ApiError):
        return JSONResponse(status_code=exc.status_code, content={"error": str(exc)}, headers=exc.headers)

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException):
        detail = exc.detail if isinstance(exc.detail, str) else str(exc.detail)
        if exc.status_code == 404 and detail == "Not Found":
            detail = f"no such endpoint: {request.method} {request.url.path} (see /docs)"
        elif exc.status_code == 405:
            detail = f"method {request.method} is not allowed on {request.url.path} (see /docs)"
        return JSONResponse(status_code=exc.status_code, content={"error": detail},
                            headers=getattr(exc, "headers", None))

    @app.exception_handler(Exception)
    async def _unexpected(request: Request, exc: Exception):  # pragma: no cover - middleware catches first
        log.exception("unhandled error on %s %s", request.method, request.url.path)
        return internal_error_response()
