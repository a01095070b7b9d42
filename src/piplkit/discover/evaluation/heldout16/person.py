"""Set 16's people: two a row (the row's subject ``p`` and a second person ``q``: a guardian,
a staff member, an agent), drawn from Faker zh_CN and the set's own random stream so one seed
gives the same rows. Identifiers carry the check digits of their standards (``heldout8.idgen``),
so a reader that checks them finds them valid, as it would in a real export."""

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
    height: int
    weight: float


@dataclass(frozen=True)
class Ctx:
    """A row's people and the streams its makers draw from."""

    p: Person
    q: Person
    i: int
    rng: random.Random
    fake: Any
    ref: date


_MAIL = ("qq.com", "163.com", "126.com", "sina.com", "outlook.com", "foxmail.com", "139.com")


def make_person(rng: random.Random, fake: Any, ref: date, ages: tuple[int, int]) -> Person:
    """A person of an age in ``ages`` (years, inclusive) on the reference date."""
    male = rng.random() < 0.5
    name = fake.name_male() if male else fake.name_female()
    days = rng.randint(ages[0] * 365 + 1, ages[1] * 365 + 300)
    born = ref - timedelta(days=days)
    mobile = rng.choice(("13", "15", "18", "17", "19")) + "".join(
        rng.choice("0123456789") for _ in range(9)
    )
    user = fake.user_name() if rng.random() < 0.6 else mobile
    if ages[1] < 14:
        height = int(60 + (ref - born).days / 365 * 6.5 + rng.randint(-6, 6))
        weight = round(max(8.0, (height - 50) * 0.33 + rng.uniform(-3, 3)), 1)
    else:
        height = rng.randint(150, 168) + (12 if male else 0)
        weight = round((height - 100) * rng.uniform(0.8, 1.1), 1)
    return Person(
        name=name,
        male=male,
        birth=born,
        rid=idgen.resident_id(rng, born, male),
        mobile=mobile,
        email=f"{user}@{rng.choice(_MAIL)}",
        address=fake.address().rsplit(" ", 1)[0],
        height=height,
        weight=weight,
    )


def context(rng: random.Random, fake: Any, p: Person, q: Person, i: int, ref: date) -> Ctx:
    """The row context :func:`heldout6.spec.draw_people_table` hands each maker."""
    return Ctx(p=p, q=q, i=i, rng=rng, fake=fake, ref=ref)
