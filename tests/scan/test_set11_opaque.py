"""Value rules for opaque headers (F04, col_9) from blind set 11's remaining misses (issue 11,
branch fix11l), with this file's own values: half the cells in a type's own words and the rest in
its looser answers decide a column under a header that says nothing; a third of the cells in a
password-hash format (bcrypt, also cut short after its salt) make a password column.

Controls: too few orientation words, dates under an opaque header (no vocabulary: the birth-date
rule keeps its own test), plain six-digit numbers, and hex digests of a file."""

from __future__ import annotations

import hashlib
import random
import string

import pytest
from tests.scan.test_export_vocabulary import one


@pytest.fixture
def rng() -> random.Random:
    return random.Random(1113)


_ORIENTED = ["异性恋", "同性恋", "双性恋"]
_UNSAID = ["不愿回答", "不清楚", "保密"]


def _bcrypt(rng: random.Random, full: bool) -> str:
    alphabet = string.ascii_letters + string.digits + "./"
    return "$2b$12$" + "".join(rng.choice(alphabet) for _ in range(53 if full else 22))


def test_orientation_words_with_unsaid_answers(rng: random.Random) -> None:
    cells = [rng.choice(_ORIENTED) if i % 5 < 3 else rng.choice(_UNSAID) for i in range(60)]
    assert one("col_4", cells) == "sexual_orientation"
    assert one("字段9", cells) == "sexual_orientation"


def test_few_orientation_words_decide_nothing(rng: random.Random) -> None:
    cells = [rng.choice(_ORIENTED) if i % 5 == 0 else rng.choice(_UNSAID) for i in range(60)]
    assert one("col_4", cells) is None


def test_opaque_business_dates_stay_unclassified(rng: random.Random) -> None:
    dates = [f"2026-{rng.randrange(1, 13):02d}-{rng.randrange(1, 29):02d}" for _ in range(60)]
    assert one("col_9", dates) is None


@pytest.mark.parametrize("full", [True, False])
def test_a_third_hashed_is_a_password_column(rng: random.Random, full: bool) -> None:
    cells = [_bcrypt(rng, full) if i % 5 < 2 else f"{rng.randrange(10**6):06d}" for i in range(60)]
    assert one("c4", cells) == "password"


def test_plain_codes_and_digests_are_no_passwords(rng: random.Random) -> None:
    codes = [f"{rng.randrange(10**6):06d}" for _ in range(60)]
    assert one("c4", codes) is None
    digests = [hashlib.sha256(str(i).encode()).hexdigest() for i in range(60)]
    assert one("file_sha256", digests) is None
