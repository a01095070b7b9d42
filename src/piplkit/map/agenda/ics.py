"""The calendar as an iCalendar (RFC 5545) file that Outlook and Google Calendar open or subscribe.

Each dated entry becomes a VEVENT: an all-day event on its date, or a timed one for an hour
clock (incident reports). Its UID is stable while the duty, subject and date stay the same, so a
subscribed calendar updates the event instead of duplicating it; a ``latest`` date carries a
reminder a week before. Standing and undated duties have no day to put them on and are left to
the table and JSON views. Written by hand (escaping, CRLF, folding at 75 octets) to keep the
core free of dependencies; the tests read the output back with an independent parser.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from piplkit.map.agenda.entry import Calendar, Entry

_STATUS_ZH = {"overdue": "逾期", "passed": "已届满", "window_open": "可申请"}
_STATUS_EN = {"overdue": "OVERDUE", "passed": "passed", "window_open": "window open"}
_SUBJECT_ZH = {
    "organisation": "组织",
    "system": "系统",
    "dataset": "数据集",
    "transfer": "出境",
    "request": "请求",
    "incident": "事件",
}
REMINDER_DAYS = 7


def _escape(text: str) -> str:
    return (
        text.replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\r\n", "\\n")
        .replace("\n", "\\n")
    )


def _fold(line: str) -> Iterator[str]:
    """Split a content line into lines of at most 75 octets, never inside a UTF-8 character."""
    first = True
    while True:
        limit = 75 if first else 74  # continuation lines start with a space
        raw = line.encode("utf-8")
        if len(raw) <= limit:
            yield line if first else " " + line
            return
        cut = limit
        while cut > 0 and (raw[cut] & 0xC0) == 0x80:  # a continuation byte: step back
            cut -= 1
        head = raw[:cut].decode("utf-8")
        yield head if first else " " + head
        line = raw[cut:].decode("utf-8")
        first = False


def _utc(at: dt.datetime) -> str:
    return at.astimezone(dt.UTC).strftime("%Y%m%dT%H%M%SZ")


def _event(e: Entry, as_of: dt.date, lang: str, stamp: str) -> list[str]:
    status = e.status(as_of)
    marks = _STATUS_ZH if lang == "zh" else _STATUS_EN
    zh = lang == "zh"
    title = e.title_in(lang)
    prefix = f"[{marks[status]}] " if status in marks else ""
    summary = f"{prefix}{title} — {e.subject.name}"
    unverified = "（未核实）" if zh else " (unverified)"
    source = e.source.label + ("" if e.source.verified else unverified)
    lines_of_text = [
        e.rule_in(lang),
        f"{'依据' if zh else 'Source'}: {source}",
        *(f"{'另见' if zh else 'Also'}: {s.label}" for s in e.also),
        f"{_SUBJECT_ZH[e.subject.type] if zh else e.subject.type}: {e.subject.name}",
    ]
    if e.source.url:
        lines_of_text.append(e.source.url)
    if e.note:
        lines_of_text.append(e.note_in(lang))
    lines_of_text.append(
        f"piplkit，截至{as_of.isoformat()}" if zh else f"piplkit, as of {as_of.isoformat()}"
    )
    out = [
        "BEGIN:VEVENT",
        f"UID:{e.uid}@piplkit",
        f"DTSTAMP:{stamp}",
    ]
    if e.due_at is not None:
        out += [f"DTSTART:{_utc(e.due_at)}", "DURATION:PT30M"]
    else:
        assert e.due is not None
        end = e.due + dt.timedelta(days=1)
        out += [f"DTSTART;VALUE=DATE:{e.due:%Y%m%d}", f"DTEND;VALUE=DATE:{end:%Y%m%d}"]
    out += [
        f"SUMMARY:{_escape(summary)}",
        f"DESCRIPTION:{_escape(chr(10).join(lines_of_text))}",
        f"CATEGORIES:{_escape(e.family)}",
        "TRANSP:TRANSPARENT",
    ]
    if e.source.url:
        out.append(f"URL:{e.source.url}")
    if e.kind == "latest" and status not in ("overdue", "due_today"):
        out += [
            "BEGIN:VALARM",
            "ACTION:DISPLAY",
            f"DESCRIPTION:{_escape(title)}",
            f"TRIGGER:-P{REMINDER_DAYS}D",
            "END:VALARM",
        ]
    out.append("END:VEVENT")
    return out


def to_ics(
    calendar: Calendar,
    *,
    lang: str = "zh",
    name: str = "piplkit",
    stamp: dt.datetime | None = None,
) -> str:
    """The dated entries as iCalendar text (CRLF line ends). ``stamp`` (default: midnight UTC
    of the as-of date) is the DTSTAMP, so the same calendar always gives the same file."""
    when = _utc(stamp or dt.datetime.combine(calendar.as_of, dt.time(0), dt.UTC))
    title = f"{name} 合规日历" if lang == "zh" else f"{name} compliance calendar"
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//piplkit//compliance calendar//EN",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        f"X-WR-CALNAME:{_escape(title)}",
        "X-WR-TIMEZONE:Asia/Shanghai",
        "REFRESH-INTERVAL;VALUE=DURATION:PT12H",
        "X-PUBLISHED-TTL:PT12H",
    ]
    for e in calendar.entries:
        if e.due is None and e.due_at is None:
            continue
        lines += _event(e, calendar.as_of, lang, when)
    lines.append("END:VCALENDAR")
    return "".join(f"{part}\r\n" for line in lines for part in _fold(line))
