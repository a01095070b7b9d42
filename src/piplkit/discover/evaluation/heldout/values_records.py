"""Value generators for account, device, health, property, communication, online-activity and
location columns of the held-out set."""

from __future__ import annotations

import hashlib
import json
from typing import Any

from piplkit.discover.evaluation.heldout import checks
from piplkit.discover.evaluation.heldout import vocab_business as vb
from piplkit.discover.evaluation.heldout import vocab_people as vp
from piplkit.discover.evaluation.heldout.spec import Gen, Row
from piplkit.discover.evaluation.heldout.values_pi import when

ALNUM = "abcdefghijklmnopqrstuvwxyz0123456789"

# --- network identity --------------------------------------------------------------------------


def username(fmt: str = "plain") -> Gen:
    def gen(r: Row) -> str:
        if fmt == "taobao":
            return r.rng.choice(
                (
                    f"tb{r.rng.randrange(10**6, 10**10)}",
                    r.fake.user_name() + str(r.rng.randrange(1, 99)),
                    f"jd_{''.join(r.rng.choice(ALNUM) for _ in range(10))}",
                )
            )
        if fmt == "pinyin":
            return r.en.user_name()
        return r.fake.user_name() + (str(r.rng.randrange(1, 9999)) if r.rng.random() < 0.5 else "")

    return gen


def wechat(r: Row) -> str:
    roll = r.rng.random()
    if roll < 0.4:
        return "wxid_" + "".join(r.rng.choice(ALNUM) for _ in range(14))
    if roll < 0.6:
        return r.person.mobile
    return r.fake.user_name() + r.rng.choice(("", "_", "-")) + str(r.rng.randrange(1, 2024))


def qq(fmt: str = "str") -> Gen:
    def gen(r: Row) -> Any:
        n = (
            r.rng.randrange(10**4, 4 * 10**9)
            if r.rng.random() < 0.8
            else r.rng.randrange(10**9, 3 * 10**9)
        )
        return n if fmt == "int" else str(n)

    return gen


def password(fmt: str = "md5") -> Gen:
    def gen(r: Row) -> str:
        secret = r.fake.password(length=r.rng.randrange(6, 14), special_chars=False)
        if fmt == "plain":
            return r.rng.choice(
                (secret, "123456", "a123456", "qwerty123", secret, "woaini1314", secret)
            )
        if fmt == "md5":
            return hashlib.md5(secret.encode()).hexdigest()
        if fmt == "md5_upper":
            return hashlib.md5(secret.encode()).hexdigest().upper()
        if fmt == "sha256":
            return hashlib.sha256(secret.encode()).hexdigest()
        salt = "".join(
            r.rng.choice("./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
            for _ in range(53)
        )
        return f"$2a$10${salt}"

    return gen


def ipv4(fmt: str = "public") -> Gen:
    def gen(r: Row) -> str:
        if fmt == "lan" and r.rng.random() < 0.7:
            return f"192.168.{r.rng.randrange(0, 4)}.{r.rng.randrange(2, 254)}"
        v = r.fake.ipv4_public()
        if fmt == "masked":
            a, b, _, _ = v.split(".")
            return f"{a}.{b}.*.*"
        return v

    return gen


def ipv6(r: Row) -> str:
    prefix = r.rng.choice(("240e", "2408", "2409", "240a", "2001:da8"))
    groups = [f"{r.rng.randrange(0, 65536):x}" for _ in range(7 - prefix.count(":"))]
    if r.rng.random() < 0.5:
        return f"{prefix}:{groups[0]}:{groups[1]}::{groups[-1]}"
    return ":".join([prefix, *groups])


# --- devices -----------------------------------------------------------------------------------


def imei(fmt: str = "str") -> Gen:
    def gen(r: Row) -> Any:
        tac = r.rng.choice(("86", "86", "35", "35", "01")) + f"{r.rng.randrange(0, 10**6):06d}"
        v = checks.imei(tac, r.rng)
        return int(v) if fmt == "int" else v

    return gen


def imsi(fmt: str = "str") -> Gen:
    def gen(r: Row) -> Any:
        v = (
            "460"
            + r.rng.choice(("00", "01", "02", "03", "11", "07", "15"))
            + f"{r.rng.randrange(0, 10**10):010d}"
        )
        return int(v) if fmt == "int" else v

    return gen


def mac(fmt: str = "colon") -> Gen:
    def gen(r: Row) -> str:
        octets = [r.rng.randrange(256) for _ in range(6)]
        octets[0] &= 0xFE
        hexes = [f"{o:02x}" for o in octets]
        if fmt == "dash":
            return "-".join(hexes).upper()
        if fmt == "bare":
            return "".join(hexes)
        if fmt == "dot":
            return ".".join("".join(hexes[i : i + 2]) for i in (0, 2, 4))
        return ":".join(hexes).upper() if r.rng.random() < 0.5 else ":".join(hexes)

    return gen


def device_id(kind: str = "oaid") -> Gen:
    def gen(r: Row) -> str:
        u = r.fake.uuid4()
        if kind == "idfa":
            return "00000000-0000-0000-0000-000000000000" if r.rng.random() < 0.1 else u.upper()
        if kind == "android_id":
            return f"{r.rng.getrandbits(64):016x}"
        if kind == "oaid" and r.rng.random() < 0.3:
            return f"{r.rng.getrandbits(256):064x}"
        return u

    return gen


# --- health ------------------------------------------------------------------------------------


def diagnosis(fmt: str = "name") -> Gen:
    def gen(r: Row) -> str:
        code, label = r.rng.choice(vp.DIAGNOSES)
        if fmt == "code":
            return code
        if fmt == "both":
            return f"{label}({code})"
        if fmt == "multi":
            more = r.rng.choice(vp.DIAGNOSES)[1]
            return f"{label}；{more}" if r.rng.random() < 0.4 else label
        return label

    return gen


def height(fmt: str = "cm") -> Gen:
    def gen(r: Row) -> Any:
        p = r.person
        base = 170 if p.male else 158
        h = base + r.rng.gauss(0, 6) if p.age >= 16 else 60 + p.age * 6 + r.rng.gauss(0, 4)
        if fmt == "m":
            return f"{h / 100:.2f}"
        if fmt == "cm_text":
            return f"{h:.0f}cm"
        return round(h, 1) if fmt == "float" else round(h)

    return gen


def weight(fmt: str = "kg") -> Gen:
    def gen(r: Row) -> Any:
        p = r.person
        w = (
            (68 if p.male else 55) + r.rng.gauss(0, 9)
            if p.age >= 16
            else 8 + p.age * 3 + r.rng.gauss(0, 3)
        )
        if fmt == "jin":
            return f"{w * 2:.0f}斤"
        if fmt == "kg_text":
            return f"{w:.1f}kg"
        return round(w, 1)

    return gen


def bmi(r: Row) -> float:
    return round(r.rng.gauss(23, 3.5), 1)


def body_fat(r: Row) -> str:
    return f"{r.rng.gauss(24, 6):.1f}%"


def waist(r: Row) -> int:
    return int(r.rng.gauss(82, 10))


# --- property ----------------------------------------------------------------------------------

#: (BIN, length) of debit and credit cards of Chinese issuers and the international schemes.
CARD_BINS = (
    ("622202", 19),
    ("621226", 19),
    ("622848", 19),
    ("622845", 19),
    ("621700", 19),
    ("436742", 19),
    ("622700", 19),
    ("601382", 19),
    ("621661", 19),
    ("622588", 16),
    ("621483", 16),
    ("622260", 19),
    ("621799", 19),
    ("622150", 19),
    ("622908", 18),
    ("622575", 16),
    ("625802", 16),
    ("4392", 16),
    ("5187", 16),
)
CREDIT_BINS = (("622575", 16), ("625802", 16), ("4392", 16), ("5187", 16), ("436728", 16))


def bank_card(fmt: str = "plain", credit: bool = False) -> Gen:
    def gen(r: Row) -> str:
        bin_, length = r.rng.choice(CREDIT_BINS if credit else CARD_BINS)
        v = checks.luhn_number(bin_, length, r.rng)
        if fmt == "spaced":
            return " ".join(v[i : i + 4] for i in range(0, len(v), 4))
        if fmt == "masked":
            return v[:6] + "*" * (len(v) - 10) + v[-4:]
        if fmt == "tail":
            return "****" + v[-4:]
        return v

    return gen


def money(lo: float, hi: float, fmt: str = "float") -> Gen:
    def gen(r: Row) -> Any:
        v = round(r.rng.uniform(lo, hi), 2)
        if fmt == "yuan":
            return f"¥{v:,.2f}"
        if fmt == "str":
            return f"{v:.2f}"
        if fmt == "int":
            return int(v)
        return v

    return gen


def salary(fmt: str = "int") -> Gen:
    def gen(r: Row) -> Any:
        v = int(r.rng.lognormvariate(9.2, 0.45) // 100 * 100)
        if fmt == "range":
            lo = v // 5000 * 5
            return f"{lo}k-{lo + 5}k"
        if fmt == "annual_wan":
            return f"{v * 14 / 10000:.0f}万"
        if fmt == "annual":
            return v * 13
        return v if fmt == "int" else float(v)

    return gen


def credit(fmt: str = "history") -> Gen:
    def gen(r: Row) -> Any:
        rng = r.rng
        if fmt == "history":
            return "".join(
                rng.choices("N*123C/", weights=(70, 10, 5, 2, 1, 1, 3))[0] for _ in range(24)
            )
        if fmt == "class":
            return rng.choices(("正常", "关注", "次级", "可疑", "损失"), weights=(85, 8, 4, 2, 1))[
                0
            ]
        if fmt == "score":
            return rng.randrange(350, 951)
        if fmt == "overdue":
            return rng.choices((0, 1, 2, 3, 6), weights=(70, 12, 8, 5, 5))[0]
        return rng.choice(("无逾期", "近2年逾期3次，最长逾期60天", "呆账1笔", "当前逾期", "无逾期"))

    return gen


def transaction(r: Row) -> str:
    t = when(r, 200)
    merchant = r.rng.choice(
        ("美团外卖", "滴滴出行", "京东商城", "盒马鲜生", "中国石化加油站", "星巴克", "12306铁路")
    )
    return f"{t:%Y-%m-%d %H:%M} {merchant} 消费 {r.rng.uniform(8, 900):.2f}元"


def purchases(r: Row) -> str:
    items = r.rng.sample(vb.PRODUCTS, k=r.rng.randrange(1, 4))
    return "；".join(
        f"{when(r, 365):%Y-%m-%d} 购买 {i.split(' ')[0]}{i.split(' ')[1]}" for i in items
    )


def real_estate(fmt: str = "cert") -> Gen:
    def gen(r: Row) -> str:
        rng = r.rng
        if fmt == "count":
            return rng.choice(("0套", "1套", "2套", "1套", "3套及以上"))
        if fmt == "status":
            return rng.choice(("有房无贷", "有房有贷", "无房", "有房无贷", "租房"))
        city = rng.choice(("京", "沪", "粤", "浙", "苏", "川"))
        district = rng.choice(("朝阳区", "浦东新区", "天河区", "西湖区", "鼓楼区", "武侯区"))
        if rng.random() < 0.75:
            year, number = rng.randrange(2016, 2026), rng.randrange(0, 10**7)
            return f"{city}({year}){district}不动产权第{number:07d}号"
        return f"{city}房权证{district[:2]}字第{rng.randrange(10**5, 10**7)}号"

    return gen


PLATE_PROVINCES = "京沪粤浙苏川鄂湘鲁豫冀辽吉黑皖闽赣晋陕甘宁青新藏桂琼云贵渝津蒙"
PLATE_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ"


def plate(fmt: str = "plain") -> Gen:
    def gen(r: Row) -> str:
        rng = r.rng
        head = rng.choice(PLATE_PROVINCES) + rng.choice("ABCDEFGH")
        if rng.random() < 0.2:
            tail = rng.choice("DF") + "".join(rng.choice("0123456789") for _ in range(5))
        else:
            tail = "".join(rng.choice("0123456789" * 3 + PLATE_LETTERS) for _ in range(5))
        return f"{head}·{tail}" if fmt == "dot" else head + tail

    return gen


WMIS = ("LSV", "LFV", "LGB", "LHG", "LVS", "LGW", "LSG", "LBV", "LC0", "LRW", "L6T", "LNB", "LJ1")


def vin(fmt: str = "plain") -> Gen:
    def gen(r: Row) -> str:
        v = checks.vin(r.rng.choice(WMIS), r.rng.choice("FGHJKLMNPR"), r.rng)
        return v.lower() if fmt == "lower" and r.rng.random() < 0.3 else v

    return gen


# --- communication, contacts, online activity --------------------------------------------------

MESSAGES = (
    "明天下午三点在公司楼下见",
    "妈，我到家了",
    "合同我发你邮箱了，看一下",
    "晚上一起吃饭吗？",
    "你的快递到了，放门卫了",
    "钱已经转你了，查收一下",
    "孩子发烧了，今天请假",
    "[图片]",
    "好的收到",
    "周末去爬山？",
    "密码我改成你生日了",
    "别忘了交房租",
    '[语音] 12"',
)


def message(kind: str = "chat") -> Gen:
    def gen(r: Row) -> str:
        if kind == "sms":
            code = r.rng.randrange(100000, 999999)
            return r.rng.choice(
                (
                    f"【顺丰速运】您的快件已到达{r.fake.street_name()}丰巢柜，取件码{code}",
                    f"【招商银行】您账户{r.rng.randrange(1000, 9999)}于{r.rng.randrange(1, 28)}日"
                    f"消费人民币{r.rng.uniform(5, 999):.2f}元",
                    f"【美团】验证码{code}，5分钟内有效，请勿泄露",
                    f"【中国移动】尊敬的客户，您本月已使用流量{r.rng.randrange(1, 80)}GB",
                )
            )
        return r.rng.choice(MESSAGES)

    return gen


def contact_list(fmt: str = "json") -> Gen:
    from piplkit.discover.evaluation.heldout.person import mobile as draw

    def gen(r: Row) -> str:
        n = r.rng.randrange(2, 6)
        if fmt == "qq":
            return ",".join(str(r.rng.randrange(10**5, 3 * 10**9)) for _ in range(n))
        pairs = [(r.fake.name(), draw(r.rng)) for _ in range(n)]
        if fmt == "json":
            return json.dumps([{"name": a, "phone": b} for a, b in pairs], ensure_ascii=False)
        return ";".join(f"{a}:{b}" for a, b in pairs)

    return gen


def visited_url(r: Row) -> str:
    rng = r.rng
    return rng.choice(
        (
            f"https://item.jd.com/{rng.randrange(10**8, 10**12)}.html",
            f"https://www.zhihu.com/question/{rng.randrange(10**8, 7 * 10**8)}",
            f"https://m.taobao.com/item.htm?id={rng.randrange(10**11, 10**12)}",
            f"https://www.bilibili.com/video/BV1{''.join(rng.choice(ALNUM) for _ in range(9))}",
            f"https://www.xiaohongshu.com/explore/{f'{rng.getrandbits(96):024x}'}",
            "https://baike.baidu.com/item/"
            + rng.choice(("抑郁症", "乙肝", "离婚协议", "试管婴儿")),
            f"https://news.sina.com.cn/c/2024-0{rng.randrange(1, 9)}-1{rng.randrange(0, 9)}/"
            f"doc-{rng.randrange(10**6, 10**7)}.shtml",
        )
    )


def viewed_items(r: Row) -> str:
    return "|".join(
        f"{when(r, 30):%m-%d %H:%M} {r.rng.choice(vb.PRODUCTS)[:14]}"
        for _ in range(r.rng.randrange(2, 5))
    )
