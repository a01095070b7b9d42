"""Values of the descriptive PI types (addresses, dates, vocabularies, records, templates) and
the cell-level damage real exports carry (Excel's number mangling, leading apostrophes,
full-width digits)."""

from __future__ import annotations

import base64
import hashlib
import random
import string
from datetime import date, datetime, timedelta

from faker import Faker

from piplkit.discover.evaluation.heldout3 import vocab
from piplkit.discover.evaluation.heldout3.ids import digits
from piplkit.discover.evaluation.heldout3.person import Person

_FULL_WIDTH = str.maketrans("0123456789Xx-", "０１２３４５６７８９ＸＸ－")


def full_width(text: str) -> str:
    return text.translate(_FULL_WIDTH)


def excel_mangled(number: str) -> str:
    """What Excel shows for a long digit string typed as a number: 4.40101E+17."""
    return f"{float(''.join(c for c in number if c.isdigit())):.5E}"


def damage_id(
    rng: random.Random,
    value: str,
    *,
    mangle: float = 0.0,
    apostrophe: float = 0.0,
    wide: float = 0.0,
) -> str:
    r = rng.random()
    if r < mangle:
        return excel_mangled(value)
    if r < mangle + apostrophe:
        return "'" + value
    if r < mangle + apostrophe + wide:
        return full_width(value)
    return value


def address(rng: random.Random, fake: Faker, p: Person, *, province: bool = True) -> str:
    _, prov, city, district, _ = p.region
    head = "" if not province else (prov if prov == city else prov + city)
    if (not province and prov != city) or not province:
        head = city
    road = fake.street_name()
    r = rng.random()
    if r < 0.45:
        tail = (
            f"{road}{rng.randint(1, 999)}号{fake.last_name()}家园{rng.randint(1, 30)}栋"
            f"{rng.randint(1, 32)}{rng.randint(1, 4):02d}室"
        )
    elif r < 0.7:
        tail = f"{road}{rng.randint(1, 399)}弄{rng.randint(1, 60)}号{rng.randint(101, 2604)}室"
    elif r < 0.88:
        tail = (
            f"{fake.last_name()}{rng.choice(('苑', '花园', '小区', '公寓'))}"
            f"{rng.randint(1, 20)}号楼"
            f"{rng.randint(1, 6)}单元{rng.randint(1, 28)}0{rng.randint(1, 4)}"
        )
    else:
        tail = f"{road}{rng.randint(1, 999)}号"
    return f"{head}{district}{tail}"


def room_in_estate(rng: random.Random) -> str:
    return (
        f"{rng.randint(1, 18)}栋{rng.randint(1, 4)}单元{rng.randint(2, 33)}{rng.randint(1, 4):02d}"
    )


def birth_date(rng: random.Random, p: Person, style: str) -> str:
    b = p.born
    if style == "iso":
        return b.isoformat()
    if style == "slash":
        return f"{b.year}/{b.month}/{b.day}"
    if style == "compact":
        return f"{b:%Y%m%d}"
    if style == "zh":
        return f"{b.year}年{b.month}月{b.day}日"
    if style == "dot":
        return f"{b.year}.{b.month:02d}.{b.day:02d}"
    # mixed, as in a sheet filled in by hand
    return birth_date(rng, p, rng.choice(("iso", "slash", "compact", "zh", "iso")))


def ethnicity(rng: random.Random, short: bool = False) -> str:
    value = "汉族" if rng.random() < 0.78 else rng.choice(vocab.ETHNIC_RARE)
    return value[:-1] if short and value.endswith("族") and len(value) > 2 else value


def religion(rng: random.Random) -> str:
    return rng.choice(vocab.RELIGIONS)


def health_diagnosis(rng: random.Random, with_code: bool) -> str:
    code, name = rng.choice(vocab.DIAGNOSES)
    if with_code:
        return f"{code} {name}" if rng.random() < 0.7 else f"{name}({code})"
    if rng.random() < 0.15:
        _, name2 = rng.choice(vocab.DIAGNOSES)
        return f"{name}；{name2}"
    return name


def height_cm(rng: random.Random, p: Person, ref: date) -> float:
    age = (ref - p.born).days / 365.25
    adult = 171 if p.male else 159
    base = 75 + age * 6.0 if age < 18 else adult
    return round(rng.gauss(base, 6), 1)


def weight_kg(rng: random.Random, p: Person, ref: date) -> float:
    age = (ref - p.born).days / 365.25
    base = 8 + age * 2.6 if age < 18 else (70 if p.male else 56)
    return round(max(12.0, rng.gauss(base, 9)), 1)


def password(rng: random.Random, kind: str) -> str:
    if kind == "bcrypt":
        chars = string.ascii_letters + string.digits + "./"
        return "$2a$10$" + "".join(rng.choice(chars) for _ in range(53))
    if kind == "md5":
        return hashlib.md5(digits(rng, 12).encode()).hexdigest()
    if kind == "sha256":
        return hashlib.sha256(digits(rng, 12).encode()).hexdigest()
    if kind == "pbkdf2":
        salt = "".join(rng.choice(string.ascii_letters) for _ in range(12))
        raw = base64.b64encode(hashlib.sha256(salt.encode()).digest()).decode()
        return f"pbkdf2_sha256$260000${salt}${raw}"
    # plaintext, as stored by old systems
    word = rng.choice(("abc", "qwe", "zhang", "love", "admin", "wang", "Aa", "pass"))
    return word + digits(rng, rng.randint(3, 6)) + rng.choice(("", "!", "@", "#"))


def face_image(rng: random.Random, ref: date, style: str) -> str:
    day = ref - timedelta(days=rng.randint(1, 900))
    name = "".join(rng.choice("0123456789abcdef") for _ in range(24))
    if style == "url":
        bucket = rng.choice(("face-prod", "member-face", "checkin-photo"))
        return f"https://{bucket}.oss-cn-shenzhen.aliyuncs.com/{day:%Y/%m/%d}/{name}.jpg"
    if style == "path":
        return f"/data/upload/face/{day:%Y%m%d}/{name}.jpg"
    if style == "b64":
        return "data:image/jpeg;base64,/9j/4AAQSkZJRgABAQAAAQABAAD/2wBD" + "".join(
            rng.choice(string.ascii_letters + string.digits + "+/") for _ in range(120)
        )
    return f"{name}.jpg"


def fingerprint_template(rng: random.Random) -> str:
    """ISO/IEC 19794-2 record ('FMR\\0 20\\0' header) in base64, as enrolment exports hold it."""
    raw = b"FMR\x00 20\x00" + bytes(rng.randrange(256) for _ in range(rng.randint(90, 140)))
    return base64.b64encode(raw).decode()


def voiceprint(rng: random.Random) -> str:
    return ",".join(f"{rng.gauss(0, 0.3):.4f}" for _ in range(32))


def iris_code(rng: random.Random) -> str:
    return "".join(rng.choice("0123456789ABCDEF") for _ in range(256))


def trajectory_points(rng: random.Random, p: Person, n: int | None = None) -> str:
    centre = vocab.CITY_CENTRES.get(p.region[2], (31.2304, 121.4737))
    lat, lng = centre[0] + rng.uniform(-0.1, 0.1), centre[1] + rng.uniform(-0.1, 0.1)
    points = []
    for _ in range(n or rng.randint(4, 9)):
        lat += rng.uniform(-0.01, 0.01)
        lng += rng.uniform(-0.01, 0.01)
        points.append(f"{lng:.6f},{lat:.6f}")
    return ";".join(points)


def coordinates(rng: random.Random, p: Person) -> tuple[float, float]:
    centre = vocab.CITY_CENTRES.get(p.region[2], (30.2741, 120.1551))
    return (
        round(centre[0] + rng.uniform(-0.15, 0.15), 6),
        round(centre[1] + rng.uniform(-0.15, 0.15), 6),
    )


def itinerary(rng: random.Random) -> str:
    legs = rng.sample(vocab.FLIGHT_CITIES, rng.randint(2, 4))
    return "-".join(legs)


def browsing(rng: random.Random) -> str:
    n = rng.randint(1, 4)
    return " | ".join(
        rng.choice(vocab.SITES).format(n=digits(rng, rng.randint(8, 12))) for _ in range(n)
    )


def contacts_list(rng: random.Random, fake: Faker, style: str) -> str:
    from piplkit.discover.evaluation.heldout3.person import mobile

    n = rng.randint(2, 6)
    if style == "json":
        items = ", ".join(f'{{"name": "{fake.name()}", "tel": "{mobile(rng)}"}}' for _ in range(n))
        return f"[{items}]"
    if style == "numbers":
        return ",".join(mobile(rng) for _ in range(n))
    return ";".join(f"{fake.name()}:{mobile(rng)}" for _ in range(n))


def timestamp(rng: random.Random, ref: date, days: int = 365) -> str:
    moment = datetime(ref.year, ref.month, ref.day) - timedelta(
        seconds=rng.randint(0, days * 86400)
    )
    return moment.strftime("%Y-%m-%d %H:%M:%S")


def day_before(rng: random.Random, ref: date, days: int = 365) -> date:
    """A day up to ``days`` before ``ref`` (after it, for a negative ``days``: due dates)."""
    return ref - timedelta(days=rng.randint(min(0, days), max(0, days)))


def amount(rng: random.Random, lo: float, hi: float) -> float:
    return round(rng.uniform(lo, hi), 2)


def money_text(rng: random.Random, lo: float, hi: float) -> str:
    value = amount(rng, lo, hi)
    return rng.choice((f"{value:,.2f}", f"¥{value:.2f}", f"{value:.2f}"))


_SHOP_DISTRICTS = (
    ("深圳市", "南山区"),
    ("深圳市", "福田区"),
    ("广州市", "天河区"),
    ("杭州市", "上城区"),
    ("上海市", "静安区"),
    ("北京市", "朝阳区"),
    ("成都市", "锦江区"),
)
_MALLS = ("万象城", "海岸城", "来福士广场", "大悦城", "吾悦广场", "银泰城", "龙湖天街")


def store_address(rng: random.Random, fake: Faker) -> str:
    """A shop's address: city, district, road and number, mall and unit."""
    city, district = rng.choice(_SHOP_DISTRICTS)
    unit = f"L{rng.randint(1, 5)}-{rng.randint(1, 80):02d}"
    return f"{city}{district}{fake.street_name()}{rng.randint(1, 300)}号{rng.choice(_MALLS)}{unit}"
