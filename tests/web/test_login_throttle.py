"""The login throttle's bookkeeping: decide-and-count is one step, refused attempts and
successes leave nothing counted."""

from __future__ import annotations

import threading

from piplkit.faces.web.ratelimit import Attempt, LoginThrottle, RateLimiter, Verdict


def test_parallel_hits_allow_exactly_the_limit() -> None:
    limiter = RateLimiter(10, 60)
    barrier = threading.Barrier(200)
    verdicts: list[Verdict] = []

    def one() -> None:
        barrier.wait()
        verdicts.append(limiter.hit("198.51.100.7"))

    threads = [threading.Thread(target=one) for _ in range(200)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sum(v.allowed for v in verdicts) == 10
    assert all(v.retry_after > 0 for v in verdicts if not v.allowed)


def test_refused_and_successful_attempts_are_not_counted() -> None:
    now = [0.0]
    throttle = LoginThrottle(2, 60)
    throttle.by_address = RateLimiter(2, 60, clock=lambda: now[0])
    throttle.by_name = RateLimiter(2, 60, clock=lambda: now[0])
    first = throttle.begin("a", "Alice ")
    assert isinstance(first, Attempt)
    first.succeeded()
    first.succeeded()  # twice changes nothing
    assert isinstance(throttle.begin("a", "alice"), Attempt)  # a failure (kept)
    now[0] = 1.0
    assert isinstance(throttle.begin("b", "ALICE"), Attempt)  # same account, other address
    refused = throttle.begin("c", "alice")  # the account is at its limit
    assert isinstance(refused, Verdict) and not refused.allowed
    assert refused.retry_after == 59  # the oldest failure (t=0) leaves the window at t=60
    # the refusal by name gave the address its attempt back: "c" can still try twice
    assert isinstance(throttle.begin("c", "bob"), Attempt)
    assert isinstance(throttle.begin("c", "carol"), Attempt)
    assert not throttle.begin("c", "dave").allowed  # type: ignore[union-attr]
    now[0] = 61.5  # the window has passed
    assert isinstance(throttle.begin("c", "alice"), Attempt)
