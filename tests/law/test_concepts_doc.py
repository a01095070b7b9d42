"""docs/concepts.md: its PI type table is the catalogue, and its examples run as written."""

from __future__ import annotations

import doctest
import re
from pathlib import Path

from piplkit.assess.law.pi_types import load_catalogue

DOC = Path(__file__).resolve().parents[2] / "docs" / "concepts.md"
ROW = re.compile(r"^\| `([a-z0-9_]+)` \| .* \| `([a-z_]+)` \| ([^|]+) \| [^|]* \| ([^|]+) \|$")


def _rows() -> dict[str, tuple[str, str, str]]:
    text = DOC.read_text("utf-8")
    section = text[text.index("## PI types") : text.index("### Sensitivity is dated")]
    rows = {}
    for line in section.splitlines():
        if m := ROW.match(line.strip()):
            assert m.group(1) not in rows, f"{m.group(1)} listed twice"
            rows[m.group(1)] = (m.group(2), m.group(3).strip(), m.group(4).strip())
    return rows


def test_table_lists_exactly_the_catalogue_types_with_their_classification() -> None:
    cat = load_catalogue()
    rows = _rows()
    assert list(rows) == [t.id for c in cat.categories for t in cat.types_in(c)]
    for type_id, (category, sensitive, verified) in rows.items():
        t = cat.get(type_id)
        assert category == t.category, type_id
        expected = "not PI" if not t.is_pi else ("yes" if t.sensitive else "no")
        assert sensitive == expected, type_id
        assert verified == ("yes" if t.verified else "*no*"), type_id


def test_examples_run_as_written() -> None:
    result = doctest.testfile(str(DOC), module_relative=False, optionflags=doctest.ELLIPSIS)
    assert result.attempted > 10 and result.failed == 0
