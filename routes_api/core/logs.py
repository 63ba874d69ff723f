"""Structured logs: one JSON object a line, with the request id of the request being served.

Secrets never reach the logs: the access log records method, path (no query string), status,
duration, client address and request id, never headers or bodies.
"""

from __future__ import annotations

import contextvars
import datetime as dt
import json
import logging
import sys

request_id_var: contextvars.ContextVar[str | None] = contextvars.ContextVar("request_id", default=None)

_STANDARD = set(logging.LogRecord("", 0, "", 0, "", (), None).__dict__) | {"message", "asctime"}


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        out = {
            "ts": dt.datetime.fromtimestamp(record.created, dt.timezone.utc).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "msg": record.getMessage(),
        }
        rid = getattr(record, "request_id", None) or request_id_var.get()
        if rid:
            out["request_id"] = rid
        for key, value in record.__dict__.items():
            if key not in _STANDARD and key not in out and not key.startswith("_"):
                out[key] = value if isinstance(value, (str, int, float, bool, type(None))) else str(value)
        if record.exc_info:
            out["exc"] = self.formatException(record.exc_info)
        return json.dumps(out, ensure_ascii=False)


class TextFormatter(logging.Formatter):
    def __init__(self):
        super().__init__("%(asctime)s %(levelname)s %(name)s [%(request_id)s] %(message)s")

    def format(self, record: logging.LogRecord) -> str:
        record.request_id = getattr(record, "request_id", None) or request_id_var.get() or "-"
        return super().format(record)


def configure_logging(level: str = "INFO", fmt: str = "json") -> None:
    """Send routes_api and uvicorn logs to stderr in `fmt` (json or text); idempotent."""
    root = logging.getLogger()
    handler = next((h for h in root.handlers if getattr(h, "_routes_api", False)), None)
    if handler is None:
        handler = logging.StreamHandler(sys.stderr)
        handler._routes_api = True  # type: ignore[attr-defined]
        root.addHandler(handler)
    handler.setFormatter(JsonFormatter() if fmt == "json" else TextFormatter())
    level_no = logging.getLevelName(level.upper()) if isinstance(level, str) else level
    if not isinstance(level_no, int):
        level_no = logging.INFO
    for name in ("routes_api", "uvicorn", "uvicorn.error"):
        logging.getLogger(name).setLevel(level_no)
    if root.level > level_no or root.level == logging.WARNING:
        root.setLevel(level_no)
    # uvicorn's own handlers would print every line twice: let them propagate to ours
    for name in ("uvicorn", "uvicorn.error", "uvicorn.access"):
        lg = logging.getLogger(name)
        lg.handlers = []
        lg.propagate = True
    logging.getLogger("uvicorn.access").disabled = True  # the request middleware logs access
