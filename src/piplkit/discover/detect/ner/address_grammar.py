"""Address-shape parsing: chains of administrative divisions, streets, numbers and buildings.

The CRF learnt addresses from news text, where most "addresses" are bare place names; postal
addresses in business documents are longer and far more regular (省 → 市 → 区/县 → 镇/街道 →
路/街 → 号 → 栋/座/单元/室). This module finds them by shape: an anchor (a division from the
gazetteer, or a numbered street) followed by components chained left to right. Division pairs are
not required to be real (a province followed by a city of another province still forms an
address), because typos and synthetic data break the hierarchy and the span is what matters.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from piplkit.discover.detect.ner.lexicon import Lexicon, lexicon

_H = r"\u4e00-\u9fff"
# Characters that cannot occur inside a component name: particles and verbs that glue an address
# to the surrounding sentence ("北京市的市场", "住在建国路").
_STOP = "的了在是与及或等到从把被就也而但住去往至我你他她它们这"
_NAME = rf"[{_H}]"
_NAME_OK = rf"[^\W\d_{_STOP}a-zA-Z]"
# Generic division names (for divisions missing from the gazetteer) are stricter still: "和"
# would otherwise glue "北京和上海市" into one division.
_ADMIN_OK = rf"[^\W\d_{_STOP}和a-zA-Z]"
_NUM = r"(?:[0-9０-９]+|[一二三四五六七八九十百零]+)"
_ALNUM = r"[0-9０-９A-Za-zＡ-Ｚａ-ｚ]"

# Endings of estate, building and village names; chained ("康城大厦", "王庄村").
_PLACE_SUFFIX = (
    "小区|花园|大厦|广场|公寓|新村|家园|社区|中心|大楼|园区|工业区|开发区|商务区|"
    "村|组|苑|园|庭|府|邸|居|阁|轩|墅|湾|城|院|庄|屯|里"
)

# One address component, tried in this order at the current position.
_COMPONENTS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "admin",
        re.compile(
            rf"{_ADMIN_OK}{{1,6}}?(?:特别行政区|自治区|自治州|自治县|地区|省|市|盟|区|县|旗|镇|乡|街道)"
        ),
    ),
    (
        "street",
        re.compile(
            rf"{_NAME_OK}{{1,10}}?(?:大道|大街|路|街|巷|弄|胡同|道)(?:{_NUM}[段巷弄条])?"
            rf"(?:{_NUM}(?:[-－]{_NUM})?号院?)?"
        ),
    ),
    (
        "number",
        re.compile(rf"{_NUM}(?:[-－]{_NUM})?(?:号院|号楼|号|弄|栋|幢|座|单元|层|楼|室|户|组)"),
    ),
    (
        "building",
        re.compile(
            rf"(?:{_ALNUM}{{1,4}}|{_NUM})(?:号楼|栋|幢|座|区|单元|层|楼|室|户|号)"
            r"|[0-9]{2,5}(?![0-9号])"
        ),
    ),
    (
        # A junction after a street: "青年街与中山北路交叉口东北角" (only chained to a street).
        "junction",
        re.compile(
            rf"[与和]{_NAME_OK}{{1,10}}?(?:大道|大街|路|街|巷|弄|胡同)"
            r"(?:交叉口|交汇处|交界处|十字路口|丁字路口|路口)(?:[东南西北]{1,2}[角侧])?"
        ),
    ),
    (
        "place",
        re.compile(
            rf"(?:[A-Za-z0-9]{{1,10}}{_NAME_OK}{{0,8}}?|{_NAME_OK}{{1,10}}?)"
            rf"(?:{_PLACE_SUFFIX})+"
        ),
    ),
)
_STREET_START = frozenset("路街道巷弄")
_POSTCODE = re.compile(r"[ \u3000]?[0-9]{6}(?![0-9])")
_GLUE = re.compile(r"[ \u3000]")
# A street with a house number, used as an anchor when no division precedes it.
_NUMBERED_STREET = re.compile(
    rf"(?:大道|大街|路|街|巷|弄|胡同)(?:{_NUM}[段巷弄条])?{_NUM}(?:[-－]{_NUM})?号"
)


@dataclass(frozen=True, slots=True)
class AddressMatch:
    """An address-shaped span and the kinds of its components, in order."""

    start: int
    end: int
    parts: tuple[str, ...]

    @property
    def has_detail(self) -> bool:
        """True when the span goes below the division level (street, number, building ...)."""
        return any(p in ("street", "junction", "number", "building", "place") for p in self.parts)


@lru_cache(maxsize=4)
def _stop_words(words: tuple[str, ...]) -> Callable[[str], re.Match[str] | None]:
    """A search for any of ``words`` (one C-level scan instead of a substring test per word)."""
    if not words:
        return lambda _: None
    return re.compile("|".join(map(re.escape, words))).search


def _extend(text: str, pos: int, parts: list[str]) -> int:
    """Chain components from ``pos``; return the new end and append their kinds to ``parts``."""
    lex = lexicon()
    stop = _stop_words(lex.address_stop_words)
    n = len(text)
    while pos < n:
        # A gazetteer division wins unless a street suffix follows it ("南京路" is a street, not
        # the division 南京 and a stray 路); otherwise the component reaching farthest wins.
        best_kind, best_end = "", pos
        gaz = _division_at(text, pos, lex)
        if gaz and text[gaz : gaz + 1] not in _STREET_START:
            best_kind, best_end = "division", gaz
        else:
            for kind, pattern in _COMPONENTS:
                m = pattern.match(text, pos)
                if m and m.end() > best_end and _may_follow(kind, parts):
                    best_kind, best_end = kind, m.end()
        # "武汉市中院", "湖北省人民政府": the rest belongs to an organisation name, not an address.
        lookahead = text[pos : max(best_end, pos + 4)]
        if stop(lookahead) is not None:
            break
        if best_kind:
            parts.append(best_kind)
            pos = best_end
        else:
            if (
                parts
                and pos + 1 < n
                and _GLUE.match(text, pos)
                and any(p.match(text, pos + 1) for _, p in _COMPONENTS[2:4])
            ):
                pos += 1  # "建国路88号 5号楼": a space between components
                continue
            break
    if parts and len(parts) > 1:
        m = _POSTCODE.match(text, pos)
        if m:
            parts.append("postcode")
            pos = m.end()
    return pos


def _may_follow(kind: str, parts: list[str]) -> bool:
    """Buildings need something before them; a junction needs the street it crosses."""
    if kind == "building":
        return bool(parts)
    if kind == "junction":
        return bool(parts) and parts[-1] == "street"
    return True


def _division_at(text: str, pos: int, lex: Lexicon) -> int:
    """End of the longest gazetteer division starting exactly at ``pos``, or 0."""
    best = 0
    for length in (7, 6, 5, 4, 3, 2):
        surface = text[pos : pos + length]
        if len(surface) == length and surface in lex.divisions:
            best = pos + length
            break
    return best


def find_addresses(
    text: str, divisions: Sequence[tuple[int, int]] | None = None
) -> list[AddressMatch]:
    """Address-shaped spans in ``text``, left to right, without overlaps.

    ``divisions``: the gazetteer divisions of ``text`` as ``(start, end)``, leftmost-longest,
    when the caller has them already (the tagger's dictionary scan finds them for a whole batch);
    otherwise they are looked up here.
    """
    lex = lexicon()
    out: list[AddressMatch] = []
    covered = 0
    if divisions is None:
        divisions = [(start, end) for start, end, _ in lex.find_divisions(text)]
    for start, _ in divisions:
        if start < covered:
            continue
        parts: list[str] = []
        end = _extend(text, start, parts)
        if end > start and parts:
            out.append(AddressMatch(start, end, tuple(parts)))
            covered = end
    # Numbered streets with no division before them ("住在建国路88号"), outside those spans.
    if "号" not in text:  # every numbered street ends in 号: most text is done here
        out.sort(key=lambda a: a.start)
        return out
    for m in _NUMBERED_STREET.finditer(text):
        if any(a.start <= m.start() < a.end for a in out):
            continue
        start = _street_start(text, m.start())
        start = max([start] + [a.end for a in out if a.end <= m.start()])
        parts = []
        end = _extend(text, start, parts)
        if end > start and parts:
            out.append(AddressMatch(start, end, tuple(parts)))
    out.sort(key=lambda a: a.start)
    return out


def _street_start(text: str, suffix_at: int) -> int:
    """Where the name of a street ending at ``suffix_at`` begins (at most 6 name characters)."""
    lex = lexicon()
    start = suffix_at
    while start > 0 and suffix_at - start < 6:
        c = text[start - 1]
        if not ("\u4e00" <= c <= "\u9fff") or c in _STOP:
            break
        if any(text[max(0, start - len(w)) : start] == w for w in lex.address_left):
            break
        start -= 1
    return start
