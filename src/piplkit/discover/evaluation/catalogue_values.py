"""Generators of the identifier values added for the national PI catalogue (issue 11).

Device and network identifiers (IMEI, MAC, device ids, VIN, coordinates), the further identity
documents (Taiwan permits, foreign permanent resident IDs, military IDs) and the cue-bound values
(QQ numbers, WeChat ids, birth dates, credentials). Like :mod:`identifiers`, every function
takes a seeded :class:`random.Random` and returns ``(value, variant)``, and values carry valid
check digits where the real identifier has one.
"""

from __future__ import annotations

import random
import string
from datetime import date, timedelta

from stdnum import luhn
from stdnum.iso7064 import mod_11_2

from piplkit.discover.detect.recognizers.foreign_permanent_resident_id import check_731, countries
from piplkit.discover.detect.recognizers.military_id import ORGANS
from piplkit.discover.detect.recognizers.vin import MODEL_YEAR_CODES, vin_check_character
from piplkit.discover.evaluation.identifiers import _weighted, digits

_HEX = "0123456789abcdef"
_VIN_LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ"
_VIN_CHARS = _VIN_LETTERS + "0123456789"
#: Province-level codes used as places of application (a sample of real ones).
_PROVINCES = ("11", "31", "44", "32", "33", "51", "42", "35", "37", "21")
#: Cities of China as (latitude, longitude) centres, to scatter points around.
_CITIES = (
    (39.9042, 116.4074), (31.2304, 121.4737), (23.1291, 113.2644), (22.5431, 114.0579),
    (30.2741, 120.1551), (30.5728, 104.0668), (30.5928, 114.3055), (34.3416, 108.9398),
    (43.8256, 87.6168), (29.6520, 91.1721), (45.8038, 126.5349), (20.0440, 110.1999),
)  # fmt: skip


def _hex(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(_HEX) for _ in range(n))


def imei(rng: random.Random) -> tuple[str, str]:
    """IMEIs with a TAF (86) or BABT (35) prefix and a Luhn digit; grouped writings; IMEISV."""
    variant = _weighted(rng, {"imei15": 0.6, "grouped": 0.2, "imeisv16": 0.2})
    body = rng.choice(("86", "35", "86", "01")) + digits(rng, 12)
    if variant == "imeisv16":
        return body + digits(rng, 2), variant
    number = body + luhn.calc_check_digit(body)
    if variant == "grouped":
        sep = rng.choice("- ")
        return sep.join((number[:2], number[2:8], number[8:14], number[14])), variant
    return number, variant


def mac_address(rng: random.Random) -> tuple[str, str]:
    variant = _weighted(
        rng, {"colon_upper": 0.4, "colon_lower": 0.2, "hyphen": 0.25, "dotted": 0.15}
    )
    first = rng.randrange(0, 256) & 0xFC  # unicast, universally administered
    octets = [f"{first:02x}"] + [_hex(rng, 2) for _ in range(5)]
    if variant == "dotted":
        flat = "".join(octets)
        return ".".join((flat[:4], flat[4:8], flat[8:])), variant
    if variant == "hyphen":
        return "-".join(octets).upper(), variant
    text = ":".join(octets)
    return (text.upper() if variant == "colon_upper" else text), variant


def vin(rng: random.Random) -> tuple[str, str]:
    """VINs of Chinese (L…) and North American makers with a check digit, and European ones
    whose position 9 is not a check digit (found only with a cue)."""
    variant = _weighted(rng, {"cn_checked": 0.6, "na_checked": 0.2, "eu_unchecked": 0.2})
    wmi = {
        "cn_checked": "L" + rng.choice(_VIN_LETTERS) + rng.choice(_VIN_CHARS),
        "na_checked": rng.choice(("1G1", "1FT", "5YJ", "2HG", "4T1")),
        "eu_unchecked": rng.choice(("WDD", "WBA", "WVW", "VF1", "ZFA")),
    }[variant]
    vds = "".join(rng.choice(_VIN_CHARS) for _ in range(5))
    vis = rng.choice(sorted(MODEL_YEAR_CODES - set("0123456789"))) + rng.choice(_VIN_CHARS)
    vis += digits(rng, 6)
    check = vin_check_character(wmi + vds + "0" + vis)
    if variant == "eu_unchecked":
        wrong = [c for c in _VIN_CHARS if c != check]
        return wmi + vds + rng.choice(wrong) + vis, variant
    return wmi + vds + check + vis, variant


def _point(rng: random.Random) -> tuple[float, float]:
    lat, lng = rng.choice(_CITIES)
    return lat + rng.uniform(-0.3, 0.3), lng + rng.uniform(-0.3, 0.3)


def _dms(value: float, ascii_marks: bool) -> str:
    degrees = int(value)
    minutes_float = (value - degrees) * 60
    minutes = int(minutes_float)
    seconds = int((minutes_float - minutes) * 60)
    if ascii_marks:
        return f"{degrees}°{minutes}'{seconds}\""
    return f"{degrees}°{minutes}′{seconds}″"


def geo_coordinates(rng: random.Random) -> tuple[str, str]:
    variant = _weighted(
        rng,
        {
            "lat_lng": 0.25, "lng_lat": 0.2, "url_keyed": 0.1, "json_keyed": 0.1, "cn_keyed": 0.1,
            "hemisphere_cn": 0.1, "dms_cn": 0.075, "dms_suffix": 0.075,
        },
    )  # fmt: skip
    lat, lng = _point(rng)
    places = rng.choice((4, 5, 6))
    a, b = f"{lat:.{places}f}", f"{lng:.{places}f}"
    sep = rng.choice((",", ", ", "，"))
    return {
        "lat_lng": f"{a}{sep}{b}",
        "lng_lat": f"{b}{sep}{a}",
        "url_keyed": f"lat={a}&lng={b}",
        "json_keyed": f'"lat": {a}, "lng": {b}',
        "cn_keyed": f"纬度{a}，经度{b}",
        "hemisphere_cn": f"北纬{lat:.2f}°，东经{lng:.2f}°",
        "dms_cn": f"东经{_dms(lng, False)}，北纬{_dms(lat, False)}",
        "dms_suffix": f"{_dms(lat, True)}N {_dms(lng, True)}E",
    }[variant], variant


def taiwan_permit(rng: random.Random) -> tuple[str, str]:
    """台胞证 numbers: the 8-digit lifetime number, the 10-digit book number, and that with the
    bracketed issuing office."""
    variant = _weighted(rng, {"digits8": 0.6, "digits10": 0.15, "bracketed": 0.25})
    lifetime = str(rng.randint(0, 9)) + digits(rng, 7)
    if variant == "digits10":
        return lifetime + f"{rng.randint(1, 9):02d}", variant
    if variant == "bracketed":
        return lifetime + f"{rng.randint(1, 9):02d}({rng.choice('ABDE')})", variant
    return lifetime, variant


def foreign_permanent_resident_id(rng: random.Random) -> tuple[str, str]:
    variant = _weighted(rng, {"fpr18": 0.7, "fpr15": 0.3})
    numeric, _ = countries()
    code = rng.choice(sorted(c for c, a in numeric.items() if a != "CHN"))
    born = date(1945, 1, 1) + timedelta(days=rng.randrange(365 * 73))
    province = rng.choice(_PROVINCES)
    if variant == "fpr15":
        body = numeric[code] + province + f"{rng.randint(0, 99):02d}" + born.strftime("%y%m%d")
        body += str(rng.randint(0, 9))
        return body + check_731(body), variant
    body = "9" + province + code + born.strftime("%Y%m%d") + digits(rng, 3)
    return body + mod_11_2.calc_check_digit(body), variant


def military_id(rng: random.Random) -> tuple[str, str]:
    variant = _weighted(rng, {"organ_serial": 0.7, "digits": 0.3})
    number = str(rng.randint(1, 9)) + digits(rng, rng.choice((5, 6, 7)))
    if variant == "digits":
        return number, variant
    return rng.choice(ORGANS) + "字第" + number + "号", variant


def device_id(rng: random.Random) -> tuple[str, str]:
    variant = _weighted(rng, {"idfa": 0.35, "oaid_uuid": 0.25, "android_id": 0.25, "oaid64": 0.15})
    if variant in ("idfa", "oaid_uuid"):
        h = _hex(rng, 32)
        text = "-".join((h[:8], h[8:12], "4" + h[13:16], h[16:20], h[20:]))
        return (text.upper() if variant == "idfa" else text), variant
    if variant == "android_id":
        return _hex(rng, 16), variant
    return _hex(rng, 64), variant


def qq_number(rng: random.Random) -> tuple[str, str]:
    length = rng.choice((6, 8, 9, 9, 10, 10, 11))
    return str(rng.randint(1, 9)) + digits(rng, length - 1), f"digits{length}"


def wechat_id(rng: random.Random) -> tuple[str, str]:
    variant = _weighted(rng, {"handle": 0.55, "letters": 0.25, "wxid": 0.2})
    letters = string.ascii_lowercase
    if variant == "wxid":
        return "wxid_" + "".join(rng.choice(letters + string.digits) for _ in range(14)), variant
    head = rng.choice(letters) + "".join(rng.choice(letters) for _ in range(rng.randint(5, 9)))
    if variant == "letters":
        return head, variant
    return head + rng.choice(("_", "-", "")) + digits(rng, rng.randint(2, 4)), variant


def birth_date_text(rng: random.Random) -> tuple[str, str]:
    variant = _weighted(
        rng, {"iso": 0.3, "slashed": 0.15, "chinese": 0.25, "compact": 0.15, "year_month": 0.15}
    )
    born = date(1940, 1, 1) + timedelta(days=rng.randrange(365 * 84))
    return {
        "iso": born.isoformat(),
        "slashed": f"{born.year}/{born.month}/{born.day}",
        "chinese": f"{born.year}年{born.month}月{born.day}日",
        "compact": born.strftime("%Y%m%d"),
        "year_month": f"{born.year}年{born.month}月",
    }[variant], variant


def password(rng: random.Random) -> tuple[str, str]:
    variant = _weighted(rng, {"plain": 0.6, "digits": 0.2, "bcrypt": 0.1, "sha256": 0.1})
    if variant == "digits":
        return digits(rng, rng.choice((6, 8))), variant
    if variant == "sha256":
        return _hex(rng, 64), variant
    alphabet = string.ascii_letters + string.digits + "./"
    if variant == "bcrypt":
        return "$2b$12$" + "".join(rng.choice(alphabet) for _ in range(52)) + "a", variant
    body = "".join(
        rng.choice(string.ascii_letters + string.digits) for _ in range(rng.randint(6, 12))
    )
    return body + rng.choice("!@#_") + str(rng.randint(0, 9)), variant


MAKERS = {
    "imei": imei,
    "mac_address": mac_address,
    "vin": vin,
    "geo_coordinates": geo_coordinates,
    "taiwan_permit": taiwan_permit,
    "foreign_permanent_resident_id": foreign_permanent_resident_id,
    "military_id": military_id,
    "device_id": device_id,
    "qq_number": qq_number,
    "wechat_id": wechat_id,
    "birth_date": birth_date_text,
    "password": password,
}
