"""Column rules for the missed PI columns blind set 11 showed (issue 11), in this file's own
wordings and values: what a caller asked of a service desk, border crossings and trips abroad,
hotel bookings with their dates, lessons watched lately, a card's ledger of dated items with
bare amounts, short tagged fingerprint templates, an ancestry composition joined by middle
dots, an undisclosed sexual orientation, a language test's score, hearing thresholds by ear,
girths and garment or boot sizes, height and weight abbreviated.

The controls must stay as they were: a request's category, one port name, a product's size
code, a machine's tagged short code, a shirt's letter size (set 9's choice). Set 11's sleep-study
oxygen nadir (最低血氧, a health record there) is left: set 9 wrote min_spo2 as a body
measurement."""

from __future__ import annotations

import random

import pytest
from tests.scan.helpers import pick
from tests.scan.test_export_vocabulary import one, types


@pytest.fixture
def rng() -> random.Random:
    return random.Random(1111)


def _dated(rng: random.Random, items: list[str], sep: str, n: int = 60) -> list[str]:
    out = []
    for _ in range(n):
        k = rng.randrange(2, 4)
        out.append(
            sep.join(
                f"{rng.randrange(1, 13):02d}-{rng.randrange(1, 29):02d} {rng.choice(items)}"
                for _ in range(k)
            )
        )
    return out


@pytest.mark.parametrize(
    ("header", "maker", "expected"),
    [
        # what a caller asked of a hotline, in their words
        (
            "投诉内容",
            lambda r: pick(r, ["楼上漏水一直不修，请尽快处理", "公交站牌被撞坏了，能不能换一个"]),
            "communication_record",
        ),
        (
            "complaint_content",
            lambda r: pick(r, ["噪音太大晚上睡不着", "垃圾三天没人收了"]),
            "communication_record",
        ),
        # border crossings and trips abroad, dated
        ("过关记录", lambda r: _dated(r, ["文锦渡", "莲塘", "蛇口"], " / "), "trajectory"),
        ("border_crossings", lambda r: _dated(r, ["沙头角", "西九龙"], "; "), "trajectory"),
        ("出境经历", lambda r: _dated(r, ["清迈", "河内", "巴厘岛"], "；"), "trajectory"),
        # hotel bookings with their dates
        (
            "hotel_reservation",
            lambda r: pick(r, ["全季 03.02-03.05", "汉庭 11.20-11.22", "亚朵 07.01~07.04"]),
            "accommodation_record",
        ),
        # lessons watched lately
        (
            "近期观看",
            lambda r: pick(r, ["11-02 勾股定理; 11-04 电路图", "11-05 古诗三首"]),
            "browsing_history",
        ),
        (
            "watchedLessons",
            lambda r: pick(r, ["分数加减法", "Unit3 口语; 牛顿第一定律"]),
            "browsing_history",
        ),
        # a card's ledger: dated items with bare amounts
        (
            "recent_txns",
            lambda r: pick(r, ["11/3 洗衣 3.00; 11/4 打印 0.50", "11/6 热水 1.20; 11/7 洗衣 3.00"]),
            "transaction_record",
        ),
        # short fingerprint templates behind a vendor's tag
        (
            "指纹特征码",
            lambda r: pick(r, ["ZK9:QkFTRTY0VEVTVA==", "ZK9:U0FNUExFWFk=", "ZK9:Rk9PQkFSMQ=="]),
            "biometric",
        ),
        # an ancestry composition joined by middle dots
        (
            "祖先成分占比",
            lambda r: pick(
                r, ["华中汉族 70% · 华北汉族 25% · 蒙古 5%", "华东汉族 88% · 华南汉族 12%"]
            ),
            "genetic_data",
        ),
        # an undisclosed or unsure sexual orientation among the answers
        (
            "sexual_orientation",
            lambda r: pick(r, ["异性恋", "保密", "不愿回答", "不确定"]),
            "sexual_orientation",
        ),
        # a language test's score
        (
            "外语成绩",
            lambda r: pick(r, ["IELTS 7", "GRE 320", "TOEFL 88", "多邻国 115"]),
            "education",
        ),
        # each ear's threshold,
        (
            "听阈测试",
            lambda r: pick(r, ["左耳45dB 右耳60dB", "左耳30dB 右耳35dB"]),
            "health_record",
        ),
        (
            "hearing_threshold",
            lambda r: pick(r, ["L 40 / R 55", "L 25 / R 30", "L 70 / R 65"]),
            "health_record",
        ),
        # girths and sizes a person is fitted with
        ("头围", lambda r: pick(r, ["46cm", "48cm", "50cm"]), "body_measurement"),
        ("uniform_size", lambda r: pick(r, ["150", "160", "165", "170"]), "body_measurement"),
        ("靴码", lambda r: pick(r, ["38", "39", "42", "44"]), "body_measurement"),
        ("HGT", lambda r: pick(r, ["152", "161", "148", "170"]), "body_measurement"),
    ],
)
def test_set11_record_families(
    rng: random.Random, header: str, maker: object, expected: str
) -> None:
    assert callable(maker)
    assert one(header, maker(rng)) == expected


@pytest.mark.parametrize(
    ("header", "words"),
    [
        # a request's category is a count's key, not what someone said
        ("诉求类别", ["市容环境", "交通出行", "供水供电"]),
        # one port, the usual one, is no trajectory
        ("常用口岸", ["罗湖", "福田", "皇岗"]),
        # a product's size code in a goods list
        ("规格", ["S", "M", "L", "XL"]),
        # a machine's tagged short code is no template
        ("固件版本", ["FW:V1.2.3", "FW:V2.0.1"]),
    ],
)
def test_set11_record_controls(rng: random.Random, header: str, words: list[str]) -> None:
    assert one(header, pick(rng, words)) is None


def test_ancestry_beside_a_person_is_not_an_address(rng: random.Random) -> None:
    found = types(
        {
            "姓名": pick(rng, ["王芳", "李娜", "张伟", "刘洋"]),
            "ancestry_share": pick(rng, ["华中汉族 61% · 华南汉族 36% · 满族 3%"]),
            "收货地址": pick(rng, ["江苏省南京市鼓楼区中山路18号", "浙江省杭州市西湖区文三路90号"]),
        }
    )
    assert found["ancestry_share"] == "genetic_data"
    assert found["收货地址"] == "address"


def test_a_shirt_letter_size_is_a_worn_size() -> None:
    """A person's worn size is a body measurement (docs/evaluation.md, Gold conventions; set 9's
    tshirt_size was relabelled to it): this was a no-PI control before set 13 (branch fix11p)."""
    assert one("tshirt_size", pick(random.Random(9), ["S", "M", "L", "XL"])) == "body_measurement"
