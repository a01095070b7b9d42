"""Column rules for the missed and mis-typed PI columns blind set 12 showed (issue 11), in this
file's own wordings and values: digits typed full-width, an English gloss in a bracket after
the Chinese words, a vendor export's F prefix, SSC for a social security card, questions and
pinyin spellings of hint words, dated passages and rides, contact entries kept as JSON with a
relation, several genes' genotypes in one cell.

The controls must stay as they were: a bracket naming a phone (联系人(手机)), a bare contact
name, product codes typed full-width, the initials 通信记录 and 快递员 keep (txjl, kdy), a field
starting with F that is no vendor prefix."""

from __future__ import annotations

import random
from collections.abc import Callable

import pytest
from tests.scan.helpers import chinese_name, in_register, mobile, random_id

_FW = {code: code + 0xFEE0 for code in range(0x21, 0x7F)}

_BESIDE = {"客户姓名": chinese_name, "联系电话": mobile}


def _dated(rng: random.Random, places: list[str]) -> list[str]:
    out = []
    for _ in range(60):
        items = [
            f"{rng.randrange(9, 13):02d}-{rng.randrange(1, 29):02d} "
            f"{rng.randrange(6, 23):02d}:{rng.randrange(0, 60):02d} {rng.choice(places)}"
            for _ in range(rng.randrange(2, 5))
        ]
        out.append("；".join(items))
    return out


def _contact(rng: random.Random, keys: tuple[str, str, str]) -> str:
    entries = [
        f'{{"{keys[0]}": "{chinese_name(rng)}", '
        f'"{keys[1]}": "{rng.choice(["父亲", "姐姐", "朋友"])}", '
        f'"{keys[2]}": "{mobile(rng)}"}}'
        for _ in range(rng.randrange(1, 3))
    ]
    return "[" + ", ".join(entries) + "]"


def _ssc(rng: random.Random) -> str:
    return rng.choice("ABCD") + f"{rng.randrange(10**8):08d}"


def _masked_card(rng: random.Random) -> str:
    return f"{rng.choice(['6222', '6217', '4392'])} **** **** {rng.randrange(10**4):04d}"


def _money(rng: random.Random) -> str:
    return f"{rng.randrange(100, 300000) / 100:.2f}"


Maker = Callable[[random.Random], list[str]]

_CASES: list[tuple[str, Maker, str]] = [
    # ID numbers and mobiles typed full-width (１１０１…), named and under an opaque header
    ("证件号", lambda r: [random_id(r).translate(_FW) for _ in range(60)], "cn_resident_id"),
    ("col_7", lambda r: [random_id(r).translate(_FW) for _ in range(60)], "cn_resident_id"),
    ("联系手机", lambda r: [mobile(r).translate(_FW) for _ in range(60)], "cn_mobile"),
    # SSC, the social security card's abbreviation, alone and as a bracketed gloss
    ("ssc_number", lambda r: [_ssc(r) for _ in range(60)], "social_security_card"),
    ("医保卡号(SSC)", lambda r: [_ssc(r) for _ in range(60)], "social_security_card"),
    # an English gloss after the Chinese words: the Chinese words name the column
    (
        "公司(FIRM)",
        lambda r: [
            f"{r.choice(['华信', '远航', '恒达'])}{r.choice(['科技', '物流'])}有限公司"
            for _ in range(60)
        ],
        "employer",
    ),
    ("最近骑行记录(CYCLING)", lambda r: _dated(r, ["滨江绿道", "环湖路", "植物园"]), "trajectory"),
    # a vendor export's F prefix before the field's words
    ("FMobilePhone", lambda r: [mobile(r) for _ in range(60)], "cn_mobile"),
    (
        "FJobTitle",
        lambda r: [r.choice(["会计", "工程师", "销售经理", "护士"]) for _ in range(60)],
        "job_title",
    ),
    # questions and the pinyin of hint words
    ("几岁了", lambda r: [str(r.randrange(18, 80)) for _ in range(60)], "age"),
    ("duogao", lambda r: [str(r.randrange(150, 195)) for _ in range(60)], "body_measurement"),
    ("一个月赚多少", lambda r: [str(r.randrange(30, 400) * 100) for _ in range(60)], "income"),
    ("学费还剩", lambda r: [_money(r) for _ in range(60)], "account_balance"),
    ("yajinyue", lambda r: [_money(r) for _ in range(60)], "account_balance"),
    (
        "在哪上班",
        lambda r: [
            f"{r.choice(['华信', '远航', '恒达'])}{r.choice(['科技', '物流'])}有限公司"
            for _ in range(60)
        ],
        "employer",
    ),
    (
        "开了什么药",
        lambda r: [r.choice(["阿莫西林胶囊", "布洛芬片", "蒙脱石散"]) for _ in range(60)],
        "health_record",
    ),
    (
        "prescribed_medication",
        lambda r: [r.choice(["阿莫西林胶囊", "布洛芬片"]) for _ in range(60)],
        "health_record",
    ),
    (
        "jiazhangweixin",
        lambda r: [f"wxid_{r.randrange(10**6, 10**7)}" for _ in range(60)],
        "wechat_id",
    ),
    ("kaijimima", lambda r: [str(r.randrange(10**5, 10**6)) for _ in range(60)], "password"),
    (
        "yuqizhuangtai",
        lambda r: [r.choice(["正常", "M1逾期", "M3逾期", "已结清"]) for _ in range(60)],
        "credit_record",
    ),
    ("koukuanyinhangka", lambda r: [_masked_card(r) for _ in range(60)], "bank_card"),
    (
        "shenqingrenhuzhaohao",
        lambda r: [f"E{r.randrange(10**7, 10**8)}" for _ in range(60)],
        "passport",
    ),
    (
        "rudunianji",
        lambda r: [r.choice(["一年级", "三年级", "初一"]) for _ in range(60)],
        "education",
    ),
    (
        "xianchangzhaopian",
        lambda r: [f"/data/snap/{r.randrange(10**9)}.jpg" for _ in range(60)],
        "face_image",
    ),
    (
        "用户留言",
        lambda r: [
            r.choice(["快递三天没到，麻烦帮我查一下", "东西收到了但是少了一件"]) for _ in range(60)
        ],
        "communication_record",
    ),
    (
        "mother_title",
        lambda r: [r.choice(["会计", "工程师", "销售经理"]) for _ in range(60)],
        "job_title",
    ),
    (
        "recently_viewed",
        lambda r: [
            "、".join(r.sample(["电饭煲", "保温杯", "蓝牙耳机", "跑鞋"], 3)) for _ in range(60)
        ],
        "browsing_history",
    ),
    (
        "住的宾馆",
        lambda r: [
            f"2026-0{r.randrange(1, 9)}-1{r.randrange(0, 9)}起{r.randrange(1, 5)}晚 "
            f"{r.choice(['全季酒店', '汉庭酒店'])}"
            for _ in range(60)
        ],
        "accommodation_record",
    ),
    # dated passages and rides
    ("passage_history", lambda r: _dated(r, ["京承高速来广营站", "机场高速北皋站"]), "trajectory"),
    ("去过哪", lambda r: _dated(r, ["滨江绿道", "环湖路", "植物园"]), "trajectory"),
    # contact entries as JSON with a relation and a phone, under a contact person's header
    (
        "应急联系人",
        lambda r: [_contact(r, ("name", "relation", "tel")) for _ in range(60)],
        "contacts",
    ),
    (
        "紧急联络人",
        lambda r: [_contact(r, ("姓名", "关系", "电话")) for _ in range(60)],
        "contacts",
    ),
    # several genes' genotypes in one cell
    (
        "基因分型",
        lambda r: [
            f"MTHFR {r.choice(['CC', 'CT', 'TT'])}; ALDH2 {r.choice(['GG', 'GA'])}"
            for _ in range(60)
        ],
        "genetic_data",
    ),
    (
        "gene_panel",
        lambda r: [
            f"ACE {r.choice(['II', 'ID', 'DD'])}; ACTN3 {r.choice(['RR', 'XX'])}" for _ in range(60)
        ],
        "genetic_data",
    ),
]


@pytest.mark.parametrize(("header", "maker", "expected"), _CASES, ids=[c[0] for c in _CASES])
def test_set12_column_families(header: str, maker: Maker, expected: str) -> None:
    rng = random.Random(1212)
    assert in_register(header, maker(rng), rng, _BESIDE) == expected


_CONTROLS: list[tuple[str, Maker, str | None]] = [
    # a bracket that is a whole hint word names the column (联系人(手机) is a phone)
    ("联系人(手机)", lambda r: [mobile(r) for _ in range(60)], "cn_mobile"),
    # a contact's bare name stays a name (the conventions table)
    ("紧急联系人", lambda r: [chinese_name(r) for _ in range(60)], "person_name"),
    # product codes typed full-width stay no PI
    ("商品编码", lambda r: [f"SKU{r.randrange(10**5)}".translate(_FW) for _ in range(60)], None),
    # the initials 通信记录 and 快递员 keep though the new words share them
    (
        "txjl",
        lambda r: [r.choice(["明天上午十点开会", "收到，马上处理"]) for _ in range(60)],
        "communication_record",
    ),
    ("kdy", lambda r: [chinese_name(r) for _ in range(60)], "person_name"),
    # an F that is no vendor prefix
    ("Format", lambda r: [r.choice(["PDF", "DOCX"]) for _ in range(60)], None),
]


@pytest.mark.parametrize(("header", "maker", "expected"), _CONTROLS, ids=[c[0] for c in _CONTROLS])
def test_set12_controls(header: str, maker: Maker, expected: str | None) -> None:
    rng = random.Random(1213)
    assert in_register(header, maker(rng), rng, _BESIDE) == expected
