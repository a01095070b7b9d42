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
from piplkit.discover.scan.arrow_cells import Cells, distinct_cells, matches, on_values, text_column
from piplkit.discover.scan.columns import MAX_EXAMPLES, ColumnStats
from piplkit.discover.scan.profiles import Profile, load_profiles

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
#: A short decimal number (see :data:`_DECIMAL_SAFE`).
_SHORT_DECIMAL = r"^[0-9]{1,9}\.[0-9]{1,4}$"
#: Quiet values first tried against the candidate pattern when no other value is left.
_PROBE = 64
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
        _profile_counts(stats, cells, present, plan.profile, as_of, plan.measured)
    if not plan.types or not present.any():
        stats.non_empty += cells.total(present)
        return
    rest = present.copy()
    if plan.primary in VALIDATORS:
        rest &= ~_take_whole(stats, cells, plan.primary, rest, as_of)
    lines = rest.copy()  # the values the row path joins into one text
    if _one_digit_line(cells, lengths, lines, plan, as_of):
        _recognize(stats, cells, rest, lines, plan, as_of)
        return
    quiet = np.zeros(len(text), dtype=bool)
    if rest.any():
        settled, quiet = _digit_runs(stats, cells, lengths, rest, plan, as_of)
        rest &= ~settled
    pattern = candidate_pattern(plan.types)
    if pattern is not None and rest.any() and plan.primary in (None, *VALIDATORS):
        rest = _candidates_and_quiet(stats, cells, rest, quiet, pattern, plan.types, as_of)
        if rest.any():
            _recognize(stats, cells, rest, lines, plan, as_of)
        return
    if pattern is not None and rest.any():
        hits = matches(text, rest, pattern)
        stats.non_empty += cells.total(rest & ~hits)
        rest &= hits
    if rest.any() and _DECIMAL_SAFE.issuperset(plan.types):
        quiet |= matches(text, rest, _SHORT_DECIMAL)
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


def _candidates_and_quiet(
    stats: ColumnStats,
    cells: Cells,
    rest: npt.NDArray[np.bool_],
    quiet: npt.NDArray[np.bool_],
    pattern: str,
    types: tuple[str, ...],
    as_of: date,
) -> npt.NDArray[np.bool_]:
    """Count the values under ``rest`` that match no candidate pattern, and the quiet ones
    (``quiet`` digit runs and short decimals) that need no recognizer; return the values left
    for the recognizers.

    The same counts as filtering ``rest`` by ``pattern`` and then settling the quiet values left
    (:func:`_several_lines_without`), but the candidate pattern, the costliest kernel of an
    untyped column, runs on the quiet values only when the answer depends on it: a quiet value is
    counted as a plain value whether it matches no candidate pattern or is settled as quiet, so
    when at least two other values remain without a line break or context word, or at least two
    quiet values match, whether each one matches is not needed.
    """
    text = cells.text
    if _DECIMAL_SAFE.issuperset(types):
        quiet = quiet | matches(text, rest & ~quiet, _SHORT_DECIMAL)
    quiet = quiet & rest
    others = rest & ~quiet
    hits = matches(text, others, pattern)
    stats.non_empty += cells.total(others & ~hits)
    kept = others & hits
    left = int(kept.sum())
    if not quiet.any():
        return kept
    if left >= 2 and _plain_lines(text, kept, types, as_of):
        stats.non_empty += cells.total(quiet)
        return kept
    if left == 0:
        # settled when at least two quiet values reach the recognizers: a few usually show it
        first = np.flatnonzero(quiet)[:_PROBE]
        probe = np.zeros(len(quiet), dtype=bool)
        probe[first] = True
        if int(matches(text, probe, pattern).sum()) >= 2:
            stats.non_empty += cells.total(quiet)
            return kept
    quiet_hits = matches(text, quiet, pattern)
    stats.non_empty += cells.total(quiet & ~quiet_hits)
    if left == 0 and int(quiet_hits.sum()) >= 2:
        stats.non_empty += cells.total(quiet_hits)
        return kept
    return kept | quiet_hits


def _plain_lines(
    text: pa.Array, kept: npt.NDArray[np.bool_], types: tuple[str, ...], as_of: date
) -> bool:
    """Whether no value under ``kept`` holds a line break or a context word of ``types``."""
    if matches(text, kept, r"[\n\r]").any():
        return False
    words = _context_words(types, as_of)
    return words is None or not matches(text, kept, words).any()


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
    if matches(text, kept, r"[\n\r]").any():
        return False
    words = _context_words(types, as_of)
    return words is None or not matches(text, kept, words).any()


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
    return on_values(text, present & (lengths <= table.longest_null), table.null_mask)


def _negatives(text: pa.Array, nulls: np.ndarray) -> np.ndarray:
    return on_values(text, nulls, load_profiles().negative_mask)


def _one_digit_line(
    cells: Cells,
    lengths: np.ndarray,
    lines: npt.NDArray[np.bool_],
    plan: ColumnPlan,
    as_of: date,
) -> bool:
    """Whether the row path hands the recognizers one line, a digit run that a column validator
    would settle, while a cue-driven recognizer may take it whole (a bare IMEI that is also an
    old resident ID).

    :func:`_digit_runs` settles a digit run by the validators' priority; in a text of one line
    the engine also hears the cue-driven recognizers and keeps the better-scored finding. Such
    a line is left to the row path's own code, so both paths count it alike."""
    if not _CUED_DIGIT_RUNS.intersection(plan.types):
        return False
    if plan.primary is None or plan.primary in VALIDATORS:
        return int(lines.sum()) == 1 and bool(matches(cells.text, lines, r"^[0-9]+$").any())
    # The row path first takes the cells wholly of the column's type out of the text: find the
    # digit runs a validator would settle, and only when one of them is left, the other cells.
    sizes = [n for t in _DIGIT_PRIORITY if t in plan.types for n in _DIGIT_LENGTHS[t]]
    runs = lines & np.isin(lengths, sizes)
    runs &= matches(cells.text, runs, r"^[0-9]+$") if runs.any() else runs
    if not runs.any():
        return False
    runs &= ~_whole(cells, runs, plan.primary, as_of)
    if int(runs.sum()) != 1:
        return False
    others = lines & ~runs
    return not others.any() or bool(_whole(cells, others, plan.primary, as_of)[others].all())


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
    digits_only = rest & matches(cells.text, rest, r"^[0-9]+$")
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
        landline_shaped = matches(cells.text, open_cells, r"^0[0-9]{9,11}$")
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
            quiet = open_cells & ~matches(cells.text, open_cells, "^(?:86|0086)")
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
    stats: ColumnStats,
    cells: Cells,
    mask: np.ndarray,
    profile: Profile,
    as_of: date,
    measured: bool = False,
) -> None:
    """Count the cells under ``mask`` that fit ``profile`` (in Arrow), as
    :func:`analysis.profile_matches` does cell by cell (with the measured side when the header
    names a measurement)."""
    text = cells.text
    strong = profile.strong_mask(text) & mask
    fits = strong.copy()
    if profile.loose is not None:  # the strong side is ``fits_mask``'s first half: not again
        fits |= profile.loose.mask(text) & mask
    if measured and profile.measured is not None:
        fits |= profile.measured.mask(text) & mask
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
