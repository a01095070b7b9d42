"""`register init` gives rights requests a deadline from the start (issue 19 item 8): an
organisational target, labelled as the organisation's, with the non-binding figure beside it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from piplkit.faces.cli.app import app


def test_init_sets_a_labelled_target_and_requests_get_a_due_date(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PIPLKIT_HMAC_KEY", "k" * 40)
    db = f"sqlite:///{tmp_path / 'r.db'}"
    res = CliRunner().invoke(app, ["register", "init", "--db", db])
    assert res.exit_code == 0, res.output
    text = " ".join(res.output.split())
    assert "organisation's target of 15 working days" in text
    assert "non-binding" in text and "30 days" in text and "set now" in text
    res = CliRunner().invoke(app, [
        "dsr", "submit", "--kind", "access", "--id-type", "cn_mobile", "--id", "13812345678",
        "--received-at", "2026-12-04T10:00:00+08:00", "--db", db, "--json",
    ])
    assert res.exit_code == 0, res.output
    request = json.loads(res.output)
    assert request["deadline_basis"] == "organisation_target" and request["due_on"]


def test_init_keeps_a_target_already_set(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'r.db'}"
    assert CliRunner().invoke(app, ["dsr", "config", "--target-working-days", "10", "--db", db])
    res = CliRunner().invoke(app, ["register", "init", "--db", db])
    assert "target of 10 working days" in " ".join(res.output.split())
    assert "already set" in res.output
