"""``piplkit track ingest --store | list | review | impact`` end to end on a SQLite register."""

from __future__ import annotations

import json
from pathlib import Path

from tests.track.test_store import UPDATE
from typer.testing import CliRunner

from piplkit.faces.cli.app import app

runner = CliRunner()


def test_store_list_review_impact(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'piplkit.db'}"
    doc = tmp_path / "update.md"
    doc.write_text(UPDATE, encoding="utf-8")
    first = runner.invoke(app, ["track", "ingest", str(doc), "--store", "--db", db])
    assert first.exit_code == 0, first.output
    again = runner.invoke(app, ["track", "ingest", str(doc), "--store", "--db", db])
    assert "stored 0 new developments (3 already stored)" in again.output
    listed = runner.invoke(
        app,
        [
            "track",
            "list",
            "--since",
            "2031-03-04",
            "--kind",
            "enforcement",
            "--format",
            "jsonl",
            "--db",
            db,
        ],
    )
    rows = [json.loads(line) for line in listed.stdout.splitlines() if line.startswith("{")]
    assert [r["title"] for r in rows] == ["SAMR Fines Retailer CNY 300,000"]
    by_authority = runner.invoke(
        app, ["track", "list", "--authority", "MIIT", "--format", "jsonl", "--db", db]
    )
    assert all(
        "MIIT" in json.loads(x)["authorities"]
        for x in by_authority.stdout.splitlines()
        if x.startswith("{")
    )
    pending = runner.invoke(app, ["track", "review", "--format", "jsonl", "--db", db])
    items = [json.loads(line) for line in pending.stdout.splitlines() if line.startswith("{")]
    target = next(i for i in items if i["change"] == "ndsmr: in_force on 2031-06-01")
    accepted = runner.invoke(app, ["track", "review", "--accept", str(target["id"]), "--db", db])
    assert accepted.exit_code == 0, accepted.output
    twice = runner.invoke(app, ["track", "review", "--accept", str(target["id"]), "--db", db])
    assert twice.exit_code != 0 and "already accepted" in twice.output
    left = runner.invoke(app, ["track", "review", "--format", "jsonl", "--db", db])
    assert len([x for x in left.stdout.splitlines() if x.startswith("{")]) == len(items) - 1
    bad = runner.invoke(app, ["track", "list", "--since", "March", "--db", db])
    assert bad.exit_code == 2 and "not a date" in bad.output
    profile = (
        Path(__file__).resolve().parents[2]
        / "src/piplkit/discover/samples/profiles/retail_platform.yaml"
    )
    impact = runner.invoke(
        app,
        [
            "track",
            "impact",
            "--since",
            "2031-01-01",
            "--profile",
            str(profile),
            "--as-of",
            "2025-06-01",
            "--format",
            "json",
            "--db",
            db,
        ],
    )
    assert impact.exit_code == 0, impact.output
    out = json.loads(impact.stdout)
    assert out["developments"] == 3
    touched = {t["id"]: t for t in out["touched"]}
    fine = "SAMR Fines Retailer CNY 300,000"
    pipl = [t for t in touched.values() if "pipl" in t["instruments"]]
    assert pipl, "the fine cites PIPL, which the profile's obligations cite"
    for t in pipl:
        assert fine in [d["title"] for d in t["developments"]]
    for t in touched.values():  # every match is explained by a shared instrument
        assert all(set(d["instrument_ids"]) <= set(t["instruments"]) for d in t["developments"])
        assert all(d["instrument_ids"] for d in t["developments"])
    neither = runner.invoke(app, ["track", "impact", "--since", "2031-01-01", "--db", db])
    assert neither.exit_code == 2


def test_impact_from_register(tmp_path: Path) -> None:
    from tests.register.helpers import populate

    from piplkit.map.register.store import open_register

    db = f"sqlite:///{tmp_path / 'piplkit.db'}"
    empty = runner.invoke(
        app, ["track", "impact", "--since", "2031-01-01", "--from-register", "--db", db]
    )
    assert empty.exit_code == 2 and "no organisation" in empty.output
    reg = open_register(db)
    try:
        populate(reg)
    finally:
        reg.dispose()
    doc = tmp_path / "update.md"
    doc.write_text(UPDATE, encoding="utf-8")
    assert runner.invoke(app, ["track", "ingest", str(doc), "--store", "--db", db]).exit_code == 0
    result = runner.invoke(
        app,
        [
            "track",
            "impact",
            "--since",
            "2031-01-01",
            "--from-register",
            "--format",
            "json",
            "--db",
            db,
        ],
    )
    assert result.exit_code == 0, result.output
    out = json.loads(result.stdout)
    assert out["touched"], "the register's obligations cite PIPL; the stored fine cites it too"
    early = runner.invoke(
        app,
        [
            "track",
            "impact",
            "--since",
            "2031-03-10",
            "--from-register",
            "--format",
            "json",
            "--db",
            db,
        ],
    )
    assert json.loads(early.stdout)["touched"] == []
