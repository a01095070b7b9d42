"""Repeating rows in a form (rectification items, test and audit records), and date fields.

A list of small records is edited as a table: one row per stored item plus a few blank rows to
add new ones, each row with a "remove" box. Fields are posted as ``<prefix>-<i>-<column>``;
blank rows are ignored. The row count is bounded (``MAX_ROWS``) so a forged form cannot make
the server build a huge list. Problems are reported per row, in the user's language.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

from piplkit.platform.service.i18n import Lang, translate

MAX_ROWS = 200
BLANK_ROWS = 2


@dataclass(frozen=True, slots=True)
class Column:
    name: str
    label: str
    kind: str = "text"  # text | date | select
    options: tuple[tuple[str, str], ...] = ()
    required: bool = False


@dataclass(frozen=True, slots=True)
class RowSet:
    """One table of rows in a form: its field prefix, legend, columns and help."""

    prefix: str
    legend: str
    columns: tuple[Column, ...]
    help: str | None = None

    def view(
        self, items: list[dict[str, Any]], errors: dict[int, str], blank: int = BLANK_ROWS
    ) -> dict[str, Any]:
        """What ``security_form.html`` draws: the stored or posted rows, then blank ones."""
        rows = []
        for item in [*items, *({} for _ in range(blank))]:
            rows.append({c.name: _text(item.get(c.name)) for c in self.columns})
        return {
            "prefix": self.prefix,
            "legend": self.legend,
            "help": self.help,
            "columns": self.columns,
            "rows": rows,
            "errors": errors,
        }


def _text(value: Any) -> str:
    if value is None:
        return ""
    return str(getattr(value, "value", value))


def posted_rows(form: dict[str, str], rows: RowSet) -> list[dict[str, str]]:
    """The non-blank, not removed rows of a posted form, in order, as stripped strings."""
    pattern = re.compile(rf"^{re.escape(rows.prefix)}-(\d{{1,3}})-([a-z_]+)$")
    found: dict[int, dict[str, str]] = {}
    for key, value in form.items():
        match = pattern.match(key)
        if match is None:
            continue
        index = int(match.group(1))
        if index >= MAX_ROWS:
            continue
        found.setdefault(index, {})[match.group(2)] = value.strip()
    out = []
    for index in sorted(found):
        cells = found[index]
        if cells.get("remove"):
            continue
        values = {c.name: cells.get(c.name, "") for c in rows.columns}
        if any(values.values()):
            out.append(values)
    return out


def parse_date(value: str) -> dt.date | None:
    """An ISO date from a form field; '' is None; anything else raises ValueError."""
    if not value:
        return None
    return dt.date.fromisoformat(value)


def dates(
    form: dict[str, str], names: tuple[str, ...], lang: Lang
) -> tuple[dict[str, dt.date | None], dict[str, str]]:
    """The named date fields, and an error for each that is not a date."""
    values: dict[str, dt.date | None] = {}
    errors: dict[str, str] = {}
    for name in names:
        try:
            values[name] = parse_date(form.get(name, "").strip())
        except ValueError:
            errors[name] = translate(lang, "err.date")
    return values, errors


def row_dates(
    row: dict[str, str], names: tuple[str, ...]
) -> tuple[dict[str, dt.date | None], bool]:
    """The date cells of one row, and whether all of them parsed."""
    values: dict[str, dt.date | None] = {}
    ok = True
    for name in names:
        try:
            values[name] = parse_date(row.get(name, ""))
        except ValueError:
            values[name], ok = None, False
    return values, ok
