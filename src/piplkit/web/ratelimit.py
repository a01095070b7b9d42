"""A small in-process rate limiter: N attempts per window per key (a client address, a user name).

The public forms count every submission; the login form counts failed sign-ins only, checking
before it verifies a password (:meth:`RateLimiter.check`) and counting after a failure
(:meth:`RateLimiter.hit`).

A sliding window of timestamps per client address, behind one lock (handlers run in a thread
pool). Memory is bounded: at most ``max_clients`` addresses are tracked and the one seen least
recently is dropped first. It is per process: several server processes each count on their
own, so put a proxy limit in front when running more than one.
"""

from __future__ import annotations

import threading
import time
from collections import OrderedDict, deque
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Verdict:
    allowed: bool
    retry_after: int  # seconds until the next attempt is allowed (0 when allowed)


class RateLimiter:
    def __init__(
        self,
        limit: int,
        window_seconds: float,
        *,
        max_clients: int = 10_000,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        if limit < 1 or window_seconds <= 0:
            raise ValueError("limit must be >= 1 and window_seconds > 0")
        self.limit = limit
        self.window = window_seconds
        self.max_clients = max_clients
        self._clock = clock
        self._hits: OrderedDict[str, deque[float]] = OrderedDict()
        self._lock = threading.Lock()

    def hit(self, client: str) -> Verdict:
        """Count one attempt by ``client``; refused attempts are not counted."""
        return self._attempt(client, count=True)

    def check(self, client: str) -> Verdict:
        """Whether ``client`` may make an attempt now, without counting one."""
        return self._attempt(client, count=False)

    def _attempt(self, client: str, *, count: bool) -> Verdict:
        now = self._clock()
        with self._lock:
            hits = self._hits.get(client)
            if hits is None:
                if not count:
                    return Verdict(True, 0)
                hits = self._hits[client] = deque()
                while len(self._hits) > self.max_clients:
                    self._hits.popitem(last=False)
            else:
                self._hits.move_to_end(client)
            while hits and hits[0] <= now - self.window:
                hits.popleft()
            if len(hits) >= self.limit:
                return Verdict(False, max(1, int(hits[0] + self.window - now + 0.999)))
            if count:
                hits.append(now)
            return Verdict(True, 0)
