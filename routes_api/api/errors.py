"""One place where HTTP errors are shaped: every 4xx says what to fix."""

from __future__ import annotations

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse


class NotFound(Exception):
    """An id that the request names does not exist."""

    def __init__(self, what: str, ident: str | None = None):
        super().__init__(what if ident is None else f"{what} {ident!r} not found")
        self.what = what
        self.ident = ident


class Unprocessable(Exception):
    """The request is well-formed but cannot be answered (e.g. no route under its limits)."""


def _field(loc) -> str:
    parts = [str(p) for p in loc if p not in ("body", "query", "path")]
    return ".".join(parts) or "request"


def install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError):
        errors = [
            {"field": _field(e.get("loc", ())), "message": e.get("msg", "invalid value")}
            for e in exc.errors()
        ]
        summary = "; ".join(f"{e['field']}: {e['message']}" for e in errors[:5])
        return JSONResponse(status_code=422, content={"error": summary, "errors": errors})

    @app.exception_handler(NotFound)
    async def _not_found(request: Request, exc: NotFound):
        return JSONResponse(status_code=404, content={"error": str(exc)})

    @app.exception_handler(Unprocessable)
    async def _unprocessable(request: Request, exc: Unprocessable):
        return JSONResponse(status_code=422, content={"error": str(exc)})
