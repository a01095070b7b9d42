"""Mainland China fixed-line numbers: area code + local number.

``010-12345678``, ``(0755)86001234``, ``021 5888 1234``, ``0571-87654321-808`` (extension). The
area code must exist in the numbering plan (checked with ``phonenumbers``); a bare 11/12-digit run
without separator is accepted only with context, since it is indistinguishable from other numbers.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
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

Rule = tuple[frozenset[int], re.Pattern[str]] | None

#: Number categories that libphonenumber tests before fixed lines (a number in one of them is not
#: a fixed line even if the fixed-line pattern also matches).
_EARLIER_CATEGORIES = (
    "premium_rate",
    "toll_free",
    "shared_cost",
    "voip",
    "personal_number",
    "pager",
    "uan",
    "voicemail",
)


def _rule(desc: phonenumbers.PhoneNumberDesc | None) -> Rule:
    if desc is None or not desc.national_number_pattern:
        return None
    return frozenset(desc.possible_length), re.compile(desc.national_number_pattern)


@lru_cache(maxsize=1)
def _fixed_line_rules() -> tuple[Rule, tuple[Rule, ...], Rule]:
    metadata = phonenumbers.PhoneMetadata.metadata_for_region("CN")
    if metadata is None:
        raise RuntimeError("phonenumbers has no CN metadata")
    earlier = tuple(_rule(getattr(metadata, name)) for name in _EARLIER_CATEGORIES)
    return _rule(metadata.general_desc), earlier, _rule(metadata.fixed_line)


def _matches(rule: Rule, national: str) -> bool:
    if rule is None:
        return False
    lengths, regex = rule
    return (not lengths or len(national) in lengths) and regex.fullmatch(national) is not None


def is_cn_fixed_line(national: str) -> bool:
    """Whether a national number (area code without its 0, then the local number) is a valid
    fixed line in libphonenumber's CN metadata.

    The same decisions as ``phonenumbers.number_type`` (general pattern, then the categories it
    tests first, then fixed line), taken from the metadata directly: that function costs tens of
    microseconds a call. Tests compare the two.
    """
    general, earlier, fixed = _fixed_line_rules()
    return (
        _matches(general, national)
        and not any(_matches(rule, national) for rule in earlier)
        and _matches(fixed, national)
    )


#: The number with its area code, and the optional country prefix: ``pattern`` is the two
#: together; the fast scan in ``analyze`` looks for the number and then back for a prefix.
_NUMBER = (
    r"(?:\((?P<ap>0?[1-9][0-9]{1,2})\) ?|(?P<a>0[1-9][0-9]{1,2})(?P<sep>[- ]?))"
    r"(?P<local>[2-9][0-9]{2,3}[ -]?[0-9]{4})(?:-(?P<ext>[0-9]{1,5}))?(?![0-9])"
)
_COUNTRY = r"(?<![0-9])(?:(?:\+86|0086)[ -]?)"
_CORE = re.compile(_NUMBER)
_PREFIX = re.compile(_COUNTRY + "$")


@register
class LandlineRecognizer(PatternRecognizer):
    type_id: ClassVar[str] = "cn_landline"
    #: Every match holds 4 ASCII digits in a row (the last four digits of the local number).
    digit_run: ClassVar[int] = 4
    # the leading boundary of _COUNTRY applies with or without a prefix, as in the scan
    pattern: ClassVar[str] = _COUNTRY + "?" + _NUMBER
    base_score: ClassVar[float] = 0.65
    bare_score: ClassVar[float] = 0.35
    context_words: ClassVar[tuple[str, ...]] = (
        "电话",
        "座机",
        "固话",
        "联系",
        "致电",
        "传真",
        "tel",
        "phone",
        "fax",
        "热线",
    )
    negative_context: ClassVar[tuple[str, ...]] = (
        "订单",
        "单号",
        "流水号",
        "运单",
        "编号",
        "order",
        "tracking",
        "版本",
    )

    def analyze(self, text: str, ctx: AnalysisContext) -> Iterator[Finding]:
        """Same matches as ``pattern``, found by scanning for the number without its optional
        country prefix (a leading optional group makes the scan several times slower)."""
        pos = 0
        while (m := _CORE.search(text, pos)) is not None:
            start = extend_over_prefix(text, m.start(), _PREFIX, "0123456789")
            if start is None:
                # refused (a digit before it): the full pattern may still match later inside
                # this span (…20010-62345678-010-62345678), so look again one character on
                pos = m.start() + 1
                continue
            pos = m.end()
            finding = self.finding(text, start, m, ctx)
            if finding is not None:
                yield finding

    def finding(
        self, text: str, start: int, m: re.Match[str], ctx: AnalysisContext
    ) -> Finding | None:
        """The finding for a match of the number (groups of ``_NUMBER``) starting at ``start``
        (before its country prefix, if any), or ``None`` if the number is not a fixed line."""
        area = m.group("ap") or m.group("a")
        if not area.startswith("0"):
            area = "0" + area
        local = m.group("local").replace(" ", "").replace("-", "")
        if len(area) + len(local) not in (11, 12) or not is_cn_fixed_line(area[1:] + local):
            return None
        separated = m.group("ap") is not None or bool(m.group("sep"))
        score = self.base_score if separated else self.bare_score
        score += self.context_adjustment(text, start, ctx)
        attributes: dict[str, Any] = {"area_code": area}
        if m.group("ext"):
            attributes["extension"] = True
        preview = mask_middle(area + local, len(area), 2)
        return Finding(start, m.end(), self.type_id, min(1.0, score), preview, attributes)
