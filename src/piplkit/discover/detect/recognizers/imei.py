"""IMEI (International Mobile Equipment Identity) and IMEISV: the serial number of a phone.

An IMEI is 15 digits: an 8-digit type allocation code (TAC), a 6-digit serial number and a Luhn
check digit; the IMEISV replaces the check digit with a 2-digit software version (16 digits, no
check). The first two digits of the TAC are the reporting body identifier (GSMA TS.06 Annex A:
01, 10, 30, 33, 35, 44, 45, 49, 50-54, 86 (TAF, China), 91, 98, 99; 00 and 02-09 are test
IMEIs and are not accepted). Written bare (``862012345678903``) or in the groups of TS.06
(``86-201234-567890-3``).

Scores, and why:

* after a cue (IMEI, 串号, 设备识别码 …, with a short label such as "（卡槽1）" between): 0.9 for a
  valid IMEI, 0.8 for an IMEISV;
* a whole input (a table cell) that is a valid 15-digit IMEI: 0.45 — under the text threshold
  (0.5) but over the cell threshold (0.3). A Luhn-valid 15-digit number with a reporting-body
  prefix is strong evidence in a column of them, but in running text one in ten 15-digit order
  numbers or legacy resident IDs starting with such a prefix passes the same test, so running
  text needs the cue. A legacy resident ID cell that also passes scores 0.35 as an ID; the
  column's majority decides;
* a bare 16-digit IMEISV cell: not reported (16-digit card numbers have the same shape).
"""

from __future__ import annotations

from typing import Any, ClassVar

from piplkit.discover.detect.checksums import luhn_valid
from piplkit.discover.detect.cued import CuedRecognizer
from piplkit.discover.detect.masking import mask_middle
from piplkit.discover.detect.recognizer import AnalysisContext
from piplkit.discover.detect.registry import register

#: Reporting body identifiers of GSMA TS.06 Annex A (current and former allocators).
REPORTING_BODIES = frozenset(
    "01 10 30 33 35 44 45 49 50 51 52 53 54 86 91 98 99".split()  # noqa: SIM905
)


def imei_digits(value: str) -> str:
    return value.replace("-", "").replace(" ", "")


@register
class ImeiRecognizer(CuedRecognizer):
    type_id: ClassVar[str] = "imei"
    pattern: ClassVar[str] = (
        r"(?<![0-9])(?:[0-9]{15,16}"
        r"|[0-9]{2}(?P<sep>[- ])[0-9]{6}(?P=sep)[0-9]{6}(?P=sep)[0-9]{1,2})(?![0-9])"
    )
    cues: ClassVar[tuple[str, ...]] = (
        "IMEI",
        "IMEISV",
        "串号",
        "串码",
        "移动设备识别码",
        "设备识别码",
        "国际移动设备",
        "手机识别码",
    )
    filler: ClassVar[bool] = True
    needs_digit: ClassVar[bool] = True
    base_score: ClassVar[float] = 0.45
    cue_score: ClassVar[float] = 0.9
    sv_cue_score: ClassVar[float] = 0.8

    def validate(self, value: str, ctx: AnalysisContext) -> dict[str, Any] | None:
        digits = imei_digits(value)
        if digits[:2] not in REPORTING_BODIES or len(set(digits[2:])) == 1:
            return None
        if len(digits) == 15:
            return {"kind": "imei"} if luhn_valid(digits) else None
        if len(digits) == 16:
            return {"kind": "imeisv"}
        return None

    def score(self, value: str, attributes: dict[str, Any]) -> float:
        return self.base_score if attributes["kind"] == "imei" else 0.0

    def cue_value_score(self, value: str, attributes: dict[str, Any]) -> float:
        return self.cue_score if attributes["kind"] == "imei" else self.sv_cue_score

    def mask(self, value: str) -> str:
        return mask_middle(imei_digits(value), 4, 2)
