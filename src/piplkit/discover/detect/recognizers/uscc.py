"""Unified social credit codes (统一社会信用代码, GB 32100-2015) — organisation ids, not PI.

They are reported so that an 18-character code in a table is recognised as an organisation
identifier and not mistaken for a resident ID or a card number. The check character is validated
with python-stdnum.
"""

from __future__ import annotations

from operator import mul
from typing import Any, ClassVar

from piplkit.discover.detect.checksums import uscc_valid
from piplkit.discover.detect.recognizer import AnalysisContext, PatternRecognizer
from piplkit.discover.detect.registry import register

_CHARS = "0-9A-HJ-NPQRTUWXY"
_ORG_WEIGHTS = (3, 7, 9, 10, 5, 8, 4, 2)
#: What the ASCII codes of 8 digits add to the weighted sum beyond their values (48 each).
_ORG_DIGIT_OFFSET = 48 * sum(_ORG_WEIGHTS)


def organisation_code_valid(code: str) -> bool:
    """GB 11714 check of the 9-character organisation code embedded at positions 9-17."""
    head = code[:8]
    if len(head) == 8 and head.isascii() and head.isdigit():
        # The usual case in a full scan (every 18-digit order number is a candidate): the bytes
        # of ASCII digits are 48 + their value, so no int() per character.
        total = sum(map(mul, head.encode(), _ORG_WEIGHTS)) - _ORG_DIGIT_OFFSET
    else:
        total = sum(int(ch, 36) * w for ch, w in zip(head, _ORG_WEIGHTS, strict=True))
    check = 11 - total % 11
    expected = "X" if check == 10 else "0" if check == 11 else str(check)
    return code[8] == expected


@register
class UsccRecognizer(PatternRecognizer):
    type_id: ClassVar[str] = "cn_uscc"
    #: Every match holds 6 ASCII digits in a row (the administrative division code).
    digit_run: ClassVar[int] = 6
    pattern: ClassVar[str] = (
        rf"[1-9ANY](?<![A-Za-z0-9][1-9ANY])[{_CHARS}][0-9]{{6}}[{_CHARS}]{{10}}(?![A-Za-z0-9])"
    )
    base_score: ClassVar[float] = 0.9
    numeric_score: ClassVar[float] = 0.6
    context_words: ClassVar[tuple[str, ...]] = (
        "信用代码",
        "社会信用",
        "uscc",
        "纳税人识别号",
        "税号",
    )
    negative_context: ClassVar[tuple[str, ...]] = ("订单", "单号", "流水号", "运单", "order")

    def validate(self, value: str, ctx: AnalysisContext) -> dict[str, Any] | None:
        # A code whose first 17 characters are digits is easily a long order number or a resident
        # ID (which may end in X) that passed one check by chance (1 in 31): require the embedded
        # organisation code to check too. (Checked first: it is the cheaper test.)
        if value[:17].isdigit() and not organisation_code_valid(value[8:17]):
            return None
        if not uscc_valid(value):
            return None
        return {"organisation_id": True}

    def score(self, value: str, attributes: dict[str, Any]) -> float:
        return self.numeric_score if value[:17].isdigit() else self.base_score

    def mask(self, value: str) -> str:
        # An organisation code is public registry data, but keep previews uniform.
        return value[:8] + "*" * 6 + value[-4:]
