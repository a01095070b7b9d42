"""The dataset form's column editor: one row per column, a PI type picked from the catalogue,
the sensitivity the catalogue gives that type.

Each row posts ``columns-<i>-name``, ``columns-<i>-type``, ``columns-<i>-orig`` (the stored name
it was loaded as, so a renamed column keeps its scan samples) and, when ticked,
``columns-<i>-sensitive`` and ``columns-<i>-remove``. Without JavaScript the form offers a few
empty rows (saving and editing again offers more) and a remove box per row; with
``static/column_editor.js`` rows are added and removed in place and the sensitivity follows the
chosen type at once. Either way the server decides: sensitivity is the
catalogue's unless it leaves a choice (:mod:`piplkit.assess.law.column_sensitivity`), and every
problem is reported with the row's number and name.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any

from pydantic import ValidationError

from piplkit.assess.law.column_sensitivity import (
    Choice,
    ColumnSensitivity,
    Reason,
    column_sensitivity,
)
from piplkit.assess.law.kb import load_knowledge_base
from piplkit.assess.law.pi_types import PICatalogue, load_catalogue
from piplkit.faces.web.clock import china_today
from piplkit.faces.web.forms import field_errors
from piplkit.map.register.schemas import ColumnIn
from piplkit.platform.service.i18n import Lang, translate

#: Rows one form may carry: wide tables fit; a dataset with more columns is edited through the
#: API or ``piplkit register import`` and its columns are shown read-only here.
MAX_COLUMNS = 500
#: Empty rows offered under the filled ones (for browsers without JavaScript).
BLANK_ROWS = 3
#: Marks a form that carries the editor (a form without it leaves the columns unchanged).
MARKER = "columns-editor"
_FIELD = re.compile(r"^columns-(\d{1,6})-(name|type|orig|sensitive|remove)$")
#: Scan statistics that describe the detected type: dropped when a person changes the type.
_TYPE_STATS = ("confidence", "matches", "sampled")


@dataclass(slots=True)
class Row:
    """One row as shown: what was posted or stored, and the problem found in it, if any."""

    name: str = ""
    type: str = ""
    sensitive: bool = False
    orig: str = ""
    error: str | None = None


@dataclass(slots=True)
class Posted:
    """The editor's part of a posted dataset form.

    ``columns`` is None when the form did not carry the editor (the stored columns stay);
    ``rows`` is what to show again (None: show the stored columns).
    """

    columns: list[dict[str, Any]] | None = None
    rows: list[Row] | None = None
    problems: list[str] = field(default_factory=list)

    @property
    def errors(self) -> dict[str, str]:
        return {"columns": " ".join(self.problems)} if self.problems else {}


def _where(lang: Lang, number: int, name: str) -> str:
    if name and name.isprintable() and len(name) <= 60:
        return translate(lang, "coledit.row_named", n=number, name=name)
    return translate(lang, "coledit.row", n=number)


def _name_problem(name: str, lang: Lang) -> str | None:
    try:
        ColumnIn.model_validate({"name": name})
    except ValidationError as exc:
        return field_errors(exc, lang).get("name", translate(lang, "err.pattern"))
    return None


def read_posted(
    form: dict[str, str],
    existing: list[dict[str, Any]],
    lang: Lang,
    *,
    today: dt.date | None = None,
    catalogue: PICatalogue | None = None,
) -> Posted:
    """The posted rows as register columns, or the rows again with a message per bad row."""
    if form.get(MARKER) != "1":
        return Posted()
    cat = catalogue or load_catalogue()
    day = today or china_today()
    indices = sorted({int(m.group(1)) for key in form if (m := _FIELD.match(key))})
    if len(indices) > MAX_COLUMNS + BLANK_ROWS:
        message = translate(lang, "coledit.too_many_rows", max=MAX_COLUMNS)
        return Posted(rows=[], problems=[message])
    known = {str(c["name"]): c for c in existing}
    rows: list[Row] = []
    columns: list[dict[str, Any]] = []
    problems: list[str] = []
    first_row: dict[str, int] = {}
    for i in indices:
        row = Row(
            name=form.get(f"columns-{i}-name", "").strip(),
            type=form.get(f"columns-{i}-type", "").strip(),
            sensitive=bool(form.get(f"columns-{i}-sensitive")),
            orig=form.get(f"columns-{i}-orig", "").strip(),
        )
        if form.get(f"columns-{i}-remove") or not (row.name or row.type or row.sensitive):
            continue  # removed, or left empty
        rows.append(row)
        number = len(rows)  # as the form shows the rows again: empty and removed ones go
        base = known.get(row.orig or row.name, {})
        problem, column = _check(row, base, first_row, cat, day, lang)
        if problem:
            row.error = f"{_where(lang, number, row.name)}{problem}"
            problems.append(row.error)
        elif column is not None:
            first_row[row.name] = number
            columns.append(column)
    if len(columns) > MAX_COLUMNS:
        problems.append(translate(lang, "coledit.too_many_rows", max=MAX_COLUMNS))
    return Posted(columns=columns, rows=rows, problems=problems)


def _check(
    row: Row,
    base: dict[str, Any],
    first_row: dict[str, int],
    cat: PICatalogue,
    day: dt.date,
    lang: Lang,
) -> tuple[str | None, dict[str, Any] | None]:
    """(the problem with one row, or the register column it stands for)."""
    if not row.name:
        return translate(lang, "coledit.no_name"), None
    bad_name = _name_problem(row.name, lang)
    if bad_name:
        return bad_name, None
    if row.name in first_row:
        return translate(lang, "coledit.duplicate", n=first_row[row.name]), None
    stored_type = base.get("pi_type") or ""
    if row.type and row.type not in cat.types and row.type != stored_type:
        return translate(lang, "coledit.unknown_type", type=row.type[:60]), None
    sensitive = column_sensitivity(cat, row.type or None, day).settle(row.sensitive)
    if sensitive is None:
        return translate(lang, "coledit.not_pi_sensitive"), None
    row.sensitive = sensitive
    kept = dict(base)
    if row.type != stored_type:
        for stat in _TYPE_STATS:
            kept.pop(stat, None)
    return None, {**kept, "name": row.name, "pi_type": row.type or None, "sensitive": sensitive}


# --- showing the editor -----------------------------------------------------------------------


def _rows_of(value: Any) -> list[Row]:
    if not value:
        return []
    rows: list[Row] = []
    for item in value:
        if isinstance(item, Row):
            rows.append(item)
        elif isinstance(item, dict):
            name = str(item.get("name") or "")
            rows.append(
                Row(
                    name=name,
                    type=str(item.get("pi_type") or ""),
                    sensitive=bool(item.get("sensitive")),
                    orig=name,
                )
            )
    return rows


def _groups(cat: PICatalogue, day: dt.date, lang: Lang, minor_age: int) -> list[dict[str, Any]]:
    """The picker's option groups: categories in catalogue order, each type with the
    sensitivity rule the script applies when it is picked."""
    groups = []
    for cid, category in cat.categories.items():
        types = []
        for t in cat.types_in(cid):
            rule = column_sensitivity(cat, t.id, day)
            types.append(
                {
                    "id": t.id,
                    "zh": t.name_zh,
                    "en": t.name_en,
                    "choice": rule.choice.value,
                    "default": rule.default,
                    "reason": reason_text(rule, lang, minor_age),
                }
            )
        if types:
            groups.append({"zh": category.name_zh, "en": category.name_en, "types": types})
    return groups


def _reading_names(rule: ColumnSensitivity, lang: Lang) -> str:
    kb = load_knowledge_base()
    names = []
    for instrument in rule.readings:
        try:
            found = kb.instrument(instrument)
        except KeyError:
            names.append(instrument)
            continue
        names.append(found.title_zh if lang == "zh" else found.short)
    return "；".join(names) if lang == "zh" else "; ".join(names)


def reason_text(rule: ColumnSensitivity, lang: Lang, minor_age: int) -> str:
    """What the sensitivity cell says about the catalogue's answer."""
    if rule.reason is Reason.READINGS_DIFFER:
        return translate(
            lang,
            "coledit.reason.readings_differ",
            reading=translate(
                lang, "coledit.reason." + ("sensitive" if rule.default else "not_sensitive")
            ),
            readings=_reading_names(rule, lang),
        )
    if rule.reason is Reason.MINORS:
        return translate(lang, "coledit.reason.minors", age=minor_age)
    return translate(lang, f"coledit.reason.{rule.reason.value}")


def with_rows(spec: dict[str, Any], value: Any, lang: Lang) -> dict[str, Any]:
    """The form field ``spec`` with what ``_column_editor.html`` shows: rows (stored, or as
    posted), empty rows, the catalogue's option groups and each type's sensitivity rule."""
    cat = load_catalogue()
    day = china_today()
    rows = _rows_of(value)
    if len(rows) > MAX_COLUMNS:
        return {**spec, "too_many": len(rows), "max_rows": MAX_COLUMNS, "rows": [], "groups": []}
    minor_age = cat.minor_age_on(day)
    shown = [*rows, *(Row() for _ in range(BLANK_ROWS))]
    out_rows = []
    for row in shown:
        rule = column_sensitivity(cat, row.type or None, day)
        settled = rule.settle(row.sensitive)
        out_rows.append(
            {
                "name": row.name,
                "type": row.type,
                "orig": row.orig,
                "error": row.error,
                "sensitive": rule.default if settled is None else settled,
                "locked": rule.choice is Choice.FIXED,
                "reason": reason_text(rule, lang, minor_age),
                "known": not row.type or row.type in cat.types,
            }
        )
    return {
        **spec,
        "too_many": 0,
        "max_rows": MAX_COLUMNS,
        "rows": out_rows,
        "groups": _groups(cat, day, lang, minor_age),
        "blank": out_rows[-1],
    }


def shown_again(posted: Posted, existing: list[dict[str, Any]]) -> list[Any]:
    """What the form shows after a post that is not saved: the rows as posted, or the stored
    columns when the form did not carry the editor."""
    return existing if posted.rows is None else list(posted.rows)
