"""Permits for travel between the mainland and Hong Kong/Macao.

* 往来港澳通行证 (mainland residents' permit): card type since 2014, ``C`` + 8 digits, and
  ``C`` + a letter + 7 digits once the series ran out.
* 港澳居民来往内地通行证 ("home return permit"): ``H`` (Hong Kong) or ``M`` (Macao) + 8 digits,
  older cards with 2 more digits (issue count).
Both are letters-plus-digits codes, so without context they score under the default threshold
unless in the unambiguous C-series shape.
"""

from __future__ import annotations

from typing import Any, ClassVar

from piplkit.discover.detect.masking import mask_middle
from piplkit.discover.detect.recognizer import AnalysisContext, PatternRecognizer
from piplkit.discover.detect.registry import register


@register
class HkMacauPermitRecognizer(PatternRecognizer):
    type_id: ClassVar[str] = "hk_macau_permit"
    #: Every match holds 7 ASCII digits in a row (the seven or eight digits after the letters).
    digit_run: ClassVar[int] = 7
    pattern: ClassVar[str] = (
        r"[CHM](?<![A-Za-z0-9][CHM])"
        r"(?:(?<=C)(?:[0-9]{8}|[A-HJ-NP-Z][0-9]{7})|(?<=[HM])[0-9]{8}(?:[0-9]{2})?)"
        r"(?![A-Za-z0-9])"
    )
    base_score: ClassVar[float] = 0.55
    context_words: ClassVar[tuple[str, ...]] = (
        "通行证",
        "港澳",
        "回乡证",
        "来往内地",
        "permit",
        "往来",
    )
    context_boost: ClassVar[float] = 0.35

    def validate(self, value: str, ctx: AnalysisContext) -> dict[str, Any] | None:
        kind = (
            "mainland_resident"
            if value[0] == "C"
            else "hk_resident"
            if value[0] == "H"
            else "macao_resident"
        )
        return {"holder": kind}

    def mask(self, value: str) -> str:
        return mask_middle(value, 1, 2)
