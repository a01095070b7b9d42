"""How set 16 turns one report kind into the four exports real systems make of it.

A report kind's column is one line ``zh;english;colloquial;pinyin;gen;gold``: four spellings of
its header (a leading ``~`` marks a colloquial header, ``^`` pinyin initials, ``%`` full pinyin,
``@`` a vendor prefix) and its maker, or four makers joined by ``,`` (one per export, so a phone
is typed as a number in a workbook and written full-width in another). The four exports differ
as a counter clerk's CSV, a manager's monthly workbook, a data-warehouse table and an old
system's GB18030/TSV dump differ: spelling, columns kept, layout and encoding. The gold is the
same in all four: a header's spelling never changes a column's type (choice 31).
"""

from __future__ import annotations

from dataclasses import dataclass

from piplkit.discover.evaluation.heldout6.spec import ColSpec, Table, table

_MARKS = {"~": "zh_colloquial", "^": "pinyin_initials", "%": "pinyin_full", "@": "vendor"}
_OPAQUE = ("col_{}", "字段{}", "F{:02d}", "列{}", "c{}")
_DUMPS = (("csv", "gb18030", False), ("csv", "utf-8-sig", False), ("tsv", "utf-8", False),
          ("csv", "utf-8", True))  # fmt: skip


@dataclass(frozen=True)
class Kind:
    """One report kind: its file stem, domain, report title and columns, and its people's ages."""

    stem: str
    domain: str
    title: str
    cols: tuple[str, ...]
    p_ages: tuple[int, int] = (20, 65)
    q_ages: tuple[int, int] = (25, 60)


def _camel(name: str) -> str:
    head, *rest = name.split("_")
    return head + "".join(w.title() for w in rest)


def _spec(line: str, variant: int, position: int, opaque: int | None, camel: bool) -> ColSpec:
    parts = line.split(";")
    if len(parts) != 6:
        raise ValueError(f"a column needs six fields: {line!r}")
    header = parts[variant]
    gens = parts[4].split(",")
    gen = gens[variant % len(gens)]
    if opaque is not None:
        return (_OPAQUE[opaque % len(_OPAQUE)].format(position + 1), gen, parts[5], "opaque")
    if header[:1] in _MARKS:
        return (header[1:], gen, parts[5], _MARKS[header[0]])
    if camel and "_" in header:
        header = _camel(header)
    return (header, gen, parts[5])


def _kept(n: int, variant: int) -> list[int]:
    """Which columns an export keeps, in its order: all, every 4th dropped, every 5th dropped,
    all with the first moved last."""
    if variant == 1:
        return [j for j in range(n) if j % 4 != 3]
    if variant == 2:
        return [j for j in range(n) if j % 5 != 4]
    if variant == 3:
        return [*range(1, n), 0]
    return list(range(n))


def exports(kind: Kind, index: int) -> list[Table]:
    """The kind's four exports; ``index`` (the kind's place in the set) varies the layout."""
    out = []
    ages = {"p_ages": kind.p_ages, "q_ages": kind.q_ages}
    for v in range(4):
        keep = _kept(len(kind.cols), v)
        opaque = {keep[2], keep[-2]} if v == 3 else set()
        cols = [
            _spec(kind.cols[j], v, pos, index if j in opaque else None, index % 2 == 1)
            for pos, j in enumerate(keep)
        ]
        if v == 0:
            out.append(table(f"{kind.stem}_export.csv", kind.domain, cols, **ages))
        elif v == 1:
            groups: tuple[tuple[str, int], ...] = ()
            if index % 3 == 0:
                first = len(cols) // 2
                groups = (("基本信息", first), ("业务信息", len(cols) - first))
            out.append(
                table(
                    f"{kind.stem}_月报.xlsx",
                    kind.domain,
                    cols,
                    fmt="xlsx",
                    sheet="明细",
                    title_rows=(kind.title, "导出时间：2026-12-07 09:30"),
                    groups=groups,
                    totals_row=index % 3 == 1,
                    encoding=None,
                    **ages,
                )
            )
        elif v == 2:
            fmt = "parquet" if index % 2 == 0 else "jsonl"
            out.append(
                table(f"dw_{kind.stem}.{fmt}", kind.domain, cols, fmt=fmt, encoding=None, **ages)
            )
        else:
            fmt, enc, quoted = _DUMPS[index % len(_DUMPS)]
            name = f"{kind.stem}_legacy.{fmt}"
            out.append(
                table(name, kind.domain, cols, fmt=fmt, encoding=enc, quote_all=quoted, **ages)
            )
    return out


def plain(file: str, domain: str, lines: tuple[str, ...], **kw: object) -> Table:
    """A table written once (no-PI tables, wide exports, lookups): ``header;gen;gold`` lines."""
    cols: list[ColSpec] = []
    for line in lines:
        header, gen, gold = line.split(";")
        if header[:1] in _MARKS:
            cols.append((header[1:], gen, gold, _MARKS[header[0]]))
        else:
            cols.append((header, gen, gold))
    if file.endswith(".xlsx"):
        kw.setdefault("fmt", "xlsx")
        kw.setdefault("encoding", None)
        kw.setdefault("sheet", "Sheet1")
    elif file.endswith((".parquet", ".jsonl")):
        kw.setdefault("fmt", file.rsplit(".", 1)[1])
        kw.setdefault("encoding", None)
    elif file.endswith(".tsv"):
        kw.setdefault("fmt", "tsv")
    return table(file, domain, cols, **kw)
