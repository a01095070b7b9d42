"""An issue tracker's export read as a development table (heldout10, branch fix16s).

A Jira, Linear or Redmine export names two text columns: a short ``Summary`` (the ticket's
one-line title) and a long ``Description`` (what happened, with the event's date). The
vocabulary of ``tables`` reads both as the row's summary and kept only the first, so every
ticket lost its text, its date and the bodies it names. Whichever publisher exports the table,
when a header has no title column and two text columns, the one whose cells are short lines (no
sentence) is the title and the longer one the text.

The same exports list the team's own tickets beside the regulatory ones (an epic that groups
them, "Renew the DLP licence"): a row that names no date, public body or instrument reports no
development and is no item. Kept apart from ``tables`` so the rules stay one small module.
"""

from __future__ import annotations

from piplkit.track import dates, instruments
from piplkit.track.authorities import has_authority
from piplkit.track.model import Block

_SENTENCE_END = (".", "。", "!", "?", "！", "？", ";", "；")


def _mean_length(rows: list[Block], column: int) -> float:
    values = [r.cells[column] for r in rows if r.cells and len(r.cells) > column]
    return sum(len(v) for v in values) / max(1, len(values))


def _sentences(rows: list[Block], column: int) -> float:
    """The share of the column's filled cells that end as a sentence."""
    values = [r.cells[column].strip() for r in rows if r.cells and len(r.cells) > column]
    values = [v for v in values if v]
    return sum(v.endswith(_SENTENCE_END) for v in values) / max(1, len(values))


def title_column(roles: list[str | None], rows: list[Block]) -> list[str | None]:
    """``roles`` with the shorter of two text columns made the title, when no column is one."""
    texts = [i for i, r in enumerate(roles) if r == "summary"]
    if "title" in roles or len(texts) < 2:
        return roles
    data = rows[1:]
    short = min(texts, key=lambda i: _mean_length(data, i))
    long = max(texts, key=lambda i: _mean_length(data, i))
    if short == long or _mean_length(data, short) * 2 > _mean_length(data, long):
        return roles  # two columns of prose: not a title and its text
    if _sentences(data, short) > 0.5:
        return roles
    out = list(roles)
    out[short] = "title"
    for i in texts:  # the text is the longer column; other text columns are notes
        if i not in (short, long):
            out[i] = None
    return out


#: the columns that say a row reports an act: when one is filled, the row is a development
_ACT_COLUMNS = ("date", "authority", "effective", "penalty")


def reports_nothing(values: dict[str, str], bare_name: bool) -> bool:
    """A row with no date, public body or instrument in its cells or its text (an instrument
    named bare in a title column counts): the team's own ticket, no development."""
    if bare_name or any(values.get(k) for k in _ACT_COLUMNS):
        return False
    whole = f"{values.get('title', '')} {values.get('summary', '')}"
    if dates.find_dates(whole) or has_authority(whole) or "《" in whole:
        return False
    return not instruments.find_titles(whole)
