"""Set 5's own breakdowns on top of the scorer's: by file layout (title lines, merged group cells,
totals row), by value variant (masked, messy, clean), and whether the header alone names the
type. Errors are named by file, sheet and header only, never a cell value."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable
from typing import Any

_MASKED = {"name_masked", "mobile_masked", "rid_masked", "bank_card_masked"}
_MESSY = {"mobile_messy", "rid_messy", "birth_mixed", "mixed_docs"}


def _variant(gen: str) -> str:
    if gen in _MASKED:
        return "masked"
    if gen in _MESSY:
        return "messy"
    return "clean"


def _layout(table: dict[str, Any]) -> str:
    parts = []
    if table.get("merged_groups"):
        parts.append("merged header cells")
    elif table.get("title_rows"):
        parts.append("title rows")
    if table.get("totals_row"):
        parts.append("totals row")
    return " + ".join(parts) or "plain"


def breakdowns(
    manifest: dict[str, Any], report: dict[str, Any], is_pi: Callable[[str | None], bool]
) -> dict[str, Any]:
    """Right/total per layout, value variant and gold kind; the non-PI columns reported as PI."""
    wrong = {(e["file"], e["sheet"], e["column"]) for e in report.get("errors", [])
             if e["problem"] == "type"}  # fmt: skip
    tallies: dict[str, dict[str, Counter[str]]] = defaultdict(lambda: defaultdict(Counter))
    for table in manifest["tables"]:
        for col in table["columns"]:
            ok = (table["file"], table["sheet"], col["header"]) not in wrong
            keys = {
                "layout": _layout(table),
                "variant": _variant(col.get("generator", "")),
                "gold kind": "PI" if is_pi(col["gold"]) else "not PI",
            }
            for axis, key in keys.items():
                tallies[axis][key]["columns"] += 1
                tallies[axis][key]["right"] += ok
    non_pi_as_pi = [
        {"file": e["file"], "sheet": e["sheet"], "column": e["column"], "predicted": e["predicted"]}
        for e in report.get("errors", [])
        if not is_pi(e["gold"]) and is_pi(e["predicted"])
    ]
    out: dict[str, Any] = {
        axis: {k: dict(v) for k, v in sorted(by.items())} for axis, by in tallies.items()
    }
    out["non_pi_reported_as_pi"] = non_pi_as_pi
    return out


def format_breakdowns(data: dict[str, Any]) -> str:
    lines = ["", "Set 5 breakdowns (type right / columns):"]
    for axis in ("layout", "variant", "gold kind"):
        lines.append(f"  by {axis}:")
        for key, c in data.get(axis, {}).items():
            lines.append(f"    {key:<28} {c['right']:>4} / {c['columns']:<4}")
    flagged = data.get("non_pi_reported_as_pi", [])
    lines.append(f"  non-PI columns reported as PI: {len(flagged)}")
    for e in flagged:
        where = f"{e['file']}" + (f" [{e['sheet']}]" if e["sheet"] else "")
        lines.append(f"    {where} [{e['column']}] -> {e['predicted']}")
    return "\n".join(lines)
