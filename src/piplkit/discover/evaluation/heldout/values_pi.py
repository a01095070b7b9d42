"""Value generators for PI columns, each a factory returning ``Row -> value`` in one of the
formats real exporters use (codes, masks, numbers stored as numbers, Traditional script …)."""

from __future__ import annotations

import base64
import json
from datetime import date, datetime, time, timedelta
from typing import Any

from piplkit.discover.evaluation.heldout import checks
from piplkit.discover.evaluation.heldout import vocab_people as vp
from piplkit.discover.evaluation.heldout.person import landline as _landline
from piplkit.discover.evaluation.heldout.spec import Gen, Row

# --- basic -----------------------------------------------------------------------------------


def name(fmt: str = "plain") -> Gen:
    def gen(r: Row) -> str:
        n = r.person.name
        if fmt == "masked":
            return n[0] + "*" * (len(n) - 1)
        if fmt == "masked_mid":
            return n[0] + "*" + (n[-1] if len(n) > 2 else "")
        if fmt == "latin":
            return r.person.latin_name
        if fmt == "en":
            return r.en.first_name() + " " + r.en.last_name()
        return n

    return gen


def other_name() -> Gen:
    """A second, unrelated person (doctor, courier, guardian, beneficiary …)."""
    return lambda r: r.fake.name()


def sex(fmt: str = "zh") -> Gen:
    table = {
        "zh": ("男", "女"),
        "zh_full": ("男性", "女性"),
        "code": ("1", "2"),
        "int": (1, 2),
        "mf": ("M", "F"),
        "en": ("Male", "Female"),
        "flag": (1, 0),
        "en_lower": ("male", "female"),
    }
    male_v, female_v = table[fmt]

    def gen(r: Row) -> Any:
        if fmt == "code" and r.rng.random() < 0.01:
            return r.rng.choice(("0", "9"))
        return male_v if r.person.male else female_v

    return gen


def birth(fmt: str = "iso") -> Gen:
    def gen(r: Row) -> Any:
        b = r.person.born
        return {
            "iso": lambda: b.isoformat(),
            "compact": lambda: f"{b:%Y%m%d}",
            "compact_int": lambda: int(f"{b:%Y%m%d}"),
            "slash": lambda: f"{b.year}/{b.month}/{b.day}",
            "zh": lambda: f"{b.year}年{b.month}月{b.day}日",
            "dot_month": lambda: f"{b.year}.{b.month:02d}",
            "date": lambda: b,
            "datetime": lambda: datetime.combine(b, time()),
            "epoch_ms": lambda: int(datetime.combine(b, time()).timestamp() * 1000),
            "us": lambda: f"{b.month:02d}/{b.day:02d}/{b.year}",
            "ym": lambda: f"{b.year}-{b.month:02d}",
            "dash_dt": lambda: f"{b.isoformat()} 00:00:00",
            "dmy_en": lambda: b.strftime("%d %b %Y").upper(),
        }[fmt]()

    return gen


def age(fmt: str = "int") -> Gen:
    def gen(r: Row) -> Any:
        a = r.person.age
        if fmt == "int":
            return a
        if fmt == "sui":
            if a == 0:
                return f"{r.rng.randrange(1, 12)}月"
            return f"{a}岁"
        return str(a)

    return gen


def id_no(fmt: str = "plain") -> Gen:
    def gen(r: Row) -> str:
        v = r.person.id_no
        if fmt == "masked":
            return v[:6] + "********" + v[-4:]
        if fmt == "masked_tail":
            return v[:14] + "****"
        if fmt == "lower" and v.endswith("X"):
            return v[:-1] + "x"
        if fmt == "old15" and r.rng.random() < 0.08 and r.person.born.year < 1990:
            return v[:6] + v[8:14] + v[14:17]
        return v

    return gen


def mobile(fmt: str = "plain") -> Gen:
    def gen(r: Row) -> Any:
        m = r.person.mobile
        return {
            "plain": m,
            "int": int(m),
            "float": float(m),
            "plus86": f"+86 {m}",
            "86": f"86{m}",
            "plus86_compact": f"+86{m}",
            "dash": f"{m[:3]}-{m[3:7]}-{m[7:]}",
            "space": f"{m[:3]} {m[3:7]} {m[7:]}",
            "masked": f"{m[:3]}****{m[7:]}",
        }[fmt]

    return gen


def other_mobile(fmt: str = "plain") -> Gen:
    from piplkit.discover.evaluation.heldout.person import mobile as draw

    def gen(r: Row) -> Any:
        m = draw(r.rng)
        return {
            "plain": m,
            "int": int(m),
            "masked": f"{m[:3]}****{m[7:]}",
            "dash": f"{m[:3]}-{m[3:7]}-{m[7:]}",
        }[fmt]

    return gen


def landline(fmt: str = "dash") -> Gen:
    def gen(r: Row) -> str:
        v = _landline(r.rng, r.person.region[2])
        if fmt == "paren":
            area, num = v.split("-")
            return f"({area}){num}"
        if fmt == "ext" and r.rng.random() < 0.4:
            return f"{v}-{r.rng.randrange(100, 9000)}"
        if fmt == "space":
            return v.replace("-", " ")
        return v

    return gen


CORP_DOMAINS = ("hengtai-tech.com", "sinoway.cn", "bluepeak.com.cn")


def email(fmt: str = "plain") -> Gen:
    def gen(r: Row) -> str:
        e = r.person.email
        if fmt == "work":
            domain = r.state.setdefault("corp_domain", r.rng.choice(CORP_DOMAINS))
            return f"{r.fake.user_name()}@{domain}"
        if fmt == "upper" and r.rng.random() < 0.2:
            return e.upper()
        if fmt == "masked":
            local, dom = e.split("@")
            return local[:2] + "***@" + dom
        return e

    return gen


def address(fmt: str = "plain") -> Gen:
    from piplkit.discover.evaluation.heldout.person import street_address

    def gen(r: Row) -> str:
        if fmt == "hukou":
            return r.person.hukou
        if fmt == "other":
            return street_address(r.rng, r.rng.choice(vp.REGIONS), province=r.rng.random() < 0.5)
        if fmt == "masked":
            a = r.person.address
            return a[:8] + "*" * 6
        return r.person.address

    return gen


def ethnic(fmt: str = "name") -> Gen:
    def gen(r: Row) -> Any:
        i = r.person.ethnic
        n = vp.ETHNIC_GROUPS[i]
        return {
            "name": n,
            "short": n[:-1] if len(n) > 2 else n,
            "code": f"{i + 1:02d}",
            "int": i + 1,
        }[fmt]

    return gen


def pick(values: tuple[Any, ...]) -> Gen:
    return lambda r: r.rng.choice(values)


def marital(fmt: str = "words") -> Gen:
    def gen(r: Row) -> Any:
        young = r.person.age < 24
        if fmt == "code":
            return (
                "10"
                if young
                else r.rng.choice(("10", "20", "20", "20", "21", "22", "30", "40", "90"))
            )
        if fmt == "app":
            return r.rng.choice(vp.MARITAL_APP)
        if fmt == "en":
            return r.rng.choice(("Single", "Married", "Divorced", "Widowed", "Married"))
        return "未婚" if young else r.rng.choice(vp.MARITAL_WORDS)

    return gen


def education(fmt: str = "words") -> Gen:
    def gen(r: Row) -> Any:
        if fmt == "code":
            return r.rng.choice(tuple(vp.EDUCATION_CODES))
        if fmt == "gb_name":
            return r.rng.choice(tuple(vp.EDUCATION_CODES.values()))
        if fmt == "en":
            return r.rng.choice(vp.EDUCATION_EN)
        if fmt == "school":
            return r.rng.choice(vp.SCHOOLS)
        return r.rng.choice(vp.EDUCATION_WORDS)

    return gen


def nationality(fmt: str = "zh") -> Gen:
    def gen(r: Row) -> str:
        if r.rng.random() < 0.85 and fmt in ("zh", "alpha3", "num"):
            return {"zh": "中国", "alpha3": "CHN", "num": "156"}[fmt]
        c = r.rng.choice(vp.COUNTRIES)
        return {"zh": c[2], "alpha3": c[0], "num": c[1], "en": c[3], "foreign_alpha3": c[0]}[fmt]

    return gen


# --- identity documents ----------------------------------------------------------------------


def passport(kind: str = "cn") -> Gen:
    def gen(r: Row) -> str:
        rng = r.rng
        if kind == "cn" or (kind == "mixed" and rng.random() < 0.6):
            head = rng.choice(("E", "E", "E", "EA", "EB", "G"))
            return head + "".join(rng.choice("0123456789") for _ in range(9 - len(head)))
        style = rng.randrange(5)
        if style == 0:
            return f"{rng.randrange(10**8, 10**9)}"  # US / UK numeric books
        if style == 1:
            return rng.choice(("TK", "TR", "MZ")) + f"{rng.randrange(10**6, 10**7)}"  # Japan
        if style == 2:
            return "M" + f"{rng.randrange(10**7, 10**8)}"  # Korea
        if style == 3:
            return "".join(rng.choice("CFGHJKLMNPRTVWXYZ0123456789") for _ in range(9))  # Germany
        return rng.choice("KH") + f"{rng.randrange(10**7, 10**8)}"  # HKSAR passport

    return gen


def hk_macau(kind: str = "mainland") -> Gen:
    def gen(r: Row) -> str:
        rng = r.rng
        if kind == "home_return" or (kind == "mixed" and rng.random() < 0.3):
            v = rng.choice("HHM") + f"{rng.randrange(10**7, 10**8)}"
            return v + (f"{rng.randrange(0, 5):02d}" if rng.random() < 0.5 else "")
        if rng.random() < 0.75:
            return "C" + f"{rng.randrange(10**7, 10**8)}"
        return "C" + rng.choice("ABCDEFGHJKLMN") + f"{rng.randrange(10**6, 10**7)}"

    return gen


def taiwan_permit() -> Gen:
    def gen(r: Row) -> str:
        if r.rng.random() < 0.8:
            return f"{r.rng.randrange(10**7, 10**8)}"
        return f"{r.rng.randrange(10**9, 10**10):010d}({r.rng.choice('ABC')})"

    return gen


def foreign_pr(fmt: str = "mixed") -> Gen:
    def gen(r: Row) -> str:
        p, rng = r.person, r.rng
        alpha3, num, _, _ = rng.choice(vp.COUNTRIES)
        prov = rng.choice(("11", "31", "44", "32", "33", "51"))
        if fmt == "2023" or (fmt == "mixed" and rng.random() < 0.45):
            return checks.foreign_permanent_id_2023(prov, num, p.born, p.male, rng)
        return checks.foreign_permanent_id_2004(alpha3, prov, p.born, rng)

    return gen


def military_id() -> Gen:
    def gen(r: Row) -> str:
        digits = r.rng.choice((7, 7, 8))
        number = r.rng.randrange(10 ** (digits - 1), 10**digits)
        return f"{r.rng.choice(vp.MILITARY_PREFIXES)}字第{number}号"

    return gen


def ss_card() -> Gen:
    def gen(r: Row) -> str:
        if r.rng.random() < 0.8:
            return r.rng.choice("ABCDEFGHJKLM") + f"{r.rng.randrange(10**7, 10**8)}"
        return f"{r.rng.randrange(10**8, 10**9)}"

    return gen


def mixed_document() -> Gen:
    """A hotel's 证件号码: resident IDs with a few passports and permits (≥ 90 % IDs)."""
    other = (passport("mixed"), hk_macau("home_return"), taiwan_permit())

    def gen(r: Row) -> str:
        if r.rng.random() < 0.93:
            return r.person.id_no
        return r.rng.choice(other)(r)

    return gen


# --- biometric and genetic ---------------------------------------------------------------------


def _b64(r: Row, head: bytes, size: int) -> str:
    body = bytes(r.rng.randrange(256) for _ in range(size))
    return base64.b64encode(head + body).decode()


def face_image(fmt: str = "path") -> Gen:
    def gen(r: Row) -> str:
        h = f"{r.rng.getrandbits(128):032x}"
        if fmt == "path":
            return f"/data/face/{r.rng.randrange(2021, 2026)}/{r.rng.randrange(1, 13):02d}/{h}.jpg"
        if fmt == "url":
            return f"https://facelib-prod.oss-cn-hangzhou.aliyuncs.com/capture/{h[:2]}/{h}.jpg"
        return _b64(r, b"\xff\xd8\xff\xe0\x00\x10JFIF\x00", 90)

    return gen


def biometric(kind: str = "fingerprint") -> Gen:
    def gen(r: Row) -> str:
        if kind == "fingerprint":
            return _b64(r, b"FMR\x00 20\x00", 120)  # ISO/IEC 19794-2 record header
        if kind == "voice":
            return json.dumps([round(r.rng.uniform(-1, 1), 4) for _ in range(32)])
        return f"{r.rng.getrandbits(512):0128x}"  # iris code

    return gen


GENES = (
    "GJB2 c.235delC 杂合",
    "GJB2 c.235delC 纯合",
    "SLC26A4 c.919-2A>G 杂合",
    "未检出致病变异",
    "MTHFR C677T TT型",
    "MTHFR C677T CT型",
    "APOE ε3/ε4",
    "APOE ε3/ε3",
    "BRCA1 c.5470_5477del 杂合",
    "CYP2C19*2/*3 慢代谢型",
    "线粒体12S rRNA m.1555A>G 阳性",
)


def genetic(fmt: str = "finding") -> Gen:
    def gen(r: Row) -> str:
        if fmt == "snp":
            return r.rng.choice(("AA", "AG", "GG", "CT", "CC", "TT", "AC", "--"))
        if fmt == "rs_list":
            return ";".join(
                f"rs{r.rng.randrange(1000, 99999999)}:" + r.rng.choice(("AA", "AG", "GG", "CT"))
                for _ in range(r.rng.randrange(3, 7))
            )
        return r.rng.choice(GENES)

    return gen


# --- dated helpers ---------------------------------------------------------------------------


def when(r: Row, days: int = 720) -> datetime:
    base = datetime.combine(r.ref, time(9)) - timedelta(days=days)
    return base + timedelta(seconds=r.rng.randrange(0, days * 86400))


def day_of(r: Row, days: int = 720) -> date:
    return when(r, days).date()
