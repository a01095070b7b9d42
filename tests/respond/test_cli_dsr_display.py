"""What a person reads from `dsr list` and `dsr show` (issue 19 item 9): whole request ids,
China time with its zone, history as lines rather than a Python dict."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from piplkit.faces.cli.app import app

LONG_ID = "REQ-2026-000123-ABCDEFGHIJKLMNOP"


@pytest.fixture
def register(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setenv("PIPLKIT_HMAC_KEY", "k" * 40)
    monkeypatch.setenv("COLUMNS", "80")
    db = f"sqlite:///{tmp_path / 'r.db'}"
    res = CliRunner().invoke(app, [
        "dsr", "submit", "--kind", "access", "--id-type", "cn_mobile", "--id", "13812345678",
        "--request-id", LONG_ID, "--received-at", "2026-12-04T20:30:00+00:00", "--db", db,
    ])
    assert res.exit_code == 0, res.output
    return db


def test_list_never_cuts_the_request_id(register: str) -> None:
    res = CliRunner().invoke(app, ["dsr", "list", "--db", register])  # 80 columns
    assert res.exit_code == 0
    assert LONG_ID in res.output
    res = CliRunner().invoke(app, ["dsr", "list", "--db", register], env={"COLUMNS": "120"})
    assert "2026-12-05 04:30" in res.output  # 20:30 UTC is 04:30 the next day in China


def test_show_gives_china_time_and_history_lines(register: str) -> None:
    res = CliRunner().invoke(app, ["dsr", "show", LONG_ID, "--db", register])
    assert res.exit_code == 0
    assert "received_at: 2026-12-05 04:30:00 +08:00" in res.output
    line = r"^  #1  \d{4}-\d\d-\d\d \d\d:\d\d:\d\d \+08:00  \S+  create"
    assert re.search(line, res.output, re.M)
    assert "{'" not in res.output and "fingerprint" not in res.output
