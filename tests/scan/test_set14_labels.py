"""A business's own labels read as PI (blind set 14, issue 11), in this file's own wordings and
values:

* a handful of group or grounds labels repeated down a column (a kindergarten's 向日葵班, a
  campsite's 东苑 and 西苑) sort the rows; the name and address model reads them as names or
  places;
* a unit a person is put in (专业小队: 爆破, 通信) is no major studied; a tag a site issues to find
  its staff (人员定位标签) holds a serial, no coordinates;
* a safety inspection's verdict (检查结论: 合格, 限期整改) in a table that records nobody is no
  one's health;
* an animal's nickname (熊猫昵称, or 昵称 in an aquarium's log) is no login.

Controls that must not change: children's names and a guardian's home address beside the group
labels, 所学专业 of a trainee, a location fix (定位坐标), an examination's 检查结论 beside a
worker's name and ID, a shop member's 昵称 beside a mobile."""

from __future__ import annotations

import random

import pytest
from tests.scan.helpers import chinese_name, mobile, random_id
from tests.scan.test_export_vocabulary import types

_SURNAMES = "韩冯邹宋潘田姜崔蒋钟"
_GIVEN = ["语", "桐", "梓", "涵", "睿", "彤", "宸", "悦", "晗", "煜"]
_STREETS = ["滨江路", "文一西路", "凤起路", "庆春路", "莫干山路"]


def _home(rng: random.Random) -> str:
    return f"浙江省杭州市西湖区{rng.choice(_STREETS)}{rng.randint(1, 400)}号{rng.randint(1, 30)}幢"


@pytest.fixture
def rng() -> random.Random:
    return random.Random(1407)


def _kindergarten(rng: random.Random, header: str, labels: list[str]) -> dict[str, list[str]]:
    n = 60
    return {
        "幼儿": [chinese_name(rng, _SURNAMES, _GIVEN) for _ in range(n)],
        "家长电话": [mobile(rng) for _ in range(n)],
        "家庭住址": [_home(rng) for _ in range(n)],
        header: [rng.choice(labels) for _ in range(n)],
    }


@pytest.mark.parametrize(
    ("header", "labels"),
    [
        ("所在班", ["向日葵班", "小星星班", "彩虹班", "小太阳班"]),
        ("group", ["蒲公英班", "小海豚班", "彩虹班"]),
        ("营地片区", ["东苑", "西苑", "南苑", "枫林"]),
        ("zone", ["松涛园", "竹园", "桂园", "梅园"]),
    ],
)
def test_group_labels_are_no_names_or_places(
    header: str, labels: list[str], rng: random.Random
) -> None:
    found = types(_kindergarten(rng, header, labels))
    assert found[header] is None
    # controls: the children's names and their homes keep their types
    assert found["幼儿"] == "person_name"
    assert found["家庭住址"] == "address"


def test_a_column_of_distinct_names_stays_names(rng: random.Random) -> None:
    table = _kindergarten(rng, "所在班", ["向日葵班", "彩虹班"])
    table["接送人"] = [chinese_name(rng, _SURNAMES, _GIVEN) for _ in range(60)]
    assert types(table)["接送人"] == "person_name"


@pytest.mark.parametrize("header", ["专业小队", "所在中队", "救援编组"])
def test_a_unit_is_no_major(header: str, rng: random.Random) -> None:
    n = 60
    table = {
        "队员": [chinese_name(rng, _SURNAMES, _GIVEN) for _ in range(n)],
        "身份证号": [random_id(rng) for _ in range(n)],
        header: [rng.choice(["爆破", "医疗", "通信", "运输", "搜救"]) for _ in range(n)],
        "所学专业": [rng.choice(["通信工程", "临床医学", "土木工程", "护理学"]) for _ in range(n)],
    }
    found = types(table)
    assert found[header] is None
    assert found["所学专业"] == "education"  # control


@pytest.mark.parametrize("header", ["人员定位标签", "井下定位牌", "定位标识卡"])
def test_a_location_tag_is_no_coordinates(header: str, rng: random.Random) -> None:
    n = 60
    table = {
        "职工": [chinese_name(rng, _SURNAMES, _GIVEN) for _ in range(n)],
        header: [f"ES{rng.randint(100000, 999999)}" for _ in range(n)],  # an equipment serial
        "定位坐标": [f"{rng.uniform(30.1, 30.4):.5f},{rng.uniform(120.1, 120.4):.5f}"
                 for _ in range(n)],
    }  # fmt: skip
    found = types(table)
    assert found[header] is None
    assert found["定位坐标"] == "geo_coordinates"  # control


_VERDICTS = ["合格", "不合格", "基本合格", "限期整改", "合格", "良好"]


@pytest.mark.parametrize("header", ["检查结论", "结论"])
def test_an_inspections_verdict_is_no_health(header: str, rng: random.Random) -> None:
    n = 60
    table = {
        "检查单号": [f"AJ{rng.randint(10000, 99999)}" for _ in range(n)],
        "受检场所": [rng.choice(["一号仓库", "配电房", "食堂", "锅炉房"]) for _ in range(n)],
        "隐患数": [str(rng.randint(0, 9)) for _ in range(n)],
        header: [rng.choice(_VERDICTS) for _ in range(n)],
    }
    assert types(table)[header] is None


def test_an_examinations_conclusion_beside_a_worker_stays_health(rng: random.Random) -> None:
    n = 60
    table = {
        "姓名": [chinese_name(rng, _SURNAMES, _GIVEN) for _ in range(n)],
        "身份证号": [random_id(rng) for _ in range(n)],
        "检查结论": [
            rng.choice(["未见异常", "疑似职业病", "高血压", "听力下降"]) for _ in range(n)
        ],
    }
    assert types(table)["检查结论"] == "health_record"


_NICKNAMES = ["乐乐", "欢欢", "阿宝", "Coco", "小白", "毛毛", "贝贝", "Bobo"]


def test_an_animals_nickname_is_no_login(rng: random.Random) -> None:
    n = 60
    table = {
        "物种": [rng.choice(["海豚", "白鲸", "海狮", "企鹅"]) for _ in range(n)],
        "昵称": [rng.choice(_NICKNAMES) for _ in range(n)],
        "投喂量(kg)": [f"{rng.uniform(1, 30):.1f}" for _ in range(n)],
        "饲养员工号": [f"S{rng.randint(100, 999)}" for _ in range(n)],
    }
    assert types(table)["昵称"] is None


def test_a_header_naming_the_animal_takes_the_login_away(rng: random.Random) -> None:
    n = 60
    table = {
        "主人": [chinese_name(rng, _SURNAMES, _GIVEN) for _ in range(n)],
        "手机": [mobile(rng) for _ in range(n)],
        "宠物昵称": [rng.choice(_NICKNAMES) for _ in range(n)],
    }
    assert types(table)["宠物昵称"] is None


def test_a_members_nickname_stays_a_login(rng: random.Random) -> None:
    n = 60
    table = {
        "手机": [mobile(rng) for _ in range(n)],
        "昵称": [f"{rng.choice(_NICKNAMES)}{rng.randint(1, 9999)}" for _ in range(n)],
        "积分": [str(rng.randint(0, 5000)) for _ in range(n)],
    }
    assert types(table)["昵称"] == "account_name"  # control
