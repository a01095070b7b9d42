"""A made-up person per row (Faker zh_CN names and addresses, own identifiers), so the columns of
one row agree with each other as in a real export: the id's birth date is the birth column's,
the id's sex digit is the gender column's."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta

from faker import Faker

from piplkit.discover.evaluation.heldout5 import ids

_MOBILE_PREFIXES = (
    "130", "131", "132", "133", "135", "136", "137", "138", "139", "150", "151", "152", "155",
    "156", "157", "158", "159", "166", "173", "176", "177", "180", "181", "182", "185", "186",
    "187", "188", "189", "191", "195", "198", "199",
)  # fmt: skip


@dataclass(frozen=True)
class Person:
    name: str
    female: bool
    birth: date
    rid: str
    mobile: str
    email: str
    address: str


def make_person(rng: random.Random, fake: Faker, ref: date, ages: tuple[int, int]) -> Person:
    """One person aged between ``ages`` (inclusive years) on ``ref``."""
    female = rng.random() < 0.5
    name = fake.name_female() if female else fake.name_male()
    days = rng.randrange(ages[0] * 365 + 1, ages[1] * 365 + 300)
    birth = ref - timedelta(days=days)
    mobile = rng.choice(_MOBILE_PREFIXES) + f"{rng.randrange(10**8):08d}"
    user = rng.choice(
        (fake.user_name(), "".join(rng.choice("abcdefghkmnprstwxyz") for _ in range(6)))
    )
    domain = rng.choice(("qq.com", "163.com", "126.com", "sina.com", "foxmail.com", "gmail.com"))
    if rng.random() < 0.3:
        user, domain = str(rng.randrange(10**7, 10**10)), "qq.com"
    return Person(
        name=name,
        female=female,
        birth=birth,
        rid=ids.resident_id(rng, birth, female),
        mobile=mobile,
        email=f"{user}@{domain}",
        address=fake.address().split(" ")[0],
    )
