"""Generalisation levels for the catalogue types: dates in any writing, coordinates, measurement
ranges, amounts by magnitude, categories; and the policy checks that go with them."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from piplkit.protect.deid import Deidentifier, PolicyError, default_policy
from piplkit.protect.deid.categories import CATEGORY_TYPES, _raw
from piplkit.protect.deid.dates import DateParts, date_parts
from piplkit.protect.deid.generalize import generalize
from piplkit.protect.deid.geo import generalize_coordinates
from piplkit.protect.deid.numbers import generalize_magnitude, generalize_ranges, parse_amount
from piplkit.protect.deid.policy import GeneralizeRule, policy_from_text

from .conftest import AS_OF


def _rule(**body: object) -> GeneralizeRule:
    return GeneralizeRule.model_validate({"op": "generalize", **body})


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        ("1990-05-06", (1990, 5, 6)),
        ("1990/5/6 00:00:00", (1990, 5, 6)),
        ("1990-05-06T08:30:00Z", (1990, 5, 6)),
        ("1990.5.6", (1990, 5, 6)),
        ("19900506", (1990, 5, 6)),
        ("1990年5月6日", (1990, 5, 6)),
        ("1990 年 5 月 6 日", (1990, 5, 6)),
        ("１９９０－０５－０６", (1990, 5, 6)),
        ("一九九〇年五月六日", (1990, 5, 6)),
        ("二〇〇一年十二月三十一日", (2001, 12, 31)),
        ("1990年5月", (1990, 5, None)),
        ("1990-05", (1990, 5, None)),
        ("199005", (1990, 5, None)),
        ("1990年", (1990, None, None)),
        ("1990", (1990, None, None)),
        ("26/05/1990", (1990, 5, 26)),
        ("05/26/1990", (1990, 5, 26)),
        ("06/05/1990", (1990, None, None)),  # day and month cannot be told apart
        ("May 6, 1990", (1990, 5, 6)),
        ("6 May 1990", (1990, 5, 6)),
        ("September 1990", (1990, 9, None)),
    ],
)
def test_dates_in_common_writings(text: str, parts: tuple[int, int | None, int | None]) -> None:
    assert date_parts(text) == DateParts(*parts)


@pytest.mark.parametrize(
    "text", ["90-05-06", "1990-02-30", "1990-13-01", "not a date", "12345", "", "0990-01-01"]
)
def test_no_date_is_guessed(text: str) -> None:
    assert date_parts(text) is None


@given(day=st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31)))
def test_every_writing_of_a_date_gives_its_parts(day: dt.date) -> None:
    writings = [
        day.isoformat(),
        f"{day.year}/{day.month}/{day.day}",
        f"{day:%Y%m%d}",
        f"{day.year}年{day.month}月{day.day}日",
        f"{day:%d %B %Y}",
        f"{day:%Y-%m-%d} 12:34:56",
    ]
    for text in writings:
        assert date_parts(text) == DateParts(day.year, day.month, day.day), text


@given(st.text(max_size=50))
def test_date_parser_never_raises(text: str) -> None:
    parts = date_parts(text)
    assert parts is None or 1000 <= parts.year <= 2999


@pytest.mark.parametrize(
    ("value", "to", "expected"),
    [
        ("1990年5月6日", "year", "1990"),
        ("May 6, 1990", "year_month", "1990-05"),
        ("1990年", "year_month", None),
        ("1990-05-06", "age_band", "30-39"),  # 36 on 2026-11-25
        ("1985", "age_band", "40-49"),  # 40 or 41: one band either way
        ("1986", "age_band", None),  # 39 or 40: two bands, so not generalisable
        ("1986年12月", "age_band", "30-39"),  # 39 until December 2026
    ],
)
def test_birth_dates_generalise_to_the_level_their_parts_allow(
    value: str, to: str, expected: str | None
) -> None:
    assert generalize(value, _rule(to=to), type_id="birth_date", as_of=AS_OF) == expected


@pytest.mark.parametrize(
    ("value", "digits", "expected"),
    [
        ("39.9042,116.4074", 2, "39.90,116.41"),
        ("116.4074, 39.9042", 2, "116.41, 39.90"),
        ("-33.8688 151.2093", 1, "-33.9 151.2"),
        ("N39°54'15\" E116°24'27\"", 2, "N39.90 E116.41"),
        ("经度:116.397128 纬度:39.916527", 2, "经度:116.40 纬度:39.92"),
        ("116.40,39.90;116.47,39.95", 1, "116.4,39.9;116.5,40.0"),
        (116.4074, 2, "116.41"),
        ("2024-01-01 08:00 39.9,116.4", 2, None),  # a timestamp is not a coordinate
        ("北京 39.9,116.4", 2, None),  # nor a place name
        ("200.1,10.2", 2, None),  # beyond ±180
        ("", 2, None),
    ],
)
def test_coordinates_round_to_a_grid(value: object, digits: int, expected: str | None) -> None:
    assert generalize_coordinates(value, digits) == expected


@given(
    lat=st.floats(min_value=-90, max_value=90, allow_nan=False),
    lng=st.floats(min_value=-180, max_value=180, allow_nan=False),
    digits=st.integers(0, 4),
)
def test_rounded_coordinates_are_within_half_a_grid_step(
    lat: float, lng: float, digits: int
) -> None:
    out = generalize_coordinates(f"{lat:.6f},{lng:.6f}", digits)
    assert out is not None
    a, b = (float(x) for x in out.split(","))
    assert abs(a - lat) <= 0.5 * 10**-digits + 1e-6 and abs(b - lng) <= 0.5 * 10**-digits + 1e-6


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("175cm", "170-179cm"),
        ("身高175cm 体重65.5kg", "身高170-179cm 体重60-69kg"),
        ("120/80 mmHg", "120-129/80-89 mmHg"),
        (72, "70-79"),
        ("BMI 22.5", "BMI 20-29"),
        ("张三 175cm", None),  # a name is no unit: the cell cannot be generalised
        ("正常", None),
    ],
)
def test_measurements_keep_units_and_band_numbers(value: object, expected: str | None) -> None:
    assert generalize_ranges(value, 10) == expected


@pytest.mark.parametrize(
    ("value", "amount", "band"),
    [
        ("¥12,345.67", 12345.67, "10000-99999"),
        ("1.2万元", 12000.0, "10000-99999"),
        ("RMB 3,000", 3000.0, "1000-9999"),
        ("-300.50", -300.5, "-(100-999)"),
        ("0.35", 0.35, "0-9"),
        (1234567, 1234567.0, "1000000-9999999"),
        ("2亿", 2e8, "100000000-999999999"),
        ("余额不足", None, None),
    ],
)
def test_amounts_generalise_to_their_order_of_magnitude(
    value: object, amount: float | None, band: str | None
) -> None:
    assert parse_amount(value) == amount
    assert generalize_magnitude(value) == band


@given(st.integers(min_value=-(10**12), max_value=10**12))
def test_magnitude_band_holds_the_amount(number: int) -> None:
    band = generalize_magnitude(f"{number:,}")
    assert band is not None
    low, high = (int(x) for x in band.strip("-()").split("-"))
    assert low <= abs(number) <= high


@pytest.mark.parametrize(
    ("type_id", "value", "expected"),
    [
        ("education", "硕士研究生", "研究生及以上"),
        ("education", "本科学历", "本科或专科"),
        ("education", "Bachelor", "本科或专科"),
        ("education", "初中", "高中及以下"),
        ("marital_status", "已婚", "有配偶"),
        ("marital_status", "离异", "无配偶"),
        ("ethnicity", "汉族", "汉族"),
        ("ethnicity", "维吾尔族", "少数民族"),
        ("nationality", "中国", "中国籍"),
        ("nationality", "日本", "外国籍"),
        ("nationality", "Germany", "外国籍"),
        ("education", "很高", None),
    ],
)
def test_categories(type_id: str, value: str, expected: str | None) -> None:
    assert generalize(value, _rule(to="category"), type_id=type_id, as_of=AS_OF) == expected


def test_category_types_match_their_data() -> None:
    assert set(_raw()) == set(CATEGORY_TYPES)


def test_cells_that_cannot_be_generalised_are_suppressed() -> None:
    deid = Deidentifier(
        default_policy(),
        as_of=AS_OF,
        classified={"born": "birth_date", "bal": "account_balance", "edu": "education"},
    )
    assert deid.cell("1990年5月6日", "born") == "1990"
    assert deid.cell("不详", "born") is None
    assert deid.cell("¥12,345.67", "bal") == "10000-99999"
    assert deid.cell("见附件", "bal") is None
    assert deid.cell("博士", "edu") == "研究生及以上"
    assert deid.report.changes[("born", "birth_date", "suppress_fallback")] == 1
    assert deid.report.changes[("bal", "account_balance", "suppress_fallback")] == 1


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("types:\n  cn_mobile: {op: generalize, to: grid}\n", "types.cn_mobile: generalize"),
        ("types:\n  gender: {op: generalize, to: category}\n", "types.gender: generalize"),
        ("types:\n  imei: {op: hash}\n", "types.imei: unknown op"),
        ("types:\n  geo_coordinates: {op: generalize, to: grid, digits: 9}\n", "digits"),
        ("types:\n  imei: {op: pseudonymize, missing_key: maybe}\n", "missing_key"),
        ("types:\n  vinn: {op: suppress}\n", "types.vinn: unknown PI type"),
    ],
)
def test_operators_stay_strict(text: str, named: str) -> None:
    with pytest.raises(PolicyError) as err:
        policy_from_text(text, "p.yaml")
    assert named in str(err.value)


def test_types_without_a_recognizer_are_accepted_and_found_by_column_only() -> None:
    """Catalogue types (imei, gender …) may be named before their recognizer or catalogue entry
    is installed; free-text detection asks only for the types that have a recognizer."""
    policy = policy_from_text("types:\n  imei: {op: suppress}\ncolumns:\n  sex: gender\n")
    assert policy.columns["sex"].type == "gender"
    deid = Deidentifier(policy, as_of=AS_OF)
    assert set(policy.detected_types) <= set(deid.detector.registry.type_ids)
    assert deid.cell("男", "sex") is None
