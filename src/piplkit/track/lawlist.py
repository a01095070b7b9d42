"""Rows of a reference list of laws, and list entries titled with their own ISO date (heldout12).

A resource page (an awesome-list README, a compliance wiki) keeps a table of the laws in
force: 名称 | 发布机关 | 施行日期. Each row names a law and its date of effect and reports no
event: it is background, not a development. Such a row is read as an undated item whose whole
title is the instrument's name and whose every instrument carries only a date of effect; an
item that says anything beyond the name (a verb, a body acting, a fine) is not such a row.

A changelog-style list entry opens with its date in ISO form ("**2025-12-02** 工业和信息化部
印发…"); the date dates the item and is no part of its title, as a bold run-in date is not
(H12-9). It is cut from the title only when it is the item's own date, so a title that opens
with some other date keeps it.
"""

from __future__ import annotations

import dataclasses
import re

from piplkit.track.model import Development

#: brackets and spaces a listed name may carry ("《中华人民共和国数据安全法》")
_DECOR = re.compile(r"[\s《》〈〉\"“”]+")
#: an ISO date opening a title, then the text it dates
_ISO_LEAD = re.compile(r"^\s*(\d{4}-\d{2}-\d{2})\s*[:：·|\-–—]?\s*(?=\S)")


def reference_row(dev: Development) -> bool:
    """An undated item that is only the name of a law with its date of effect (a row of a
    law list): background, no development."""
    if dev.date is not None or dev.penalty_cny is not None or not dev.instruments:
        return False
    if not all(m.effective_date for m in dev.instruments):
        return False
    title = _DECOR.sub("", dev.title)
    return bool(title) and any(_DECOR.sub("", m.name) == title for m in dev.instruments)


def without_iso_lead(dev: Development) -> Development:
    """The development titled without the ISO date it opens with, when that date is its own."""
    m = _ISO_LEAD.match(dev.title)
    if m is None or m.group(1) != dev.date or len(dev.title) - m.end() < 6:
        return dev
    return dataclasses.replace(dev, title=dev.title[m.end() :])
