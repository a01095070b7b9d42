"""The engine's per-line gates (a recognizer's pattern or anchor searched first, the longest run
of digits against ``digit_run``, cue hits as a map, a whole-value full match) only skip
recognizers that would find nothing: the findings equal those of asking every recognizer about
every text, as the engine did before the gates (issue 12)."""

from __future__ import annotations

import re
from functools import cache

from hypothesis import given, settings
from hypothesis import strategies as st
from tests.detect.helpers import AS_OF, IDENTIFIER_TYPES

from piplkit.discover.detect.cued import CueIndex
from piplkit.discover.detect.engine import Detector, _is_cue_driven, _never, resolve_overlaps
from piplkit.discover.detect.model import Finding
from piplkit.discover.evaluation.values import ValueFactory


def ask_everyone(detector: Detector, text: str) -> list[Finding]:
    """The engine without gates: every recognizer is asked as its own rules say."""
    if not text:
        return []
    ctx = detector.context
    found: list[Finding] = []
    has_digit = re.search("[0-9]", text) is not None
    rest = [r for r in detector.recognizers if not _is_cue_driven(r)]
    if has_digit:
        for recognizer in rest:
            if getattr(recognizer, "needs_digit", False):
                found += recognizer.analyze(text, ctx)
    for recognizer in rest:
        if not getattr(recognizer, "needs_digit", False) and not recognizer.quick_reject(text):
            found += recognizer.analyze(text, ctx)
    cued = [r for r in detector.recognizers if _is_cue_driven(r)]
    for recognizer, hits in zip(cued, CueIndex(cued).hits(text), strict=True):
        scans = getattr(recognizer, "scans_without_cues", True)
        if (hits or (scans and recognizer.needs_scan(text))) and (
            has_digit or not recognizer.needs_digit
        ):
            found += recognizer.analyze_with_cues(text, hits, ctx)
    kept = [f for f in found if f.score >= detector.min_score]
    return resolve_overlaps(kept) if len(kept) > 1 else kept


@cache
def detectors() -> tuple[Detector, ...]:
    return tuple(
        Detector(IDENTIFIER_TYPES, as_of=AS_OF, min_score=score, prose=prose)
        for score in (0.0, 0.5)
        for prose in (False, True)
    )


@cache
def values() -> tuple[str, ...]:
    """Valid values and hard negatives of every identifier slot, as the evaluation set draws
    them (five of each, fixed seed)."""
    factory = ValueFactory(20261206)
    slots = sorted(s for s in factory.known_slots() if s not in ("person_name", "address"))
    return tuple(factory.draw(slot).text for slot in slots for _ in range(5))


@cache
def cue_words() -> tuple[str, ...]:
    words = {w for r in detectors()[0].recognizers if _is_cue_driven(r) for w in r.cues}
    return tuple(sorted(words))


_GLUE = ("：", ":", " ", "，", "、", "-", ".", "/", "=", "号", "字第", "（", "）", "和")
_BITS = ("7", "42", "2024", "12345", "E", "No", "ID", "abc", "X", "0x", "联系", "我们在", "年")


def test_the_gates_keep_every_finding_of_every_value() -> None:
    """Each value alone, after a cue and inside a sentence: a ``digit_run`` set too high, or a
    gate that misses a shape, would lose it here."""
    pool = values()
    assert len(pool) > 100
    texts = [
        *pool,
        *(f"客户的{cue}：{value}，请核对" for cue in cue_words() for value in pool[::7]),
        *(f"编号{value}与{other}" for value, other in zip(pool, pool[3:], strict=False)),
    ]
    for detector in detectors():
        for text in texts:
            assert detector.detect(text) == ask_everyone(detector, text), text


@settings(max_examples=300, deadline=None)
@given(st.data())
def test_the_gates_keep_every_finding_of_mixed_text(data: st.DataObject) -> None:
    parts = st.sampled_from(values()) | st.sampled_from(cue_words() + _GLUE + _BITS)
    text = "".join(data.draw(st.lists(parts, max_size=8)))
    for detector in detectors():
        assert detector.detect(text) == ask_everyone(detector, text)


def test_digit_runs_are_promises_of_the_patterns() -> None:
    """Every value a recognizer promising ``digit_run`` digits in a row finds holds such a run
    (and every such recognizer finds some value here, so the check is not empty)."""
    detector = detectors()[0]
    promising = [r for r in detector.recognizers if getattr(r, "digit_run", 0)]
    assert len(promising) >= 9
    for recognizer in promising:
        found = 0
        for value in values():
            for _ in recognizer.analyze(value, detector.context):
                found += 1
                longest = max(map(len, re.findall("[0-9]+", value)), default=0)
                assert longest >= recognizer.digit_run, recognizer.type_id  # type: ignore[attr-defined]
        assert found, recognizer.type_id


def test_one_full_match_answers_for_every_whole_value_gate() -> None:
    """Text without cues is asked one full match of all whole-value patterns together (named
    groups renamed apart: the IMEI pattern refers back to its separator); it must match exactly
    when one of the recognizers' own full matches does."""
    detector = detectors()[0]
    gated = [step for step in detector._cue_scanners if step[2] >= 0 and step[3] is not None]
    assert len(gated) >= 3
    assert detector._whole_any is not _never
    shapes = ("北字第12345号", "12-345678-901234-5", "12-345678 901234-5")
    texts = (*values(), *cue_words(), *_BITS, *shapes)
    matched = 0
    for text in texts:
        own = any(step[3](text) is not None for step in gated)  # type: ignore[misc]
        assert (detector._whole_any(text) is not None) == own, text
        matched += own
    assert matched >= 10
