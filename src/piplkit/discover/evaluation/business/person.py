"""The person behind a row, so that the columns of one row agree with each other.

A real export describes one person per row: the resident ID encodes the birth date and sex
shown in the neighbouring columns, a child's guardian is an adult. Tables draw their people
from an age band per domain (patients 0–95, account holders 18–85, pupils 6–17 …), which is
what puts minors into school and hospital tables and keeps them out of bank tables.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import cache

from stdnum.cn import ric

from piplkit.discover.evaluation.business.fakerpool import PooledFaker
from piplkit.discover.evaluation.business.randutil import digits
from piplkit.discover.evaluation.regions import FIRST_YEAR, LAST_YEAR, real_region

_ROMAN = str.maketrans("", "", " -'")


@dataclass(slots=True)
class Person:
    name: str
    sex: str  # "男" / "女"
    birth: date
    resident_id: str
    region: str
    handle: str  # a romanised user handle (Faker), for e-mail and account names
    extra: dict[str, object] = field(default_factory=dict)

    def age_on(self, day: date) -> int:
        years = day.year - self.birth.year
        return years - ((day.month, day.day) < (self.birth.month, self.birth.day))


def _birth_in_band(rng: random.Random, reference: date, min_age: int, max_age: int) -> date:
    youngest = reference - timedelta(days=365 * min_age)
    oldest = reference - timedelta(days=365 * (max_age + 1) - 1)
    return oldest + timedelta(days=rng.randrange(max(1, (youngest - oldest).days)))


def resident_id_for(rng: random.Random, region: str, birth: date, sex: str) -> str:
    """An 18-digit ID (GB 11643 check character) matching ``birth`` and ``sex``."""
    sequence = digits(rng, 2) + str(rng.choice((1, 3, 5, 7, 9) if sex == "男" else (0, 2, 4, 6, 8)))
    body = region + birth.strftime("%Y%m%d") + sequence
    return body + ric.calc_check_digit(body + "0")


def old_resident_id(rng: random.Random, region: str, birth: date, sex: str) -> str:
    """A 15-digit ID as issued before 1999 (two-digit year, no check character)."""
    last = rng.choice((1, 3, 5, 7, 9) if sex == "男" else (0, 2, 4, 6, 8))
    return region + birth.strftime("%y%m%d") + digits(rng, 2) + str(last)


@cache
def _region_valid_in(region: str, year: int) -> bool:
    """Whether stdnum accepts IDs of ``region`` born in ``year`` (its table dates the codes)."""
    body = f"{region}{year}0701001"
    return bool(ric.is_valid(body + ric.calc_check_digit(body + "0")))


def _valid_id(rng: random.Random, birth: date, sex: str) -> tuple[str, str]:
    """A real region in use in the birth year (stdnum's dated table decides), and the ID."""
    year = birth.year
    for _ in range(100):
        region, first, last = real_region(rng)
        if FIRST_YEAR <= year <= LAST_YEAR:
            usable = first <= year <= last  # the table's window is exact inside this range
        else:
            usable = _region_valid_in(region, year)
        if usable:
            return region, resident_id_for(rng, region, birth, sex)
    return "110105", resident_id_for(rng, "110105", birth, sex)  # Beijing Chaoyang: all years


_COMPOUND = ("欧阳", "司马", "诸葛", "上官", "东方", "慕容", "夏侯", "皇甫")


def _name(rng: random.Random, fake: PooledFaker, sex: str) -> str:
    """A name matching the row's sex (Faker's male/female given names), a few compound surnames."""
    if rng.random() < 0.04:
        given = fake.first_name_male() if sex == "男" else fake.first_name_female()
        return rng.choice(_COMPOUND) + given
    return fake.name_male() if sex == "男" else fake.name_female()


def make_person(
    rng: random.Random, fake: PooledFaker, reference: date, min_age: int, max_age: int
) -> Person:
    birth = _birth_in_band(rng, reference, min_age, max_age)
    sex = "男" if rng.random() < 0.5 else "女"
    name = _name(rng, fake, sex)
    region, rid = _valid_id(rng, birth, sex)
    handle = fake.user_name().translate(_ROMAN).lower() or f"user{rng.randint(1000, 99999)}"
    return Person(name, sex, birth, rid, region, handle)
