"""docs/apps.md's worked example gives the output the page shows, when run as written."""

from __future__ import annotations

import os
import re
import shlex
from pathlib import Path

from typer.testing import CliRunner

from piplkit.faces.cli.app import build_app

DOC = Path(__file__).resolve().parents[2] / "docs" / "apps.md"


def _blocks(kind: str) -> list[str]:
    return re.findall(rf"```{kind}\n(.*?)```", DOC.read_text(encoding="utf-8"), re.S)


def test_worked_example_output_matches_the_page(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("PIPLKIT_DATABASE_URL", f"sqlite:///{tmp_path / 'piplkit.db'}")
    monkeypatch.setenv("COLUMNS", "400")
    cli = build_app(("app_cmd", "register_cmd"))
    runner = CliRunner()
    first_block = _blocks("bash")[0]
    outputs = []
    for line in first_block.strip().splitlines():
        args = shlex.split(line)
        assert args[0] == "piplkit"
        res = runner.invoke(cli, args[1:], env={"COLUMNS": "400"})
        assert res.exit_code == 0, res.output
        outputs.append(res.output)
    shown = _blocks("text")[0]
    for expected in shown.strip().splitlines():
        assert expected in outputs[-1], expected
    second = _blocks("bash")[1].replace("\\\n", " ")
    for line in second.strip().splitlines():
        res = runner.invoke(cli, shlex.split(line)[1:])
        assert res.exit_code == 0, res.output
    assert os.path.getsize(tmp_path / "citymap-report.pdf") > 1000
    assert "7 activities created, 0 updated; 4 transfer(s) created" in res.output
