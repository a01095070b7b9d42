"""Sentence context that shows a place-shaped span is not anyone's address.

News prose mentions places all the time; piplkit's ``address`` is where a person lives or a
business is reached. A span that reaches street level (a road, a house number, a building) is an
address whatever surrounds it, but a span that is only divisions, an estate or a scenic name is
judged by its neighbours. Each rule below was found on CLUENER news sentences (issue 12) and is
written as the general shape it showed:

* an organisation or a post right after it (``…高新区税务局``, ``…社区主任``, ``…地区客户总监``):
  the place is part of the organisation's name, or the employer of the person named next;
* a book or document title around it (``《…市城市房地产管理办法》``): the title's subject;
* a copula right after it (``…古城是…最著名的城镇``, ``…湾为数不多的…``): the place is being
  described, not located;
* a model span that is one two-character word (``古镇``, ``社区``) or glues words across a particle
  (``运营的商务区``, ``住区向城镇``): a fragment of prose, not a name.

The recognizer reports such spans as regions (under the default threshold), as it does bare
place names, so callers who want place mentions can still lower ``min_score``.
"""

from __future__ import annotations

import re

import numpy as np

from piplkit.discover.detect.ner.lexicon import DIVISION_SHIFT, NAMED_CLASSES, NAMED_SHIFT, Lexicon

#: Heads of organisation names that a division or area name starts (``…市税务局``,
#: ``…区人民法院``), looked for in the few characters after the span.
ORGANISATION_HEADS = (
    "政府", "法院", "中院", "检察院", "公安", "税务", "局", "委员会", "管委会", "居委会",
    "村委会", "党委", "公司", "集团", "银行", "分行", "支行", "大学", "学院", "中学", "小学",
    "医院", "办事处", "电视台", "日报", "晚报", "研究所", "研究院", "协会",
)  # fmt: skip
#: Posts that name a person's position in an organisation: the span before them is the employer.
POSTS = (
    "主任", "书记", "总监", "经理", "总经理", "局长", "院长", "校长", "行长", "县长", "市长",
    "区长", "镇长", "村长", "主席", "负责人", "总裁", "董事长",
)  # fmt: skip
#: Copulas after which a place is described rather than located.
COPULAS = frozenset("是为")
#: Particles and prepositions that a place name does not contain unless inside a word.
PARTICLES = frozenset("的了和与及或向从把被")
#: Proper-noun classes of a sight or thing a division chain can qualify (``…张掖丹霞地貌``).
_QUALIFIED = frozenset((NAMED_CLASSES["L"], NAMED_CLASSES["Z"]))
#: How far after the span an organisation head may start (``湖北省武汉市人民政府``).
_HEAD_REACH = 4
#: How far a post may start (``…地区客户总监``, ``…分公司销售经理``).
_POST_REACH = 3


_CJK_RUN = re.compile(r"[\u4e00-\u9fff]+")
_HEAD = re.compile("|".join(sorted(ORGANISATION_HEADS, key=len, reverse=True)))
_POST = re.compile("|".join(sorted(POSTS, key=len, reverse=True)))
_LONGEST_POST = max(map(len, POSTS))


def _is_cjk(char: str) -> bool:
    return "\u4e00" <= char <= "\u9fff"


def organisation_follows(text: str, end: int, lex: Lexicon) -> bool:
    """An organisation head or a post starting within a few Chinese characters after ``end``
    (``局`` not as the start of a word such as 局势)."""
    m = _CJK_RUN.match(text, end, end + _HEAD_REACH + 3)
    if m is None:
        return False
    window = m.group()
    post = _POST.search(window, 0, _POST_REACH + _LONGEST_POST - 1)
    if post is not None and post.start() < _POST_REACH:
        return True
    for head in _HEAD.finditer(window):
        if head.start() >= _HEAD_REACH:
            break
        if not (head.group() == "局" and lex.is_word(window[head.start() : head.start() + 2])):
            return True
    return False


def in_title(text: str, start: int, end: int) -> bool:
    """Whether the span sits inside book-title brackets ``《…》``."""
    opened = text.rfind("《", 0, start)
    if opened < 0 or text.rfind("》", opened, start) >= 0:
        return False
    closed = text.find("》", end)
    return closed >= 0 and text.find("《", end, closed) < 0


def described(text: str, end: int) -> bool:
    """A copula right after the span: ``X是…``, ``X为…``."""
    return text[end : end + 1] in COPULAS


def prose_fragment(value: str, lex: Lexicon) -> bool:
    """A model span that is one two-character word (``古镇``, ``社区``: a kind of place, where a
    name would be longer: 台儿庄), or joins words across a particle."""
    if len(value) == 2 and lex.is_word(value):
        return True
    for i in range(1, len(value) - 1):
        if value[i] in PARTICLES and not (
            lex.is_word(value[i - 1 : i + 1]) or lex.is_word(value[i : i + 2])
        ):
            return True
    return False


def qualifies_a_name(text: str, end: int, lex: Lexicon) -> bool:
    """A place or other proper noun (not a division) starts right at ``end``: the divisions
    before it say where that sight or thing is (``…张掖丹霞地貌``, ``…南京玄武湖``)."""
    tail = text[end : end + 8]
    if len(tail) < 2 or not _is_cjk(tail[0]):
        return False
    cps = np.frombuffer(tail.encode("utf-32-le"), dtype=np.uint32)
    for hits in lex.dictionary.scan(cps):
        for value in hits.values[hits.starts == 0].tolist():
            named = (value >> NAMED_SHIFT) & 7
            if named in _QUALIFIED and not value >> DIVISION_SHIFT & 3:
                return True
    return False


def not_an_address(text: str, start: int, end: int, lex: Lexicon, cue: bool) -> bool:
    """Context rules for a span with no street-level part (see the module docstring); with an
    address cue before it (住址是…, 家住…) a copula after it says nothing."""
    return (
        organisation_follows(text, end, lex)
        or in_title(text, start, end)
        or (not cue and described(text, end))
    )
