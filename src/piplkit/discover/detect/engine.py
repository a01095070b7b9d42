"""The text engine: run every selected recognizer over a string and reconcile their findings."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import replace
from datetime import date
from operator import attrgetter
from typing import TypeGuard

from piplkit.discover.detect.cued import CuedRecognizer, CueDriven, CueIndex, whole_gate
from piplkit.discover.detect.model import Finding
from piplkit.discover.detect.recognizer import AnalysisContext, PatternRecognizer, Recognizer
from piplkit.discover.detect.registry import Registry, default_registry

_HAS_DIGIT = re.compile(r"[0-9]").search
_DIGIT_RUNS = re.compile(r"[0-9]+").findall

_SPAN = attrgetter("start", "end")

#: Findings scored below this are dropped unless the caller asks for a different threshold.
DEFAULT_MIN_SCORE = 0.5


class Detector:
    """Detects PI in text with a fixed set of recognizers and one evaluation date.

    Build one detector and reuse it: recognizers compile their patterns and load their models once.
    Pass ``prose=True`` when the texts are running text (sentences, messages, document lines)
    rather than table cells: recognizers then also judge a candidate by the sentence around it.
    """

    def __init__(
        self,
        types: Iterable[str] | None = None,
        *,
        as_of: date | None = None,
        min_score: float = DEFAULT_MIN_SCORE,
        registry: Registry | None = None,
        prose: bool = False,
    ) -> None:
        self.registry = registry or default_registry()
        self.recognizers: list[Recognizer] = self.registry.build(types)
        # ``prose``: the texts are sentences, not table cells (see ``AnalysisContext.prose``)
        self.context = AnalysisContext(as_of=as_of or date.today(), prose=prose)
        self.min_score = min_score  # (also in the context: see the setter)
        # Recognizers driven by cue words get their cues from one shared scan of the text.
        cued: list[CueDriven] = [r for r in self.recognizers if _is_cue_driven(r)]
        self._cues = CueIndex(cued) if cued else None
        self._cue_plan = [_cue_step(i, r) for i, r in enumerate(cued)]
        # (the steps of recognizers that may have findings in text without their cues)
        self._cue_scanners = [step for step in self._cue_plan if step[2] != _NEVER]
        # Without cues, the recognizers asked only for a whole value of their pattern are
        # ruled out together by one full match of all their patterns (most lines of prose):
        # the plan without them is used then (those left: their own ``needs_scan``).
        gated = [step for step in self._cue_scanners if step[2] >= 0 and step[3] is not None]
        whole_any = _union_fullmatch([step[1] for step in gated])
        self._whole_any: Callable[[str], object] = whole_any or _never
        self._whole_max = max((step[2] for step in gated), default=-1) if whole_any else -1
        self._cue_ungated = [step for step in self._cue_scanners if step not in gated]
        if whole_any is None:  # (ask each of them)
            self._cue_ungated = self._cue_scanners
        rest = [r for r in self.recognizers if not _is_cue_driven(r)]
        # Most text has no digit at all: split once so such text skips digit-bound recognizers
        # without asking each of them; most text with digits has no long run of them, which
        # skips the recognizers of long numbers (``digit_run``).
        self._digit_bound = [_step(r) for r in rest if getattr(r, "needs_digit", False)]
        self._other = [_step(r) for r in rest if not getattr(r, "needs_digit", False)]

    @property
    def as_of(self) -> date:
        return self.context.as_of

    @property
    def min_score(self) -> float:
        return self.context.min_score

    @min_score.setter
    def min_score(self, value: float) -> None:
        # Recognizers read it from the context to skip candidates that cannot reach it.
        self.context = replace(self.context, min_score=value)

    def detect(self, text: str) -> list[Finding]:
        """Findings in ``text``, sorted by position, without overlaps.

        Where two recognizers claim overlapping spans the higher score wins, then the longer span:
        an 18-digit resident ID is not also reported as a bank card or a mobile number.

        Most lines of prose hold no PI of most types, so each recognizer is first asked the
        cheapest question that rules it out (a C-level search of its pattern or anchor, the
        longest run of digits, the length of a whole-value shape); the answers are exactly those
        of the recognizers' own scans, so the findings are the same as asking every recognizer.
        """
        if not text:
            return []
        found: list[Finding] = []
        context = self.context
        has_digit = _HAS_DIGIT(text) is not None
        if has_digit:
            longest = max(map(len, _DIGIT_RUNS(text)))
            for recognizer, run, probe in self._digit_bound:
                if run <= longest and (probe is None or probe(text) is not None):
                    found += recognizer.analyze(text, context)
        for recognizer, _, probe in self._other:
            if probe is None:
                if recognizer.quick_reject(text):
                    continue
            elif probe(text) is None:
                continue
            found += recognizer.analyze(text, context)
        if self._cues is not None:
            hits = self._cues.hit_map(text)
            # without any cue only the recognizers with a whole-value or own scan are asked
            if hits:
                plan = self._cue_plan
            elif len(text) <= self._whole_max and self._whole_any(text) is not None:
                plan = self._cue_scanners
            else:
                plan = self._cue_ungated
            for i, cued, scan, gate in plan:
                mine = hits.get(i) if hits else None
                if not has_digit and cued.needs_digit:
                    continue
                if mine is None:
                    if scan == _NEVER:
                        continue
                    if scan == _CUSTOM:
                        if not cued.needs_scan(text):
                            continue
                    elif len(text) > scan or (gate is not None and gate(text) is None):
                        continue
                    mine = []
                found += cued.analyze_with_cues(text, mine, context)
        # one filter over all findings instead of one generator per recognizer
        min_score = context.min_score
        candidates = [f for f in found if f[3] >= min_score]
        if len(candidates) < 2:
            return candidates
        return resolve_overlaps(candidates)


#: ``needs_scan`` of a cue-driven recognizer, as a step: never true, its own method, or else
#: (a length, 0 or more) true for texts up to that length.
_NEVER, _CUSTOM = -1, -2


def _step(recognizer: Recognizer) -> tuple[Recognizer, int, Callable[[str], object] | None]:
    """A recognizer outside the cue index, the run of ASCII digits every match holds, and a
    search that finds something whenever the recognizer can (``None``: ask ``quick_reject``)."""
    run = getattr(recognizer, "digit_run", 0)
    if not isinstance(recognizer, PatternRecognizer):
        return recognizer, run, None
    kind = type(recognizer)
    if (
        kind.analyze is not PatternRecognizer.analyze
        or kind.matches is not PatternRecognizer.matches
        or kind.quick_reject is not PatternRecognizer.quick_reject
    ):
        return recognizer, run, None
    # ``quick_reject`` of a pattern recognizer only asks for a digit, which the split by
    # ``needs_digit`` has asked already; an anchor finds a match's anchor, or nothing.
    anchor = recognizer.anchor
    probe = anchor.anchor.search if anchor is not None else recognizer.regex().search
    return recognizer, run, probe


def _cue_step(
    index: int, recognizer: CueDriven
) -> tuple[int, CueDriven, int, Callable[[str], object] | None]:
    """(index in the cue index, recognizer, its ``needs_scan`` as ``_NEVER``/``_CUSTOM``/a
    length, and a test without which a text with none of its cues yields nothing)."""
    if type(recognizer).needs_scan is not CuedRecognizer.needs_scan or not isinstance(
        recognizer, CuedRecognizer
    ):
        scan = _CUSTOM if getattr(recognizer, "scans_without_cues", True) else _NEVER
        return index, recognizer, scan, None
    if recognizer.base_score <= 0:
        return index, recognizer, _NEVER, None
    return index, recognizer, recognizer.max_whole, whole_gate(recognizer)


def _union_fullmatch(recognizers: list[CueDriven]) -> Callable[[str], object] | None:
    """A full match of any of the recognizers' patterns (``None`` when they cannot be joined:
    other flags, numbered back-references). Named groups get a prefix per pattern, so that two
    patterns may use one name; the alternatives are tried in turn, so the union matches exactly
    when one of the patterns matches the whole text."""
    patterns = [r.regex() for r in recognizers if isinstance(r, PatternRecognizer)]
    if not patterns or len(patterns) != len(recognizers):
        return None
    if len({p.flags for p in patterns}) != 1 or any(
        _NUMBERED_REF(p.pattern) or "(?(" in p.pattern for p in patterns
    ):
        return None  # (a back-reference by number or a conditional group would change meaning)
    parts = [_GROUP_NAME.sub(rf"\1g{k}_", p.pattern) for k, p in enumerate(patterns)]
    return re.compile("|".join(f"(?:{part})" for part in parts), patterns[0].flags).fullmatch


def _never(text: str) -> None:
    return None


_NUMBERED_REF = re.compile(r"\\[1-9]").search
#: The start of a group name, where it is defined (``(?P<``) or referred to (``(?P=``).
_GROUP_NAME = re.compile(r"(\(\?P[<=])")


def _is_cue_driven(recognizer: Recognizer) -> TypeGuard[CueDriven]:
    """A recognizer with cue words and ``analyze_with_cues`` follows :class:`CueDriven` (all such
    recognizers derive from ``CueRecognizer`` or define ``needs_scan`` themselves)."""
    return bool(getattr(recognizer, "cues", ())) and hasattr(recognizer, "analyze_with_cues")


def resolve_overlaps(findings: list[Finding]) -> list[Finding]:
    """Keep the best of every group of overlapping findings, in text order.

    Findings are swept in start order into clusters of transitively overlapping spans; within a
    cluster (rarely more than three findings) the best-ranked survive greedily.
    """
    by_start = sorted(findings, key=_SPAN)
    end = -1
    for finding in by_start:  # fast path: most texts have no overlap at all
        if finding.start < end:
            break
        end = finding.end
    else:
        return by_start
    kept: list[Finding] = []
    cluster: list[Finding] = []
    cluster_end = -1
    for finding in by_start:
        if finding.start >= cluster_end and cluster:
            kept.extend(_best_of(cluster))
            cluster = []
        cluster.append(finding)
        cluster_end = max(cluster_end, finding.end) if len(cluster) > 1 else finding.end
    kept.extend(_best_of(cluster))
    return kept


def _best_of(cluster: list[Finding]) -> list[Finding]:
    if len(cluster) == 1:
        return cluster
    ranked = sorted(cluster, key=lambda f: (-f.score, -(f.end - f.start), f.start))
    chosen: list[Finding] = []
    for finding in ranked:
        if not any(finding.overlaps(k) for k in chosen):
            chosen.append(finding)
    chosen.sort(key=lambda f: f.start)
    return chosen
