"""Value profiles: the Python matcher (sampling) and the Arrow one (full scans) agree cell for
cell, ages agree, and the data files load."""

from __future__ import annotations

import random
from datetime import date

import pyarrow as pa
from hypothesis import given, settings
from hypothesis import strategies as st

from piplkit.discover.scan.ages import age_from_date, ages_from_dates
from piplkit.discover.scan.profiles import load_profiles, vocabulary

AS_OF = date(2026, 11, 25)

_PIECES = [
    "汉族",
    "已婚",
    "本科",
    "男",
    "女",
    "佛教",
    "高血压",
    "I10",
    "E11.9",
    "175cm",
    "65.5kg",
    "120/80",
    "116.404123",
    "39.9",
    "-12.5",
    "1990-01-02",
    "1990年1月2日",
    "19900102",
    "2010/3/4",
    "12岁",
    "$2b$12$" + "a" * 53,
    "wxid_abcdefgh12",
    "5f4dcc3b5aa765d61d8327deb882cf99",
    "/data/face/1.jpg",
    "https://example.com/a/b",
    "逾期3次",
    "消费 12.00元",
    "主叫 13812345678 通话30秒",
    "北京→上海",
    "有限公司",
    "经理",
    "Engineer",
    "¥1,234.56",
    "无",
    "NULL",
    "张三:13812345678;李四:13900001111",
    "HIV阳性",
    "archive",
    "CHN",
    "中国",
    "FMR",
    "0",
    "1",
    "9",
    " ",
    "DD123",
    "A",
    "abc_123",
]


def _texts(seed: int, count: int = 400) -> list[str]:
    rng = random.Random(seed)
    out = []
    for _ in range(count):
        parts = rng.sample(_PIECES, rng.randint(1, 3))
        out.append(rng.choice(["", " ", "-", "/"]).join(parts).strip() or "x")
    return out + _PIECES[:]


def _check_parity(texts: list[str]) -> None:
    table = load_profiles()
    array = pa.array(texts, type=pa.string())
    for profile in table.profiles.values():
        strong = profile.strong_mask(array)
        fits = profile.fits_mask(array)
        for i, text in enumerate(texts):
            assert strong[i] == profile.is_strong(text), (profile.type_id, "strong", i)
            assert fits[i] == profile.fits(text), (profile.type_id, "fits", i)


def test_python_and_arrow_matchers_agree_on_mixed_values() -> None:
    _check_parity(_texts(1))


@settings(max_examples=60, deadline=None)
@given(st.lists(st.text(min_size=1, max_size=24), min_size=1, max_size=30))
def test_python_and_arrow_matchers_agree_on_any_text(texts: list[str]) -> None:
    _check_parity([t for t in (s.strip() for s in texts) if t] or ["x"])


@settings(max_examples=80, deadline=None)
@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2026, 12, 31)), st.integers(0, 3))
def test_ages_agree(born: date, style: int) -> None:
    text = [
        born.isoformat(),
        f"{born.year}年{born.month}月{born.day}日",
        born.strftime("%Y%m%d"),
        f"{born.year}/{born.month}/{born.day}",
    ][style]
    scalar = age_from_date(text, AS_OF)
    expected = AS_OF.year - born.year - ((AS_OF.month, AS_OF.day) < (born.month, born.day))
    assert scalar == expected
    assert ages_from_dates(pa.array([text]), AS_OF)[0] == expected


def test_non_dates_have_no_age() -> None:
    assert list(ages_from_dates(pa.array(["abc", None, "1990-13-01"]), AS_OF)) == [-1, -1, -1]
    assert age_from_date("1990-13-01", AS_OF) is None


def test_vocabularies_load() -> None:
    assert len(vocabulary("ethnicity")) >= 56 * 2
    assert "汉族" in vocabulary("ethnicity") and "high school" in vocabulary("education")
    assert "中国" in vocabulary("countries") and "chn" in vocabulary("countries")
    profiles = load_profiles()
    assert profiles.is_null("NULL") and profiles.is_null("无") and not profiles.is_null("男")
