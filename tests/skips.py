"""Skip reasons that name their area and the one command that enables it.

Every environment-dependent skip in the suite goes through :func:`reason`, so that the summary at
the end of the run (``pytest_terminal_summary`` in ``tests/conftest.py``) can group skipped tests
by area and tell a newcomer exactly what to run. Reasons look like
``[PostgreSQL] PIPLKIT_TEST_POSTGRES_URL is not set; enable: ./dev test``.
"""

from __future__ import annotations

import glob
import importlib.util
import os
import re
import shutil

_REASON = re.compile(r"^\[(?P<area>[^\]]+)\] (?P<why>.*); enable: (?P<fix>.+)$", re.S)


def reason(area: str, why: str, fix: str) -> str:
    """A skip reason in the form the summary groups: area, what is missing, how to enable."""
    return f"[{area}] {why}; enable: {fix}"


def parse(text: str) -> tuple[str, str, str] | None:
    """``(area, why, fix)`` of a reason made by :func:`reason`, None for any other text."""
    m = _REASON.match(text.strip())
    return (m["area"], m["why"], m["fix"]) if m else None


def _have_postgres_binaries() -> bool:
    if glob.glob("/usr/lib/postgresql/*/bin/initdb") or shutil.which("initdb"):
        return True
    return os.geteuid() != 0 and importlib.util.find_spec("pgserver") is not None


def postgres(env: str = "PIPLKIT_TEST_POSTGRES_URL") -> str:
    """Why PostgreSQL tests skip: ``./dev test`` starts a server when the binaries are there."""
    fix = "./dev test" if _have_postgres_binaries() else "apt-get install -y postgresql"
    return reason("PostgreSQL", f"{env} is not set", fix)


def mariadb(env: str = "PIPLKIT_TEST_MYSQL_URL") -> str:
    """Why MySQL/MariaDB tests skip: ``./dev test`` starts a server when mariadbd is there."""
    have = shutil.which("mariadbd") or os.path.exists("/usr/sbin/mariadbd")
    fix = "./dev test" if have else "apt-get install -y mariadb-server"
    return reason("MariaDB", f"{env} is not set", fix)


def browser(why: str, fix: str = "apt-get install -y chromium") -> str:
    return reason("browser", why, fix)


def spark(why: str, fix: str) -> str:
    return reason("Spark", why, fix)


def pdf(why: str, fix: str) -> str:
    return reason("PDF", why, fix)
