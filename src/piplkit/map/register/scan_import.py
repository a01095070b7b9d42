"""Turn a ``piplkit scan --format json`` report into datasets and columns.

A dataset per scanned table, named by its path (plus ``#table`` for a sheet or database table).
Re-importing updates what the scan knows (source, kind, rows, date, sensitivity, columns) and
keeps what people added (grade, system, description), so importing twice never duplicates.

The report is read with the scanner's own model (:class:`piplkit.discover.scan.report.ScanReport`),
so what the scanner writes and what the register reads have one definition: unknown fields are
ignored, fields older reports lack take defaults, and every string keeps the input rules.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from piplkit.discover.scan.report import FileReport, ScanReport
from piplkit.map.register.audit import record_event
from piplkit.map.register.enums import Grade, Sensitivity
from piplkit.map.register.errors import InvalidInputError
from piplkit.map.register.models import NAME_LENGTH, Dataset
from piplkit.map.register.repository import datasets, set_columns, systems
from piplkit.map.register.schemas import ColumnIn, validate


@dataclass(frozen=True, slots=True)
class ImportSummary:
    created: tuple[str, ...]
    updated: tuple[str, ...]
    columns: int
    pi_columns: int


def load_report(path: Path) -> ScanReport:
    """Read and validate a scan report; errors name the file and the field."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise InvalidInputError(f"{path}: cannot read ({exc.strerror})") from None
    except UnicodeDecodeError:
        raise InvalidInputError(f"{path}: not UTF-8 text (expected scan JSON)") from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InvalidInputError(
            f"{path}: not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})"
        ) from None
    if not isinstance(data, dict) or "files" not in data:
        raise InvalidInputError(
            f"{path}: not a scan report (expected an object with 'as_of' and 'files'; "
            "make one with `piplkit scan --format json`)"
        )
    return validate(ScanReport, data, str(path))


def dataset_name(entry: FileReport) -> str:
    return f"{entry.path}#{entry.table}" if entry.table else entry.path


def _sensitivity(entry: FileReport) -> Sensitivity:
    if entry.minors or entry.sensitive_types or any(c.sensitive or c.minors for c in entry.columns):
        return Sensitivity.SENSITIVE
    if any(c.pi_type and c.is_pi is not False for c in entry.columns):
        return Sensitivity.PI
    return Sensitivity.NONE


_GRADE_RANK = {Grade.GENERAL: 0, Grade.IMPORTANT: 1, Grade.CORE: 2}


def _carry_grade(dataset: Dataset, entry: FileReport, *, is_new: bool) -> None:
    """A new dataset takes the scan's grade; an existing one keeps a grade people set higher
    (GB/T 43697-2024: where gradings differ, the higher prevails), and takes the scan's when
    it is higher."""
    scanned = (entry.grading or {}).get("grade")
    if scanned not in {g.value for g in Grade}:
        return
    grade = Grade(scanned)
    current = dataset.grade
    if is_new or current is None or _GRADE_RANK[grade] > _GRADE_RANK[Grade(current)]:
        dataset.grade = grade


def _columns(entry: FileReport, where: str) -> list[ColumnIn]:
    out: list[ColumnIn] = []
    for i, col in enumerate(entry.columns):
        data: dict[str, Any] = {
            "name": col.name[:NAME_LENGTH],
            "pi_type": col.pi_type,
            "sensitive": bool(col.sensitive or col.minors),
            "confidence": min(max(col.confidence, 0.0), 1.0),
            "matches": col.matches,
            "sampled": col.sampled,
            "examples_masked": list(col.examples_masked),
        }
        out.append(validate(ColumnIn, data, f"{where}.columns[{i}]"))
    return out


def import_scan(
    session: Session, report: ScanReport, *, system: str | None = None, source: str = ""
) -> ImportSummary:
    """Create or update one dataset per scanned table (inside the caller's transaction)."""
    target_system = systems.get(session, system) if system else None
    created: list[str] = []
    updated: list[str] = []
    n_columns = 0
    n_pi = 0
    seen: set[str] = set()
    for index, entry in enumerate(report.files):
        where = f"files[{index}]"
        name = dataset_name(entry)
        if len(name) > NAME_LENGTH:
            raise InvalidInputError(
                f"{where}.path: dataset name longer than {NAME_LENGTH} characters"
            )
        if name in seen:
            raise InvalidInputError(f"{where}: the report lists {name!r} twice")
        seen.add(name)
        columns = _columns(entry, where)
        dataset: Dataset | None = datasets.find(session, name)
        if dataset is None:
            dataset = Dataset(name=name)
            session.add(dataset)
            created.append(name)
        else:
            updated.append(name)
        dataset.source = entry.path
        dataset.kind = entry.kind
        dataset.rows = entry.rows if entry.rows >= 0 else None
        dataset.scanned_on = report.as_of
        dataset.sensitivity = _sensitivity(entry)
        dataset.categories = list(entry.categories)
        dataset.minors = entry.minors
        dataset.grading = entry.grading
        _carry_grade(dataset, entry, is_new=name in created)
        if target_system is not None:
            dataset.system = target_system
        set_columns(session, dataset, columns)
        session.flush()
        n_columns += len(columns)
        n_pi += sum(1 for c in columns if c.pi_type)
    record_event(
        session,
        "import_scan",
        "dataset",
        None,
        {"source": source, "as_of": report.as_of, "created": created, "updated": updated},
    )
    return ImportSummary(tuple(created), tuple(updated), n_columns, n_pi)
