"""The learned combiner of the CRF and LAC (names13): the CRF's name mass it reads, its
shipped weights, and its decisions."""

from __future__ import annotations

import itertools

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from piplkit.discover.detect.ner import name_combiner
from piplkit.discover.detect.ner.lexicon import lexicon
from piplkit.discover.detect.ner.linear_crf import _max_marginals

LABELS = 3


def _soft_share(scores: np.ndarray, trans: np.ndarray, labels: list[int]) -> list[float]:
    """Brute force: per position, the soft-max over labels of the best path through each
    label, summed over ``labels``."""
    n = len(scores)
    out = []
    for t in range(n):
        best = np.full(LABELS, -np.inf)
        for path in itertools.product(range(LABELS), repeat=n):
            total = sum(scores[i, y] for i, y in enumerate(path)) + sum(
                trans[a, b] for a, b in itertools.pairwise(path)
            )
            best[path[t]] = max(best[path[t]], total)
        soft = np.exp(best - best.max())
        out.append(float(soft[labels].sum() / soft.sum()))
    return out


@settings(max_examples=30, deadline=None)
@given(st.lists(st.integers(1, 4), min_size=1, max_size=3), st.integers(0, 2**32 - 1))
def test_name_mass_is_the_soft_share_of_the_asked_labels(lengths: list[int], seed: int) -> None:
    rng = np.random.default_rng(seed)
    scores = rng.normal(0, 2, (sum(lengths), LABELS)).astype(np.float32)
    trans = rng.normal(0, 2, (LABELS, LABELS)).astype(np.float32)
    _, _, share = _max_marginals(scores, np.array(lengths), trans, np.array([1, 2]))
    assert share is not None
    start = 0
    for n in lengths:
        expected = _soft_share(scores[start : start + n], trans, [1, 2])
        assert np.allclose(share[start : start + n], expected, atol=1e-4)
        start += n


def test_no_mass_unless_asked() -> None:
    """Control: the CRF alone (no second opinion) computes no mass."""
    scores = np.zeros((3, LABELS), dtype=np.float32)
    assert _max_marginals(scores, np.array([3]), np.zeros((LABELS, LABELS), np.float32))[2] is None


def test_the_shipped_weights_fit_this_code() -> None:
    data = name_combiner.weights()
    assert data["crf"]["features"] == list(name_combiner.CRF_FEATURES)
    assert data["lac"]["features"] == list(name_combiner.LAC_FEATURES)
    for kind in ("crf", "lac"):
        assert 0.0 < data[kind]["threshold"] < 1.0
        assert any(w != 0 for w in data[kind]["weights"])


def test_a_surer_lac_person_is_likelier_a_name() -> None:
    """The ``lac`` decision rises with LAC's person margin (what it was trained to read)."""
    base = [0.0] * len(name_combiner.LAC_FEATURES)
    base[0] = 1.0
    at = name_combiner.LAC_FEATURES.index("lac_margin")
    low, high = list(base), list(base)
    low[at], high[at] = -0.5, 0.5
    assert name_combiner.probability("lac", high) > name_combiner.probability("lac", low)


def test_the_recorder_sees_every_decision_and_says_yes(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[tuple[str, int, int]] = []
    monkeypatch.setattr(name_combiner, "recorder", lambda kind, f, where: seen.append(where))
    features = [0.0] * len(name_combiner.CRF_FEATURES)
    features[0] = -1e3  # the regression alone would say no
    assert name_combiner.accept("crf", features, "text", 0, 2)
    assert seen == [("text", 0, 2)]


def test_jieba_person_flag_is_the_word_itself() -> None:
    lex = lexicon()
    assert name_combiner._is_person_word(lex, "李白")
    assert not name_combiner._is_person_word(lex, "李白的")
    assert not name_combiner._is_person_word(lex, "学习")
