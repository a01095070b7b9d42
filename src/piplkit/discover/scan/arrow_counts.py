"""Full-scan column counts over Arrow batches: vectorised where the answer is arithmetic.

For each column of a batch the cells go, cheapest first, to:

1. the column validator of the column's type (``detect.vectorized``): cells that are wholly a
   valid value are counted without leaving C/NumPy;
2. for the other cells, the validators of every other planned type that has one, on cells made
   only of digits (such a cell can only hold a finding that is the whole digit run);
3. nothing, for cells that match none of the planned types' candidate patterns (a superset of
   the recognizers' patterns, so no finding is lost);
4. the recognizers for what is left (free text with digits, and the rare shapes without a
   column validator), joined by line breaks as ``analysis.count_values`` joins them; only the
   recognizers whose candidate pattern occurs in that text run (``analysis.live_types``).

Every step is a function of the cell's value, so a column is first reduced to its distinct
values (:func:`distinct_cells`, in the order of their first cell) and each step runs once per
distinct value, counted with how many cells hold it: a column whose values repeat (statuses,
amounts, dates) costs what its distinct values cost.

The counts equal those of :func:`analysis.joined_stats` on the same rows; tests hold them equal.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from functools import cache

import numpy as np
import numpy.typing as npt
import pyarrow as pa
import pyarrow.compute as pc

from piplkit.assess.law.pi_types import load_catalogue
from piplkit.discover.detect.vectorized import VALIDATORS, candidate_pattern, whole_values
from piplkit.discover.scan.ages import ages_from_dates
from piplkit.discover.scan.analysis import (
    AGE_TYPES,
    ColumnPlan,
    account_findings,
    count_values,
    detector_for,
    live_types,
    take_whole_values,
)
from piplkit.discover.scan.columns import MAX_EXAMPLES, ColumnStats
from piplkit.discover.scan.profiles import Profile, load_profiles
from piplkit.discover.scan.tables import to_cell

#: Order in which a digit-only cell valid for several types is attributed (the text engine keeps
#: the higher-scored finding: an ID outranks a card, a card a numeric credit code).
_DIGIT_PRIORITY = ("cn_resident_id", "bank_card", "cn_mobile", "cn_uscc")
#: The lengths a bare digit run has when it is a value of each of those types.
_DIGIT_LENGTHS = {
    "cn_resident_id": (15, 18),
    "bank_card": (16, 17, 18, 19),
    "cn_mobile": (11,),
    "cn_uscc": (18,),
}
#: Types whose values are never a bare run of digits: a digit-only cell cannot hold them. Any
#: other planned type (IMEI, QQ numbers, a custom type) may, and keeps such cells for its
#: recognizer.
_NEVER_DIGIT_RUNS = frozenset(
    {"email", "ipv4", "ipv6", "passport", "hk_macau_permit", "license_plate", "person_name",
     "address", "mac_address", "vin", "geo_coordinates", "wechat_id"}
)  # fmt: skip
#: Types whose recognizers report a bare digit run only after one of their cue words (none of
#: which is made of digits, and none reaches past a line break) or when the whole text handed
#: to the engine is that run (IMEIs, QQ numbers, military and Taiwan permit numbers, birth
#: dates, device ids, passwords). In a text of several lines a digit-only line has no finding
#: of these types, so when the recognizers get several lines such cells need not go to them;
#: but the column's own type (``primary``, one its header names) takes whole cells, cue or not.
_CUED_DIGIT_RUNS = frozenset(
    {"imei", "qq_number", "military_id", "taiwan_permit", "birth_date", "device_id", "password"}
)
_FOREIGN_ID = "foreign_permanent_resident_id"
#: Types none of which has a finding in a line that is a short decimal number (at most nine
#: digits, a point, at most four: too few digits in a row for any number type, no letter, no
#: second point or separator) when no cue word stands in it.
_DECIMAL_SAFE = frozenset(
    {*_DIGIT_PRIORITY, "cn_landline", _FOREIGN_ID, *_CUED_DIGIT_RUNS, *_NEVER_DIGIT_RUNS}
) - {"person_name", "address"}


def arrow_stats(
    columns: list[str], batch: pa.RecordBatch | pa.Table, plans: list[ColumnPlan], as_of: date
) -> list[ColumnStats]:
    """Column statistics of one batch of string columns (nulls are empty cells)."""
    out: list[ColumnStats] = []
    for index, name in enumerate(columns):
        column = text_column(batch.column(index))
        stats = ColumnStats(name, sampled=len(column))
        _column(stats, distinct_cells(column), plans[index], as_of)
        out.append(stats)
    return out


@dataclass(frozen=True, slots=True)
class Cells:
    """One column of a batch as its distinct values, each checked once.

    ``text`` holds the distinct cell values, trimmed and unwrapped as :func:`analysis.clean`
    does, in the order of the first cell holding each; ``weights`` how many cells hold each;
    ``codes`` which value each cell holds (``len(text)`` for a null cell). Every check on a
    cell is a function of its value, so it runs on ``text`` and is counted with ``weights``:
    a column whose values repeat costs what its distinct values cost.
    """

    text: pa.Array
    weights: np.ndarray
    codes: np.ndarray

    def total(self, mask: np.ndarray) -> int:
        """Cells whose value is under ``mask`` (a mask over ``text``)."""
        return int(self.weights[mask].sum())

    def first_cells(self, mask: np.ndarray, limit: int) -> list[str]:
        """The values of the first ``limit`` cells, in row order, whose value is under ``mask``."""
        rows = np.flatnonzero(np.append(mask, False)[self.codes])[:limit]
        return self.text.take(pa.array(self.codes[rows])).to_pylist()  # type: ignore[no-any-return]


def distinct_cells(column: pa.Array) -> Cells:
    """The :class:`Cells` of a string column."""
    encoded = pc.dictionary_encode(column)
    raw = encoded.dictionary
    indices = encoded.indices
    codes = np.asarray(indices.fill_null(len(raw)) if indices.null_count else indices)
    text = pc.utf8_trim_whitespace(raw)
    if pc.any(pc.starts_with(text, '="')).as_py():
        # Spreadsheet exports wrap long numbers in ="…" (see ``analysis.clean``, which also
        # unwraps a value holding a line break).
        text = pc.utf8_trim_whitespace(pc.replace_substring_regex(text, r'(?s)^="(.+)"$', r"\1"))
    if len(text) and not pc.all(pc.equal(text, raw)).as_py():
        # Cleaning made some values equal ("a" and " a"): count them as one value.
        merged = pc.dictionary_encode(text)
        text = merged.dictionary
        codes = np.append(np.asarray(merged.indices, dtype=np.int64), len(text))[codes]
    if not _first_seen(codes, len(text)):
        text, codes = _in_first_seen_order(text, codes)
    weights = np.bincount(codes, minlength=len(text) + 1)[: len(text)]
    return Cells(text, weights, codes)


def _first_seen(codes: np.ndarray, size: int) -> bool:
    """Whether value ``k + 1`` first occurs after value ``k`` (nulls, coded ``size``, aside).

    Arrow's hash kernels number values as they meet them, which is this order; it is checked
    rather than assumed, since the order of distinct values decides which examples a report
    shows and the order in which findings are counted."""
    if len(codes) == 0:
        return True
    values = codes[codes < size] if (codes == size).any() else codes
    if len(values) == 0:
        return True
    highest = np.maximum.accumulate(values)
    return bool(values[0] == 0 and (values[1:] <= highest[:-1] + 1).all())


def _in_first_seen_order(text: pa.Array, codes: np.ndarray) -> tuple[pa.Array, np.ndarray]:
    size = len(text)
    first = np.full(size, len(codes), dtype=np.int64)
    np.minimum.at(first, codes[codes < size], np.flatnonzero(codes < size))
    order = np.argsort(first, kind="stable")
    rank = np.empty(size + 1, dtype=np.int64)
    rank[order] = np.arange(size)
    rank[size] = size
    return text.take(pa.array(order)), rank[codes]


def _column(stats: ColumnStats, cells: Cells, plan: ColumnPlan, as_of: date) -> None:
    text = cells.text
    lengths = np.asarray(pc.utf8_length(text).fill_null(0), dtype=np.int64)
    present = lengths > 0
    if present.any():
        nulls = _nulls(text, lengths, present)
        if nulls.any():
            stats.nulls += cells.total(nulls)
            stats.negatives += cells.total(nulls & _negatives(text, nulls))
            present &= ~nulls
    if plan.profile is not None and present.any():
        _profile_counts(stats, cells, present, plan.profile, as_of)
    if not plan.types or not present.any():
        stats.non_empty += cells.total(present)
        return
    rest = present.copy()
    if plan.primary in VALIDATORS:
        rest &= ~_take_whole(stats, cells, plan.primary, rest, as_of)
    lines = rest.copy()  # the values the row path joins into one text
    quiet = np.zeros(len(text), dtype=bool)
    if rest.any():
        settled, quiet = _digit_runs(stats, cells, lengths, rest, plan, as_of)
        rest &= ~settled
    pattern = candidate_pattern(plan.types)
    if pattern is not None and rest.any():
        hits = _matches(text, rest, pattern)
        stats.non_empty += cells.total(rest & ~hits)
        rest &= hits
    if rest.any() and _DECIMAL_SAFE.issuperset(plan.types):
        quiet |= _matches(text, rest, r"^[0-9]{1,9}\.[0-9]{1,4}$")
    quiet &= rest
    joined = rest  # the values the row path joins into one text
    if quiet.any() and plan.primary is not None and plan.primary not in VALIDATORS:
        # The row path first counts the cells that are wholly a value of the column's type
        # (the type its header names), cue or no cue, and joins only the others.
        joined = rest & ~_whole(cells, rest, plan.primary, as_of)
        quiet &= joined
    if quiet.any() and _several_lines_without(text, joined, quiet, plan.types, as_of):
        stats.non_empty += cells.total(quiet)
        rest &= ~quiet
    if rest.any():
        _recognize(stats, cells, rest, lines, plan, as_of)


def _several_lines_without(
    text: pa.Array, rest: np.ndarray, quiet: np.ndarray, types: tuple[str, ...], as_of: date
) -> bool:
    """Whether the recognizers get a text of several lines both with and without the ``quiet``
    values (digit runs that only a cue or a whole-text match can make a finding of), so that
    leaving those values out changes no finding.

    The recognizers see the values under ``rest`` joined by line breaks; a cue-driven
    recognizer tries the whole text as one value when it is a single line, so leaving values
    out must not turn several lines into one, nor may the text be one line to begin with.
    Values holding a line break are made one line each by a space and may then read the same
    and be counted as one (:func:`_distinct`): then nothing is left out. A recognizer's context
    words raise the score of a value up to ``context_window`` characters after them, across
    line breaks: leaving lines out could bring such a word nearer, so nothing is left out when
    the other values hold one.
    """
    before = int(rest.sum())
    after = before - int(quiet.sum())
    if before < 2 or after == 1:
        return False
    if after == 0:
        return True
    kept = rest & ~quiet
    if _matches(text, kept, r"[\n\r]").any():
        return False
    words = _context_words(types, as_of)
    return words is None or not _matches(text, kept, words).any()


@cache
def _context_words(types: tuple[str, ...], as_of: date) -> str | None:
    """An RE2 pattern matching the context words of the recognizers of ``types`` in any case."""
    recognizers = detector_for(types, as_of).recognizers
    words = sorted({w for r in recognizers for w in getattr(r, "context_words", ())})
    if not words:
        return None
    return "(?i)(?:" + "|".join(re.sub(r"([\\.^$|?*+()\[\]{}-])", r"\\\1", w) for w in words) + ")"


def _nulls(text: pa.Array, lengths: np.ndarray, present: np.ndarray) -> np.ndarray:
    """Values that only say "no value"; only values as short as the longest such token can
    be one, so longer ones are not lower-cased and looked up."""
    table = load_profiles()
    return _on(text, present & (lengths <= table.longest_null), table.null_mask)


def _negatives(text: pa.Array, nulls: np.ndarray) -> np.ndarray:
    return _on(text, nulls, load_profiles().negative_mask)


def _on(text: pa.Array, mask: np.ndarray, check: Callable[[pa.Array], np.ndarray]) -> np.ndarray:
    """``check`` on the values under ``mask`` (False elsewhere), without copying when all are."""
    if mask.all():
        return check(text)
    out = np.zeros(len(text), dtype=bool)
    if mask.any():
        positions = np.flatnonzero(mask)
        out[positions] = check(text.take(pa.array(positions)))
    return out


def _matches(text: pa.Array, mask: np.ndarray, pattern: str) -> npt.NDArray[np.bool_]:
    """Values under ``mask`` in which the RE2 ``pattern`` matches."""
    return _on(
        text,
        mask,
        lambda part: np.asarray(
            pc.match_substring_regex(part, pattern).fill_null(False), dtype=bool
        ),
    )


def _digit_runs(
    stats: ColumnStats,
    cells: Cells,
    lengths: np.ndarray,
    rest: npt.NDArray[np.bool_],
    plan: ColumnPlan,
    as_of: date,
) -> tuple[npt.NDArray[np.bool_], npt.NDArray[np.bool_]]:
    """Settle the cells made only of digits; return their values, and those of the digit-only
    cells left that only a cue-driven recognizer could take (see :data:`_CUED_DIGIT_RUNS`).

    Recognizers bound their numbers by non-digits, so in such a cell a finding can only be the
    whole run, and only of a type whose values are digit runs: resident IDs, cards, mobiles and
    numeric credit codes (column validators), foreign permanent resident IDs (column validator;
    a valid one none of those took is left to the recognizers), bare
    landlines (left to the recognizers), or the cue-driven types.
    """
    digits_only = rest & _matches(cells.text, rest, r"^[0-9]+$")
    none = np.zeros(len(rest), dtype=bool)
    if not digits_only.any():
        return digits_only, none
    open_cells = digits_only.copy()
    for type_id in _DIGIT_PRIORITY:
        if type_id in plan.types and type_id != plan.primary:
            fits = open_cells & np.isin(lengths, _DIGIT_LENGTHS[type_id])
            open_cells &= ~_take_whole(stats, cells, type_id, fits, as_of)
    foreign = none
    if _FOREIGN_ID in plan.types:
        foreign = _valid(cells, _FOREIGN_ID, open_cells & (lengths == 18), as_of)
        open_cells &= ~foreign
    settled = digits_only & ~foreign
    if "cn_landline" in plan.types:
        landline_shaped = _matches(cells.text, open_cells, r"^0[0-9]{9,11}$")
        open_cells &= ~landline_shaped
        settled = settled & ~landline_shaped
    known = {*_DIGIT_PRIORITY, "cn_landline", *_NEVER_DIGIT_RUNS}
    unknown = {t for t in plan.types if t not in known}
    if unknown:
        # Another planned type may be a digit run: its recognizer must see these cells, unless
        # all such types are cue-driven and the text the recognizers get has several lines.
        quiet = none
        if unknown <= {*_CUED_DIGIT_RUNS, _FOREIGN_ID}:
            # a run behind a country code (86…, 0086…) may be a mobile or landline number
            quiet = open_cells & ~_matches(cells.text, open_cells, "^(?:86|0086)")
        return settled & ~open_cells, quiet
    stats.non_empty += cells.total(open_cells)
    return settled, none


def _valid(cells: Cells, type_id: str, mask: np.ndarray, as_of: date) -> np.ndarray:
    """The values under ``mask`` that are wholly a valid ``type_id`` value (nothing counted)."""
    out = np.zeros(len(mask), dtype=bool)
    if mask.any():
        positions = np.flatnonzero(mask)
        checked = whole_values(type_id, cells.text.take(pa.array(positions)), as_of)
        assert checked is not None
        out[positions[checked[0]]] = True
    return out


def _whole(cells: Cells, mask: npt.NDArray[np.bool_], type_id: str, as_of: date) -> np.ndarray:
    """The values under ``mask`` that the row path counts as wholly a ``type_id`` value
    (:func:`analysis.take_whole_values`, on the value as it joins it; nothing counted here)."""
    positions = np.flatnonzero(mask)
    values = [
        v.replace("\n", " ").replace("\r", " ")
        for v in cells.text.take(pa.array(positions)).to_pylist()
    ]
    others = set(take_whole_values(ColumnStats("whole"), Counter(values), type_id, as_of))
    out = np.zeros(len(mask), dtype=bool)
    out[positions[[v not in others for v in values]]] = True
    return out


def _recognize(
    stats: ColumnStats,
    cells: Cells,
    rest: np.ndarray,
    lines: np.ndarray,
    plan: ColumnPlan,
    as_of: date,
) -> None:
    """Run the recognizers of ``plan`` over the values under ``rest``, joined by line breaks in
    the order of their first cell, as :func:`analysis.count_values` does; the joined text is
    built in Arrow, and the values become Python strings only when a finding is made.

    The row path joins all the values under ``lines`` (``rest`` and those settled here): when
    one value is left of several lines, the text ends in a line break, so that a cue-driven
    recognizer does not take it as a whole value (a bare IMEI) as it did not in that text."""
    positions = np.flatnonzero(rest)
    values = cells.text.take(pa.array(positions))
    weights = cells.weights[positions]

    def several_lines() -> bool:
        every = np.flatnonzero(lines)
        found = _distinct(cells.text.take(pa.array(every)), cells.weights[every])
        if plan.primary is None or plan.primary in VALIDATORS:
            return len(found) > 1
        # the row path leaves the primary type's whole values out of the text (``lines`` holds
        # them only when the primary type has no vectorised validator); counted aside
        return len(take_whole_values(ColumnStats("lines"), found, plan.primary, as_of)) > 1

    if (
        plan.primary is not None
        or pc.any(pc.match_substring(values, "\n")).as_py()
        or pc.any(pc.match_substring(values, "\r")).as_py()
    ):
        count_values(
            stats,
            _distinct(values, weights),
            ColumnPlan(plan.types, None, plan.primary),
            as_of,
            several_lines,
        )
        return
    joined = pc.binary_join(
        pa.ListArray.from_arrays(pa.array([0, len(values)], pa.int32()), values), "\n"
    )
    if len(values) == 1 and several_lines():
        joined = pc.binary_join_element_wise(joined, pa.array([""]), "\n")
    types = live_types(plan.types, joined, as_of)
    findings = detector_for(types, as_of).detect(joined[0].as_py()) if types else []
    account_findings(stats, values.to_pylist() if findings else [], weights.tolist(), findings)


def _distinct(values: pa.Array, weights: np.ndarray) -> Counter[str]:
    """Distinct ``values`` with their cell counts as a counter in their order, line breaks made
    spaces (as :func:`analysis.joined_stats` counts them; values that then read the same are
    counted as one)."""
    values = pc.replace_substring(pc.replace_substring(values, "\n", " "), "\r", " ")
    out: Counter[str] = Counter()
    for value, weight in zip(values.to_pylist(), weights.tolist(), strict=True):
        out[value] += weight
    return out


def _profile_counts(
    stats: ColumnStats, cells: Cells, mask: np.ndarray, profile: Profile, as_of: date
) -> None:
    """Count the cells under ``mask`` that fit ``profile`` (in Arrow), as
    :func:`analysis.profile_matches` does cell by cell."""
    text = cells.text
    strong = profile.strong_mask(text) & mask
    fits = (profile.fits_mask(text) & mask) | strong
    type_id = profile.type_id
    stats.strong[type_id] += cells.total(strong)
    stats.fits[type_id] += cells.total(fits)
    if type_id in AGE_TYPES:
        ages = ages_from_dates(text, as_of)
        young = fits & (ages >= 0) & (ages < load_catalogue().minor_age)
        stats.young[type_id] += cells.total(young)


def _take_whole(
    stats: ColumnStats, cells: Cells, type_id: str, mask: np.ndarray, as_of: date
) -> np.ndarray:
    """Count the cells whose value is under ``mask`` and wholly a valid ``type_id`` value;
    return those values."""
    if not mask.any():
        return np.zeros(len(mask), dtype=bool)
    positions = np.flatnonzero(mask)
    checked = whole_values(type_id, cells.text.take(pa.array(positions)), as_of)
    assert checked is not None
    valid, minor = checked
    taken = np.zeros(len(mask), dtype=bool)
    taken[positions[valid]] = True
    count = cells.total(taken)
    if count:
        stats.non_empty += count
        stats.whole[type_id] += count
        if minor is not None:
            young = np.zeros(len(mask), dtype=bool)
            young[positions[valid & minor]] = True
            minors = cells.total(young)
            if minors:
                stats.minors[type_id] += minors
        kept = stats.examples.setdefault(type_id, [])
        if len(kept) < MAX_EXAMPLES:
            recognizer = detector_for((type_id,), as_of).recognizers[0]
            for value in cells.first_cells(taken, 20):
                masked = recognizer.mask(value)  # type: ignore[attr-defined]
                if masked not in kept:
                    kept.append(masked)
                if len(kept) >= MAX_EXAMPLES:
                    break
    return taken


def text_column(column: pa.Array | pa.ChunkedArray) -> pa.Array:
    """A column as text cells, converted exactly as the row readers convert values
    (:func:`tables.to_cell`): string columns pass through, others go value by value."""
    if isinstance(column, pa.ChunkedArray):
        column = column.combine_chunks()
    if pa.types.is_string(column.type) or pa.types.is_large_string(column.type):
        return column.cast(pa.string())
    return pa.array([to_cell(v) for v in column.to_pylist()], type=pa.string())


def replaced_cells(batch: pa.RecordBatch | pa.Table) -> int:
    """Text cells holding U+FFFD, the mark of bytes that could not be decoded."""
    total = 0
    for column in batch.columns:
        if pa.types.is_string(column.type) or pa.types.is_large_string(column.type):
            total += pc.sum(pc.match_substring(column, "\ufffd").cast(pa.int64())).as_py() or 0
    return total
