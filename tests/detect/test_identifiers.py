"""Unit tests per identifier recognizer: valid writings are found with the right span, look-alikes
are not. Values are synthetic (built with check digits), never real people's."""

from __future__ import annotations

import random
from datetime import date

import pytest
from tests.detect.helpers import IDENTIFIER_TYPES, detector, found_types, spans

from piplkit.discover.samples.identifiers import resident_id

VALID_ID = "11010519491231002X"  # GB 11643 example layout; check char computed with MOD 11-2


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (f"身份证号：{VALID_ID}。", VALID_ID),
        (f"sfzh={VALID_ID.lower()}", VALID_ID.lower()),
        ("公民身份号码110105491231002", "110105491231002"),  # legacy 15-digit, with context
    ],
)
def test_resident_id_found(text: str, expected: str) -> None:
    assert spans(text, "cn_resident_id") == [("cn_resident_id", expected)]


@pytest.mark.parametrize(
    "text",
    [
        "11010519491231002Y",  # wrong check character
        "110105194912310021",  # wrong check digit
        "110105194902300029",  # 30 February (checksum fixed up below would not help)
        "000105194912310026",  # province 00 does not exist
        "订单号202411051234567890",  # order number starting with a date
        "110105203012310013",  # born after the evaluation date
        "1101051949123100211",  # 19 digits: part of a longer number
        "编号110105491231002",  # legacy 15-digit without context
    ],
)
def test_resident_id_rejected(text: str) -> None:
    assert spans(text, "cn_resident_id") == []


def test_resident_id_attributes() -> None:
    child = resident_id(random.Random(1), born=date(2015, 6, 1))
    (finding,) = detector("cn_resident_id").detect(child)
    assert finding.attributes["birth_date"] == "2015-06-01"
    assert finding.attributes["minor"] is True
    assert finding.attributes["age"] == 11
    assert finding.preview == child[:4] + "*" * 10 + child[-4:]
    assert child not in str(finding.to_dict())


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("手机13812345678", "13812345678"),
        ("电话：138-1234-5678", "138-1234-5678"),
        ("call +86 138 1234 5678 now", "+86 138 1234 5678"),
        ("+8613812345678", "+8613812345678"),
        ("0086-13912345678", "0086-13912345678"),
    ],
)
def test_mobile_writings(text: str, expected: str) -> None:
    assert spans(text, "cn_mobile") == [("cn_mobile", expected)]


@pytest.mark.parametrize(
    "text",
    [
        "12012345678",
        "138123456789",
        "1381234567",
        "138-12345678-9",
        "订单号13812345678",
        "ts 1700000000000",
    ],
)
def test_mobile_rejected(text: str) -> None:
    assert spans(text, "cn_mobile") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("座机010-62345678", "010-62345678"),
        ("(0755)86001234", "(0755)86001234"),
        ("电话 021-58881234-808", "021-58881234-808"),
    ],
)
def test_landline(text: str, expected: str) -> None:
    assert spans(text, "cn_landline") == [("cn_landline", expected)]


def test_landline_rejects_unknown_area_and_bare_numbers() -> None:
    assert spans("号码 000-12345678", "cn_landline") == []
    assert spans("编号 01062345678", "cn_landline") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("卡号6222021234567890128", "6222021234567890128"),
        ("4111 1111 1111 1111", "4111 1111 1111 1111"),
        ("5555-5555-5555-4444", "5555-5555-5555-4444"),
    ],
)
def test_bank_card(text: str, expected: str) -> None:
    assert spans(text, "bank_card") == [("bank_card", expected)]


@pytest.mark.parametrize("text", ["6222021234567890127", "1234567812345670", "9999999999999995"])
def test_bank_card_rejected(text: str) -> None:
    assert spans(text, "bank_card") == []


def test_email_and_ips() -> None:
    assert spans("邮箱 li.lei+cn@mail.example.com.cn。", "email") == [
        ("email", "li.lei+cn@mail.example.com.cn")
    ]
    assert spans("登录IP 36.112.8.9", "ipv4") == [("ipv4", "36.112.8.9")]
    assert spans("from 2001:db8::8a2e:370:7334", "ipv6") == [("ipv6", "2001:db8::8a2e:370:7334")]


@pytest.mark.parametrize(
    "text",
    [
        "版本 1.2.3.4",
        "v1.2.3.4",
        "2.10.0",
        "256.1.1.1",
        "time 12:30:45",
        "mac 00:1A:2B:3C:4D:5E",
        "a@b",
    ],
)
def test_ip_and_email_negatives(text: str) -> None:
    assert found_types(text, "ipv4", "ipv6", "email") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("护照号E12345678", "E12345678"),
        ("passport EA1234567", "EA1234567"),
        ("护照 G12345678", "G12345678"),
        ("公务护照号码 SE1234567", "SE1234567"),
    ],
)
def test_passport(text: str, expected: str) -> None:
    assert spans(text, "passport") == [("passport", expected)]


def test_passport_needs_context_for_rare_series() -> None:
    assert spans("SKU S1234567", "passport") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("车牌京A12345", "京A12345"),
        ("京A·12345", "京A·12345"),
        ("沪AD12345", "沪AD12345"),
        ("粤B12345D", "粤B12345D"),
        ("粤Z1234港", "粤Z1234港"),
    ],
)
def test_license_plate(text: str, expected: str) -> None:
    assert spans(text, "license_plate") == [("license_plate", expected)]


def test_license_plate_negatives() -> None:
    assert spans("粤B2-20090059", "license_plate") == []
    assert spans("京ABCDEF", "license_plate") == []


def test_hk_macau_permit() -> None:
    assert spans("往来港澳通行证 C12345678", "hk_macau_permit") == [
        ("hk_macau_permit", "C12345678")
    ]
    assert spans("回乡证H1234567801", "hk_macau_permit") == [("hk_macau_permit", "H1234567801")]


def test_uscc_is_an_organisation_id_not_pi() -> None:
    text = "统一社会信用代码91350100M000100Y43"
    assert spans(text, *IDENTIFIER_TYPES) == [("cn_uscc", "91350100M000100Y43")]
    assert spans("91350100M000100Y44", *IDENTIFIER_TYPES) == []  # wrong check character


def test_overlapping_candidates_resolve_to_one_finding() -> None:
    # An 18-digit ID is Luhn-checked too and may pass; it must be reported once, as an ID.
    assert found_types(f"证件{VALID_ID}", *IDENTIFIER_TYPES) == ["cn_resident_id"]


def test_negative_cue_reaches_only_the_value_right_after_it() -> None:
    # "订单" labels the order number that follows it, not a phone a clause later
    assert spans("订单2024110512：张三，13812345678", "cn_mobile") == [("cn_mobile", "13812345678")]
    assert spans("订单号：13812345678", "cn_mobile") == []


def test_mobile_ranges_equal_libphonenumber_classification() -> None:
    import phonenumbers
    from phonenumbers import PhoneNumberType

    from piplkit.discover.detect.recognizers.mobile import is_cn_mobile_prefix

    mobile_types = {PhoneNumberType.MOBILE, PhoneNumberType.FIXED_LINE_OR_MOBILE}
    for head in range(1000, 2000):
        for tail in ("000", "400", "599", "999"):
            prefix7 = f"{head}{tail}"
            number = phonenumbers.PhoneNumber(
                country_code=86, national_number=int(prefix7 + "0000")
            )
            expected = phonenumbers.number_type(number) in mobile_types
            assert is_cn_mobile_prefix(prefix7) == expected, prefix7


def test_ipv4_scope_by_block_equals_ipaddress() -> None:
    import ipaddress
    import random

    from piplkit.discover.detect.recognizers.ip_address import ip_attributes, ipv4_attributes

    rng = random.Random(3)
    samples = [
        f"{a}.{b}.{c}.{d}"
        for a, b, c, d in [
            (10, 1, 2, 3),
            (172, 16, 0, 1),
            (172, 32, 0, 1),
            (192, 168, 1, 1),
            (127, 0, 0, 1),
            (192, 0, 0, 9),
            (192, 0, 0, 170),
            (192, 0, 0, 200),
            (169, 254, 3, 4),
            (100, 64, 1, 1),
            (198, 18, 0, 1),
            (203, 0, 113, 5),
            (8, 8, 8, 8),
        ]
    ]
    samples += [".".join(str(rng.randrange(256)) for _ in range(4)) for _ in range(3000)]
    for value in samples:
        assert ipv4_attributes(value) == ip_attributes(ipaddress.IPv4Address(value)), value


def test_fixed_line_check_equals_libphonenumber() -> None:
    import random

    import phonenumbers
    from phonenumbers import PhoneNumberType

    from piplkit.discover.detect.recognizers.landline import is_cn_fixed_line

    fixed = {PhoneNumberType.FIXED_LINE, PhoneNumberType.FIXED_LINE_OR_MOBILE}
    rng = random.Random(5)
    areas = ["10", *[f"2{d}" for d in range(10)], *[str(a) for a in range(310, 1000, 7)]]
    for _ in range(6000):
        local = str(rng.randrange(2, 10)) + "".join(
            str(rng.randrange(10)) for _ in range(rng.choice([6, 7]))
        )
        national = rng.choice(areas) + local
        number = phonenumbers.PhoneNumber(country_code=86, national_number=int(national))
        expected = phonenumbers.number_type(number) in fixed and phonenumbers.is_valid_number(
            number
        )
        assert is_cn_fixed_line(national) == expected, national
