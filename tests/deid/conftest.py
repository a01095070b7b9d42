"""Fixtures for de-identification tests: a fixed key, date and generated identifiers."""

from __future__ import annotations

import hashlib
import random
from datetime import date
from pathlib import Path

import pytest

from piplkit.discover.detect import Detector
from piplkit.discover.samples.identifiers import bank_card, mobile, resident_id
from piplkit.protect.deid import Deidentifier, default_policy

AS_OF = date(2026, 11, 25)
KEY = b"test-key-0123456789abcdef"
OTHER_KEY = b"another-key-0123456789abc"
IDENTIFIER_TYPES = ["cn_resident_id", "cn_mobile", "bank_card"]


@pytest.fixture(scope="session")
def detector() -> Detector:
    """One shared detector (loading the name/address model once)."""
    return Detector(default_policy().detected_types, as_of=AS_OF)


@pytest.fixture()
def deid(detector: Detector) -> Deidentifier:
    return Deidentifier(default_policy(), key=KEY, as_of=AS_OF, detector=detector)


def people(n: int, seed: int = 7) -> list[dict[str, str]]:
    rng = random.Random(seed)
    return [
        {"id": resident_id(rng), "phone": mobile(rng), "card": bank_card(rng)} for _ in range(n)
    ]


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()
