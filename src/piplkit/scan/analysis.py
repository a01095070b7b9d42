"""Feed table cells to the detector and count the results per column.

Two paths produce the same :class:`ColumnStats`:

* sampling: every sampled cell goes through ``Detector.detect`` on its own (distinct values
  once per column), with every type enabled and shapes tracked for the chance test;
* full scan: the cells of a column are joined with line breaks and detected in one call, with
  only the types the sample made plausible for that column (``ColumnPlan``), so the regex
  engine scans long strings in C and validators run only on candidates. Findings are mapped
  back to their cells by offset.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass
from datetime import date
from functools import cache

from piplkit.detect import Detector, Finding
from piplkit.detect.recognizer import PatternRecognizer
from piplkit.scan.columns import ColumnStats
from piplkit.scan.hints import load_hints
from piplkit.scan.tables import Row

#: Score threshold for counting a whole cell as a value of a type (column statistics decide);
#: findings inside free text use the detector's ordinary threshold.
CELL_MIN_SCORE = 0.3
TEXT_MIN_SCORE = 0.5
#: Distinct values remembered per column while sampling.
_CACHE_LIMIT = 5000


@dataclass(frozen=True, slots=True)
class ColumnPlan:
    """What the full scan runs on one column: recognizer types, and a weak type to shape-check."""

    types: tuple[str, ...]
    plausible: str | None = None
    #: The column's type: whole cells are matched and validated directly, without the engine.
    primary: str | None = None


@cache
def detector_for(types: tuple[str, ...] | None, as_of: date) -> Detector:
    """One detector per type set and date, built once per process."""
    return Detector(types, as_of=as_of, min_score=CELL_MIN_SCORE)


def clean(cell: str | None) -> str | None:
    if cell is None:
        return None
    text = cell.strip()
    return text or None


def cell_findings(text: str, findings: list[Finding]) -> list[Finding]:
    """Keep low-score findings only when they are the whole cell."""
    if len(findings) == 1 and findings[0].end - findings[0].start >= len(text) - 3:
        return findings
    return [f for f in findings if f.score >= TEXT_MIN_SCORE]


def sample_stats(
    columns: list[str], rows: list[Row], detector: Detector, hints: list[str | None]
) -> list[ColumnStats]:
    """Per-cell detection over sampled rows (all types, shapes tracked)."""
    table = load_hints()
    out: list[ColumnStats] = []
    for index, name in enumerate(columns):
        stats = ColumnStats(name)
        pattern = _plausible(table, hints[index])
        seen: dict[str, list[Finding]] = {}
        for row in rows:
            stats.sampled += 1
            text = clean(row[index])
            if text is None:
                continue
            found = seen.get(text)
            if found is None:
                found = cell_findings(text, detector.detect(text))
                if len(seen) < _CACHE_LIMIT:
                    seen[text] = found
            stats.add_cell(text, found, track_shape=True)
            if pattern is not None and pattern.fullmatch(text):
                stats.plausible += 1
        out.append(stats)
    return out


def joined_stats(
    columns: list[str], rows: list[Row], plans: list[ColumnPlan], as_of: date
) -> list[ColumnStats]:
    """Whole-column detection for a batch of rows (full scan); repeated values run once."""
    out: list[ColumnStats] = []
    for index, name in enumerate(columns):
        stats = ColumnStats(name, sampled=len(rows))
        counts = Counter(
            t.replace("\n", " ").replace("\r", " ") for r in rows if (t := clean(r[index]))
        )
        count_values(stats, counts, plans[index], as_of)
        out.append(stats)
    return out


def count_values(stats: ColumnStats, counts: Counter[str], plan: ColumnPlan, as_of: date) -> None:
    """Account distinct non-empty cell values (with their counts) of one column into ``stats``."""
    pattern = _plausible(load_hints(), plan.plausible)
    if pattern is not None:
        stats.plausible += sum(n for t, n in counts.items() if pattern.fullmatch(t))
    if not plan.types:
        stats.non_empty += counts.total()
        return
    texts = list(counts)
    if plan.primary is not None:
        texts = _whole_values(stats, counts, plan.primary, as_of)
    if texts:
        findings = detector_for(plan.types, as_of).detect("\n".join(texts))
        _account(stats, texts, [counts[t] for t in texts], findings)


def _whole_values(stats: ColumnStats, counts: Counter[str], type_id: str, as_of: date) -> list[str]:
    """Count cells that are wholly a valid ``type_id`` value; return the other cells.

    A typed column is mostly such cells, so this skips the engine's per-finding work (context
    words, overlap resolution, masking) and calls the recognizer's own pattern and validator.
    """
    detector = detector_for((type_id,), as_of)
    recognizer = detector.recognizers[0]
    if not isinstance(recognizer, PatternRecognizer):
        return list(counts)
    regex = recognizer.regex()
    group = "v" if "v" in regex.groupindex else 0
    ctx = detector.context
    rest: list[str] = []
    for text, weight in counts.items():
        m = regex.search(text)
        if m is not None and m.span(group) == (0, len(text)):
            attributes = recognizer.validate(text, ctx)
            if attributes is not None and recognizer.score(text, attributes) >= CELL_MIN_SCORE:
                stats.add_whole(
                    type_id,
                    weight,
                    bool(attributes.get("minor")),
                    lambda text=text: recognizer.mask(text),  # type: ignore[misc]
                )
                continue
        rest.append(text)
    return rest


def _account(
    stats: ColumnStats, texts: list[str], weights: list[int], findings: list[Finding]
) -> None:
    starts: list[int] = []
    pos = 0
    for t in texts:
        starts.append(pos)
        pos += len(t) + 1
    by_cell: dict[int, list[Finding]] = {}
    for f in findings:
        index = bisect_right(starts, f.start) - 1
        offset = starts[index]
        local = Finding(f.start - offset, f.end - offset, f.type, f.score, f.preview, f.attributes)
        by_cell.setdefault(index, []).append(local)
    stats.non_empty += sum(weights) - sum(weights[i] for i in by_cell)
    for index, found in by_cell.items():
        text = texts[index]
        stats.add_cell(text, cell_findings(text, found), track_shape=False, weight=weights[index])


def _plausible(table, hint: str | None) -> re.Pattern[str] | None:  # type: ignore[no-untyped-def]
    return table.plausible_for(hint) if hint else None
