"""Header words for a business's own things read as PI (blind set 15, issue 11), in this file's
own wordings and values:

* a photo of a parcel or a shop's sign (包裹照片, shopfront_photo) shows no face;
* the fee of a grading or an exam (考级费用, 等级考试费) is an amount charged, no education;
* a radiation worker's personal dose (年剂量(mSv), personal_dose_msv) is a workplace exposure
  quantity, no treatment's dose;
* where a flight lands or takes off (着陆点坐标, landing_site) is a site, not a passenger's
  position; a server's address in pinyin initials (fwqdz) is a machine's.

Controls that must not change: a member's 本人照片, 学历, a drug's 用药剂量, a person's 定位坐标
beside names and phones, a customer's 登录IP."""

from __future__ import annotations

import random

import pytest
from tests.scan.helpers import chinese_name, mobile
from tests.scan.test_export_vocabulary import types

_SURNAMES = "韩冯邹宋潘田姜崔蒋钟"
_GIVEN = ["语", "桐", "梓", "涵", "睿", "彤", "宸", "悦", "晗", "煜"]
N = 60


def _people(rng: random.Random) -> dict[str, list[str]]:
    return {
        "姓名": [chinese_name(rng, _SURNAMES, _GIVEN) for _ in range(N)],
        "手机号": [mobile(rng) for _ in range(N)],
    }


def _photo(rng: random.Random, folder: str) -> str:
    return f"/files/{folder}/2026/{rng.randint(10**8, 10**9 - 1)}.png"


@pytest.fixture
def rng() -> random.Random:
    return random.Random(1507)


@pytest.mark.parametrize(
    "header", ["包裹照片", "店招照片", "门脸照片", "shopfront_photo", "PackagePhoto"]
)
def test_photo_of_a_thing_or_a_shop_front_is_no_face(rng: random.Random, header: str) -> None:
    cols = _people(rng) | {header: [_photo(rng, "pics") for _ in range(N)]}
    assert types(cols)[header] is None


def test_control_a_members_own_photo_stays_a_face(rng: random.Random) -> None:
    cols = _people(rng) | {"本人照片": [_photo(rng, "member") for _ in range(N)]}
    assert types(cols)["本人照片"] == "face_image"


@pytest.mark.parametrize("header", ["考级费用", "等级考试费", "考级报名费(元)", "exam_fee"])
def test_fee_of_a_grading_or_an_exam_is_no_education(rng: random.Random, header: str) -> None:
    cols = _people(rng) | {header: [str(rng.choice([200, 280, 350, 420, 600])) for _ in range(N)]}
    assert types(cols)[header] is None


def test_control_a_degree_stays_education(rng: random.Random) -> None:
    cols = _people(rng) | {"学历": [rng.choice(["本科", "大专", "硕士", "高中"]) for _ in range(N)]}
    assert types(cols)["学历"] == "education"


@pytest.mark.parametrize(
    "header", ["年剂量(mSv)", "personal_dose_msv", "累积剂量", "受照剂量（毫希）"]
)
def test_personal_dose_of_a_radiation_worker_is_no_health_record(
    rng: random.Random, header: str
) -> None:
    cols = _people(rng) | {header: [f"{rng.uniform(0.05, 4.5):.2f}" for _ in range(N)]}
    assert types(cols)[header] is None


def test_control_a_drug_dose_stays_a_health_record(rng: random.Random) -> None:
    doses = ["每日2次 每次10mg", "每日1次 每次5mg", "每晚1片", "每日3次 每次0.5g"]
    cols = _people(rng) | {"用药剂量": [rng.choice(doses) for _ in range(N)]}
    assert types(cols)["用药剂量"] == "health_record"


def _pair(rng: random.Random) -> str:
    return f"{rng.uniform(22.5, 23.2):.5f},{rng.uniform(113.2, 114.1):.5f}"


@pytest.mark.parametrize("header", ["着陆点坐标", "降落点", "landing_site", "takeoff_point"])
def test_where_a_flight_lands_or_takes_off_is_a_site(rng: random.Random, header: str) -> None:
    cols = _people(rng) | {header: [_pair(rng) for _ in range(N)]}
    assert types(cols)[header] is None


def test_control_a_persons_position_stays_coordinates(rng: random.Random) -> None:
    cols = _people(rng) | {"定位坐标": [_pair(rng) for _ in range(N)]}
    assert types(cols)["定位坐标"] == "geo_coordinates"


def _ip(rng: random.Random) -> str:
    octets = [rng.choice([39, 47, 101, 121]), rng.randint(0, 255), rng.randint(0, 255)]
    return ".".join(str(o) for o in [*octets, rng.randint(1, 254)])


def test_a_server_address_in_pinyin_initials_is_a_machines(rng: random.Random) -> None:
    cols = _people(rng) | {"fwqdz": [_ip(rng) for _ in range(N)]}
    assert types(cols)["fwqdz"] is None


def test_control_a_customers_login_ip_stays_ipv4(rng: random.Random) -> None:
    cols = _people(rng) | {"登录IP": [_ip(rng) for _ in range(N)]}
    assert types(cols)["登录IP"] == "ipv4"
