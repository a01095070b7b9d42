"""Set 19's people: the row's subject ``p`` and a second person ``q`` (a guardian, a spouse, an
emergency contact, a legal representative's finance officer), drawn from Faker zh_CN and the
table's own random stream so one seed writes the same rows. Resident IDs carry their check digit
(``heldout8.idgen``): the systems this set imitates (HR, insurers, schools, registries) refuse an
ID that fails it, so their exports never hold one."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from piplkit.discover.evaluation.heldout8 import idgen


@dataclass(frozen=True)
class Person:
    """What a row may say about one person; made once so its columns agree with each other."""

    name: str
    male: bool
    birth: date
    rid: str
    mobile: str
    email: str
    address: str


@dataclass(frozen=True)
class Ctx:
    """A row's two people, its number and the streams its makers draw from."""

    p: Person
    q: Person
    i: int
    rng: random.Random
    fake: Any
    ref: date


#: Mobile prefixes of the three carriers and the virtual operators.
_PREFIXES = ("134", "135", "137", "139", "147", "151", "152", "157", "159", "182", "187", "130",
             "131", "155", "156", "176", "185", "133", "153", "173", "180", "189", "191",
             "170")  # fmt: skip
_MAIL = ("qq.com", "163.com", "126.com", "sina.com", "139.com", "outlook.com", "gmail.com")


def make_person(rng: random.Random, fake: Any, ref: date, ages: tuple[int, int]) -> Person:
    """A person whose age on ``ref`` lies in ``ages`` (years, both ends included)."""
    male = rng.random() < 0.5
    name = fake.name_male() if male else fake.name_female()
    low = ages[0] * 365 + 1
    born = ref - timedelta(days=rng.randint(low, max(low, ages[1] * 365 + 360)))
    mobile = rng.choice(_PREFIXES) + f"{rng.randrange(10**8):08d}"
    local = fake.user_name() if rng.random() < 0.6 else mobile
    address = fake.address().rsplit(" ", 1)[0]
    return Person(
        name=name, male=male, birth=born, rid=idgen.resident_id(rng, born, male), mobile=mobile,
        email=f"{local}@{rng.choice(_MAIL)}", address=address,
    )  # fmt: skip


def context(rng: random.Random, fake: Any, p: Person, q: Person, i: int, ref: date) -> Ctx:
    """The row context ``heldout6.spec.draw_people_table`` hands every maker."""
    return Ctx(p=p, q=q, i=i, rng=rng, fake=fake, ref=ref)
