"""Latin-script names in Chinese prose, read against the lexicon of Faker's Latin-script person
names (issue 12: CLUENER writes them without spaces, ``DavidBeckham``, ``martinatkinson``).

Sentences written for these tests in the shapes of CLUENER's tune half; the names are common
given and family names of the lexicon, no real person is meant. Controls: acronyms, brands,
products, codes and English words glued to Chinese stay no names.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from piplkit.discover.detect.engine import Detector
from piplkit.discover.detect.ner.latin_names import is_latin_name, latin_name_spans, latin_names


@pytest.fixture(scope="module")
def prose() -> Detector:
    return Detector(prose=True)


def names(detector: Detector, text: str) -> list[str]:
    return [text[f.start : f.end] for f in detector.detect(text) if f.type == "person_name"]


NAMES = [
    # glued given + family name, no cue around it
    ("GrahamWilson今日下午抵达上海。", "GrahamWilson"),
    ("据悉，主角由JamesCarter出演。", "JamesCarter"),
    # all lower case, as CLUENER often writes them
    ("这款游戏的主设计师是georgewilson。", "georgewilson"),
    ("著名建筑师martinhughes使用了全新的材料。", "martinhughes"),
    # a Gaelic family name the lexicon need not hold
    ("主演NeilMacLaren出席了首映式。", "NeilMacLaren"),
    # a name the lexicon does not hold, right after a role
    ("项目负责人RodQuenby接受了采访。", "RodQuenby"),
    # one listed family name in brackets
    ("本周的问题（由Wilson提问）已经得到回复。", "Wilson"),
    # found by the model already: the rule must not cut or drop them
    ("游戏制作人PeterWalker表示，续作将于明年发售。", "PeterWalker"),
    ("市场总监Kevin Marsh透露了新的计划。", "Kevin Marsh"),
]


@pytest.mark.parametrize(("text", "name"), NAMES)
def test_latin_names_in_prose(prose: Detector, text: str, name: str) -> None:
    assert name in names(prose, text)


CONTROLS = [
    "我用iPhone在GitHub上下载了PDF文件。",
    "公司CEO宣布Windows版本下周更新。",
    "新款型号X5和ABC123已经上市。",
    "请把报告发到info@example.com，抄送Robert.Smith@example.com。",
    "这款Dante's Inferno游戏很受欢迎。",
    "这次DotA比赛的MVP是谁？",
    "我们在Summer Sale期间购买了Office套件。",
    "她为《Wilson》杂志写过专栏。",  # a title, not a person
    "女子DOTA比赛今晚开始。",  # an acronym after a role word
    "用户iPhone上的照片丢失了。",
]


@pytest.mark.parametrize("text", CONTROLS)
def test_codes_brands_and_words_are_no_names(prose: Detector, text: str) -> None:
    found = [f for f in prose.detect(text) if f.type == "person_name"]
    assert not any(f.attributes.get("source") == "latin" for f in found)
    assert list(latin_name_spans(text)) == []


def test_table_cells_are_not_read_with_the_prose_rule() -> None:
    text = "游戏制作人PeterWalker表示，续作将于明年发售。"
    found = Detector().detect(text)
    assert not any(f.attributes.get("source") == "latin" for f in found)


@pytest.mark.parametrize(
    ("run", "expected"),
    [
        ("DavidMorris", True),
        ("GrahamWilson", True),
        ("martinatkinson", True),
        ("Kevin Marsh", True),
        ("Wilson", True),
        ("GitHub", False),  # parts not listed
        ("iPhone", False),  # lower case before a capital
        ("PDF", False),  # capitals only
        ("CEO", False),
        ("AtkinsonDavid", False),  # a glued name starts with a given name
        ("White", False),  # a listed name that is also a common English word
        ("Summer Sale", False),
        ("davidmorrisx", False),
        ("evaross", False),  # lower case under 8 letters: pieces listed by chance
        ("NeilMacLaren", True),
        ("Neil MacLaren", True),
        ("MacLaren", False),  # a given name first
    ],
)
def test_run_shapes(run: str, expected: bool) -> None:
    assert is_latin_name(run, latin_names()) is expected


def test_lexicon_holds_given_and_family_names() -> None:
    lex = latin_names()
    assert {"david", "peter", "kevin"} <= lex.given
    assert {"morris", "wilson", "atkinson"} <= lex.family
    assert len(lex.given | lex.family) > 15_000


_UPPER = st.text(alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZ", min_size=1, max_size=8)
_CJK = st.sampled_from(["说", "的", "，", "。", "在", "（", "）"])


@given(left=_CJK, word=_UPPER, right=_CJK)
@settings(max_examples=200, deadline=None)
def test_capitals_only_never_a_name(left: str, word: str, right: str) -> None:
    assert list(latin_name_spans(left + word + right)) == []


_LISTED = sorted(w for w in latin_names().family if w not in latin_names().english)


@given(name=st.sampled_from(_LISTED), digits=st.integers(0, 9999), left=_CJK)
@settings(max_examples=200, deadline=None)
def test_a_name_touching_digits_is_a_code(name: str, digits: int, left: str) -> None:
    word = name.capitalize()
    assert list(latin_name_spans(f"{left}{word}{digits}说")) == []
    assert list(latin_name_spans(f"{left}{digits}{word}说")) == []
    # the same word bounded by Chinese on both sides is a name
    assert list(latin_name_spans(f"{left}{word}说")) == [(1, 1 + len(word))]
