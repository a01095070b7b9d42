"""Rows of labelled facts under a case's headline, keyword and attendee lines (heldout10).

A digest of judgments gives each case's reference on one line of several labelled fields
("案号：（2025）京0491民初1号　审理法院：北京互联网法院　裁判日期：2025年10月22日", "Court: …
| Decided: 3 May 2025 | Case No.: …") and then a line of keywords ("关键词：人脸信息　单独同意",
"Tags: biometrics, consent"). Neither is a headline nor the item's text: read as headlines, the
case heading above them had no text and each line became a development of its own. Such a row
is recognised by its shape, two or more "label：value" fields on one short line, and its court
and date labels give the item's authority and date (the date of the judgment, not of the
digest); a keyword line gives no field.
"""

from __future__ import annotations

import re
from functools import lru_cache

#: one "label：value" field of a row: a short Chinese label or an English one of up to three
#: words, at the start of the line or after white space, a bar or a semicolon
_FIELD = re.compile(
    r"(?:^|(?<=[\s|｜/·;；]))(?P<label>[\u4e00-\u9fff]{2,6}|[A-Z][A-Za-z.]*(?: [A-Za-z.]+){0,2})"
    r"\s*[:：]\s*(?=\S)"
)
#: a line of keywords or tags under a headline (what the item is about, no field)
_TAGS = re.compile(r"^(?:关键词|关键字|主题词|标签|key\s*words?|keywords|tags)\s*[:：]\s*\S", re.I)
#: who attends an event, under its title ("出席：…", "Speakers: …"): no field, no speaker's turn
_ATTENDEES = re.compile(
    r"^(?:出席|出席人员|出席嘉宾|与会人员|参会人员|参加人员|attendees|speakers|panell?ists|present)"
    r"\s*[:：]\s*\S",
    re.I,
)
#: the first characters of a keyword or attendees label (a cheap test before the patterns)
_LABEL_FIRST = frozenset("关主标出与参KkTtAaSsPp")
#: labels whose value is the court or body that decided
_AUTHORITY = re.compile(
    r"^(?:审理法院|受理法院|审判法院|裁判法院|作出法院|法院|处罚机关|决定机关|执法机关|"
    r"court|tribunal|decided by|regulator|authority)$",
    re.I,
)
#: labels whose value is the date of the decision
_DATE = re.compile(
    r"^(?:裁判日期|判决日期|裁定日期|宣判日期|审结日期|决定日期|处罚日期|作出日期|"
    r"decided|decided on|date of judgment|judgment date|decision date|date)$",
    re.I,
)
#: labels of a case or decision number
_NUMBER = re.compile(r"^(?:案号|文号|决定书文号|case no\.?|case number|docket no\.?)$", re.I)
#: label kinds of ``layout.label_line`` that name no field of their own (a case number alone, a
#: row of fields, a keyword line): the splitter reads a row's fields with ``row_hints``
ROW_LABELS = frozenset({"case", "row", "tags"})
#: the longest row: a line of fields, not a paragraph that happens to hold colons
_MAX_ROW = 160
#: the longest value of one field (a court's name, a date, a case number)
_MAX_VALUE = 40


def _fields(text: str) -> list[tuple[str, str]] | None:
    """(label, value) of each field of a row of two or more, else None."""
    if text.count("：") + text.count(":") < 2 or _FIELD.match(text) is None:
        return None  # (cheap tests first: most lines with a colon are prose)
    found = list(_FIELD.finditer(text))
    if len(found) < 2:
        return None
    out: list[tuple[str, str]] = []
    for this, after in zip(found, [*found[1:], None], strict=True):
        value = text[this.end() : after.start() if after else len(text)].strip(" \u3000|｜/·;；")
        if not value or len(value) > _MAX_VALUE or value.endswith(("。", ".", "！", "？")):
            return None
        out.append((this.group("label"), value))
    return out


@lru_cache(maxsize=4096)  # (``layout.label_line`` asks about most lines more than once)
def row_kind(text: str) -> str | None:
    """``case`` for a row of fields with a case number, ``row`` for another row of fields,
    ``tags`` for a keyword line, else None."""
    if len(text) > _MAX_ROW or ("：" not in text and ":" not in text):
        return None
    if text[:1] in _LABEL_FIRST and (_TAGS.match(text) or _ATTENDEES.match(text)):
        return "tags"
    fields = _fields(text)
    if fields is None:
        return None
    return "case" if any(_NUMBER.match(label) for label, _ in fields) else "row"


def row_hints(text: str) -> list[tuple[str, str]]:
    """The item's fields a row gives: ("authority", court) and ("date", date of decision)."""
    hints: list[tuple[str, str]] = []
    for label, value in _fields(text) or []:
        if _AUTHORITY.match(label):
            hints.append(("authority", value))
        elif _DATE.match(label):
            hints.append(("date", value))
    return hints


def add_hints(hints: dict[str, str], label: tuple[str, str]) -> None:
    """Add the item's fields a labelled line gives (``layout.label_line``) to ``hints``, each
    unless already set: the label itself, or a row's court and date; none for a case number
    alone or a keyword line."""
    for key, value in row_hints(label[1]) if label[0] in ROW_LABELS else [label]:
        hints.setdefault(key, value)
