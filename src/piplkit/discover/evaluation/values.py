"""One seeded source of slot values, PI and hard negative alike.

A slot is ``type`` or ``kind`` (``cn_mobile``, ``order_no``), optionally ``name:variant`` to force a
writing variant, and alternatives may be joined with ``|`` (``cn_mobile|cn_landline``).
"""

from __future__ import annotations

import random

from faker import Faker

from piplkit.discover.evaluation import catalogue_values, identifiers, negatives, people
from piplkit.discover.evaluation.model import ALL_TYPES, Value

#: Attempts at drawing a forced variant before giving up (variants are drawn by weight).
_MAX_VARIANT_DRAWS = 500


class ValueFactory:
    """Draws values from one :class:`random.Random` and one Faker instance, both seeded."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.fake = Faker("zh_CN")
        self.fake.seed_instance(seed)

    @staticmethod
    def known_slots() -> frozenset[str]:
        return frozenset(ALL_TYPES) | frozenset(negatives.NEGATIVE_MAKERS)

    def draw(self, slot: str) -> Value:
        """A value for ``slot``; raises ``KeyError`` naming an unknown slot."""
        choice = self.rng.choice(slot.split("|"))
        name, _, forced = choice.partition(":")
        for _ in range(_MAX_VARIANT_DRAWS):
            value = self._one(name)
            if not forced or value.variant == forced:
                return value
        raise KeyError(f"slot {slot!r}: variant {forced!r} is never produced")

    def _one(self, name: str) -> Value:
        if name in identifiers.SIMPLE_MAKERS:
            text, variant = identifiers.SIMPLE_MAKERS[name](self.rng)
        elif name in catalogue_values.MAKERS:
            text, variant = catalogue_values.MAKERS[name](self.rng)
        elif name == "email":
            text, variant = identifiers.email(self.rng, self.fake.user_name())
        elif name == "person_name":
            text, variant = people.person_name(self.rng, self.fake)
        elif name == "address":
            text, variant = people.address(self.rng, self.fake)
        elif name in negatives.NEGATIVE_MAKERS:
            text, variant = negatives.NEGATIVE_MAKERS[name](self.rng, self.fake)
            return Value(text=text, variant=variant, kind=name)
        else:
            raise KeyError(f"unknown slot {name!r}")
        return Value(text=text, variant=variant, type=name)
