"""Numbered headings in one series, each over a single report: headlines, not parts (heldout13,
fix16z).

An answer on a Q&A site listed five developments as bold lines "1. 《网络安全法》完成修改…",
"2. 个人信息出境多了一条“认证”路", … each over one paragraph that opens with its date. Only the
first heading says what happened in the words the tracker reads as a report (an instrument in
《》); the others are a columnist's headlines ("…有了统一规则", "一款记账App被罚205万"). In a
layout of dated paragraphs a heading that reports nothing names a part ("Panel 2: Enforcement
trends"), so the four were read as parts and their paragraphs titled by their first sentences.

A part holds several reports; a headline holds one. Headings of one level numbered 1, 2, 3, …
(three or more) that each stand over text of which at most one paragraph opens a new item are
a series of headlines: all of them are headlines, whether or not their words report. Numbered
parts each over several dated paragraphs ("1. Rule-making" over three) stay parts.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from piplkit.track.layout import is_body
from piplkit.track.model import Block
from piplkit.track.roles import Role

#: "1.", "2、", "(3)", "（四）", "五、" at a heading's start
_NUMBER = re.compile(
    r"\s*(?:(\d{1,2})\s*[.、．)]|[（(](\d{1,2}|[一二三四五六七八九十]{1,3})[)）]"
    r"|([一二三四五六七八九十]{1,3})[、.．])"
)
_CN = {c: i for i, c in enumerate("一二三四五六七八九", start=1)}
_MIN_SERIES = 3


def _number(text: str) -> int | None:
    """The heading's own number ("3. …" → 3, "（四）…" → 4), or None."""
    match = _NUMBER.match(text)
    if match is None:
        return None
    raw = next(g for g in match.groups() if g)
    if raw.isdigit():
        return int(raw)
    if raw == "十":
        return 10
    if raw.startswith("十"):
        return 10 + _CN.get(raw[1:], 0)
    if raw.endswith("十"):
        return 10 * _CN.get(raw[0], 0)
    if "十" in raw:
        tens, ones = raw.split("十", 1)
        return 10 * _CN.get(tens, 0) + _CN.get(ones, 0)
    return _CN.get(raw)


def series_headlines(roles: list[Role], starts_item: Callable[[str], bool]) -> frozenset[int]:
    """The ids of the headings that are headlines of one numbered series (see the module's
    docstring); ``starts_item`` tells a paragraph that opens a new item (``cues.starts_item``)."""
    heads = [
        (i, b)
        for i, (b, role, _) in enumerate(roles)
        if role == "text" and b.heading is not None and b.heading != 1 and b.cells is None
    ]
    if len(heads) < _MIN_SERIES:
        return frozenset()
    found: set[int] = set()
    by_level: dict[int, list[tuple[int, Block, int]]] = {}
    for i, block in heads:
        number = block.list_no if block.list_no is not None else _number(block.text)
        if number is not None:
            by_level.setdefault(block.heading or 0, []).append((i, block, number))
    for run in by_level.values():
        numbers = [n for _, _, n in run]
        if len(run) < _MIN_SERIES or numbers != list(range(numbers[0], numbers[0] + len(run))):
            continue
        if all(_one_report(roles, i, starts_item) for i, _, _ in run):
            found.update(id(b) for _, b, _ in run)
    return frozenset(found)


def _one_report(roles: list[Role], index: int, starts_item: Callable[[str], bool]) -> bool:
    """Is the heading at ``index`` over text (up to the next heading or section) of which at
    most one paragraph opens an item?"""
    under: list[Block] = []
    for block, role, _ in roles[index + 1 :]:
        if role == "section" or (role == "text" and block.heading is not None):
            break
        if role == "text":
            under.append(block)
    if not under or not is_body(under[0]):
        return False
    return sum(1 for b in under if is_body(b) and starts_item(b.text)) <= 1
