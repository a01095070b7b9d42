"""Scan one table: sample and classify its columns, then (``--full``) count every row."""

from __future__ import annotations

import time
from collections import Counter

from piplkit.detect import Detector
from piplkit.detect.masking import mask_middle, mask_name
from piplkit.detect.registry import MODEL_TYPES
from piplkit.scan.analysis import ColumnPlan, joined_stats, sample_stats
from piplkit.scan.arrow_counts import arrow_stats
from piplkit.scan.columns import ColumnStats, Decision, decide
from piplkit.scan.fullscan import run_chunks
from piplkit.scan.hints import WEAK_TYPES, load_hints
from piplkit.scan.options import ScanOptions
from piplkit.scan.progress import ScanProgress
from piplkit.scan.report import ColumnReport, FileReport, is_pi_type, is_sensitive_type
from piplkit.scan.tables import Row, Table

MINOR_TAG = "minor_under_14"


def scan_table(
    table: Table, options: ScanOptions, detector: Detector, progress: ScanProgress
) -> FileReport:
    began = time.perf_counter()
    hints_table = load_hints()
    hints = [hints_table.type_for(c) for c in table.columns]
    negative = [hints_table.is_negative(c) for c in table.columns]
    sample: list[Row] = []
    for batch in table.read(options.sample_rows):
        sample.extend(batch)
    stats = sample_stats(table.columns, sample, detector, hints)
    chance = [s.chance_types() for s in stats]
    decisions = [
        decide(s, hint=h, negative=n, chance=c)
        for s, h, n, c in zip(stats, hints, negative, chance, strict=True)
    ]
    multiline = any(cell and ("\n" in cell or "\r" in cell) for row in sample for cell in row)
    replaced = sum(1 for row in sample for cell in row if cell and "\ufffd" in cell)
    report = FileReport(path=table.path, kind=table.kind, encoding=table.encoding, table=table.name)
    if options.full:
        report.mode = "full"
        strong = [r.type_id for r in detector.recognizers if r.type_id not in MODEL_TYPES]
        plans = [column_plan(d, c, strong) for d, c in zip(decisions, chance, strict=True)]
        stats, rows, replaced = _full(table, plans, options, progress, multiline, report)
        decisions = [
            full_decision(d, decide(s, hint=h, negative=n, chance=c), s)
            for d, s, h, n, c in zip(decisions, stats, hints, negative, chance, strict=True)
        ]
        if any(t in MODEL_TYPES for d in decisions for t in d.other):
            report.warnings.append(
                f"person names and addresses inside free text were counted on the first "
                f"{len(sample)} rows only (model recognizers are too slow for every row)"
            )
        report.rows = rows
    else:
        report.rows, report.rows_estimated = _row_count(
            table, len(sample), options.sample_rows, multiline
        )
    if replaced:
        report.warnings.append(f"undecodable bytes were replaced in {replaced} cell(s)")
    if not sample:
        report.warnings.append("no data rows")
    report.columns = [
        column_report(s, d, h, plausible_examples(sample, i, d, h))
        for i, (s, d, h) in enumerate(zip(stats, decisions, hints, strict=True))
    ]
    add_totals(report)
    report.warnings = list(dict.fromkeys([*table.warnings, *report.warnings]))
    report.seconds = round(time.perf_counter() - began, 3)
    return report


def _row_count(table: Table, sampled: int, limit: int, multiline: bool) -> tuple[int, bool]:
    if sampled < limit:
        return sampled, False
    if table.count_rows is not None:
        return table.count_rows(), multiline or table.rows_estimated
    return table.rows, table.rows_estimated


def column_plan(decision: Decision, chance: set[str], strong: list[str]) -> ColumnPlan:
    """The recognizers worth running on every row of a column, given what the sample showed.

    Model-based types (person_name, address) are too slow for every row: a column of that type
    is counted by value shape, and inside free text they are counted on the sample only.
    """
    seen = {t for t in decision.other if t not in MODEL_TYPES}
    if decision.pi_type in MODEL_TYPES:
        return ColumnPlan(tuple(sorted(seen)), decision.pi_type)
    if decision.pi_type is not None:
        return ColumnPlan(tuple(sorted(seen | {decision.pi_type})), primary=decision.pi_type)
    return ColumnPlan(tuple(sorted((set(strong) - chance) | seen)))


def full_decision(sampled: Decision, full: Decision, stats: ColumnStats) -> Decision:
    """Merge the full-scan decision with what only the sample could count (model types)."""
    other = dict(full.other)
    for t, n in sampled.other.items():
        if t in MODEL_TYPES:
            other[t] = n
    other = dict(sorted(other.items()))
    if sampled.pi_type in MODEL_TYPES:
        return Decision(sampled.pi_type, sampled.confidence, stats.plausible, other, full.minors)
    return Decision(full.pi_type, full.confidence, full.matches, other, full.minors)


def _full(
    table: Table,
    plans: list[ColumnPlan],
    options: ScanOptions,
    progress: ScanProgress,
    multiline: bool,
    report: FileReport,
) -> tuple[list[ColumnStats], int, int]:
    if table.chunks is not None and not multiline:
        progress.start(_label(table), table.chunks.size)
        result = run_chunks(
            table.chunks, table.columns, plans, options.as_of, options.jobs, progress.advance
        )
        progress.finish()
        if result.csv_errors:
            report.warnings.append(f"{result.csv_errors} malformed CSV record(s) skipped")
        return result.stats, result.rows, result.replaced
    totals = [ColumnStats(c) for c in table.columns]
    rows = 0
    replaced = 0
    progress.start(_label(table), table.rows if table.rows >= 0 else None)
    if table.arrow_batches is not None:
        for batch in table.arrow_batches():
            rows += batch.num_rows
            for acc, part in zip(
                totals, arrow_stats(table.columns, batch, plans, options.as_of), strict=True
            ):
                acc.merge(part)
            progress.advance(batch.num_rows)
        progress.finish()
        return totals, rows, replaced
    for batch in table.read(None):
        rows += len(batch)
        replaced += sum(1 for row in batch for cell in row if cell and "\ufffd" in cell)
        for acc, part in zip(
            totals, joined_stats(table.columns, batch, plans, options.as_of), strict=True
        ):
            acc.merge(part)
        progress.advance(len(batch))
    progress.finish()
    return totals, rows, replaced


def _label(table: Table) -> str:
    return f"{table.path}#{table.name}" if table.name else table.path


def plausible_examples(
    sample: list[Row], index: int, decision: Decision, hint: str | None
) -> list[str]:
    """Masked examples for a weak-type column classified by header and value shape."""
    if decision.pi_type is None or decision.pi_type != hint or hint not in WEAK_TYPES:
        return []
    pattern = load_hints().plausible_for(hint)
    out: list[str] = []
    for row in sample:
        value = (row[index] or "").strip()
        if value and pattern is not None and pattern.fullmatch(value):
            masked = mask_name(value) if hint == "person_name" else mask_middle(value, 6, 0)
            if masked not in out:
                out.append(masked)
        if len(out) >= 3:
            break
    return out


def column_report(
    stats: ColumnStats, decision: Decision, hint: str | None, fallback: list[str]
) -> ColumnReport:
    """The report of one column: its decision, counts and masked examples (``fallback`` when the
    statistics hold none for the decided type)."""
    pi_type = decision.pi_type
    examples = list(stats.examples.get(pi_type, [])) if pi_type else []
    if not examples:
        examples = (
            fallback
            if pi_type
            else [p for t in decision.other for p in stats.examples.get(t, [])][:3]
        )
    return ColumnReport(
        name=stats.name,
        pi_type=pi_type,
        confidence=decision.confidence,
        matches=decision.matches,
        sampled=stats.sampled,
        non_empty=stats.non_empty,
        sensitive=bool(pi_type and is_sensitive_type(pi_type)) or decision.minors > 0,
        examples_masked=examples,
        is_pi=bool(pi_type and is_pi_type(pi_type)),
        header_hint=hint,
        minors=decision.minors,
        findings_by_type=decision.other,
    )


def add_totals(report: FileReport) -> None:
    """Fill the file-level counts (findings by type, minors, sensitive types) from its columns."""
    counts: Counter[str] = Counter()
    for column in report.columns:
        if column.pi_type:
            counts[column.pi_type] += column.matches
        counts.update(column.findings_by_type)
    report.findings_by_type = dict(sorted((t, n) for t, n in counts.items() if n))
    report.minors = sum(c.minors for c in report.columns)
    report.sensitive_types = sensitive_types(report.findings_by_type, report.minors)


def sensitive_types(counts: dict[str, int], minors: int) -> list[str]:
    out = sorted(t for t, n in counts.items() if n and is_sensitive_type(t))
    return [*out, MINOR_TAG] if minors else out
