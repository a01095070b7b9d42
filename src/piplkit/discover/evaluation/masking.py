"""Length-preserving masks for error listings.

Masks keep the length of the value so that a masked sentence still lines up with the offsets of
gold spans and findings, which is what makes a boundary error readable without the raw value.
"""

from __future__ import annotations

from collections.abc import Iterable

from piplkit.discover.detect.masking import mask_email, mask_generic, mask_middle, mask_name


def mask_value(value: str, type_id: str | None) -> str:
    if type_id == "person_name":
        return mask_name(value)
    if type_id == "email" and "@" in value:
        return mask_email(value)
    if type_id == "address":
        return mask_middle(value, 3, 0)
    return mask_generic(value)


def masked_text(text: str, spans: Iterable[tuple[int, int, str | None]]) -> str:
    """``text`` with every ``(start, end, type)`` span masked in place (same length)."""
    chars = list(text)
    for start, end, type_id in spans:
        chars[start:end] = list(mask_value(text[start:end], type_id))
    return "".join(chars)


def masked_context(
    text: str,
    spans: Iterable[tuple[int, int, str | None]],
    mark: tuple[int, int],
    window: int = 10,
) -> str:
    """A window of the masked sentence around ``mark``, with the marked span in brackets."""
    masked = masked_text(text, spans)
    start, end = mark
    left = max(0, start - window)
    right = min(len(masked), end + window)
    return (
        ("…" if left else "")
        + masked[left:start]
        + "["
        + masked[start:end]
        + "]"
        + masked[end:right]
        + ("…" if right < len(masked) else "")
    )
