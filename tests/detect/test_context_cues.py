"""Context cues: the grouped cue pattern finds the same last cue as one flat alternation.

The recognizers' context words are compiled grouped by first character (a fast scan); these
tests hold it to the plain ``(?P<pos>…)|(?P<neg>…)`` alternation it replaced, on windows built
from the cue words themselves, where prefixes and overlaps between words matter.
"""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from piplkit.discover.detect.recognizer import _cue_regex
from piplkit.discover.detect.registry import default_registry

POSITIVE = ("身份证", "身份", "证件号", "号码", "id", "id card", "tel", "联系")
NEGATIVE = ("订单", "单号", "身份证明", "id no", "号", "联系人")


def _flat_last(window: str) -> str | None:
    parts = [
        "(?P<pos>" + "|".join(re.escape(w) for w in POSITIVE) + ")",
        "(?P<neg>" + "|".join(re.escape(w) for w in NEGATIVE) + ")",
    ]
    last = None
    for last in re.finditer("|".join(parts), window):  # noqa: B007
        pass
    return None if last is None else f"{last.lastgroup}:{last.start()}:{last.end()}"


def _grouped_last(window: str) -> str | None:
    regex, positive = _cue_regex(POSITIVE, NEGATIVE)
    assert regex is not None
    last = None
    for last in regex.finditer(window):  # noqa: B007
        pass
    if last is None:
        return None
    kind = "pos" if positive[last.group()] else "neg"
    return f"{kind}:{last.start()}:{last.end()}"


PIECES = st.sampled_from([*POSITIVE, *NEGATIVE, "证", "码", "i", "d", " ", "，", "人", "明", "x"])


@given(st.lists(PIECES, max_size=12).map("".join))
def test_grouped_cues_match_the_flat_alternation(window: str) -> None:
    assert _grouped_last(window) == _flat_last(window)


def test_positive_word_wins_over_the_same_negative_word() -> None:
    regex, positive = _cue_regex(("号码",), ("号码", "单号"))
    assert regex is not None and positive["号码"] is True and positive["单号"] is False


def test_every_bundled_recognizer_knows_the_kind_of_each_cue() -> None:
    for recognizer in default_registry().build(
        [t for t in default_registry().type_ids if t not in ("person_name", "address")]
    ):
        words = [w.lower() for w in (*recognizer.context_words, *recognizer.negative_context)]
        assert set(words) == set(type(recognizer)._cue_positive)
