"""Code tables: a vocabulary listed with its codes, no one behind it (issue 11, set 21).

Systems ship their dictionaries as tables: 民族代码 (01 汉族, 02 蒙古族), 宗教 (10 佛教), 国家
(USA 美国), 血型 (1 A型), 矫正类别 (01 管制, 02 缓刑), 婚姻状况 (10 未婚). Each cell is a word of a
PI type's vocabulary, so alone the column reads as a roster's 民族 or 宗教; but the table holds
each word once beside its code (or repeats the same pairs): a list of the answers, not anyone's
answer (set 21's choice 34, as set 17's 30 for a tariff's age brackets).

The rule: a table whose PI-looking columns all pair one-to-one with a column of codes (each code
always beside the same word and each word beside the same code, at least three of them), with
nothing else of a person's in it, is a code table; those columns are ``None``. A roster is never
one-to-one: many people share 汉族, each under their own staff number.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict

from piplkit.discover.scan.analysis import clean
from piplkit.discover.scan.columns import ColumnStats, Decision
from piplkit.discover.scan.hints import HeaderEvidence
from piplkit.discover.scan.profiles import ProfileTable
from piplkit.discover.scan.table_context import decide_as_own
from piplkit.discover.scan.tables import Row

#: Types whose values are words of a closed list a system codes (a dictionary's entries).
CODED_TYPES = frozenset({"ethnicity", "nationality", "religion", "criminal_record", "health_record",
                         "gender", "marital_status", "education", "job_title",
                         "family_relationship", "sexual_orientation"})  # fmt: skip
#: A code as dictionaries write it: digits or capitals, with dots or dashes (01, 6-29-01-01, USA).
_CODE = re.compile(r"[0-9A-Z][0-9A-Z.\-]{0,11}")
#: Fewest distinct pairs for a column of codes to be a dictionary (a yes/no flag is no list).
_MIN_ENTRIES = 3
#: Share of the shared rows that must hold an entry's usual pair.
_CONSISTENT = 0.85
#: Most columns a code table has (code, name, an English name, an order, a note).
_MAX_COLUMNS = 5


def apply_code_rules(
    rows: list[Row],
    headers: list[HeaderEvidence],
    stats: list[ColumnStats],
    chance: list[set[str]],
    decisions: list[Decision],
    profiles: ProfileTable,
    *,
    product_table: bool,
) -> None:
    """Take the types away, in place, from a code table's columns (module docstring)."""
    if not rows or len(decisions) > _MAX_COLUMNS:
        return
    flagged = [i for i, d in enumerate(decisions) if d.pi_type is not None]
    if not flagged or any(decisions[i].pi_type not in CODED_TYPES for i in flagged):
        return
    cells = [_cells(rows, i, profiles) for i in range(len(decisions))]
    codes = [i for i, c in enumerate(cells) if _coded(c)]
    for i in flagged:
        partners = range(len(cells)) if i in codes else codes
        if not any(j != i and _one_to_one(cells[i], cells[j]) for j in partners):
            return
    for i in flagged:
        decide_as_own(i, headers, stats, chance, decisions, profiles, product_table)


def _cells(rows: list[Row], index: int, profiles: ProfileTable) -> dict[int, str]:
    """Row number -> the column's cell, for the rows where it holds a value."""
    return {
        r: v
        for r, row in enumerate(rows)
        if index < len(row) and (v := clean(row[index])) and not profiles.is_null(v)
    }


def _coded(cells: dict[int, str]) -> bool:
    hits = sum(1 for v in cells.values() if _CODE.fullmatch(v))
    return bool(cells) and hits >= _CONSISTENT * len(cells)


def _one_to_one(words: dict[int, str], codes: dict[int, str]) -> bool:
    """Whether the two columns pair one-to-one on nearly every row they share: each code's
    usual word is that code's alone and the other way round (a stray 暂无, ——, 无 or ``-`` in a
    dictionary export is a blank, not another entry)."""
    pairs = Counter((w, codes[r]) for r, w in words.items() if r in codes)
    by_code: dict[str, Counter[str]] = defaultdict(Counter)
    by_word: dict[str, Counter[str]] = defaultdict(Counter)
    for (w, c), n in pairs.items():
        by_code[c][w] += n
        by_word[w][c] += n
    usual = {c: ws.most_common(1)[0][0] for c, ws in by_code.items()}
    entries = {(w, c) for c, w in usual.items() if by_word[w].most_common(1)[0][0] == c}
    if len(entries) < _MIN_ENTRIES or len({w for w, _ in entries}) != len(entries):
        return False
    return sum(pairs[e] for e in entries) >= _CONSISTENT * sum(pairs.values())
