"""The finding: one detected span of personal information, safe to print.

A finding never carries the raw value, only its offsets and a masked preview, so that reports,
logs and test snapshots built from findings cannot leak PI by accident.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True, slots=True)
class Finding:
    """A span ``text[start:end]`` (Python str offsets, end exclusive) recognised as ``type``."""

    start: int
    end: int
    type: str
    score: float
    preview: str
    attributes: dict[str, Any] = field(default_factory=dict)

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
