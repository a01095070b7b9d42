"""Small random helpers used on every row (kept cheap: the set draws millions of values)."""

from __future__ import annotations

import random


def digits(rng: random.Random, n: int) -> str:
    """``n`` uniform random digits (one draw instead of ``n``)."""
    return f"{rng.randrange(10**n):0{n}d}"
