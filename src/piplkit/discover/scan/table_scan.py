"""Scan one table: sample and classify its columns, then (``--full``) count every row."""

from __future__ import annotations

import time

from piplkit.discover.detect import Detector
from piplkit.discover.detect.registry import MODEL_TYPES
from piplkit.discover.scan.analysis import ColumnPlan, joined_stats
from piplkit.discover.scan.arrow_counts import arrow_stats
from piplkit.discover.scan.classify import (
    Classifier,
    add_totals,
    classify_sample,
    column_plan,
    column_report,
    full_decision,
    profile_examples,
)
from piplkit.discover.scan.columns import ColumnStats, decide
from piplkit.discover.scan.fullscan import run_chunks
from piplkit.discover.scan.options import ScanOptions
from piplkit.discover.scan.progress import ScanProgress
from piplkit.discover.scan.report import FileReport, shown
from piplkit.discover.scan.tables import Row, Table


def scan_table(
    table: Table,
    options: ScanOptions,
    detector: Detector,
    progress: ScanProgress,
    classifier: Classifier | None = None,
) -> FileReport:
    began = time.perf_counter()
    classifier = classifier or Classifier.default()
    sample: list[Row] = []
    for batch in table.read(options.sample_rows):
        sample.extend(batch)
    result = classify_sample(table.columns, sample, detector, classifier)
    stats, decisions = result.stats, result.decisions
    multiline = any(cell and ("\n" in cell or "\r" in cell) for row in sample for cell in row)
    replaced = sum(1 for row in sample for cell in row if cell and "\ufffd" in cell)
    report = FileReport(
        path=shown(table.path),
        kind=table.kind,
        encoding=table.encoding,
        table=shown(table.name) if table.name is not None else None,
    )
    if options.full:
        report.mode = "full"
        strong = [r.type_id for r in detector.recognizers if r.type_id not in MODEL_TYPES]
        plans = [
            column_plan(d, c, strong, classifier.profiles, h.measure)
            for d, c, h in zip(decisions, result.chance, result.headers, strict=True)
        ]
        stats, rows, replaced = _full(table, plans, options, progress, multiline, report)
        decisions = [
            full_decision(
                d,
                decide(s, h, c, classifier.profiles, product_table=result.product_table),
                s,
                classifier.profiles,
            )
            for d, s, h, c in zip(decisions, stats, result.headers, result.chance, strict=True)
        ]
        if any(t in MODEL_TYPES for d in decisions for t in d.other):
            report.warnings.append(
                f"person names and addresses inside free text were counted on the first "
                f"{len(sample):,} rows only (model recognizers are too slow for every row)"
            )
        report.rows = rows
    else:
        report.rows, report.rows_estimated = _row_count(
            table, len(sample), options.sample_rows, multiline
        )
    if replaced:
        report.warnings.append(f"undecodable bytes were replaced in {replaced:,} cell(s)")
    if not sample:
        report.warnings.append("no data rows")
    report.columns = [
        column_report(s, d, h, profile_examples(sample, i, d, classifier.profiles), options.as_of)
        for i, (s, d, h) in enumerate(zip(stats, decisions, result.headers, strict=True))
    ]
    add_totals(report, options.as_of)
    report.warnings = list(dict.fromkeys(shown(w) for w in [*table.warnings, *report.warnings]))
    report.seconds = round(time.perf_counter() - began, 3)
    return report


def _row_count(table: Table, sampled: int, limit: int, multiline: bool) -> tuple[int, bool]:
    if sampled < limit:
        return sampled, False
    if table.count_rows is not None:
        return table.count_rows(), multiline or table.rows_estimated
    return table.rows, table.rows_estimated


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
