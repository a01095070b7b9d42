"""Column rules that read a column against the rest of its row or table, for causes blind set 14
showed (issue 11), in this file's own wordings and values: children's birth dates under a header
that says nothing, confirmed by the same rows' resident IDs, and the pages a user opened kept
as a list of site paths under a header that names no history.

The controls must stay as they were: enrolment dates beside the IDs, dates that match the IDs
on half the rows only, children's birth dates with no ID beside them, a print job's page
count, one path a row, and path lists in a table that records no user."""

from __future__ import annotations

import random
from datetime import date, timedelta

import pytest
from tests.scan.helpers import chinese_name, resident_id
from tests.scan.test_export_vocabulary import table, types

_EXCEL_EPOCH = date(1899, 12, 30)


def _births(rng: random.Random, n: int = 60) -> list[date]:
    return [date(rng.randint(2014, 2021), rng.randint(1, 12), rng.randint(1, 28)) for _ in range(n)]


def _written(day: date, style: int) -> str:
    if style == 0:
        return f"{day.year}年{day.month}月{day.day}日"
    if style == 1:
        return f"{day:%Y/%m/%d}"
    if style == 2:
        return str((day - _EXCEL_EPOCH).days)  # a workbook's date serial
    return f"{day:%Y%m%d}"


@pytest.fixture
def rng() -> random.Random:
    return random.Random(1412)


@pytest.mark.parametrize(("header", "style"), [("c5", 0), ("项目4", 1), ("F06", 2), ("x_d", 3)])
def test_dates_equal_to_the_row_id_birth_are_birth_dates(
    header: str, style: int, rng: random.Random
) -> None:
    born = _births(rng)
    result = table(
        {
            "c2": [chinese_name(rng) for _ in born],
            header: [_written(b, style) for b in born],
            "c7": [resident_id(b, rng.randrange(1000)) for b in born],
        }
    )
    decision = result.decisions[1]
    assert decision.pi_type == "birth_date"
    assert decision.minors > 0  # children: PIPL Art. 28 sensitive PI


def test_control_enrolment_dates_beside_the_ids_stay_none(rng: random.Random) -> None:
    born = _births(rng)
    enrolled = [date(2025, 9, 1) + timedelta(days=rng.randrange(300)) for _ in born]
    got = types(
        {
            "c2": [chinese_name(rng) for _ in born],
            "c3": [f"{d:%Y-%m-%d}" for d in enrolled],
            "c7": [resident_id(b, rng.randrange(1000)) for b in born],
        }
    )
    assert got["c3"] is None


def test_control_dates_that_match_half_the_ids_stay_none(rng: random.Random) -> None:
    born = _births(rng)
    other = _births(rng)
    mixed = [b if k % 2 else o for k, (b, o) in enumerate(zip(born, other, strict=True))]
    got = types(
        {
            "c2": [chinese_name(rng) for _ in born],
            "c3": [f"{d:%Y-%m-%d}" for d in mixed],
            "c7": [resident_id(b, rng.randrange(1000)) for b in born],
        }
    )
    assert got["c3"] is None


def test_control_children_dates_with_no_id_stay_none(rng: random.Random) -> None:
    born = _births(rng)
    got = types({"c2": [chinese_name(rng) for _ in born], "c3": [f"{d:%Y-%m-%d}" for d in born]})
    assert got["c3"] is None


_PAGES = ["/home", "/ride/start", "/ride/end", "/wallet", "/coupon?id=12", "/help/faq", "/me"]


def _trail(rng: random.Random, sep: str) -> str:
    return sep.join(rng.sample(_PAGES, rng.randrange(2, 5)))


def _user_log(rng: random.Random, header: str, values: list[str]) -> str | None:
    n = len(values)
    log = {
        "user_account": [f"rider{rng.randrange(1000, 9999)}" for _ in range(n)],
        "android_id": [
            "".join(rng.choice("0123456789abcdef") for _ in range(16)) for _ in range(n)
        ],
        header: values,
    }
    return types(log)[header]


@pytest.mark.parametrize(("header", "sep"), [("screens", " > "), ("Trail", ";"), ("col_9", ",")])
def test_lists_of_site_paths_are_browsing_history(
    header: str, sep: str, rng: random.Random
) -> None:
    assert _user_log(rng, header, [_trail(rng, sep) for _ in range(60)]) == "browsing_history"


def test_control_a_page_count_stays_none(rng: random.Random) -> None:
    assert _user_log(rng, "PAGES", [str(rng.randrange(1, 40)) for _ in range(60)]) is None


def test_control_one_path_a_row_stays_none(rng: random.Random) -> None:
    assert _user_log(rng, "route", [rng.choice(_PAGES) for _ in range(60)]) is None


def test_control_path_lists_beside_no_user_stay_none(rng: random.Random) -> None:
    sitemap = {
        "section": [rng.choice(["出行", "钱包", "帮助"]) for _ in range(60)],
        "links": [_trail(rng, "|") for _ in range(60)],
    }
    assert types(sitemap)["links"] is None


_FULL = str.maketrans("0123456789", "０１２３４５６７８９")


def _off_plan(rng: random.Random, n: int = 60) -> list[str]:
    """Mobiles of which one in seven has a prefix the numbering plan does not assign."""
    heads = ["138", "139", "186", "150", "177"]
    return [
        rng.choice(["140", "141", "154"] if k % 7 == 3 else heads) + f"{rng.randrange(10**8):08d}"
        for k in range(n)
    ]


def _register(rng: random.Random, header: str, values: list[str]) -> str | None:
    names = [chinese_name(rng) for _ in values]
    return types({"c1": names, header: values})[header]


@pytest.mark.parametrize("header", ["c4", "字段6"])
def test_mobiles_typed_in_full_width_digits_are_no_series(header: str, rng: random.Random) -> None:
    typed = [v.translate(_FULL) for v in _off_plan(rng)]
    assert _register(rng, header, typed) == "cn_mobile"


def test_control_ascii_numbers_off_the_plan_stay_a_series(rng: random.Random) -> None:
    # (fix11u) beside the person's own mobile: the lone contact of a register of persons stays a
    # mobile off the plan (``table_phones``, set 15's col_4), so the control gives the row one
    names = [chinese_name(rng) for _ in range(60)]
    phones = [rng.choice(["138", "139", "186"]) + f"{rng.randrange(10**8):08d}" for _ in range(60)]
    assert types({"c1": names, "手机": phones, "c4": _off_plan(rng)})["c4"] is None
