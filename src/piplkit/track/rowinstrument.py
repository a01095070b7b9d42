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
import re

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


#: a Chinese instrument's name written bare in a table's title cell (a legal database's 标题
#: column: "上海市公共数据开放实施细则", "信息安全技术 个人信息去标识化效果评估指南"): it ends in a
#: head word, perhaps followed by bracketed qualifiers ("（征求意见稿）", "（2025年修正）"), and has
#: no sentence punctuation, 《》 or verb of reporting (heldout9, fix16q)
_ZH_HEAD = (
    r"(?:法|条例|规定|办法|细则|规则|指南|指引|标准|要求|决定|意见|通知|方案|规划|规范|准则|"
    r"目录|清单|规程|守则|措施|解释|批复|公告)"
)
_BARE_ZH_NAME = re.compile(
    rf"^[\u4e00-\u9fff0-9A-Za-z][\u4e00-\u9fff0-9A-Za-z/\-—·、 ]{{2,70}}{_ZH_HEAD}"
    r"(?:[（(][^（）()]{1,20}[)）])*$"
)
#: a title that reports an act rather than names an instrument ("某公司违反…规定被处罚")
_REPORTING = re.compile(r"发布|印发|公布|出台|通过|处罚|罚款|判决|启动|就|对|被|将")
#: an amendment's year in brackets after a law's name: no part of the name (H9-3)
_REVISION = re.compile(r"\s*[（(](?:19|20)\d{2}年?(?:修正|修订|修改|版)?[)）]$")


def bare_name(cell: str) -> bool:
    """A table's title cell that is an instrument's name written without 《》."""
    text = cell.strip()
    if not text or text.isascii() or not _BARE_ZH_NAME.match(text):
        return False
    return not _REPORTING.search(_QUALIFIERS.sub("", text))


_QUALIFIERS = re.compile(r"[（(][^（）()]{1,20}[)）]")


def row_name(title: str) -> str:
    """The instrument's name in a row's title cell: without 《》 and an amendment's year."""
    return _REVISION.sub("", title.strip().strip("《》"))


def _same(a: str, b: str) -> bool:
    key_a, key_b = normalise(a).replace(" ", ""), normalise(b).replace(" ", "")
    return key_a in key_b or key_b in key_a


def with_row_instrument(
    found: list[InstrumentMention], title: str, effective: str | None
) -> list[InstrumentMention]:
    """``found`` with the row's title as its first instrument when the extractor missed it."""
    name = row_name(title)
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
