"""Planners run in a bounded pool of worker threads with a time limit.

The event loop never runs a planner itself, so health checks, reads and other requests are
answered while plans are computed. At most ``threads + queue`` planning requests are admitted
at once (503 beyond), and each is cut off after ``timeout`` seconds (504). A thread cannot be
killed: a planner that overruns finishes in the background and its result is dropped, while
its slot stays taken until then, so a flood of slow requests is refused rather than queued.
"""

from __future__ import annotations

import asyncio
import contextvars
import threading
from concurrent.futures import ThreadPoolExecutor
from typing import Callable, TypeVar

from routes_api.api.errors import ApiError

T = TypeVar("T")


class PlannerPool:
    def __init__(self, threads: int = 4, queue: int = 16, timeout: float = 30.0):
        self.threads = threads
        self.capacity = threads + queue
        self.timeout = timeout
        self._executor = ThreadPoolExecutor(max_workers=threads, thread_name_prefix="planner")
        self._lock = threading.Lock()
        self.in_flight = 0

    def _release(self, _future) -> None:
        with self._lock:
            self.in_flight -= 1

    async def run(self, fn: Callable[..., T], *args, **kwargs) -> T:
        """Run ``fn(*args, **kwargs)`` on a planner thread; 503 when full, 504 on timeout."""
        with self._lock:
            if self.in_flight >= self.capacity:
                raise ApiError(503, f"the server is busy planning ({self.in_flight} requests): retry shortly",
                               {"Retry-After": "2"})
            self.in_flight += 1
        ctx = contextvars.copy_context()
        try:
            future = self._executor.submit(ctx.run, fn, *args, **kwargs)
        except BaseException:
            with self._lock:
                self.in_flight -= 1
            raise
        future.add_done_callback(self._release)
        try:
            return await asyncio.wait_for(asyncio.wrap_future(future), self.timeout)
        except asyncio.TimeoutError:
            raise ApiError(504, f"planning took longer than {self.timeout:g} s and was stopped: try fewer days, "
                                "fewer must-visit places or fewer mode restrictions") from None

    def shutdown(self) -> None:
        self._executor.shutdown(wait=False, cancel_futures=True)
