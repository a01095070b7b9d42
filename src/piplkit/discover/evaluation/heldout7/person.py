"""The people in set 7's rows: a Faker zh_CN name that fits the sex, a birth date in the table's
age band on the reference date, and the resident ID, mobile and e-mail that go with them."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta

from faker import Faker

from piplkit.discover.evaluation.heldout7.ids import resident_id

#: Mobile prefixes of the three carriers and the virtual operators.
MOBILE_PREFIXES = ("133", "135", "136", "138", "139", "150", "152", "158", "166", "170", "177",
                   "180", "181", "186", "187", "189", "191", "195", "199")  # fmt: skip


@dataclass(frozen=True)
class Person:
    surname: str
    given: str
    male: bool
    birth: date
    rid: str
    mobile: str
    email: str

    @property
    def name(self) -> str:
        return self.surname + self.given


def make_person(rng: random.Random, fake: Faker, ref: date, ages: tuple[int, int]) -> Person:
    lo, hi = ages
    # a birth date with age in [lo, hi] on ref
    latest = date(ref.year - lo, ref.month, min(ref.day, 28))
    earliest = date(ref.year - hi - 1, ref.month, min(ref.day, 28)) + timedelta(days=1)
    birth = earliest + timedelta(days=rng.randrange((latest - earliest).days + 1))
    male = rng.random() < 0.5
    surname = fake.last_name()
    given = fake.first_name_male() if male else fake.first_name_female()
    mobile = rng.choice(MOBILE_PREFIXES) + f"{rng.randrange(10**8):08d}"
    user = fake.user_name()
    host = rng.choice(("qq.com", "163.com", "126.com", "foxmail.com", "sina.com", "outlook.com"))
    email = f"{user}{rng.randrange(100)}@{host}"
    return Person(surname, given, male, birth, resident_id(rng, birth, male), mobile, email)
