"""The control-character rule of every input schema (issue 18, item 4): names and one-line
fields take none, descriptions only tab and line breaks; errors name the character, not the
value."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pydantic import BaseModel, ValidationError

from piplkit.inputs.text import LINE_PATTERN, TEXT_PATTERN, Line, Text
from piplkit.map.register.checks import check
from piplkit.map.register.errors import InvalidInputError
from piplkit.map.register.schemas import ActivityIn, SystemIn, validate

CONTROLS = [chr(c) for c in range(0x20)] + ["\x7f"]
MULTILINE_OK = {"\t", "\n", "\r"}


class _Fields(BaseModel):
    line: Line | None = None
    text: Text | None = None


@given(st.text())
def test_line_accepts_exactly_text_without_controls(value: str) -> None:
    bad = any(c in CONTROLS for c in value)
    try:
        _Fields(line=value)
    except ValidationError as exc:
        assert bad and exc.errors()[0]["type"] == "control_character"
    else:
        assert not bad
    assert (re.fullmatch(LINE_PATTERN, value) is None) == bad


@given(st.text())
def test_text_allows_tab_and_line_breaks_only(value: str) -> None:
    bad = any(c in CONTROLS and c not in MULTILINE_OK for c in value)
    try:
        _Fields(text=value)
    except ValidationError:
        assert bad
    else:
        assert not bad
    assert (re.fullmatch(TEXT_PATTERN, value) is None) == bad


def test_message_names_the_character_not_the_value() -> None:
    with pytest.raises(InvalidInputError) as err:
        validate(SystemIn, {"name": "会员\v系统13812345678"}, "systems[0]")
    message = str(err.value)
    assert message.startswith("systems[0].name: contains the control character U+000B")
    assert "position 3" in message and "13812345678" not in message


def test_descriptions_keep_line_breaks_but_not_nul() -> None:
    ok = validate(SystemIn, {"name": "S", "description": "line 1\r\n\tline 2"}, "s")
    assert ok.description == "line 1\r\n\tline 2"
    with pytest.raises(InvalidInputError, match=r"s\.description: .*U\+0000"):
        validate(SystemIn, {"name": "S", "description": "a\x00b"}, "s")
    with pytest.raises(InvalidInputError, match=r"a\.purpose: .*U\+001B"):
        validate(ActivityIn, {"name": "A", "purpose": "\x1b[31m", "legal_basis": "consent"}, "a")
    with pytest.raises(InvalidInputError, match=r"a\.pi_categories\.0: .*U\+000A"):
        validate(
            ActivityIn,
            {"name": "A", "purpose": "p", "legal_basis": "consent", "pi_categories": ["x\ny"]},
            "a",
        )


def test_surrogates_and_non_characters_are_refused() -> None:
    for bad in ("a\ud800", "\uffff"):
        with pytest.raises(InvalidInputError, match="invalid character U"):
            check(bad, "f", multiline=True)
