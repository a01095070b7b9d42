"""PRC passport numbers.

Ordinary electronic passports: ``E`` + 8 digits, and ``E`` + a letter + 7 digits once the digit
series ran out; older ordinary passports ``G`` + 8 digits; diplomatic (``D``), service (``S``) and
public-affairs (``P``) passports, with or without the ``E`` of the electronic series. Letters-plus-
digits codes are common in business data (SKUs, model numbers), so the rarer series need context.
"""

from __future__ import annotations

from typing import Any, ClassVar

from piplkit.discover.detect.masking import mask_middle
from piplkit.discover.detect.recognizer import AnalysisContext, PatternRecognizer
from piplkit.discover.detect.registry import register

_SERIES_SCORE = {"E": 0.7, "G": 0.55, "D": 0.45, "S": 0.45, "P": 0.45}


@register
class PassportRecognizer(PatternRecognizer):
    type_id: ClassVar[str] = "passport"
    #: Every match holds 7 ASCII digits in a row (the seven or eight digits after the letters).
    digit_run: ClassVar[int] = 7
    pattern: ClassVar[str] = (
        r"[EGDSP](?<![A-Za-z0-9][EGDSP])"
        r"(?:(?<=E)(?:[0-9]{8}|[A-HJ-NP-Z][0-9]{7})|(?<=G)[0-9]{8}|(?<=[DSP])E?[0-9]{7,8})"
        r"(?![A-Za-z0-9])"
    )
    context_words: ClassVar[tuple[str, ...]] = ("护照", "passport", "证件号", "出入境")
    context_boost: ClassVar[float] = 0.35

    def validate(self, value: str, ctx: AnalysisContext) -> dict[str, Any] | None:
        return {"series": value[0]}

    def score(self, value: str, attributes: dict[str, Any]) -> float:
        return _SERIES_SCORE[value[0]]

    def mask(self, value: str) -> str:
        return mask_middle(value, 2, 2)
