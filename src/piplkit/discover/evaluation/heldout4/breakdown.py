"""Set 4's own breakdowns, next to the scorer's (domain, header style, format): by encoding,
by table layout, by value variant, by whether the values alone decide the type, the
sensitive-type and minors' columns, and the list of non-PI columns reported as PI. Built from
the manifest and the scorer's error list, so no cell value is ever read or printed."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from typing import Any

IsPi = Callable[[str | None], bool]


def _key(file: str, sheet: str | None, header: str) -> tuple[str, str, str]:
    return file, sheet or "", header


def _wrong(report: dict[str, Any]) -> set[tuple[str, str, str]]:
    return {
        _key(e["file"], e.get("sheet"), e["column"])
        for e in report.get("errors", [])
        if "column" in e and e.get("gold") != e.get("predicted")
    }


def _layout(table: dict[str, Any], sheets: int) -> str:
    parts = []
    if table.get("title_rows"):
        parts.append("titles")
    if table.get("totals_row"):
        parts.append("totals")
    if sheets > 1:
        parts.append("multi-sheet")
    return "+".join(parts) or "plain"


def breakdowns(manifest: dict[str, Any], report: dict[str, Any], is_pi: IsPi) -> dict[str, Any]:
    wrong = _wrong(report)
    sheets_per_file: dict[str, int] = defaultdict(int)
    for table in manifest["tables"]:
        sheets_per_file[table["file"]] += 1
    groups: dict[str, dict[str, list[int]]] = {
        k: defaultdict(lambda: [0, 0])
        for k in ("encoding", "layout", "variant", "by_values", "gold_is_pi")
    }
    non_pi_as_pi = []
    for table in manifest["tables"]:
        fmt = table["format"]
        enc = f"{fmt}/{table['encoding']}" if table.get("encoding") else fmt
        layout = f"{fmt}:{_layout(table, sheets_per_file[table['file']])}"
        for col in table["columns"]:
            ok = _key(table["file"], table.get("sheet"), col["header"]) not in wrong
            keys = {
                "encoding": enc,
                "layout": layout,
                "variant": col.get("variant") or "plain",
                "by_values": "values decide" if col.get("decidable_by_values") else "header needed",
                "gold_is_pi": "PI" if is_pi(col["gold"]) else "not PI",
            }
            for group, key in keys.items():
                cell = groups[group][key]
                cell[0] += 1
                cell[1] += int(ok)
    for e in report.get("errors", []):
        if "column" in e and not is_pi(e.get("gold")) and is_pi(e.get("predicted")):
            non_pi_as_pi.append(
                {"file": e["file"], "sheet": e.get("sheet"), "column": e["column"],
                 "gold": e.get("gold"), "predicted": e.get("predicted")}
            )  # fmt: skip
    return {
        name: {
            k: {"columns": n, "correct": c, "accuracy": round(c / n, 4)}
            for k, (n, c) in sorted(g.items())
        }
        for name, g in groups.items()
    } | {"non_pi_reported_as_pi": non_pi_as_pi}


def format_breakdowns(data: dict[str, Any]) -> str:
    lines = []
    for name in ("encoding", "layout", "variant", "by_values", "gold_is_pi"):
        lines.append(f"\nby {name}:")
        for key, cell in data[name].items():
            lines.append(
                f"  {key:<28} {cell['correct']:>4}/{cell['columns']:<4} {cell['accuracy']:.4f}"
            )
    listed = data["non_pi_reported_as_pi"]
    lines.append(f"\nnon-PI columns reported as PI ({len(listed)}):")
    for e in listed:
        where = e["file"] + (f"#{e['sheet']}" if e["sheet"] else "")
        lines.append(f"  {where} [{e['column']}] {e['gold']} -> {e['predicted']}")
    return "\n".join(lines)
