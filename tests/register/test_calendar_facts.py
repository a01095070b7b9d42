"""The compliance calendar of a real register (SQLite, and PostgreSQL when configured), through
the facts adapter and the ``piplkit calendar`` command, with the .ics read back by ``icalendar``."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import icalendar
import pytest
from tests.register.security_helpers import ORG, populate_security
from typer.testing import CliRunner

from piplkit.faces.cli.app import app
from piplkit.map.agenda import compute_calendar
from piplkit.map.register.store import Register
from piplkit.platform.service.calendar_facts import calendar_facts

D = dt.date.fromisoformat
runner = CliRunner()


def _by_duty(reg: Register, as_of: str) -> dict[tuple[str, str], dict]:  # type: ignore[type-arg]
    with reg.read() as s:
        facts = calendar_facts(s, D(as_of))
    cal = compute_calendar(facts, D(as_of))
    return {(e.duty, e.subject.name): e.to_dict(cal.as_of) for e in cal.entries}


def test_register_facts_give_the_dated_duties(reg: Register) -> None:
    populate_security(reg)
    got = _by_duty(reg, "2026-01-10")
    assert got[("mlps.test", "会员系统")]["due"] == "2026-06-15"
    assert got[("mlps.self_inspection", "会员系统")]["due"] == "2026-11-30"
    overdue = got[("mlps.rectification", "会员系统")]
    assert (overdue["status"], overdue["due"], overdue["basis"]) == (
        "overdue",
        "2025-09-30",
        "organisation",
    )
    assert ("mlps.rectification", "会员系统") in got and not any(
        e["title"].endswith("弱口令") for e in got.values()
    )
    assert got[("cii.testing", "支付网关")]["due"] == "2026-05-10"
    assert got[("data.risk_report", ORG)]["due"] == "2026-12-20"
    assert ("data.officer", ORG) not in got and ("data.declare", "members") not in got
    assert ("mlps.filing", "会员系统") not in got
    # before the filing and the first test, the same register owed them
    early = _by_duty(reg, "2025-03-05")
    assert early[("mlps.filing", "会员系统")]["due"] == "2025-03-31"


def _run(*args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, list(args))
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result.exit_code, result.stdout, result.stderr


def test_calendar_command_json_filters_and_ics(reg: Register, db_url: str, tmp_path: Path) -> None:
    populate_security(reg)
    code, out, err = _run("calendar", "--as-of", "2026-01-10", "--format", "json", "--db", db_url)
    assert code == 0, err
    doc = json.loads(out)
    assert doc["as_of"] == "2026-01-10" and doc["entries"][0]["status"] == "overdue"
    code, out, _ = _run(
        "calendar",
        "--as-of",
        "2026-01-10",
        "--format",
        "json",
        "--system",
        "支付网关",
        "--family",
        "cii",
        "--db",
        db_url,
    )
    only = json.loads(out)["entries"]
    assert [(e["duty"], e["due"]) for e in only] == [("cii.testing", "2026-05-10")]
    target = tmp_path / "out" / "calendar.ics"
    target.parent.mkdir()
    code, _, err = _run(
        "calendar", "--as-of", "2026-01-10", "--format", "ics", "-o", str(target), "--db", db_url
    )
    assert code == 0, err
    raw = target.read_bytes()
    assert raw.count(b"\r\n") == raw.count(b"\n")  # CRLF line ends only
    parsed = icalendar.Calendar.from_ical(raw)
    events = list(parsed.walk("VEVENT"))
    dated = [e for e in doc["entries"] if e["due"]]
    assert len(events) == len(dated)
    starts = sorted(str(ev.decoded("DTSTART")) for ev in events)
    assert "2026-06-15" in starts and "2025-09-30" in starts
    summaries = [str(ev["SUMMARY"]) for ev in events]
    assert any(s.startswith("[OVERDUE] Rectify: 数据库审计日志") for s in summaries)
    code, out, _ = _run(
        "calendar", "--as-of", "2026-01-10", "--format", "ics", "--lang", "zh", "--db", db_url
    )
    zh = icalendar.Calendar.from_ical(out.encode("utf-8"))
    assert any(
        str(ev["SUMMARY"]).startswith("[逾期] 整改：数据库审计日志") for ev in zh.walk("VEVENT")
    )


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--format", "pdf"], "--format"),
        (["--family", "tax"], "--family: tax"),
        (["--system", "无此系统"], "无此系统"),
        (["--as-of", "2026-13-01"], "2026-13-01"),
    ],
)
def test_calendar_command_bad_input_is_one_line(
    reg: Register, db_url: str, args: list[str], message: str
) -> None:
    populate_security(reg)
    code, out, err = _run("calendar", *args, "--db", db_url)
    assert code != 0 and message in err and "Traceback" not in err + out


def test_requests_touched_early_on_the_as_of_day_are_read(reg: Register) -> None:
    """The facts adapter reads every request that had not ended before the as-of day (China
    time). Its cut-off is midnight in China, 16:00 UTC the day before; SQLite stores instants
    as naive UTC text, so comparing it with a +08:00 instant without converting it first moved
    the cut-off to 08:00 China time and left out a request closed at 01:00 on the as-of day
    (PostgreSQL compared correctly). Dated: as of 2026-01-10, one request refused at
    2026-01-10 01:00 (China) is read, one refused at 2026-01-09 23:00 is not."""
    from tests.respond.conftest import KEY
    from tests.respond.helpers import ADULT_ID

    from piplkit.assess.law.calendar import CHINA_TZ
    from piplkit.respond import dsr

    received = dt.datetime(2026, 1, 5, 10, tzinfo=CHINA_TZ)
    ends = {
        "req-early-day": dt.datetime(2026, 1, 10, 1, 0, tzinfo=CHINA_TZ),
        "req-day-before": dt.datetime(2026, 1, 9, 23, 0, tzinfo=CHINA_TZ),
    }
    for name, ended in ends.items():
        with reg.write("test") as s:
            dsr.submit(
                s,
                {
                    "request_id": name,
                    "kind": "access",
                    "identifier_type": "cn_resident_id",
                    "identifier": ADULT_ID,
                    "received_at": received,
                },
                key=KEY,
            )
            record = dsr.refuse(s, name, "duplicate of an earlier request", now=ended)
            record.updated_at = ended.astimezone(dt.UTC)
    with reg.read() as s:
        read = {r.name for r in calendar_facts(s, D("2026-01-10")).requests}
        open_then = compute_calendar(calendar_facts(s, D("2026-01-09")), D("2026-01-09"))
    assert read == {"req-early-day"}
    # the calendar itself: a request that ends on a day is no longer open that day, so on
    # 2026-01-09 only the one refused early on the 10th (China time) is still to answer, and
    # on 2026-01-10 neither (this is why the wrong cut-off changed no calendar entry)
    assert [e.subject.name for e in open_then.entries if e.duty == "dsr.respond"] == [
        "req-early-day"
    ]
    assert not [e for e in _by_duty(reg, "2026-01-10") if e[0] == "dsr.respond"]
