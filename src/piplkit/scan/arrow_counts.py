"""Full-scan column counts over Arrow batches: vectorised where the answer is arithmetic.

For each column of a batch the cells go, cheapest first, to:

1. the column validator of the column's type (``detect.vectorized``): cells that are wholly a
   valid value are counted without leaving C/NumPy;
2. for the other cells, the validators of every other planned type that has one, on cells made
   only of digits (such a cell can only hold a finding that is the whole digit run);
3. nothing, for cells that match none of the planned types' candidate patterns (a superset of
   the recognizers' patterns, so no finding is lost);
4. the recognizers (``analysis.count_values``) for what is left: free text with digits, and the
   rare shapes without a column validator. Distinct values run once.

The counts equal those of :func:`analysis.joined_stats` on the same rows; tests hold them equal.
"""

from __future__ import annotations

from collections import Counter
from datetime import date

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from piplkit.detect.vectorized import VALIDATORS, candidate_pattern, whole_values
from piplkit.law.pi_types import load_catalogue
from piplkit.scan.ages import ages_from_dates
from piplkit.scan.analysis import AGE_TYPES, ColumnPlan, count_values, detector_for
from piplkit.scan.columns import MAX_EXAMPLES, ColumnStats
from piplkit.scan.profiles import Profile, load_profiles
from piplkit.scan.tables import to_cell

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
     "address", "mac_address"}
)  # fmt: skip


def arrow_stats(
    columns: list[str], batch: pa.RecordBatch | pa.Table, plans: list[ColumnPlan], as_of: date
) -> list[ColumnStats]:
    """Column statistics of one batch of string columns (nulls are empty cells)."""
    out: list[ColumnStats] = []
    for index, name in enumerate(columns):
        column = text_column(batch.column(index))
        stats = ColumnStats(name, sampled=len(column))
        _column(stats, column, plans[index], as_of)
        out.append(stats)
    return out


def _column(stats: ColumnStats, column: pa.Array, plan: ColumnPlan, as_of: date) -> None:
    text = pc.utf8_trim_whitespace(pc.cast(column, pa.string()))
    if pc.any(pc.starts_with(text, '="')).as_py():
        # Spreadsheet exports wrap long numbers in ="…" (see ``analysis.clean``).
        text = pc.utf8_trim_whitespace(pc.replace_substring_regex(text, r'^="(.+)"$', r"\1"))
    present = np.asarray(pc.greater(pc.utf8_length(text), 0).fill_null(False), dtype=bool)
    if present.any():
        table = load_profiles()
        nulls = present & table.null_mask(text)
        if nulls.any():
            stats.nulls += int(nulls.sum())
            stats.negatives += int((nulls & table.negative_mask(text)).sum())
            present &= ~nulls
    if plan.profile is not None and present.any():
        _profile_counts(stats, text, present, plan.profile, as_of)
    if not plan.types or not present.any():
        stats.non_empty += int(present.sum())
        return
    rest = present.copy()
    if plan.primary in VALIDATORS:
        rest &= ~_take_whole(stats, text, plan.primary, rest, as_of)
    if rest.any():
        rest &= ~_digit_runs(stats, text, rest, plan, as_of)
    pattern = candidate_pattern(plan.types)
    if pattern is not None and rest.any():
        hits = np.asarray(pc.match_substring_regex(text, pattern).fill_null(False), dtype=bool)
        stats.non_empty += int((rest & ~hits).sum())
        rest &= hits
    if rest.any():
        count_values(
            stats, _distinct(text, rest), ColumnPlan(plan.types, None, plan.primary), as_of
        )


def _digit_runs(
    stats: ColumnStats, text: pa.Array, rest: np.ndarray, plan: ColumnPlan, as_of: date
) -> np.ndarray:
    """Settle the cells made only of digits; return them.

    Recognizers bound their numbers by non-digits, so in such a cell a finding can only be the
    whole run, and only of a type whose values are digit runs: resident IDs, cards, mobiles and
    numeric credit codes (column validators), or bare landlines (left to the recognizers).
    """
    digits_only = rest & np.asarray(
        pc.match_substring_regex(text, r"^[0-9]+$").fill_null(False), dtype=bool
    )
    if not digits_only.any():
        return digits_only
    open_cells = digits_only.copy()
    lengths = np.asarray(pc.utf8_length(text).fill_null(0))
    for type_id in _DIGIT_PRIORITY:
        if type_id in plan.types and type_id != plan.primary:
            fits = open_cells & np.isin(lengths, _DIGIT_LENGTHS[type_id])
            open_cells &= ~_take_whole(stats, text, type_id, fits, as_of)
    settled = digits_only
    if "cn_landline" in plan.types:
        landline_shaped = np.asarray(
            pc.match_substring_regex(text, r"^0[0-9]{9,11}$").fill_null(False), dtype=bool
        )
        open_cells &= ~landline_shaped
        settled = settled & ~landline_shaped
    known = {*_DIGIT_PRIORITY, "cn_landline", *_NEVER_DIGIT_RUNS}
    if any(t not in known for t in plan.types):
        # Another planned type may be a digit run: its recognizer must see these cells.
        return settled & ~open_cells
    stats.non_empty += int(open_cells.sum())
    return settled


def _distinct(text: pa.Array, mask: np.ndarray) -> Counter[str]:
    values = text.filter(pa.array(mask)).to_pylist()
    return Counter(v.replace("\n", " ").replace("\r", " ") for v in values)


def _profile_counts(
    stats: ColumnStats, text: pa.Array, mask: np.ndarray, profile: Profile, as_of: date
) -> None:
    """Count the cells under ``mask`` that fit ``profile`` (in Arrow), as
    :func:`analysis.profile_matches` does cell by cell."""
    strong = profile.strong_mask(text) & mask
    fits = (profile.fits_mask(text) & mask) | strong
    type_id = profile.type_id
    stats.strong[type_id] += int(strong.sum())
    stats.fits[type_id] += int(fits.sum())
    if type_id in AGE_TYPES:
        ages = ages_from_dates(text, as_of)
        young = fits & (ages >= 0) & (ages < load_catalogue().minor_age)
        stats.young[type_id] += int(young.sum())


def _take_whole(
    stats: ColumnStats, text: pa.Array, type_id: str, mask: np.ndarray, as_of: date
) -> np.ndarray:
    """Count the cells under ``mask`` that are wholly valid ``type_id`` values; return them."""
    if not mask.any():
        return np.zeros(len(mask), dtype=bool)
    positions = np.flatnonzero(mask)
    subset = text.take(pa.array(positions))
    checked = whole_values(type_id, subset, as_of)
    assert checked is not None
    valid, minor = checked
    taken = np.zeros(len(mask), dtype=bool)
    taken[positions[valid]] = True
    count = int(valid.sum())
    if count:
        stats.non_empty += count
        stats.whole[type_id] += count
        if minor is not None:
            minors = int((valid & minor).sum())
            if minors:
                stats.minors[type_id] += minors
        kept = stats.examples.setdefault(type_id, [])
        if len(kept) < MAX_EXAMPLES:
            recognizer = detector_for((type_id,), as_of).recognizers[0]
            for value in subset.filter(pa.array(valid)).slice(0, 20).to_pylist():
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
