"""The scan report model: what the CLI, JSON, HTML and later the register read.

Only counts, type ids and masked previews are stored here, never a raw value. The JSON shape is
a contract (``as_of``, ``files[]`` with ``columns[]`` and ``findings_by_type``, ``summary``);
fields may be added, not renamed.
"""

from __future__ import annotations

from collections import Counter
from datetime import date
from typing import Any, Literal

from pydantic import BaseModel, Field

from piplkit.assess.law.pi_types import load_catalogue

#: How much of each table was read: a sample of rows, or every row.
ScanMode = Literal["sample", "full"]


class ColumnReport(BaseModel):
    """One column of a table and the PI type it holds (``pi_type`` is None when none)."""

    name: str
    pi_type: str | None
    confidence: float
    #: Cells that hold a valid value of ``pi_type`` (whole cell).
    matches: int
    #: Cells examined (rows sampled, or every row with ``--full``).
    sampled: int
    non_empty: int = 0
    sensitive: bool
    examples_masked: list[str] = Field(default_factory=list)
    is_pi: bool = False
    header_hint: str | None = None
    #: Resident IDs of persons under 14 on ``as_of`` (sensitive whatever the column type).
    minors: int = 0
    #: Findings inside free text (and stray values of other types) in this column.
    findings_by_type: dict[str, int] = Field(default_factory=dict)
    #: Why the column has its type (or none): the header words and value evidence, in words.
    reason: str = ""
    #: The same, structured: ``header`` (the hint word, or null), ``header_exact``, ``values``
    #: (validated, model, vocabulary, shape, ages) and ``share`` of non-empty values.
    evidence: dict[str, Any] | None = None


class FileReport(BaseModel):
    """One scanned unit: a file, a sheet of a workbook or a database table."""

    path: str
    kind: str
    encoding: str | None = None
    #: Data rows; -1 when unknown. ``rows_estimated`` says it was not counted exactly.
    rows: int = -1
    rows_estimated: bool = False
    table: str | None = None
    mode: ScanMode = "sample"
    columns: list[ColumnReport] = Field(default_factory=list)
    findings_by_type: dict[str, int] = Field(default_factory=dict)
    examples_masked: dict[str, list[str]] = Field(default_factory=dict)
    minors: int = 0
    sensitive_types: list[str] = Field(default_factory=list)
    #: The dataset's PI categories (GB/T 35273-2020 Annex A ids) and its data grade per GB/T
    #: 43697-2024 (``piplkit.assess.rules.data_grading``: grade, basis, reasons and the facts the
    #: scan cannot see that could raise it, each cited).
    categories: list[str] = Field(default_factory=list)
    grading: dict[str, Any] | None = None
    warnings: list[str] = Field(default_factory=list)
    seconds: float = 0.0


class ScanError(BaseModel):
    """A source that could not be scanned (message masked, naming the file or table)."""

    path: str
    message: str


class Summary(BaseModel):
    files_scanned: int
    files_failed: int
    tables_scanned: int
    pi_columns: int
    #: Scanned units (tables, files) that hold sensitive PI, minors' PI, and by data grade.
    datasets_with_sensitive_pi: int = 0
    datasets_with_minors_pi: int = 0
    datasets_by_grade: dict[str, int] = Field(default_factory=dict)
    totals_by_type: dict[str, int]
    sensitive_by_type: dict[str, int]
    sensitive_total: int
    minors: int
    errors: list[ScanError]


class ScanReport(BaseModel):
    as_of: date
    mode: ScanMode
    sample_rows: int
    files: list[FileReport]
    summary: Summary

    def to_json_dict(self) -> dict[str, Any]:
        return self.model_dump(mode="json")


def is_sensitive_type(type_id: str, as_of: date | None = None) -> bool:
    """Sensitive per the PI catalogue on ``as_of`` (the latest reading when None). Unknown
    (third-party) types, and dates before the catalogue's first reading, count as not
    sensitive."""
    entry = load_catalogue().types.get(type_id)
    if entry is None:
        return False
    if as_of is None:
        return bool(entry.sensitive)
    reading = entry.sensitivity_on(as_of)
    return bool(reading and reading.sensitive)


def is_pi_type(type_id: str) -> bool:
    entry = load_catalogue().types.get(type_id)
    return entry.is_pi if entry else True


def summarise(
    files: list[FileReport], errors: list[ScanError], as_of: date | None = None
) -> Summary:
    """Totals over every scanned unit; a file counts once however many sheets it has."""
    totals: Counter[str] = Counter()
    minors = 0
    pi_columns = 0
    for f in files:
        totals.update(f.findings_by_type)
        minors += f.minors
        pi_columns += sum(1 for c in f.columns if c.pi_type and c.is_pi)
    sensitive = {t: n for t, n in sorted(totals.items()) if n and is_sensitive_type(t, as_of)}
    failed_paths = {e.path for e in errors}
    scanned_paths = {f.path for f in files}
    grades: Counter[str] = Counter(
        str(f.grading["grade"]) for f in files if f.grading and f.grading.get("grade")
    )
    return Summary(
        datasets_with_sensitive_pi=sum(1 for f in files if f.sensitive_types),
        datasets_with_minors_pi=sum(1 for f in files if f.minors),
        datasets_by_grade=dict(sorted(grades.items())),
        files_scanned=len(scanned_paths),
        files_failed=len(failed_paths - scanned_paths),
        tables_scanned=len(files),
        pi_columns=pi_columns,
        totals_by_type=dict(sorted(totals.items())),
        sensitive_by_type=sensitive,
        sensitive_total=sum(sensitive.values()),
        minors=minors,
        errors=errors,
    )
