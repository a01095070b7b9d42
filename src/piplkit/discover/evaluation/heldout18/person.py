"""Set 18's people: two a row (the row's subject ``p`` and a second person ``q``: a parent, an
emergency contact, a co-applicant), drawn from Faker zh_CN and the set's own random stream so
one seed gives the same rows. Identifiers carry their standards' check digits (``heldout8``'s
``idgen``) because the systems this set imitates validate them on entry."""

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


@dataclass(frozen=True)
class Ctx:
    """A row's people and the streams its makers draw from."""

    p: Person
    q: Person
    i: int
    rng: random.Random
    fake: Any
    ref: date


_MAIL = ("qq.com", "163.com", "126.com", "gmail.com", "hotmail.com", "foxmail.com", "yeah.net")
_PREFIX = ("139", "138", "136", "150", "158", "186", "188", "177", "199", "181", "133", "166")


def make_person(rng: random.Random, fake: Any, ref: date, ages: tuple[int, int]) -> Person:
    """A person of an age in ``ages`` (years, inclusive) on the reference date."""
    male = rng.random() < 0.5
    name = fake.name_male() if male else fake.name_female()
    born = ref - timedelta(days=rng.randint(ages[0] * 365 + 1, ages[1] * 365 + 300))
    mobile = rng.choice(_PREFIX) + "".join(rng.choice("0123456789") for _ in range(8))
    user = fake.user_name() if rng.random() < 0.5 else mobile
    return Person(
        name=name, male=male, birth=born, rid=idgen.resident_id(rng, born, male), mobile=mobile,
        email=f"{user}@{rng.choice(_MAIL)}", address=fake.address().rsplit(" ", 1)[0],
    )  # fmt: skip


def context(rng: random.Random, fake: Any, p: Person, q: Person, i: int, ref: date) -> Ctx:
    """The row context :func:`heldout6.spec.draw_people_table` hands each maker."""
    return Ctx(p=p, q=q, i=i, rng=rng, fake=fake, ref=ref)
