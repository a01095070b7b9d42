"""A column's sensitivity comes from the PI catalogue; a person may change it only where the
catalogue leaves a choice (a child's PI, national readings that disagree, no type)."""

from __future__ import annotations

import datetime as dt

import pytest

from piplkit.assess.law.column_sensitivity import Choice, Reason, column_sensitivity
from piplkit.assess.law.pi_types import load_catalogue

TODAY = dt.date(2026, 6, 1)


@pytest.mark.parametrize(
    ("type_id", "default", "choice", "reason"),
    [
        ("bank_card", True, Choice.FIXED, Reason.SENSITIVE),  # GB/T 45574 agrees: no choice
        ("cn_resident_id", True, Choice.EITHER, Reason.READINGS_DIFFER),
        ("cn_mobile", False, Choice.RAISE, Reason.MINORS),
        ("cn_uscc", False, Choice.FIXED, Reason.NOT_PI),
        (None, False, Choice.EITHER, Reason.UNTYPED),
        ("no_such_type", False, Choice.EITHER, Reason.UNTYPED),
    ],
)
def test_the_catalogue_decides(
    type_id: str | None, default: bool, choice: Choice, reason: Reason
) -> None:
    rule = column_sensitivity(load_catalogue(), type_id, TODAY)
    assert (rule.default, rule.choice, rule.reason) == (default, choice, reason)


def test_disagreeing_readings_count_from_their_own_date() -> None:
    cat = load_catalogue()
    before = column_sensitivity(cat, "cn_resident_id", dt.date(2024, 9, 17))
    assert (before.choice, before.reason) == (Choice.FIXED, Reason.SENSITIVE)
    after = column_sensitivity(cat, "cn_resident_id", dt.date(2024, 9, 18))
    assert after.readings == ("tc260_spi_guide_2024",)
    later = column_sensitivity(cat, "cn_resident_id", dt.date(2025, 11, 1))
    assert later.readings == ("tc260_spi_guide_2024", "gbt_45574_2025")


def test_no_reading_before_the_catalogue_begins() -> None:
    rule = column_sensitivity(load_catalogue(), "cn_mobile", dt.date(2019, 1, 1))
    assert (rule.choice, rule.reason) == (Choice.EITHER, Reason.NO_READING)


def test_settle_keeps_the_catalogue_where_it_leaves_no_choice() -> None:
    cat = load_catalogue()
    fixed = column_sensitivity(cat, "bank_card", TODAY)
    assert fixed.settle(False) is True  # a locked box is not posted: the catalogue's value
    assert fixed.settle(True) is True
    raise_only = column_sensitivity(cat, "cn_mobile", TODAY)
    assert raise_only.settle(True) is True and raise_only.settle(False) is False
    either = column_sensitivity(cat, "cn_resident_id", TODAY)
    assert either.settle(False) is False and either.settle(True) is True
    not_pi = column_sensitivity(cat, "cn_uscc", TODAY)
    assert not_pi.settle(False) is False
    assert not_pi.settle(True) is None  # refused: not personal information
