"""A learned combiner of the CRF and LAC on the windows the second opinion reads (names13).

Where LAC reads a window (around a name span the CRF is unsure of, or around characters the CRF
tags as no name but with some name mass), two decisions are taken by logistic regressions
instead of hand rules:

* ``crf``: keep an unsure CRF name span? (before: kept exactly when a LAC person overlaps it);
* ``lac``: add a LAC person that no finding covers? (before: added unless a hand filter said no).

Their inputs are numbers both taggers already compute (the CRF's confidence and name mass, LAC's
person margin per character) and lexicon flags, so a decision costs a few multiplications. The
weights (``detect/models/name_combiner.json``, under 2 kB) are trained by
``training/train_name_combiner.py`` on CLUENER *training* sentences that the CRF used to produce
the inputs was not trained on (a held-out fold), never on the tune or test halves. The filters
that encode piplkit's idea of a name (no digits, no surname + title, no division or role) stay
rules in ``recognizers/person_name.py``; the combiner only decides among what they let through.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable
from functools import lru_cache
from importlib import resources
from typing import Any

import numpy as np

from piplkit.discover.detect.ner.lexicon import NAMED_SHIFT, Lexicon
from piplkit.discover.detect.ner.spans import NAME
from piplkit.discover.detect.ner.tagger import Tagged

MODEL_NAME = "name_combiner.json"
#: Feature names, in the order the weights of each decision are stored.
CRF_FEATURES = (
    "bias",
    "confidence",
    "lac_share",
    "lac_margin",
    "lac_named",
    "surname",
    "common_word",
    "jieba_person",
    "len2",
    "len3",
    "len4",
    "latin",
    "cue",
)
LAC_FEATURES = (
    "bias",
    "lac_margin",
    "lac_margin_min",
    "lac_named",
    "crf_mass",
    "crf_mass_max",
    "crf_other",
    "surname",
    "common_word",
    "jieba_person",
    "len2",
    "len3",
    "len4",
    "latin",
    "cue",
    "window_edge",
    "hinted",
)
#: Margins are logits: scaled down and clipped so that one feature cannot swamp the rest.
_MARGIN_SCALE = 10.0

#: Training hook: when set, every decision is passed to it and taken as "yes" (what
#: ``train_name_combiner.py`` records, to label by the gold spans afterwards).
recorder: Callable[[str, list[float], tuple[str, int, int]], None] | None = None


@lru_cache(maxsize=1)
def weights() -> dict[str, Any]:
    """The shipped weights: per decision its feature names, weights and threshold."""
    resource = resources.files("piplkit.discover.detect").joinpath("models", MODEL_NAME)
    data: dict[str, Any] = json.loads(resource.read_text(encoding="utf-8"))
    for kind, names in (("crf", CRF_FEATURES), ("lac", LAC_FEATURES)):
        if tuple(data[kind]["features"]) != names:
            raise RuntimeError(f"{MODEL_NAME}: the {kind} features differ from this piplkit's")
    return data


def probability(kind: str, features: list[float]) -> float:
    """The logistic regression's probability that the candidate is a name."""
    model = weights()[kind]
    z = sum(w * x for w, x in zip(model["weights"], features, strict=True))
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def accept(kind: str, features: list[float], text: str, start: int, end: int) -> bool:
    """The decision ``kind`` (``crf`` or ``lac``) for one candidate."""
    if recorder is not None:
        recorder(kind, features, (text, start, end))
        return True
    return probability(kind, features) >= float(weights()[kind]["threshold"])


def _window(checked: tuple[tuple[int, int], ...], start: int, end: int) -> int:
    """The index of the window holding ``[start, end)``, or -1."""
    for k, (a, b) in enumerate(checked):
        if a <= start and end <= b:
            return k
    return -1


def _is_person_word(lex: Lexicon, value: str) -> bool:
    """Whether jieba's dictionary lists ``value`` itself as a person name (class P)."""
    if len(value) < 2:
        return False
    full = lex.dictionary.starting_at(value)
    shorter = lex.dictionary.starting_at(value[:-1]) if len(value) > 2 else []
    return len(full) > len(shorter) and (full[-1] >> NAMED_SHIFT) & 7 == 1


def _shape(lex: Lexicon, value: str) -> list[float]:
    """Surname, common word, jieba person, length (2 / 3 / 4+), Latin script."""
    n = len(value)
    return [
        1.0 if lex.surname_of(value) else 0.0,
        1.0 if lex.is_word(value) else 0.0,
        1.0 if _is_person_word(lex, value) else 0.0,
        1.0 if n == 2 else 0.0,
        1.0 if n == 3 else 0.0,
        1.0 if n >= 4 else 0.0,
        1.0 if value.isascii() else 0.0,
    ]


def _margin(values: np.ndarray) -> float:
    """A mean of logit differences, clipped and scaled to [-1, 1]."""
    return float(np.clip(values.mean(), -_MARGIN_SCALE, _MARGIN_SCALE)) / _MARGIN_SCALE


def crf_features(
    lex: Lexicon,
    text: str,
    start: int,
    end: int,
    confidence: float,
    checked: tuple[tuple[int, int], ...],
    persons: tuple[tuple[int, int], ...],
    margins: tuple[np.ndarray, ...],
    cue: bool,
) -> list[float] | None:
    """Features of an unsure CRF name span ``[start, end)``; ``None`` when no window holds it
    (LAC did not read it)."""
    k = _window(checked, start, end)
    if k < 0 or end <= start:
        return None
    a = checked[k][0]
    covered = sum(max(0, min(end, e) - max(start, s)) for s, e in persons)
    return [
        1.0,
        confidence,
        covered / (end - start),
        _margin(margins[k][start - a : end - a, 0]),
        _margin(margins[k][start - a : end - a, 1]),
        *_shape(lex, text[start:end]),
        1.0 if cue else 0.0,
    ]


def lac_features(
    lex: Lexicon,
    text: str,
    start: int,
    end: int,
    checked: tuple[tuple[int, int], ...],
    margins: tuple[np.ndarray, ...],
    masses: tuple[np.ndarray, ...],
    hinted: tuple[bool, ...],
    other: float,
    cue: bool,
) -> list[float] | None:
    """Features of a LAC person ``[start, end)`` no finding covers; ``other`` is the confidence
    of the CRF address or organisation span overlapping it (0 if none)."""
    k = _window(checked, start, end)
    if k < 0 or end <= start:
        return None
    a, b = checked[k]
    margin = margins[k][start - a : end - a, 0]
    mass = masses[k][start - a : end - a]
    edge = (start == a and a > 0) or (end == b and b < len(text))
    return [
        1.0,
        _margin(margin),
        float(np.clip(margin.min(), -_MARGIN_SCALE, _MARGIN_SCALE)) / _MARGIN_SCALE,
        _margin(margins[k][start - a : end - a, 1]),
        float(mass.mean()),
        float(mass.max()),
        other,
        *_shape(lex, text[start:end]),
        1.0 if cue else 0.0,
        1.0 if edge else 0.0,
        1.0 if hinted[k] else 0.0,
    ]


def keep_unsure(
    lex: Lexicon,
    text: str,
    result: Tagged,
    confidence: float,
    start: int,
    end: int,
    has_cue: Callable[[str, int, int], bool],
) -> bool:
    """Whether an unsure CRF name ``[start, end)`` that LAC read stays (the ``crf`` decision);
    where no window holds it, whether a LAC person overlaps it (the rule before names13)."""
    features = crf_features(
        lex,
        text,
        start,
        end,
        confidence,
        result.checked,
        result.persons,
        result.margins,
        has_cue(text, start, end),
    )
    if features is None:
        return any(s < end and start < e for s, e in result.persons)
    return accept("crf", features, text, start, end)


def add_person(
    lex: Lexicon,
    text: str,
    result: Tagged,
    start: int,
    end: int,
    has_cue: Callable[[str, int, int], bool],
) -> bool:
    """Whether a LAC person ``[start, end)`` that the recognizer's rules let through is added
    (the ``lac`` decision)."""
    other = max(
        (s.confidence for s in result.spans if s.label != NAME and s.start < end and start < s.end),
        default=0.0,
    )
    features = lac_features(
        lex,
        text,
        start,
        end,
        result.checked,
        result.margins,
        result.masses,
        result.hinted,
        other,
        has_cue(text, start, end),
    )
    return features is None or accept("lac", features, text, start, end)
