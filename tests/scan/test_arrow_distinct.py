"""The full scan's distinct-cell count (in Arrow) equals counting the cells one by one."""

from __future__ import annotations

from collections import Counter

import numpy as np
import pyarrow as pa
from hypothesis import given, settings
from hypothesis import strategies as st

from piplkit.scan.arrow_counts import _distinct

CELLS = st.lists(st.text(alphabet="ab\n\r 张三1", max_size=6), max_size=40)


@settings(deadline=None)
@given(CELLS, st.data())
def test_distinct_counts_like_a_counter_in_first_seen_order(cells: list[str], data) -> None:
    mask = np.array(data.draw(st.lists(st.booleans(), min_size=len(cells), max_size=len(cells))))
    mask = mask.astype(bool).reshape(len(cells))
    expected = Counter(
        c.replace("\n", " ").replace("\r", " ") for c, keep in zip(cells, mask, strict=True) if keep
    )
    got = _distinct(pa.array(cells, pa.string()), mask)
    assert got == expected
    assert list(got) == list(expected)
