"""Set 17's people: two a row (the row's subject ``p`` and a second person ``q``: a guardian, an
emergency contact, a member of staff), drawn from Faker zh_CN and the set's own random stream,
so one seed gives the same rows. Identifiers carry the check digits of their standards
(``heldout8.idgen``): a reader that checks them finds them valid, as in a real export."""

from __future__ import annotations

import random
from datetime import date, timedelta
from typing import Any

from piplkit.discover.evaluation.heldout8 import idgen

# The row's shape (two people, the streams, the reference date) is set 16's; only how a person
# is drawn is this set's own.
from piplkit.discover.evaluation.heldout16.person import Ctx, Person, context

__all__ = ["Ctx", "Person", "context", "make_person"]


#: Mobile prefixes of the three carriers (the first three digits of a number).
_PREFIX = ("135", "136", "138", "139", "150", "152", "158", "186", "187", "133", "153", "180",
           "189", "199", "177", "130", "131", "155", "166", "176", "185", "191", "198")  # fmt: skip
_MAIL = ("qq.com", "163.com", "126.com", "sina.com", "foxmail.com", "139.com", "outlook.com",
         "gmail.com", "hotmail.com", "yeah.net")  # fmt: skip


def _mobile(rng: random.Random) -> str:
    return rng.choice(_PREFIX) + "".join(rng.choice("0123456789") for _ in range(8))


def make_person(rng: random.Random, fake: Any, ref: date, ages: tuple[int, int]) -> Person:
    """A person aged within ``ages`` (years, inclusive) on the reference date."""
    male = rng.random() < 0.5
    name = fake.name_male() if male else fake.name_female()
    born = ref - timedelta(days=rng.randint(ages[0] * 365 + 2, ages[1] * 365 + 360))
    mobile = _mobile(rng)
    years = (ref - born).days / 365.25
    if years < 16:
        height = int(52 + years * 6.2 + rng.randint(-5, 5))
        weight = round(max(4.0, (height - 45) * 0.32 + rng.uniform(-2, 2)), 1)
    else:
        height = rng.randint(152, 170) + (10 if male else 0)
        weight = round((height - 102) * rng.uniform(0.82, 1.15), 1)
    user = fake.user_name() if rng.random() < 0.55 else str(rng.randint(10**5, 10**10))
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
