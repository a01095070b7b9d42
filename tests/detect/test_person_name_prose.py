"""Person names in news prose: shapes that were misread on CLUENER's tune half (issue 12).

Synthetic sentences written for these tests, in the shapes the tune half showed. The rules run
on prose only (``Detector(prose=True)``, as ``piplkit detect`` and document scans run): table
cells keep their earlier reading, so column classification does not move.
"""

from __future__ import annotations

import pytest

from piplkit.discover.detect.engine import Detector


@pytest.fixture(scope="module")
def prose() -> Detector:
    return Detector(prose=True)


@pytest.fixture(scope="module")
def cells() -> Detector:
    return Detector()


def names(detector: Detector, text: str) -> list[str]:
    return [text[f.start : f.end] for f in detector.detect(text) if f.type == "person_name"]


NOT_NAMES = [
    # a conjunction joining two nouns, read as the rare surname 和 (model span, label rule)
    "新规放宽了无住宅登记者和海归的条件。",
    "这种颜料被许多油画家和蛋彩画画家使用。",
    # a word after a label or role plus the first character of the next word
    "一家外资法人银行上海支行行长认为市场会好转。",
    "其他作家文艺著作改编成电影的数量越来越多。",
]


@pytest.mark.parametrize("text", NOT_NAMES)
def test_joined_nouns_and_word_fragments_are_not_names(prose: Detector, text: str) -> None:
    assert names(prose, text) == []


@pytest.mark.parametrize("text", NOT_NAMES)
def test_cells_keep_their_reading(cells: Detector, text: str) -> None:
    """Without ``prose`` the rules do not run (these are the readings they correct)."""
    assert names(cells, text) != []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("主裁判阿特金森（martinatkinson）判罚点球。", ["阿特金森", "martinatkinson"]),
        ("英国演员克里斯·莫瑞斯(ChrisMorris)执导了这部片子。", ["克里斯·莫瑞斯", "ChrisMorris"]),
        ("联系人：王芳（Wang Fang）", ["王芳", "Wang Fang"]),
    ],
)
def test_latin_spelling_in_brackets_after_a_name(
    prose: Detector, text: str, expected: list[str]
) -> None:
    assert names(prose, text) == expected


def test_latin_alias_needs_a_name_before_it(prose: Detector) -> None:
    assert names(prose, "昨天数据库（mysql）宕机了。") == []
    assert names(prose, "我们换了新的系统（oracle）。") == []
    assert names(prose, "他和同事一起加班。") == []


def test_names_after_a_conjunction_stay(prose: Detector) -> None:
    assert names(prose, "王明和李华是大学同学。") == ["王明", "李华"]
