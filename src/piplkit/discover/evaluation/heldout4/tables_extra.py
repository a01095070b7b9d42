"""Headers only the values can decode and rarer types: an outbound tour group's roster with
opaque headers, a university dormitory register in full pinyin, a wealth-management app's
user dump, and a community health check of the elderly under pinyin initials."""

from __future__ import annotations

from piplkit.discover.evaluation.heldout4 import ids
from piplkit.discover.evaluation.heldout4 import values as v
from piplkit.discover.evaluation.heldout4.spec import Col as C
from piplkit.discover.evaluation.heldout4.spec import Ctx, Table


def _sms(c: Ctx) -> str:
    return c.rng.choice(
        (
            "【XX银行】您尾号8821的账户11月30日支出2,300.00元，余额5,120.33元。",
            "妈，我周六回家吃饭",
            "【顺丰】您的快递已放在小区丰巢柜，取件码6612",
            "明天的会改到下午三点",
            "【12306】您购买的G7012次列车已出票，请按时乘车",
            "老王，那笔钱我下周还你",
        )
    )


def _uploaded_contacts(c: Ctx) -> str:
    return "|".join(f"{c.fake.name()} {v.mob_any(c)}" for _ in range(c.rng.randint(3, 6)))


def _bp(c: Ctx) -> str:
    return f"{c.rng.randint(100, 175)}/{c.rng.randint(60, 105)}"


def _history(c: Ctx) -> str:
    picked = c.rng.sample(v.DIAGNOSES, c.rng.randint(1, 3))
    return "、".join(picked)


def tables() -> list[Table]:
    tour = Table(
        "outbound_tour_group",
        "出境团名单_EU1208.csv",
        None,
        "csv",
        (
            C("col_1", None, "opaque", lambda c: c.i + 1),
            C("col_2", "person_name", "opaque", v.name),
            C("col_3", "person_name", "opaque", v.pinyin_name, variant="pinyin_name"),
            C("col_4", "gender", "opaque", v.gender),
            C("col_5", "birth_date", "opaque", v.born_fmt("%Y-%m-%d")),
            C("col_6", "passport", "opaque", lambda c: ids.passport(c.rng)),
            C("col_7", None, "opaque", v.day(3000, "%Y-%m-%d")),
            C("col_8", "cn_mobile", "opaque", v.mob),
            C("col_9", None, "opaque", v.pick("大床", "双床", "单人间", "拼房")),
            C(
                "col_10",
                "hk_macau_permit",
                "opaque",
                lambda c: ids.hk_macau_permit(c.rng),
                blank=0.5,
            ),
        ),
        encoding="gb18030",
        ages=(5, 78),
    )
    dorm = Table(
        "university_dorm",
        "学生宿舍登记_2026级.xlsx",
        "住宿名单",
        "xlsx",
        (
            C("xuehao", None, "pinyin_full", v.serial("2026", 6, 10001)),
            C("xingming", "person_name", "pinyin_full", v.name),
            C("xingbie", "gender", "pinyin_full", v.gender),
            C("minzu", "ethnicity", "pinyin_full", v.ethnic),
            C(
                "zongjiao",
                "religion",
                "pinyin_full",
                v.pick("无", "无", "无", "伊斯兰教", "佛教", "基督教"),
                variant="with_none",
            ),
            C("shenfenzhenghao", "cn_resident_id", "pinyin_full", v.rid),
            C(
                "sushe",
                None,
                "pinyin_full",
                lambda c: (
                    f"{c.rng.randint(1, 12)}舍{c.rng.randint(1, 6)}{c.rng.randint(1, 30):02d}"
                ),
            ),
            C("qq", "qq_number", "pinyin_full", v.qq),
            C("weixin", "wechat_id", "pinyin_full", v.wechat),
            C("jiatingzhuzhi", "address", "pinyin_full", v.addr),
            C("fudaoyuan", "person_name", "pinyin_full", v.staff("counsellor", 4)),
            C("tizhong", "body_measurement", "pinyin_full", v.integer(42, 105)),
        ),
        ages=(17, 20),
    )
    app = Table(
        "wealth_app_users",
        "user_dump_prod.jsonl",
        None,
        "jsonl",
        (
            C("userName", "account_name", "en_camel", v.nick),
            C("passwordHash", "password", "en_camel", v.pwd_hash),
            C("realName", "person_name", "en_camel", v.name),
            C("qq", "qq_number", "en_camel", v.qq, blank=0.4),
            C("email", "email", "en_camel", v.email),
            C("regIp", "ipv4", "en_camel", lambda c: ids.ipv4_public(c.rng)),
            C("lastLoginIp", "ipv6", "en_camel", lambda c: ids.ipv6(c.rng)),
            C("idfa", "device_id", "en_camel", lambda c: ids.uuid_like(c.rng, upper=True)),
            C("imsi", "imsi", "en_camel", lambda c: ids.imsi(c.rng)),
            C("wifiMac", "mac_address", "en_camel", lambda c: ids.mac(c.rng).lower()),
            C("contactsUpload", "contacts", "en_camel", _uploaded_contacts),
            C("lastSms", "communication_record", "en_camel", _sms),
            C("assetTotal", "account_balance", "en_camel", v.money(0, 3_000_000)),
            C("appVersion", None, "en_camel", v.pick("5.2.0", "5.3.1", "6.0.0")),
            C("channel", None, "en_camel", v.pick("huawei", "xiaomi", "appstore", "oppo")),
        ),
    )
    checkup = Table(
        "elderly_health_checkup",
        "老年人健康体检_社区.tsv",
        None,
        "tsv",
        (
            C("xm", "person_name", "pinyin_initials", v.name),
            C("xb", "gender", "pinyin_initials", v.gender),
            C("nl", "age", "pinyin_initials", v.age),
            C("sfzh", "cn_resident_id", "pinyin_initials", v.rid),
            C("lxdh", "cn_mobile", "pinyin_initials", v.phone_mixed, variant="mixed_landline"),
            C("jtzz", "address", "pinyin_initials", v.addr),
            C("sg", "body_measurement", "pinyin_initials", v.integer(145, 182)),
            C("tz", "body_measurement", "pinyin_initials", v.money(40, 95, 1)),
            C("xy", "body_measurement", "pinyin_initials", _bp),
            C("jws", "health_record", "pinyin_initials", _history),
            C("tjrq", None, "pinyin_initials", v.day(90)),
            C("tjys", "person_name", "pinyin_initials", v.staff("gp", 3)),
        ),
        encoding="gbk",
        delimiter="\t",
        ages=(65, 95),
    )
    return [tour, dorm, app, checkup]
