"""``piplkit spark deid``: de-identify a table on Spark, cell for cell as ``piplkit deid`` does.

Executors run the single-process de-identifier itself (``Deidentifier.cell`` through the same
Arrow column function as the Parquet writer), so every output cell is the one ``piplkit deid``
writes: pseudonyms are keyed HMACs and need no shared state. The driver classifies the columns
from the table's first rows (``Deidentifier.classify``, as the single-process readers do) and
hands the decision and the key (a per-run one when the policy allows it and none was given) to
the executors. What each partition changed, and how many cells did not validate as their
column's type, is summed in an accumulator (updated once per successful write task) into one
``ChangeReport``.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterator
from functools import cache
from typing import TYPE_CHECKING, Any

import pyarrow as pa
from pyspark.accumulators import AccumulatorParam
from pyspark.taskcontext import TaskContext

from piplkit.discover.detect.engine import Detector
from piplkit.discover.scan.arrow_cells import replaced_cells
from piplkit.discover.scan.custom_types import install_text
from piplkit.protect.deid.classify import SAMPLE_ROWS
from piplkit.protect.deid.engine import Deidentifier
from piplkit.protect.deid.io.lines import output_encoding
from piplkit.protect.deid.io.parquet import arrow_plan, deidentify_arrow_column
from piplkit.protect.deid.keys import PER_RUN_WARNING, resolve_key
from piplkit.protect.deid.policy import Policy
from piplkit.protect.deid.report import ChangeReport
from piplkit.protect.spark.hadoop import HadoopFS
from piplkit.protect.spark.inputs import SparkInput, java_charset, summarize_error
from piplkit.protect.spark.keysafety import KeyExposedError, refuse_exposed_key
from piplkit.protect.spark.ordering import (
    UNORDERED_WARNING,
    Run,
    arrange,
    one_split_per_task,
    runs_of,
    with_origin,
)
from piplkit.protect.spark.output import OutputError, check_target, write_atomically

if TYPE_CHECKING:
    from pyspark.sql import DataFrame, SparkSession

#: Formats written back in the input's format.
_WRITERS = {"parquet": "parquet", "delta": "delta", "csv": "csv", "tsv": "csv"}


class DeidJobError(RuntimeError):
    """The job failed or its input was not clean; nothing was written."""


def _has_delta_source(df: DataFrame) -> bool:
    """Whether the session can write Delta tables itself (the Delta Lake JARs are loaded)."""
    # ``_jvm`` is PySpark's private py4j handle (``None`` on Spark Connect, which has no JVM).
    jvm = df.sparkSession._jvm
    if jvm is None:
        return False
    try:
        jvm.java.lang.Class.forName("io.delta.sql.DeltaSparkSessionExtension")
    except Exception:
        return False
    return True


def _write_delta_without_jars(writer: Any, path: str) -> None:
    """A Delta table written as its Parquet files by Spark, then given a transaction log by
    delta-rs (``deltalake.convert_to_deltalake``), for sessions without the Delta JARs."""
    try:
        from deltalake import convert_to_deltalake
    except ImportError:
        raise DeidJobError(
            "writing a Delta table needs Spark's Delta Lake package or `pip install deltalake` "
            "(see docs/spark.md, 'Delta Lake'); nothing was written"
        ) from None
    writer.format("parquet").save(path)
    convert_to_deltalake(path)


class _Totals(AccumulatorParam[dict[str, Any]]):
    """Sums partition reports: rows, cells changed, cells with U+FFFD, changes by key, cells that
    did not validate by (column, type), and where each partition's rows came from."""

    def zero(self, value: dict[str, Any]) -> dict[str, Any]:
        return {
            "rows": 0,
            "cells_changed": 0,
            "replaced": 0,
            "changes": Counter(),
            "invalid": Counter(),
            "runs": {},
        }

    def addInPlace(self, a: dict[str, Any], b: dict[str, Any]) -> dict[str, Any]:
        for name in ("rows", "cells_changed", "replaced"):
            a[name] += b[name]
        a["changes"].update(b["changes"])
        a["invalid"].update(b["invalid"])
        a["runs"].update(b["runs"])
        return a


def _partition_id() -> int:
    """The partition the running task reads (only called inside a task, where Spark sets it)."""
    context = TaskContext.get()
    if context is None:
        raise RuntimeError("not inside a Spark task")
    return context.partitionId()


@cache
def _detector(types: tuple[str, ...], as_of: dt.date, min_score: float) -> Detector:
    """One detector per executor process (worker reuse keeps it across tasks)."""
    return Detector(types, as_of=as_of, min_score=min_score)


def spark_deid(
    spark: SparkSession,
    source: SparkInput,
    target: str,
    policy: Policy,
    *,
    key: bytes | None = None,
    as_of: dt.date | None = None,
    overwrite: bool = False,
    custom_text: str | None = None,
) -> ChangeReport:
    """De-identify ``source`` into ``target`` (a folder of part files in the input's format).

    Raises ``PolicyError`` / ``KeyMaterialError`` for an unusable policy or key (before any job
    runs) and :class:`DeidJobError` when the job fails; nothing is written then.
    ``custom_text``: a types file installed on the driver, installed on the executors too.
    """
    key, per_run = resolve_key(key, pseudonymizes=policy.pseudonymizes, needs_key=policy.needs_key)
    try:
        refuse_exposed_key(spark, key)
    except KeyExposedError as exc:
        raise DeidJobError(str(exc)) from None
    deidentifier = Deidentifier(policy, key=key, as_of=as_of, report=ChangeReport())
    fs = HadoopFS(spark)
    try:
        check_target(fs, source.path, target, overwrite=overwrite)
    except OutputError as exc:
        raise DeidJobError(str(exc)) from None
    report = deidentifier.report
    report.source, report.target, report.format = source.path, target, source.kind
    report.warnings.extend(source.warnings)
    out, replaced_check = _plan_job(source, deidentifier)
    totals = spark.sparkContext.accumulator(_Totals().zero({}), _Totals())
    # Delta tables name their files in the transaction log and have no row order to keep.
    ordered = source.kind != "delta"
    out = _run(out, source, deidentifier, key, totals, custom_text, ordered=ordered)
    sizes = [e.size for e in fs.data_files(source.path)] if ordered else []
    text_format = source.kind in ("csv", "tsv")
    out_encoding = output_encoding(source.encoding or "utf-8", deidentifier) if text_format else ""

    def write(path: str) -> str | None:
        writer: Any = out.write.mode("errorifexists")
        if text_format:
            writer = writer.options(
                header="true",
                sep=source.delimiter,
                quote='"',
                escape='"',
                lineSep=source.line_terminator,
                encoding=java_charset(out_encoding),
                ignoreLeadingWhiteSpace="false",
                ignoreTrailingWhiteSpace="false",
                nullValue="",
                emptyValue="",
            )
        try:
            if source.kind == "delta" and not _has_delta_source(out):
                _write_delta_without_jars(writer, path)
                return None
            if not ordered:
                writer.format(_WRITERS[source.kind]).save(path)
                return None
            with one_split_per_task(spark, sizes):
                writer.format(_WRITERS[source.kind]).save(path)
            folder, in_order = arrange(fs, path, totals.value["runs"])
            if not in_order:
                report.warn_once(UNORDERED_WARNING)
            return folder
        except DeidJobError:
            raise
        except Exception as exc:
            raise DeidJobError(
                f"{source.path}: the Spark job failed ({summarize_error(exc)}); nothing was written"
            ) from None

    def check() -> None:
        if replaced_check and totals.value["replaced"]:
            raise DeidJobError(
                f"{source.path}: {totals.value['replaced']} cell(s) hold bytes that are not "
                f"valid {source.encoding} (mixed encodings?); nothing was written"
            )

    try:
        write_atomically(fs, target, write, overwrite=overwrite, check=check)
    except OutputError as exc:
        raise DeidJobError(str(exc)) from None
    value = totals.value
    report.rows += value["rows"]
    report.cells_changed += value["cells_changed"]
    report.changes.update(value["changes"])
    report.invalid.update(value["invalid"])
    if per_run and any(op.startswith("pseudonymize") for _, _, op in report.changes):
        report.warn_once(PER_RUN_WARNING)
    return report


def _plan_job(source: SparkInput, deid: Deidentifier) -> tuple[DataFrame, bool]:
    """Rename columns to safe internal names; say whether to check for undecodable bytes."""
    df = source.df.toDF(*source.columns)
    if source.kind in ("csv", "tsv") and source.raw_columns != source.columns:
        deid.report.warnings.append(
            "blank or repeated header names were renamed in the output header "
            f"({', '.join(source.columns)})"
        )
    return df, source.kind in ("csv", "tsv")


def _run(
    df: DataFrame,
    source: SparkInput,
    deid: Deidentifier,
    key: bytes | None,
    totals: Any,
    custom_text: str | None = None,
    *,
    ordered: bool = True,
) -> DataFrame:
    """The de-identified DataFrame; with ``ordered``, tasks also report where their rows came
    from (see spark/ordering.py)."""
    from pyspark.sql.pandas.types import to_arrow_schema
    from pyspark.sql.types import StringType, StructField, StructType

    schema = to_arrow_schema(df.schema)
    # Policy rules name the columns as the file spells them.
    names = list(source.raw_columns)
    if deid.needs_classification(names):
        head = source.df.limit(SAMPLE_ROWS).collect()
        deid.classify(names, [list(row) for row in head])
    classified = deid.classified_types
    plans = [arrow_plan(f.with_name(n), deid) for f, n in zip(schema, names, strict=True)]
    for field, name, plan in zip(schema, names, plans, strict=True):
        if plan == "copy" and not deid.is_kept(name) and deid.has_cell_rule(name):
            deid.report.warnings.append(f"column {name}: type {field.type} is copied unchanged")
    out_schema = StructType(
        [
            StructField(s.name, StringType(), True) if p in ("text", "to_text") else s
            for s, p in zip(df.schema.fields, plans, strict=True)
        ]
    )
    policy, as_of = deid.policy, deid.as_of
    count_replaced = source.kind in ("csv", "tsv")
    internal = list(df.columns)

    def apply(batches: Iterator[pa.RecordBatch]) -> Iterator[pa.RecordBatch]:
        if custom_text:
            install_text(custom_text)
        worker = _worker(policy, key, as_of, classified)
        replaced = 0
        runs: list[Run] = []
        for batch in batches:
            if ordered:
                batch = runs_of(batch, runs)
            if count_replaced:
                replaced += replaced_cells(batch)
            arrays = [
                deidentify_arrow_column(batch.column(i), names[i], plans[i], worker)
                for i in range(batch.num_columns)
            ]
            worker.report.rows += batch.num_rows
            yield pa.RecordBatch.from_arrays(arrays, names=internal)
        report = worker.report
        totals.add(
            {
                "rows": report.rows,
                "cells_changed": report.cells_changed,
                "replaced": replaced,
                "changes": Counter(report.changes),
                "invalid": Counter(report.invalid),
                "runs": {_partition_id(): runs} if runs else {},
            }
        )

    return (with_origin(df) if ordered else df).mapInArrow(apply, out_schema)


def _worker(
    policy: Policy, key: bytes | None, as_of: dt.date, classified: dict[str, str]
) -> Deidentifier:
    detector = _detector(tuple(policy.detected_types), as_of, policy.min_score)
    return Deidentifier(
        policy,
        key=key,
        as_of=as_of,
        detector=detector,
        report=ChangeReport(),
        classified=classified,
    )
