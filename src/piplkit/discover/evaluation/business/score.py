"""Score the scan column classifier on the business-table set.

Every file goes through :func:`piplkit.discover.scan.scan` in sampling mode, exactly as a user's
file would (encoding sniffing, sheet detection and all), in one scan call. Each gold column is then
matched to the reported column of the same header (exact, then with surrounding whitespace removed,
then by position when the table has as many reported columns as gold ones) and three numbers are
computed:

* **type accuracy** — reported ``pi_type`` equals the gold type (``None`` = not PI);
* **sensitivity accuracy** — reported ``sensitive`` equals the gold sensitivity, which is
  computed now, from the PI catalogue as of the evaluation date, OR'd with "holds the resident
  ID or birth date of someone under 14 on that date" (PIPL Art. 28); columns whose gold type the
  catalogue does not know yet are counted apart, not guessed;
* **non-PI reported as PI** — gold non-PI columns (``None`` or a catalogue type with
  ``is_pi: false`` such as ``cn_uscc``) whose report says ``is_pi``.

Reports name files, sheets and headers only, never a cell value.
"""

from __future__ import annotations

import time
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from piplkit.discover.evaluation.business.build import AGE_TYPES
from piplkit.discover.evaluation.business.generate import load_manifest

#: Floors of issue 11 ("Quality and speed").
FLOORS: dict[str, tuple[str, float]] = {
    "type_accuracy": (">=", 0.97),
    "sensitivity_accuracy": (">=", 0.98),
    "non_pi_reported_as_pi": ("<=", 0.02),
}
NOT_REPORTED = "<column not reported>"


@dataclass(frozen=True, slots=True)
class ReportedColumn:
    name: str
    pi_type: str | None
    sensitive: bool
    is_pi: bool


@dataclass(frozen=True, slots=True)
class ReportedTable:
    path: str
    #: Sheet name for workbooks, ``None`` for single-table files.
    table: str | None
    encoding: str | None
    columns: tuple[ReportedColumn, ...]


#: ``classify(paths) -> (tables, {path: error message})``: the scanner seen from the scorer.
ClassifyFn = Callable[[list[Path]], tuple[list[ReportedTable], dict[str, str]]]


def scan_classifier(as_of: date, sample_rows: int | None = None) -> ClassifyFn:
    """A :data:`ClassifyFn` backed by :func:`piplkit.discover.scan.scan` (sampling mode, one
    process)."""
    from piplkit.discover.scan import ScanOptions, scan

    kwargs: dict[str, Any] = {"as_of": as_of, "jobs": 1}
    if sample_rows is not None:
        kwargs["sample_rows"] = sample_rows
    options = ScanOptions(**kwargs)

    def classify(paths: list[Path]) -> tuple[list[ReportedTable], dict[str, str]]:
        report = scan([str(p) for p in paths], options)
        tables = [
            ReportedTable(
                f.path,
                f.table,
                f.encoding,
                tuple(ReportedColumn(c.name, c.pi_type, c.sensitive, c.is_pi) for c in f.columns),
            )
            for f in report.files
        ]
        errors = {e.path.split("#", 1)[0]: e.message for e in report.summary.errors}
        return tables, errors

    return classify


def catalogue_lookup(as_of: date) -> Callable[[str], tuple[bool, bool] | None]:
    """``type id -> (is_pi, sensitive)`` from the PI catalogue as of ``as_of``; None if unknown.

    The one place that reads the catalogue: sensitivity is the type's reading on the
    evaluation date, as the scan report reads it.
    """
    from piplkit.assess.law.pi_types import load_catalogue

    catalogue = load_catalogue()

    def lookup(type_id: str) -> tuple[bool, bool] | None:
        entry = catalogue.types.get(type_id)
        if entry is None:
            return None
        reading = entry.sensitivity_on(as_of)
        return bool(entry.is_pi), bool(reading and reading.sensitive)

    return lookup


def minor_age() -> int:
    from piplkit.assess.law.pi_types import load_catalogue

    return load_catalogue().minor_age


def holds_minor(youngest_birth: str | None, as_of: date, age: int) -> bool:
    """Someone in the column is under ``age`` on ``as_of`` (the youngest decides)."""
    if not youngest_birth:
        return False
    born = date.fromisoformat(youngest_birth)
    try:
        birthday = born.replace(year=born.year + age)
    except ValueError:  # 29 February
        birthday = date(born.year + age, 3, 1)
    return as_of < birthday


class _Tally:
    """Counts of one breakdown cell (a domain, a header style, a format …)."""

    __slots__ = ("columns", "correct", "non_pi", "non_pi_as_pi", "sens_correct", "sens_known")

    def __init__(self) -> None:
        self.columns = self.correct = self.sens_known = self.sens_correct = 0
        self.non_pi = self.non_pi_as_pi = 0

    def to_dict(self) -> dict[str, Any]:
        return {
            "columns": self.columns,
            "type_accuracy": _ratio(self.correct, self.columns),
            "sensitivity_accuracy": _ratio(self.sens_correct, self.sens_known),
            "non_pi_columns": self.non_pi,
            "non_pi_reported_as_pi": _ratio(self.non_pi_as_pi, self.non_pi),
        }


def _ratio(part: int, whole: int) -> float | None:
    return round(part / whole, 4) if whole else None


def _match(
    gold_cols: list[dict[str, Any]], reported: ReportedTable | None, how: Counter[str]
) -> list[ReportedColumn | None]:
    """The reported column of each gold column: same header, same header stripped of
    surrounding whitespace, or (when widths agree) the same position; counts how in ``how``."""
    if reported is None:
        how["table not reported"] += len(gold_cols)
        return [None] * len(gold_cols)
    exact = {c.name: c for c in reported.columns}
    stripped = {c.name.strip(): c for c in reported.columns}
    same_width = len(reported.columns) == len(gold_cols)
    out: list[ReportedColumn | None] = []
    for col in gold_cols:
        header = col["header"]
        found, way = exact.get(header), "exact header"
        if found is None:
            found, way = stripped.get(header.strip()), "header without surrounding spaces"
        if found is None and same_width:
            found, way = reported.columns[col["position"]], "position"
        how[way if found is not None else "not reported"] += 1
        out.append(found)
    return out


Lookup = Callable[[str], tuple[bool, bool] | None]


class _Scoring:
    """Accumulates the judgement of every gold column; :meth:`result` is the report dict."""

    def __init__(self, as_of: date, lookup: Lookup, age: int, max_errors: int) -> None:
        self.as_of, self.lookup, self.age, self.max_errors = as_of, lookup, age, max_errors
        self.total = _Tally()
        self.breakdown: dict[str, dict[str, _Tally]] = defaultdict(lambda: defaultdict(_Tally))
        self.per_type: dict[str, Counter[str]] = defaultdict(Counter)
        self.confusion: Counter[tuple[str | None, str | None]] = Counter()
        self.unknown_types: Counter[str] = Counter()
        self.errors: list[dict[str, Any]] = []
        self.minors: Counter[str] = Counter()
        self.encodings: Counter[str] = Counter()
        self.matched_by: Counter[str] = Counter()

    def table(self, table: dict[str, Any], rep: ReportedTable | None) -> None:
        if table["encoding"] and rep is not None:
            self.encodings["tables"] += 1
            self.encodings["right"] += _same_encoding(rep.encoding, table["encoding"])
        matched = _match(table["columns"], rep, self.matched_by)
        for col, got in zip(table["columns"], matched, strict=True):
            self.column(table, col, got)

    def gold_of(self, col: dict[str, Any]) -> tuple[bool, bool | None, bool]:
        """``(gold is PI, gold sensitive or None when unknown, holds a minor)``."""
        gold = col["gold"]
        known = self.lookup(gold) if gold else (False, False)
        if gold and known is None:
            self.unknown_types[gold] += 1
        minor = gold in AGE_TYPES and holds_minor(col["youngest_birth"], self.as_of, self.age)
        sensitive = True if minor else (known[1] if known else None)
        return (known[0] if known else True), sensitive, minor

    def column(
        self, table: dict[str, Any], col: dict[str, Any], got: ReportedColumn | None
    ) -> None:
        gold = col["gold"]
        gold_is_pi, gold_sensitive, minor = self.gold_of(col)
        right = got is not None and got.pi_type == gold
        sens_right = (
            got is not None and gold_sensitive is not None and got.sensitive == gold_sensitive
        )
        cells = (
            self.total,
            self.breakdown["domain"][table["domain"]],
            self.breakdown["style"][col["style"]],
            self.breakdown["format"][table["format"]],
        )
        for cell in cells:
            cell.columns += 1
            cell.correct += right
            if gold_sensitive is not None:
                cell.sens_known += 1
                cell.sens_correct += sens_right
            if not gold_is_pi:
                cell.non_pi += 1
                cell.non_pi_as_pi += bool(got and got.is_pi)
        self.per_type[gold or "None"]["gold"] += 1
        self.per_type[gold or "None"]["correct"] += right
        if got is not None:
            self.per_type[got.pi_type or "None"]["predicted"] += 1
        if minor:
            self.minors["columns"] += 1
            self.minors["reported_sensitive"] += bool(got and got.sensitive)
        if right and (gold_sensitive is None or sens_right):
            return
        predicted = got.pi_type if got else NOT_REPORTED
        if not right:
            self.confusion[(gold, predicted)] += 1
        if len(self.errors) < self.max_errors:
            self.errors.append({
                "file": table["file"], "sheet": table["sheet"], "column": col["header"],
                "domain": table["domain"], "style": col["style"], "gold": gold,
                "predicted": predicted, "gold_sensitive": gold_sensitive,
                "reported_sensitive": got.sensitive if got else None,
                "problem": "type" if not right else "sensitivity",
            })  # fmt: skip

    def result(self) -> dict[str, Any]:
        total = self.total
        metrics = {
            "type_accuracy": _ratio(total.correct, total.columns),
            "sensitivity_accuracy": _ratio(total.sens_correct, total.sens_known),
            "non_pi_reported_as_pi": _ratio(total.non_pi_as_pi, total.non_pi),
        }
        return {
            "columns": total.columns,
            "metrics": metrics,
            "floors": {k: {"op": op, "value": v} for k, (op, v) in FLOORS.items()},
            "floors_failed": check_floors(metrics),
            "sensitivity": {
                "columns_with_known_gold": total.sens_known,
                "gold_types_not_in_catalogue": dict(sorted(self.unknown_types.items())),
                "minor_columns": self.minors["columns"],
                "minor_columns_reported_sensitive": self.minors["reported_sensitive"],
            },
            "non_pi_columns": total.non_pi,
            "encodings_detected": f"{self.encodings['right']}/{self.encodings['tables']}",
            "columns_matched_by": dict(self.matched_by.most_common()),
            "by_domain": _dump(self.breakdown["domain"]),
            "by_style": _dump(self.breakdown["style"]),
            "by_format": _dump(self.breakdown["format"]),
            "by_type": _per_type(self.per_type),
            "confusion": [
                {"gold": g, "predicted": p, "count": n}
                for (g, p), n in self.confusion.most_common()
            ],
            "errors": self.errors,
        }


def score_business(
    root: Path,
    *,
    as_of: date,
    classify: ClassifyFn | None = None,
    lookup: Lookup | None = None,
    max_errors: int = 5000,
) -> dict[str, Any]:
    """Score ``classify`` (default: the real scanner) on the set in ``root``; a JSON-able dict.

    ``lookup`` (default: the PI catalogue as of ``as_of``) gives ``(is_pi, sensitive)`` per type.
    """
    manifest = load_manifest(root)
    classify = classify or scan_classifier(as_of)
    scoring = _Scoring(as_of, lookup or catalogue_lookup(as_of), minor_age(), max_errors)
    files = sorted({t["file"] for t in manifest["tables"]})
    began = time.perf_counter()
    reported, file_errors = classify([root / f for f in files])
    seconds = time.perf_counter() - began
    by_key = {(Path(t.path).name, t.table): t for t in reported}
    for table in manifest["tables"]:
        scoring.table(table, by_key.get((Path(table["file"]).name, table["sheet"])))
    return {
        "dataset": str(root),
        "as_of": as_of.isoformat(),
        "seed": manifest.get("seed"),
        "tables": len(manifest["tables"]),
        "files": len(files),
        **scoring.result(),
        "file_errors": file_errors,
        "scan_seconds": round(seconds, 2),
    }


def _dump(cells: dict[str, _Tally]) -> dict[str, dict[str, Any]]:
    return {key: cells[key].to_dict() for key in sorted(cells)}


def _per_type(per_type: dict[str, Counter[str]]) -> dict[str, dict[str, Any]]:
    out = {}
    for type_id in sorted(per_type):
        c = per_type[type_id]
        if not c["gold"] and not c["predicted"]:
            continue
        out[type_id] = {
            "gold": c["gold"],
            "predicted": c["predicted"],
            "correct": c["correct"],
            "recall": _ratio(c["correct"], c["gold"]),
            "precision": _ratio(c["correct"], c["predicted"]),
        }
    return out


def _same_encoding(detected: str | None, expected: str) -> bool:
    norm = (detected or "").lower().replace("_", "-")
    if expected in ("utf-8", "utf-8-sig"):
        return norm in ("utf-8", "utf-8-sig", "ascii")
    return norm in ("gb18030", "gbk", "gb2312")


def check_floors(metrics: dict[str, float | None]) -> list[str]:
    failed = []
    for name, (op, floor) in FLOORS.items():
        value = metrics.get(name)
        ok = value is not None and (value >= floor if op == ">=" else value <= floor)
        if not ok:
            failed.append(f"{name} {value} (floor {op} {floor})")
    return failed
