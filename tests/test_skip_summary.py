"""The end-of-run summary groups skipped tests by area with the command that enables each."""

from __future__ import annotations

import pytest
from tests import skips

pytest_plugins = ["pytester"]


def test_reasons_parse_back() -> None:
    text = skips.reason("MariaDB", "PIPLKIT_TEST_MYSQL_URL is not set", "./dev test")
    assert skips.parse(text) == ("MariaDB", "PIPLKIT_TEST_MYSQL_URL is not set", "./dev test")
    assert skips.parse("some other reason") is None
    assert skips.parse(skips.postgres())[0] == "PostgreSQL"  # type: ignore[index]


def test_summary_lists_areas_counts_and_commands(pytester: pytest.Pytester) -> None:
    pytester.makeconftest("from tests.conftest import pytest_terminal_summary  # noqa: F401\n")
    pytester.makepyfile(
        f"""
        import pytest

        @pytest.mark.parametrize("n", range(3))
        def test_db(n):
            pytest.skip({skips.reason("PostgreSQL", "no server", "./dev test")!r})

        def test_browser():
            pytest.skip({skips.browser("chromium not found")!r})

        def test_plain():
            pytest.skip("not today")

        def test_runs():
            pass
        """
    )
    result = pytester.runpytest(
        "-p", "no:randomly", "-p", "no:cacheprovider", "-p", "no:playwright"
    )
    result.assert_outcomes(passed=1, skipped=5)
    result.stdout.fnmatch_lines(
        [
            "*skipped areas*",
            "PostgreSQL: 3 skipped (no server) -> enable: ./dev test",
            "browser: 1 skipped (chromium not found) -> enable: apt-get install -y chromium",
            "other: 1 skipped (not today) -> enable: (see the reason)",
        ]
    )
