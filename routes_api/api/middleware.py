"""ASGI middleware: request id and access log, body size limit, per-client rate limit.

All are plain ASGI (no buffering of responses). Order, outermost first (see ``app.py``):
request context -> trusted hosts -> CORS -> rate limit -> body limit -> the routes.
"""

from __future__ import annotations

import json
import logging
import math
import re
import threading
import time
import uuid

from fastapi import HTTPException

from routes_api.core.logs import request_id_var

access_log = logging.getLogger("routes_api.access")
error_log = logging.getLogger("routes_api.errors")
REQUEST_ID = re.compile(r"^[A-Za-z0-9._:-]{1,128}$")


async def _send_json(send, status: int, body: dict, headers: list[tuple[bytes, bytes]] = ()) -> None:
    payload = json.dumps(body, ensure_ascii=False).encode("utf-8")
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"application/json"),
                            (b"content-length", str(len(payload)).encode()), *headers]})
    await send({"type": "http.response.body", "body": payload})


def _header(scope, name: bytes) -> str | None:
    for key, value in scope.get("headers", ()):
        if key == name:
            return value.decode("latin-1")
    return None


class RequestContextMiddleware:
    """X-Request-ID in (when well-formed) and out, one JSON access line per request, and the
    last-resort catch: an unexpected exception becomes a logged 500 JSON with the request id."""

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        given = _header(scope, b"x-request-id")
        rid = given if given and REQUEST_ID.match(given) else uuid.uuid4().hex
        token = request_id_var.set(rid)
        scope.setdefault("state", {})["request_id"] = rid
        started = time.perf_counter()
        status = {"code": None}

        async def send_with_id(message):
            if message["type"] == "http.response.start":
                status["code"] = message["status"]
                message = {**message, "headers": [*message.get("headers", []), (b"x-request-id", rid.encode())]}
            await send(message)

        try:
            await self.app(scope, receive, send_with_id)
        except Exception:  # noqa: BLE001 - the last resort: log it, answer 500 JSON
            error_log.exception("unhandled error on %s %s", scope.get("method"), scope.get("path"))
            if status["code"] is None:
                status["code"] = 500
                await _send_json(send, 500, {
                    "error": "internal error: the request was logged; please report it with its request id",
                    "request_id": rid}, [(b"x-request-id", rid.encode())])
        finally:
            client = scope.get("client")
            access_log.info("%s %s %s", scope.get("method"), scope.get("path"), status["code"], extra={
                "method": scope.get("method"), "path": scope.get("path"), "status": status["code"],
                "duration_ms": round((time.perf_counter() - started) * 1000, 1),
                "client": client[0] if client else None})
            request_id_var.reset(token)


class BodyTooLarge(HTTPException):
    def __init__(self, limit: int):
        super().__init__(413, f"request body too large: at most {limit} bytes")


class BodyLimitMiddleware:
    """413 for a body over `max_bytes`: by Content-Length up front, or while streaming."""

    def __init__(self, app, max_bytes: int):
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = _header(scope, b"content-length")
        if declared is not None:
            if not declared.strip().isdigit():
                await _send_json(send, 400, {"error": "Content-Length must be a whole number of bytes"})
                return
            if int(declared) > self.max_bytes:
                await _send_json(send, 413, {"error": f"request body too large: {int(declared)} bytes, "
                                                      f"at most {self.max_bytes}"})
                return
        seen = {"bytes": 0, "started": False}

        async def limited_receive():
            message = await receive()
            if message["type"] == "http.request":
                seen["bytes"] += len(message.get("body", b""))
                if seen["bytes"] > self.max_bytes:
                    raise BodyTooLarge(self.max_bytes)
            return message

        async def tracking_send(message):
            if message["type"] == "http.response.start":
                seen["started"] = True
            await send(message)

        try:
            await self.app(scope, limited_receive, tracking_send)
        except BodyTooLarge as exc:
            if not seen["started"]:
                await _send_json(send, 413, {"error": exc.detail})


class TokenBucket:
    """Per-key token buckets: `rate` tokens a second, at most `burst` saved up."""

    def __init__(self, rate_per_s: float, burst: int, max_keys: int = 50_000):
        self.rate = rate_per_s
        self.burst = float(burst)
        self.max_keys = max_keys
        self._buckets: dict[str, tuple[float, float]] = {}
        self._lock = threading.Lock()

    def take(self, key: str, now: float | None = None) -> float:
        """0.0 when a request may go; else the seconds until it may."""
        now = time.monotonic() if now is None else now
        with self._lock:
            tokens, last = self._buckets.get(key, (self.burst, now))
            tokens = min(self.burst, tokens + (now - last) * self.rate)
            if tokens >= 1.0:
                self._buckets[key] = (tokens - 1.0, now)
                wait = 0.0
            else:
                self._buckets[key] = (tokens, now)
                wait = (1.0 - tokens) / self.rate
            if len(self._buckets) > self.max_keys:  # forget clients whose bucket is full again
                full = [k for k, (t, ts) in self._buckets.items() if t + (now - ts) * self.rate >= self.burst]
                for k in full[: max(1, len(full))]:
                    del self._buckets[k]
            return wait


class RateLimitMiddleware:
    """429 with Retry-After once a client IP has used its bucket (health and readiness exempt)."""

    EXEMPT = ("/v1/health", "/v1/ready")

    def __init__(self, app, per_minute: float, burst: int, trust_forwarded_for: bool = False):
        self.app = app
        self.bucket = TokenBucket(per_minute / 60.0, burst) if per_minute > 0 else None
        self.trust_forwarded_for = trust_forwarded_for

    def client_ip(self, scope) -> str:
        if self.trust_forwarded_for:
            forwarded = _header(scope, b"x-forwarded-for")
            if forwarded:
                # the address the nearest proxy saw (the right-most entry): clients cannot forge it
                return forwarded.split(",")[-1].strip()[:64]
        client = scope.get("client")
        return client[0] if client else "unknown"

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http" or self.bucket is None or scope.get("path") in self.EXEMPT:
            await self.app(scope, receive, send)
            return
        wait = self.bucket.take(self.client_ip(scope))
        if wait > 0:
            retry = str(max(1, math.ceil(wait)))
            await _send_json(send, 429, {"error": f"too many requests from this address: retry in {retry} s"},
                             [(b"retry-after", retry.encode())])
            return
        await self.app(scope, receive, send)
