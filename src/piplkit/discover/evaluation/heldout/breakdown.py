"""Breakdowns the business scorer does not make (encoding, table shape, values-decidable or
not, and the totals without tables whose header row sits under a report title), recomputed
from its column error list and the held-out manifest. Names files and headers only."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from typing import Any

IsPi = Callable[[str | None], bool]


class _Cell:
    __slots__ = ("columns", "non_pi", "non_pi_as_pi", "sens_known", "sens_wrong", "type_wrong")

    def __init__(self) -> None:
        self.columns = self.type_wrong = self.sens_known = self.sens_wrong = 0
        self.non_pi = self.non_pi_as_pi = 0

    def to_dict(self) -> dict[str, Any]:
        def ratio(part: int, whole: int) -> float | None:
            return round(part / whole, 4) if whole else None

        return {
            "columns": self.columns,
            "type_accuracy": ratio(self.columns - self.type_wrong, self.columns),
            "sensitivity_accuracy": ratio(self.sens_known - self.sens_wrong, self.sens_known),
            "non_pi_columns": self.non_pi,
            "non_pi_reported_as_pi": ratio(self.non_pi_as_pi, self.non_pi),
        }


def _groups(table: dict[str, Any], col: dict[str, Any]) -> Iterable[tuple[str, str]]:
    yield "encoding", f"{table['format']}/{table.get('encoding') or '-'}"
    for shape in table.get("shapes") or ["plain"]:
        yield "shape", shape
    yield "decidable_by_values", "yes" if col.get("decidable_by_values") else "no (header needed)"
    yield (
        "total_without_title_rows",
        "title_rows"
        if "title_rows" in (table.get("shapes") or ())
        else "tables whose header is the first row",
    )


def breakdowns(
    manifest: dict[str, Any], report: dict[str, Any], is_pi: IsPi
) -> dict[str, dict[str, dict[str, Any]]]:
    """``{breakdown: {group: metrics}}``; ``is_pi`` answers for a type id (None: not PI).

    Counts come from the scorer's error list (one entry per wrong column, in manifest order),
    so the report must be made with ``max_errors`` at least the number of columns."""
    wrong: dict[tuple[str, str | None, str], list[dict[str, Any]]] = defaultdict(list)
    for err in report.get("errors", []):
        wrong[(err["file"], err["sheet"], err["column"])].append(err)
    used: Counter[tuple[str, str | None, str]] = Counter()
    cells: dict[str, dict[str, _Cell]] = defaultdict(lambda: defaultdict(_Cell))
    for table in manifest["tables"]:
        for col in table["columns"]:
            key = (table["file"], table["sheet"], col["header"])
            errs = wrong.get(key, [])
            err = errs[used[key]] if used[key] < len(errs) else None
            used[key] += 1
            gold = col["gold"]
            for kind, group in _groups(table, col):
                cell = cells[kind][group]
                cell.columns += 1
                cell.sens_known += 1
                if not is_pi(gold):
                    cell.non_pi += 1
                if err is None:
                    continue
                cell.type_wrong += err["problem"] == "type"
                gold_sensitive = err.get("gold_sensitive")
                cell.sens_wrong += gold_sensitive is not None and (
                    err.get("reported_sensitive") != gold_sensitive
                )
                predicted = err.get("predicted")
                if not is_pi(gold) and predicted and is_pi(predicted):
                    cell.non_pi_as_pi += 1
    return {
        kind: {g: c.to_dict() for g, c in sorted(groups.items())} for kind, groups in cells.items()
    }


def format_breakdowns(extra: dict[str, dict[str, dict[str, Any]]]) -> str:
    lines = []
    for kind, groups in extra.items():
        lines.append(f"\nby {kind}:")
        lines.append(f"  {'group':44} {'cols':>5} {'type':>7} {'sens':>7} {'nonPI→PI':>9}")
        for group, m in groups.items():

            def num(x: float | None) -> str:
                return "-" if x is None else f"{x:.4f}"

            lines.append(
                f"  {group[:44]:44} {m['columns']:>5} {num(m['type_accuracy']):>7} "
                f"{num(m['sensitivity_accuracy']):>7} {num(m['non_pi_reported_as_pi']):>9}"
            )
    return "\n".join(lines)
