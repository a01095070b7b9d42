"""Set 13's people and row context: two persons a row (``p`` the row's subject, ``q`` a second
person such as a guardian, a driver or an inspector), drawn from the table's own streams so one
seed writes the same bytes."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from piplkit.discover.evaluation.heldout8 import idgen

_PREFIXES = ("138", "139", "150", "151", "152", "158", "177", "181", "186", "189", "199", "135")


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
    rng: random.Random
    fake: Any
    i: int
    ref: date


def mobile(rng: random.Random) -> str:
    """A mainland mobile number (random digits behind a real carrier prefix)."""
    return rng.choice(_PREFIXES) + f"{rng.randrange(10**8):08d}"


def make_person(rng: random.Random, fake: Any, ref: date, ages: tuple[int, int]) -> Person:
    """A person of an age in ``ages`` on the reference date, with a valid resident ID."""
    male = rng.random() < 0.5
    days = rng.randint(ages[0] * 365 + 1, ages[1] * 365 + 300)
    birth = ref - timedelta(days=days)
    name = fake.name_male() if male else fake.name_female()
    return Person(name, male, birth, idgen.resident_id(rng, birth, male), mobile(rng))


def context(rng: random.Random, fake: Any, p: Person, q: Person, i: int, ref: date) -> Ctx:
    return Ctx(p, q, rng, fake, i, ref)
