"""A digest's title line: a bracketed group or publication name and a word such as 精华 or digest.

A chat group's or a channel's digest opens with its masthead, "【数据合规交流群】本周群聊精华" or
"[Privacy Engineers Circle] This week's highlights": the bracketed name of the group (or the
publication) and what the document is. A bracketed lead of a paragraph is otherwise a run-in
headline ("【江苏省网信办通报…】6月3日，…"), so the masthead was split there and its rest,
"本周群聊精华", headed a spurious development whose body was the byline and the disclaimer
under it (heldout8's qunliao). The line is the document's title, no development: its rest is
no headline of its own (``blocktext.run_in`` asks ``digest_rest``) and the whole line is a
newsletter's title (``notice.is_newsletter_title`` asks ``is_digest_title``).

Both need the bracketed name and a short rest with a digest word and no sentence, so that a
real development's headline that happens to hold 汇总 or "highlights" ("国家网信办发布第三批
备案信息汇总", "CAC highlights new rules for apps") is not read as a masthead.
"""

from __future__ import annotations

import re

#: what a digest calls itself, in Chinese and English
_DIGEST_WORD = re.compile(
    r"精华|精选|汇总|集锦|摘编|摘要|要闻|速览|周览|回顾|盘点|合集|周报|月报|简报|快讯|"
    r"\b(?:digest|round-?up|highlights|recap|wrap-?up|week\s+in\s+review|briefing|newsletter|"
    r"bulletin)\b",
    re.I,
)
#: a sentence, an action or a quoted title in the rest: a headline, not a masthead
_SENTENCE = re.compile(
    r"[，。；：！？,;:!?《]|发布|印发|公布|通报|处罚|罚款|\b(?:issues?|fines?|publish)", re.I
)
#: the longest rest of a masthead line: characters (three times more in English), words
_MAX_CHARS = 20
_MAX_WORDS = 6
#: a bracketed name that opens a line: 【…】, […], 〔…〕 or 「…」
_BRACKETED = re.compile(
    r"^\s*(?:【[^】]{2,30}】|\[[^\]]{2,60}\]|〔[^〕]{2,30}〕|「[^」]{2,30}」)\s*"
)


def digest_rest(rest: str) -> bool:
    """The rest of a line after its bracketed lead is a digest's name ("本周群聊精华",
    "This week's highlights"), not the body of a run-in headline: short, no sentence or
    action, and a digest word."""
    rest = rest.strip()
    if not rest or len(rest.split()) > _MAX_WORDS:
        return False
    if len(rest) > (_MAX_CHARS * 3 if rest.isascii() else _MAX_CHARS):
        return False
    return bool(_DIGEST_WORD.search(rest)) and not _SENTENCE.search(rest)


def is_digest_title(title: str) -> bool:
    """The title is a digest's masthead: a bracketed group or publication name, then a short
    rest that names the digest ("【数据合规交流群】本周群聊精华")."""
    if title[:1] not in "【[〔「":
        return False
    m = _BRACKETED.match(title)
    return m is not None and m.end() < len(title) and digest_rest(title[m.end() :])


#: who compiled the digest, inside its byline ("整理：群助手小安", "compiled by the moderators")
_COMPILER = re.compile(
    r"(?:整理|编辑|汇编|辑录|编选|供稿)\s*[:：]|\b(?:compiled|curated|edited|collated)\s+by\b", re.I
)
#: a full date: a year with its month (the byline's issue date)
_FULL_DATE = re.compile(
    r"(?:19|20)\d{2}\s*(?:年\s*\d{1,2}\s*月|[-/.]\s*\d{1,2}\s*[-/.])|"
    r"\d{1,2}\s+[A-Z][a-z]{2,8}\.?,?\s+(?:19|20)\d{2}|[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+(?:19|20)\d{2}"
)
#: the longest byline line
_BYLINE_CHARS = 120


def compiled_byline(text: str) -> bool:
    """A digest's byline: the period or issue date and who compiled it ("2025年11月17日—11月21日
    整理：群助手小安 2025年11月21日", "1–5 December 2025 · compiled by the moderators"). It reports
    nothing, whatever date it opens with (a dated paragraph opens an item, a byline does not),
    and in plain text it is a line of its own: the disclaimer under it is not its continuation."""
    if len(text) > _BYLINE_CHARS or text.rstrip().endswith((".", "。", "!", "！")):
        return False
    return bool(_COMPILER.search(text)) and bool(_FULL_DATE.search(text)) and "《" not in text
