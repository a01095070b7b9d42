"""A summary of one court judgment: one development, however many parts its text has.

A law report's case summary ("Li v. A Technology Co., Ltd.: … holds that …", "某某诉某公司个人
信息保护纠纷案") gives its case number once among the lines under its title (court, case number,
date of judgment) and then the parts of one judgment under headings of their own (Facts, Issues,
Holding, Significance; 基本案情、裁判结果、典型意义). Those headings name parts, not
developments, but nothing else told them from headlines: each part became an item. A release of
typical cases gives a case number under each case, so exactly one case number near the top is
what marks the summary of one case.
"""

from __future__ import annotations

import re

from piplkit.track import notice
from piplkit.track.alertpage import one_alert
from piplkit.track.layout import is_body, label_line
from piplkit.track.model import Block
from piplkit.track.newsstory import news_story

#: a labelled case number, alone or among other metadata fields joined on one line ("Case No.:
#: (2025) Jing 0491 Min Chu No. 123", "审理法院：… 案号：（2025）浙0192民初1234号 裁判日期：…")
_CASE_LABEL = re.compile(
    r"(?:^|\s)(?:Case\s+(?:No\.?|Number|Reference)|Docket\s+No\.?|案号)\s*[:：]\s*\S", re.I
)
#: how far under the title the case number stands (court, parties, date lines around it)
_NEAR_TOP = 8


def _case_line(block: Block) -> bool:
    if block.cells is not None or len(block.text) > 200:
        return False
    text = block.text
    if ("案号" in text or "ase" in text or "ocket" in text) and _CASE_LABEL.search(text):
        return not is_body(block)  # (a sentence that cites a case number reports the case)
    if "号" not in text:  # (a cheap test before the label patterns: a case number ends in 号)
        return False
    label = label_line(block)
    return label is not None and label[0] == "case"


def one_case(title: str | None, blocks: list[Block]) -> bool:
    """Is the document the summary of one judgment: a case-number line among the first text
    blocks and no other case number anywhere?"""
    if not title or notice.is_newsletter_title(title):
        return False
    at = [i for i, block in enumerate(blocks) if _case_line(block)]
    return len(at) == 1 and at[0] < _NEAR_TOP


def one_development(title: str | None, blocks: list[Block]) -> bool:
    """Is the whole document one development (a notice, one judgment's summary, one alert on
    one measure, or one news story)?"""
    return (
        notice.notice_score(title, blocks) >= 3
        or notice.plain_notice(title, blocks)
        or one_case(title, blocks)
        or one_alert(title, blocks)
        or news_story(title, blocks)
    )
