"""Set 14's people: a Faker zh_CN person with a birth date in the table's age range, a resident ID
with a valid check digit (set 8's ``idgen``) and the row's context the makers read."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from piplkit.discover.evaluation.heldout8 import idgen


@dataclass(frozen=True)
class Person:
    name: str
    male: bool
    birth: date
    rid: str
    mobile: str


@dataclass(frozen=True)
class Ctx:
    p: Person
    q: Person
    i: int
    rng: random.Random
    fake: Any
    ref: date


def make_person(rng: random.Random, fake: Any, ref: date, ages: tuple[int, int]) -> Person:
    """A person aged within ``ages`` on ``ref`` (a newborn may be 0)."""
    male = rng.random() < 0.5
    days = rng.randint(ages[0] * 365 + 1, ages[1] * 365 + 364)
    birth = ref - timedelta(days=days)
    name = fake.name_male() if male else fake.name_female()
    mobile = rng.choice(("13", "15", "17", "18", "19")) + f"{rng.randint(0, 999999999):09d}"
    return Person(name, male, birth, idgen.resident_id(rng, birth, male), mobile)


def context(rng: random.Random, fake: Any, p: Person, q: Person, i: int, ref: date) -> Ctx:
    """The row's context: its two people and the streams the makers draw from."""
    return Ctx(p, q, i, rng, fake, ref)
