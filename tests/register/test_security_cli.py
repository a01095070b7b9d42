"""``piplkit register mlps|cii|data|record|facts`` end to end on a real register: each fact set
by hand shows in the register and moves the calendar; bad input is one line, never a traceback."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from piplkit.faces.cli.app import app

runner = CliRunner()


def run(db: str, *args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, [*args, "--db", db])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert "Traceback" not in result.stdout + result.stderr
    return result.exit_code, result.stdout, result.stderr


def ok(db: str, *args: str) -> str:
    code, out, err = run(db, *args)
    assert code == 0, err
    return out


@pytest.fixture
def db(db_url: str) -> str:
    ok(db_url, "register", "init")
    ok(db_url, "register", "organisation", "add", "甲公司", "--individuals", "2000000")
    ok(db_url, "register", "system", "add", "会员系统", "--organisation", "甲公司")
    ok(db_url, "register", "dataset", "add", "members", "--system", "会员系统")
    return db_url


def _calendar(db: str, as_of: str) -> dict[tuple[str, str], dict]:  # type: ignore[type-arg]
    doc = json.loads(ok(db, "calendar", "--as-of", as_of, "--format", "json"))
    return {(e["duty"], e["subject"]["name"]): e for e in doc["entries"]}


GRADE = (
    "--business-object", "citizens_legal_persons", "--business-degree", "serious",
    "--service-object", "social_order_public_interest", "--service-degree", "serious",
)  # fmt: skip


def test_grading_gives_the_level_with_reasons_and_a_different_level_needs_a_rationale(
    db: str,
) -> None:
    out = ok(db, "register", "mlps", "grade", "会员系统", *GRADE, "--graded-on", "2025-03-02",
             "--as-of", "2025-03-10", "--format", "json")  # fmt: skip
    doc = json.loads(out)
    assert (doc["level"], doc["business_information_level"], doc["system_service_level"]) == (
        3, 2, 3,
    )  # fmt: skip
    assert any("higher of the two" in r for r in doc["reasons"])
    assert doc["testing_interval_months"] == 12
    code, _, err = run(db, "register", "mlps", "grade", "会员系统", "--level", "4")
    assert (
        code != 0 and "record why in mlps_rationale" in err and len(err.strip().splitlines()) == 1
    )
    ok(db, "register", "mlps", "grade", "会员系统", "--level", "4", "--rationale", "主管部门确定")
    shown = json.loads(ok(db, "register", "mlps", "show", "会员系统", "--as-of", "2025-03-10",
                          "--format", "json"))  # fmt: skip
    assert shown["level"] == 4 and shown["rationale"] == "主管部门确定"
    assert shown["expert_review_required"] is True
    # the elements again, without --level: they decide the level once more
    ok(db, "register", "mlps", "grade", "会员系统", *GRADE)
    assert (
        json.loads(ok(db, "register", "mlps", "show", "会员系统", "--format", "json"))["level"] == 3
    )


def test_filing_records_and_rectification_move_the_calendar(
    db: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COLUMNS", "400")  # the table's cells on one line each
    ok(db, "register", "mlps", "grade", "会员系统", *GRADE, "--graded-on", "2025-03-02",
       "--live-on", "2024-05-01")  # fmt: skip
    assert _calendar(db, "2025-03-10")[("mlps.filing", "会员系统")]["due"] == "2025-04-01"
    # the table speaks the chosen language, rules included
    zh = ok(db, "calendar", "--as-of", "2025-03-10", "--family", "mlps", "--lang", "zh")
    assert "安全保护等级确定（2025-03-02）后30日内" in "".join(zh.split())
    en = ok(db, "calendar", "--as-of", "2025-03-10", "--family", "mlps")
    assert "安全保护等级确定" not in en and "within 30" in en
    ok(db, "register", "mlps", "file", "会员系统", "--filed-on", "2025-03-25")
    cal = _calendar(db, "2025-03-30")
    assert ("mlps.filing", "会员系统") not in cal
    assert cal[("mlps.certificate", "会员系统")]["due"] == "2025-04-09"
    ok(db, "register", "mlps", "file", "会员系统", "--filed-on", "2025-03-25", "--number", "BA-1")
    ok(db, "register", "record", "add", "mlps_test", "2025-06-15", "--system", "会员系统",
       "--performed-by", "某测评机构")  # fmt: skip
    cal = _calendar(db, "2025-07-01")
    assert ("mlps.certificate", "会员系统") not in cal
    assert cal[("mlps.test", "会员系统")]["due"] == "2026-06-15"
    ok(db, "register", "mlps", "rectify", "会员系统", "弱口令", "--found-on", "2025-06-15",
       "--due-on", "2025-08-31")  # fmt: skip
    assert _calendar(db, "2025-09-01")[("mlps.rectification", "会员系统")]["status"] == "overdue"
    ok(db, "register", "mlps", "rectify", "会员系统", "弱口令", "--closed-on", "2025-08-20")
    assert ("mlps.rectification", "会员系统") not in _calendar(db, "2025-09-01")
    ok(db, "register", "mlps", "rectify", "会员系统", "弱口令", "--remove")
    code, _, err = run(db, "register", "mlps", "rectify", "会员系统", "弱口令", "--remove")
    assert code != 0 and "no rectification item" in err
    code, _, err = run(db, "register", "record", "add", "mlps_test", "2025-06-15",
                       "--organisation", "甲公司")  # fmt: skip
    assert code != 0 and "does not belong to an organisation" in err
    # an empty --system is looked up as a system (it was taken for a missing one, and the error
    # spoke of "no organisation named None")
    code, _, err = run(db, "register", "record", "add", "mlps_test", "2025-06-15", "--system", "")
    assert code != 0 and "no system named ''" in err


def test_cii_designation_data_grade_and_organisation_facts(db: str) -> None:
    ok(db, "register", "cii", "designate", "--system", "会员系统", "--on", "2025-04-01")
    assert _calendar(db, "2025-05-01")[("cii.testing", "会员系统")]["due"] == "2026-04-01"
    ok(db, "register", "cii", "designate", "--system", "会员系统", "--undo")
    assert ("cii.testing", "会员系统") not in _calendar(db, "2025-05-01")
    ok(db, "register", "cii", "designate", "--organisation", "甲公司", "--on", "2025-04-01")
    listed = json.loads(ok(db, "register", "organisation", "list", "--format", "json"))
    assert listed[0]["ciio"] is True and listed[0]["ciio_designated_on"] == "2025-04-01"

    code, _, err = run(db, "register", "data", "grade", "members", "--grade", "important")
    assert code != 0 and "--reason" in err
    ok(db, "register", "data", "grade", "members", "--grade", "important", "--reason", "目录第3项",
       "--on", "2025-05-01")  # fmt: skip
    cal = _calendar(db, "2025-06-01")
    assert cal[("data.declare", "members")]["since"] == "2025-05-01"
    assert cal[("data.risk_report", "甲公司")]["due"] == "2026-05-01"
    assert ("data.officer", "甲公司") in cal
    ok(
        db,
        "register",
        "facts",
        "甲公司",
        "--security-officer",
        "CISO",
        "--security-body",
        "数据安全部",
    )
    ok(db, "register", "data", "grade", "members", "--grade", "important", "--reason", "目录第3项",
       "--declared-on", "2025-05-20")  # fmt: skip
    cal = _calendar(db, "2025-06-01")
    assert ("data.officer", "甲公司") not in cal and ("data.declare", "members") not in cal
    ok(db, "register", "data", "grade", "members", "--grade", "general")
    assert ("data.risk_report", "甲公司") not in _calendar(db, "2025-06-01")

    ok(
        db,
        "register",
        "facts",
        "甲公司",
        "--officer-threshold-reached-on",
        "2025-11-03",
        "--minors",
    )
    cal = _calendar(db, "2025-11-10")
    assert cal[("pipl.officer_report", "甲公司")]["due"] == "2025-12-15"
    assert ("pipl.minors_audit", "甲公司") in cal
    code, _, err = run(
        db, "register", "facts", "甲公司", "--face-threshold-reached-on", "2025-13-01"
    )
    assert code != 0 and "2025-13-01" in err
    code, _, err = run(db, "register", "cii", "designate", "--on", "2025-01-01")
    assert code != 0 and "exactly one of --system and --organisation" in err
