"""``piplkit spark scan``: the full table scan (``piplkit scan --full``) as Spark jobs.

The steps are those of ``scan.table_scan.scan_table`` and reuse its functions, so the report is
the same: the first ``sample_rows`` rows (in table order) are classified on the driver with every
recognizer; the resulting per-column plans are shipped to the executors, which count every row
with ``arrow_counts.arrow_stats`` in ``mapInArrow``; the per-partition counts come back pickled and
merge exactly (``ColumnStats.merge``), so the number of partitions does not change the result.
"""

from __future__ import annotations

import pickle
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

import pyarrow as pa

from piplkit.discover.detect import Detector
from piplkit.discover.detect.registry import MODEL_TYPES
from piplkit.discover.scan.analysis import CELL_MIN_SCORE, ColumnPlan
from piplkit.discover.scan.arrow_cells import replaced_cells
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
from piplkit.discover.scan.custom_types import CustomTypes, install_text
from piplkit.discover.scan.options import ScanOptions
from piplkit.discover.scan.report import FileReport, ScanError, ScanReport, shown, summarise
from piplkit.discover.scan.safety import safe_message
from piplkit.discover.scan.tables import BATCH_ROWS, Row
from piplkit.protect.spark.batches import rows_of
from piplkit.protect.spark.inputs import InputError, SparkInput, open_input, summarize_error
from piplkit.protect.spark.session import scoped_conf

if TYPE_CHECKING:
    from pyspark.sql import SparkSession


#: Rows per Arrow batch of the full pass at most: the single-process Parquet reader's batches
#: (64 x BATCH_ROWS). ``arrow_stats`` checks each distinct value of a batch once, so with Spark's
#: default (10 000 rows; 5 000 in sessions piplkit starts) a value repeated every few tens of
#: thousands of rows was checked over and over where the single process checks it once (3.5x
#: the CPU on such data; about 10 % more where identifiers are all different).
MAX_BATCH_ROWS = 64 * BATCH_ROWS
#: ... and about this much text per batch, so that wide rows keep the Python workers' memory
#: bounded (an estimate from the sample's cells).
BATCH_TEXT_BYTES = 64 * 1024 * 1024


class SparkJobError(RuntimeError):
    """A Spark job failed on an input; the message names the input and is masked."""


@dataclass(slots=True)
class PartitionStats:
    """What one partition sends back to the driver."""

    rows: int
    replaced: int
    stats: list[ColumnStats]


def spark_scan(
    spark: SparkSession,
    targets: list[str],
    options: ScanOptions,
    *,
    input_format: str | None = None,
    encoding: str | None = None,
    custom: CustomTypes | None = None,
) -> ScanReport:
    """Scan every target (file, folder or table path); failures become report errors.
    ``custom`` types (installed on the driver) are installed on the executors too."""
    files: list[FileReport] = []
    errors: list[ScanError] = []
    for target in targets:
        try:
            source = open_input(spark, target, input_format, encoding)
            files.append(scan_input(source, options, custom))
        except (InputError, SparkJobError) as exc:
            errors.append(ScanError(path=safe_message(target), message=safe_message(str(exc))))
        except Exception as exc:  # a bug must not end the scan of the other targets
            message = f"{target}: unexpected error ({summarize_error(exc)})"
            errors.append(ScanError(path=safe_message(target), message=safe_message(message)))
    return ScanReport(
        as_of=options.as_of,
        mode="full",
        sample_rows=options.sample_rows,
        files=files,
        summary=summarise(files, errors, options.as_of),
    )


def scan_input(
    source: SparkInput, options: ScanOptions, custom: CustomTypes | None = None
) -> FileReport:
    """Classify and count every column of one table (see the module docstring)."""
    began = time.perf_counter()
    classifier = Classifier.default()
    columns = source.columns
    detector = Detector(options.types, as_of=options.as_of, min_score=CELL_MIN_SCORE)
    try:
        sample = sample_rows(source, options.sample_rows)
    except Exception as exc:
        raise SparkJobError(f"{source.path}: reading failed ({summarize_error(exc)})") from None
    result = classify_sample(columns, sample, detector, classifier)
    strong = [r.type_id for r in detector.recognizers if r.type_id not in MODEL_TYPES]
    plans = [
        column_plan(d, c, strong, classifier.profiles, h.measure)
        for d, c, h in zip(result.decisions, result.chance, result.headers, strict=True)
    ]
    try:
        stats, rows, replaced = full_pass(
            source, plans, options.as_of, custom.text if custom else None, batch_rows(sample)
        )
    except Exception as exc:
        raise SparkJobError(f"{source.path}: scan failed ({summarize_error(exc)})") from None
    decisions = [
        full_decision(
            d,
            decide(s, h, c, classifier.profiles, product_table=result.product_table),
            s,
            classifier.profiles,
        )
        for d, s, h, c in zip(result.decisions, stats, result.headers, result.chance, strict=True)
    ]
    report = FileReport(
        path=shown(source.path), kind=source.kind, encoding=source.encoding, mode="full"
    )
    report.rows = rows
    if any(t in MODEL_TYPES for d in decisions for t in d.other):
        report.warnings.append(
            f"person names and addresses inside free text were counted on the first "
            f"{len(sample):,} rows only (model recognizers are too slow for every row)"
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
    report.warnings = list(dict.fromkeys(shown(w) for w in [*source.warnings, *report.warnings]))
    report.seconds = round(time.perf_counter() - began, 3)
    return report


def sample_rows(source: SparkInput, limit: int) -> list[Row]:
    """The first ``limit`` rows in table order, converted to cells on the executors.

    ``limit`` after ``mapInArrow`` makes Spark take partitions in order (``executeTake``), unlike
    a limit before it, which may gather rows from any partition first.
    """
    from pyspark.sql.types import StringType, StructField, StructType

    names = [f"c{i}" for i in range(len(source.columns))]
    schema = StructType([StructField(n, StringType(), True) for n in names])

    def as_text(batches: Iterator[pa.RecordBatch]) -> Iterator[pa.RecordBatch]:
        # Stop after ``limit`` rows: a partition never needs to give more, and the task then
        # ends on its own instead of having its output cut off by the limit.
        left = limit
        for batch in batches:
            if left <= 0:
                return
            rows = rows_of(batch.slice(0, left))
            left -= len(rows)
            arrays = [pa.array([r[i] for r in rows], type=pa.string()) for i in range(len(names))]
            yield pa.RecordBatch.from_arrays(arrays, names=names)

    collected = source.df.mapInArrow(as_text, schema).limit(limit).collect()
    return [list(row) for row in collected]


def batch_rows(sample: list[Row]) -> int:
    """Rows per Arrow batch for the full pass: as many as the single-process reader takes, fewer
    when the sample's rows are wide (never fewer than the scanner's BATCH_ROWS)."""
    if not sample:
        return BATCH_ROWS
    # UTF-8 bytes of the cells plus Arrow's offsets and validity, per row
    size = sum(len(c.encode("utf-8")) + 5 if c else 5 for row in sample for c in row)
    per_row = max(1, size // len(sample))
    return max(BATCH_ROWS, min(MAX_BATCH_ROWS, BATCH_TEXT_BYTES // per_row))


def full_pass(
    source: SparkInput,
    plans: list[ColumnPlan],
    as_of: date,
    custom_text: str | None = None,
    rows_per_batch: int = BATCH_ROWS,
) -> tuple[list[ColumnStats], int, int]:
    """Every row counted on the executors; returns merged stats, rows and cells with U+FFFD.
    ``custom_text`` (a types file) is installed in each executor's Python worker first; the
    executors get their rows in Arrow batches of ``rows_per_batch``."""
    columns = list(source.columns)

    def count(batches: Iterator[pa.RecordBatch]) -> Iterator[pa.RecordBatch]:
        if custom_text:
            install_text(custom_text)
        # Arrow batches are counted as they come: the counts do not depend on batch bounds
        # (``arrow_stats`` validates whole cells), so no regrouping into rows is needed.
        total = PartitionStats(0, 0, [ColumnStats(c) for c in columns])
        for batch in batches:
            total.rows += batch.num_rows
            total.replaced += replaced_cells(batch)
            for acc, part in zip(
                total.stats, arrow_stats(columns, batch, plans, as_of), strict=True
            ):
                acc.merge(part)
        payload = pickle.dumps(total, protocol=pickle.HIGHEST_PROTOCOL)
        yield pa.RecordBatch.from_arrays([pa.array([payload], type=pa.binary())], names=["part"])

    merged = PartitionStats(0, 0, [ColumnStats(c) for c in columns])
    batch_setting = {"spark.sql.execution.arrow.maxRecordsPerBatch": str(rows_per_batch)}
    with scoped_conf(source.df.sparkSession, batch_setting):
        parts = source.df.mapInArrow(count, "part binary").collect()
    for row in parts:
        part: PartitionStats = pickle.loads(row[0])
        merged.rows += part.rows
        merged.replaced += part.replaced
        for acc, other in zip(merged.stats, part.stats, strict=True):
            acc.merge(other)
    return merged.stats, merged.rows, merged.replaced
