"""One person per row: the facts that several columns of the row must agree on (name, sex,
birth date, home region, resident ID, mobile, a pinyin handle)."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta

from faker import Faker

from piplkit.discover.evaluation.heldout3 import vocab

_RIC_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)


def ric_check(body17: str) -> str:
    """GB 11643 MOD 11-2 check character of the first 17 characters."""
    total = sum(int(c) * w for c, w in zip(body17, _RIC_WEIGHTS, strict=True))
    return "10X98765432"[total % 11]


@dataclass(frozen=True, slots=True)
class Person:
    name: str
    male: bool
    born: date
    region: tuple[str, str, str, str, int]
    resident_id: str
    mobile: str
    handle: str

    @property
    def gender(self) -> str:
        return "男" if self.male else "女"


def mobile(rng: random.Random) -> str:
    return rng.choice(vocab.MOBILE_PREFIXES) + f"{rng.randrange(10**8):08d}"


def make_person(rng: random.Random, fake: Faker, ages: tuple[int, int], ref: date) -> Person:
    male = rng.random() < 0.5
    name = fake.name_male() if male else fake.name_female()
    age_days = rng.randint(ages[0] * 365 + 1, ages[1] * 365 + 300)
    born = ref - timedelta(days=age_days)
    regions = [r for r in vocab.REGIONS if r[4] <= born.year] or list(vocab.REGIONS[:3])
    region = rng.choice(regions)
    seq = rng.randrange(0, 50) * 2 + (1 if male else 0)
    body = f"{region[0]}{born:%Y%m%d}{rng.randrange(0, 10)}{seq:02d}"
    handle = (fake.last_romanized_name() + fake.first_romanized_name()).lower()
    return Person(name, male, born, region, body + ric_check(body), mobile(rng), handle)
