"""Set 10's makers of personal values, each drawing from a row (:class:`person.Row`) about its
person ``p``; :func:`values.resolve` turns ``<name>_q`` into the same maker about ``q`` and
``<name>_masked`` into its masked writing.

Written for this set from how Chinese systems print these values: dates as HIS, ERP and Excel
write them, phones with ``+86``, spaces and full-width digits, IDs with a leading apostrophe or
as Excel's lost numbers, cards and certificates with their real prefixes and check digits.
"""

from __future__ import annotations

import base64
import hashlib
import json
from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

from piplkit.discover.evaluation.heldout8 import idgen
from piplkit.discover.evaluation.heldout10.person import Row, address

Maker = Callable[[Row], Any]
_FW = str.maketrans("0123456789", "０１２３４５６７８９")


def _digits(r: Row, n: int) -> str:
    return "".join(r.rng.choice("0123456789") for _ in range(n))


def _pinyin(r: Row) -> str:
    given, family = r.fake.romanized_name().split(" ", 1)
    return f"{family.upper()}/{given.upper()}" if r.rng.random() < 0.5 else f"{given} {family}"


def _birth_mixed(r: Row) -> str:
    b = r.p.birth
    forms = (
        b.isoformat(),
        f"{b.year}/{b.month}/{b.day}",
        f"{b.year}年{b.month}月{b.day}日",
        f"{b:%Y%m%d}",
        f"{b:%Y.%m.%d}",
    )
    return r.rng.choice(forms)


def _excel_serial(d: date) -> int:
    return (d - date(1899, 12, 30)).days


def _mobile_messy(r: Row) -> str:
    m = r.p.mobile
    forms = (
        m,
        f"+86 {m}",
        f"{m[:3]} {m[3:7]} {m[7:]}",
        f"{m[:3]}-{m[3:7]}-{m[7:]}",
        m.translate(_FW),
        f"{m} ",
        f"86-{m}",
    )
    return r.rng.choice(forms)


def _rid_messy(r: Row) -> str:
    s = r.p.rid
    forms = (s, f"'{s}", f"{s[:6]} {s[6:14]} {s[14:]}", s.translate(_FW), s.lower(), f" {s}")
    return r.rng.choice(forms)


def _rid_old(r: Row) -> str:
    if r.p.birth.year < 1962:
        return idgen.resident_id_15(r.rng, r.p.birth, r.p.male)
    return r.p.rid


def _landline(r: Row) -> str:
    area = r.rng.choice(("010", "021", "020", "0755", "0571", "028", "027", "025", "029", "0532"))
    return f"{area}-{r.rng.randint(2, 8)}{_digits(r, 7 if len(area) == 3 else 6)}"


def _passport(r: Row) -> str:
    return (
        r.rng.choice("EG")
        + ("" if r.rng.random() < 0.6 else r.rng.choice("ABCDEH"))
        + _digits(r, 7 if r.rng.random() < 0.4 else 8)
    )


def _hkmo(r: Row) -> str:
    head = r.rng.choice(("C", "H", "M"))
    return head + _digits(r, 8 if head == "C" or r.rng.random() < 0.5 else 10)


def _fprid(r: Row) -> str:
    """Foreign permanent resident ID card (2023 form): 9, province, country, birth, seq, check."""
    province = r.rng.choice(("11", "31", "44", "33"))
    country = r.rng.choice(("840", "826", "392", "410", "276", "250"))
    body = f"9{province}{country}{r.p.birth:%Y%m%d}{_digits(r, 3)}"
    return body + idgen.rid_check(body)


def _military(r: Row) -> str:
    return f"{r.rng.choice(('军', '南', '北', '沈', '兰', '成', '海', '空'))}字第{_digits(r, 7)}号"


def _ssc(r: Row) -> str:
    return r.rng.choice("ABCDEFGHJKLM") + _digits(r, 8)


def _template(r: Row, n: int) -> str:
    raw = bytes(r.rng.randrange(256) for _ in range(n))
    return base64.b64encode(raw).decode()


def _face(r: Row) -> str:
    stamp = r.ref - timedelta(days=r.rng.randrange(900))
    return f"https://oss.example-cdn.cn/face/{stamp:%Y%m%d}/{r.rng.getrandbits(64):016x}.jpg"


def _hla(r: Row) -> str:
    a = r.rng.sample(("01:01", "02:01", "02:07", "11:01", "24:02", "33:03"), 2)
    b = r.rng.sample(("13:02", "15:01", "40:01", "46:01", "51:01", "58:01"), 2)
    d = r.rng.sample(("04:05", "08:03", "09:01", "12:02", "15:01"), 2)
    return f"A*{a[0]},A*{a[1]};B*{b[0]},B*{b[1]};DRB1*{d[0]},DRB1*{d[1]}"


def _password(r: Row) -> str:
    raw = r.p.name + _digits(r, 4)
    if r.rng.random() < 0.5:
        return hashlib.md5(raw.encode()).hexdigest()  # what old systems store
    return "$2a$10$" + base64.b64encode(hashlib.sha256(raw.encode()).digest()).decode()[:53]


def _plate(r: Row) -> str:
    prov = r.rng.choice("京沪粤浙川鄂苏陕鲁豫湘")
    letters = "ABCDEFGHJKLMNPQRSTUVWXY"
    tail = "".join(r.rng.choice(letters + "0123456789") for _ in range(2)) + _digits(r, 3)
    if r.rng.random() < 0.25:
        return f"{prov}{r.rng.choice(letters)}{r.rng.choice('DF')}{_digits(r, 5)}"
    return f"{prov}{r.rng.choice(letters)}{tail}"


def _ebike(r: Row) -> str:
    return f"{r.rng.choice(('杭州', '宁波', '温州'))}{r.rng.choice('ABCDE')}{_digits(r, 5)}"


def _geo(r: Row) -> tuple[float, float]:
    return round(r.rng.uniform(22.5, 40.0), 6), round(r.rng.uniform(104.0, 121.5), 6)


def _trajectory(r: Row) -> str:
    lat, lng = _geo(r)
    pts = []
    for _ in range(r.rng.randint(3, 6)):
        lat, lng = lat + r.rng.uniform(-0.01, 0.01), lng + r.rng.uniform(-0.01, 0.01)
        pts.append(f"{lng:.5f},{lat:.5f}")
    return ";".join(pts)


def _trips(r: Row) -> str:
    stops = (
        "海口秀英港",
        "海安新港",
        "北海国际客运港",
        "涠洲岛",
        "舟山朱家尖",
        "普陀山",
        "烟台港",
        "大连湾",
    )
    out = []
    for _ in range(r.rng.randint(2, 4)):
        day = r.ref - timedelta(days=r.rng.randrange(700))
        a, b = r.rng.sample(stops, 2)
        out.append(f"{day:%Y-%m-%d} {a}-{b}")
    return "；".join(sorted(out))


def _stays(r: Row) -> str:
    hotels = ("如家(西湖店)", "汉庭(春熙路)", "全季(望京)", "亚朵(天河)", "锦江之星(浦东)")
    out = []
    for _ in range(r.rng.randint(2, 3)):
        day = r.ref - timedelta(days=r.rng.randrange(600))
        out.append(f"{day:%Y-%m-%d}入住{r.rng.choice(hotels)}{r.rng.randint(1, 4)}晚")
    return "; ".join(out)


def _loans(r: Row) -> str:
    books = (
        "《平凡的世界》",
        "《活着》",
        "《三体》",
        "《人类简史》",
        "《百年孤独》",
        "《围城》",
        "《Python编程》",
        "《明朝那些事儿》",
        "《红楼梦》",
        "《额尔古纳河右岸》",
    )
    out = []
    for _ in range(r.rng.randint(2, 4)):
        day = r.ref - timedelta(days=r.rng.randrange(400))
        out.append(f"{day:%m-%d}{r.rng.choice(books)}")
    return ",".join(out)


def _browsing(r: Row) -> str:
    sites = (
        "https://www.zhihu.com/question/",
        "https://m.jd.com/item/",
        "https://www.bilibili.com/video/BV",
        "https://news.qq.com/rain/a/",
        "https://www.xiaohongshu.com/explore/",
    )
    return " | ".join(f"{r.rng.choice(sites)}{_digits(r, 8)}" for _ in range(r.rng.randint(2, 4)))


def _contacts(r: Row) -> str:
    items = [
        {"name": r.fake.name(), "tel": r.q.mobile[:3] + _digits(r, 8)}
        for _ in range(r.rng.randint(2, 4))
    ]
    return json.dumps(items, ensure_ascii=False)


def _txn(r: Row) -> str:
    day = r.ref - timedelta(days=r.rng.randrange(200))
    shop = r.rng.choice(("美团外卖", "滴滴出行", "京东商城", "便利蜂", "中国石化", "瑞幸咖啡"))
    channel = r.rng.choice(("微信支付", "支付宝", "银联云闪付"))
    return f"{day:%Y-%m-%d} {channel} {shop} {r.rng.uniform(5, 900):.2f}元"


def _real_estate(r: Row) -> str:
    prov = r.rng.choice(("京", "沪", "粤", "浙", "川", "苏"))
    year = r.rng.randint(2015, 2025)
    district = r.rng.choice(("朝阳区", "浦东新区", "天河区", "西湖区", "武侯区", "鼓楼区"))
    return f"{prov}({year}){district}不动产权第{_digits(r, 7)}号"


def _mask_name(s: str) -> str:
    return s[0] + "*" + (s[2:] if len(s) > 2 else "")


MAKERS: dict[str, Maker] = {
    "name": lambda r: r.p.name,
    "name_pinyin": _pinyin,
    "name_mr": lambda r: r.p.name[0] + ("先生" if r.p.male else "女士"),
    "name_given": lambda r: r.p.name[1:],
    "birth": lambda r: r.p.birth.isoformat(),
    "birth_cn": lambda r: f"{r.p.birth.year}年{r.p.birth.month}月{r.p.birth.day}日",
    "birth_slash": lambda r: f"{r.p.birth.year}/{r.p.birth.month}/{r.p.birth.day}",
    "birth_compact": lambda r: f"{r.p.birth:%Y%m%d}",
    "birth_xl": lambda r: _excel_serial(r.p.birth),
    "birth_time": lambda r: (
        f"{r.p.birth.isoformat()} {r.rng.randint(0, 23):02d}:{r.rng.randint(0, 59):02d}"
    ),
    "birth_mixed": _birth_mixed,
    "age": lambda r: (r.ref - r.p.birth).days // 365,
    "gender": lambda r: "男" if r.p.male else "女",
    "gender_en": lambda r: "M" if r.p.male else "F",
    "gender_code": lambda r: "1" if r.p.male else "2",
    "gender_trad": lambda r: "男性" if r.p.male else "女性",
    "ethnic": lambda r: r.rng.choice(
        ("汉族",) * 6 + ("回族", "壮族", "满族", "苗族", "土家族", "蒙古族")
    ),
    "nation": lambda r: r.rng.choice(
        ("中国", "美国", "日本", "韩国", "德国", "英国", "法国", "俄罗斯")
    ),
    "nation_code": lambda r: r.rng.choice(("USA", "GBR", "JPN", "KOR", "DEU", "FRA", "CAN", "AUS")),
    "marital": lambda r: r.rng.choice(("已婚", "未婚", "离异", "丧偶", "已婚", "未婚")),
    "marital_reg": lambda r: r.rng.choice(
        ("结婚登记", "结婚登记", "离婚登记", "补领结婚证", "补领离婚证")
    ),
    "religion": lambda r: r.rng.choice(("佛教", "基督教", "天主教", "伊斯兰教", "道教", "佛教")),
    "denomination": lambda r: r.rng.choice(("基督教(新教)", "天主教", "基督教(新教)", "东正教")),
    "relation": lambda r: r.rng.choice(
        ("父亲", "母亲", "配偶", "儿子", "女儿", "兄弟", "姐妹", "祖父母")
    ),
    "address": lambda r: r.p.address,
    "address_new": lambda r: address(r.rng)[0],
    "address_short": lambda r: r.p.address.split("号", 1)[-1] or r.p.address,
    "mobile": lambda r: r.p.mobile,
    "mobile_messy": _mobile_messy,
    "mobile_int": lambda r: int(r.p.mobile),
    "mobile_tail": lambda r: f"尾号{r.p.mobile[-4:]}",
    "mobiles_two": lambda r: f"{r.p.mobile}/{r.q.mobile}" if r.rng.random() < 0.6 else r.p.mobile,
    "landline": _landline,
    "email": lambda r: (
        r.fake.user_name()
        + r.rng.choice(("@qq.com", "@163.com", "@126.com", "@outlook.com", "@sina.com"))
    ),
    "rid": lambda r: r.p.rid,
    "rid_messy": _rid_messy,
    "rid_int": lambda r: int(r.p.rid) if r.p.rid[-1] != "X" else r.p.rid,
    "rid_old": _rid_old,
    "dl": lambda r: r.p.rid,
    "passport": _passport,
    "hkmo": _hkmo,
    "tw": lambda r: _digits(r, 8),
    "fprid": _fprid,
    "military": _military,
    "ssc": _ssc,
    "face": _face,
    "face_b64": lambda r: "data:image/jpeg;base64,/9j/4AAQSkZJRgABAQ" + _template(r, 36),
    "finger": lambda r: _template(r, 96),
    "voiceprint": lambda r: "VP1:" + _template(r, 48),
    "hla": _hla,
    "account": lambda r: (
        r.fake.user_name() + r.rng.choice(("", "", str(r.p.birth.year), _digits(r, 3)))
    ),
    "wechat": lambda r: (
        r.rng.choice(("wxid_", "", "")) + r.fake.user_name() + _digits(r, r.rng.randint(0, 4))
    ),
    "qq": lambda r: str(r.rng.randint(10**5, 3 * 10**9)),
    "ipv4": lambda r: r.fake.ipv4_public(),
    "ipv6": lambda r: r.fake.ipv6(),
    "password": _password,
    "height": lambda r: r.rng.randint(150, 192),
    "weight": lambda r: round(r.rng.uniform(42, 98), 1),
    "education": lambda r: r.rng.choice(
        ("本科", "大专", "硕士研究生", "高中", "中专", "博士研究生", "本科")
    ),
    "employer": lambda r: r.fake.company(),
    "job": lambda r: r.fake.job(),
    "bank_card": lambda r: idgen.bank_card(r.rng),
    "balance": lambda r: round(r.rng.uniform(0, 30000), 2),
    "credit": lambda r: r.rng.choice(
        ("无不良记录", "近24个月逾期2次", "无不良记录", "当前逾期", "征信空白", "正常")
    ),
    "txn": _txn,
    "income": lambda r: r.rng.randrange(3500, 40000, 100),
    "real_estate": _real_estate,
    "plate": _plate,
    "ebike_plate": _ebike,
    "vin": lambda r: idgen.vin(r.rng),
    "contacts": _contacts,
    "browsing": _browsing,
    "loans": _loans,
    "imei": lambda r: idgen.imei(r.rng),
    "imsi": lambda r: "4600" + r.rng.choice("0127") + _digits(r, 10),
    "mac": lambda r: r.fake.mac_address().upper(),
    "device_id": lambda r: r.fake.uuid4().upper() if r.rng.random() < 0.5 else r.fake.uuid4(),
    "geo": lambda r: "{:.6f},{:.6f}".format(*_geo(r)),
    "lat": lambda r: _geo(r)[0],
    "lng": lambda r: _geo(r)[1],
    "geo_json": lambda r: json.dumps(dict(zip(("lat", "lng"), _geo(r), strict=True))),
    "trajectory": _trajectory,
    "trips": _trips,
    "stays": _stays,
    "sexual": lambda r: r.rng.choice(("异性恋", "同性恋", "双性恋", "异性恋", "异性恋")),
    "criminal": lambda r: r.rng.choice(
        (
            "盗窃罪 有期徒刑二年",
            "诈骗罪 有期徒刑五年",
            "故意伤害罪 有期徒刑三年",
            "危险驾驶罪 拘役四个月",
            "贩卖毒品罪 有期徒刑七年",
            "抢劫罪 有期徒刑十年",
        )
    ),
    "nocrime": lambda r: r.rng.choice(
        ("未发现违法犯罪记录", "未发现违法犯罪记录", "有行政拘留记录(2019)", "未发现违法犯罪记录")
    ),
}


def masked(gen: str, value: Any) -> Any:
    """``value`` written masked as the systems print it (``张*明``, ``138****1234``)."""
    s = str(value)
    if gen.startswith("name"):
        return _mask_name(s)
    if gen.startswith(("mobile", "bank_card")) and len(s) >= 11:
        return (
            s[:3] + "****" + s[-4:] if gen.startswith("mobile") else f"{s[:4]} **** **** {s[-4:]}"
        )
    if gen.startswith(("rid", "dl")) and len(s) == 18:
        return s[:6] + "********" + s[-4:]
    return s[:2] + "*" * max(len(s) - 4, 2) + s[-2:]
