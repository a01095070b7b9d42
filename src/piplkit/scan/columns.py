"""Column classifier: decide which PI type a table column holds from its values and header.

Values decide. A cell counts for a type when one finding covers (almost) the whole cell; the
type held by enough of the non-empty cells wins. A header hint (``hints.py``) lowers the share
needed and breaks ties, and it is what classifies the weak types (person_name, address) whose
values are only checked for a plausible shape. Matches that look like chance (1 in 10 random
numbers passes a Luhn check, so 10 % of an order-number column "are" bank cards) are dropped:
when most cells with the same shape as the matches do not match, the matches are noise.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

from piplkit.detect.model import Finding
from piplkit.scan.hints import WEAK_TYPES

#: Share of non-empty cells that must hold valid values of a type, without / with a header hint.
MIN_SHARE = 0.5
MIN_SHARE_WITH_HINT = 0.2
#: Under a header naming a machine identifier (order number, serial) nearly all must match.
MIN_SHARE_NEGATIVE = 0.9
#: Weak types decided from values alone (no hint) need this share of recognizer matches.
MIN_SHARE_WEAK = 0.7
#: A hinted weak-type column needs this share of plausibly shaped values.
MIN_PLAUSIBLE = 0.6
#: Below this share of matches among same-shaped cells, matches are chance.
MIN_SHAPE_PRECISION = 0.3
#: Masked examples kept per type.
MAX_EXAMPLES = 3
#: Characters outside the finding that still leave a cell "wholly" one value (+86, dashes).
_SEPARATORS = str.maketrans("", "", " \t+-()（）./:：,，;；")
_SHAPE = str.maketrans(
    "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ",
    "9" * 10 + "a" * 52,
)


def shape_of(text: str) -> str:
    """Coarse shape of a short value (digits → 9, Latin letters → a); long text → ``"…"``."""
    return text.translate(_SHAPE) if len(text) <= 40 else "…"


def whole_cell_finding(text: str, findings: list[Finding]) -> Finding | None:
    """The finding that is the whole cell (but for separators and a short prefix such as +86)."""
    if not findings:
        return None
    best = max(findings, key=lambda f: f.end - f.start)
    rest = (text[: best.start] + text[best.end :]).translate(_SEPARATORS)
    return best if len(rest) <= 2 else None


@dataclass(slots=True)
class ColumnStats:
    """Mergeable counts for one column (sample, chunk or whole table)."""

    name: str
    sampled: int = 0
    non_empty: int = 0
    whole: Counter[str] = field(default_factory=Counter)
    partial: Counter[str] = field(default_factory=Counter)
    minors: Counter[str] = field(default_factory=Counter)
    plausible: int = 0
    examples: dict[str, list[str]] = field(default_factory=dict)
    #: Shapes of every non-empty cell and of the cells matched per type (sample pass only).
    shapes: Counter[str] = field(default_factory=Counter)
    match_shapes: dict[str, Counter[str]] = field(default_factory=dict)

    def add_cell(
        self, text: str, findings: list[Finding], *, track_shape: bool, weight: int = 1
    ) -> None:
        """Account ``weight`` non-empty cells holding ``text`` and the findings made in it."""
        self.non_empty += weight
        whole = whole_cell_finding(text, findings)
        shape = shape_of(text) if track_shape else ""
        if track_shape:
            self.shapes[shape] += weight
        if whole is not None:
            self.whole[whole.type] += weight
            self._example(whole)
            if track_shape:
                self.match_shapes.setdefault(whole.type, Counter())[shape] += weight
            if whole.attributes.get("minor"):
                self.minors[whole.type] += weight
            return
        for f in findings:
            self.partial[f.type] += weight
            self._example(f)
            if f.attributes.get("minor"):
                self.minors[f.type] += weight

    def add_whole(self, type_id: str, weight: int, minor: bool, preview: Callable[[], str]) -> None:
        """Account cells that are wholly one validated value (full-scan fast path)."""
        self.non_empty += weight
        self.whole[type_id] += weight
        if minor:
            self.minors[type_id] += weight
        kept = self.examples.setdefault(type_id, [])
        if len(kept) < MAX_EXAMPLES:
            masked = preview()
            if masked not in kept:
                kept.append(masked)

    def _example(self, f: Finding) -> None:
        kept = self.examples.setdefault(f.type, [])
        if len(kept) < MAX_EXAMPLES and f.preview not in kept:
            kept.append(f.preview)

    def merge(self, other: ColumnStats) -> None:
        self.sampled += other.sampled
        self.non_empty += other.non_empty
        self.whole.update(other.whole)
        self.partial.update(other.partial)
        self.minors.update(other.minors)
        self.plausible += other.plausible
        self.shapes.update(other.shapes)
        for t, shapes in other.match_shapes.items():
            self.match_shapes.setdefault(t, Counter()).update(shapes)
        for t, previews in other.examples.items():
            kept = self.examples.setdefault(t, [])
            for p in previews:
                if len(kept) < MAX_EXAMPLES and p not in kept:
                    kept.append(p)

    def chance_types(self) -> set[str]:
        """Types whose whole-cell matches are a small part of the cells shaped like them."""
        out: set[str] = set()
        for t, shapes in self.match_shapes.items():
            same_shape = sum(self.shapes[s] for s in shapes if s != "…")
            matched = sum(n for s, n in shapes.items() if s != "…")
            if same_shape and matched / same_shape < MIN_SHAPE_PRECISION:
                out.add(t)
        return out


@dataclass(frozen=True, slots=True)
class Decision:
    pi_type: str | None
    confidence: float
    matches: int
    #: Findings of other types (free text, stray values), by type.
    other: dict[str, int]
    minors: int


def decide(
    stats: ColumnStats,
    *,
    hint: str | None,
    negative: bool,
    chance: set[str],
) -> Decision:
    """Classify a column from its counts; see the module docstring for the rules."""
    n = stats.non_empty
    whole = {t: c for t, c in stats.whole.items() if t not in chance and c}
    minors = sum(c for t, c in stats.minors.items() if t not in chance)
    pi_type: str | None = None
    confidence = 0.0
    if n and whole:
        ranked = sorted(whole.items(), key=lambda tc: (tc[1], tc[0] == hint), reverse=True)
        best, count = ranked[0]
        if hint in whole and whole[hint] >= 0.8 * count:
            best, count = hint, whole[hint]
        share = count / n
        if negative:
            need = MIN_SHARE_NEGATIVE
        elif best in WEAK_TYPES and best != hint:
            need = MIN_SHARE_WEAK
        else:
            need = MIN_SHARE_WITH_HINT if best == hint else MIN_SHARE
        if share >= need:
            pi_type = best
            confidence = min(1.0, share + (0.1 if best == hint else 0.0))
    # Cells where the value sits inside some decoration ("ID: …", an address with a postcode)
    # still hold the column's type.
    matches = stats.whole.get(pi_type, 0) + stats.partial.get(pi_type, 0) if pi_type else 0
    if pi_type is None and n and hint in WEAK_TYPES and not negative:
        plausible_share = stats.plausible / n
        if plausible_share >= MIN_PLAUSIBLE:
            pi_type = hint
            matches = max(stats.plausible, stats.whole.get(hint, 0) + stats.partial.get(hint, 0))
            recognised = stats.whole.get(hint, 0) / n
            confidence = min(1.0, 0.4 + 0.3 * plausible_share + 0.3 * recognised)
    other: Counter[str] = Counter(stats.partial)
    if pi_type is not None:
        other.pop(pi_type, None)  # already counted in ``matches``
    other.update({t: c for t, c in whole.items() if t != pi_type})
    return Decision(pi_type, round(confidence, 3), matches, dict(sorted(other.items())), minors)
