"""The de-identification policy: which operator applies to which PI type and which column.

A policy is data (YAML) validated by pydantic, so that a typo in a key is an error that names the
key instead of a rule silently ignored. A user policy is laid over the bundled default policy
(``base: default``) so that it only needs to say what differs; ``base: none`` starts empty.

Two kinds of rule exist:

* **type rules** (``types:``) say what to do with every span the detector finds of a PI type, in
  free text and in table cells alike;
* **column rules** (``columns:``) say what to do with a whole cell of a named column. A column rule
  either names the PI type the column holds (``type: cn_resident_id``: the type rule then applies
  to the whole cell, found or not), gives an operator of its own, or asks for span-by-span
  detection (``op: detect``). Columns without a rule are typed by the column classifier where it
  can (``classify_columns``) and otherwise follow ``other_columns``.

Type ids are checked against the recognizers, the PI type catalogue and this default policy's own
list, so that a policy naming a catalogue type loads before that type's recognizer or catalogue
entry is installed; operators and their settings are checked strictly.
"""

from __future__ import annotations

from functools import cache
from importlib import resources
from pathlib import Path
from typing import Annotated, Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, TypeAdapter, ValidationError, model_validator

from piplkit.assess.law.pi_types import load_catalogue
from piplkit.discover.detect.registry import BUILTIN_MODULES, default_registry
from piplkit.protect.deid.categories import CATEGORY_TYPES

DATE_LEVELS = ("year", "year_month", "age_band")
PLACE_LEVELS = ("province", "city", "district")
NUMBER_LEVELS = ("round", "range", "magnitude")

#: Which generalisation levels make sense for which type (``None``: a column of no declared type).
#: A type not listed here cannot be generalised (mask, pseudonymize or suppress it instead).
GENERALIZE_LEVELS: dict[str | None, tuple[str, ...]] = {
    "cn_resident_id": (*DATE_LEVELS, "province"),
    "birth_date": DATE_LEVELS,
    "address": PLACE_LEVELS,
    "ipv4": ("network",),
    "ipv6": ("network",),
    "geo_coordinates": ("grid",),
    "trajectory": ("grid",),
    "account_balance": NUMBER_LEVELS,
    "income": NUMBER_LEVELS,
    "age": ("round", "range"),
    "body_measurement": ("round", "range"),
    **{type_id: ("category",) for type_id in CATEGORY_TYPES},
    None: (*DATE_LEVELS, *PLACE_LEVELS, "network", "grid", *NUMBER_LEVELS),
}
#: Types for which a format-preserving pseudonym cannot be made.
NO_FORMAT_PRESERVING = frozenset({"address"})


class PolicyError(ValueError):
    """A policy that cannot be used; the message names the file and the offending key."""


class _Rule(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class MaskRule(_Rule):
    """Star characters, keep the value's length and shape (GB/T 37964: suppression, masking)."""

    op: Literal["mask"]
    keep_start: int = Field(default=0, ge=0)
    keep_end: int = Field(default=0, ge=0)
    char: str = Field(default="*", min_length=1, max_length=1)
    #: Punctuation, spaces and dashes stay in place and do not count as kept characters.
    keep_separators: bool = True
    #: Person names: keep the whole surname (compound surnames too) instead of ``keep_start``.
    keep_surname: bool = False
    #: Email addresses: mask the local part only.
    keep_domain: bool = False


class PseudonymizeRule(_Rule):
    """Replace by a keyed HMAC-SHA256 pseudonym (GB/T 37964: pseudonymisation, keyed one-way
    function)."""

    op: Literal["pseudonymize"]
    #: Without a key: ``refuse`` to run (pseudonyms must join across runs), or use a random key
    #: made for this run only (pseudonyms join within the output, never across runs, and cannot
    #: be reversed because the key is never stored).
    missing_key: Literal["refuse", "per_run"] = "refuse"
    #: Make the pseudonym look like a value of its type (same length, digits and separators).
    format_preserving: bool = False
    #: Hex characters of a plain (not format-preserving) pseudonym.
    length: int = Field(16, ge=8, le=64)
    prefix: str = ""
    #: Values are pseudonymised per domain; the default domain is the PI type id, so the same
    #: phone number gets the same pseudonym in a phone column and in free text.
    domain: str | None = None


class GeneralizeRule(_Rule):
    """Replace by a coarser value (GB/T 37964: generalisation technique)."""

    op: Literal["generalize"]
    to: Literal[
        "year",
        "year_month",
        "age_band",
        "province",
        "city",
        "district",
        "network",
        "grid",
        "round",
        "range",
        "magnitude",
        "category",
    ]
    #: Width in years of an age band (``age_band``).
    band: int = Field(10, ge=1, le=100)
    ipv4_prefix: int = Field(24, ge=0, le=32)
    ipv6_prefix: int = Field(48, ge=0, le=128)
    #: Bucket width for ``round`` (the whole value is one number) and ``range`` (every number in
    #: the value, units and labels kept).
    step: float = Field(10, gt=0)
    #: Decimal places kept of each coordinate (``grid``): 2 ≈ 1.1 km, 1 ≈ 11 km of latitude.
    digits: int = Field(2, ge=0, le=6)


class SuppressRule(_Rule):
    """Remove the value (GB/T 37964: suppression technique).

    ``replacement`` may use ``{type}``; by default a cell becomes empty and a span in free text
    becomes ``[type]`` so that the reader still sees something was there.
    """

    op: Literal["suppress"]
    replacement: str | None = None


class KeepRule(_Rule):
    op: Literal["keep"]


class DetectRule(_Rule):
    """Column only: find PI spans in the cell text and apply the type rules to each span."""

    op: Literal["detect"]


Rule = Annotated[
    MaskRule | PseudonymizeRule | GeneralizeRule | SuppressRule | KeepRule,
    Field(discriminator="op"),
]
_RULE = TypeAdapter(Rule)
_COLUMN_OPERATOR = TypeAdapter(
    Annotated[
        MaskRule | PseudonymizeRule | GeneralizeRule | SuppressRule | KeepRule | DetectRule,
        Field(discriminator="op"),
    ]
)
AnyRule = MaskRule | PseudonymizeRule | GeneralizeRule | SuppressRule | KeepRule


class ColumnRule(BaseModel):
    """A column's rule: a declared PI type, an operator, or both (flattened in YAML)."""

    model_config = ConfigDict(frozen=True)

    type: str | None = None
    rule: AnyRule | DetectRule | None = None

    @model_validator(mode="before")
    @classmethod
    def _flatten(cls, raw: Any) -> Any:
        if isinstance(raw, str):  # shorthand: ``column: cn_mobile`` or ``column: keep``
            raw = {"op": raw} if raw in ("keep", "detect", "suppress") else {"type": raw}
        if not isinstance(raw, dict) or "rule" in raw:
            return raw
        body = dict(raw)
        type_id = body.pop("type", None)
        if not body:
            return {"type": type_id}
        if "op" not in body:
            raise ValueError(f"column rule needs 'op' when it has {', '.join(sorted(body))}")
        return {"type": type_id, "rule": _COLUMN_OPERATOR.validate_python(body)}

    @model_validator(mode="after")
    def _check(self) -> ColumnRule:
        if self.type is None and self.rule is None:
            raise ValueError("column rule needs 'type' or 'op'")
        if self.type is not None:
            _check_type_id(self.type)
            if isinstance(self.rule, DetectRule):
                raise ValueError("'op: detect' finds types itself; drop 'type'")
        if self.rule is not None and not isinstance(self.rule, DetectRule):
            check_rule(self.rule, self.type)
        return self


class Policy(BaseModel):
    """A complete, validated policy (after merging with its base)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    version: Literal[1] = 1
    base: Literal["default", "none"] = "default"
    #: Detector threshold for spans found in free text.
    min_score: float = Field(0.5, ge=0.0, le=1.0)
    types: dict[str, Rule] = Field(default_factory=dict)
    columns: dict[str, ColumnRule] = Field(default_factory=dict)
    #: What happens to a column with no rule: find PI spans in it, or leave it as it is.
    other_columns: Literal["detect", "keep"] = "detect"
    #: Classify columns without a rule from the first rows of each table (as ``piplkit scan``
    #: does); a column found to hold a PI type gets that type's rule on every non-empty cell.
    classify_columns: bool = True
    description: str | None = None

    @model_validator(mode="after")
    def _check(self) -> Policy:
        for type_id, rule in self.types.items():
            try:
                _check_type_id(type_id)
                check_rule(rule, type_id)
            except ValueError as exc:
                raise ValueError(f"types.{type_id}: {exc}") from None
        return self

    def type_rule(self, type_id: str) -> AnyRule | None:
        """The rule for ``type_id``: the policy's own, or for an organisation's custom type that
        the policy does not name, a protective default (:func:`custom_type_rule`)."""
        rule = self.types.get(type_id)
        return rule if rule is not None else custom_type_rule(type_id)

    def _pseudonym_rules(self) -> list[PseudonymizeRule]:
        rules: list[Any] = list(self.types.values())
        rules += [c.rule for c in self.columns.values() if c.rule is not None]
        return [r for r in rules if isinstance(r, PseudonymizeRule)]

    @property
    def needs_key(self) -> bool:
        """Whether a key must be supplied: a rule pseudonymises and refuses a per-run key."""
        return any(r.missing_key == "refuse" for r in self._pseudonym_rules())

    @property
    def pseudonymizes(self) -> bool:
        """Whether any rule pseudonymises (with a given key or a per-run one)."""
        return bool(self._pseudonym_rules())

    @property
    def detected_types(self) -> list[str]:
        """Types the detector must look for in free text: every type with a rule that has a
        recognizer (types without one, such as ``gender``, are found by column only)."""
        recognizable = set(default_registry().type_ids)
        custom = {t for t in recognizable if custom_type_rule(t) is not None}
        return sorted(t for t in {*self.types, *custom} if t in recognizable)

    def with_columns(self, extra: dict[str, ColumnRule]) -> Policy:
        return self.model_copy(update={"columns": {**self.columns, **extra}})


def known_types() -> frozenset[str]:
    """The PI type ids a policy may name: those of a recognizer, of the PI type catalogue, and of
    the bundled default policy (which names every catalogue type, also before the catalogue or a
    recognizer for it is installed). Not cached: custom types may be installed at any time."""
    defaults = _default_raw().get("types") or {}
    return frozenset(
        [*BUILTIN_MODULES, *default_registry().type_ids, *load_catalogue().types, *defaults]
    )


def _check_type_id(type_id: str) -> None:
    known = known_types()
    if type_id not in known:
        raise ValueError(f"unknown PI type {type_id!r}; known: {', '.join(sorted(known))}")


def check_rule(rule: AnyRule, type_id: str | None) -> None:
    """Reject operator settings that cannot apply to ``type_id`` (``None``: an untyped column)."""
    if isinstance(rule, GeneralizeRule):
        allowed = GENERALIZE_LEVELS.get(type_id, ())
        if rule.to not in allowed:
            what = type_id or "an untyped column"
            hint = f"use one of {', '.join(allowed)}" if allowed else "use mask or pseudonymize"
            raise ValueError(f"generalize to {rule.to!r} does not apply to {what}; {hint}")
    if (
        isinstance(rule, PseudonymizeRule)
        and rule.format_preserving
        and type_id in NO_FORMAT_PRESERVING
    ):
        raise ValueError(f"format-preserving pseudonyms are not available for {type_id}")
    if isinstance(rule, MaskRule):
        if rule.keep_surname and type_id not in (None, "person_name"):
            raise ValueError("keep_surname only applies to person_name")
        if rule.keep_domain and type_id not in (None, "email"):
            raise ValueError("keep_domain only applies to email")


def parse_rule(raw: Any) -> AnyRule:
    return _RULE.validate_python(raw)


# ---------------------------------------------------------------------------------------------
# Loading


@cache
def _default_raw() -> dict[str, Any]:
    package = resources.files("piplkit.protect.deid")
    text = package.joinpath("data/default_policy.yaml").read_text("utf-8")
    raw: dict[str, Any] = yaml.safe_load(text)
    return raw


def default_policy_text() -> str:
    return (
        resources.files("piplkit.protect.deid")
        .joinpath("data/default_policy.yaml")
        .read_text("utf-8")
    )


def default_policy() -> Policy:
    return _validate(_default_raw(), "default policy")


def load_policy(path: Path | None) -> Policy:
    """Read, merge with its base, and validate a policy file (``None``: the default policy)."""
    if path is None:
        return default_policy()
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise PolicyError(f"{path}: no such policy file") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise PolicyError(
            f"{path}: cannot be read as UTF-8 text ({exc.__class__.__name__})"
        ) from None
    return policy_from_text(text, str(path))


def policy_from_text(text: str, source: str = "policy") -> Policy:
    try:
        raw = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1}" if mark is not None else ""
        raise PolicyError(f"{source}: not valid YAML{where}") from None
    if raw is None:
        raw = {}
    if not isinstance(raw, dict):
        raise PolicyError(f"{source}: a policy is a mapping of keys (version, types, columns …)")
    return _validate(_merge(raw), source)


def _merge(raw: dict[str, Any]) -> dict[str, Any]:
    if raw.get("base", "default") != "default":
        return raw
    base = _default_raw()
    merged = {**base, **raw}
    types = raw.get("types")
    if isinstance(types, dict):
        merged["types"] = {**base.get("types", {}), **types}
    return merged


def _validate(raw: dict[str, Any], source: str) -> Policy:
    try:
        return Policy.model_validate(raw)
    except ValidationError as exc:
        raise PolicyError(f"{source}: {describe_errors(exc)}") from None


def describe_errors(exc: ValidationError) -> str:
    """Pydantic errors as ``key.path: what is wrong``, naming the key (never the value)."""
    lines = []
    for error in exc.errors(include_input=False, include_url=False):
        loc = [str(p) for p in error["loc"]]
        if len(loc) > 2 and loc[0] in ("types", "columns") and loc[2] in _OPS:
            del loc[2]  # pydantic's discriminator step, not a key the user wrote
        where = ".".join(loc)
        msg = error["msg"].removeprefix("Value error, ")
        if error["type"] == "extra_forbidden":
            msg = "unknown key"
        elif error["type"] == "union_tag_invalid":
            msg = f"unknown op; use one of {', '.join(_OPS)}"
        elif error["type"] == "model_type" and loc[:1] == ["columns"]:
            msg = "a column rule is a mapping (type / op …) or a PI type id"
        lines.append(f"{where}: {msg}" if where else msg)
    return "; ".join(lines)


_OPS = ("mask", "pseudonymize", "generalize", "suppress", "keep", "detect")

#: The PI type ids a policy may name (see :func:`known_types`).
KNOWN_TYPES: frozenset[str] = known_types()


def custom_type_rule(type_id: str) -> AnyRule | None:
    """The rule for a custom type (``--types-file``) that a policy does not name: suppressed
    when the organisation marked it sensitive, else masked keeping its first and last
    character, so a custom type is never copied raw. ``None`` for any other type."""
    entry = load_catalogue().types.get(type_id)
    if entry is None or not entry.custom:
        return None
    if entry.sensitive:
        return SuppressRule(op="suppress")
    return MaskRule(op="mask", keep_start=1, keep_end=1)
