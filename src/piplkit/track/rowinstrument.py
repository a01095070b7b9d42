"""A table row whose title column holds a standard's name (标准名称, Standard): the row is about
that standard even when its name has no 《》 and no head word the instrument extractor knows
("数据安全技术 个人信息保护合规审计要求").

Its stage is the row's status cell (read by the caller), else the name's own cue ("（征求意见稿）"
is a draft), else ``adopted`` when the row gives a date of effect. A row whose status says the
instrument is in force ("现行", "In force") and whose date of effect falls after its publication
date and by the document's date reports the entry into force: it is dated by that date, which
the row's publication date (months earlier) is not. Apart from ``extract`` so that the rule
stays one small module (issue 16, heldout7: a standards service's monthly tables).
"""

from __future__ import annotations

import datetime as dt

from piplkit.track import instruments
from piplkit.track.model import InstrumentMention, Stage
from piplkit.track.textutil import normalise

#: header cells of a title column that holds standards' names: every row is a standard (a
#: 文件名称 or Instrument column may also list penalty decisions and cases, which are not)
NAMING_HEADERS = frozenset(
    normalise(h)
    for h in ("标准名称", "标准", "standard", "standards", "standard name", "standard title")
)
#: the hint ``tables`` sets on a row whose title column is such a column
HINT = "names_instrument"


def names_instrument(header_cell: str) -> bool:
    """The title column's header says its cells are standards' names."""
    return normalise(header_cell) in NAMING_HEADERS


def _same(a: str, b: str) -> bool:
    key_a, key_b = normalise(a).replace(" ", ""), normalise(b).replace(" ", "")
    return key_a in key_b or key_b in key_a


def with_row_instrument(
    found: list[InstrumentMention], title: str, effective: str | None
) -> list[InstrumentMention]:
    """``found`` with the row's title as its first instrument when the extractor missed it."""
    name = title.strip().strip("《》")
    if not name or any(_same(m.name, name) for m in found):
        return found
    cue = instruments.cue_stage(name)
    stage: Stage
    if cue in {"draft", "adopted", "in_force", "plan"}:
        stage = cue
    else:
        stage = "adopted" if effective else "other"
    return [InstrumentMention(name, stage, None, 0), *found]


def entry_into_force_date(
    date: str | None,
    found: list[InstrumentMention],
    reference: dt.date | None,
) -> str | None:
    """The row's date: its instrument's date of effect when it is in force from a day after the
    row's publication date and not after the document's own date, else ``date``."""
    if not found or found[0].stage != "in_force" or not found[0].effective_date:
        return date
    effective = found[0].effective_date
    if len(effective) != 10 or date is None or len(date) != 10 or effective <= date:
        return date
    if reference is not None and dt.date.fromisoformat(effective) > reference:
        return date
    return effective
