"""Email addresses (the practical subset of RFC 5322 that appears in business data)."""

from __future__ import annotations

import re
from typing import Any, ClassVar

from piplkit.discover.detect.masking import mask_email
from piplkit.discover.detect.recognizer import AnalysisContext, Anchor, PatternRecognizer
from piplkit.discover.detect.registry import register

_LOCAL = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._%+-")


@register
class EmailRecognizer(PatternRecognizer):
    type_id: ClassVar[str] = "email"
    pattern: ClassVar[str] = (
        r"[A-Za-z0-9](?<![A-Za-z0-9._%+\-][A-Za-z0-9])(?:[A-Za-z0-9._%+\-]{0,63})"
        r"@(?:[A-Za-z0-9](?:[A-Za-z0-9\-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,24}(?![A-Za-z0-9\-])"
    )
    # the "@" comes at most 64 local-part characters after the start
    anchor: ClassVar[Anchor | None] = Anchor(re.compile("@"), _LOCAL, 64)
    base_score: ClassVar[float] = 0.9
    needs_digit: ClassVar[bool] = False
    context_words: ClassVar[tuple[str, ...]] = ("邮箱", "邮件", "email", "e-mail", "mail")

    def quick_reject(self, text: str) -> bool:
        return "@" not in text

    def validate(self, value: str, ctx: AnalysisContext) -> dict[str, Any] | None:
        local, _, domain = value.rpartition("@")
        if ".." in local or local.endswith("."):
            return None
        return {"domain": domain.lower()}

    def mask(self, value: str) -> str:
        return mask_email(value)
