"""Format-preserving masking: star characters, keep length, separators and chosen ends.

``keep_start``/``keep_end`` count significant characters only (letters, digits, CJK), so that
``010-12345678`` with 4 + 2 kept becomes ``010-******78``: the dash does not eat a kept digit and
stays where it was. The masked value has exactly the length of the original.

A value that failed its type's validation (a "phone number" in a data-only number segment, an ID
with a province-level region code, a dirty cell) is masked by :func:`fallback_mask`: the kept
ends were chosen for the shape of a valid value, and on some other string they could show most
of it, so only a short start stays.
"""

from __future__ import annotations

from piplkit.discover.detect.ner.lexicon import lexicon
from piplkit.protect.deid.policy import MaskRule


def is_significant(ch: str) -> bool:
    return ch.isalnum()


def mask_value(value: str, rule: MaskRule) -> str:
    """``value`` masked by ``rule`` (same length; at least one character is always starred)."""
    if not value:
        return value
    if rule.keep_domain and "@" in value:
        local, _, domain = value.rpartition("@")
        if any(is_significant(ch) for ch in local):
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
        if not positions:  # only punctuation: star it too, a masked cell never comes back as-is
            positions = [i for i, ch in enumerate(value) if not ch.isspace()]
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


#: An invalid value keeps at most this share of its letters and digits, from the start only.
FALLBACK_KEEP_SHARE = 1 / 3


def fallback_mask(value: str, rule: MaskRule) -> str:
    """``value`` masked for a cell that is not a valid value of its type.

    Keeps at most ``keep_start`` leading characters and at most a third of the letters and
    digits, and never the end: ``14912345678`` under the phone rule (3 + 4 kept) becomes
    ``149********``, an ID with a province-level region code keeps its 6 leading digits only.
    """
    significant = sum(1 for ch in value if is_significant(ch))
    keep = min(rule.keep_start, int(significant * FALLBACK_KEEP_SHARE))
    plain = MaskRule(op="mask", keep_start=keep, char=rule.char, keep_separators=True)
    return _mask(value, keep, 0, plain)
