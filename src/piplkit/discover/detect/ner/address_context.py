"""Sentence context that shows a place-shaped span is not anyone's address.

News prose mentions places all the time; piplkit's ``address`` is where a person lives or a
business is reached. A span that reaches street level (a road, a house number, a building) is an
address whatever surrounds it, but a span that is only divisions, an estate or a scenic name is
judged by its neighbours. Each rule below was found on CLUENER news sentences (issue 12) and is
written as the general shape it showed:

* the head of an organisation's name right after it (``…高新区税务局``, ``…市人民政府``): the
  place is part of the organisation's name;
* a book or document title around it (``《…市城市房地产管理办法》``): the title's subject;
* a copula right after it (``…古城是…最著名的城镇``, ``…湾为数不多的…``): the place is being
  described, not located;
* a chain of divisions right before a sight or another proper noun (``…张掖丹霞地貌``,
  ``…丽江玉龙雪山``): it says where that sight is;
* a model span that is one two-character word (``古镇``, ``社区``) or glues a common word across a
  particle (``运营的商务区``, ``住区向城镇``): a fragment of prose, not a name.

Each rule was also checked against CLUENER's labels on its training split (docs/evaluation.md):
where CLUENER disagreed with a rule for reasons piplkit shares (a business's place is an address,
so is an estate in an area), the rule was narrowed; what remains demotes bare places (西单) and
described places, which piplkit does not count as addresses. The rules run only on prose
(``AnalysisContext.prose``): a table cell has no sentence to judge.

The recognizer reports such spans as regions (under the default threshold), as it does bare
place names, so callers who want place mentions can still lower ``min_score``.
"""

from __future__ import annotations

import re

from piplkit.discover.detect.ner.lexicon import (
    COMMON_WORD,
    DIVISION_SHIFT,
    NAMED_CLASSES,
    NAMED_SHIFT,
    Lexicon,
)

#: Heads of organisation names that a division or area name starts (``…市税务局``,
#: ``…区人民法院``), looked for right after the span.
ORGANISATION_HEADS = (
    "政府", "法院", "中院", "检察院", "公安", "税务", "局", "委员会", "管委会", "居委会",
    "村委会", "党委", "公司", "集团", "银行", "分行", "支行", "大学", "学院", "中学", "小学",
    "医院", "办事处", "电视台", "日报", "晚报", "研究所", "研究院", "协会",
)  # fmt: skip
#: What may stand between the place and the head: ``…市人民政府``, ``…市中级人民法院``.
_HEAD_PREFIX = re.compile("(?:(?:中级|高级)?人民)?")
#: Copulas after which a place is described rather than located.
COPULAS = frozenset("是为")
#: Particles and prepositions that a place name does not contain unless inside a word.
PARTICLES = frozenset("的了和与及或向从把被")
#: Proper-noun classes of a sight or thing a division chain can qualify (``…张掖丹霞地貌``).
_PLACE, _OTHER = NAMED_CLASSES["L"], NAMED_CLASSES["Z"]
#: A number or street part this soon after a qualified name makes the whole an address.
_DETAIL_AFTER = re.compile(r"[0-9０-９路街道巷弄号]")
_DETAIL_REACH = 10

_HEAD = re.compile("|".join(sorted(ORGANISATION_HEADS, key=len, reverse=True)))
#: First characters of a head or of what may stand before it: other text skips the regexes.
_HEAD_STARTS = frozenset({h[0] for h in ORGANISATION_HEADS} | set("人中高"))


def _is_cjk(char: str) -> bool:
    return "\u4e00" <= char <= "\u9fff"


def organisation_follows(text: str, end: int, lex: Lexicon) -> bool:
    """An organisation head right after ``end``, or after 人民 (``…市人民政府``); ``局`` not as
    the start of a word such as 局势.

    Right after only: a head a few characters on (``北京朝阳区某公司``, ``…古城村古城中学``)
    belongs to a name of its own, and CLUENER labels the place before it as an address. Posts
    (``…乡书记``, ``…社区主任``) are not used either: on the CLUENER training split the place
    before a post was labelled an address in 7 of the 10 spans such a rule reported.
    """
    at = _HEAD_PREFIX.match(text, end)
    pos = at.end() if at is not None else end
    head = _HEAD.match(text, pos)
    if head is None:
        return False
    return not (head.group() == "局" and lex.is_word(text[pos : pos + 2]))


def in_title(text: str, start: int, end: int) -> bool:
    """Whether the span sits inside book-title brackets ``《…》``."""
    opened = text.rfind("《", 0, start)
    if opened < 0 or text.rfind("》", opened, start) >= 0:
        return False
    closed = text.find("》", end)
    return closed >= 0 and text.find("《", end, closed) < 0


def prose_fragment(value: str, lex: Lexicon) -> bool:
    """A model span that is one two-character word (``古镇``, ``社区``: a kind of place, where a
    name would be longer: 台儿庄), or glues a common word to something across a particle
    (``运营的商务区``, ``住区向城镇``).

    The common word is required: ``常营的保利嘉园`` or ``巴塞附近的比奇小镇`` join two names across
    a particle and CLUENER labels them addresses (an estate in an area, a town near a city).
    """
    if len(value) == 2:
        return lex.is_word(value)
    if PARTICLES.isdisjoint(value):
        return False
    for i in range(1, len(value) - 1):
        if (
            value[i] in PARTICLES
            and not (lex.is_word(value[i - 1 : i + 1]) or lex.is_word(value[i : i + 2]))
            and (lex.is_word(value[:i]) or lex.is_word(value[i + 1 :]))
        ):
            return True
    return False


def qualifies_a_name(text: str, end: int, lex: Lexicon) -> bool:
    """A place (``…南京玄武湖``, ``…丽江玉龙雪山``) or another proper noun that is not also a
    common word (``…张掖丹霞地貌``) starts right at ``end``: the divisions before it say where
    that sight or thing is.

    A proper noun that is also a common word (``七彩``, ``天鹰``) more often starts the name of
    a business (``…郑州市七彩商都网吧``, ``…沙湾县天鹰棉花产业有限公司``), whose place is an
    address (CLUENER labels it one); and a number or a street shortly after the name
    (``…浦东新区中国馆1号门``, ``…朝阳区广渠门外10号``) makes the whole an address the shape
    did not reach.
    """
    tail = text[end : end + 8]
    if len(tail) < 2 or not _is_cjk(tail[0]):
        return False
    if _DETAIL_AFTER.search(text, end, end + _DETAIL_REACH):
        return False
    for value in lex.dictionary.starting_at(tail):
        named = (value >> NAMED_SHIFT) & 7
        if value >> DIVISION_SHIFT & 3:
            continue
        if named == _PLACE or (named == _OTHER and not value & COMMON_WORD):
            return True
    return False


def place_mention(
    text: str,
    start: int,
    end: int,
    lex: Lexicon,
    *,
    cue: bool,
    model_span: bool,
    divisions_only: bool,
) -> bool:
    """Whether the sentence shows that ``text[start:end]``, a span above street level, names a
    place rather than an address (the rules of the module docstring; cheapest tests first).

    ``cue``: an address cue word before it (住址是…, 家住…), after which a copula says nothing
    and a sight after a chain of divisions does not make it one; ``model_span``: the span comes
    from the tagger alone; ``divisions_only``: a shape match of divisions only.
    """
    after = text[end : end + 1]
    if after in _HEAD_STARTS and organisation_follows(text, end, lex):
        return True
    if not cue and after in COPULAS:
        return True
    if "《" in text and in_title(text, start, end):
        return True
    if model_span and prose_fragment(text[start:end], lex):
        return True
    return divisions_only and not cue and qualifies_a_name(text, end, lex)
