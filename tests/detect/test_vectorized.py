"""The column validators must agree with the recognizers cell by cell: a full scan counts with
the former, the sample and the text engine with the latter."""

from __future__ import annotations

import random
from datetime import date

import pyarrow as pa
from hypothesis import given, settings
from hypothesis import strategies as st
from stdnum.iso7064 import mod_11_2
from tests.detect.helpers import AS_OF, detector

from piplkit.discover.detect.registry import BUILTIN_MODULES, MODEL_TYPES
from piplkit.discover.detect.vectorized import (
    CANDIDATES,
    VALIDATORS,
    candidate_pattern,
    whole_values,
)
from piplkit.discover.evaluation import catalogue_values as cat
from piplkit.discover.samples import identifiers as ids


def scalar_whole(type_id: str, text: str, as_of: date) -> tuple[bool, bool]:
    """What the recognizer says of a cell taken as a whole (the scan's per-cell fast path)."""
    d = detector(type_id)
    recognizer = d.recognizers[0]
    regex = recognizer.regex()
    group = "v" if "v" in regex.groupindex else 0
    m = regex.search(text)
    if m is None or m.span(group) != (0, len(text)):
        return False, False
    attributes = recognizer.validate(text, d.context)
    if attributes is None or recognizer.score(text, attributes) < 0.3:
        return False, False
    return True, bool(attributes.get("minor"))


def agree(type_id: str, texts: list[str]) -> None:
    valid, minor = whole_values(type_id, pa.array(texts), AS_OF)
    for i, text in enumerate(texts):
        expected_valid, expected_minor = scalar_whole(type_id, text, AS_OF)
        assert bool(valid[i]) == expected_valid, (type_id, i)
        if minor is not None:
            assert bool(minor[i]) == expected_minor, (type_id, i)


def mutate(rng: random.Random, value: str) -> str:
    """A look-alike: one character changed, dropped, doubled, or a separator added."""
    chars = list(value)
    i = rng.randrange(len(chars))
    op = rng.randrange(5)
    if op == 0:
        chars[i] = rng.choice("0123456789X-. @")
    elif op == 1:
        del chars[i]
    elif op == 2:
        chars.insert(i, chars[i])
    elif op == 3:
        chars.insert(i, rng.choice(" -"))
    return "".join(chars)


def corpus(rng: random.Random) -> dict[str, list[str]]:
    minors = [
        ids.resident_id(rng, born=date(2013 + k % 4, 1 + k % 12, 1 + k % 28)) for k in range(20)
    ]
    base = {
        "cn_resident_id": [ids.resident_id(rng) for _ in range(60)]
        + minors
        + ["110105491231002", "11010519491231002x", "820000200001010016"],
        "cn_mobile": [ids.mobile(rng) for _ in range(60)]
        + [
            "+86 138 1234 5678",
            "+8613812345678",
            "0086-13912345678",
            "(+86)13812345678",
            "138-1234-5678",
            "138 1234-5678",
            "17400123456",
            "17406123456",
            "16101234567",
        ],
        "bank_card": [ids.bank_card(rng) for _ in range(30)]
        + [
            ids.bank_card(rng, prefix=p, length=n)
            for p, n in [
                ("4", 16),
                ("4", 19),
                ("51", 16),
                ("2221", 16),
                ("3528", 18),
                ("6011", 16),
                ("65", 17),
                ("645", 16),
                ("81", 19),
                ("4", 17),
                ("56", 16),
                ("9558", 19),
            ]
        ]
        + ["6222 0212 3456 7890 128", "4111-1111-1111-1111", "4111 1111 1111 1111"],
        "email": [
            "li.lei@example.com",
            "a.b+c@mail.example.com.cn",
            "x..y@example.com",
            "x.@example.com",
            "abc@localhost",
            "-a@example.com",
            "a@b.c",
        ],
        "ipv4": [
            "36.112.8.9",
            "0.0.0.0",
            "224.0.0.1",
            "239.1.1.1",
            "255.255.255.0",
            "192.168.001.1",
            "256.1.1.1",
            "10.0.0.255",
            "1.2.3",
        ],
    }
    base.update(catalogue_corpus(rng))
    out: dict[str, list[str]] = {}
    for type_id, values in base.items():
        out[type_id] = values + [mutate(rng, v) for v in values for _ in range(3)]
    return out


def catalogue_corpus(rng: random.Random) -> dict[str, list[str]]:
    """Values of the catalogue types with column validators, valid and near misses."""
    made = {
        t: [cat.MAKERS[t](rng)[0] for _ in range(60)]
        for t in ("imei", "mac_address", "vin", "foreign_permanent_resident_id")
    }
    fpr_minors = []
    for k in range(10):
        body = f"931826{2013 + k % 3}0{1 + k % 9}1{k % 10}00{k}"
        fpr_minors.append(body + mod_11_2.calc_check_digit(body))
    made["imei"] += [
        "000000000000000",
        "861111111111111",
        "86 201234 567890 0",
        "86-201234-567890-0",
    ]
    made["mac_address"] += [
        "00:00:00:00:00:00", "FF-FF-FF-FF-FF-FF", "01:00:5e:00:00:fb", "00:1A-2B:3C:4D:5E",
        "001A2B3C4D5E", "001a.2b3c.4d5e", "12-34-56-78-90-12",
    ]  # fmt: skip
    made["vin"] += [
        "1G1ZT53826F109149",
        "LSVAU2180N2183294",
        "12345678901234567",
        "1G1ZT53826U109149",
    ]
    made["foreign_permanent_resident_id"] += [
        *fpr_minors,
        "911124198108030024", "KAZ110090123105", "KAZ110090123104", "CHN110090123105",
        "KAZ110026010105", "911156198108030026", "KAZ110000000000",
    ]  # fmt: skip
    return made


def test_validators_agree_with_recognizers_on_valid_and_look_alike_values() -> None:
    for type_id, texts in corpus(random.Random(7)).items():
        agree(type_id, texts)


@settings(max_examples=60)
@given(st.lists(st.text(alphabet="0123456789Xx+-. @()abc", max_size=22), max_size=30))
def test_validators_agree_on_arbitrary_strings(texts: list[str]) -> None:
    for type_id in VALIDATORS:
        agree(type_id, texts)


def test_nulls_and_empty_arrays() -> None:
    for type_id in VALIDATORS:
        valid, _ = whole_values(type_id, pa.array([None, ""], pa.string()), AS_OF)
        assert not valid.any()
        valid, _ = whole_values(type_id, pa.array([], pa.string()), AS_OF)
        assert len(valid) == 0


def test_mobile_ranges_match_the_numbering_metadata_for_every_prefix() -> None:
    # Every 4-digit mobile prefix, with a few fifth/sixth digits: the RE2 pattern taken from the
    # metadata must agree with libphonenumber's own classification.
    texts = [
        f"1{a}{b}{c}{rest}"
        for a in "3456789"
        for b in "0123456789"
        for c in "0123456789"
        for rest in ("0000000", "5000000", "9999999")
    ]
    agree("cn_mobile", texts)


def test_mobile_writings_with_prefixes_and_groups_read_the_right_seven_digits() -> None:
    # The column check reads the first 7 digits of the number from the end of the writing
    # (11 characters, or 13 when grouped 3-4-4); range edges (1740 0 / 1740 6, 1610) show a
    # misread digit, every country prefix and grouping is written around each.
    numbers = ["17400123456", "17406123456", "16101234567", "16111234567", "13812345678"]
    prefixes = ["", "+86", "+86 ", "+86-", "0086", "0086 ", "0086-", "(+86)", "(+86) ", "86", "86-"]
    texts = [
        prefix + body
        for n in numbers
        for body in (n, f"{n[:3]}-{n[3:7]}-{n[7:]}", f"{n[:3]} {n[3:7]} {n[7:]}")
        for prefix in prefixes
    ]
    texts += [f"{n[:3]} {n[3:7]}-{n[7:]}" for n in numbers] + ["+86 1740012345", "86 13812345678"]
    agree("cn_mobile", texts)


STRONG = tuple(t for t in BUILTIN_MODULES if t not in MODEL_TYPES)
_PIECES = st.sampled_from(
    [
        "13812345678",
        "+86 139 1234 5678",
        "010-62345678",
        "(0755)86001234",
        "6222021234567890128",
        "4111 1111 1111 1111",
        "li@example.com",
        "36.112.8.9",
        "2001:db8::1",
        "E12345678",
        "京A·12345",
        "沪AD12345",
        "C12345678",
        "91350100M000100Y43",
        "11010519491231002X",
        "110105491231002",
        "身份证",
        "电话",
        "护照",
        "，",
        " ",
        "-",
        ":",
        ".",
        "订单号",
        "2024-11-05 12:30:45",
        "¥1,234.56",
        "v1.2.3",
        "IMEI：862012345678900",
        "862012345678900",
        "00:1A:2B:3C:4D:5E",
        "001a.2b3c.4d5e",
        "物理地址001A2B3C4D5E",
        "1G1ZT53826F109149",
        "车架号LSVAU2180N2183294",
        "39.9042,116.4074",
        "lat=39.90&lng=116.40",
        "北纬39°54′27″ 东经116°23′17″",
        "台胞证",
        "12345678",
        "0561682001(D)",
        "911124198108030024",
        "KAZ110090123105",
        "南字第1234567号",
        "军官证",
        "IDFA",
        "6D92078A-8246-4BA4-AE5B-76104861E7DC",
        "9774d56d682e549c",
        "QQ",
        "微信",
        "abc_123x",
        "wxid_abc123def",
        "出生日期",
        "1990-01-02",
        "密码",
        "P@ss1!",
        "PIN:",
        "1234",
    ]
)


@settings(max_examples=400, deadline=None)
@given(st.lists(_PIECES, max_size=8).map("".join))
def test_candidate_patterns_are_supersets_of_the_recognizers(text: str) -> None:
    findings = detector(*STRONG).detect(text) if text else []
    for f in findings:
        hits = pc_match([text], CANDIDATES[f.type])
        assert hits[0], f.type


def pc_match(texts: list[str], pattern: str) -> list[bool]:
    import pyarrow.compute as pc

    return pc.match_substring_regex(pa.array(texts), pattern).to_pylist()


def test_candidate_pattern_needs_every_type() -> None:
    assert candidate_pattern(("cn_mobile", "person_name")) is None
    assert candidate_pattern(()) is None
    assert pc_match(["手机13812345678", "无"], candidate_pattern(("cn_mobile", "email"))) == [
        True,
        False,
    ]
