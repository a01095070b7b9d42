"""k-anonymity and l-diversity over quasi-identifiers, and the classes that break them."""

from __future__ import annotations

import pyarrow as pa
import pytest

from piplkit.protect.deid.risk import assess


def _table() -> pa.Table:
    # Classes over (age, city): (30-39, 深圳) x3, (40-49, 广州) x2, (20-29, 北京) x1,
    # (null, 深圳) x1.
    return pa.table(
        {
            "age": ["30-39", "30-39", "30-39", "40-49", "40-49", "20-29", None],
            "city": ["深圳", "深圳", "深圳", "广州", "广州", "北京", "深圳"],
            "disease": ["flu", "flu", "cold", "flu", "flu", "asthma", "flu"],
        }
    )


def test_k_anonymity_and_violating_rows() -> None:
    report = assess(_table(), ["age", "city"], k=2)
    assert (report.records, report.classes, report.k_achieved) == (7, 4, 1)
    assert (report.classes_below_k, report.records_below_k) == (2, 2)
    assert not report.satisfies_k
    assert sorted(r for c in report.violations for r in c.rows) == [6, 7]
    assert report.max_risk == 1.0 and report.average_risk == pytest.approx(4 / 7)


def test_l_diversity_finds_homogeneous_classes() -> None:
    report = assess(_table(), ["age", "city"], k=1, sensitive="disease", l_target=2)
    assert report.satisfies_k and report.l_achieved == 1 and report.satisfies_l is False
    assert report.classes_below_l == 3  # (40-49, 广州) all flu, and the two singletons
    sizes = sorted(c.size for c in report.violations)
    assert sizes == [1, 1, 2]


def test_violations_show_masked_values_only() -> None:
    report = assess(_table(), ["age", "city"], k=3)
    shown = {v for c in report.violations for v in c.values.values()}
    assert "40-49" not in shown and "广州" not in shown
    assert report.to_dict()["violations"][0]["rows"]


def test_meets_target_and_empty_tables() -> None:
    table = pa.table({"a": ["x"] * 5 + ["y"] * 5})
    report = assess(table, ["a"], k=5)
    assert report.satisfies_k and report.violations == []
    assert assess(table.slice(0, 0), ["a"], k=5).satisfies_k


def test_unknown_columns_are_named() -> None:
    with pytest.raises(KeyError, match="nope"):
        assess(_table(), ["nope"], k=2)
