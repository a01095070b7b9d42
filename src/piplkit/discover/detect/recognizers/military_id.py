"""Military identity documents: 军官证, 士兵证, 文职干部证 and similar (``military_id``).

Their numbers are written as an issuing-organ character, 字第, digits and 号: ``军字第1234567号``,
``南字第…号``, ``海字第…号``, ``士字第…号``, ``文字第…号``. That writing is specific enough to be
reported without a cue (0.8; a cue such as 军官证 adds 0.15). The organ characters accepted are
those of the former military regions and general departments (北 沈 兰 济 南 广 成 京 参 政 后
装), the services (海 空 火 武 战), the theatre commands since 2016 (东 西 中) and the
document kinds (军 士 文 联); the number of digits is not fixed in any text found, so 4-10
are accepted. The format is piplkit's reading of documents seen in public forms: ``verified:
false``. Bare digits count only right after a cue (军官证号：1234567 → 0.75).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any, ClassVar

from piplkit.discover.detect.cued import CuedRecognizer
from piplkit.discover.detect.masking import mask_middle
from piplkit.discover.detect.model import Finding
from piplkit.discover.detect.recognizer import AnalysisContext
from piplkit.discover.detect.registry import register

ORGANS = "北沈兰济南广成京参政后装海空火武战东西中军士文联"
_SHAPED = re.compile(rf"[{ORGANS}]字第[0-9]{{4,10}}号")
_CONTEXT_BACK = 12


@register
class MilitaryIdRecognizer(CuedRecognizer):
    type_id: ClassVar[str] = "military_id"
    pattern: ClassVar[str] = (
        rf"(?:[{ORGANS}]字第[0-9]{{4,10}}号|(?<![0-9A-Za-z])[0-9]{{5,10}}(?![0-9A-Za-z]))"
    )
    cues: ClassVar[tuple[str, ...]] = (
        "军官证",
        "士兵证",
        "士官证",
        "文职干部证",
        "文职人员证",
        "军人证",
        "军人身份证",
        "军官证件",
        "字第",
    )
    filler: ClassVar[bool] = True
    base_score: ClassVar[float] = 0.8
    cue_score: ClassVar[float] = 0.75
    shaped_cue_score: ClassVar[float] = 0.95
    #: Without cue hits :meth:`analyze_with_cues` finds only what ``whole`` finds (no 字第 hit,
    #: no shaped value): the engine may rule a text out with a full match of the pattern first.
    whole_only_without_cues: ClassVar[bool] = True

    def analyze_with_cues(
        self, text: str, hits: list[re.Match[str]], ctx: AnalysisContext
    ) -> Iterator[Finding]:
        shaped = [h for h in hits if h.group() == "字第"]
        found = list(super().analyze_with_cues(text, [h for h in hits if h.group() != "字第"], ctx))
        yield from found
        for hit in shaped:
            at = hit.start() - 1
            m = _SHAPED.match(text, at) if at >= 0 else None
            if m is None or any(f.start <= at < f.end for f in found):
                continue
            window = text[max(0, at - _CONTEXT_BACK) : at]
            cued = self.cue_regex().search(window) is not None
            score = self.shaped_cue_score if cued else self.base_score
            value = m.group()
            yield Finding(
                at, m.end(), self.type_id, score, self.mask(value), {"writing": "organ_serial"}
            )

    def validate(self, value: str, ctx: AnalysisContext) -> dict[str, Any] | None:
        return {"writing": "organ_serial" if "字第" in value else "digits"}

    def score(self, value: str, attributes: dict[str, Any]) -> float:
        return self.base_score if attributes["writing"] == "organ_serial" else 0.0

    def cue_value_score(self, value: str, attributes: dict[str, Any]) -> float:
        if attributes["writing"] == "organ_serial":
            return self.shaped_cue_score
        return self.cue_score

    def mask(self, value: str) -> str:
        if "字第" in value:
            digits = value[3:-1]
            return value[:3] + mask_middle(digits, 0, 2) + "号"
        return mask_middle(value, 1, 2)
