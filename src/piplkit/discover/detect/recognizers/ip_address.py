"""IPv4 and IPv6 addresses (network identity information), validated with :mod:`ipaddress`.

Dotted quads that follow "version"/"版本" are treated as version numbers, not addresses.
"""

from __future__ import annotations

import ipaddress
import re
from functools import lru_cache
from typing import Any, ClassVar

from piplkit.discover.detect.masking import mask_middle
from piplkit.discover.detect.recognizer import AnalysisContext, Anchor, PatternRecognizer
from piplkit.discover.detect.registry import register

_OCTET = r"(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])"
_HEX = frozenset("0123456789abcdefABCDEF")


def ip_attributes(address: ipaddress.IPv4Address | ipaddress.IPv6Address) -> dict[str, Any]:
    scope = "private" if address.is_private else "loopback" if address.is_loopback else "public"
    return {"scope": scope}


#: /24 blocks that hold special-purpose networks smaller than a /24; elsewhere every address of a
#: /24 has the scope of the block (all other special networks are /24 or wider).
_MIXED_BLOCKS = frozenset({"192.0.0", "255.255.255"})


@lru_cache(maxsize=65536)
def _block_scope(block: str) -> dict[str, Any]:
    return ip_attributes(ipaddress.IPv4Address(block + ".1"))


def ipv4_attributes(value: str) -> dict[str, Any]:
    """The scope of a valid dotted quad, looked up once per /24 block."""
    block = value.rpartition(".")[0]
    if block in _MIXED_BLOCKS:
        return ip_attributes(ipaddress.IPv4Address(value))
    return dict(_block_scope(block))


@register
class IPv4Recognizer(PatternRecognizer):
    type_id: ClassVar[str] = "ipv4"
    pattern: ClassVar[str] = (
        # the first octet is spelled so that the pattern starts with a digit class, which lets
        # the regex engine skip ahead (a leading lookbehind makes it try every position)
        r"[0-9](?<![0-9.vV][0-9])(?:(?<=2)(?:5[0-5]|[0-4][0-9])|(?<=1)[0-9]{2}|(?<=[1-9])[0-9]?|)"
        r"(?:\." + _OCTET + r"){3}(?![0-9]|\.[0-9])"
    )
    # the first dot, followed by a digit, comes at most 3 digits after the start
    anchor: ClassVar[Anchor | None] = Anchor(re.compile(r"\.[0-9]"), frozenset("0123456789"), 3)
    base_score: ClassVar[float] = 0.7
    context_words: ClassVar[tuple[str, ...]] = ("ip", "地址", "登录", "访问", "来源", "host")
    negative_context: ClassVar[tuple[str, ...]] = ("版本", "version", "ver.", "build", "v.")

    def validate(self, value: str, ctx: AnalysisContext) -> dict[str, Any] | None:
        first = int(value.partition(".")[0])
        if value == "0.0.0.0" or 224 <= first <= 239 or first == 255:  # unspecified, multicast
            return None
        return ipv4_attributes(value)

    def mask(self, value: str) -> str:
        first, *_ = value.split(".")
        return f"{first}.*.*.*"


@register
class IPv6Recognizer(PatternRecognizer):
    type_id: ClassVar[str] = "ipv6"
    pattern: ClassVar[str] = (
        r"(?<![0-9A-Fa-f:])(?:[0-9A-Fa-f]{0,4}:){2,7}"
        r"(?:[0-9A-Fa-f]{1,4}|" + _OCTET + r"(?:\." + _OCTET + r"){3})?(?![0-9A-Fa-f:])"
    )
    # every address has two colons at most four hex digits apart, at most 4 after the start
    anchor: ClassVar[Anchor | None] = Anchor(re.compile(r":[0-9A-Fa-f]{0,4}:"), _HEX, 4)
    base_score: ClassVar[float] = 0.8
    needs_digit: ClassVar[bool] = False
    context_words: ClassVar[tuple[str, ...]] = ("ip", "ipv6", "地址", "登录", "访问")

    def quick_reject(self, text: str) -> bool:
        return "::" not in text and text.count(":") < 7

    def validate(self, value: str, ctx: AnalysisContext) -> dict[str, Any] | None:
        try:
            address = ipaddress.IPv6Address(value)
        except ValueError:
            return None
        if address.is_unspecified or sum(ch.isalnum() for ch in value) < 4:
            return None
        return ip_attributes(address)

    def mask(self, value: str) -> str:
        head = value.split(":", 1)[0] or ""
        return mask_middle(value, len(head) + 1, 0) if head else "::" + "*" * 4
