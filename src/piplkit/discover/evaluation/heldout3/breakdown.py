"""Breakdowns of a held-out-3 score that the business scorer does not make: by encoding, by
table layout, by whether the values alone decide, by value variant; and the non-PI columns
reported as PI. Built from the manifest and the scorer's error list (which must be complete:
score with ``max_errors`` above the column count). Names files, sheets and headers only."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from typing import Any


def _key(file: str, sheet: str | None, header: str) -> tuple[str, str | None, str]:
    return (file, sheet, header)


def breakdowns(
    manifest: dict[str, Any], report: dict[str, Any], is_pi: Callable[[str | None], bool]
) -> dict[str, Any]:
    wrong = {
        _key(e["file"], e["sheet"], e["column"]): e
        for e in report["errors"]
        if e["problem"] == "type"
    }
    cells: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(lambda: [0, 0]))
    non_pi_as_pi = []
    for table in manifest["tables"]:
        encoding = table["encoding"] or table["format"]
        layout = (
            "+".join(
                part
                for part, present in (
                    ("titles", table["title_rows"]),
                    ("totals", table["totals_row"]),
                )
                if present
            )
            or "plain"
        )
        for col in table["columns"]:
            error = wrong.get(_key(table["file"], table["sheet"], col["header"]))
            right = error is None
            groups = {
                "encoding": f"{table['format']}/{encoding}",
                "layout": layout,
                "decidable by values": str(col["decidable_by_values"]),
                "gold is PI": str(is_pi(col["gold"])),
            }
            if col["variant"]:
                groups["variant"] = f"{col['gold'] or 'None'}: {col['variant']}"
            for group, value in groups.items():
                cells[group][value][0] += 1
                cells[group][value][1] += right
            if error and not is_pi(col["gold"]) and is_pi(error["predicted"]):
                non_pi_as_pi.append(
                    {
                        "file": table["file"],
                        "sheet": table["sheet"],
                        "column": col["header"],
                        "domain": table["domain"],
                        "predicted": error["predicted"],
                    }
                )
    out: dict[str, Any] = {
        group: {
            value: {"columns": n, "type_accuracy": round(ok / n, 4)}
            for value, (n, ok) in sorted(values.items())
        }
        for group, values in cells.items()
    }
    out["non_pi_reported_as_pi_columns"] = non_pi_as_pi
    return out


def format_breakdowns(data: dict[str, Any]) -> str:
    lines: list[str] = []
    for group, values in data.items():
        if group == "non_pi_reported_as_pi_columns":
            continue
        lines += ["", f"{group:<64}{'columns':>8}{'type acc':>10}"]
        for value, c in values.items():
            lines.append(f"{value[:63]:<64}{c['columns']:>8}{c['type_accuracy']:>10.4f}")
    flagged = data["non_pi_reported_as_pi_columns"]
    lines += ["", f"non-PI columns reported as PI: {len(flagged)}"]
    for f in flagged:
        where = f["file"] + (f"#{f['sheet']}" if f["sheet"] else "")
        lines.append(f"  {where} [{f['column']}] -> {f['predicted']}")
    return "\n".join(lines)
