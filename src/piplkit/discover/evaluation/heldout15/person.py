"""Set 15's people: two a row (``p`` the row's subject, ``q`` a guardian, mother or staff member),
each with a resident ID that encodes the birth date and sex shown beside it.

Written for set 15 from GB 11643 (through set 8's ``idgen``) and Faker zh_CN; no earlier set's
person module was read. The row's context also carries the table's random streams, so a value
maker needs nothing else."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from piplkit.discover.evaluation.heldout8 import idgen

#: Ethnic groups with rough population weights (汉族 dominates, as in any real roll).
ETHNIC = (("汉族", 910), ("壮族", 14), ("回族", 9), ("满族", 8), ("维吾尔族", 9), ("苗族", 8),
          ("彝族", 7), ("土家族", 7), ("藏族", 5), ("蒙古族", 5), ("侗族", 2), ("布依族", 2),
          ("瑶族", 2), ("白族", 2), ("朝鲜族", 1), ("哈尼族", 1))  # fmt: skip


@dataclass(frozen=True)
class Person:
    name: str
    male: bool
    birth: date
    rid: str
    mobile: str
    email: str
    address: str
    ethnicity: str


@dataclass(frozen=True)
class Ctx:
    """What a value maker sees: the row's two persons, its index and the table's streams."""

    rng: random.Random
    fake: Any
    p: Person
    q: Person
    i: int
    ref: date


def _birth(rng: random.Random, ref: date, ages: tuple[int, int]) -> date:
    lo, hi = ages
    days = rng.randint(lo * 365 + 1, hi * 365 + 300)
    return ref - timedelta(days=days)


def make_person(rng: random.Random, fake: Any, ref: date, ages: tuple[int, int]) -> Person:
    male = rng.random() < 0.5
    name = fake.name_male() if male else fake.name_female()
    born = _birth(rng, ref, ages)
    mobile = rng.choice(("13", "15", "17", "18", "19")) + "".join(
        rng.choice("0123456789") for _ in range(9)
    )
    user = fake.user_name() + str(rng.randint(1, 999))
    domain = rng.choice(("qq.com", "163.com", "126.com", "sina.com", "outlook.com", "139.com"))
    groups, weights = zip(*ETHNIC, strict=True)
    return Person(
        name=name,
        male=male,
        birth=born,
        rid=idgen.resident_id(rng, born, male),
        mobile=mobile,
        email=f"{user}@{domain}",
        address=fake.address().split(" ")[0],
        ethnicity=rng.choices(groups, weights)[0],
    )


def context(
    rng: random.Random, fake: Any, p: Person, q: Person, i: int, ref: date
) -> Ctx:  # matches draw_people_table's ``context``
    return Ctx(rng, fake, p, q, i, ref)
