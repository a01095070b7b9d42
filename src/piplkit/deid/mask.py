"""Format-preserving masking: star characters, keep length, separators and chosen ends.

``keep_start``/``keep_end`` count significant characters only (letters, digits, CJK), so that
``010-12345678`` with 4 + 2 kept becomes ``010-******78``: the dash does not eat a kept digit and
stays where it was. The masked value has exactly the length of the original.
"""

from __future__ import annotations

from piplkit.deid.policy import MaskRule
from piplkit.detect.ner.lexicon import lexicon


def is_significant(ch: str) -> bool:
    return ch.isalnum()


def mask_value(value: str, rule: MaskRule) -> str:
    """``value`` masked by ``rule`` (same length; at least one character is always starred)."""
    if not value:
        return value
    if rule.keep_domain and "@" in value:
        local, _, domain = value.rpartition("@")
        return _mask(local, rule.keep_start, 0, rule) + "@" + domain
    keep_start, keep_end = rule.keep_start, rule.keep_end
    if rule.keep_surname:
        surname = lexicon().surname_of(value.strip())
        keep_start, keep_end = (len(surname) if surname else 1), 0
    return _mask(value, keep_start, keep_end, rule)


def _mask(value: str, keep_start: int, keep_end: int, rule: MaskRule) -> str:
    if value.isalnum() or not rule.keep_separators:  # fast path: no separators to step over
        n = len(value)
        while keep_start + keep_end >= n and (keep_start or keep_end):
            if keep_end:
                keep_end -= 1
            else:
                keep_start -= 1
        return value[:keep_start] + rule.char * (n - keep_start - keep_end) + value[n - keep_end :]
    if rule.keep_separators:
        positions = [i for i, ch in enumerate(value) if is_significant(ch)]
    else:
        positions = list(range(len(value)))
    n = len(positions)
    if n == 0:
        return value
    # Never keep everything: a value shorter than what the rule keeps loses its end first.
    while keep_start + keep_end >= n and (keep_start or keep_end):
        if keep_end:
            keep_end -= 1
        else:
            keep_start -= 1
    hidden = set(positions[keep_start : n - keep_end])
    return "".join(rule.char if i in hidden else ch for i, ch in enumerate(value))
