"""The people a set-9 row is about: a subject ``p`` and a second person ``q`` (guardian, staff,
agent), each with a sex, a birth date inside the table's age range and a resident ID that
encodes both, so every ID, birth-date and gender column of a row tells one story."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from faker import Faker

from piplkit.discover.evaluation.heldout8.idgen import resident_id


@dataclass(frozen=True)
class Person:
    """One made-up natural person."""

    name: str
    male: bool
    birth: date
    rid: str
    mobile: str


@dataclass(frozen=True)
class Ctx:
    """What a column maker sees: the row's streams, its two people, its index, the date."""

    rng: random.Random
    fake: Any
    p: Person
    q: Person
    i: int
    ref: date


_PREFIXES = ("139", "138", "137", "136", "135", "150", "151", "152", "157", "158", "159",
             "182", "183", "187", "188", "130", "131", "132", "155", "156", "185", "186",
             "133", "153", "180", "181", "189", "177", "199", "191", "166", "173")  # fmt: skip


def mobile(rng: random.Random) -> str:
    """An 11-digit mainland mobile number with a real carrier prefix."""
    return rng.choice(_PREFIXES) + "".join(rng.choice("0123456789") for _ in range(8))


def make_person(rng: random.Random, fake: Faker, ref: date, ages: tuple[int, int]) -> Person:
    """A person aged ``ages[0]``..``ages[1]`` full years on ``ref``."""
    lo, hi = ages
    days = rng.randint(int(lo * 365.25) + 1, int((hi + 1) * 365.25) - 2)
    born = ref - timedelta(days=days)
    male = rng.random() < 0.5
    name = fake.name_male() if male else fake.name_female()
    return Person(name, male, born, resident_id(rng, born, male), mobile(rng))
