"""Column names of a development table beyond the vocabulary's exact words (heldout11, fix16t).

``tables`` knows a column by its whole name ("日期", "发布机关", "Summary"). Publishers name the
same columns in words of their own, and three of heldout11's tables lost every row for it:

- a 行政处罚 disclosure table (a 政务公开 page) names its columns as the disclosure rules word
  them: "作出机关", "决定日期", "主要违法事实", "处罚内容", "处罚依据";
- a traditional-script (繁體) wiki writes "機關", "說明", and one column "法規／事件".

So a header cell the vocabulary does not know is read once more: in simplified script (the
vocabulary is simplified), as its parts when it joins two names with a slash, and by the word
it ends with (a Chinese column name puts its head noun last: 作出机关 is a 机关, 决定日期 a
日期). The head words are the generic ones only; a cell naming the party (当事人, 被处罚单位) is
never an authority. A column of the legal basis (处罚依据, "Legal basis") is its own role: its
cell names the provisions applied, instruments only cited (``tables`` adds it to the row's text).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from piplkit.track.script import folded_name

#: "法規／事件", "Title / Event": two names for one column
_SLASH = re.compile(r"\s*[/／]\s*")

#: (pattern on the simplified cell, role): the head word a column name ends with
_HEADS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"(?:依据|法律依据|法规依据|legal\s+basis|basis)$"), "basis"),
    (re.compile(r"^(?:处罚|处理|行政处罚)(?:内容|种类|措施|结果|决定内容)$"), "penalty"),
    (re.compile(r"(?:违法事实|违法行为|违法情形|违规事实|违规行为|主要事实|案由)$"), "summary"),
    (re.compile(r"(?:日期|时间)$"), "date"),
    (re.compile(r"(?:机关|机构|部门)$"), "authority"),
    # "国家标准名称", "规章名称": the name of what the row lists (heldout19: a 国家标准公告's table)
    (re.compile(r"名称$"), "title"),
)
#: a column of the party acted against, however it ends ("被处罚单位", "当事人", "相对人"), or
#: of the team's own owner of a task ("负责部门", "牵头部门"): no public body's act
_PARTY = re.compile(r"被|当事|相对人|对象|企业名称|单位名称|负责|责任|牵头|承办|配合")
#: a date column of a deadline or a plan ("截止时间", "计划日期", "预计完成时间"): no event's date
_NOT_EVENT = re.compile(r"截止|期限|到期|计划|预计|完成")


def head_role(cell: str, lookup: Callable[[str], str | None]) -> str | None:
    """The role of a header cell the vocabulary does not know by its whole name, else None;
    ``lookup`` is the vocabulary's exact lookup of a normalised name."""
    text = cell.strip()
    if not text or len(text) > 20:
        return None
    folded = None if text.isascii() else folded_name(text)
    if folded is not None:
        text = folded
        role = lookup(text)
        if role is not None:
            return role
    parts = [p for p in _SLASH.split(text) if p]
    if len(parts) > 1:
        for part in parts:
            role = lookup(part) or _by_head(part)
            if role is not None:
                return role
        return None
    return _by_head(text)


def _by_head(text: str) -> str | None:
    low = text.lower()
    for pattern, role in _HEADS:
        if pattern.search(low):
            if role in {"authority", "title"} and _PARTY.search(low):
                return None
            if role == "date" and _NOT_EVENT.search(low):
                return None
            return role
    return None
