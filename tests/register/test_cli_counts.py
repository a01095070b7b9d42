"""Counts in the command line's tables and summaries have thousands separators; JSON keeps
numbers (issue 19, item 10)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from typer.testing import CliRunner

from piplkit.faces.cli.app import build_app
from piplkit.respond.enums import IncidentGrade, IncidentKind, OperatorType
from piplkit.respond.grading import grade_incident
from piplkit.respond.incidents import report_form
from piplkit.respond.models import Incident

APP = build_app(("register_cmd",))
RUNNER = CliRunner()


def test_register_list_and_init_print_counts_with_separators(tmp_path: Path) -> None:
    db = ["--db", f"sqlite:///{tmp_path / 'piplkit.db'}"]
    assert RUNNER.invoke(APP, ["register", "init", *db]).exit_code == 0
    added = RUNNER.invoke(
        APP, ["register", "organisation", "add", "示例公司", "--individuals", "2500000", *db]
    )
    assert added.exit_code == 0, added.output
    table = RUNNER.invoke(APP, ["register", "organisation", "list", *db])
    assert "2,500,000" in table.stdout and "2500000" not in table.stdout
    raw = RUNNER.invoke(APP, ["register", "organisation", "list", "--format", "json", *db])
    assert json.loads(raw.stdout)[0]["individuals_processed"] == 2_500_000


def test_incident_wording_counts_with_separators() -> None:
    grading = grade_incident(dt.date(2026, 6, 1), leaked_individuals=1_200_000)
    assert grading.explanation.startswith("1,200,000 individuals' PI leaked")
    incident = Incident(
        name="inc-1",
        title="测试事件",
        kind=IncidentKind.LEAK,
        discovered_at=dt.datetime(2026, 6, 1, 2, 0, tzinfo=dt.UTC),
        operator_type=OperatorType.OTHER,
        grade=IncidentGrade.GENERAL,
        individuals_affected=12_480,
        sensitive_individuals=3_215,
        systems=[],
        pi_categories=[],
    )
    rows = report_form(incident)["报告内容"]
    impact = next(r["内容"] for r in rows if r["项目"].startswith("已造成"))
    assert "约12,480人" in impact and "约3,215人" in impact
