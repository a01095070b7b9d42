"""The SDK catalogue and the permission map (``data/sdks.yaml``, ``data/permissions.yaml``).

Both are data, validated on load: every PI id must be a catalogue id (``law/data/pi_types.yaml``),
every SDK must have at least one signature and a source, and ``also`` must name permission
groups that exist. Signatures are compiled once into one lookup per kind, so matching an APK
with tens of thousands of packages costs a dictionary probe per package segment.
"""

from __future__ import annotations

import fnmatch
import re
from functools import cache
from importlib import resources
from typing import Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from piplkit.assess.law.pi_types import load_catalogue

Category = Literal[
    "analytics", "push", "crash", "location", "login_payment", "advertising",
    "customer_service", "security", "other",
]


class CatalogueError(ValueError):
    """The shipped SDK or permission data is malformed."""


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Signatures(_Model):
    packages: tuple[str, ...] = ()
    components: tuple[str, ...] = ()
    meta_data: tuple[str, ...] = ()
    native_libs: tuple[str, ...] = ()
    assets: tuple[str, ...] = ()

    @model_validator(mode="after")
    def _some(self) -> Signatures:
        if not (self.packages or self.components or self.meta_data or self.native_libs
                or self.assets):
            raise ValueError("an SDK needs at least one signature")
        return self


class Sdk(_Model):
    id: str = Field(pattern=r"^[a-z][a-z0-9_]*$")
    name_zh: str
    name_en: str
    vendor_zh: str
    vendor_en: str
    country: str = Field(pattern=r"^[A-Z]{2}$")
    category: Category
    purpose_zh: str
    purpose_en: str
    signatures: Signatures
    pi: tuple[str, ...] = ()
    also: tuple[str, ...] = ()
    aliases: tuple[str, ...] = ()
    policy_title_zh: str | None = None
    policy_url: str | None = None
    sources: tuple[str, ...] = Field(min_length=1)
    verified: bool
    quote: str | None = None

    @model_validator(mode="after")
    def _quoted(self) -> Sdk:
        if self.verified and not self.quote:
            raise ValueError(f"{self.id}: verified without the quoted words")
        return self

    def name(self, lang: str) -> str:
        return self.name_zh if lang == "zh" else self.name_en

    def vendor(self, lang: str) -> str:
        return self.vendor_zh if lang == "zh" else self.vendor_en

    def purpose(self, lang: str) -> str:
        return self.purpose_zh if lang == "zh" else self.purpose_en


class PermissionGroup(_Model):
    name_zh: str
    name_en: str
    keywords_zh: tuple[str, ...] = Field(min_length=1)
    keywords_en: tuple[str, ...] = Field(min_length=1)

    def name(self, lang: str) -> str:
        return self.name_zh if lang == "zh" else self.name_en

    def keywords(self) -> tuple[str, ...]:
        return self.keywords_zh + self.keywords_en


class PermissionInfo(_Model):
    group: str
    pi: tuple[str, ...] = ()
    special: bool = False
    note: str | None = None


class PermissionMap(_Model):
    sources: dict[str, str]
    verified: bool
    groups: dict[str, PermissionGroup]
    permissions: dict[str, PermissionInfo]


class SdkCatalogue(_Model):
    sdks: tuple[Sdk, ...] = Field(min_length=1)


def _check_pi(where: str, ids: tuple[str, ...], known: set[str]) -> None:
    unknown = sorted(set(ids) - known)
    if unknown:
        raise CatalogueError(f"{where}: unknown PI types {unknown}")


def _load(name: str) -> object:
    text = resources.files("piplkit.discover.apps").joinpath(f"data/{name}").read_text("utf-8")
    return yaml.safe_load(text)


def _validated(model: type[_Model], raw: object, name: str) -> _Model:
    try:
        return model.model_validate(raw)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        raise CatalogueError(f"{name}: {where}: {first['msg']}") from None


def parse_permissions(raw: object) -> PermissionMap:
    pm = _validated(PermissionMap, raw, "permissions.yaml")
    assert isinstance(pm, PermissionMap)
    known = set(load_catalogue().types)
    for name, info in pm.permissions.items():
        if info.group not in pm.groups:
            raise CatalogueError(f"permissions.yaml: {name}: unknown group {info.group!r}")
        _check_pi(f"permissions.yaml: {name}", info.pi, known)
    return pm


def parse_sdks(raw: object, groups: dict[str, PermissionGroup]) -> SdkCatalogue:
    cat = _validated(SdkCatalogue, raw, "sdks.yaml")
    assert isinstance(cat, SdkCatalogue)
    known = set(load_catalogue().types)
    seen: set[str] = set()
    for sdk in cat.sdks:
        if sdk.id in seen:
            raise CatalogueError(f"sdks.yaml: {sdk.id} listed twice")
        seen.add(sdk.id)
        _check_pi(f"sdks.yaml: {sdk.id}", sdk.pi, known)
        unknown = sorted(set(sdk.also) - set(groups))
        if unknown:
            raise CatalogueError(f"sdks.yaml: {sdk.id}: unknown permission groups {unknown}")
    return cat


@cache
def permission_map() -> PermissionMap:
    return parse_permissions(_load("permissions.yaml"))


@cache
def sdk_catalogue() -> SdkCatalogue:
    return parse_sdks(_load("sdks.yaml"), permission_map().groups)


def glob_regex(patterns: tuple[str, ...]) -> re.Pattern[str] | None:
    """One compiled regex for glob patterns (``*`` any text), or None for no patterns."""
    if not patterns:
        return None
    return re.compile("|".join(f"(?:{fnmatch.translate(p)})" for p in patterns))
