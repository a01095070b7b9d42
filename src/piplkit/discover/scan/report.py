"""The scan report model: what the CLI, JSON, HTML and the register import read.

Only counts, type ids and masked previews are stored here, never a raw value. The JSON shape is
a contract (``as_of``, ``files[]`` with ``columns[]`` and ``findings_by_type``, ``summary``);
fields may be added, not renamed.

This is the one definition of the report: the scanner builds it, and ``piplkit register
import-scan`` and the REST import route validate reports with it. So its strings carry the input
rules of :mod:`piplkit.inputs` (no control characters; counts that are not JSON booleans), and the
scanner puts no name in that breaks them (:data:`shown`). Reading is lenient where reports
differ: unknown keys are ignored (later versions add fields), and a field that older or
hand-made reports leave out has a default; the scanner always writes every field (the
serialization schema lists them all as required).
"""

from __future__ import annotations

from collections import Counter
from datetime import date
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from piplkit.assess.law.pi_types import load_catalogue
from piplkit.inputs.scalars import Count, Day, Flag, whole
from piplkit.inputs.text import Line, Text, line, made_single_line

NonEmpty = Annotated[str, line(min_length=1)]
#: -1: the scan did not count the rows.
Rows = Annotated[int, whole(ge=-1)]
#: How much of each table was read: a sample of rows, or every row.
ScanMode = Literal["sample", "full"]

#: Names read from files (headers, sheets, paths) as the report holds them (U+FFFD for a
#: control character): the scanner's reports always pass the rules they are read with.
shown = made_single_line


class _Report(BaseModel):
    """Reports may grow fields: unknown ones are ignored, known ones are checked. The schema of
    what is written (serialization) requires every field: the scanner always writes them all."""

    model_config = ConfigDict(extra="ignore", json_schema_serialization_defaults_required=True)


class ColumnReport(_Report):
    """One column of a table and the PI type it holds (``pi_type`` is None when none)."""

    name: NonEmpty
    pi_type: Line | None = None
    confidence: float = 0.0
    #: Cells that hold a valid value of ``pi_type`` (whole cell).
    matches: Count = 0
    #: Cells examined (rows sampled, or every row with ``--full``).
    sampled: Count = 0
    non_empty: Count = 0
    sensitive: Flag = False
    examples_masked: list[Line] = Field(default_factory=list)
    #: The type identifies a person (``cn_uscc`` does not). Reports older than this field are
    #: read with ``is_pi`` true for a typed column (:meth:`_older_reports`).
    is_pi: Flag = False
    header_hint: Line | None = None
    #: Resident IDs of persons under 14 on ``as_of`` (sensitive whatever the column type).
    minors: Count = 0
    #: Findings inside free text (and stray values of other types) in this column.
    findings_by_type: dict[Line, Count] = Field(default_factory=dict)
    #: Why the column has its type (or none): the header words and value evidence, in words.
    reason: Text = ""
    #: The same, structured: ``header`` (the hint word, or null), ``header_exact``, ``values``
    #: (validated, model, vocabulary, shape, ages) and ``share`` of non-empty values.
    evidence: dict[str, Any] | None = None

    @model_validator(mode="before")
    @classmethod
    def _older_reports(cls, data: Any) -> Any:
        """A report written before ``is_pi`` existed (or with it null): a typed column counts as
        PI, as the register import always read it."""
        if isinstance(data, dict) and data.get("is_pi") is None:
            return {**data, "is_pi": bool(data.get("pi_type"))}
        return data


class FileReport(_Report):
    """One scanned unit: a file, a sheet of a workbook or a database table."""

    path: NonEmpty
    kind: Line
    encoding: Line | None = None
    #: Data rows; -1 when unknown. ``rows_estimated`` says it was not counted exactly.
    rows: Rows = -1
    rows_estimated: Flag = False
    table: Line | None = None
    mode: ScanMode = "sample"
    columns: list[ColumnReport] = Field(default_factory=list)
    findings_by_type: dict[Line, Count] = Field(default_factory=dict)
    examples_masked: dict[Line, list[Line]] = Field(default_factory=dict)
    minors: Count = 0
    sensitive_types: list[Line] = Field(default_factory=list)
    #: The dataset's PI categories (GB/T 35273-2020 Annex A ids) and its data grade per GB/T
    #: 43697-2024 (``piplkit.assess.rules.data_grading``: grade, basis, reasons and the facts the
    #: scan cannot see that could raise it, each cited).
    categories: list[Line] = Field(default_factory=list)
    grading: dict[str, Any] | None = None
    warnings: list[Text] = Field(default_factory=list)
    seconds: float = 0.0


class ScanError(_Report):
    """A source that could not be scanned (message masked, naming the file or table)."""

    path: Line
    message: Text


class Summary(_Report):
    """Totals over the files (:func:`summarise`). A report read without one (hand-made, or cut
    down) has zeros here: the register import reads the files only."""

    files_scanned: Count = 0
    files_failed: Count = 0
    tables_scanned: Count = 0
    pi_columns: Count = 0
    #: Scanned units (tables, files) that hold sensitive PI, minors' PI, and by data grade.
    datasets_with_sensitive_pi: Count = 0
    datasets_with_minors_pi: Count = 0
    datasets_by_grade: dict[Line, Count] = Field(default_factory=dict)
    totals_by_type: dict[Line, Count] = Field(default_factory=dict)
    sensitive_by_type: dict[Line, Count] = Field(default_factory=dict)
    sensitive_total: Count = 0
    minors: Count = 0
    errors: list[ScanError] = Field(default_factory=list)


class ScanReport(_Report):
    """What ``piplkit scan --format json`` writes and the register import reads."""

    as_of: Day
    mode: ScanMode = "sample"
    sample_rows: Count = 0
    files: list[FileReport]
    summary: Summary = Field(default_factory=Summary)

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
