"""Property tests: every valid identifier that the generators can build is found, with its exact
span, inside arbitrary surrounding Chinese text; every single-digit corruption of it is not."""

from __future__ import annotations

import copy
from datetime import date, timedelta

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st
from stdnum import luhn
from stdnum.iso7064 import mod_11_2
from tests.detect.helpers import AS_OF, detector, spans

from piplkit.discover.detect.model import Finding
from piplkit.discover.detect.recognizer import AnalysisContext, PatternRecognizer
from piplkit.discover.samples.identifiers import MOBILE_PREFIXES, REGION_CODES

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


# -- fast scans agree with the canonical pattern -------------------------------------------------

# Pieces that glue into near-misses: addresses run together, long local parts, stray dots.
_SCAN_PIECES = st.sampled_from(
    [
        "192.168.1.20",
        "10.0.0.1",
        "256",
        "1",
        "22",
        ".",
        ":",
        "::",
        "@",
        "v",
        "V",
        "-",
        "+86",
        "fe80::1",
        "2001:db8::ff",
        "abcd",
        "12345",
        "zhang.san",
        "a_b%c+d",
        "example.com",
        ".cn",
        "13812345678",
        "138-1234-5678",
        "010-62345678",
        "(0755)",
        "86001234",
        "0086",
        "+86 ",
        "-808",
        " ",
        "中",
        "，",
    ]
)
_SCAN_TEXT = st.lists(_SCAN_PIECES, max_size=14).map("".join)


@pytest.mark.parametrize("type_id", ["ipv4", "ipv6", "email", "cn_mobile"])
@settings(max_examples=300, deadline=None)
@given(text=_SCAN_TEXT)
def test_fast_scan_finds_what_the_pattern_finds(type_id: str, text: str) -> None:
    """Recognizers that scan by an anchor or a core number report exactly the findings of the
    plain ``finditer`` over their canonical ``pattern``."""
    recognizer = detector(type_id).recognizers[0]
    ctx = AnalysisContext(as_of=AS_OF)
    assert list(recognizer.analyze(text, ctx)) == _plain_findings(recognizer, text, ctx)


@pytest.mark.parametrize(
    ("type_id", "text", "count"),
    [
        ("ipv4", "登录IP 10.0.0.1，备用 192.168.1.20。", 2),
        ("ipv4", "1.2.3.4.5 与 v1.2.3.4 都不是地址", 0),
        ("ipv6", "来源 fe80::1 与 2001:db8:0:0:0:0:2:1，以及 12345:ab:cd", 2),
        ("email", "a@b.cn.x@y.com 与 张三zhang.san@example.com.cn", 2),
    ],
)
def test_fast_scan_on_written_examples(type_id: str, text: str, count: int) -> None:
    recognizer = detector(type_id).recognizers[0]
    ctx = AnalysisContext(as_of=AS_OF)
    found = list(recognizer.analyze(text, ctx))
    assert len(found) == count
    assert found == _plain_findings(recognizer, text, ctx)


def _plain_findings(
    recognizer: PatternRecognizer, text: str, ctx: AnalysisContext
) -> list[Finding]:
    """The base class's analysis with ``finditer`` over ``pattern``: no anchor, no core scan."""
    plain = copy.copy(recognizer)
    plain.anchor = None  # type: ignore[misc]
    plain.__dict__.pop("_plan", None)  # the scan plan the original worked out (and cached)
    return list(PatternRecognizer.analyze(plain, text, ctx))


_MAC_PIECES = st.sampled_from(
    ["00", "1A", "2b", "3C", "4d", "5E", "F", "7", "-", ":", ".", "2B3C", "001A", "x", " ",
     "2025-10-12 ", "14:34:56", "01-02-03-04-05-06", "00:1A:2B:3C:4D:5E", "001A.2B3C.4D5E",
     "MAC ", "中", "G"]
)  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(text=st.lists(_MAC_PIECES, max_size=16).map("".join))
def test_mac_anchor_finds_what_the_pattern_finds(text: str) -> None:
    """The MAC scan jumps between two separated hex groups in a row (``-1A-2B-``); its pattern
    findings must be those of ``finditer`` over the pattern."""
    recognizer = detector("mac_address").recognizers[0]
    assert isinstance(recognizer, PatternRecognizer)
    ctx = AnalysisContext(as_of=AS_OF)
    found = list(PatternRecognizer.analyze(recognizer, text, ctx))
    assert found == _plain_findings(recognizer, text, ctx)


@settings(max_examples=300, deadline=None)
@given(text=_SCAN_TEXT)
def test_landline_scan_finds_what_the_pattern_finds(text: str) -> None:
    """The landline scan looks for the number, then back for a country prefix; the result must
    be that of ``finditer`` over the full pattern, prefix included."""
    recognizer = detector("cn_landline").recognizers[0]
    ctx = AnalysisContext(as_of=AS_OF)
    plain = [recognizer.finding(text, m.start(), m, ctx) for m in recognizer.regex().finditer(text)]
    assert list(recognizer.analyze(text, ctx)) == [f for f in plain if f is not None]


def test_landline_after_a_refused_match_inside_digits() -> None:
    """A number glued to digits before it is refused, and the scan looks again inside it (found
    by hypothesis: the full pattern matches the later 010-62345678)."""
    recognizer = detector("cn_landline").recognizers[0]
    text = "192.168.1.20010-62345678-010-62345678"
    found = list(recognizer.analyze(text, AnalysisContext(as_of=AS_OF)))
    assert [(f.start, f.end) for f in found] == [(25, 37)]
