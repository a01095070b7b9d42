"""A terminal view of a scan report (Rich): summary first, then one table per file."""

from __future__ import annotations

from rich.console import Console, Group
from rich.markup import escape
from rich.panel import Panel
from rich.table import Table as RichTable

from piplkit.discover.scan.labels import (
    ALSO_LABEL,
    BASIS_LABELS,
    FREE_TEXT_LABEL,
    category_label,
    count,
    findings_summary,
    grade_label,
    type_label,
)
from piplkit.discover.scan.report import ColumnReport, FileReport, ScanReport


def render(report: ScanReport, console: Console) -> None:
    console.print(_summary(report))
    for f in report.files:
        console.print(_file(f, why=console.width >= WIDE))
    if report.summary.errors:
        errors = RichTable(
            title="Errors / 错误", show_header=True, header_style="bold red", expand=False
        )
        errors.add_column("Source / 来源")
        errors.add_column("Message / 说明")
        for e in report.summary.errors:
            errors.add_row(escape(e.path), escape(e.message))
        console.print(errors)


def _summary(report: ScanReport) -> Panel:
    s = report.summary
    grid = RichTable.grid(padding=(0, 2))
    grid.add_column(style="bold")
    grid.add_column()
    grid.add_row("As of / 评估日期", str(report.as_of))
    mode = (
        "full (every row)"
        if report.mode == "full"
        else f"sample ({count(report.sample_rows)} rows per table)"
    )
    grid.add_row("Mode / 模式", mode)
    grid.add_row(
        "Files / 文件",
        f"{count(s.files_scanned)} scanned, {count(s.files_failed)} failed, "
        f"{count(s.tables_scanned)} tables",
    )
    grid.add_row("PI columns / 个人信息列", count(s.pi_columns))
    grid.add_row(
        "Sensitive / 敏感个人信息",
        f"[bold red]{count(s.sensitive_total)}[/]" if s.sensitive_total else "0",
    )
    grid.add_row(
        "Minors < 14 / 未满十四周岁", f"[bold red]{count(s.minors)}[/]" if s.minors else "0"
    )
    if s.datasets_by_grade:
        grades = ", ".join(
            f"{grade_label(g)[0]} {count(n)}" for g, n in s.datasets_by_grade.items()
        )
        grid.add_row("Data grades / 数据分级", grades)
    if s.datasets_with_sensitive_pi:
        grid.add_row(
            "Datasets with sensitive PI / 含敏感信息", count(s.datasets_with_sensitive_pi)
        )
    totals = RichTable(show_header=True, header_style="bold", box=None, pad_edge=False)
    totals.add_column("Type / 类型")
    totals.add_column("Count / 数量", justify="right")
    for type_id, n in s.totals_by_type.items():
        zh, en = type_label(type_id)
        style = "bold red" if type_id in s.sensitive_by_type else ""
        totals.add_row(
            f"[{style}]{escape(zh)} ({escape(en)})[/]" if style else f"{zh} ({en})", f"{n:,}"
        )
    body = Group(grid, totals) if s.totals_by_type else grid
    return Panel(body, title="piplkit scan", expand=False)


#: Terminal width from which each column's reason is shown (narrower: see the JSON or HTML).
WIDE = 140


def _file(f: FileReport, *, why: bool) -> RichTable:
    title = f.path + (f"  [{f.table}]" if f.table else "")
    rows = "?" if f.rows < 0 else f"{'~' if f.rows_estimated else ''}{f.rows:,}"
    caption = f"{f.kind}, {f.encoding or '-'}, rows {rows}, {f.seconds:.2f}s"
    if f.grading:
        zh, en = grade_label(f.grading.get("grade"))
        basis = BASIS_LABELS.get(str(f.grading.get("basis")), ("", ""))[1]
        caption += f"\ngrade / 分级: {zh} {en} ({basis})"
        if f.categories:
            caption += "; categories / 类别: " + ", ".join(
                category_label(c)[0] for c in f.categories
            )
        needed = len(f.grading.get("facts_needed") or [])
        if needed:
            caption += (
                f"; {count(needed)} fact(s) the scan cannot see could raise it (see JSON/HTML)"
            )
    if f.warnings:
        caption += "\n" + "\n".join(f"! {w}" for w in f.warnings)
    table = RichTable(
        title=escape(title), caption=escape(caption), header_style="bold", expand=False
    )
    if f.columns:
        for name, justify in (
            ("Column / 列", "left"),
            ("PI type / 类型", "left"),
            ("Conf.", "right"),
            ("Matches", "right"),
            ("Sampled", "right"),
            ("Examples (masked) / 示例", "left"),
            *((("Why / 依据", "left"),) if why else ()),
        ):
            table.add_column(name, justify=justify)
        for c in f.columns:
            label = column_type_label(c)
            name = f"[bold red]{escape(c.name)}[/]" if c.sensitive else escape(c.name)
            table.add_row(
                name,
                label,
                f"{c.confidence:.2f}",
                f"{c.matches:,}",
                f"{c.sampled:,}",
                escape(", ".join(c.examples_masked)),
                *((f"[dim]{escape(c.reason)}[/]",) if why else ()),
            )
    else:
        table.add_column("PI type / 类型")
        table.add_column("Findings / 发现", justify="right")
        table.add_column("Examples (masked) / 示例")
        for type_id, n in f.findings_by_type.items():
            table.add_row(
                f"{type_label(type_id)[0]} {type_id}",
                count(n),
                escape(", ".join(f.examples_masked.get(type_id, []))),
            )
        if not f.findings_by_type:
            table.add_row("-", "0", "")
    return table


def column_type_label(c: ColumnReport) -> str:
    """The PI type cell (Rich markup): the column's type, or for a column without one whose
    values hold PI (notes, messages) "自由文本 free text: address×14, person_name×2"; what
    else a typed column holds follows on its own line, "另含 also: ipv6×12"; "-" when nothing
    was found."""
    found = findings_summary(c.findings_by_type)
    if not c.pi_type:
        if not found:
            return "-"
        zh, en = FREE_TEXT_LABEL
        return f"{zh} {en}: {escape(found)}"
    label = f"{type_label(c.pi_type)[0]} {c.pi_type}"
    if c.minors:
        label += f" (minors {count(c.minors)})"
    if found:
        zh, en = ALSO_LABEL
        label += f"\n[dim]{zh} {en}: {escape(found)}[/]"
    return label
