"""A post's own time line, below the post: the page's date (heldout13, fix16z).

A Q&A site prints an answer's time under its text ("编辑于 2025-12-06 21:14 · IP 属地上海"), not in
the header the tracker reads for the publication date. Without it the answer's "上月20日" and
"本月2日" were resolved against its latest full date (an October one), two months early.

Rule: when no publication date was found at the top, a line anywhere in the page that opens
with a post's time label (编辑于, 发布于, 发表于, "Posted on", "Edited", "Last edited on", …) and
gives a full date dates the page.
"""

from __future__ import annotations

import datetime as dt
import re

from piplkit.track import dates
from piplkit.track.roles import Role

_POSTED = re.compile(
    r"^\s*(?:编辑于|編輯於|发布于|發佈於|發布於|发表于|發表於|更新于|更新於|"
    r"(?:posted|edited|last\s+edited|published|updated|answered)(?:\s+on)?)\s*[:：]?\s*\d",
    re.I,
)


def post_date(roles: list[Role]) -> dt.date | None:
    """The first full date on a post's time line, or None."""
    for block, _, _ in roles:
        if block.heading is None and len(block.text) <= 80 and _POSTED.match(block.text):
            found = dates.find_dates(block.text)
            if found and found[0].year:
                return dates.as_date(found[0], None)
    return None
