"""MAC addresses (EUI-48): the hardware address of a network interface, a device identifier.

Writings: ``00:1A:2B:3C:4D:5E``, ``00-1A-2B-3C-4D-5E``, ``001A.2B3C.4D5E`` (Cisco), and 12 bare
hex digits after a cue (MAC, 物理地址, 网卡地址 …). Not accepted: the all-zero and broadcast
addresses and group (multicast) addresses, whose least significant bit of the first octet is 1
(IEEE 802): they name no single device. Locally administered addresses (randomised Wi-Fi MACs)
are accepted and marked, since they still single out a device for as long as they are used.

Scores: a separated writing 0.75 (the shape is specific; whole cells score the same), six groups
of digits only with hyphens 0.45 (``12-34-56-78-90-12`` could be anything numbered), a bare
12-hex run only after a cue, 0.8. Cues before a separated writing add 0.2.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any, ClassVar

from piplkit.discover.detect.cued import cue_pattern
from piplkit.discover.detect.model import Finding
from piplkit.discover.detect.recognizer import AnalysisContext, Anchor, PatternRecognizer
from piplkit.discover.detect.registry import register

_HEX = frozenset("0123456789abcdefABCDEF")
_H = "[0-9A-Fa-f]"
_GAP = re.compile(r"[ \t:：=＝#＃（(是为]*")
_BARE = re.compile(rf"{_H}{{12}}(?![0-9A-Za-z])")
_CUE_WORDS = ("MAC", "物理地址", "网卡地址", "硬件地址", "BSSID")
_CUES = cue_pattern(_CUE_WORDS)


def mac_digits(value: str) -> str:
    return value.replace(":", "").replace("-", "").replace(".", "").upper()


@register
class MacAddressRecognizer(PatternRecognizer):
    type_id: ClassVar[str] = "mac_address"
    pattern: ClassVar[str] = (
        rf"{_H}(?<![0-9A-Za-z:.\-]{_H})(?:"
        rf"{_H}(?P<s>[:-])(?:{_H}{{2}}(?P=s)){{4}}{_H}{{2}}"
        rf"|{_H}{{3}}\.{_H}{{4}}\.{_H}{{4}}"
        r")(?![0-9A-Za-z]|[:.\-][0-9A-Fa-f])"
    )
    # every writing has a separator followed by hex and another separator at most 4 hex
    # characters after its start; a separated writing has two such groups in a row there
    # (``-1A-2B-``), which dates (``2025-10-12``) and times (``14:34``) do not
    # (alternatives that each start with a literal: the regex engine then skips to them)
    anchor: ClassVar[Anchor | None] = Anchor(
        re.compile(rf":{_H}{{2}}:{_H}{{2}}:|-{_H}{{2}}-{_H}{{2}}-|\.{_H}{{4}}\."), _HEX, 4
    )
    base_score: ClassVar[float] = 0.75
    digits_only_score: ClassVar[float] = 0.45
    bare_cue_score: ClassVar[float] = 0.8
    needs_digit: ClassVar[bool] = False
    context_words: ClassVar[tuple[str, ...]] = ("mac", "物理地址", "网卡", "硬件地址", "bssid")
    context_boost: ClassVar[float] = 0.2
    #: Cues that let a bare 12-hex run count.
    cues: ClassVar[tuple[str, ...]] = _CUE_WORDS

    def quick_reject(self, text: str) -> bool:
        return not self.needs_scan(text) and self.cue_regex().search(text) is None

    def needs_scan(self, text: str) -> bool:
        return ":" in text or "-" in text or "." in text

    @classmethod
    def cue_regex(cls) -> re.Pattern[str]:
        return _CUES

    def analyze(self, text: str, ctx: AnalysisContext) -> Iterator[Finding]:
        return self.analyze_with_cues(text, list(_CUES.finditer(text)), ctx)

    def analyze_with_cues(
        self, text: str, hits: list[re.Match[str]], ctx: AnalysisContext
    ) -> Iterator[Finding]:
        if self.needs_scan(text):
            yield from super().analyze(text, ctx)
        for cue in hits:
            start = _GAP.match(text, cue.end()).end()  # type: ignore[union-attr]
            m = _BARE.match(text, start)
            if m is None or (start and text[start - 1] in _HEX):
                continue
            value = m.group()
            attributes = self.validate(value, ctx)
            if attributes is not None:
                score = self.bare_cue_score
                yield Finding(start, m.end(), self.type_id, score, self.mask(value), attributes)

    def validate(self, value: str, ctx: AnalysisContext) -> dict[str, Any] | None:
        digits = mac_digits(value)
        if digits in ("000000000000", "FFFFFFFFFFFF"):
            return None
        first = int(digits[:2], 16)
        if first & 1:  # group address
            return None
        writing = (
            "colon"
            if ":" in value
            else "hyphen"
            if "-" in value
            else "dotted"
            if "." in value
            else "bare"
        )
        return {"writing": writing, "locally_administered": bool(first & 2)}

    def score(self, value: str, attributes: dict[str, Any]) -> float:
        if attributes["writing"] == "hyphen" and value.replace("-", "").isdigit():
            return self.digits_only_score
        return self.base_score

    def mask(self, value: str) -> str:
        # The first three octets name the manufacturer (OUI), not the device.
        digits = mac_digits(value)
        return ":".join([digits[0:2], digits[2:4], digits[4:6], "**", "**", "**"])
