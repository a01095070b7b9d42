"""The 39 app types and their necessary PI (``data/app_necessary_pi.yaml``), typed and checked.

The 2021 Provisions on the Scope of Necessary PI for Common Types of Mobile Internet
Applications name, per app type, the PI its basic function cannot run without. The app check
compares what an APK can collect with that set; the data says which item of Art. 5 allows
each PI type, so a finding can quote the item. Every PI id must be a catalogue id and every
verified entry must carry its quote and source, or loading fails.
"""

from __future__ import annotations

from functools import cache
from importlib import resources

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from piplkit.assess.law.pi_types import load_catalogue


class AppScopeError(ValueError):
    """The shipped app-type data is malformed."""


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class NecessaryItem(_Model):
    zh: str
    en: str
    pi: tuple[str, ...] = ()

    def text(self, lang: str) -> str:
        return self.zh if lang == "zh" else self.en


class AppType(_Model):
    id: str = Field(pattern=r"^[a-z][a-z0-9_]*$")
    number: int = Field(ge=1, le=39)
    name_zh: str
    name_en: str
    basic_function_zh: str
    basic_function_en: str
    necessary: tuple[NecessaryItem, ...] = ()
    verified: bool
    quote: str | None = None
    sources: tuple[str, ...] = Field(min_length=1)
    note: str | None = None

    @model_validator(mode="after")
    def _sourced(self) -> AppType:
        if self.verified and not self.quote:
            raise ValueError(f"{self.id}: verified without the quoted words")
        if not self.verified and not self.note:
            raise ValueError(f"{self.id}: unverified without a note saying why")
        return self

    def name(self, lang: str) -> str:
        return self.name_zh if lang == "zh" else self.name_en

    def basic_function(self, lang: str) -> str:
        return self.basic_function_zh if lang == "zh" else self.basic_function_en

    @property
    def needs_no_pi(self) -> bool:
        return not self.necessary

    def necessary_types(self) -> frozenset[str]:
        return frozenset(t for item in self.necessary for t in item.pi)

    def items_allowing(self, type_id: str) -> list[NecessaryItem]:
        return [item for item in self.necessary if type_id in item.pi]

    @property
    def article(self) -> str:
        return f"Art. 5({self.number})"


class AppScope(_Model):
    instrument: str
    article: str
    types: tuple[AppType, ...] = Field(min_length=39, max_length=39)

    def get(self, key: str) -> AppType:
        """A type by id, number (``"6"``) or Chinese name (``网上购物类`` or ``网上购物``)."""
        for t in self.types:
            if key in {t.id, str(t.number), t.name_zh, t.name_zh.removesuffix("类")}:
                return t
        raise KeyError(key)


def parse_app_scope(raw: object) -> AppScope:
    try:
        scope = AppScope.model_validate(raw)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        raise AppScopeError(f"app_necessary_pi.yaml: {where}: {first['msg']}") from None
    numbers = [t.number for t in scope.types]
    if numbers != list(range(1, 40)):
        raise AppScopeError("app_necessary_pi.yaml: types must be numbered 1 to 39 in order")
    known = set(load_catalogue().types)
    for t in scope.types:
        unknown = t.necessary_types() - known
        if unknown:
            raise AppScopeError(
                f"app_necessary_pi.yaml: {t.id}: unknown PI types {sorted(unknown)}"
            )
    return scope


@cache
def load_app_scope() -> AppScope:
    package = resources.files("piplkit.assess.law")
    text = package.joinpath("data/app_necessary_pi.yaml").read_text("utf-8")
    return parse_app_scope(yaml.safe_load(text))
