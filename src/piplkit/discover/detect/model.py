"""The finding: one detected span of personal information, safe to print.

A finding never carries the raw value, only its offsets and a masked preview, so that reports,
logs and test snapshots built from findings cannot leak PI by accident.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Any, NamedTuple

#: The attributes of findings created without any (read-only, so it can be shared).
NO_ATTRIBUTES: Mapping[str, Any] = MappingProxyType({})


class Finding(NamedTuple):
    """A span ``text[start:end]`` (Python str offsets, end exclusive) recognised as ``type``.

    Immutable. A named tuple rather than a frozen dataclass because identifier-dense text yields
    a finding every few dozen characters, and a frozen dataclass costs four times as much to
    build (measured: 1.0 µs against 0.27 µs).
    """

    start: int
    end: int
    type: str
    score: float
    preview: str
    attributes: Mapping[str, Any] = NO_ATTRIBUTES

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form: the fixed keys first, then the type-specific attributes."""
        out: dict[str, Any] = {
            "start": self.start,
            "end": self.end,
            "type": self.type,
            "score": round(self.score, 3),
            "preview": self.preview,
        }
        out.update(self.attributes)
        return out

    def overlaps(self, other: Finding) -> bool:
        return self.start < other.end and other.start < self.end
