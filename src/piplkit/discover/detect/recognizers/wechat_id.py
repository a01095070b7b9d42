"""WeChat ids (微信号, network identity information).

A WeChat id is 6-20 characters, starts with a letter and holds letters, digits, ``_`` and ``-``;
accounts registered without one have an internal id ``wxid_…``. Ordinary words have the same
shape, so an id is reported after a cue (微信, 微信号, vx, wx, V信, weixin, wechat …): 0.8;
a value of letters only (``zhangsanfeng``) needs an explicit separator or label after the cue
(``微信：``, ``微信号是``) or must follow a Chinese cue directly (``加我微信abcdef``), since
"wechat please" is prose. ``wxid_`` ids are telling on their own (0.75).
Phone numbers given as WeChat accounts ("微信同手机号") are found by the mobile recognizer.
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

#: What makes a value of letters only an id: an assignment or a label after the cue.
_EXPLICIT = re.compile(r"[:：=＝]|是|为|叫|号|账号|ID|id")
_WXID = re.compile(r"wxid_[A-Za-z0-9]{4,30}(?![-_A-Za-z0-9])", re.IGNORECASE)


@register
class WechatIdRecognizer(CuedRecognizer):
    type_id: ClassVar[str] = "wechat_id"
    pattern: ClassVar[str] = (
        r"(?<![-_A-Za-z0-9])(?:wxid_[A-Za-z0-9]{4,30}|[A-Za-z][-_A-Za-z0-9]{5,19})"
        r"(?![-_A-Za-z0-9@])"
    )
    cues: ClassVar[tuple[str, ...]] = (
        "微信",
        "微信号",
        "微信ID",
        "vx",
        "wx",
        "V信",
        "薇信",
        "weixin",
        "wechat",
        "WeChat ID",
        "wxid_",
    )
    cue_score: ClassVar[float] = 0.8
    wxid_score: ClassVar[float] = 0.75

    def analyze_with_cues(
        self, text: str, hits: list[re.Match[str]], ctx: AnalysisContext
    ) -> Iterator[Finding]:
        wxids = [h for h in hits if h.group().lower() == "wxid_"]
        found = list(super().analyze_with_cues(text, [h for h in hits if h not in wxids], ctx))
        yield from found
        for hit in wxids:
            m = _WXID.match(text, hit.start())
            if m is None or any(f.start <= hit.start() < f.end for f in found):
                continue
            value = m.group()
            yield Finding(
                m.start(),
                m.end(),
                self.type_id,
                self.wxid_score,
                self.mask(value),
                {"kind": "wxid"},
            )

    def validate(self, value: str, ctx: AnalysisContext) -> dict[str, Any] | None:
        return {"kind": "wxid" if value.startswith("wxid_") else "wechat_id"}

    def after_cue(
        self, cue: str, between: str, value: str, attributes: dict[str, Any]
    ) -> dict[str, Any] | None:
        # Letters only: an id after an explicit assignment or label, or right after a Chinese
        # cue ("加我微信abcdef"); "wechat please" is prose.
        if value.isalpha() and not _EXPLICIT.search(between) and (between or cue.isascii()):
            return None
        return attributes

    def mask(self, value: str) -> str:
        return mask_middle(value, 2, 1)
