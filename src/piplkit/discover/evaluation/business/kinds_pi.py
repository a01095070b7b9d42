"""Column kinds holding personal information (and the organisation id ``cn_uscc``).

Header pools are what Chinese systems print: formal form labels, colloquial labels, English
snake_case and camelCase field names, and pinyin initials (``xm``, ``sfzh``, ``hyzk``). Some
initials collide in real life (``xl`` is 学历 and 心率, ``zy`` 专业 and 职业); they are kept.
"""

from __future__ import annotations

import random
from collections.abc import Callable

from piplkit.discover.evaluation import identifiers as ids
from piplkit.discover.evaluation.business import pi_ids
from piplkit.discover.evaluation.business import plain_values as pv
from piplkit.discover.evaluation.business import vocab_business as vb
from piplkit.discover.evaluation.business import vocab_people as vp
from piplkit.discover.evaluation.business.context import CellValue, Ctx, Maker
from piplkit.discover.evaluation.business.kinds import Variant as V
from piplkit.discover.evaluation.business.kinds import define
from piplkit.discover.evaluation.people import address as _address

_ETHNIC_W = [vp.ETHNIC_WEIGHTS.get(g, 1.0) for g in vp.ETHNIC_GROUPS]


def _ethnic(c: Ctx, style: str) -> str:
    group = c.shared("ethnic", lambda: c.rng.choices(vp.ETHNIC_GROUPS, weights=_ETHNIC_W)[0])
    if style == "code":
        return f"{vp.ETHNIC_GROUPS.index(group) + 1:02d}"
    return group[:-1] if style == "short" else group


def _gender(c: Ctx, style: str) -> str:
    male = c.person.sex == "男"
    if style == "code":
        return "1" if male else "2"
    if style == "en":
        return (
            ("M" if male else "F")
            if c.column.setdefault("short", c.rng.random() < 0.5)
            else ("male" if male else "female")
        )
    return c.person.sex


def _weighted(c: Ctx, table: dict[str, float]) -> str:
    return c.rng.choices(list(table), weights=list(table.values()))[0]


def _marital(c: Ctx, style: str) -> str:
    age = c.person.age_on(c.reference)
    value = "未婚" if age < 22 else _weighted(c, vp.MARITAL_COMMON)
    if style == "code":
        return vp.MARITAL_CODES.get(value, "40" if value == "离异" else "20")
    if style == "en":
        return {"未婚": "single", "离异": "divorced", "离婚": "divorced", "丧偶": "widowed"}.get(
            value, "married"
        )
    return value


def _nationality(c: Ctx, style: str) -> str:
    country = vp.COUNTRIES[0] if c.rng.random() < 0.85 else c.rng.choice(vp.COUNTRIES[1:])
    if style == "iso3":
        return country[1]
    if style == "ji":
        return country[0] + "籍"
    return country[0]


def _foreign_nationality(c: Ctx) -> str:
    return c.rng.choice(vp.COUNTRIES[1:])[0]


def _education(c: Ctx, style: str) -> str:
    if style == "formal":
        return c.rng.choice(list(vp.EDUCATION_FORMAL)[:9])
    if style == "code":
        return c.rng.choice(list(vp.EDUCATION_FORMAL.values())[:9])
    return _weighted(c, vp.EDUCATION_SHORT)


def _rid(c: Ctx) -> str:
    p = c.person
    if p.birth.year < 1985 and c.rng.random() < 0.03:  # a 15-digit ID never upgraded
        from piplkit.discover.evaluation.business.person import old_resident_id

        return old_resident_id(c.rng, p.region, p.birth, p.sex)
    return p.resident_id


def _foreign_passport(c: Ctx) -> str:
    rng = c.rng
    shape = rng.randrange(4)
    if shape == 0:
        return ids.digits(rng, 9)  # US, UK
    if shape == 1:
        return rng.choice(("TK", "TR", "MZ")) + ids.digits(rng, 7)  # Japan
    if shape == 2:
        return "M" + ids.digits(rng, 8)  # Korea
    return "C" + "".join(rng.choice("CFGHJKLMNPRTVWXYZ0123456789") for _ in range(8))  # Germany


def _religion(c: Ctx, style: str) -> str:
    if style == "en":
        return c.rng.choices(vp.RELIGIONS_EN, weights=(70, 10, 6, 4, 3, 2, 1))[0]
    return _weighted(c, vp.RELIGIONS)


def _orientation(c: Ctx, style: str) -> str:
    return _weighted(c, vp.SEXUAL_ORIENTATIONS_EN if style == "en" else vp.SEXUAL_ORIENTATIONS)


def _estate_address(c: Ctx) -> str:
    """A home inside an estate as property systems write it, sometimes after the district."""
    rng = c.rng
    unit = f"{rng.randint(1, 30)}栋{rng.randint(1, 4)}单元"
    room = f"{unit}{rng.randint(1, 33)}{rng.randint(1, 4):02d}室"
    district = rng.choice(("", "", "南山区", "西湖区", "武侯区", "朝阳区", "天河区"))
    return district + rng.choice(vb.ESTATES) + room


def _first(fn: Callable[[random.Random], tuple[str, str]]) -> Maker:
    """Adapt an ``identifiers`` maker (``rng -> (text, variant)``) to a context maker."""
    return lambda c: fn(c.rng)[0]


def _p(fn: Callable[..., CellValue], *args: object) -> Maker:
    """A context maker calling ``fn(ctx, *args)`` (a variant's fixed style)."""
    return lambda c: fn(c, *args)


# --- basic personal data ------------------------------------------------------------------
define(
    "name",
    "person_name",
    V("plain", lambda c: c.person.name),
)
define(
    "contact_name",
    "person_name",
    V("plain", lambda c: c.other("contact").name),
)
define(
    "guardian_name",
    "person_name",
    V("plain", lambda c: c.other("guardian", 28, 55).name),
)
define(
    "other_name",
    "person_name",
    V("plain", lambda c: c.other("other").name),
)
define(
    "staff_name",
    "person_name",
    V("plain", lambda c: c.fake.name()),
)
define(
    "latin_name",
    "person_name",
    V("plain", lambda c: f"{c.rng.choice(vp.LATIN_FAMILY)} {c.rng.choice(vp.LATIN_GIVEN)}"),
)
define(
    "birth_date",
    "birth_date",
    (
        V("dash", lambda c: pi_ids.birth_text(c.person.birth, "dash"), False, 3),
        V("slash", lambda c: pi_ids.birth_text(c.person.birth, "slash"), False),
        V("compact", lambda c: pi_ids.birth_text(c.person.birth, "compact"), False),
        V("chinese", lambda c: pi_ids.birth_text(c.person.birth, "chinese"), False, 0.5),
        V("typed", lambda c: c.person.birth, False, 1.5, "date"),
    ),
)
define(
    "gender",
    "gender",
    (
        V("zh", _p(_gender, "zh"), True, 4),
        V("code", _p(_gender, "code"), False),
        V("en", _p(_gender, "en"), True),
    ),
)
define(
    "ethnicity",
    "ethnicity",
    (
        V("full", _p(_ethnic, "full"), True, 4),
        V("short", _p(_ethnic, "short"), True),
        V("code", _p(_ethnic, "code"), False, 0.5),
    ),
)
define(
    "nationality",
    "nationality",
    (
        V("zh", _p(_nationality, "zh"), True, 3),
        V("iso3", _p(_nationality, "iso3"), False),
        V("ji", _p(_nationality, "ji"), True),
    ),
)
define(
    "foreign_nationality",
    "nationality",
    V("zh", _foreign_nationality, True),
)
define(
    "marital",
    "marital_status",
    (
        V("zh", _p(_marital, "zh"), True, 4),
        V("code", _p(_marital, "code"), False),
        V("en", _p(_marital, "en"), True),
    ),
)
define(
    "home_address",
    "address",
    V("plain", lambda c: _address(c.rng, c.fake)[0]),
)
define(
    "delivery_address",
    "address",
    V("plain", lambda c: _address(c.rng, c.fake)[0]),
)
define(
    "estate_address",
    "address",
    V("plain", lambda c: _estate_address(c)),
)

# --- phone numbers, e-mail -----------------------------------------------------------------
define(
    "mobile",
    "cn_mobile",
    V("plain", _first(ids.mobile)),
)
define(
    "contact_mobile",
    "cn_mobile",
    V("plain", lambda c: ids.mobile(c.rng)[0]),
)
define(
    "caller",
    "cn_mobile",
    V("plain", lambda c: ids.mobile_digits(c.rng)),
)
define(
    "landline",
    "cn_landline",
    V("plain", _first(ids.landline)),
)
define(
    "email",
    "email",
    V("plain", lambda c: ids.email(c.rng, c.person.handle)[0]),
)

# --- identity documents -------------------------------------------------------------------
define(
    "resident_id",
    "cn_resident_id",
    V("plain", _rid),
)
define(
    "guardian_id",
    "cn_resident_id",
    V("plain", lambda c: c.other("guardian", 28, 55).resident_id),
)
define(
    "driver_licence",
    "driver_license",
    V("plain", lambda c: c.person.resident_id, False),
)
# A social security card number is the holder's resident ID number too; the catalogue keeps the
# card as its own type (GB/T 35273-2020 Annex B, identity information).
define(
    "social_security_card",
    "social_security_card",
    V("plain", lambda c: c.person.resident_id, False),
)
# Salaries and bonuses: income (GB/T 35273-2020 Annex A, property information: 收入状况).
define(
    "income",
    "income",
    V("plain", lambda c: pv.money(c, "salary"), False, 1.0, "float"),
)
define(
    "passport",
    "passport",
    V("plain", _first(ids.passport)),
)
define(
    "foreign_passport",
    "passport",
    V("plain", _foreign_passport, False),
)
define(
    "hk_macau_permit",
    "hk_macau_permit",
    V("plain", _first(ids.hk_macau_permit)),
)
define(
    "taiwan_permit",
    "taiwan_permit",
    V("plain", pi_ids.taiwan_permit, False),
)
define(
    "foreign_pr",
    "foreign_permanent_resident_id",
    (
        V("old", pi_ids.foreign_pr_old),
        V("new", pi_ids.foreign_pr_2023),
        V("mixed", pi_ids.foreign_pr_mixed, True, 2),
    ),
)
define(
    "military_id",
    "military_id",
    V("plain", pi_ids.military_id),
)

# --- biometrics ---------------------------------------------------------------------------
define(
    "face_image",
    "face_image",
    (
        V("url", _p(pi_ids.face_image, "url"), False, 2),
        V("path", _p(pi_ids.face_image, "path"), False),
        V("data_uri", _p(pi_ids.face_image, "data_uri"), False),
        V("b64", _p(pi_ids.face_image, "b64"), False, 0.5),
    ),
)
define(
    "fingerprint",
    "biometric",
    (
        V("iso", _p(pi_ids.biometric, "fingerprint"), True, 2),
        V("hex", _p(pi_ids.biometric, "hex"), False),
    ),
)
define(
    "iris",
    "biometric",
    V("iso", _p(pi_ids.biometric, "iris")),
)
define(
    "voiceprint",
    "biometric",
    V("vector", _p(pi_ids.biometric, "voiceprint"), False),
)

# --- network identity, credentials --------------------------------------------------------
define(
    "account_name",
    "account_name",
    (
        V("handle", _p(pi_ids.account_name, "handle"), False, 3),
        V("generated", _p(pi_ids.account_name, "generated"), False),
    ),
)
define(
    "nickname",
    "account_name",
    V("nickname", _p(pi_ids.account_name, "nickname"), False),
)
define(
    "wechat",
    "wechat_id",
    V("custom", _p(pi_ids.wechat_id, "custom")),
)
define(
    "openid",
    "wechat_id",
    V("openid", _p(pi_ids.wechat_id, "openid"), False),
)
define(
    "qq",
    "qq_number",
    V("plain", pi_ids.qq_number, False),
)
define(
    "password",
    "password",
    (
        V("plain", _p(pi_ids.password, "plain"), False),
        V("md5", _p(pi_ids.password, "md5"), False, 2),
        V("md5_upper", _p(pi_ids.password, "md5_upper"), False, 0.5),
        V("sha1", _p(pi_ids.password, "sha1"), False, 0.5),
        V("sha256", _p(pi_ids.password, "sha256"), False),
        V("bcrypt", _p(pi_ids.password, "bcrypt"), True, 2),
        V("pbkdf2", _p(pi_ids.password, "pbkdf2"), True, 0.5),
        V("masked", _p(pi_ids.password, "masked"), False),
    ),
)
define(
    "ipv4",
    "ipv4",
    V("plain", _first(ids.ipv4)),
)
define(
    "ipv6",
    "ipv6",
    V("plain", _first(ids.ipv6)),
)
