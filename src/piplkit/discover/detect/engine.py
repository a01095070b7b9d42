"""The text engine: run every selected recognizer over a string and reconcile their findings."""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date
from operator import attrgetter
from typing import TypeGuard

from piplkit.discover.detect.cued import CueDriven, CueIndex
from piplkit.discover.detect.model import Finding
from piplkit.discover.detect.recognizer import AnalysisContext, Recognizer
from piplkit.discover.detect.registry import Registry, default_registry

_HAS_DIGIT = re.compile(r"[0-9]").search

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
        self.min_score = min_score
        # Recognizers driven by cue words get their cues from one shared scan of the text.
        cued: list[CueDriven] = [r for r in self.recognizers if _is_cue_driven(r)]
        self._cues = CueIndex(cued) if cued else None
        # (per cue-driven recognizer: may it have findings in text without its cues?)
        self._scans = [getattr(r, "scans_without_cues", True) for r in cued]
        rest = [r for r in self.recognizers if not _is_cue_driven(r)]
        # Most text has no digit at all: split once so such text skips digit-bound recognizers
        # without asking each of them.
        self._digit_bound = [r for r in rest if getattr(r, "needs_digit", False)]
        self._other = [r for r in rest if not getattr(r, "needs_digit", False)]

    @property
    def as_of(self) -> date:
        return self.context.as_of

    def detect(self, text: str) -> list[Finding]:
        """Findings in ``text``, sorted by position, without overlaps.

        Where two recognizers claim overlapping spans the higher score wins, then the longer span:
        an 18-digit resident ID is not also reported as a bank card or a mobile number.
        """
        if not text:
            return []
        found: list[Finding] = []
        context = self.context
        has_digit = _HAS_DIGIT(text) is not None
        if has_digit:
            for recognizer in self._digit_bound:
                found += recognizer.analyze(text, context)
        for recognizer in self._other:
            if not recognizer.quick_reject(text):
                found += recognizer.analyze(text, context)
        if self._cues is not None:
            cues = self._cues
            for cued, hits, scans in zip(
                cues.recognizers, cues.hits(text), self._scans, strict=True
            ):
                if (hits or (scans and cued.needs_scan(text))) and (
                    has_digit or not cued.needs_digit
                ):
                    found += cued.analyze_with_cues(text, hits, context)
        # one filter over all findings instead of one generator per recognizer
        min_score = self.min_score
        candidates = [f for f in found if f[3] >= min_score]
        if len(candidates) < 2:
            return candidates
        return resolve_overlaps(candidates)


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
