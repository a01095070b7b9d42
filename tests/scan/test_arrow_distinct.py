"""The full scan checks each distinct value of a column once (``arrow_counts.distinct_cells``):
the values, their counts and their order must be those of counting the cells one by one."""

from __future__ import annotations

from collections import Counter

import numpy as np
import pyarrow as pa
from hypothesis import given, settings
from hypothesis import strategies as st

from piplkit.discover.scan.analysis import clean
from piplkit.discover.scan.arrow_cells import (
    _first_seen,
    _fullwidth_values,
    _in_first_seen_order,
    distinct_cells,
)
from piplkit.discover.scan.arrow_counts import _distinct

#: full-width digits and letters fold (１ａＸ); full-width punctuation does not (，～)
_ALPHABET = 'ab\n\r 张三1="\t\u3000１ａＸ，～'
CELLS = st.lists(st.one_of(st.none(), st.text(alphabet=_ALPHABET, max_size=6)), max_size=40)


def _cleaned(cells: list[str | None]) -> list[str | None]:
    """What the row path counts: ``analysis.clean`` (``None`` for an empty cell)."""
    return [clean(c) if c is not None else None for c in cells]


@settings(deadline=None, max_examples=300)
@given(CELLS)
def test_distinct_values_are_the_cleaned_cells_in_first_seen_order(
    cells: list[str | None],
) -> None:
    got = distinct_cells(pa.array(cells, pa.string()))
    text = got.text.to_pylist()
    expected = Counter(
        c if c is not None else ""
        for c, raw in zip(_cleaned(cells), cells, strict=True)
        if raw is not None
    )
    assert text == list(expected)  # each value once, in the order of its first cell
    assert got.weights.tolist() == list(expected.values())
    # every cell points at its value; null cells at the end marker
    for cell, code in zip(_cleaned(cells), got.codes.tolist(), strict=True):
        if code == len(text):
            continue
        assert text[code] == (cell if cell is not None else "")
    assert (got.codes == len(text)).sum() == sum(c is None for c in cells)


@settings(deadline=None, max_examples=300)
@given(CELLS, st.data())
def test_distinct_counts_like_a_counter_in_first_seen_order(
    cells: list[str | None], data: st.DataObject
) -> None:
    # The recognizers get the values under a mask, line breaks made spaces, as the row path
    # (``analysis.joined_stats``) counts its cells.
    got = distinct_cells(pa.array(cells, pa.string()))
    keep = set(
        data.draw(st.sets(st.sampled_from(got.text.to_pylist()))) if len(got.text) else set()
    )
    mask = np.array([v in keep for v in got.text.to_pylist()], dtype=bool)
    positions = np.flatnonzero(mask)
    counted = _distinct(got.text.take(pa.array(positions)), got.weights[positions])
    expected = Counter(
        c.replace("\n", " ").replace("\r", " ") if c else ""
        for c, raw in zip(_cleaned(cells), cells, strict=True)
        if raw is not None and (c or "") in keep
    )
    assert counted == expected
    assert list(counted) == list(expected)


@settings(deadline=None)
@given(st.lists(st.integers(0, 5), max_size=30), st.permutations(range(6)))
def test_values_numbered_in_any_order_are_put_in_first_seen_order(
    seen: list[int], permutation: list[int]
) -> None:
    # Arrow numbers values as it meets them; were it ever not so, the order is rebuilt.
    values = [f"v{i}" for i in range(6)]
    present = list(dict.fromkeys(seen))
    numbering = [permutation.index(i) for i in range(6)]  # value i gets code numbering[i]
    text = pa.array([values[permutation[k]] for k in range(6)])
    codes = np.array([numbering[i] for i in seen] + [6], dtype=np.int64)  # one null cell
    ordered, recoded = _in_first_seen_order(text, codes)
    assert ordered.to_pylist()[: len(present)] == [values[i] for i in present]
    assert recoded[-1] == 6
    assert [ordered.to_pylist()[c] for c in recoded[:-1]] == [values[i] for i in seen]
    assert _first_seen(recoded[:-1], 6)


def test_first_seen_order_is_checked() -> None:
    assert _first_seen(np.array([0, 0, 1, 0, 2, 1]), 3)
    assert not _first_seen(np.array([1, 0]), 2)
    assert not _first_seen(np.array([0, 2, 1]), 3)
    assert _first_seen(np.array([2, 0, 2, 1]), 2)  # 2 marks a null cell here
    assert _first_seen(np.array([], dtype=np.int64), 0)


def test_a_wrapped_value_with_a_line_break_is_unwrapped_like_the_row_path() -> None:
    # ``analysis.clean`` unwraps ="12\n34"; the Arrow pattern once stopped at the line break.
    cells = ['="12\n34"', '="5678"', '  ="90" ']
    got = distinct_cells(pa.array(cells)).text.to_pylist()
    assert got == [clean(c) for c in cells] == ["12\n34", "5678", "90"]


def test_full_width_values_are_found_in_sliced_and_large_arrays() -> None:
    # (the byte scan reads the array's buffers: a slice's offsets and 64-bit offsets too)
    cells = pa.array(["x", "１３８", "Ｘ，", "，～", "ｚ", "张三"], pa.string())
    for array in (cells, cells.slice(1), cells.slice(2, 3), cells.cast(pa.large_string())):
        values = array.to_pylist()
        assert _fullwidth_values(array).tolist() == [clean(v) != v for v in values]
