"""One column of an Arrow batch as its distinct values, and masked checks over them.

The full scan checks every value of a column once (:class:`Cells`), counted with how many cells
hold it; the helpers here run a check on the values under a mask. Split from
:mod:`arrow_counts`, which decides what to check.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt
import pyarrow as pa
import pyarrow.compute as pc

from piplkit.discover.scan.tables import (
    FULLWIDTH,
    GROUPED_ID,
    GROUPED_ID_JOINED,
    GROUPED_ID_LENGTH,
    to_cell,
)


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
    if pc.any(pc.starts_with(text, "`")).as_py():
        # a payment bill's backtick before each field (``analysis.clean``)
        text = pc.utf8_trim_whitespace(pc.replace_substring_regex(text, r"(?s)^`(.+)$", r"\1"))
    text = _fold_fullwidth(text)
    if pc.any(pc.equal(pc.utf8_length(text), GROUPED_ID_LENGTH)).as_py():
        # a resident ID in its three fields (``tables.GROUPED_ID``), joined as ``clean`` joins it
        text = pc.replace_substring_regex(text, GROUPED_ID, GROUPED_ID_JOINED)
    # trimming, unwrapping and folding only shorten values (a full-width character is three
    # bytes, its ASCII form one): a value is unchanged when its length is
    if len(text) and not np.array_equal(pc.binary_length(text), pc.binary_length(raw)):
        # Cleaning made some values equal ("a" and " a"): count them as one value.
        merged = pc.dictionary_encode(text)
        text = merged.dictionary
        codes = np.append(np.asarray(merged.indices, dtype=np.int64), len(text))[codes]
    if not _first_seen(codes, len(text)):
        text, codes = _in_first_seen_order(text, codes)
    weights = np.bincount(codes, minlength=len(text) + 1)[: len(text)]
    return Cells(text, weights, codes)


def _fold_fullwidth(text: pa.Array) -> pa.Array:
    """Full-width digits and letters folded to ASCII, as ``analysis.clean`` folds them, so that
    an ID number or a phone keyed full-width counts in the full scan as in the sample.

    Only the values holding one are translated (in Python, with the sample path's table); they
    are found on the UTF-8 bytes (:func:`_fullwidth_values`), since a regular expression over
    every non-ASCII value cost a sixth of a full scan's CPU on names and addresses."""
    wide = _fullwidth_values(text)
    if not wide.any():
        return text
    folded = [value.translate(FULLWIDTH) for value in text.filter(pa.array(wide)).to_pylist()]
    return pc.replace_with_mask(text, pa.array(wide), pa.array(folded, text.type))


def _fullwidth_values(text: pa.Array) -> npt.NDArray[np.bool_]:
    """Which values of a string array hold a character :data:`tables.FULLWIDTH` folds.

    In UTF-8, U+FF10-FF19 is EF BC 90-99, U+FF21-FF3A is EF BC A1-BA and U+FF41-FF5A is EF BD
    81-9A; Chinese characters lead with E4-E9, so the few EF bytes of a column are found in one
    pass over its data buffer and only their next two bytes are read (full-width punctuation,
    EF BC 8C for ，, stays unmatched)."""
    mask = np.zeros(len(text), dtype=bool)
    _, offsets_buffer, data_buffer = text.buffers()
    if len(text) == 0 or data_buffer is None:
        return mask
    width = np.int64 if pa.types.is_large_string(text.type) else np.int32
    offsets = np.frombuffer(offsets_buffer, dtype=width)[text.offset : text.offset + len(text) + 1]
    start, end = int(offsets[0]), int(offsets[-1])
    data = np.frombuffer(data_buffer, dtype=np.uint8)[start:end]
    lead = np.flatnonzero(data[:-2] == 0xEF)  # a whole character's three bytes are in a value
    if len(lead) == 0:
        return mask
    second, third = data[lead + 1], data[lead + 2]
    hit = (
        (second == 0xBC)
        & (((third >= 0x90) & (third <= 0x99)) | ((third >= 0xA1) & (third <= 0xBA)))
    ) | ((second == 0xBD) & (third >= 0x81) & (third <= 0x9A))
    mask[np.searchsorted(offsets, lead[hit] + start, side="right") - 1] = True
    return mask


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


def on_values(
    text: pa.Array, mask: np.ndarray, check: Callable[[pa.Array], np.ndarray]
) -> np.ndarray:
    """``check`` on the values under ``mask`` (False elsewhere), without copying when all are."""
    if mask.all():
        return check(text)
    out = np.zeros(len(text), dtype=bool)
    if mask.any():
        positions = np.flatnonzero(mask)
        out[positions] = check(text.take(pa.array(positions)))
    return out


def matches(text: pa.Array, mask: np.ndarray, pattern: str) -> npt.NDArray[np.bool_]:
    """Values under ``mask`` in which the RE2 ``pattern`` matches."""
    return on_values(
        text,
        mask,
        lambda part: np.asarray(
            pc.match_substring_regex(part, pattern).fill_null(False), dtype=bool
        ),
    )


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
