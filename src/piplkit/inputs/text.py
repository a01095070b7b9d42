"""Text fields without control characters: the rule every input schema applies (API, web, CLI).

Why: one vertical tab in an activity name once made the RoPA export fail for every user until
the row was deleted, and PostgreSQL refuses NUL in text outright (so a NUL that SQLite stored
would break a later move to PostgreSQL). Nobody types control characters on purpose; they come
from copy-paste and from attackers. So they are refused at input, with the field named:

* :data:`Line` (names, identifiers, references, one-line fields): no C0 control character at all,
  not even tab or line breaks, and no DEL;
* :data:`Text` (descriptions, notes, reasons: multi-line by nature): tab, line feed and carriage
  return are allowed, the other C0 controls and DEL are not.

Both also refuse lone surrogates and U+FFFE/U+FFFF, which no UTF-8 database or XML file can
hold. The OpenAPI schema documents the rule as a ``pattern`` so that clients (and schemathesis)
know it; the check itself is a validator, so that its message can say which character it found
and where without echoing the value, which may be personal information. Values that reach a core
function without a model are checked by :func:`piplkit.map.register.checks.check`, which names
the field in a register error.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Annotated, Any

from annotated_types import GroupedMetadata
from pydantic import AfterValidator, GetJsonSchemaHandler, StringConstraints
from pydantic.json_schema import JsonSchemaValue
from pydantic_core import CoreSchema, PydanticCustomError

_NOT_IN_ANY = "\ud800-\udfff\ufffe\uffff"
_LINE_FORBIDDEN = re.compile(f"[\x00-\x1f\x7f{_NOT_IN_ANY}]")
_TEXT_FORBIDDEN = re.compile(f"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f{_NOT_IN_ANY}]")
#: The same rules as JSON Schema patterns (surrogates cannot be written in one portably).
LINE_PATTERN = r"^[^\x00-\x1f\x7f]*$"
TEXT_PATTERN = r"^[^\x00-\x08\x0b\x0c\x0e-\x1f\x7f]*$"
#: The error type pydantic reports; the web UI localises it.
ERROR_TYPE = "control_character"


def _refuse(forbidden: re.Pattern[str], value: str, rule: str) -> str:
    found = forbidden.search(value)
    if found is None:
        return value
    code = ord(found.group())
    kind = "control character" if code < 0x20 or code == 0x7F else "invalid character"
    raise PydanticCustomError(
        ERROR_TYPE,
        "contains the {kind} U+{code} at position {position}; {rule}",
        {"kind": kind, "code": f"{code:04X}", "position": found.start() + 1, "rule": rule},
    )


def single_line(value: str) -> str:
    """``value`` unchanged, or a validation error naming the first control character."""
    return _refuse(_LINE_FORBIDDEN, value, "this field takes no control characters or line breaks")


def multi_line(value: str) -> str:
    """``value`` unchanged, or an error for a control character other than tab and line breaks."""
    return _refuse(_TEXT_FORBIDDEN, value, "only tab and line breaks are allowed here")


def made_single_line(value: str) -> str:
    """``value`` with every character the one-line rule refuses replaced: line breaks and tabs
    by a space, the others by U+FFFD. For names read from files and databases (a header with a
    line break in it, an undecodable file name), which must not stop a report being written, nor
    make it unreadable."""
    return _LINE_FORBIDDEN.sub(_shown, value)


def _shown(found: re.Match[str]) -> str:
    return " " if found.group() in "\t\n\x0b\x0c\r" else "\ufffd"


@dataclass(frozen=True, slots=True)
class _Documented:
    """Adds ``pattern`` to the field's JSON Schema without making pydantic enforce it twice."""

    pattern: str

    def __get_pydantic_json_schema__(
        self, core_schema: CoreSchema, handler: GetJsonSchemaHandler
    ) -> JsonSchemaValue:
        schema: dict[str, Any] = handler(core_schema)
        schema["pattern"] = self.pattern
        return schema


@dataclass(frozen=True)
class TextRule(GroupedMetadata):
    """The length limits, the character rule and its documented pattern, as one piece of
    ``Annotated`` metadata: ``Annotated[str, line(max_length=200)]``.

    Why metadata and not a ready-made type: a type alias built by a function call is invisible to
    a type checker, while ``Annotated[str, …]`` reads as ``str``. Pydantic unpacks grouped
    metadata in order, so the limits are checked first, then the rule.
    """

    rule: Callable[[str], str]
    pattern: str
    min_length: int | None = None
    max_length: int | None = None
    strip: bool = False

    def __iter__(self) -> Iterator[object]:
        yield from StringConstraints(
            strip_whitespace=self.strip or None,
            min_length=self.min_length,
            max_length=self.max_length,
        )
        yield AfterValidator(self.rule)
        yield _Documented(self.pattern)


def line(
    *, min_length: int | None = None, max_length: int | None = None, strip: bool = False
) -> TextRule:
    """The one-line rule with optional length limits (checked first, then the rule).

    The limits belong here, not in ``Field(...)``: pydantic cannot push a field's length
    constraints through a validator, and would report them in terms of "items".
    """
    return TextRule(single_line, LINE_PATTERN, min_length, max_length, strip)


def text(
    *, min_length: int | None = None, max_length: int | None = None, strip: bool = False
) -> TextRule:
    """The multi-line rule (tab and line breaks allowed) with optional length limits."""
    return TextRule(multi_line, TEXT_PATTERN, min_length, max_length, strip)


Line = Annotated[str, line()]
Text = Annotated[str, text()]
