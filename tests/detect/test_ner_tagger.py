"""The numpy tagger: exact decoding, batches equal single texts, priming, large inputs."""

from __future__ import annotations

import itertools

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from piplkit.detect.ner.dictionary import Dictionary
from piplkit.detect.ner.features import code_points
from piplkit.detect.ner.linear_crf import _max_marginals
from piplkit.detect.ner.tagger import NerTagger, default_tagger, ner_spans, prime

LABELS = 4


def _brute_force(scores: np.ndarray, transitions: np.ndarray) -> list[int]:
    best, path = -np.inf, None
    for labels in itertools.product(range(LABELS), repeat=len(scores)):
        total = scores[0, labels[0]] + sum(
            transitions[a, b] + scores[t + 1, b]
            for t, (a, b) in enumerate(itertools.pairwise(labels))
        )
        if total > best:
            best, path = total, list(labels)
    assert path is not None
    return path


@settings(max_examples=60, deadline=None)
@given(
    st.lists(st.integers(1, 5), min_size=1, max_size=4),
    st.integers(0, 2**32 - 1),
)
def test_max_marginal_decoding_is_viterbi(lengths: list[int], seed: int) -> None:
    """Runs decoded together, packed by time step, give each run's Viterbi path."""
    rng = np.random.default_rng(seed)
    scores = rng.normal(0, 2, (sum(lengths), LABELS)).astype(np.float32)
    transitions = rng.normal(0, 2, (LABELS, LABELS)).astype(np.float32)
    best, confidence = _max_marginals(scores, np.array(lengths), transitions)
    start = 0
    for n in lengths:
        assert best[start : start + n].tolist() == _brute_force(
            scores[start : start + n], transitions
        )
        start += n
    assert ((confidence > 0) & (confidence <= 1.0001)).all()


TEXTS = [
    "联系人张伟说，他住在北京市海淀区中关村。",
    "据新华社报道，沃尔科特当天在伦敦出席了论坛。",
    "no chinese here at all",
    "",
    "收件人：李娜，地址：上海市浦东新区世纪大道100号。王芳和刘强也来了。",
]


def test_a_batch_tags_each_text_as_if_alone() -> None:
    tagger = default_tagger()
    assert tagger.spans_many(TEXTS) == [tagger.spans(t) for t in TEXTS]


def test_primed_texts_are_answered_from_the_batch() -> None:
    prime(TEXTS)
    for text in TEXTS:
        assert list(ner_spans(text)) == default_tagger().spans(text)


def test_text_longer_than_one_pass_is_tagged_in_pieces(monkeypatch) -> None:
    import piplkit.detect.ner.tagger as tagger_module

    text = "。".join(TEXTS[:2] * 20)
    whole = NerTagger().spans(text)
    monkeypatch.setattr(tagger_module, "_GROUP", 50)
    assert NerTagger().spans(text) == whole
    assert whole


@given(st.text(alphabet=st.sampled_from("北京市海淀区张伟中关村路号，。a "), max_size=60))
def test_dictionary_scan_finds_exactly_the_listed_words(text: str) -> None:
    words = {"北京": 1, "北京市": 2, "海淀区": 4, "中关村": 8, "张伟": 16, "关村路号": 32}
    found = {
        (int(s), hits.length): int(v)
        for hits in Dictionary(words.items()).scan(code_points(text))
        for s, v in zip(hits.starts, hits.values, strict=True)
    }
    expected = {
        (i, n): words[text[i : i + n]]
        for i in range(len(text))
        for n in range(2, 5)
        if text[i : i + n] in words and i + n <= len(text)
    }
    assert found == expected
