"""Web tests: a served register (SQLite), and Playwright pointed at Debian's chromium."""

from __future__ import annotations

import os
from collections.abc import Iterator
from typing import Any

import pytest
from tests import skips
from tests.api.helpers import Served, served

CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/lib/chromium/chromium")


@pytest.fixture
def web(tmp_path: Any) -> Iterator[Served]:
    with served(f"sqlite:///{tmp_path / 'piplkit.db'}") as env:
        yield env


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args: dict[str, Any]) -> dict[str, Any]:
    if not os.path.exists(CHROMIUM):
        pytest.skip(skips.browser(f"chromium not found at {CHROMIUM} (or set CHROMIUM_PATH)"))
    return {**browser_type_launch_args, "executable_path": CHROMIUM}


@pytest.fixture(scope="session")
def browser_context_args(browser_context_args: dict[str, Any]) -> dict[str, Any]:
    """Chinese first, as most users of piplkit will browse it."""
    return {**browser_context_args, "locale": "zh-CN", "accept_downloads": True}
