"""Travel permits between Taiwan and the mainland.

* 台湾居民来往大陆通行证 ("台胞证", Mainland Travel Permit for Taiwan Residents): since
  2008-09-25 the number is the holder's 8-digit lifetime number ("一人一号、终身不变"), also on
  the card-type permit issued since 2015. Books issued from 1992 carry 10 digits (the lifetime
  number and a 2-digit issue count) followed by the issuing office in brackets, e.g.
  ``0561682001(D)``; from June 2006 Fujian, Jiangsu and Shanghai dropped the bracket (10 digits).
  Source: the 2008 announcement as reported by 中新网, 2008-09-12 (copy read at
  http://www.ncdzx.com/sy/rdxw/200809/t20080912_742862.htm) and the NIA's 中国出入境观察
  2020 issue 21, p. 36 (https://www.nia.gov.cn/magazine/2020/ImmigrationObservationSeptember/
  files/basic-html/page36.html).
* 大陆居民往来台湾通行证 (permit for mainland residents): the format of its number was not found
  in an official text; after its cue a letter and 8 digits or 8 digits are accepted
  (``verified: false``), reported as ``holder: mainland_resident``.

8 or 10 digits are the shape of invoice numbers, dates and epoch times, so in running text only
a cue (台胞证, 来往大陆通行证, MTP …) within a few characters makes a number a permit (0.85). A
whole input scores: ``1234567801(B)`` 0.45 (the bracketed office code is telling); 8 digits that
do not read as a YYYYMMDD date 0.3 with ``shape_only`` set, for the column classifier to weigh
with the header (an 8-digit column without a permit header is no evidence); 10 bare digits, and
the mainland residents' writing, nothing.
"""

from __future__ import annotations

from datetime import date
from typing import Any, ClassVar

from piplkit.discover.detect.cued import CuedRecognizer
from piplkit.discover.detect.masking import mask_middle
from piplkit.discover.detect.recognizer import AnalysisContext
from piplkit.discover.detect.registry import register

#: Cues that name the permit of mainland residents going to Taiwan.
_MAINLAND_CUES = ("往来台湾", "往來臺灣", "陆胞证", "大通证")


def _reads_as_date(digits: str) -> bool:
    try:
        date(int(digits[:4]), int(digits[4:6]), int(digits[6:8]))
    except ValueError:
        return False
    return 1900 <= int(digits[:4]) <= 2099


@register
class TaiwanPermitRecognizer(CuedRecognizer):
    type_id: ClassVar[str] = "taiwan_permit"
    pattern: ClassVar[str] = (
        r"(?<![0-9A-Za-z])(?:[0-9]{8}(?:[0-9]{2})?(?:[（(][A-Z0-9][)）])?|[A-Z][0-9]{8})"
        r"(?![0-9A-Za-z])"
    )
    cues: ClassVar[tuple[str, ...]] = (
        "台胞证",
        "臺胞證",
        "台胞",
        "来往大陆通行证",
        "來往大陸通行證",
        "台湾居民通行证",
        "台湾通行证",
        "往来台湾通行证",
        "往來臺灣通行證",
        "陆胞证",
        "大通证",
        "MTP",
    )
    filler: ClassVar[bool] = True
    needs_digit: ClassVar[bool] = True
    cue_score: ClassVar[float] = 0.85
    base_score: ClassVar[float] = 0.3
    bracketed_score: ClassVar[float] = 0.45

    def validate(self, value: str, ctx: AnalysisContext) -> dict[str, Any] | None:
        if value[0].isalpha():
            return {"holder": "mainland_resident", "format": "letter8"}
        digits = value[:10] if value[8:10].isdigit() else value[:8]
        if len(set(digits)) == 1:
            return None
        writing = "bracketed" if value[-1] in ")）" else f"digits{len(digits)}"
        return {"holder": "taiwan_resident", "format": writing}

    def after_cue(
        self, cue: str, between: str, value: str, attributes: dict[str, Any]
    ) -> dict[str, Any] | None:
        mainland = any(c in cue for c in _MAINLAND_CUES)
        if mainland:
            return {"holder": "mainland_resident", "format": attributes["format"]}
        if attributes["holder"] == "mainland_resident":
            return None  # a letter-prefixed number after a 台胞证 cue is something else
        return attributes

    def score(self, value: str, attributes: dict[str, Any]) -> float:
        writing = attributes["format"]
        if writing == "bracketed":
            return self.bracketed_score
        if writing == "digits8" and not _reads_as_date(value):
            attributes["shape_only"] = True
            return self.base_score
        return 0.0

    def mask(self, value: str) -> str:
        return mask_middle(value, 1, 2)
