"""Set 12's people: a seeded Faker zh_CN person with the identifiers a Chinese record holds,
each with the check digits of its standard (``heldout8.idgen``), so a row's ID, birth date,
gender and phone agree with each other as a real register's do."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from piplkit.discover.evaluation.heldout8 import idgen

_PREFIXES = ("138", "139", "137", "150", "151", "158", "186", "187", "135", "133", "177",
             "181", "199", "166", "176", "189", "152", "188", "159", "136")  # fmt: skip


@dataclass(frozen=True)
class Person:
    """One natural person of a row."""

    name: str
    male: bool
    birth: date
    rid: str
    mobile: str


@dataclass(frozen=True)
class Ctx:
    """What a column maker sees: the row's subject ``p``, a second person ``q`` (guardian,
    staff, contact), the streams, the row index and the reference date."""

    rng: random.Random
    fake: Any
    p: Person
    q: Person
    i: int
    ref: date


def mobile(rng: random.Random) -> str:
    return rng.choice(_PREFIXES) + "".join(rng.choice("0123456789") for _ in range(8))


def make_person(rng: random.Random, fake: Any, ref: date, ages: tuple[int, int]) -> Person:
    """A person aged within ``ages`` on ``ref`` (birth day drawn uniformly in the range)."""
    lo, hi = ages
    youngest = ref - timedelta(days=365 * lo + 1)
    span = max(1, 365 * (hi - lo))
    birth = youngest - timedelta(days=rng.randrange(span))
    male = rng.random() < 0.5
    name = fake.name_male() if male else fake.name_female()
    return Person(name, male, birth, idgen.resident_id(rng, birth, male), mobile(rng))


def context(rng: random.Random, fake: Any, p: Person, q: Person, i: int, ref: date) -> Ctx:
    return Ctx(rng, fake, p, q, i, ref)
