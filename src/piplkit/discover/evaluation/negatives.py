"""Hard negatives: strings that look like PI to a careless pattern and must produce no finding.

Numbers are built to fail exactly the checks that tell them apart from identifiers: 18-digit
order numbers fail the resident-ID check digit *and* Luhn; "bad date" IDs carry a correct check
digit but an impossible birth date; card-like numbers fail Luhn. Numeric tracking numbers never
start with a province code, so they cannot pass for a 15-digit ID either.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import date, timedelta

from faker import Faker
from stdnum import luhn
from stdnum.cn import ric

from piplkit.discover.evaluation.identifiers import digits
from piplkit.discover.evaluation.regions import real_region

NegMaker = Callable[[random.Random, Faker], tuple[str, str]]


def _luhn_ok(number: str) -> bool:
    return luhn.is_valid(number)


def _not_luhn(number: str) -> str:
    """Change the last digit until ``number`` fails Luhn (and, at 18 digits, the ID check)."""
    last = int(number[-1])
    while _luhn_ok(number) or (len(number) == 18 and number[-1] == ric.calc_check_digit(number)):
        last = (last + 1) % 10
        number = number[:-1] + str(last)
    return number


def _recent(rng: random.Random) -> date:
    return date(2021, 1, 1) + timedelta(days=rng.randrange(1800))


def order_no(rng: random.Random, fake: Faker) -> tuple[str, str]:
    variant = rng.choice(("date_prefixed18", "random18", "letter_prefixed", "date_prefixed20"))
    if variant == "letter_prefixed":
        return rng.choice(("DD", "SO", "PO", "TX")) + _recent(rng).strftime("%Y%m%d") + digits(
            rng, 6
        ), variant
    if variant == "date_prefixed20":
        return _recent(rng).strftime("%Y%m%d") + digits(rng, 12), variant
    if variant == "date_prefixed18":
        return _not_luhn(_recent(rng).strftime("%Y%m%d") + digits(rng, 10)), variant
    return _not_luhn(str(rng.randint(1, 9)) + digits(rng, 17)), variant


def bad_date_id(rng: random.Random, fake: Faker) -> tuple[str, str]:
    """A resident-ID lookalike with a valid check digit and a birth date that cannot exist."""
    variant = rng.choice(("month13", "month00", "day32", "feb30", "future"))
    year = rng.randint(1950, 2005)
    day = f"{rng.randint(1, 28):02d}"
    stamp = {
        "month13": f"{year}13{day}",
        "month00": f"{year}00{day}",
        "day32": f"{year}{rng.randint(1, 12):02d}32",
        "feb30": f"{year}0230",
        "future": f"{rng.randint(2090, 2099)}{rng.randint(1, 12):02d}{day}",
    }[variant]
    while True:
        body = real_region(rng)[0] + stamp + digits(rng, 3)
        number = body + ric.calc_check_digit(body + "0")
        if not _luhn_ok(number):  # a Luhn-valid 18-digit string is a legitimate card candidate
            return number, variant


def timestamp(rng: random.Random, fake: Faker) -> tuple[str, str]:
    moment = _recent(rng).strftime("%Y%m%d") + f"{rng.randint(0, 23):02d}"
    moment += f"{rng.randint(0, 59):02d}{rng.randint(0, 59):02d}"
    if rng.random() < 0.7:
        return moment, "compact14"
    return f"{moment[:4]}-{moment[4:6]}-{moment[6:8]} {moment[8:10]}:{moment[10:12]}", "iso_minutes"


def epoch(rng: random.Random, fake: Faker) -> tuple[str, str]:
    seconds = rng.randint(1_600_000_000, 1_790_000_000)
    if rng.random() < 0.5:
        return str(seconds), "epoch_s"
    return str(seconds * 1000 + rng.randint(0, 999)), "epoch_ms"


def card_like(rng: random.Random, fake: Faker) -> tuple[str, str]:
    variant = rng.choice(("unionpay16", "unionpay19", "visa16"))
    if variant == "visa16":
        return _not_luhn("4" + digits(rng, 15)), variant
    length = 16 if variant == "unionpay16" else 19
    return _not_luhn("62" + digits(rng, length - 2)), variant


def version(rng: random.Random, fake: Faker) -> tuple[str, str]:
    major, minor, patch = rng.randint(0, 12), rng.randint(0, 30), rng.randint(0, 40)
    variant = rng.choice(("v_prefixed", "bare", "prerelease"))
    if variant == "v_prefixed":
        return f"{rng.choice('vV')}{major}.{minor}.{patch}", variant
    if variant == "prerelease":
        return f"{major}.{minor}.{patch}-{rng.choice(('beta', 'rc1', 'alpha.2'))}", variant
    return f"{major}.{minor}.{patch}", variant


def amount(rng: random.Random, fake: Faker) -> tuple[str, str]:
    yuan = rng.choice((rng.randint(1, 999), rng.randint(1000, 99_999), rng.randint(10**6, 10**8)))
    cents = rng.randint(0, 99)
    variant = rng.choice(("yen_sign", "yuan_suffix", "fullwidth_yen", "rmb_prefix"))
    grouped = f"{yuan:,}"
    return {
        "yen_sign": f"¥{grouped}.{cents:02d}",
        "yuan_suffix": f"{grouped}.{cents:02d}元",
        "fullwidth_yen": f"￥{yuan}.{cents:02d}",
        "rmb_prefix": f"RMB {grouped}",
    }[variant], variant


def tracking_no(rng: random.Random, fake: Faker) -> tuple[str, str]:
    variant = rng.choice(("sf", "yt", "jt", "numeric14", "numeric15", "ems"))
    if variant == "sf":
        return "SF" + digits(rng, 13), variant
    if variant in ("yt", "jt"):
        return variant.upper() + digits(rng, 13), variant
    if variant == "numeric14":
        return "75" + digits(rng, 12), variant
    if variant == "numeric15":
        return rng.choice(("77", "78", "98")) + digits(rng, 13), variant
    return "E" + rng.choice("ABCMR") + digits(rng, 9) + "CN", variant


def company(rng: random.Random, fake: Faker) -> tuple[str, str]:
    if rng.random() < 0.4:
        city = rng.choice(("深圳市", "杭州", "上海", "成都市", "武汉"))
        return city + fake.company_prefix() + rng.choice(
            ("科技", "贸易", "物流")
        ) + "有限公司", "city_prefixed"
    return fake.company(), "faker"


def invoice_no(rng: random.Random, fake: Faker) -> tuple[str, str]:
    return digits(rng, 8), "invoice8"


def invoice_code(rng: random.Random, fake: Faker) -> tuple[str, str]:
    return "0" + digits(rng, 11), "code12"


def postcode(rng: random.Random, fake: Faker) -> tuple[str, str]:
    return rng.choice(("100", "200", "510", "518", "310", "610", "430")) + digits(
        rng, 3
    ), "postcode"


def hotline(rng: random.Random, fake: Faker) -> tuple[str, str]:
    variant = rng.choice(("400", "800", "short"))
    if variant == "short":
        return rng.choice(("95588", "95533", "95566", "12345", "12315", "10086")), variant
    return f"{variant}-{digits(rng, 3)}-{digits(rng, 4)}", variant


def date_text(rng: random.Random, fake: Faker) -> tuple[str, str]:
    d = _recent(rng)
    variant = rng.choice(("iso", "chinese", "slashed"))
    return {
        "iso": d.isoformat(),
        "chinese": f"{d.year}年{d.month}月{d.day}日",
        "slashed": d.strftime("%Y/%m/%d"),
    }[variant], variant


def isbn(rng: random.Random, fake: Faker) -> tuple[str, str]:
    return f"978-7-{rng.randint(100, 999)}-{digits(rng, 5)}-{rng.randint(0, 9)}", "isbn13"


def sku(rng: random.Random, fake: Faker) -> tuple[str, str]:
    if rng.random() < 0.5:
        return f"SKU-{_recent(rng):%Y%m%d}-{digits(rng, 4)}", "sku_dated"
    return "SN" + "".join(rng.choice("0123456789ABCDEFGHJK") for _ in range(12)), "serial"


def pickup_code(rng: random.Random, fake: Faker) -> tuple[str, str]:
    if rng.random() < 0.5:
        return f"{rng.randint(1, 9)}-{rng.randint(1, 9)}-{rng.randint(1000, 9999)}", "shelf"
    return digits(rng, 6), "digits6"


def uuid_text(rng: random.Random, fake: Faker) -> tuple[str, str]:
    """A request or record id in UUID shape: without a device cue it is no device id."""
    h = "".join(rng.choice("0123456789abcdef") for _ in range(32))
    text = "-".join((h[:8], h[8:12], h[12:16], h[16:20], h[20:]))
    return (text.upper(), "upper") if rng.random() < 0.3 else (text, "lower")


def order15(rng: random.Random, fake: Faker) -> tuple[str, str]:
    """15-digit order numbers, half of them starting with an IMEI reporting-body prefix and
    passing Luhn: only a cue makes such a number an IMEI."""
    if rng.random() < 0.5:
        body = rng.choice(("86", "35", "98")) + digits(rng, 12)
        return body + luhn.calc_check_digit(body), "imei_like"
    return rng.choice(("20", "24", "60")) + digits(rng, 13), "plain"


def hex_digest(rng: random.Random, fake: Faker) -> tuple[str, str]:
    n = rng.choice((32, 40, 64))
    return "".join(rng.choice("0123456789abcdef") for _ in range(n)), f"hex{n}"


def number_pair(rng: random.Random, fake: Faker) -> tuple[str, str]:
    """Pairs of decimals that are not places: prices, exchange rates, measurements."""
    variant = rng.choice(("prices", "rates", "sizes"))
    if variant == "prices":
        low, high = rng.randint(100, 49_999), rng.randint(50_000, 99_999)
        return f"{low / 100:.2f},{high / 100:.2f}", variant
    if variant == "rates":
        return f"{rng.uniform(6.5, 7.5):.4f},{rng.uniform(6.5, 7.5):.4f}", variant
    return f"{rng.uniform(1, 3):.3f}/{rng.uniform(1, 3):.3f}", variant


def model_code(rng: random.Random, fake: Faker) -> tuple[str, str]:
    """Product and part codes of VIN-like length that break a VIN rule (letters at the end,
    an O or I, no model-year code)."""
    letters = "ABCDEFGHJKLMNPRSTUVWXYZ"
    variant = rng.choice(("trailing_letters", "with_o", "short_alnum"))
    if variant == "trailing_letters":
        return "".join(rng.choice(letters + "0123456789") for _ in range(13)) + "".join(
            rng.choice(letters) for _ in range(4)
        ), variant
    if variant == "with_o":
        return "MO" + digits(rng, 15), variant
    return "PN-" + "".join(rng.choice(letters) for _ in range(4)) + digits(rng, 6), variant


NEGATIVE_MAKERS: dict[str, NegMaker] = {
    "order_no": order_no,
    "bad_date_id": bad_date_id,
    "timestamp": timestamp,
    "epoch": epoch,
    "card_like": card_like,
    "version": version,
    "amount": amount,
    "tracking_no": tracking_no,
    "company": company,
    "invoice_no": invoice_no,
    "invoice_code": invoice_code,
    "postcode": postcode,
    "hotline": hotline,
    "date": date_text,
    "isbn": isbn,
    "sku": sku,
    "pickup_code": pickup_code,
    "uuid": uuid_text,
    "order15": order15,
    "hex_digest": hex_digest,
    "number_pair": number_pair,
    "model_code": model_code,
}
