"""Generate the held-out business-table set: every table of the domain modules, written to a
folder with a ``manifest.json`` in the shape the business-set scorer reads (so
``piplkit eval business score DIR`` scores it unchanged)."""

from __future__ import annotations

import json
import os
import random
from collections import defaultdict
from datetime import date
from pathlib import Path
from typing import Any

from faker import Faker

from piplkit.discover.evaluation.heldout import writers
from piplkit.discover.evaluation.heldout.person import make_person
from piplkit.discover.evaluation.heldout.spec import Col, Row, Table

#: The scorer recognises manifests by this name (``piplkit.discover.evaluation.business``).
SET_NAME = "piplkit-business-columns"
HELDOUT_NAME = "piplkit-heldout-business-columns"
REFERENCE_DATE = date(2026, 12, 1)
DEFAULT_SEED = 20261204
#: Gold types whose values reveal a birth date (the scorer ORs "holds a minor" into them).
AGE_TYPES = frozenset({"cn_resident_id", "birth_date"})


def all_tables() -> list[Table]:
    from piplkit.discover.evaluation.heldout import (
        tables_commerce,
        tables_digital,
        tables_finance,
        tables_health,
        tables_people,
    )

    out: list[Table] = []
    for module in (tables_health, tables_finance, tables_commerce, tables_people, tables_digital):
        out.extend(module.tables())
    return out


def _seed_int(rng: random.Random) -> int:
    return rng.randrange(0, 2**31)


def _cell(c: Col, r: Row, fmt: str) -> tuple[Any, bool]:
    """``(value, is a real value of the column's kind)``; blanks and junk are not real."""
    rng = r.rng
    if c.blank and rng.random() < c.blank:
        if c.placeholders and fmt in ("csv", "tsv", "xlsx"):
            return rng.choice(c.placeholders), False
        return None, False
    if c.noise and rng.random() < c.noise:
        return rng.choice(c.junk), False
    value = c.gen(r)
    if c.pad and isinstance(value, str) and rng.random() < c.pad:
        value += rng.choice(("  ", " ", "\u3000"))
    return value, True


def build_table(table: Table, seed: int, ref: date) -> tuple[list[list[Any]], dict[str, Any]]:
    """The table's cells (column-major) and its manifest entry."""
    rng = random.Random(f"{seed}:{table.file}:{table.sheet}")
    fakes = []
    for locale in ("zh_CN", "zh_TW", "en_US"):
        f = Faker(locale)
        f.seed_instance(_seed_int(rng))
        fakes.append(f)
    state: dict[str, Any] = {}
    row = Row(rng, fakes[0], fakes[1], fakes[2], ref, state)
    n = rng.randint(*table.rows)
    grid: list[list[Any]] = [[] for _ in table.columns]
    youngest: list[date | None] = [None] * len(table.columns)
    for i in range(n):
        row.i = i
        row.p = make_person(rng, fakes[0], fakes[1], table.people, ref)
        for j, c in enumerate(table.columns):
            value, real = _cell(c, row, table.fmt)
            grid[j].append(value)
            if real and c.gold in AGE_TYPES:
                born, so_far = row.p.born, youngest[j]
                if so_far is None or born > so_far:
                    youngest[j] = born
    columns = []
    for j, c in enumerate(table.columns):
        filled = sum(1 for v in grid[j] if v not in (None, "") and v not in c.placeholders)
        columns.append(
            {
                "position": j,
                "header": c.header,
                "gold": c.gold,
                "style": c.style,
                "noise": _noise(c),
                "kind": c.kind or (c.gold or "business"),
                "variant": c.variant,
                "decidable_by_values": c.by_values,
                "blank_rate": round(1 - filled / n, 3),
                "youngest_birth": y.isoformat() if (y := youngest[j]) else None,
            }
        )
    entry = {
        "file": table.file,
        "sheet": table.sheet,
        "format": table.fmt,
        "encoding": table.encoding if table.fmt in ("csv", "tsv") else None,
        "domain": table.domain,
        "rows": n,
        "columns": columns,
        "delimiter": table.delimiter if table.fmt in ("csv", "tsv") else None,
        "shapes": list(_shapes(table)),
    }
    return grid, entry


def _noise(c: Col) -> str:
    parts = []
    if c.blank:
        parts.append(f"blank {c.blank:.0%}" + (" placeholders" if c.placeholders else ""))
    if c.noise:
        parts.append(f"junk {c.noise:.0%}")
    if c.pad:
        parts.append(f"padded {c.pad:.0%}")
    return ", ".join(parts) or "clean"


def _shapes(table: Table) -> tuple[str, ...]:
    shapes = list(table.shapes)
    if table.title_rows:
        shapes.append("title_rows")
    if table.totals_row:
        shapes.append("totals_row")
    if table.excel_text:
        shapes.append(f"excel_text_{table.excel_text_style}")
    if table.quote_all:
        shapes.append("quote_all")
    headers = [c.header for c in table.columns]
    if len(set(headers)) < len(headers):
        shapes.append("duplicate_headers")
    if any(not h.strip() for h in headers):
        shapes.append("blank_header")
    return tuple(dict.fromkeys(shapes))


def generate(out: Path, *, seed: int = DEFAULT_SEED, ref: date = REFERENCE_DATE) -> dict[str, Any]:
    """Write every table and ``manifest.json`` into ``out``; returns the manifest."""
    out.mkdir(parents=True, exist_ok=True)
    by_file: dict[str, list[tuple[Table, list[list[Any]]]]] = defaultdict(list)
    entries = []
    for table in all_tables():
        grid, entry = build_table(table, seed, ref)
        by_file[table.file].append((table, grid))
        entries.append(entry)
    for file, parts in by_file.items():
        path = out / file
        first = parts[0][0]
        if first.fmt == "xlsx":
            writers.write_xlsx(path, parts)
        elif first.fmt == "parquet":
            writers.write_parquet(path, *parts[0])
        elif first.fmt == "jsonl":
            writers.write_jsonl(path, *parts[0])
        else:
            writers.write_csv(path, *parts[0])
    manifest = {
        "name": SET_NAME,
        "set": HELDOUT_NAME,
        "seed": seed,
        "reference_date": ref.isoformat(),
        "tables": entries,
    }
    tmp = out / "manifest.json.tmp"
    tmp.write_text(json.dumps(manifest, ensure_ascii=False, indent=1), encoding="utf-8")
    os.replace(tmp, out / "manifest.json")
    return manifest
