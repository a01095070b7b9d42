"""Column-type accuracy of the scan package's classifier on the generated tables.

The tables are handed to :func:`piplkit.discover.scan.scan` exactly as a user's CSV would be
(encoding detection included), and the type it reports per column is compared with the gold type.
Listings name files and columns only; no cell value is printed.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from piplkit.discover.evaluation.model import TableSpec

#: ``classify(path) -> (detected encoding, [(column name, type or None), ...])``
ClassifyFn = Callable[[Path], tuple[str | None, list[tuple[str, str | None]]]]


#: Placeholder type for a gold column the scanner did not report under its header.
NOT_REPORTED = "<column not reported>"


class TableScoreError(RuntimeError):
    """The classifier could not read a generated table; the message names the file."""


@dataclass
class TableScore:
    tables: int = 0
    columns: int = 0
    correct: int = 0
    encodings_correct: int = 0
    #: (gold, predicted) → count, for the columns classified wrongly.
    confusion: Counter[tuple[str | None, str | None]] = field(default_factory=Counter)
    errors: list[dict[str, Any]] = field(default_factory=list)

    @property
    def accuracy(self) -> float:
        return self.correct / self.columns if self.columns else 0.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "tables": self.tables,
            "columns": self.columns,
            "correct": self.correct,
            "accuracy": round(self.accuracy, 4),
            "encodings_detected": f"{self.encodings_correct}/{self.tables}",
            "confusion": [
                {"gold": g, "predicted": p, "count": n}
                for (g, p), n in self.confusion.most_common()
            ],
            "errors": self.errors,
        }


def scan_classifier(as_of: date | None = None, sample_rows: int | None = None) -> ClassifyFn:
    """A :data:`ClassifyFn` backed by :func:`piplkit.discover.scan.scan` in sampling mode."""
    from piplkit.discover.scan import ScanOptions, scan

    kwargs: dict[str, Any] = {"jobs": 1}
    if as_of is not None:
        kwargs["as_of"] = as_of
    if sample_rows is not None:
        kwargs["sample_rows"] = sample_rows
    options = ScanOptions(**kwargs)

    def classify(path: Path) -> tuple[str | None, list[tuple[str, str | None]]]:
        report = scan([str(path)], options)
        if report.summary.errors:
            raise TableScoreError(f"{path}: {report.summary.errors[0].message}")
        if not report.files:
            raise TableScoreError(f"{path}: the scanner returned no table")
        found = report.files[0]
        return found.encoding, [(c.name, c.pi_type) for c in found.columns]

    return classify


def _same_encoding(detected: str | None, expected: str) -> bool:
    norm = (detected or "").lower().replace("_", "-")
    if expected == "utf-8":
        return norm in ("utf-8", "utf-8-sig", "ascii")
    return norm in ("gb18030", "gbk", "gb2312")


def score_tables(root: Path, specs: list[TableSpec], classify: ClassifyFn) -> TableScore:
    score = TableScore()
    for spec in specs:
        path = root / spec.file
        if not path.is_file():
            raise TableScoreError(f"{path}: table listed in tables.jsonl is missing")
        encoding, predicted = classify(path)
        score.tables += 1
        if _same_encoding(encoding, spec.encoding):
            score.encodings_correct += 1
        else:
            score.errors.append(
                {"file": spec.file, "problem": f"encoding read as {encoding}, not {spec.encoding}"}
            )
        by_name = dict(predicted)
        for name, gold in spec.columns:
            score.columns += 1
            if name not in by_name:
                # A header the scanner read differently (wrong encoding, say) is a miss too.
                score.confusion[(gold, NOT_REPORTED)] += 1
                score.errors.append(
                    {"file": spec.file, "column": name, "gold": gold, "predicted": NOT_REPORTED}
                )
                continue
            got = by_name[name]
            if got == gold:
                score.correct += 1
                continue
            score.confusion[(gold, got)] += 1
            score.errors.append({"file": spec.file, "column": name, "gold": gold, "predicted": got})
    return score
