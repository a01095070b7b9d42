"""A small in-process rate limiter: N attempts per window per key (a client address, a user name).

The public forms count every submission (:meth:`RateLimiter.hit`). Password checks go through
:class:`LoginThrottle`: an attempt is counted *before* the password is verified, in the same
locked step that decides whether it is allowed, so parallel guesses cannot slip past the limit
while earlier ones are still being verified. A successful check gives its attempt back
(:meth:`Attempt.succeeded`): only failures count, as before.

A sliding window of timestamps per key, behind one lock (handlers run in a thread pool).
Memory is bounded: at most ``max_clients`` keys are tracked and the one seen least recently is
dropped first. It is per process, as ``piplkit serve`` runs one: several server processes
would each count on their own, so put a proxy limit in front when running more than one.
"""

from __future__ import annotations

import threading
import time
from collections import OrderedDict, deque
from collections.abc import Callable
from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Verdict:
    allowed: bool
    retry_after: int  # seconds until the next attempt is allowed (0 when allowed)
    stamp: float | None = None  # the counted attempt (allowed verdicts), for refund()


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
        """Decide and count in one locked step: an allowed attempt is counted at once, a
        refused one is not counted."""
        now = self._clock()
        with self._lock:
            hits = self._hits.get(client)
            if hits is None:
                hits = self._hits[client] = deque()
                while len(self._hits) > self.max_clients:
                    self._hits.popitem(last=False)
            else:
                self._hits.move_to_end(client)
            while hits and hits[0] <= now - self.window:
                hits.popleft()
            if len(hits) >= self.limit:
                return Verdict(False, max(1, int(hits[0] + self.window - now + 0.999)))
            hits.append(now)
            return Verdict(True, 0, now)

    def refund(self, client: str, verdict: Verdict) -> None:
        """Give back an attempt counted by :meth:`hit` (it turned out not to count)."""
        if not verdict.allowed or verdict.stamp is None:
            return
        with self._lock:
            hits = self._hits.get(client)
            if hits is not None and verdict.stamp in hits:
                hits.remove(verdict.stamp)

    def clear(self) -> None:
        with self._lock:
            self._hits.clear()


@dataclass(slots=True)
class Attempt:
    """A password check that has been counted against both keys; see :meth:`succeeded`."""

    throttle: LoginThrottle
    address: str
    account: str
    verdicts: tuple[Verdict, Verdict]
    _settled: bool = field(default=False)

    def succeeded(self) -> None:
        """The password was right: successes do not count, so the attempt is given back."""
        if self._settled:
            return
        self._settled = True
        by_address, by_name = self.verdicts
        self.throttle.by_address.refund(self.address, by_address)
        self.throttle.by_name.refund(self.account, by_name)


class LoginThrottle:
    """Failed password checks per client address and per account name (the second slows down
    guessing one account's password from many addresses)."""

    def __init__(self, limit: int, window_seconds: float) -> None:
        self.by_address = RateLimiter(limit, window_seconds)
        self.by_name = RateLimiter(limit, window_seconds)

    def begin(self, address: str, account: str) -> Attempt | Verdict:
        """Count an attempt before the password is verified. Returns the :class:`Attempt` when
        both keys allow it, else the refusing :class:`Verdict` (and nothing stays counted)."""
        key = account.strip().casefold()
        first = self.by_address.hit(address)
        if not first.allowed:
            return first
        second = self.by_name.hit(key)
        if not second.allowed:
            self.by_address.refund(address, first)
            return second
        return Attempt(self, address, key, (first, second))

    def clear(self) -> None:
        self.by_address.clear()
        self.by_name.clear()
