"""Vehicle identification numbers (VIN, 车架号/车辆识别代号): ISO 3779, GB 16735.

17 characters from the digits and the capital letters other than I, O and Q: a 3-character
world manufacturer identifier (WMI; Chinese manufacturers' begin with L), 6 characters of
vehicle description whose last (position 9) is a check digit, and the vehicle indicator: model
year at position 10, plant at 11, and a serial whose last four characters are digits.

The check digit is computed as in the North American rule (49 CFR 565.15: letters transliterated
to digits, weights 8 7 6 5 4 3 2 10 0 9 8 7 6 5 4 3 2, sum mod 11, 10 written X), which GB 16735
adopted for vehicles sold in China. ISO 3779 itself does not make position 9 a check digit, and
vehicles built for other markets (many imports) carry another character there. So:

* a valid check digit (and a model-year code at 10, digits at 14-17, at least one letter):
  0.85 — a random 17-character code passes by chance about once in 11 × 1.1 × 100;
* the same shape with a wrong check digit: 0.3, raised to 0.7 by a cue (车架号, VIN, 车辆识别
  代号 …) just before it. A whole cell of that shape is shape-only evidence (0.3) that the
  column classifier weighs with the header.

The scan starts from a capital letter among the first three characters: manufacturer
identifiers are letters and digits, and none of three digits was found in use (VINs such as
``1G1…``, ``LSV…``, ``WDD…`` all have one); a VIN whose first three characters are digits would
be missed (``verified: false``).

That GB 16735-2019 keeps the check digit mandatory is piplkit's reading of the secondary
sources found (the standard's text was not available): ``verified: false``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any, ClassVar

from piplkit.discover.detect.masking import mask_middle
from piplkit.discover.detect.recognizer import AnalysisContext, PatternRecognizer
from piplkit.discover.detect.registry import register

_ALPHABET = "0-9A-HJ-NPR-Z"
#: Letter values of 49 CFR 565.15 (digits stand for themselves).
_VALUES = dict(
    zip(
        "ABCDEFGHJKLMNPRSTUVWXYZ",
        (1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9),
        strict=True,
    )
)
_VALUES.update({str(d): d for d in range(10)})
_WEIGHTS = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)
_CHARS = frozenset("0123456789ABCDEFGHJKLMNPRSTUVWXYZ")
#: A capital letter followed by 14 VIN characters: every VIN holds one in its first three.
_SEED = re.compile(r"[A-HJ-NPR-Z][0-9A-HJ-NPR-Z]{14}")
#: Model-year codes (position 10): no I, O, Q, U, Z and no 0.
MODEL_YEAR_CODES = frozenset("ABCDEFGHJKLMNPRSTVWXY123456789")


def vin_check_character(vin: str) -> str:
    """The check character (position 9) that the other 16 characters call for."""
    total = sum(_VALUES[c] * w for c, w in zip(vin, _WEIGHTS, strict=True))
    remainder = total % 11
    return "X" if remainder == 10 else str(remainder)


@register
class VinRecognizer(PatternRecognizer):
    type_id: ClassVar[str] = "vin"
    #: Every match holds 4 ASCII digits in a row (the last four characters).
    digit_run: ClassVar[int] = 4
    pattern: ClassVar[str] = (
        rf"(?=[0-9]{{0,2}}[A-HJ-NPR-Z])"  # a letter in the WMI (see the module docstring)
        rf"[{_ALPHABET}](?<![0-9A-Za-z][{_ALPHABET}])[{_ALPHABET}]{{12}}[0-9]{{4}}(?![0-9A-Za-z])"
    )
    base_score: ClassVar[float] = 0.85
    unchecked_score: ClassVar[float] = 0.3
    context_words: ClassVar[tuple[str, ...]] = (
        "车架号",
        "车架",
        "vin",
        "车辆识别代号",
        "车辆识别码",
        "识别代号",
        "底盘号",
        "车辆识别",
    )
    context_boost: ClassVar[float] = 0.4
    negative_context: ClassVar[tuple[str, ...]] = ("订单", "单号", "sku", "型号", "序列号")

    def matches(self, text: str) -> Iterator[re.Match[str]]:
        """The matches of ``pattern``, found from a capital letter followed by 14 more VIN
        characters (rare in text; digits, which a scan from every VIN character would stop at,
        are not). Tests hold this equal to ``finditer`` over ``pattern``."""
        regex = self.regex()
        pos = floor = 0
        while (hit := _SEED.search(text, pos)) is not None:
            at = start = hit.start()
            while start > floor and at - start < 2 and text[start - 1] in _CHARS:
                start -= 1
            m = regex.match(text, start)
            if m is None:
                pos = at + 1
                continue
            yield m
            pos = floor = m.end()

    def validate(self, value: str, ctx: AnalysisContext) -> dict[str, Any] | None:
        if value[9] not in MODEL_YEAR_CODES or value.isdigit():
            return None
        if sum(c.isalpha() for c in value) < 2:
            return None  # 17-digit numbers with one letter are codes of other kinds
        return {"check_digit": vin_check_character(value) == value[8]}

    def score(self, value: str, attributes: dict[str, Any]) -> float:
        return self.base_score if attributes["check_digit"] else self.unchecked_score

    def mask(self, value: str) -> str:
        return mask_middle(value, 3, 2)
