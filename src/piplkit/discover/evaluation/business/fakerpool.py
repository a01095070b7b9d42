"""Faker values drawn from seeded pools: the same realism at a fraction of Faker's cost.

Generating a name through Faker's provider machinery costs about 80 µs; a set of 25 000 rows
needs several per row. The pool asks Faker once per set for a few thousand names, handles and
company names and then draws from them with the table's own random source, so tables stay
independent of each other and the whole set builds in seconds. A Faker method without a pool
is an error, so that no slow path creeps back in.
"""

from __future__ import annotations

import random
from functools import cache
from typing import Any

from faker import Faker

_POOL = 2500


@cache
def _pools(seed: int) -> dict[str, tuple[str, ...]]:
    fake = Faker("zh_CN")
    fake.seed_instance(seed)
    return {
        "name_male": tuple(fake.name_male() for _ in range(_POOL)),
        "name_female": tuple(fake.name_female() for _ in range(_POOL)),
        "first_name_male": tuple(fake.first_name_male() for _ in range(300)),
        "first_name_female": tuple(fake.first_name_female() for _ in range(300)),
        "user_name": tuple(fake.user_name() for _ in range(_POOL)),
        "company": tuple(fake.company() for _ in range(800)),
        "street_name": tuple(fake.street_name() for _ in range(400)),
        "province": tuple(fake.province() for _ in range(200)),
        "city": tuple(fake.city() for _ in range(400)),
        "district": tuple(fake.district() for _ in range(300)),
    }


class PooledFaker:
    """The subset of Faker the generators call, each drawn from a pool with the table's ``rng``."""

    def __init__(self, rng: random.Random, pool_seed: int) -> None:
        self._rng = rng
        self._pools = _pools(pool_seed)

    def _draw(self, pool: str) -> str:
        return self._rng.choice(self._pools[pool])

    def name_male(self) -> str:
        return self._draw("name_male")

    def name_female(self) -> str:
        return self._draw("name_female")

    def name(self) -> str:
        return self._draw("name_male" if self._rng.random() < 0.5 else "name_female")

    def first_name_male(self) -> str:
        return self._draw("first_name_male")

    def first_name_female(self) -> str:
        return self._draw("first_name_female")

    def first_name(self) -> str:
        return self._draw("first_name_male" if self._rng.random() < 0.5 else "first_name_female")

    def user_name(self) -> str:
        return self._draw("user_name")

    def company(self) -> str:
        return self._draw("company")

    def street_name(self) -> str:
        return self._draw("street_name")

    def province(self) -> str:
        return self._draw("province")

    def city(self) -> str:
        return self._draw("city")

    def district(self) -> str:
        return self._draw("district")

    def __getattr__(self, attr: str) -> Any:
        raise AttributeError(f"PooledFaker has no pool for {attr!r}; add one in fakerpool.py")
