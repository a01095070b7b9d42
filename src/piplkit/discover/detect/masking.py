"""Masked previews of detected values.

Reports show enough of a value for a person to recognise its shape (a region prefix, the last
digits) and never enough to identify anyone.
"""

from __future__ import annotations

MASK_CHAR = "*"


def mask_middle(value: str, keep_start: int, keep_end: int) -> str:
    """Keep ``keep_start`` leading and ``keep_end`` trailing characters, star the rest.

    Short values are starred more aggressively so that at least a third of the value is hidden
    (``138****5678`` keeps the customary 3 + 4 digits of a mobile number).
    """
    n = len(value)
    if n == 0:
        return ""
    while keep_start + keep_end > n - max(1, (n + 2) // 3) and (keep_start or keep_end):
        if keep_start >= keep_end and keep_start:
            keep_start -= 1
        else:
            keep_end -= 1
    tail = value[n - keep_end :] if keep_end else ""
    return value[:keep_start] + MASK_CHAR * (n - keep_start - keep_end) + tail


def mask_email(value: str) -> str:
    local, _, domain = value.partition("@")
    return mask_middle(local, 1, 0) + "@" + domain


def mask_name(value: str) -> str:
    """Keep the first character (usually the surname) of a name."""
    if len(value) <= 1:
        return MASK_CHAR
    return value[0] + MASK_CHAR * (len(value) - 1)


def mask_generic(value: str) -> str:
    return mask_middle(value, 2, 2)
