"""Re-identification risk of a table: k-anonymity and l-diversity over quasi-identifiers.

Records that share every quasi-identifier value form an equivalence class. A table is k-anonymous
when every class holds at least k records (an attacker who knows someone's quasi-identifiers
cannot narrow them below k records), and (distinct) l-diverse for a sensitive column when every
class holds at least l distinct sensitive values (knowing the class does not reveal the value).
GB/T 37964 names the K-anonymity model among its de-identification models (annex, unverified
numbering). The group-by runs in Arrow, so a table of millions of rows is assessed in seconds.

Report rows name classes by masked quasi-identifier values and records by row number only.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc

from piplkit.discover.detect.masking import mask_middle

ROW = "__row__"
_NULL = "∅"
#: Classes and rows listed in a report; the counts always cover everything.
MAX_CLASSES_SHOWN = 20
MAX_ROWS_SHOWN = 50


@dataclass(slots=True)
class RiskClass:
    """An equivalence class below the target k or l (values masked)."""

    values: dict[str, str]
    size: int
    distinct_sensitive: int | None
    rows: list[int]


@dataclass(slots=True)
class RiskReport:
    records: int
    quasi_identifiers: list[str]
    sensitive: str | None
    k_target: int
    l_target: int | None
    classes: int = 0
    k_achieved: int = 0
    l_achieved: int | None = None
    classes_below_k: int = 0
    records_below_k: int = 0
    classes_below_l: int = 0
    #: Prosecutor-model risks: the worst record's (1 / smallest class) and the average (classes /
    #: records), as in common practice.
    max_risk: float = 0.0
    average_risk: float = 0.0
    violations: list[RiskClass] = field(default_factory=list)

    @property
    def satisfies_k(self) -> bool:
        return self.records == 0 or self.k_achieved >= self.k_target

    @property
    def satisfies_l(self) -> bool | None:
        if self.l_target is None or self.l_achieved is None:
            return None
        return self.records == 0 or self.l_achieved >= self.l_target

    def to_dict(self) -> dict[str, Any]:
        return {
            "records": self.records,
            "quasi_identifiers": self.quasi_identifiers,
            "sensitive": self.sensitive,
            "k_target": self.k_target,
            "k_achieved": self.k_achieved,
            "satisfies_k": self.satisfies_k,
            "l_target": self.l_target,
            "l_achieved": self.l_achieved,
            "satisfies_l": self.satisfies_l,
            "classes": self.classes,
            "classes_below_k": self.classes_below_k,
            "records_below_k": self.records_below_k,
            "classes_below_l": self.classes_below_l,
            "max_risk": round(self.max_risk, 6),
            "average_risk": round(self.average_risk, 6),
            "violations": [
                {
                    "values": c.values,
                    "size": c.size,
                    "distinct_sensitive": c.distinct_sensitive,
                    "rows": c.rows,
                }
                for c in self.violations
            ],
        }


def assess(
    table: pa.Table,
    quasi_identifiers: list[str],
    *,
    k: int = 5,
    sensitive: str | None = None,
    l_target: int | None = None,
) -> RiskReport:
    """Assess ``table`` (QI columns, optional sensitive column and a ``__row__`` row number)."""
    if k < 1:
        raise ValueError("k must be at least 1")
    if l_target is not None and sensitive is None:
        raise ValueError("l-diversity needs a sensitive column")
    if sensitive is not None and l_target is None:
        l_target = 2
    report = RiskReport(table.num_rows, list(quasi_identifiers), sensitive, k, l_target)
    if table.num_rows == 0:
        return report
    keys = normalise(table, quasi_identifiers, sensitive)
    aggregations: list[tuple[Any, ...]] = [([], "count_all")]
    if sensitive is not None:
        aggregations.append((sensitive, "count_distinct", pc.CountOptions(mode="only_valid")))
    classes = keys.group_by(quasi_identifiers).aggregate(aggregations)
    sizes = classes.column("count_all")
    report.classes = classes.num_rows
    report.k_achieved = pc.min(sizes).as_py()
    report.max_risk = 1.0 / report.k_achieved
    report.average_risk = report.classes / report.records
    small = pc.less(sizes, k)
    report.classes_below_k = pc.sum(small).as_py() or 0
    report.records_below_k = pc.sum(pc.if_else(small, sizes, 0)).as_py() or 0
    bad = small
    if sensitive is not None:
        diversity = classes.column(f"{sensitive}_count_distinct")
        report.l_achieved = pc.min(diversity).as_py()
        low = pc.less(diversity, l_target)
        report.classes_below_l = pc.sum(low).as_py() or 0
        bad = pc.or_(small, low)
    report.violations = _violations(keys, classes.filter(bad), quasi_identifiers, sensitive)
    return report


def normalise(table: pa.Table, qi: list[str], sensitive: str | None) -> pa.Table:
    """QI columns as non-null strings (nulls form one class of their own) plus row numbers."""
    missing = [c for c in [*qi, *([sensitive] if sensitive else [])] if c not in table.column_names]
    if missing:
        known = ", ".join(table.column_names)
        raise KeyError(f"column(s) not in the table: {', '.join(missing)}; columns: {known}")
    columns = {c: pc.fill_null(pc.cast(table.column(c), pa.string()), _NULL) for c in qi}
    if sensitive is not None:
        columns[sensitive] = pc.cast(table.column(sensitive), pa.string())
    if ROW in table.column_names:
        columns[ROW] = table.column(ROW)
    else:
        columns[ROW] = pa.array(range(1, table.num_rows + 1), type=pa.int64())
    return pa.table(columns)


def _violations(
    keys: pa.Table, bad: pa.Table, qi: list[str], sensitive: str | None
) -> list[RiskClass]:
    if bad.num_rows == 0:
        return []
    ordered = bad.sort_by([("count_all", "ascending")]).slice(0, MAX_CLASSES_SHOWN)
    members = keys.select([*qi, ROW]).join(ordered.select(qi), keys=qi, join_type="inner")
    rows_by_class: dict[tuple[str, ...], list[int]] = {}
    for record in members.sort_by([(ROW, "ascending")]).to_pylist():
        bucket = rows_by_class.setdefault(tuple(record[c] for c in qi), [])
        if len(bucket) < MAX_ROWS_SHOWN:
            bucket.append(record[ROW])
    out = []
    for record in ordered.to_pylist():
        key = tuple(record[c] for c in qi)
        out.append(
            RiskClass(
                values={c: _masked(record[c]) for c in qi},
                size=record["count_all"],
                distinct_sensitive=record.get(f"{sensitive}_count_distinct") if sensitive else None,
                rows=rows_by_class.get(key, []),
            )
        )
    return out


def _masked(value: str) -> str:
    """Quasi-identifier values are shown masked: enough to see the shape, not the person."""
    return value if value == _NULL else mask_middle(value, 2, 1)
