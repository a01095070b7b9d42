"""Cell makers for set 6's PI columns: ``GENS[name](ctx) -> cell``. A name ending in ``_q``
reads the row's second person (guardian, agent, staff), every other name the row's subject.

Values are written from how Chinese systems export them (codes of GB/T 2261 and GB/T 3304,
masks, Excel damage, full-width digits, several date spellings); vocabularies are this set's own.
"""

from __future__ import annotations

import base64
import hashlib
import json
import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from faker import Faker

from piplkit.discover.evaluation.heldout6 import ids
from piplkit.discover.evaluation.heldout6.person import Person


@dataclass
class Ctx:
    rng: random.Random
    fake: Faker
    p: Person
    q: Person
    i: int
    ref: date


Gen = Callable[[Ctx], Any]
GENS: dict[str, Gen] = {}
_FW = str.maketrans("0123456789X", "０１２３４５６７８９Ｘ")


def gen(*names: str) -> Callable[[Gen], Gen]:
    def deco(fn: Gen) -> Gen:
        for n in names:
            GENS[n] = fn
        return fn

    return deco


def _who(c: Ctx, q: bool) -> Person:
    return c.q if q else c.p


def _both(name: str, fn: Callable[[Ctx, Person], Any]) -> None:
    GENS[name] = lambda c: fn(c, c.p)
    GENS[name + "_q"] = lambda c: fn(c, c.q)


def _w(rng: random.Random, items: tuple[tuple[str, float], ...]) -> str:
    return rng.choices([a for a, _ in items], [b for _, b in items])[0]


# --- names, sex, birth, age -------------------------------------------------------------
_both("name", lambda c, p: p.name)
_both("name_masked", lambda c, p: p.name[0] + "*" * (len(p.name) - 2) + p.name[-1]
      if len(p.name) > 2 else p.name[0] + "*")  # fmt: skip
GENS["name_staff"] = lambda c: c.fake.name()
_SURNAME_PY = {"王": "WANG", "李": "LI", "张": "ZHANG", "刘": "LIU", "陈": "CHEN", "杨": "YANG",
               "黄": "HUANG", "赵": "ZHAO", "吴": "WU", "周": "ZHOU", "徐": "XU", "孙": "SUN",
               "马": "MA", "朱": "ZHU", "胡": "HU", "郭": "GUO", "何": "HE", "高": "GAO",
               "林": "LIN", "罗": "LUO", "郑": "ZHENG", "梁": "LIANG"}  # fmt: skip
_GIVEN_PY = ("WEI", "FANG", "NA", "MIN", "JING", "LEI", "YANG", "JIE", "TAO", "MING", "CHAO",
             "XIULAN", "XIA", "PING", "GANG", "GUIYING", "HUI", "YUN", "JUN", "HAO")  # fmt: skip


@gen("name_pinyin")
def _name_pinyin(c: Ctx) -> str:
    sur = _SURNAME_PY.get(c.p.name[0], "CHEN")
    return f"{sur}/{c.rng.choice(_GIVEN_PY)}" if c.rng.random() < 0.6 else (
        f"{sur.title()} {c.rng.choice(_GIVEN_PY).title()}")


_EN_FIRST = ("James", "Emma", "Lukas", "Yuki", "Min-jun", "Olivia", "Noah", "Sophie", "Hiroshi",
             "Anna", "David", "Chloe", "Ivan", "Priya", "Marco", "Sara")  # fmt: skip
_EN_LAST = ("Smith", "Müller", "Tanaka", "Kim", "Martin", "Brown", "Rossi", "Petrov", "Wilson",
            "Sato", "Lee", "Schmidt", "Garcia", "Nguyen", "Dubois", "Taylor")  # fmt: skip
GENS["name_foreign"] = lambda c: f"{c.rng.choice(_EN_FIRST)} {c.rng.choice(_EN_LAST)}".upper()
_both("gender", lambda c, p: "女" if p.female else "男")
_both("gender_code", lambda c, p: 2 if p.female else 1)
_both("gender_en", lambda c, p: "F" if p.female else "M")
GENS["gender_word"] = lambda c: "female" if c.p.female else "male"
_both("birth", lambda c, p: p.birth.isoformat())
_both("birth_compact", lambda c, p: f"{p.birth:%Y%m%d}")
GENS["birth_cn"] = lambda c: f"{c.p.birth.year}年{c.p.birth.month}月{c.p.birth.day}日"


@gen("birth_mixed")
def _birth_mixed(c: Ctx) -> str:
    b = c.p.birth
    return c.rng.choice((b.isoformat(), f"{b.year}/{b.month}/{b.day}", f"{b:%Y%m%d}",
                         f"{b.year}年{b.month}月{b.day}日", f"{b:%d-%b-%Y}".upper(),
                         f"{b:%Y.%m.%d}"))  # fmt: skip


_both("age", lambda c, p: c.ref.year - p.birth.year - ((c.ref.month, c.ref.day) < (p.birth.month, p.birth.day)))  # fmt: skip

# --- basic facts ----------------------------------------------------------------------
_ETHNIC = (("汉族", 88.0), ("壮族", 1.4), ("回族", 0.8), ("满族", 0.8), ("维吾尔族", 0.8),
           ("苗族", 0.8), ("彝族", 0.7), ("土家族", 0.7), ("藏族", 0.5), ("蒙古族", 0.5),
           ("侗族", 0.2), ("布依族", 0.2), ("瑶族", 0.2), ("白族", 0.15), ("朝鲜族", 0.15),
           ("哈尼族", 0.1), ("黎族", 0.1), ("哈萨克族", 0.1), ("傣族", 0.1))  # fmt: skip
_ETHNIC_CODE = {"汉族": "01", "蒙古族": "02", "回族": "03", "藏族": "04", "维吾尔族": "05",
                "苗族": "06", "彝族": "07", "壮族": "08", "布依族": "09", "朝鲜族": "10",
                "满族": "11", "侗族": "12", "瑶族": "13", "白族": "14", "土家族": "15",
                "哈尼族": "16", "哈萨克族": "17", "傣族": "18", "黎族": "19"}  # fmt: skip
GENS["ethnicity"] = lambda c: _w(c.rng, _ETHNIC)
GENS["ethnicity_short"] = lambda c: _w(c.rng, _ETHNIC).removesuffix("族")
GENS["ethnicity_code"] = lambda c: _ETHNIC_CODE[_w(c.rng, _ETHNIC)]
GENS["ethnicity_muslim"] = lambda c: _w(c.rng, (("回族", 60), ("维吾尔族", 25), ("撒拉族", 5),
                                                ("东乡族", 5), ("哈萨克族", 5)))  # fmt: skip
GENS["nationality_cn"] = lambda c: _w(c.rng, (("中国", 92), ("中国香港", 3), ("中国台湾", 2),
                                              ("美国", 1), ("日本", 1), ("韩国", 1)))  # fmt: skip
GENS["nationality_iso"] = lambda c: c.rng.choice(("USA", "JPN", "KOR", "DEU", "FRA", "GBR",
                                                  "AUS", "CAN", "RUS", "SGP"))  # fmt: skip
GENS["nationality_zh"] = lambda c: c.rng.choice(("美国", "日本", "韩国", "德国", "法国", "英国",
                                                 "澳大利亚", "加拿大", "俄罗斯", "新加坡"))  # fmt: skip
GENS["marital"] = lambda c: _w(c.rng, (("已婚", 60), ("未婚", 28), ("离异", 8), ("丧偶", 4)))
GENS["marital_code"] = lambda c: _w(c.rng, (("20", 55), ("10", 28), ("40", 8), ("30", 4),
                                            ("21", 3), ("90", 2)))  # fmt: skip
GENS["religion"] = lambda c: _w(c.rng, (("无", 85), ("佛教", 6), ("基督教", 3), ("伊斯兰教", 3),
                                        ("道教", 2), ("天主教", 1)))  # fmt: skip
GENS["religion_hajj"] = lambda c: _w(c.rng, (("伊斯兰教", 97), ("伊斯兰教(逊尼派)", 3)))
GENS["orientation"] = lambda c: _w(c.rng, (("同性恋", 55), ("双性恋", 25), ("异性恋", 12),
                                           ("不确定", 5), ("拒绝回答", 3)))  # fmt: skip
GENS["relation"] = lambda c: c.rng.choice(("父亲", "母亲", "爷爷", "奶奶", "外公", "外婆", "姑姑"))
GENS["relation_adult"] = lambda c: c.rng.choice(("配偶", "子女", "父母", "兄弟姐妹", "儿子", "女儿"))
GENS["relation_inmate"] = lambda c: c.rng.choice(("妻子", "丈夫", "父亲", "母亲", "儿子", "女儿",
                                                  "哥哥", "姐姐"))  # fmt: skip

# --- contact --------------------------------------------------------------------------
_both("mobile", lambda c, p: p.mobile)
GENS["mobile_masked"] = lambda c: c.p.mobile[:3] + "****" + c.p.mobile[-4:]


@gen("mobile_messy")
def _mobile_messy(c: Ctx) -> str:
    m = c.p.mobile
    return c.rng.choice((m, m, m, f"+86 {m}", f"86-{m[:3]}-{m[3:7]}-{m[7:]}", f"{m[:3]} {m[3:7]} {m[7:]}",
                         m.translate(_FW), f"{m[:3]}-{m[3:7]}-{m[7:]}"))  # fmt: skip


@gen("phone_mixed")
def _phone_mixed(c: Ctx) -> str:
    """A contact-phone column: mostly mobiles, about one in ten a home landline."""
    if c.rng.random() < 0.1:
        return GENS["landline"](c)
    return c.p.mobile


@gen("landline")
def _landline(c: Ctx) -> str:
    area, n = c.rng.choice((("010", 8), ("021", 8), ("020", 8), ("0755", 8), ("0571", 8),
                            ("028", 8), ("0731", 8), ("0898", 8)))  # fmt: skip
    return f"{area}-{c.rng.choice('2345678')}{c.rng.randrange(10 ** (n - 1)):0{n - 1}d}"


_both("email", lambda c, p: p.email)
_ROADS = ("中山路", "人民路", "解放路", "建设路", "和平路", "长江路", "文化路", "新华路", "朝阳路",
          "青年路", "东风路", "胜利路")  # fmt: skip
_CITIES = (("北京市", "朝阳区"), ("北京市", "海淀区"), ("上海市", "徐汇区"), ("广州市", "天河区"),
           ("深圳市", "南山区"), ("杭州市", "西湖区"), ("成都市", "武侯区"), ("武汉市", "武昌区"),
           ("南京市", "鼓楼区"), ("长沙市", "芙蓉区"), ("西安市", "雁塔区"), ("济南市", "历下区"))  # fmt: skip
_ESTATES = ("阳光花园", "翠湖苑", "金色家园", "锦绣华庭", "幸福里", "碧桂园", "万科城", "绿地新都会",
            "和谐家园", "世纪城")  # fmt: skip


@gen("address", "address_q")
def _address(c: Ctx) -> str:
    city, dist = c.rng.choice(_CITIES)
    shape = c.rng.randrange(3)
    if shape == 0:
        return f"{city}{dist}{c.rng.choice(_ROADS)}{c.rng.randrange(1, 900)}号{c.rng.randrange(1, 30)}栋{c.rng.randrange(1, 33)}0{c.rng.randrange(1, 5)}室"
    if shape == 1:
        return f"{dist}{c.rng.choice(_ESTATES)}{c.rng.randrange(1, 20)}-{c.rng.randrange(1, 6)}-{c.rng.randrange(1, 28)}0{c.rng.randrange(1, 4)}"
    return c.fake.address().split(" ")[0] + f"{c.rng.randrange(1, 30)}号"


@gen("address_estate")
def _address_estate(c: Ctx) -> str:
    return f"{c.rng.randrange(1, 25)}栋{c.rng.randrange(1, 5)}单元{c.rng.randrange(1, 33)}0{c.rng.randrange(1, 5)}"


@gen("address_rural")
def _address_rural(c: Ctx) -> str:
    return (f"{c.rng.choice(('黑龙江省', '河南省', '山东省', '吉林省'))}{c.fake.city_name()}县"
            f"{c.rng.choice(('城关', '新集', '王庄', '李家'))}镇{c.fake.last_name()}家村{c.rng.randrange(1, 12)}组{c.rng.randrange(1, 80)}号")


# --- identity documents ----------------------------------------------------------------
_both("rid", lambda c, p: p.rid)
GENS["rid_masked"] = lambda c: c.p.rid[:6] + "********" + c.p.rid[-4:]
GENS["driver_license"] = lambda c: c.p.rid
# an ID typed into Excel as a number (shown as 1.10105199001011E+17); IDs ending in X stay text
GENS["rid_xls"] = lambda c: c.p.rid if c.p.rid.endswith("X") else float(c.p.rid)
GENS["mobile_int"] = lambda c: int(c.p.mobile)


@gen("rid_messy")
def _rid_messy(c: Ctx) -> str:
    r = c.p.rid
    roll = c.rng.random()
    if roll < 0.08:
        return f"{r[0]}.{r[1:6]}E+17"  # what Excel shows for an ID typed as a number
    if roll < 0.16:
        return "'" + r
    if roll < 0.22:
        return r.translate(_FW)
    if roll < 0.3 and r.endswith("X"):
        return r[:-1] + "x"
    return r


@gen("rid_mixed_docs")
def _rid_mixed_docs(c: Ctx) -> str:
    """A 证件号码 column: about 88 % resident IDs, the rest passports and permits."""
    roll = c.rng.random()
    if roll < 0.05:
        return ids.passport(c.rng)
    if roll < 0.09:
        return ids.home_return_permit(c.rng)
    if roll < 0.12:
        return ids.taiwan_permit(c.rng)
    return c.p.rid


GENS["passport"] = lambda c: ids.passport(c.rng)
GENS["passport_foreign"] = lambda c: ids.foreign_passport(c.rng)
GENS["hk_permit"] = lambda c: ids.hk_macau_permit(c.rng)
GENS["home_return"] = lambda c: ids.home_return_permit(c.rng)
GENS["tw_permit"] = lambda c: ids.taiwan_permit(c.rng)
GENS["fpr"] = lambda c: ids.foreign_pr_2023(c.rng, c.p.birth)
GENS["fpr_q"] = lambda c: ids.foreign_pr_2023(c.rng, c.q.birth)
GENS["military"] = lambda c: ids.military_id(c.rng)
GENS["ssc"] = lambda c: c.rng.choice("ABCDEFGHJ") + f"{c.rng.randrange(10**8):08d}"
GENS["real_estate"] = lambda c: (
    f"{c.rng.choice(('京', '沪', '粤', '浙', '川'))}({c.rng.randrange(2016, 2026)})"
    f"{c.rng.choice(('朝阳区', '浦东新区', '天河区', '西湖区', '武侯区'))}不动产权第{c.rng.randrange(10**7):07d}号")

# --- biometrics, genes, images ----------------------------------------------------------


@gen("face_url")
def _face_url(c: Ctx) -> str:
    return (f"https://img-{c.rng.choice(('hz', 'sh', 'bj'))}.oss-cn-hangzhou.aliyuncs.com/face/"
            f"{c.ref.year}{c.rng.randrange(1, 13):02d}/{c.rng.getrandbits(64):016x}.jpg")


GENS["face_path"] = lambda c: f"D:\\FaceCapture\\{c.ref:%Y%m%d}\\{c.rng.getrandbits(40):010x}_face.jpg"
GENS["face_b64"] = lambda c: "/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAA" + base64.b64encode(
    c.rng.getrandbits(240).to_bytes(30, "big")).decode()  # fmt: skip
GENS["fingerprint"] = lambda c: "Rk1SACAyMAAA" + base64.b64encode(
    c.rng.getrandbits(360).to_bytes(45, "big")).decode()  # fmt: skip
GENS["finger_hex"] = lambda c: "0301" + f"{c.rng.getrandbits(248):062X}"
GENS["voiceprint"] = lambda c: json.dumps([round(c.rng.gauss(0, 0.3), 4) for _ in range(12)])
GENS["face_feature"] = lambda c: ",".join(f"{c.rng.gauss(0, 0.1):.5f}" for _ in range(16))
_SNPS = ("rs1801133", "rs4680", "rs1815739", "rs762551", "rs4988235", "rs671", "rs53576",
         "rs9939609")  # fmt: skip


@gen("genotype")
def _genotype(c: Ctx) -> str:
    picks = c.rng.sample(_SNPS, 3)
    return ";".join(f"{s}:{c.rng.choice(('AA', 'AG', 'GG', 'CT', 'CC', 'TT'))}" for s in picks)


GENS["hla_type"] = lambda c: (f"A*{c.rng.choice(('02', '11', '24', '33'))}:{c.rng.randrange(1, 9):02d} "
                              f"B*{c.rng.choice(('46', '40', '58', '13'))}:01 DRB1*{c.rng.choice(('09', '15', '12'))}:01")  # fmt: skip

# --- online identity and credentials ---------------------------------------------------
GENS["account_name"] = lambda c: c.fake.user_name() + c.rng.choice(("", "", str(c.rng.randrange(100))))


@gen("wechat")
def _wechat(c: Ctx) -> str:
    if c.rng.random() < 0.4:
        return "wxid_" + "".join(c.rng.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(14))
    return c.fake.user_name() + c.rng.choice(("_", "")) + str(c.rng.randrange(1, 999))


GENS["qq"] = lambda c: str(c.rng.randrange(10**5, 4 * 10**9))
GENS["pwd_md5"] = lambda c: hashlib.md5(str(c.rng.random()).encode()).hexdigest()  # noqa: S324
GENS["pwd_sha256"] = lambda c: hashlib.sha256(str(c.rng.random()).encode()).hexdigest()
GENS["pwd_bcrypt"] = lambda c: "$2a$10$" + base64.b64encode(c.rng.getrandbits(400).to_bytes(50, "big")).decode()[:53].replace("+", ".")
GENS["pwd_plain"] = lambda c: c.rng.choice(("123456", "qwerty", "a123456", "woaini520", "abc123",
                                            "888888", f"{c.fake.user_name()}{c.rng.randrange(100)}"))  # fmt: skip
GENS["ipv4"] = lambda c: ids.user_ipv4(c.rng)
GENS["ipv6"] = lambda c: ids.user_ipv6(c.rng)
GENS["imei"] = lambda c: ids.imei(c.rng)
GENS["imsi"] = lambda c: ids.imsi(c.rng)
GENS["mac"] = lambda c: ids.mac(c.rng)
GENS["mac_dash"] = lambda c: ids.mac(c.rng).replace(":", "-").lower()
GENS["idfa"] = lambda c: ids.uuid_upper(c.rng)
GENS["oaid"] = lambda c: ids.uuid_upper(c.rng).lower()
GENS["android_id"] = lambda c: ids.android_id(c.rng)
GENS["plate"] = lambda c: ids.license_plate(c.rng)
GENS["vin"] = lambda c: ids.vin(c.rng)
GENS["uscc"] = lambda c: ids.uscc(c.rng)

# --- money -----------------------------------------------------------------------------
GENS["bank_card"] = lambda c: ids.bank_card(c.rng)


@gen("bank_card_masked")
def _bank_card_masked(c: Ctx) -> str:
    card = ids.bank_card(c.rng)
    return c.rng.choice((f"{card[:4]} **** **** {card[-4:]}", f"{card[:6]}******{card[-4:]}"))


GENS["balance"] = lambda c: round(c.rng.lognormvariate(6.5, 1.4), 2)
GENS["income_month"] = lambda c: int(round(c.rng.lognormvariate(9.0, 0.45), -1))
GENS["income_bracket"] = lambda c: c.rng.choice(("5万以下", "5-10万", "10-20万", "20-50万", "50万以上"))
GENS["credit_score"] = lambda c: c.rng.randrange(350, 951)
GENS["credit_5tier"] = lambda c: _w(c.rng, (("正常", 85), ("关注", 8), ("次级", 4), ("可疑", 2), ("损失", 1)))


@gen("dishonest")
def _dishonest(c: Ctx) -> str:
    return c.rng.choice(("有履行能力而拒不履行生效法律文书确定义务", "违反财产报告制度",
                         "以虚假诉讼、虚假仲裁或者以隐匿、转移财产等方法规避执行",
                         "违反限制消费令", "无正当理由拒不履行执行和解协议"))  # fmt: skip


_SHOPS = ("美团外卖", "滴滴出行", "京东商城", "盒马鲜生", "中国石化", "12306", "瑞幸咖啡", "拼多多")


@gen("txn_desc")
def _txn_desc(c: Ctx) -> str:
    parts = []
    for _ in range(c.rng.randrange(2, 4)):
        d = c.ref - timedelta(days=c.rng.randrange(1, 60))
        parts.append(f"{d:%m-%d} {c.rng.choice(_SHOPS)} ￥{c.rng.randrange(5, 900)}.{c.rng.randrange(100):02d}")
    return "; ".join(parts)


@gen("minibar_bill")
def _minibar_bill(c: Ctx) -> str:
    items = c.rng.sample(("可乐×1 ￥15", "依云矿泉水×2 ￥40", "薯片×1 ￥18", "啤酒×2 ￥50",
                          "坚果×1 ￥38", "巧克力×1 ￥25", "红酒(小)×1 ￥98"), 2)  # fmt: skip
    return f"{c.ref - timedelta(days=c.rng.randrange(1, 20)):%m-%d} " + "，".join(items)
