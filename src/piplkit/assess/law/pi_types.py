"""Typed loader for the PI type catalogue (``data/pi_types.yaml``).

Detectors, reports, the register and the grading rules ask this catalogue what a type id is,
which GB/T 35273-2020 category it belongs to and whether it is sensitive on a given date, so the
classification and its citations are held once, as data. Organisations add their own types at
run time with ``PICatalogue.with_types`` (see ``pi_custom`` for building them from a dict).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Iterable, Mapping
from functools import cache
from importlib import resources
from typing import Any
from urllib.parse import urlparse

from pydantic import BaseModel, ConfigDict, ValidationError, model_validator

from piplkit.assess.law.models import Citation
from piplkit.assess.law.pi_models import (
    AgeThreshold,
    CatalogueError,
    Category,
    OtherReading,
    PIType,
    SensitiveAttribute,
    SensitivityEntry,
    SensitivityUndefinedError,
    Source,
)
from piplkit.inputs.yaml_data import load_yaml

__all__ = [
    "AgeThreshold",
    "CatalogueError",
    "Category",
    "Citation",
    "OtherReading",
    "PICatalogue",
    "PIType",
    "SensitiveAttribute",
    "SensitivityEntry",
    "SensitivityUndefinedError",
    "Source",
    "builtin_catalogue",
    "custom_type_from_dict",
    "install_custom_types",
    "load_catalogue",
    "uninstall_custom_types",
]


def _is_url(text: str) -> bool:
    return urlparse(text).scheme in {"http", "https"}


class PICatalogue(BaseModel):
    """Categories, types and sensitive attributes, checked against each other."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    categories: dict[str, Category]
    types: dict[str, PIType]
    sensitive_attributes: dict[str, SensitiveAttribute]
    sources: dict[str, Source] = {}

    @model_validator(mode="after")
    def _consistent(self) -> PICatalogue:
        for cid, cat in self.categories.items():
            if cid != cat.id:
                raise ValueError(f"category key {cid!r} does not match its id {cat.id!r}")
        for tid, t in self.types.items():
            if tid != t.id:
                raise ValueError(f"type key {tid!r} does not match its id {t.id!r}")
            self._check_type(t)
        return self

    def _check_type(self, t: PIType) -> None:
        cat = self.categories.get(t.category)
        if cat is None:
            raise ValueError(
                f"type {t.id!r}: unknown category {t.category!r} "
                f"(known: {', '.join(self.categories)})"
            )
        if (t.category_zh, t.category_en) != (cat.name_zh, cat.name_en):
            raise ValueError(f"type {t.id!r}: category names differ from category {cat.id!r}")
        if t.is_pi != cat.is_pi:
            raise ValueError(
                f"type {t.id!r}: is_pi={t.is_pi} but category {cat.id!r} says is_pi={cat.is_pi}"
            )
        if t.custom:
            return
        readings: list[SensitivityEntry | OtherReading] = [*t.sensitivity, *t.other_readings]
        for reading in readings:
            for key in reading.sources:
                if key not in self.sources and not _is_url(key):
                    raise ValueError(f"type {t.id!r}: unknown source {key!r}")
        for entry in t.sensitivity:
            if not entry.citations:
                raise ValueError(f"type {t.id!r}: entry since {entry.since} has no citation")

    # -- look-ups ---------------------------------------------------------------------------

    def get(self, type_id: str) -> PIType:
        try:
            return self.types[type_id]
        except KeyError:
            raise KeyError(f"PI type {type_id!r} is not in the catalogue") from None

    def category(self, category_id: str) -> Category:
        try:
            return self.categories[category_id]
        except KeyError:
            raise KeyError(f"PI category {category_id!r} is not in the catalogue") from None

    def types_in(self, category_id: str) -> tuple[PIType, ...]:
        """The types of one category, in catalogue order."""
        self.category(category_id)
        return tuple(t for t in self.types.values() if t.category == category_id)

    def is_sensitive(self, type_id: str, as_of: dt.date) -> bool:
        """Whether ``type_id`` is sensitive PI on ``as_of`` (see ``PIType.sensitive_on``)."""
        return self.get(type_id).sensitive_on(as_of)

    @property
    def minor_age(self) -> int:
        """Age under which a person's PI is sensitive (latest reading: PIPL Art. 28/31)."""
        return self.sensitive_attributes["minor_under_14"].threshold_age

    def minor_age_on(self, as_of: dt.date) -> int:
        """Age under which a person's PI is sensitive on ``as_of``."""
        entry = self.sensitive_attributes["minor_under_14"].on(as_of)
        if entry is None:
            first = self.sensitive_attributes["minor_under_14"].history[0].since
            raise SensitivityUndefinedError(
                f"no minors' age threshold before {first.isoformat()} "
                f"(asked for {as_of.isoformat()})"
            )
        return entry.under_age

    # -- extension --------------------------------------------------------------------------

    def with_types(self, extra: Iterable[PIType]) -> PICatalogue:
        """A new catalogue with ``extra`` types added; an id clash is refused."""
        types = dict(self.types)
        for t in extra:
            if t.id in self.types:
                raise CatalogueError(f"custom PI type {t.id!r} clashes with a built-in type id")
            if t.id in types:
                raise CatalogueError(f"custom PI type {t.id!r} is defined twice")
            try:
                self._check_type(t)
            except ValueError as exc:
                raise CatalogueError(str(exc)) from None
            types[t.id] = t
        return self.model_copy(update={"types": types})

    def custom_type(
        self,
        raw: Mapping[str, Any],
        *,
        where: str | None = None,
        ignore: Collection[str] = (),
    ) -> PIType:
        """Validate a user-defined type given as a plain dict (see ``pi_custom``)."""
        from piplkit.assess.law.pi_custom import build_custom_type

        return build_custom_type(raw, self.categories, where=where, ignore=ignore)


def custom_type_from_dict(
    raw: Mapping[str, Any], *, where: str | None = None, ignore: Collection[str] = ()
) -> PIType:
    """Validate a user-defined type against the built-in categories."""
    return builtin_catalogue().custom_type(raw, where=where, ignore=ignore)


_TOP_LEVEL = {"sources", "categories", "types", "sensitive_attributes"}


def build_catalogue(raw: Any) -> PICatalogue:
    """Validate decoded YAML; keys starting with ``_`` hold YAML anchors only and are skipped."""
    if not isinstance(raw, dict):
        raise CatalogueError("pi_types.yaml: top level must be a mapping")
    unknown = {k for k in raw if not str(k).startswith("_")} - _TOP_LEVEL
    if unknown:
        raise CatalogueError(f"pi_types.yaml: unknown top-level keys {sorted(unknown)}")
    try:
        categories = {
            cid: Category(id=cid, **body) for cid, body in (raw.get("categories") or {}).items()
        }
        types: dict[str, PIType] = {}
        for tid, body in (raw.get("types") or {}).items():
            cat = categories.get(body.get("category"))
            types[tid] = PIType(
                id=tid,
                category_zh=cat.name_zh if cat else "",
                category_en=cat.name_en if cat else "",
                **body,
            )
        return PICatalogue(
            categories=categories,
            types=types,
            sensitive_attributes=raw.get("sensitive_attributes") or {},
            sources=raw.get("sources") or {},
        )
    except ValidationError as exc:
        raise CatalogueError(f"pi_types.yaml: {exc}") from exc
    except (TypeError, AttributeError) as exc:
        raise CatalogueError(f"pi_types.yaml: malformed data: {exc}") from exc


@cache
def builtin_catalogue() -> PICatalogue:
    """The catalogue as shipped (``data/pi_types.yaml``)."""
    text = resources.files("piplkit.assess.law").joinpath("data/pi_types.yaml").read_text("utf-8")
    return build_catalogue(load_yaml(text))


#: Custom types installed in this process (``--types-file``, the register's setting), by id.
_INSTALLED: dict[str, PIType] = {}


def load_catalogue() -> PICatalogue:
    """The built-in catalogue plus the custom types installed in this process (one process is
    one scan, one server or one Spark worker, so every reader of the catalogue, from report
    labels to the register, sees the same types)."""
    if not _INSTALLED:
        return builtin_catalogue()
    return _extended(tuple(_INSTALLED.values()))


@cache
def _extended(custom: tuple[PIType, ...]) -> PICatalogue:
    return builtin_catalogue().with_types(custom)


def install_custom_types(types: Iterable[PIType]) -> None:
    """Add custom types to this process's catalogue. A built-in id is refused; installing an
    id again replaces its earlier entry (the same types file loaded twice changes nothing)."""
    builtin = builtin_catalogue()
    for entry in types:
        if entry.id in builtin.types:
            raise CatalogueError(f"custom PI type {entry.id!r} clashes with a built-in type id")
        _INSTALLED[entry.id] = entry


def uninstall_custom_types() -> None:
    """Forget every custom type installed in this process (tests; a server changing its file)."""
    _INSTALLED.clear()
