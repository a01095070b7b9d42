"""Typed loader for the PI type catalogue (``data/pi_types.yaml``).

Detectors and reports ask this catalogue whether a type id is PI and whether it is sensitive,
so that the classification and its citations are held once, as data.
"""

from __future__ import annotations

from functools import cache
from importlib import resources

import yaml
from pydantic import BaseModel, ConfigDict

from piplkit.law.models import Citation

__all__ = ["Citation", "PICatalogue", "PIType", "SensitiveAttribute", "load_catalogue"]


class PIType(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str
    name_zh: str
    name_en: str
    is_pi: bool
    sensitive: bool
    category_zh: str
    category_en: str
    citations: tuple[Citation, ...]
    verified: bool
    notes: str | None = None


class SensitiveAttribute(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    threshold_age: int
    citations: tuple[Citation, ...]
    verified: bool


class PICatalogue(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    types: dict[str, PIType]
    sensitive_attributes: dict[str, SensitiveAttribute]

    def get(self, type_id: str) -> PIType:
        try:
            return self.types[type_id]
        except KeyError:
            raise KeyError(f"PI type {type_id!r} is not in the catalogue") from None

    @property
    def minor_age(self) -> int:
        """Age under which a person's PI is sensitive (PIPL Art. 28/31)."""
        return self.sensitive_attributes["minor_under_14"].threshold_age


@cache
def load_catalogue() -> PICatalogue:
    raw = yaml.safe_load(
        resources.files("piplkit.law").joinpath("data/pi_types.yaml").read_text("utf-8")
    )
    types = {tid: PIType(id=tid, **body) for tid, body in raw["types"].items()}
    return PICatalogue(types=types, sensitive_attributes=raw["sensitive_attributes"])
