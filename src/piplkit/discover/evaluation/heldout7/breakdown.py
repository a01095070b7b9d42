"""Set 7's own breakdowns on top of the scorer's: by file layout (title lines, merged group
cells, totals row, several sheets), by value variant (masked, messy, typed as numbers, clean),
by header style family, by whether the table holds PI, and the list of non-PI columns reported
as PI. Errors are named by file, sheet and header only, never by a cell value."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable
from typing import Any

_MESSY = frozenset({"rid_messy", "mobile_messy", "birth_mixed", "name_pinyin", "disability_no"})
_TYPED = frozenset({"rid_int", "mobile_int", "qq_int"})


def variant(gen: str) -> str:
    """The value variant a column's maker writes."""
    if gen.endswith("_masked"):
        return "masked"
    if gen in _MESSY:
        return "messy (Excel E+17, full-width, +86, mixed spellings, pinyin)"
    if gen in _TYPED:
        return "typed as numbers in a workbook"
    return "clean"


def _layout(table: dict[str, Any], multi_sheet: set[str]) -> str:
    parts = []
    if table.get("merged_groups"):
        parts.append("merged header cells")
    elif table.get("title_rows"):
        parts.append("title rows")
    if table.get("totals_row"):
        parts.append("totals row")
    if table["file"] in multi_sheet:
        parts.append("several sheets")
    return " + ".join(parts) or "plain"


def breakdowns(
    manifest: dict[str, Any], report: dict[str, Any], is_pi: Callable[[str | None], bool]
) -> dict[str, Any]:
    """Right/total per layout, value variant, table kind and gold kind."""
    wrong = {
        (e["file"], e.get("sheet"), e["column"])
        for e in report.get("errors", [])
        if e.get("problem") == "type"
    }
    sheets = Counter(t["file"] for t in manifest["tables"] if t.get("sheet"))
    multi = {f for f, n in sheets.items() if n > 1}
    tallies: dict[str, dict[str, Counter[str]]] = defaultdict(lambda: defaultdict(Counter))
    for table in manifest["tables"]:
        for col in table["columns"]:
            ok = (table["file"], table["sheet"], col["header"]) not in wrong
            keys = {
                "layout": _layout(table, multi),
                "variant": variant(col.get("generator", "")),
                "table kind": "table with PI" if table.get("has_pi", True) else "table without PI",
                "gold kind": "PI" if is_pi(col["gold"]) else "not PI",
            }
            for axis, key in keys.items():
                tallies[axis][key]["columns"] += 1
                tallies[axis][key]["right"] += ok
    flagged = [
        {"file": e["file"], "sheet": e.get("sheet"), "column": e["column"],
         "predicted": e["predicted"]}
        for e in report.get("errors", [])
        if "gold" in e and not is_pi(e["gold"]) and is_pi(e.get("predicted"))
    ]  # fmt: skip
    out: dict[str, Any] = {
        axis: {k: dict(v) for k, v in sorted(by.items())} for axis, by in tallies.items()
    }
    out["non_pi_reported_as_pi"] = flagged
    return out


def format_breakdowns(data: dict[str, Any]) -> str:
    lines = ["", "Set 7 breakdowns (type right / columns):"]
    for axis in ("layout", "variant", "table kind", "gold kind"):
        lines.append(f"  by {axis}:")
        for key, c in data.get(axis, {}).items():
            lines.append(f"    {key:<62} {c['right']:>4} / {c['columns']:<4}")
    flagged = data.get("non_pi_reported_as_pi", [])
    lines.append(f"  non-PI columns reported as PI: {len(flagged)}")
    for e in flagged:
        where = e["file"] + (f" [{e['sheet']}]" if e["sheet"] else "")
        lines.append(f"    {where} [{e['column']}] -> {e['predicted']}")
    return "\n".join(lines)
