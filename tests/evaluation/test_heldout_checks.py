"""Check-digit arithmetic of the held-out generators against published examples and
property tests (a valid code stays valid; one changed character is caught)."""

from __future__ import annotations

import random
from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from piplkit.discover.evaluation.heldout import checks

SEEDS = st.integers(min_value=0, max_value=2**32)


def test_published_examples() -> None:
    # GB 11643-1999's worked example and the ISO 3779 textbook VIN.
    assert checks.resident_id_valid("11010519491231002X")
    assert not checks.resident_id_valid("110105194912310021")
    assert checks.vin_valid("1M8GDM9AXKP042788")
    assert checks.luhn_valid("4111111111111111")
    assert not checks.luhn_valid("4111111111111112")


@given(SEEDS, st.dates(min_value=date(1930, 1, 1), max_value=date(2026, 1, 1)), st.booleans())
def test_resident_id_valid_and_one_digit_change_caught(seed: int, born: date, male: bool) -> None:
    rng = random.Random(seed)
    v = checks.resident_id("440305", born, male, rng)
    assert checks.resident_id_valid(v) and v[6:14] == f"{born:%Y%m%d}"
    assert int(v[16]) % 2 == (1 if male else 0)
    i = rng.randrange(17)
    mutated = v[:i] + str((int(v[i]) + rng.randrange(1, 10)) % 10) + v[i + 1 :]
    assert not checks.resident_id_valid(mutated)


@given(SEEDS)
def test_luhn_numbers_and_imei(seed: int) -> None:
    rng = random.Random(seed)
    card = checks.luhn_number("622202", 19, rng)
    imei = checks.imei("86123456", rng)
    assert len(card) == 19 and checks.luhn_valid(card)
    assert len(imei) == 15 and checks.luhn_valid(imei)
    i = rng.randrange(len(card))
    mutated = card[:i] + str((int(card[i]) + rng.randrange(1, 10)) % 10) + card[i + 1 :]
    assert not checks.luhn_valid(mutated)


@given(SEEDS)
def test_vin_and_uscc_carry_their_check_characters(seed: int) -> None:
    rng = random.Random(seed)
    vin = checks.vin("LSV", "R", rng)
    assert len(vin) == 17 and checks.vin_valid(vin)
    assert not any(c in vin for c in "IOQ")
    code = checks.uscc("310115", rng)
    assert checks.uscc_valid(code) and code[2:8] == "310115"
    bad = code[:17] + next(c for c in checks.USCC_CHARS if c != code[17])
    assert not checks.uscc_valid(bad)


@given(SEEDS, st.dates(min_value=date(1940, 1, 1), max_value=date(2020, 1, 1)))
def test_foreign_permanent_resident_ids(seed: int, born: date) -> None:
    rng = random.Random(seed)
    new = checks.foreign_permanent_id_2023("31", "840", born, True, rng)
    assert len(new) == 18 and new[0] == "9" and checks.resident_id_valid(new)
    old = checks.foreign_permanent_id_2004("USA", "31", born, rng)
    assert len(old) == 15 and old[:3] == "USA" and old[3:].isdigit()
