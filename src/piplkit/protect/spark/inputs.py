"""Open a file, a folder of files or a Delta table as a Spark DataFrame the way piplkit reads it.

CSV/TSV are read with the single-process readers' rules so that both see the same cells: the
encoding, delimiter and header are sniffed on the driver from the first bytes of the first file
(``scan.encoding``, ``deid.io.delimited``), RFC 4180 quoting (``""`` inside quotes, no backslash
escapes), every column a string, no trimming. A quoted line break in the head switches Spark to
``multiLine`` (each file is then one task). Parquet keeps its types; Delta Lake needs a session
with the Delta Lake package (see docs/spark.md).
"""

from __future__ import annotations

import codecs
import contextlib
import csv
import io
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from piplkit.discover.scan.encoding import SNIFF_BYTES, EncodingError, sniff_bytes
from piplkit.discover.scan.safety import safe_message
from piplkit.discover.scan.tables import unique_headers
from piplkit.protect.deid.io.delimited import sniff_dialect
from piplkit.protect.spark.hadoop import HadoopFS

if TYPE_CHECKING:
    from pyspark.sql import DataFrame, SparkSession

INPUT_FORMATS = ("parquet", "csv", "tsv", "delta")
_SUFFIXES = {
    ".parquet": "parquet",
    ".pq": "parquet",
    ".csv": "csv",
    ".tsv": "tsv",
    ".tab": "tsv",
}
_HEAD_CHARS = 64 * 1024
#: Python codec name -> Java charset name, where they differ.
_JAVA_CHARSETS = {
    "utf-8": "UTF-8",
    "utf-8-sig": "UTF-8",
    "gb18030": "GB18030",
    "utf-16": "UTF-16",
    "utf-32": "UTF-32",
    "latin-1": "ISO-8859-1",
    "iso8859-1": "ISO-8859-1",
    "cp1252": "windows-1252",
    "big5": "Big5",
    "ascii": "US-ASCII",
}
#: Encodings whose line breaks Spark's line splitter does not see as single bytes.
_WIDE = frozenset({"utf-16", "utf-32"})


class InputError(ValueError):
    """An input Spark cannot read as a table; the message names the path, never a value."""


@dataclass(slots=True)
class SparkInput:
    """A table as a DataFrame plus what the single-process tools know about it."""

    path: str
    kind: str
    df: DataFrame
    #: Column names as the scanner names them (unique, blanks named ``column_N``).
    columns: list[str]
    #: Column names as the file's header spells them (what a deid policy refers to).
    raw_columns: list[str]
    encoding: str | None = None
    delimiter: str = ","
    line_terminator: str = "\n"
    warnings: list[str] = field(default_factory=list)


def java_charset(encoding: str) -> str:
    name = codecs.lookup(encoding).name
    return _JAVA_CHARSETS.get(name, _JAVA_CHARSETS.get(encoding.lower(), name))


def detect_format(fs: HadoopFS, path: str) -> str:
    """Format from the suffix, or for a folder from ``_delta_log`` or its data files' suffixes."""
    entry = fs.stat(path)
    if entry is None:
        raise InputError(f"{path}: no such file or folder")
    if not entry.is_dir:
        kind = _suffix_kind(entry.name)
        if kind is None:
            raise InputError(
                f"{path}: unknown file type; name it with --input-format "
                f"({', '.join(INPUT_FORMATS)})"
            )
        return kind
    if fs.has_child(path, "_delta_log"):
        return "delta"
    kinds = {_suffix_kind(e.name) for e in fs.data_files(path)} - {None}
    if len(kinds) == 1:
        return str(kinds.pop())
    if not kinds:
        raise InputError(f"{path}: folder holds no .parquet, .csv or .tsv files")
    raise InputError(
        f"{path}: folder mixes {', '.join(sorted(str(k) for k in kinds))} files; "
        "name one with --input-format"
    )


def open_input(
    spark: SparkSession,
    path: str,
    kind: str | None = None,
    encoding: str | None = None,
) -> SparkInput:
    """The table at ``path`` as a :class:`SparkInput`; raises :class:`InputError`."""
    fs = HadoopFS(spark)
    if kind is not None and kind not in INPUT_FORMATS:
        raise InputError(f"unknown input format {kind!r}; use one of {', '.join(INPUT_FORMATS)}")
    try:
        if fs.stat(path) is None:
            raise InputError(f"{path}: no such file or folder")
        kind = kind or detect_format(fs, path)
        if kind in ("csv", "tsv"):
            return _open_delimited(spark, fs, path, kind, encoding)
        return _open_columnar(spark, path, kind)
    except InputError:
        raise
    except Exception as exc:  # no file system for the scheme, permissions, network …
        raise InputError(f"{path}: cannot be reached ({summarize_error(exc)})") from None


def _suffix_kind(name: str) -> str | None:
    dot = name.rfind(".")
    return _SUFFIXES.get(name[dot:].lower()) if dot >= 0 else None


def _open_columnar(spark: SparkSession, path: str, kind: str) -> SparkInput:
    try:
        df = spark.read.format(kind).load(path)
        names = list(df.columns)
    except Exception as exc:
        if kind != "delta" or not _no_delta_source(exc):
            raise InputError(_read_failure(path, kind, exc)) from None
        df = _delta_snapshot(spark, path)
        names = list(df.columns)
    if not names:
        raise InputError(f"{path}: table has no columns")
    return SparkInput(path, kind, df, unique_headers(names), names)


def _open_delimited(
    spark: SparkSession, fs: HadoopFS, path: str, kind: str, encoding: str | None
) -> SparkInput:
    files = [e for e in fs.data_files(path) if e.size > 0]
    if not files:
        raise InputError(f"{path}: empty file (no header row)")
    first = files[0]
    head, whole = fs.head(first.path, SNIFF_BYTES)
    if encoding is None:
        try:
            encoding = sniff_bytes(head, at_eof=whole)
        except EncodingError as exc:
            raise InputError(f"{first.path}: {exc}") from None
    try:
        text = head.decode(encoding, errors="replace")[:_HEAD_CHARS]
        charset = java_charset(encoding)
    except LookupError:
        raise InputError(f"unknown encoding {encoding!r}") from None
    text = text.removeprefix("\ufeff")
    if not text.strip():
        raise InputError(f"{first.path}: empty file (no header row)")
    delimiter, terminator = sniff_dialect(text, tsv=kind == "tsv")
    records = _records(text, delimiter, whole)
    if not records:
        raise InputError(f"{first.path}: cannot read the header row")
    header = records[0]
    columns = unique_headers(header)
    multiline = codecs.lookup(encoding).name in _WIDE or any(
        "\n" in cell or "\r" in cell for record in records for cell in record
    )
    from pyspark.sql.types import StringType, StructField, StructType

    schema = StructType([StructField(name, StringType(), True) for name in columns])
    reader: Any = spark.read.schema(schema).options(
        header="true",
        sep=delimiter,
        quote='"',
        escape='"',
        encoding=charset,
        multiLine="true" if multiline else "false",
        mode="PERMISSIVE",
        ignoreLeadingWhiteSpace="false",
        ignoreTrailingWhiteSpace="false",
        enforceSchema="true",
        maxCharsPerColumn="-1",
    )
    try:
        df = reader.csv(path)
    except Exception as exc:
        raise InputError(_read_failure(path, kind, exc)) from None
    warnings = []
    if multiline:
        warnings.append(
            "fields hold line breaks (or the encoding is UTF-16/32): each file is read by one "
            "task (Spark multiLine mode)"
        )
    return SparkInput(
        path,
        kind,
        df,
        columns,
        list(header),
        encoding=encoding,
        delimiter=delimiter,
        line_terminator=terminator,
        warnings=warnings,
    )


def _records(text: str, delimiter: str, whole: bool) -> list[list[str]]:
    """Complete records of the head (a record cut by the end of the head is dropped)."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    out: list[list[str]] = []
    with contextlib.suppress(csv.Error):  # a broken quote late in the head: keep what parsed
        out.extend(row for row in reader if row)
    return out if whole or len(out) < 2 else out[:-1]


#: Delta reader features whose data files cannot be read as plain Parquet.
_UNSUPPORTED_DELTA_FEATURES = frozenset({"deletionVectors", "columnMapping"})


def _no_delta_source(exc: BaseException) -> bool:
    text = str(exc)
    return "DATA_SOURCE_NOT_FOUND" in text or "delta" in text.lower()


def _delta_snapshot(spark: SparkSession, path: str) -> Any:
    """The current snapshot of a Delta table, without Spark's Delta package.

    The Delta Lake JARs come from Maven, which offline sites cannot reach; the ``deltalake``
    package (delta-rs, on PyPI) reads the transaction log instead, and Spark reads the snapshot's
    Parquet files itself (partition columns come back from the Hive-style folder names).
    Tables that need deletion vectors or column mapping are refused, since their files alone
    do not say which rows are live or what the columns are called.
    """
    try:
        from deltalake import DeltaTable
    except ImportError:
        raise InputError(
            f"{path}: this Spark session cannot read Delta Lake tables; install the Delta Lake "
            "package for Spark or `pip install deltalake` (see docs/spark.md, 'Delta Lake')"
        ) from None
    try:
        table = DeltaTable(path)
        features = set(table.protocol().reader_features or ())
        files = table.file_uris()
    except Exception as exc:
        raise InputError(
            f"{path}: not a readable Delta Lake table ({summarize_error(exc)})"
        ) from None
    needs = sorted(features & _UNSUPPORTED_DELTA_FEATURES)
    if needs:
        raise InputError(
            f"{path}: the Delta table uses {', '.join(needs)}; read it with Spark's Delta Lake "
            "package (see docs/spark.md, 'Delta Lake')"
        )
    if not files:
        raise InputError(f"{path}: the Delta table has no data files")
    try:
        return spark.read.option("basePath", path).parquet(*files)
    except Exception as exc:
        raise InputError(_read_failure(path, "delta", exc)) from None


def _read_failure(path: str, kind: str, exc: BaseException) -> str:
    text = str(exc)
    if kind == "delta" and ("DATA_SOURCE_NOT_FOUND" in text or "delta" in text.lower()):
        return (
            f"{path}: this Spark session cannot read Delta Lake tables; run with the Delta Lake "
            "package (see docs/spark.md, 'Delta Lake')"
        )
    return f"{path}: Spark cannot read it as {kind} ({summarize_error(exc)})"


def summarize_error(exc: BaseException) -> str:
    """One masked line from a Spark/py4j exception (its class, or Spark's error class)."""
    text = str(exc).strip()
    line = text.splitlines()[0] if text else ""
    # Spark's messages start with an error class ("[PATH_NOT_FOUND] …"); that is enough.
    line = line[: line.index("]") + 1] if line.startswith("[") and "]" in line else line[:160]
    return safe_message(f"{type(exc).__name__}: {line}" if line else type(exc).__name__)
