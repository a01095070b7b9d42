"""Property tests: every valid identifier that the generators can build is found, with its exact
span, inside arbitrary surrounding Chinese text; every single-digit corruption of it is not."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import assume, given
from hypothesis import strategies as st
from stdnum import luhn
from stdnum.iso7064 import mod_11_2
from tests.detect.helpers import AS_OF, spans

from piplkit.samples.identifiers import MOBILE_PREFIXES, REGION_CODES

# Surrounding text without digits or ASCII letters, so that boundaries are what is tested.
filler = st.text(
    alphabet=st.sampled_from("的是在了我有他这中大来上个国到说们为子和你地出道也时年，。、：；！ "),
    max_size=12,
)
birth_dates = st.dates(min_value=date(1900, 1, 1), max_value=AS_OF)
regions = st.one_of(
    st.sampled_from(REGION_CODES),
    # plausible codes missing from any one year's list must still be accepted
    st.builds(
        lambda p, r: f"{p}{r:04d}",
        st.sampled_from(["11", "31", "44", "51", "65"]),
        st.integers(101, 9999),
    ),
)


@st.composite
def resident_ids(draw: st.DrawFn) -> str:
    body = f"{draw(regions)}{draw(birth_dates):%Y%m%d}{draw(st.integers(0, 999)):03d}"
    return body + mod_11_2.calc_check_digit(body)


@st.composite
def cards(draw: st.DrawFn) -> str:
    prefix = draw(st.sampled_from(["62", "622202", "4", "51", "55", "2221", "3528"]))
    length = draw(
        st.sampled_from(
            [16, 19]
            if prefix in ("4",)
            else [16]
            if prefix in ("51", "55", "2221")
            else [16, 17, 18, 19]
        )
    )
    body = prefix + "".join(str(draw(st.integers(0, 9))) for _ in range(length - len(prefix) - 1))
    return body + luhn.calc_check_digit(body)


mobiles = st.builds(
    lambda p, n: f"{p}{n:08d}", st.sampled_from(MOBILE_PREFIXES), st.integers(0, 10**8 - 1)
)


def corrupt(value: str, position: int, digit: int) -> str:
    chars = list(value)
    assume(chars[position] != str(digit))
    chars[position] = str(digit)
    return "".join(chars)


@given(resident_ids(), filler, filler)
def test_every_valid_resident_id_is_found(value: str, before: str, after: str) -> None:
    assert spans(before + value + after, "cn_resident_id") == [("cn_resident_id", value)]


@given(resident_ids(), st.integers(0, 16), st.integers(0, 9))
def test_corrupted_resident_id_is_not_found(value: str, position: int, digit: int) -> None:
    # MOD 11-2 detects every single-character substitution.
    assert spans(corrupt(value, position, digit), "cn_resident_id") == []


@given(cards(), filler, filler)
def test_every_valid_card_is_found(value: str, before: str, after: str) -> None:
    assert spans(before + value + after, "bank_card") == [("bank_card", value)]


@given(cards(), st.integers(0, 15), st.integers(0, 9))
def test_corrupted_card_is_not_found(value: str, position: int, digit: int) -> None:
    corrupted = corrupt(value, position, digit)
    assume(corrupted[:2] == value[:2])  # keep the issuer range: only the Luhn check is tested
    assert spans(corrupted, "bank_card") == []


@given(
    mobiles, filler, filler, st.sampled_from(["", "-", " "]), st.sampled_from(["", "+86 ", "+86"])
)
def test_every_mobile_writing_is_found(
    value: str, before: str, after: str, sep: str, cc: str
) -> None:
    written = cc + value[:3] + sep + value[3:7] + sep + value[7:]
    assert spans(before + written + after, "cn_mobile") == [("cn_mobile", written)]


@given(mobiles, st.integers(0, 9))
def test_mobile_with_an_extra_digit_is_not_found(value: str, digit: int) -> None:
    assert spans(value + str(digit), "cn_mobile") == []
    assert spans(str(digit) + value, "cn_mobile") == []


@given(st.dates(min_value=AS_OF + timedelta(days=1), max_value=date(2099, 12, 31)))
def test_future_birth_dates_are_rejected(born: date) -> None:
    body = f"110105{born:%Y%m%d}123"
    assert spans(body + mod_11_2.calc_check_digit(body), "cn_resident_id") == []
