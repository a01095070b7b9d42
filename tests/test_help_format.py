"""``--help`` shows plain value names, never Python type tags (issue 19 item 10)."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

COMMANDS = [
    ["scan"],
    ["dsr", "submit"],
    ["dsr", "list"],
    ["register", "system", "add"],
    ["deid", "run"],
    ["assess"],
    ["calendar"],
    ["app", "check"],
]
TAGS = ("<str>", "<bool>", "<int>", "<path>", "<list[", "range>", "[x>=", "<float>")


@pytest.mark.parametrize("command", COMMANDS, ids=" ".join)
def test_help_has_no_type_tags(command: list[str]) -> None:
    env = {**os.environ, "COLUMNS": "120", "NO_COLOR": "1"}
    out = subprocess.run(
        [
            sys.executable,
            "-c",
            "from piplkit.faces.cli.app import main; main()",
            *command,
            "--help",
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert out.returncode == 0, out.stderr[-500:]
    assert "Usage" in out.stdout
    found = [tag for tag in TAGS if tag in out.stdout]
    assert not found, (found, out.stdout[:2000])
