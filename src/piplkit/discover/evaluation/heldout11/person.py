"""Set 11's people: a Faker zh_CN name and address, a birth date in the table's age range, and
the identifiers derived from them (resident ID with its check digit, mobile, e-mail)."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from piplkit.discover.evaluation.heldout8 import idgen

_PREFIXES = ("138", "139", "137", "150", "151", "158", "186", "187", "135", "177", "199", "166")


@dataclass(frozen=True)
class Person:
    """One natural person of a row."""

    name: str
    male: bool
    birth: date
    rid: str
    mobile: str
    email: str
    address: str


def make_person(rng: random.Random, fake: Any, ref: date, ages: tuple[int, int]) -> Person:
    """A person whose age on ``ref`` lies in ``ages`` (inclusive)."""
    male = rng.random() < 0.5
    name = fake.name_male() if male else fake.name_female()
    low = ref - timedelta(days=365 * (ages[1] + 1) - 5)
    high = ref - timedelta(days=365 * ages[0] + 5)
    birth = low + timedelta(days=rng.randrange(max(1, (high - low).days)))
    mobile = rng.choice(_PREFIXES) + f"{rng.randrange(10**8):08d}"
    user = fake.user_name() + str(rng.randrange(10, 99))
    email = f"{user}@{rng.choice(('163.com', 'qq.com', 'outlook.com', 'gmail.com', '126.com'))}"
    return Person(name, male, birth, idgen.resident_id(rng, birth, male), mobile, email,
                  fake.address().split(" ")[0])  # fmt: skip


@dataclass
class Ctx:
    """A row's context: its two people, the streams and the row index."""

    rng: random.Random
    fake: Any
    p: Person
    q: Person
    i: int
    ref: date
