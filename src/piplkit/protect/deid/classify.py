"""Which PI type does each column of a table hold? The scanner's column classifier, on a sample.

De-identification asks the same question as ``piplkit scan`` and must get the same answer: a
column the scan reports as ``cn_mobile`` is a phone column to ``piplkit deid`` too, and then the
phone rule applies to every non-empty cell of it, including cells the phone recognizer rejects
(numbers in data-only segments, typos, ``+86`` written oddly). Span detection alone would copy
those through unchanged. The classifier is called through ``scan_table``, its public entry point,
on the first rows of the table, so improvements to the classifier reach de-identification too.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from piplkit.discover.detect import Detector
    from piplkit.discover.scan.tables import Row

#: Rows of the head of a table that the classifier reads: the scanner's default sample
#: (``scan.options.DEFAULT_SAMPLE_ROWS``, held equal by a test; not imported, because importing
#: the scanner package loads its database and report modules).
SAMPLE_ROWS = 1000
#: Score threshold of the classifier's detector (the scanner's cell threshold).
CELL_MIN_SCORE = 0.3


@dataclass(frozen=True, slots=True)
class ColumnClass:
    """A column's PI type as the classifier decided it, with its confidence (0–1)."""

    type_id: str
    confidence: float


def classifier_detector(as_of: dt.date) -> Detector:
    """Every recognizer, as the scanner uses them on cells (built once per process and date,
    and again after custom types are installed)."""
    from piplkit.discover.detect.registry import default_registry

    return _classifier_detector(as_of, default_registry().version)


@cache
def _classifier_detector(as_of: dt.date, _version: int) -> Detector:
    from piplkit.discover.detect import Detector

    return Detector(None, as_of=as_of, min_score=CELL_MIN_SCORE)


def classify_columns(
    columns: Sequence[str],
    rows: Sequence[Sequence[Any]],
    *,
    as_of: dt.date,
    detector: Detector | None = None,
) -> dict[str, ColumnClass]:
    """The PI type of each column that the classifier can name, from sample ``rows``.

    Cells may be any value a reader yields (text, numbers, dates); they are read as the scanner
    reads them. A column named twice keeps the first decision.
    """
    # The scanner is imported here: a run whose columns are all declared never loads it.
    from piplkit.discover.scan.options import ScanOptions
    from piplkit.discover.scan.progress import NoProgress
    from piplkit.discover.scan.table_scan import scan_table
    from piplkit.discover.scan.tables import Table

    names = [str(c) for c in columns]
    width = len(names)
    sample: list[Row] = [_row(r, width) for r in rows[:SAMPLE_ROWS]]
    if not names or not sample:
        return {}

    def read(limit: int | None) -> Iterator[list[Row]]:
        yield sample if limit is None else sample[:limit]

    table = Table(path="(sample)", kind="table", columns=names, read=read)
    options = ScanOptions(as_of=as_of, sample_rows=len(sample), jobs=1)
    report = scan_table(table, options, detector or classifier_detector(as_of), NoProgress())
    found: dict[str, ColumnClass] = {}
    for column in report.columns:
        if column.pi_type and column.name not in found:
            found[column.name] = ColumnClass(column.pi_type, column.confidence)
    return found


def _row(values: Sequence[Any], width: int) -> Row:
    from piplkit.discover.scan.tables import to_cell

    cells = [to_cell(v) for v in list(values)[:width]]
    return cells + [None] * (width - len(cells))
