"""Shared fixtures (a fixed evaluation date) and the end-of-run summary of skipped areas."""

from __future__ import annotations

import os
from collections import Counter
from datetime import date
from typing import Any

import pytest
from hypothesis import settings
from tests import skips

# Property tests have no time limit per example: a shared machine under load must not fail an
# example for being slow. CI (.ci/run) draws the same examples every run, so a red run there
# means a change broke something, not a new draw; developers' runs keep drawing new examples.
settings.register_profile("piplkit", deadline=None)
settings.register_profile("ci", deadline=None, derandomize=True)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "piplkit"))

AS_OF = date(2026, 11, 25)


@pytest.fixture(scope="session")
def as_of() -> date:
    return AS_OF


def _skip_text(report: Any) -> str:
    longrepr = report.longrepr
    text = longrepr[2] if isinstance(longrepr, tuple) and len(longrepr) == 3 else str(longrepr)
    return text.removeprefix("Skipped: ")


def pytest_terminal_summary(terminalreporter: Any) -> None:
    """Group skipped tests by area, each with the one command that enables it."""
    skipped = terminalreporter.stats.get("skipped", [])
    if not skipped:
        return
    counts: Counter[tuple[str, str]] = Counter()
    whys: dict[tuple[str, str], set[str]] = {}
    for report in skipped:
        text = _skip_text(report)
        parsed = skips.parse(text)
        area, why, fix = parsed if parsed else ("other", text, "(see the reason)")
        counts[area, fix] += 1
        whys.setdefault((area, fix), set()).add(why)
    terminalreporter.section("skipped areas")
    for (area, fix), n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
        why = "; ".join(sorted(whys[area, fix]))
        terminalreporter.write_line(f"{area}: {n} skipped ({why}) -> enable: {fix}")
