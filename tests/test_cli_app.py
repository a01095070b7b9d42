"""The ``piplkit`` entry point loads only the module of the command being run."""

from __future__ import annotations

import subprocess
import sys

import pytest

from piplkit.faces.cli.app import COMMAND_MODULES, COMMANDS, build_app

PROBE = """
import sys
sys.argv = ["piplkit", *{args!r}]
from piplkit.faces.cli.app import main
try:
    main()
except SystemExit:
    pass
names = [m.rsplit(".", 1)[1] for m in sys.modules if m.startswith("piplkit.faces.cli.")]
loaded = sorted(n for n in names if n.endswith("_cmd"))
print("LOADED", ",".join(loaded))
"""


def _loaded(*args: str) -> list[str]:
    done = subprocess.run(
        [sys.executable, "-c", PROBE.format(args=list(args))],
        capture_output=True,
        text=True,
        input="联系人：王芳，手机13812345678\n",
        check=False,
    )
    line = next(x for x in done.stdout.splitlines() if x.startswith("LOADED"))
    return line.split(" ", 1)[1].split(",")


def test_command_loads_only_its_module() -> None:
    assert _loaded("detect", "-") == ["detect_cmd"]
    audit = _loaded("audit", "--help")
    assert "respond_cmd" in audit
    assert not {"detect_cmd", "scan_cmd", "deid_cmd", "spark_cmd"} & set(audit)


def test_help_lists_every_command() -> None:
    assert set(COMMAND_MODULES) <= set(_loaded("--help"))


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_each_command_is_registered_by_its_module(name: str) -> None:
    cli = build_app((COMMANDS[name],))
    names = {c.name for c in cli.registered_commands} | {g.name for g in cli.registered_groups}
    assert name in names


TRACK_PROBE = """
import sys
sys.argv = ["piplkit", *{args!r}]
from piplkit.faces.cli.app import main
try:
    main()
except SystemExit:
    pass
print("HEAVY", ",".join(sorted(m for m in ("sqlalchemy", "alembic", "piplkit.map.register")
                               if m in sys.modules)))
"""


def _heavy(*args: str) -> tuple[list[str], str]:
    done = subprocess.run(
        [sys.executable, "-c", TRACK_PROBE.format(args=list(args))],
        capture_output=True,
        text=True,
        check=False,
    )
    line = next(x for x in done.stdout.splitlines() if x.startswith("HEAVY"))
    return [m for m in line.split(" ", 1)[1].split(",") if m], done.stdout


def test_track_ingest_does_not_load_the_register_stack(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """``track ingest`` without --store and ``track score`` import no database code (half a
    second of start-up); the register commands of the group still load it when they run."""
    doc = tmp_path / "a.txt"
    doc.write_text("China Data Update\n\nOn 3 May 2024, the CAC released draft rules.\n", "utf-8")
    heavy, out = _heavy("track", "ingest", str(doc))
    assert heavy == [] and '"title"' in out
    heavy, out = _heavy("track", "--help")
    for name in ("list", "review", "impact", "ingest", "score"):
        assert name in out
    assert "sqlalchemy" in heavy  # listing the register commands builds them
    heavy, out = _heavy("track", "list", "--help")
    assert "--db" in out and "URL" in out and "sqlalchemy" in heavy
