"""Credentials after a cue: passwords, PINs and their hashes (``password``).

A password is any string, so only the value right after a cue is one: 密码, 口令, 登录密码,
支付密码, pwd, password, passwd, pass, PIN (0.8). The value runs over printable ASCII up to
whitespace, a comma or a semicolon or any other character (Chinese text ends it), without a
trailing full stop or closing bracket; a PIN is 4-12 digits. After the Latin cues an explicit
``:``/``=`` is required ("the password you entered" is prose), after 密码/口令 a space or 是/为
will do. ``No``, ``ID`` and ``is`` right after the cue are a label only with a separator after
them (``密码ID：…``); glued to what follows they start the password (``密码：No00``).
Placeholders (``******``, ``xxx``, ``null``, ``${PASSWORD}``, ``<password>``) are not
credentials. ``hashed`` says whether the value looks like a digest or a password-hash string
(32/40/64/128 hex digits, ``$2b$…``, ``$argon2…``, ``pbkdf2_…``, ``{SSHA}…``).

The preview never shows any of it, nor its length: always ``******``. There is no whole-cell
score: a column of passwords is recognised by its header.
"""

from __future__ import annotations

import re
from typing import Any, ClassVar

from piplkit.discover.detect.cued import LATIN_LABEL_NEEDS_SEPARATOR_GAP, CuedRecognizer
from piplkit.discover.detect.recognizer import AnalysisContext
from piplkit.discover.detect.registry import register

_PLACEHOLDER = re.compile(
    r"(?:\*+|x+|X+|\.+|null|none|nil|n/?a|undefined|empty|\$\{.*|<.*|%\(.*|\{\{.*)",
    re.IGNORECASE,
)
_HASHED = re.compile(
    r"(?:[0-9a-fA-F]{32}|[0-9a-fA-F]{40}|[0-9a-fA-F]{64}|[0-9a-fA-F]{128}"
    r"|\$2[abxy]?\$.*|\$argon2.*|\$[156]\$.*|pbkdf2_.*|\{S?SHA\d*\}.*)"
)
_EXPLICIT = re.compile(r"[:：=＝]")
_PIN = re.compile(r"[0-9]{4,12}")


@register
class PasswordRecognizer(CuedRecognizer):
    type_id: ClassVar[str] = "password"
    pattern: ClassVar[str] = (
        r"[\x21-\x2b\x2d-\x3a\x3c-\x7e]{2,63}[\x21-\x27\x2a\x2b\x2d\x2f-\x3a"
        r"\x3c-\x5c\x5e-\x7c\x7e]"
    )
    cues: ClassVar[tuple[str, ...]] = (
        "密码",
        "口令",
        "密碼",
        "pwd",
        "password",
        "passwd",
        "pass",
        "passcode",
        "PIN",
        "PIN码",
    )
    cue_score: ClassVar[float] = 0.8
    #: A password may start with ``No``, ``ID`` or ``is`` (``密码：No00``): glued to the value,
    #: those are its first characters, not a label between the cue and the value.
    gap: ClassVar[re.Pattern[str]] = LATIN_LABEL_NEEDS_SEPARATOR_GAP

    def validate(self, value: str, ctx: AnalysisContext) -> dict[str, Any] | None:
        if _PLACEHOLDER.fullmatch(value):
            return None
        return {"hashed": _HASHED.fullmatch(value) is not None}

    def after_cue(
        self, cue: str, between: str, value: str, attributes: dict[str, Any]
    ) -> dict[str, Any] | None:
        latin = cue.isascii() or cue.upper().startswith("PIN")
        if latin and not _EXPLICIT.search(between):
            return None
        if cue.upper().startswith("PIN") and not _PIN.fullmatch(value):
            return None
        return attributes

    def mask(self, value: str) -> str:
        return "******"
