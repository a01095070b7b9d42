"""Set 20's people: two a row (the row's subject ``p`` and a second person ``q``: a guardian, an
emergency contact, a host or a co-traveller), drawn from Faker zh_CN and the table's own random
stream so one seed gives the same rows. Identifiers carry their standards' check digits
(``heldout8``'s ``idgen``): the systems imitated here validate them on entry."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from piplkit.discover.evaluation.heldout8 import idgen


@dataclass(frozen=True)
class Person:
    """What a row may say about one person (made once, read by several columns)."""

    name: str
    male: bool
    birth: date
    rid: str
    mobile: str
    email: str
    address: str
    given_en: str
    family_en: str


@dataclass(frozen=True)
class Ctx:
    """A row's people and the streams its makers draw from."""

    p: Person
    q: Person
    i: int
    rng: random.Random
    fake: Any
    ref: date


_MAIL = ("qq.com", "163.com", "126.com", "gmail.com", "outlook.com", "foxmail.com", "sina.com")
_PREFIX = ("135", "137", "139", "152", "157", "159", "176", "180", "185", "187", "189", "198")


def make_person(rng: random.Random, fake: Any, ref: date, ages: tuple[int, int]) -> Person:
    """A person aged within ``ages`` (years, inclusive) on the reference date."""
    male = rng.random() < 0.5
    name = fake.name_male() if male else fake.name_female()
    born = ref - timedelta(days=rng.randint(ages[0] * 365 + 1, ages[1] * 365 + 300))
    mobile = rng.choice(_PREFIX) + "".join(rng.choice("0123456789") for _ in range(8))
    given, family = fake.first_romanized_name(), fake.last_romanized_name()
    user = f"{given.lower()}{family.lower()}{rng.randint(1, 999)}" if rng.random() < 0.6 else mobile
    return Person(
        name=name, male=male, birth=born, rid=idgen.resident_id(rng, born, male), mobile=mobile,
        email=f"{user}@{rng.choice(_MAIL)}", address=fake.address().rsplit(" ", 1)[0],
        given_en=given, family_en=family,
    )  # fmt: skip


def context(rng: random.Random, fake: Any, p: Person, q: Person, i: int, ref: date) -> Ctx:
    """The row context :func:`heldout6.spec.draw_people_table` hands each maker."""
    return Ctx(p=p, q=q, i=i, rng=rng, fake=fake, ref=ref)
