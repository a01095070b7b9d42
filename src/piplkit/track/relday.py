""" "昨日公布", "announced yesterday": a day named relative to the document's date (heldout12,
H12-11).

A daily newspaper reports what happened the day before its edition: "國家互聯網信息辦公室昨日公布
《…規定》". The date finder reads calendar dates only, so such an item had no event date (its
only date was the rule's date of effect) and was dropped or left undated. When the extractor
found no date for an item, a word for yesterday or today in its summary dates it by the
document's own date (its edition or publication date). An item that has a date keeps it.
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
        return dev
    return dataclasses.replace(dev, date=(reference - dt.timedelta(days=shift)).isoformat())
