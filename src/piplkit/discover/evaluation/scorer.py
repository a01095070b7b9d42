"""Span-exact scoring of a detector against gold spans.

A finding counts only when its type and both offsets equal a gold span's. Everything else is an
error of one of these kinds, listed with a masked context for the developer:

- ``missed``: a gold span no finding touches;
- ``boundary``: a finding of the right type that overlaps a gold span but not exactly;
- ``wrong_type``: a finding overlapping a gold span of another type;
- ``overlapped``: a gold span lost to a finding already listed against a neighbouring gold span
  (a name finding running on into the e-mail address after it);
- ``negative``: a finding on a hard negative (order number, timestamp, …) or in a sentence
  that must stay clean;
- ``spurious``: any other finding (carrier prose taken for PI).

Boundary and wrong-type findings count twice, as in CoNLL scoring: one false positive for the
found type and one false negative for the gold type.
"""

from __future__ import annotations

import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from piplkit.discover.detect.model import Finding
from piplkit.discover.evaluation.masking import masked_context, masked_text
from piplkit.discover.evaluation.model import IDENTIFIER_TYPES, Record

DetectFn = Callable[[str], list[Finding]]

#: Floors from issue 2 ("Quality and speed").
FLOORS: dict[str, float] = {
    "identifier_micro_f1": 0.97,
    "person_name_f1": 0.85,
    "address_f1": 0.75,
    "table_column_accuracy": 0.97,
}


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: Counts) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    def to_dict(self) -> dict[str, Any]:
        return {
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
        }


@dataclass(frozen=True)
class ErrorItem:
    """One mis-detection; ``context`` is masked (every gold span and the finding)."""

    kind: str
    record_id: str
    gold_type: str | None
    found_type: str | None
    variant: str
    context: str
    #: For boundary/wrong-type errors, how far the finding's start/end lie from the gold span's.
    offset: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "record": self.record_id,
            "gold_type": self.gold_type,
            "found_type": self.found_type,
            "variant": self.variant,
            "context": self.context,
            **({"offset": self.offset} if self.offset else {}),
        }


@dataclass
class SentenceScore:
    per_type: dict[str, Counts] = field(default_factory=lambda: defaultdict(Counts))
    #: (type, variant) → [found exactly, total] over gold spans.
    per_variant: dict[tuple[str, str], list[int]] = field(default_factory=dict)
    errors: list[ErrorItem] = field(default_factory=list)
    error_kinds: Counter[str] = field(default_factory=Counter)
    #: Findings on hard negatives, by negative kind ("clean_sentence" for clean-sentence prose).
    negative_hits: Counter[str] = field(default_factory=Counter)
    #: Findings in sentences that must stay clean (negatives.jsonl).
    clean_sentence_findings: int = 0
    clean_sentences: int = 0
    sentences: int = 0
    chars: int = 0
    utf8_bytes: int = 0
    seconds: float = 0.0
    #: Gold USCC spans reported as a PI type (a USCC identifies an organisation, not a person).
    uscc_as_pi: int = 0

    def micro(self, types: Iterable[str]) -> Counts:
        total = Counts()
        for t in types:
            if t in self.per_type:
                total.add(self.per_type[t])
        return total

    @property
    def identifier_micro(self) -> Counts:
        return self.micro(IDENTIFIER_TYPES)

    def to_dict(self, max_errors: int = 200) -> dict[str, Any]:
        return {
            "sentences": self.sentences,
            "clean_sentences": self.clean_sentences,
            "per_type": {t: c.to_dict() for t, c in sorted(self.per_type.items())},
            "identifier_micro": self.identifier_micro.to_dict(),
            "per_variant_recall": {
                f"{t}/{v}": {"found": n, "total": total, "recall": round(n / total, 4)}
                for (t, v), (n, total) in sorted(self.per_variant.items())
            },
            "hard_negative_false_positives": sum(self.negative_hits.values()),
            "hard_negative_hits_by_kind": dict(sorted(self.negative_hits.items())),
            "clean_sentence_findings": self.clean_sentence_findings,
            "uscc_reported_as_pi": self.uscc_as_pi,
            "error_kinds": dict(sorted(self.error_kinds.items())),
            "throughput_mb_s": round(self.utf8_bytes / 1e6 / self.seconds, 3)
            if self.seconds
            else None,
            "errors": [e.to_dict() for e in self.errors[:max_errors]],
        }


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def score_record(record: Record, findings: list[Finding], score: SentenceScore) -> None:
    """Add one record's outcome to ``score``."""
    gold = {(s.start, s.end, s.label): s for s in record.spans}
    found = {(f.start, f.end, f.type): f for f in findings}
    mask_spans: list[tuple[int, int, str | None]] = [
        (s.start, s.end, s.label) for s in record.spans
    ]
    mask_spans += [(f.start, f.end, f.type) for f in findings]
    mask_spans += [(s.start, s.end, None) for s in record.negatives]
    clean = not record.spans

    def error(
        kind: str,
        span: tuple[int, int],
        gold_t: str | None,
        found_t: str | None,
        variant: str,
        offset: str = "",
    ) -> None:
        score.error_kinds[kind] += 1
        context = masked_context(record.text, mask_spans, span)
        score.errors.append(ErrorItem(kind, record.id, gold_t, found_t, variant, context, offset))

    explained: set[tuple[int, int, str]] = set()
    for key, f in found.items():
        if key in gold:
            continue
        score.per_type[f.type].fp += 1
        where = (f.start, f.end)
        hit_gold = [s for s in record.spans if _overlaps(where, (s.start, s.end))]
        hit_negative = [s for s in record.negatives if _overlaps(where, (s.start, s.end))]
        if hit_gold:
            same = [s for s in hit_gold if s.label == f.type]
            g = (same or hit_gold)[0]
            explained.add((g.start, g.end, g.label))
            kind = "boundary" if same else "wrong_type"
            offset = f"start{f.start - g.start:+d} end{f.end - g.end:+d}"
            error(kind, where, g.label, f.type, g.variant, offset)
        elif hit_negative:
            score.negative_hits[hit_negative[0].label] += 1
            error("negative", where, None, f.type, hit_negative[0].label)
        elif clean:
            score.negative_hits["clean_sentence"] += 1
            error("negative", where, None, f.type, "prose")
        else:
            error("spurious", where, None, f.type, "prose")
        if clean:
            score.clean_sentence_findings += 1

    for key, span in gold.items():
        entry = score.per_variant.setdefault((span.label, span.variant), [0, 0])
        entry[1] += 1
        if key in found:
            score.per_type[span.label].tp += 1
            entry[0] += 1
            continue
        score.per_type[span.label].fn += 1
        touching = [f for f in findings if _overlaps((f.start, f.end), (span.start, span.end))]
        if span.label == "cn_uscc" and any(f.type != "cn_uscc" for f in touching):
            score.uscc_as_pi += 1
        where = (span.start, span.end)
        if not touching:
            error("missed", where, span.label, None, span.variant)
        elif key not in explained:
            # Swallowed by a finding already listed against a neighbouring gold span.
            error("overlapped", where, span.label, touching[0].type, span.variant)


def score_records(
    records: Iterable[Record], detect: DetectFn, score: SentenceScore | None = None
) -> SentenceScore:
    """Run ``detect`` over every record and score it; detection time is measured too."""
    score = score or SentenceScore()
    for record in records:
        began = time.perf_counter()
        findings = detect(record.text)
        score.seconds += time.perf_counter() - began
        score.sentences += 1
        score.clean_sentences += not record.spans
        score.chars += len(record.text)
        score.utf8_bytes += len(record.text.encode("utf-8"))
        score_record(record, findings, score)
    return score


def masked_record(record: Record) -> str:
    """The record's text with gold and negative spans masked, for listings."""
    spans: list[tuple[int, int, str | None]] = [(s.start, s.end, s.label) for s in record.spans]
    spans += [(s.start, s.end, None) for s in record.negatives]
    return masked_text(record.text, spans)


def check_floors(metrics: dict[str, float]) -> list[str]:
    """Human-readable failures of the issue-2 floors for the metrics present in ``metrics``."""
    failures = []
    for name, floor in FLOORS.items():
        if name in metrics and metrics[name] < floor:
            failures.append(f"{name} = {metrics[name]:.4f} < {floor}")
    return failures
