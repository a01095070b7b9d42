"""Custom PI types from a YAML file (``--types-file``, or the register's setting): one entry
makes a type that detect, scan, deid, Spark and the register all know.

The file::

    types:
      - id: employee_no                  # snake_case, not a built-in id
        name_zh: 员工编号
        name_en: Employee number
        category: education_work         # a category of the PI catalogue
        sensitive: false
        pattern: "EMP[0-9]{6}"           # or: vocabulary: [A型, B型, AB型, O型]
        validator: luhn                  # optional, see piplkit.discover.detect.custom.VALIDATORS
        context: [工号, 员工编号]          # words that announce it in running text
        needs_context: false             # true: in text only after a context word
        headers: {exact: [工号, ygbh], contains: [员工编号]}

:func:`install` registers the recognizers in the default registry, adds the types to the PI
catalogue and the header hints and value profiles to the classifier of this process. Installing
is idempotent (the same file twice changes nothing), so worker processes (Spark executors)
install the file text they are given on first use.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

import yaml

from piplkit.assess.law.pi_models import CatalogueError, PIType
from piplkit.assess.law.pi_types import (
    builtin_catalogue,
    install_custom_types,
    uninstall_custom_types,
)
from piplkit.discover.detect.custom import (
    CustomTypeError,
    CustomTypeSpec,
    add_to_registry,
    parse_specs,
)
from piplkit.discover.detect.registry import BUILTIN_MODULES, default_registry
from piplkit.discover.scan.profiles import Matcher, Profile

__all__ = [
    "CustomTypeError",
    "CustomTypes",
    "install",
    "installed",
    "load_types_file",
    "uninstall",
]


@dataclass(frozen=True)
class CustomTypes:
    """The validated entries of one types file, with its text (for worker processes)."""

    source: str
    text: str
    specs: tuple[CustomTypeSpec, ...]
    #: The catalogue entries (names, category, dated sensitivity) of the same types.
    entries: tuple[PIType, ...]

    @property
    def ids(self) -> tuple[str, ...]:
        return tuple(s.id for s in self.specs)

    @property
    def digest(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()[:16]


_INSTALLED: dict[str, CustomTypes] = {}
#: Fields of an entry that are about detection, not the catalogue (see detect.custom).
_DETECTION = (
    "pattern",
    "vocabulary",
    "validator",
    "context",
    "negative_context",
    "needs_context",
    "score",
    "headers",
)


def parse_types_text(text: str, source: str) -> CustomTypes:
    """Validate a types file's text; errors name ``source``, the entry and the field."""
    try:
        raw = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" (line {mark.line + 1})" if mark is not None else ""
        raise CustomTypeError(f"{source}: not valid YAML{where}") from None
    if not isinstance(raw, dict) or not isinstance(raw.get("types"), list):
        raise CustomTypeError(f"{source}: expected a mapping with a `types:` list")
    catalogue = builtin_catalogue()
    entries = []
    for index, entry in enumerate(raw["types"], 1):
        try:  # the catalogue side first: it also refuses fields neither side knows
            entries.append(
                catalogue.custom_type(entry, where=f"{source}: type #{index}", ignore=_DETECTION)
            )
        except CatalogueError as exc:
            raise CustomTypeError(str(exc)) from None
    specs = parse_specs(raw["types"], source, reserved={*BUILTIN_MODULES, *catalogue.types})
    return CustomTypes(source, text, tuple(specs), tuple(entries))


def load_types_file(path: str | Path) -> CustomTypes:
    """Read and validate a types file (a clear error naming the file when it cannot be used)."""
    file = Path(path)
    try:
        text = file.read_text("utf-8")
    except FileNotFoundError:
        raise CustomTypeError(f"{file}: no such file") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise CustomTypeError(f"{file}: cannot be read ({type(exc).__name__})") from None
    return parse_types_text(text, str(file))


def install(custom: CustomTypes) -> list[str]:
    """Make the types of ``custom`` known to this process (see the module docstring)."""
    if custom.digest in _INSTALLED:
        return list(custom.ids)
    add_to_registry(default_registry(), custom.specs)
    install_custom_types(custom.entries)
    _INSTALLED[custom.digest] = custom
    return list(custom.ids)


def uninstall() -> None:
    """Forget every installed custom type: recognizers, catalogue entries, hints and profiles
    (for tests, and for a long-lived process that loads a changed file)."""
    registry = default_registry()
    for custom in _INSTALLED.values():
        for spec in custom.specs:
            registry.remove(spec.id)
    _INSTALLED.clear()
    uninstall_custom_types()


def install_text(text: str, source: str = "custom types") -> list[str]:
    """:func:`install` from a file's text (what worker processes receive)."""
    return install(parse_types_text(text, source))


def installed() -> tuple[CustomTypes, ...]:
    return tuple(_INSTALLED.values())


def custom_hints() -> dict[str, dict[str, tuple[str, ...]]]:
    """Header words of every installed custom type, for the classifier's hint table."""
    out: dict[str, dict[str, tuple[str, ...]]] = {}
    for custom in _INSTALLED.values():
        for s in custom.specs:
            if s.headers.exact or s.headers.contains:
                out[s.id] = {"exact": s.headers.exact, "contains": s.headers.contains}
    return out


def custom_profiles() -> list[Profile]:
    """Value profiles of the installed custom types: a vocabulary decides like the built-in
    vocabularies; a pattern without a check counts under a header naming the type."""
    out: list[Profile] = []
    for custom in _INSTALLED.values():
        for s in custom.specs:
            if s.vocabulary:
                words = Matcher.from_data({"words": list(s.vocabulary)})
                out.append(Profile(s.id, strong=words, alone=0.8, with_header=0.6))
            elif s.pattern is not None and s.validator is None:
                loose = Matcher.from_data({"pattern": s.pattern})
                out.append(Profile(s.id, loose=loose, with_header=0.6))
    return out
