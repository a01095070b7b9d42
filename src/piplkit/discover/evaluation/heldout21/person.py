"""Set 21's people: two a row, the row's subject ``p`` and a second person ``q`` (a guardian, a
newborn, an emergency contact, a payee), drawn from Faker zh_CN and the table's own random stream
so one seed gives the same rows. Resident IDs carry the GB 11643 check character
(``heldout8.idgen``) because every system imitated here validates them on entry, and encode the
birth date and sex the row shows beside them."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from piplkit.discover.evaluation.heldout8 import idgen


@dataclass(frozen=True)
class Person:
    """What a row may say about one person; made once, read by several columns."""

    name: str
    male: bool
    birth: date
    rid: str
    mobile: str
    email: str
    address: str
    latin: str  # the name as a passport or an embossed card writes it (``ZHANG/WEI``)


@dataclass(frozen=True)
class Ctx:
    """A row's people and the streams its makers draw from."""

    p: Person
    q: Person
    i: int
    rng: random.Random
    fake: Any
    ref: date


_MAIL = ("qq.com", "163.com", "126.com", "139.com", "sina.com", "foxmail.com", "outlook.com")
_PREFIX = ("130", "131", "135", "137", "139", "147", "152", "157", "159", "173", "176", "180",
           "183", "185", "187", "189", "191", "198")  # fmt: skip


def _latin(fake: Any) -> str:
    given = fake.first_romanized_name().upper()
    if len(given) < 5 and fake.random_int(0, 1):
        given += fake.first_romanized_name().upper()
    return f"{fake.last_romanized_name().upper()}/{given}"


def make_person(rng: random.Random, fake: Any, ref: date, ages: tuple[int, int]) -> Person:
    """A person aged within ``ages`` (years, inclusive) on the reference date."""
    male = rng.random() < 0.5
    name = fake.name_male() if male else fake.name_female()
    born = ref - timedelta(days=rng.randint(ages[0] * 365 + 1, ages[1] * 365 + 300))
    mobile = rng.choice(_PREFIX) + "".join(rng.choice("0123456789") for _ in range(8))
    user = fake.user_name() if rng.random() < 0.6 else mobile
    return Person(
        name=name, male=male, birth=born, rid=idgen.resident_id(rng, born, male), mobile=mobile,
        email=f"{user}@{rng.choice(_MAIL)}", address=fake.address().rsplit(" ", 1)[0],
        latin=_latin(fake),
    )  # fmt: skip


def context(rng: random.Random, fake: Any, p: Person, q: Person, i: int, ref: date) -> Ctx:
    """The row context :func:`heldout6.spec.draw_people_table` hands each maker."""
    return Ctx(p=p, q=q, i=i, rng=rng, fake=fake, ref=ref)
