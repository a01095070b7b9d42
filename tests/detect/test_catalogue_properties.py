"""Property tests of the catalogue recognizers: every valid value the strategies build is found
with its exact span in arbitrary surrounding text; check-digit corruptions are rejected; values
inside a longer run of digits are not reported; previews never hold the value."""

from __future__ import annotations

import re
from datetime import date, timedelta

from hypothesis import assume, given, settings
from hypothesis import strategies as st
from stdnum import luhn
from stdnum.iso7064 import mod_11_2
from tests.detect.helpers import AS_OF, detector, spans

from piplkit.discover.detect.cued import cue_pattern
from piplkit.discover.detect.engine import resolve_overlaps
from piplkit.discover.detect.recognizer import AnalysisContext
from piplkit.discover.detect.recognizers.password import _PLACEHOLDER
from piplkit.discover.detect.recognizers.vin import _VALUES, vin_check_character

filler = st.text(
    alphabet=st.sampled_from("的是在了我有他这中大来上个国到说们为子和你地出道也时年，。、；！ "),
    max_size=10,
)
digit = st.sampled_from("0123456789")
_VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"


@st.composite
def imeis(draw: st.DrawFn) -> str:
    body = draw(st.sampled_from(["86", "35", "01", "99"])) + "".join(draw(digit) for _ in range(12))
    assume(len(set(body[2:])) > 1)
    return body + luhn.calc_check_digit(body)


@st.composite
def vins(draw: st.DrawFn) -> str:
    head = "L" + "".join(draw(st.sampled_from(_VIN_CHARS)) for _ in range(7))
    year = draw(st.sampled_from("ABCDEFGHJKLMNPRSTVWXY123456789"))
    tail = draw(st.sampled_from(_VIN_CHARS)) + "".join(draw(digit) for _ in range(6))
    vin = head + "0" + year + tail
    vin = vin[:8] + vin_check_character(vin) + vin[9:]
    assume(sum(c.isalpha() for c in vin) >= 2)
    return vin


@st.composite
def fprs(draw: st.DrawFn) -> str:
    born = draw(st.dates(min_value=date(1930, 1, 1), max_value=AS_OF))
    body = (
        "9"
        + draw(st.sampled_from(["11", "31", "44", "51"]))
        + draw(st.sampled_from(["124", "250", "276", "392", "410", "840"]))
        + f"{born:%Y%m%d}"
        + f"{draw(st.integers(0, 999)):03d}"
    )
    return body + mod_11_2.calc_check_digit(body)


@st.composite
def macs(draw: st.DrawFn) -> str:
    octets = [draw(st.integers(0, 255)) for _ in range(6)]
    octets[0] &= 0xFE
    assume(any(octets))
    sep = draw(st.sampled_from([":", "-"]))
    text = sep.join(f"{o:02x}" for o in octets)
    # six groups of digits only with hyphens need a cue (see the recognizer)
    assume(sep == ":" or not text.replace("-", "").isdigit())
    return text.upper() if draw(st.booleans()) else text


@st.composite
def china_points(draw: st.DrawFn) -> str:
    lat = draw(st.floats(18.5, 53.0))
    lng = draw(st.floats(74.0, 134.5))
    places = draw(st.integers(4, 7))
    a, b = f"{lat:.{places}f}", f"{lng:.{places}f}"
    return f"{a},{b}" if draw(st.booleans()) else f"{b},{a}"


@settings(max_examples=150, deadline=None)
@given(imeis(), filler, filler, st.sampled_from(["IMEI：", "串号", "IMEI "]))
def test_every_imei_after_a_cue_is_found(value: str, before: str, after: str, cue: str) -> None:
    assert spans(before + cue + value + after, "imei") == [("imei", value)]


@settings(deadline=None)
@given(imeis(), st.integers(0, 14), st.integers(0, 9))
def test_corrupted_imei_is_not_found(value: str, position: int, new: int) -> None:
    assume(value[position] != str(new))
    corrupted = value[:position] + str(new) + value[position + 1 :]
    assert spans("IMEI：" + corrupted, "imei") == []


@settings(deadline=None)
@given(imeis(), st.text(alphabet="0123456789", min_size=2, max_size=3))
def test_imei_inside_a_longer_digit_run_is_not_reported(value: str, extra: str) -> None:
    text = "IMEI：" + value + extra
    found = detector("imei").detect(text)
    assert not any(f.end == 5 + len(value) for f in found)


@settings(max_examples=150, deadline=None)
@given(vins(), filler, filler)
def test_every_checked_vin_is_found(value: str, before: str, after: str) -> None:
    assert spans(before + value + after, "vin") == [("vin", value)]


@settings(deadline=None)
@given(vins(), st.integers(0, 16), st.sampled_from(_VIN_CHARS))
def test_vin_with_a_changed_character_loses_its_check(value: str, position: int, new: str) -> None:
    assume(position != 8 and _VALUES[new] != _VALUES[value[position]])
    corrupted = value[:position] + new + value[position + 1 :]
    found = detector("vin").detect(corrupted)
    assert all(not f.attributes["check_digit"] and f.score < 0.5 for f in found)


@settings(max_examples=150, deadline=None)
@given(fprs(), filler, filler)
def test_every_fpr_is_found(value: str, before: str, after: str) -> None:
    found = detector("foreign_permanent_resident_id").detect(before + value + after)
    assert [f.end - f.start for f in found] == [18]
    born = date.fromisoformat(found[0].attributes["birth_date"])
    assert found[0].attributes["minor"] == (born > AS_OF.replace(year=AS_OF.year - 14))


@settings(deadline=None)
@given(fprs(), st.integers(1, 16), digit)
def test_corrupted_fpr_is_not_found(value: str, position: int, new: str) -> None:
    assume(value[position] != new)
    corrupted = value[:position] + new + value[position + 1 :]
    assert spans(corrupted, "foreign_permanent_resident_id") == []


@settings(deadline=None)
@given(st.dates(min_value=AS_OF + timedelta(days=1), max_value=date(2099, 12, 31)))
def test_fpr_born_after_the_evaluation_date_is_rejected(born: date) -> None:
    body = f"911124{born:%Y%m%d}001"
    assert spans(body + mod_11_2.calc_check_digit(body), "foreign_permanent_resident_id") == []


@settings(max_examples=150, deadline=None)
@given(macs(), filler, filler)
def test_every_mac_is_found(value: str, before: str, after: str) -> None:
    assert spans(before + value + after, "mac_address") == [("mac_address", value)]


@settings(deadline=None)
@given(macs(), st.sampled_from(["0", "a", "F"]))
def test_mac_inside_a_longer_hex_run_is_not_reported(value: str, extra: str) -> None:
    assert spans(extra + value, "mac_address") == []
    assert spans(value + extra, "mac_address") == []


@settings(max_examples=150, deadline=None)
@given(china_points(), filler, filler)
def test_every_precise_point_in_china_is_found(value: str, before: str, after: str) -> None:
    assert spans(before + value + after, "geo_coordinates") == [("geo_coordinates", value)]


@settings(deadline=None)
@given(
    st.dates(min_value=date(1900, 1, 1), max_value=AS_OF),
    st.sampled_from(["出生日期：", "生日", "DOB ", "出生于"]),
    st.sampled_from(["%Y-%m-%d", "%Y/%m/%d", "%Y年%m月%d日", "%Y%m%d"]),
    filler,
)
def test_every_birth_date_after_a_cue_is_found(born: date, cue: str, fmt: str, after: str) -> None:
    value = born.strftime(fmt)
    found = detector("birth_date").detect(cue + value + after)
    assert [(f.start, f.end) for f in found] == [(len(cue), len(cue) + len(value))]
    assert found[0].attributes["birth_date"] == born.isoformat()


@settings(deadline=None)
@given(st.dates(min_value=AS_OF + timedelta(days=1), max_value=date(2099, 12, 31)))
def test_future_birth_dates_are_rejected(born: date) -> None:
    assert spans(f"出生日期：{born:%Y-%m-%d}", "birth_date") == []


@settings(deadline=None)
@given(st.integers(10_000, 99_999_999_999), filler, st.sampled_from(["QQ：", "扣扣", "qq号"]))
def test_every_qq_after_a_cue_is_found(number: int, after: str, cue: str) -> None:
    value = str(number)
    assume(len(set(value)) > 1)
    assert spans(cue + value + after, "qq_number") == [("qq_number", value)]


@settings(deadline=None)
@given(st.integers(10_000, 99_999_999_999), digit)
def test_qq_inside_a_longer_run_is_not_reported(number: int, extra: str) -> None:
    assert spans(f"QQ：{number}{extra}", "qq_number") in ([], [("qq_number", f"{number}{extra}")])
    assert spans(f"QQ：{extra}{number}", "qq_number") in ([], [("qq_number", f"{extra}{number}")])


_SECRET = st.text(
    alphabet=st.characters(min_codepoint=0x21, max_codepoint=0x7E, exclude_characters=",;"),
    min_size=4,
    max_size=30,
)


@settings(deadline=None)
@given(_SECRET, st.sampled_from(["密码：", "口令 ", "password=", "pwd: "]), filler)
def test_passwords_after_a_cue_are_found_and_never_previewed(
    value: str, cue: str, after: str
) -> None:
    value = value.rstrip(".()]}")
    assume(len(value) >= 3 and value[0] not in ":=#>\"'" and not value.startswith("$" + "{"))
    assume(_PLACEHOLDER.fullmatch(value) is None)
    # "密码ID：…", "密码 No. …" label the value: a Latin label with a separator after it
    assume(re.match(r"(?:ID|Id|id|No|is)[:=#>\"']|No\.", value) is None)
    found = detector("password").detect(cue + value + " " + after)
    assert [(f.start, f.end) for f in found] == [(len(cue), len(cue) + len(value))]
    assert found[0].preview == "******"


# -- the shared cue scan gives the recognizers the same findings as their own scans -----------

_CUE_TEXT = st.lists(
    st.sampled_from(
        [
            "IMEI：", "串号", "QQ", "qq号", "微信", "vx ", "wxid_", "出生日期", "生日", "DOB ",
            "密码：", "password=", "PIN: ", "台胞证", "IDFA=", "设备ID", "军官证", "南字第",
            "字第", "号", "MAC ", "物理地址", "纬度", "经度", "lat=", "&lng=", "°", "北纬",
            "862012345678900", "12345678", "1234567", "abc_123x", "1990-01-02", "P@ss1!",
            "6D92078A-8246-4BA4-AE5B-76104861E7DC", "001A2B3C4D5E", "39.9042", "116.4074",
            ",", "，", " ", "：", "\n", "的", "L12345678",
        ]
    ),
    max_size=12,
).map("".join)  # fmt: skip

_CUED_TYPES = (
    "imei", "mac_address", "geo_coordinates", "taiwan_permit", "military_id", "device_id",
    "qq_number", "wechat_id", "birth_date", "password",
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(_CUE_TEXT)
def test_shared_cue_scan_matches_each_recognizers_own(text: str) -> None:
    """The engine finds the cues of all recognizers in one pass; each recognizer on its own
    (``analyze``) scans for its own cues. Both must give the same findings."""
    together = detector(*_CUED_TYPES).detect(text)
    ctx = AnalysisContext(as_of=AS_OF)
    alone = []
    for type_id in _CUED_TYPES:
        recognizer = detector(type_id).recognizers[0]
        alone.extend(f for f in recognizer.analyze(text, ctx) if f.score >= 0.5)
    assert together == resolve_overlaps(alone)


def test_cue_pattern_skips_to_literal_first_characters() -> None:
    pattern = cue_pattern(("pin", "密码"))
    assert [m.group() for m in pattern.finditer("PIN码 pinyin Pin 密码 spin")] == [
        "PIN",
        "Pin",
        "密码",
    ]
    # every alternative starts with a literal character (see cue_alternatives)
    assert all(part[0] not in "[(" for part in pattern.pattern.split("|"))


_PAIR_PIECES = st.lists(
    st.sampled_from(
        ["39.9042", "116.4074", "-33.8688", ",", "，", "/", " ", ".", "1", "12", "1234.5678",
         "0.123", "7", "-", "的", "39.904", "5"]
    ),
    max_size=10,
).map("".join)  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(_PAIR_PIECES)
def test_coordinate_scan_finds_what_the_pattern_finds(text: str) -> None:
    """The decimal pairs are found from their separator; the matches must be those of
    ``finditer`` over the recognizer's pattern."""
    recognizer = detector("geo_coordinates").recognizers[0]
    fast = [m.span() for m in recognizer.matches(text)]
    assert fast == [m.span() for m in recognizer.regex().finditer(text)]


_VIN_PIECES = st.lists(
    st.sampled_from(["1G1ZT53826F109149", "LSVAU2180N2183294", "A", "1", "12345", "ABCDE",
                     "x", " ", "I", "0000", "Z9"]),
    max_size=6,
).map("".join)  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(_VIN_PIECES)
def test_vin_scan_finds_what_the_pattern_finds(text: str) -> None:
    recognizer = detector("vin").recognizers[0]
    assert [m.span() for m in recognizer.matches(text)] == [
        m.span() for m in recognizer.regex().finditer(text)
    ]
