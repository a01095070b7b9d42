"""Where header words occur (token boundaries, Chinese overlaps, whole-token words, subjects)
and the value rules added with them (month-day birthdays, flats, SOS number lists, private
networks, machine logs): issue 11, the causes of held-out set 5's errors in general form."""

from __future__ import annotations

import random
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.scan.helpers import mobile
from tests.scan.test_export_vocabulary import one, types

from piplkit.discover.scan.header_words import contains, last_token_start, tokens
from piplkit.discover.scan.hints import key_of, load_hints, normalise_header
from piplkit.discover.scan.profiles import load_profiles

_WORD = st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=2, max_size=8)


@pytest.fixture
def rng() -> random.Random:
    return random.Random(1205)


def test_tokens_split_at_separators_case_digits_and_script() -> None:
    assert tokens("STORED_VALUE_BAL") == ["stored", "value", "bal"]
    assert tokens("readHistory") == ["read", "history"]
    assert tokens("IDCardNo") == ["id", "card", "no"]
    assert tokens("imei2") == ["imei", "2"]
    assert tokens("终端MAC") == ["终端", "mac"]
    assert key_of("终端MAC").bounds == frozenset({0, 2, 5})
    assert not key_of("storedvaluebal").marked


@settings(max_examples=200, deadline=None)
@given(st.text(min_size=0, max_size=30))
def test_the_key_is_the_normalised_header_and_its_bounds_lie_in_it(header: str) -> None:
    key = key_of(header)
    assert key.text == normalise_header(header)
    assert 0 in key.bounds and len(key.text) in key.bounds
    assert all(0 <= b <= len(key.text) for b in key.bounds)


@settings(max_examples=200, deadline=None)
@given(st.lists(_WORD, min_size=1, max_size=4), st.data())
def test_a_whole_token_is_always_found(words: list[str], data: st.DataObject) -> None:
    style = data.draw(st.sampled_from(["snake", "camel", "caps"]))
    if style == "snake":
        header = "_".join(words)
    elif style == "camel":
        header = words[0] + "".join(w.capitalize() for w in words[1:])
    else:
        header = "_".join(w.upper() for w in words)
    key = key_of(header)
    for word in words:
        assert contains(key, word)
        assert last_token_start(key, word) >= 0


@settings(max_examples=200, deadline=None)
@given(_WORD, st.sampled_from(["d", "ed", "er", "ing", "age"]), _WORD)
def test_a_stem_is_not_found_in_an_inflected_token(stem: str, ending: str, rest: str) -> None:
    word = stem + ending
    header = f"{word.upper()}_{rest.upper()}"
    if re.search(stem, rest) or stem in word[1:]:
        return  # the stem occurs again elsewhere, legitimately
    assert not contains(key_of(header), stem)
    assert contains(key_of(f"{stem}_{rest}"), stem)


def test_english_hint_words_match_at_token_boundaries() -> None:
    hints = load_hints()
    assert hints.analyse("STORED_VALUE_BAL").hint == "account_balance"  # not "store"
    assert not hints.analyse("STORED_VALUE_BAL").negative
    assert hints.analyse("router_ip").hint is None  # not "route"
    assert hints.analyse("scheduled_at").hint is None  # not "edu"
    assert hints.analyse("user_mobileno").hint == "cn_mobile"  # a compound token still begins
    assert hints.analyse("cellPhone").hint == "cn_mobile"
    assert hints.analyse("readHistory").hint == "browsing_history"


def test_short_words_count_only_as_whole_tokens() -> None:
    hints = load_hints()
    assert hints.analyse("终端MAC").hint == "mac_address"
    assert hints.analyse("device_mac").hint == "mac_address"
    assert hints.analyse("machine_id").hint is None
    assert hints.analyse("PD_mm").hint == "body_measurement"
    assert hints.analyse("update_time").hint is None


def test_a_chinese_word_loses_the_characters_a_later_business_word_takes() -> None:
    hints = load_hints()
    assert hints.analyse("中奖金额").negative  # 中奖 + 金额, not 奖金
    assert hints.analyse("年终奖金额").hint == "income"  # 年终奖 stands; 金额 qualifies it
    assert hints.analyse("工资金额").hint == "income"
    assert hints.analyse("住房公积金").negative  # the head noun is 公积金
    assert hints.analyse("公积金余额").hint == "account_balance"
    assert hints.analyse("住房公积金缴存基数").hint == "income"


def test_a_header_about_an_animal_or_a_thing_names_no_body_measurement() -> None:
    hints = load_hints()
    assert hints.analyse("pet_weight_kg").hint is None
    assert hints.analyse("货物重量").hint is None
    assert hints.analyse("weight_kg").hint == "body_measurement"
    assert hints.analyse("pet_owner_name").hint == "person_name"
    assert hints.analyse("POINTS_BAL").hint is None  # loyalty points are not money held
    assert hints.analyse("积分余额").hint is None
    assert hints.analyse("卡内余额").hint == "account_balance"


def test_certificate_numbers_of_a_house_are_real_estate_not_identity() -> None:
    assert load_hints().analyse("HOUSE_CERT_NO").hint == "real_estate"
    assert load_hints().analyse("cert_no").hint == "cn_resident_id"


def test_a_freight_tariff_is_a_goods_table(rng: random.Random) -> None:
    weights = [f"{rng.uniform(1, 30):.2f}" for _ in range(60)]
    found = types({"ZD_WEIGHT_FROM": weights, "ZD_FIRST_KG": weights, "ZD_DAYS": ["3"] * 60})
    assert found["ZD_WEIGHT_FROM"] is None


@settings(max_examples=200, deadline=None)
@given(st.integers(1, 12), st.integers(1, 28), st.sampled_from(["{m:02d}-{d:02d}", "{m}月{d}日",
                                                                  "{m}/{d}", "{m:02d}.{d:02d}"]))
def test_month_day_birthdays_fit_under_a_birthday_header(m: int, d: int, form: str) -> None:
    profile = load_profiles().get("birth_date")
    assert profile is not None
    text = form.format(m=m, d=d)
    assert profile.fits(text)
    assert not profile.is_strong(text)  # never a birth date without the header


def test_a_month_day_birthday_column(rng: random.Random) -> None:
    values = [f"{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}" for _ in range(60)]
    assert one("生日", values) == "birth_date"
    assert one("col_3", values) is None


@settings(max_examples=200, deadline=None)
@given(
    st.integers(1, 99),
    st.sampled_from(["栋", "幢", "号楼"]),
    st.integers(1, 9),
    st.integers(1, 33),
    st.integers(1, 4),
    st.sampled_from(["", "室"]),
)
def test_flats_written_building_unit_room_are_addresses(
    building: int, word: str, unit: int, floor: int, room: int, suffix: str
) -> None:
    profile = load_profiles().get("address")
    assert profile is not None
    assert profile.is_strong(f"{building}{word}{unit}单元{floor}{room:02d}{suffix}")


def test_a_bare_room_number_is_not_a_flat() -> None:
    profile = load_profiles().get("address")
    assert profile is not None
    assert not any(profile.is_strong(v) for v in ("1403", "A1203", "3单元", "28栋"))


def test_an_opaque_column_of_flats_is_an_address(rng: random.Random) -> None:
    flats = [
        f"{rng.randint(1, 30)}栋{rng.randint(1, 4)}单元{rng.randint(1, 30)}0{rng.randint(1, 4)}"
        for _ in range(60)
    ]
    assert one("col_1", flats) == "address"


def test_three_numbers_in_a_cell_are_contacts(rng: random.Random) -> None:
    lists = [",".join(mobile(rng) for _ in range(3)) for _ in range(60)]
    assert one("紧急联系号码", lists) == "contacts"
    assert one("c7", lists) == "contacts"


def test_an_allergy_history_is_a_health_record(rng: random.Random) -> None:
    answers = ["青霉素", "花粉", "海鲜", "磺胺类", "芒果", "否认", "无", "头孢类"]
    values = [rng.choice(answers) for _ in range(60)]
    assert one("过敏史", values) == "health_record"
    assert one("allergies", values) == "health_record"
    assert one("备注", values) is None


def test_lens_powers_under_a_prescription_header(rng: random.Random) -> None:
    powers = [f"-{rng.randint(1, 28) * 0.25:.2f}" for _ in range(60)]
    assert one("OD_Sphere", powers) == "health_record"
    assert one("球镜", powers) == "health_record"


def _private_ip(rng: random.Random) -> str:
    return f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


def test_private_addresses_alone_in_a_table_about_nobody_are_machines(
    rng: random.Random,
) -> None:
    ips = [_private_ip(rng) for _ in range(60)]
    costs = [f"{rng.uniform(10, 3000):.2f}" for _ in range(60)]
    products = [rng.choice(["ECS", "RDS", "OSS"]) for _ in range(60)]
    found = types({"field2": products, "field3": ips, "field4": costs})
    assert found["field3"] is None
    names = [rng.choice(["张伟", "王芳", "李娜", "刘洋", "陈静"]) for _ in range(60)]
    phones = [mobile(rng) for _ in range(60)]
    found = types({"field1": names, "field2": phones, "field3": ips})
    assert found["field3"] == "ipv4"  # beside a person's name and phone it is theirs
    assert one("login_ip", ips) == "ipv4"  # a header naming it decides


def test_a_machine_log_message_is_not_a_communication(rng: random.Random) -> None:
    lines = ["job finished", "connection pool exhausted", "retrying upstream call"]
    log = {
        "host": [f"app-api-{rng.randint(1, 40)}" for _ in range(60)],
        "host_ip": [_private_ip(rng) for _ in range(60)],
        "cpu_pct": [f"{rng.uniform(1, 99):.1f}%" for _ in range(60)],
        "msg": [rng.choice(lines) for _ in range(60)],
    }
    assert types(log)["msg"] is None
    chat = {"from_user": [f"u{rng.randint(1, 999)}" for _ in range(60)], "msg": log["msg"]}
    assert types(chat)["msg"] == "communication_record"


def test_a_body_only_measurement_survives_a_goods_table(rng: random.Random) -> None:
    skus = [f"SKU-{rng.randint(10000, 99999)}" for _ in range(60)]
    found = types(
        {
            "FrameSKU": skus,
            "PD_mm": [str(rng.randint(55, 70)) for _ in range(60)],
            "weight_g": [str(rng.randint(10, 40)) for _ in range(60)],
        }
    )
    assert found["PD_mm"] == "body_measurement"  # a pupillary distance is a person's
    assert found["weight_g"] is None  # a frame's weight is the product's
