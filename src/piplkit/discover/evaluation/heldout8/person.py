"""One generated person of a row: the facts every column about that person reads from, so a
row's name, sex, birth date, ID, phone and address agree."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta

from faker import Faker

from piplkit.discover.evaluation.heldout8.idgen import resident_id

_MOBILE = (
    "130",
    "131",
    "132",
    "133",
    "135",
    "136",
    "137",
    "138",
    "139",
    "150",
    "151",
    "152",
    "155",
    "156",
    "157",
    "158",
    "159",
    "166",
    "173",
    "177",
    "180",
    "181",
    "182",
    "183",
    "185",
    "186",
    "187",
    "188",
    "189",
    "191",
    "195",
    "198",
    "199",
)


@dataclass(frozen=True)
class Person:
    name: str
    male: bool
    birth: date
    rid: str
    mobile: str
    address: str


def make_person(rng: random.Random, fake: Faker, ref: date, ages: tuple[int, int]) -> Person:
    """A person aged within ``ages`` on ``ref``; about one ID in eleven ends in X."""
    male = rng.random() < 0.5
    days = rng.randint(ages[0] * 365 + 1, ages[1] * 365 + 300)
    birth = ref - timedelta(days=days)
    rid = resident_id(rng, birth, male)
    name = fake.name_male() if male else fake.name_female()
    mobile = rng.choice(_MOBILE) + f"{rng.randrange(10**8):08d}"
    return Person(name, male, birth, rid, mobile, fake.address().split(" ")[0])
