"""Chinese vehicle licence plates (GA 36): province abbreviation + issuing-office letter + serial.

Ordinary plates have a 5-character serial (``京A12345``, ``粤B·3X5Y7``); new-energy plates have 6,
with D/F marking battery/hybrid (``沪AD12345`` for small cars, ``沪A12345D`` for large ones).
Trailer, coach, police, Hong Kong/Macao and consular suffixes are accepted. Letters I and O are
never used in serials.
"""

from __future__ import annotations

from typing import Any, ClassVar

from piplkit.discover.detect.recognizer import AnalysisContext, PatternRecognizer
from piplkit.discover.detect.registry import register

PROVINCES = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼"
_L = "A-HJ-NP-Z"


@register
class LicensePlateRecognizer(PatternRecognizer):
    type_id: ClassVar[str] = "license_plate"
    pattern: ClassVar[str] = (
        rf"[{PROVINCES}][{_L}][·•・ \-]?"
        rf"(?:[DF][{_L}0-9][0-9]{{4}}|[0-9]{{5}}[DF]|[{_L}0-9]{{4}}[挂学警港澳领]|[{_L}0-9]{{5}})"
        rf"(?![{_L}0-9a-z])"
    )
    base_score: ClassVar[float] = 0.75
    needs_digit: ClassVar[bool] = True
    context_words: ClassVar[tuple[str, ...]] = ("车牌", "号牌", "车辆", "plate", "停车")

    def validate(self, value: str, ctx: AnalysisContext) -> dict[str, Any] | None:
        serial = value[2:].lstrip("·•・ -")
        if sum(ch.isdigit() for ch in serial) < 2:
            return None  # e.g. "京ABCDE" is a word, not a plate
        energy = len(serial) == 6 and (
            "D" in (serial[0], serial[-1]) or "F" in (serial[0], serial[-1])
        )
        return {"province": value[0], "new_energy": energy}

    def mask(self, value: str) -> str:
        serial = value[2:].lstrip("·•・ -")
        return value[:2] + "*" * (len(serial) - 1) + serial[-1]
