"""Mainland China mobile numbers in the common writings.

``13812345678``, ``138-1234-5678``, ``138 1234 5678``, ``+86 138 1234 5678``, ``+8613812345678``,
``0086-138…``, ``8613812345678``. Numbering ranges are checked with ``phonenumbers`` (Google's
libphonenumber metadata), so unassigned prefixes such as 120 or 100 do not pass.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache, lru_cache
from typing import Any, ClassVar

import phonenumbers

from piplkit.discover.detect.masking import mask_middle
from piplkit.discover.detect.model import Finding
from piplkit.discover.detect.recognizer import (
    AnalysisContext,
    PatternRecognizer,
    extend_over_prefix,
)
from piplkit.discover.detect.registry import register


@cache
def mobile_ranges() -> re.Pattern[str]:
    """The mobile numbering ranges of the CN metadata in libphonenumber, as one regex.

    Matching the metadata's own national-number pattern is what ``phonenumbers.number_type``
    does for these numbers, without its per-call overhead (tests compare the two).
    """
    metadata = phonenumbers.PhoneMetadata.metadata_for_region("CN")
    if metadata is None or metadata.mobile is None or not metadata.mobile.national_number_pattern:
        raise RuntimeError("phonenumbers has no CN mobile metadata")
    return re.compile(metadata.mobile.national_number_pattern)


@lru_cache(maxsize=1 << 17)
def is_cn_mobile_prefix(prefix7: str) -> bool:
    """Whether an 11-digit number starting with these 7 digits is a valid mobile number (the
    first seven digits decide validity in the CN metadata)."""
    return mobile_ranges().fullmatch(prefix7 + "0000") is not None


def national_digits(value: str) -> str:
    """The 11 national digits of a matched number, without country prefix or separators."""
    if len(value) == 11:
        return value
    return _NON_DIGIT.sub("", value)[-11:]


_NON_DIGIT = re.compile(r"[^0-9]")
#: The number, and the country prefixes written before it: ``pattern`` is the two together; the
#: fast scan in ``analyze`` looks for the number and then back for a prefix.
_NUMBER = r"1[3-9][0-9](?P<sep>[ -]?)[0-9]{4}(?P=sep)[0-9]{4}(?![0-9])"
#: ``86`` glued to the number (8613812345678) is how SMS gateways and carriers log numbers.
_COUNTRY = r"(?<![0-9+])(?:(?:\+|00)86[ -]?|\(\+86\) ?|86-?)"
_CORE = re.compile(_NUMBER)
_PREFIX = re.compile(_COUNTRY + "$")


@register
class MobileRecognizer(PatternRecognizer):
    type_id: ClassVar[str] = "cn_mobile"
    #: Every match holds 4 ASCII digits in a row (the last group of four).
    digit_run: ClassVar[int] = 4
    pattern: ClassVar[str] = _COUNTRY + "?" + _NUMBER
    base_score: ClassVar[float] = 0.7
    context_words: ClassVar[tuple[str, ...]] = (
        "手机",
        "电话",
        "联系",
        "致电",
        "号码",
        "tel",
        "phone",
        "mobile",
        "call",
        "微信",
    )
    negative_context: ClassVar[tuple[str, ...]] = (
        "订单",
        "单号",
        "流水号",
        "运单",
        "快递单",
        "编号",
        "order",
        "tracking",
        "qq",
    )

    def analyze(self, text: str, ctx: AnalysisContext) -> Iterator[Finding]:
        """Same matches as ``pattern``, found by scanning for the bare number (about 10x faster)."""
        for m in _CORE.finditer(text):
            start = extend_over_prefix(text, m.start(), _PREFIX, "0123456789+")
            if start is None:
                continue
            end = m.end()
            value = text[start:end]
            national = national_digits(value)
            if not is_cn_mobile_prefix(national[:7]):
                continue
            score = self.base_score + self.context_adjustment(text, start, ctx)
            preview = mask_middle(national, 3, 4)
            yield Finding(start, end, self.type_id, min(1.0, score), preview)

    def validate(self, value: str, ctx: AnalysisContext) -> dict[str, Any] | None:
        national = national_digits(value)
        if not is_cn_mobile_prefix(national[:7]):
            return None
        return {}

    def mask(self, value: str) -> str:
        return mask_middle(national_digits(value), 3, 4)
