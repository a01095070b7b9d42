"""The iCalendar writer: lines of at most 75 octets, escaped text, stable UIDs, and what an
independent parser (``icalendar``) reads back equals what was written."""

from __future__ import annotations

import datetime as dt
import hashlib

import icalendar
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.agenda.helpers import D, calendar

from piplkit.map.agenda.entry import Calendar, Entry, Source, Subject
from piplkit.map.agenda.facts import Rectification, SystemFacts
from piplkit.map.agenda.ics import to_ics

SRC = Source("mps_mlps_measures_2007", "MLPS Measures 2007", "Art. 14", True, "http://x.example/")


def _entry(title: str, due: dt.date, **kw: object) -> Entry:
    base: dict[str, object] = dict(
        duty="mlps.rectification",
        family="mlps",
        title=title,
        title_zh=title,
        subject=Subject("system", "会员系统", "甲公司", "会员系统"),
        kind="latest",
        rule="by the plan's date; a, b; c\\d",
        source=SRC,
        due=due,
    )
    return Entry(**{**base, **kw})  # type: ignore[arg-type]


@settings(max_examples=60, deadline=None)
@given(title=st.text(min_size=1, max_size=200).filter(lambda t: t.strip() and "\r" not in t))
def test_any_title_round_trips_and_every_line_fits(title: str) -> None:
    cal = Calendar(D("2026-01-10"), (_entry(title, D("2026-02-01")),))
    text = to_ics(cal, lang="en")
    for line in text.split("\r\n"):
        assert len(line.encode("utf-8")) <= 75
    event = next(iter(icalendar.Calendar.from_ical(text).walk("VEVENT")))
    assert str(event["SUMMARY"]) == f"{title} — 会员系统"
    assert "a, b; c\\d" in str(event["DESCRIPTION"])


def test_dates_alarm_uid_and_timed_events() -> None:
    found = dt.datetime(2025, 12, 1, 22, 30, tzinfo=dt.timezone(dt.timedelta(hours=8)))
    timed = _entry(
        "Report", found.date(), duty="incident.report", due_at=found + dt.timedelta(hours=4)
    )
    cal = Calendar(D("2025-11-20"), (_entry("Fix", D("2026-02-01")), timed))
    events = list(icalendar.Calendar.from_ical(to_ics(cal)).walk("VEVENT"))
    day, clock = events
    assert day.decoded("DTSTART") == D("2026-02-01") and day.decoded("DTEND") == D("2026-02-02")
    assert [a["TRIGGER"].dt for a in day.walk("VALARM")] == [dt.timedelta(days=-7)]
    assert clock.decoded("DTSTART") == dt.datetime(2025, 12, 1, 18, 30, tzinfo=dt.UTC)
    # the same duty on the same date keeps its UID from one run to the next
    again = list(icalendar.Calendar.from_ical(to_ics(cal)).walk("VEVENT"))
    assert [str(e["UID"]) for e in again] == [str(e["UID"]) for e in events]
    moved = Calendar(cal.as_of, (_entry("Fix", D("2026-02-02")),))
    assert str(next(iter(icalendar.Calendar.from_ical(to_ics(moved)).walk("VEVENT")))["UID"]) != (
        str(day["UID"])
    )


def test_standing_and_undated_duties_are_left_out_and_overdue_is_marked() -> None:
    s = SystemFacts(
        name="会员系统",
        mlps_level=3,
        graded_on=D("2025-01-02"),
        rectifications=(
            Rectification("弱口令", D("2025-01-05"), D("2025-02-01")),
            Rectification("日志留存", D("2025-01-05")),  # no date in the plan: standing
        ),
    )
    cal = calendar("2025-06-01", systems=(s,))
    parsed = icalendar.Calendar.from_ical(to_ics(cal, lang="zh"))
    events = list(parsed.walk("VEVENT"))
    assert len(events) == sum(1 for e in cal.entries if e.due is not None)
    assert len(events) == len(cal.entries) - 1
    assert any(str(e["SUMMARY"]).startswith("[逾期] 整改：弱口令") for e in events)
    assert str(parsed["X-WR-CALNAME"]) == "piplkit 合规日历"


def test_rectification_items_due_the_same_day_keep_apart() -> None:
    """Two items of one system due on one day are two events: their UIDs differ (a calendar
    program keeps one event per UID, so a shared UID silently dropped the second item)."""
    s = SystemFacts(
        name="会员系统",
        mlps_level=3,
        graded_on=D("2025-01-02"),
        rectifications=(
            Rectification("弱口令", D("2025-01-05"), D("2025-09-30")),
            Rectification("日志留存", D("2025-01-05"), D("2025-09-30")),
        ),
    )
    cal = calendar("2025-06-01", systems=(s,))
    uids = [e.uid for e in cal.entries if e.duty == "mlps.rectification"]
    assert len(uids) == 2 and len(set(uids)) == 2
    events = list(icalendar.Calendar.from_ical(to_ics(cal)).walk("VEVENT"))
    assert len({str(e["UID"]) for e in events}) == len(events)
    # an entry without an item keeps the UID it always had (subscriptions do not churn)
    plain = _entry("Fix", D("2026-02-01"))
    key = "|".join(("mlps.rectification", "system", "会员系统", "2026-02-01"))
    assert plain.uid == hashlib.sha256(key.encode()).hexdigest()[:32]
