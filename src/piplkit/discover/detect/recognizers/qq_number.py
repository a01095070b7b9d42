"""QQ numbers (Tencent QQ account numbers, network identity information).

5 to 11 digits, not starting with 0 — the shape of every other number, so a QQ number is only
reported right after a cue: QQ, QQ号(码), 扣扣, 企鹅号 (0.8). "QQ群" (a group, not a person)
and "QQ邮箱" are not cues for a number. ``12345678@qq.com`` is an e-mail address: the number
must not run into an ``@``, and the e-mail recognizer reports the address; a number written
alone is not reported as a whole cell either (a header decides such a column).
"""

from __future__ import annotations

from typing import Any, ClassVar

from piplkit.discover.detect.cued import CuedRecognizer
from piplkit.discover.detect.masking import mask_middle
from piplkit.discover.detect.recognizer import AnalysisContext
from piplkit.discover.detect.registry import register


@register
class QqNumberRecognizer(CuedRecognizer):
    type_id: ClassVar[str] = "qq_number"
    pattern: ClassVar[str] = r"(?<![0-9A-Za-z])[1-9][0-9]{4,10}(?![0-9@]|\.[0-9])"
    cues: ClassVar[tuple[str, ...]] = ("QQ", "扣扣", "企鹅号", "Q号", "qq号")
    needs_digit: ClassVar[bool] = True
    cue_score: ClassVar[float] = 0.8

    def validate(self, value: str, ctx: AnalysisContext) -> dict[str, Any] | None:
        return None if len(set(value)) == 1 else {}

    def mask(self, value: str) -> str:
        return mask_middle(value, 2, 2)
