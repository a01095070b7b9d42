"""Generate the business-table evaluation set: files in several formats and a gold manifest.

``manifest.json`` lists every table (file, sheet, format, encoding, domain) and every column
(header as written, gold type or null, header style, noise, value variant, and for resident-ID
and birth-date columns the youngest birth date, from which the scorer decides minors as of its
own evaluation date). Generation is seeded and never reads the clock.
"""

from __future__ import annotations

import json
import os
import random
from dataclasses import dataclass
from datetime import date, datetime
from importlib import metadata
from pathlib import Path
from typing import Any

from piplkit.discover.evaluation.business.build import BuiltTable, build_table
from piplkit.discover.evaluation.business.headers import diversify_styles
from piplkit.discover.evaluation.business.templates import Domain, all_domains
from piplkit.discover.evaluation.business.writers import (
    FORMATS,
    write_csv,
    write_parquet,
    write_xlsx,
)

DEFAULT_SEED = 20261204
#: The set's "today": ages and recent dates are relative to it.
DEFAULT_REFERENCE = date(2026, 12, 1)
MANIFEST = "manifest.json"
SET_NAME = "piplkit-business-columns"
#: Format shares, as a cycle that is shuffled per seed: every format appears several times.
FORMAT_CYCLE: tuple[str, ...] = (
    "csv_utf8", "csv_utf8", "csv_utf8", "csv_utf8_bom", "csv_utf8_bom", "csv_gb18030",
    "csv_gb18030", "csv_gb18030", "xlsx", "xlsx", "xlsx", "parquet", "parquet",
)  # fmt: skip


class BusinessSetError(RuntimeError):
    """A set folder that cannot be written or read; the message names the file."""


@dataclass(frozen=True, slots=True)
class BusinessOptions:
    seed: int = DEFAULT_SEED
    #: Rows per table; ``None`` draws 200–800 per table.
    rows: int | None = None
    reference: date = DEFAULT_REFERENCE
    #: Only these domain ids (``None``: all).
    domains: tuple[str, ...] | None = None


def _selected(options: BusinessOptions) -> list[Domain]:
    domains = list(all_domains())
    if options.domains is None:
        return domains
    known = {d.id for d in domains}
    unknown = sorted(set(options.domains) - known)
    if unknown:
        raise BusinessSetError(
            f"unknown domain(s): {', '.join(unknown)} (known: {', '.join(sorted(known))})"
        )
    return [d for d in domains if d.id in options.domains]


def assign_formats(seed: int, keys: list[tuple[str, str]]) -> dict[tuple[str, str], str]:
    """A format per table: the cycle repeated and shuffled with the set's seed."""
    rng = random.Random(seed ^ 0x5EED)
    slots = list(FORMAT_CYCLE) * (len(keys) // len(FORMAT_CYCLE) + 1)
    rng.shuffle(slots)
    return {key: slots[i] for i, key in enumerate(keys)}


def _column_entry(col: Any) -> dict[str, Any]:
    return {
        "position": col.position,
        "header": col.header,
        "gold": col.gold,
        "style": col.style,
        "noise": col.noise,
        "kind": col.kind.id,
        "variant": col.variant.name,
        "decidable_by_values": col.variant.decidable,
        "blank_rate": col.blank_rate,
        "youngest_birth": col.youngest_birth.isoformat() if col.youngest_birth else None,
    }


def generate_business(out_dir: Path, options: BusinessOptions | None = None) -> dict[str, Any]:
    """Write the set into ``out_dir`` (created) and return the manifest."""
    options = options or BusinessOptions()
    domains = _selected(options)
    # formats are assigned over the whole catalogue of tables, so a subset keeps each format
    formats = assign_formats(
        options.seed, [(d.id, t.name) for d in all_domains() for t in d.tables]
    )
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise BusinessSetError(f"{out_dir}: cannot create ({exc.strerror})") from None
    built: list[tuple[BuiltTable, str]] = []
    for domain in domains:
        for template in domain.tables:
            table = build_table(options.seed, domain, template, options.reference, options.rows)
            built.append((table, formats[(domain.id, template.name)]))
    stamp = datetime(options.reference.year, options.reference.month, options.reference.day)
    diversify_styles([table for table, _fmt in built], options.seed)
    entries = _write_files(out_dir, built, stamp)
    manifest = {
        "name": SET_NAME,
        "version": 1,
        "seed": options.seed,
        "reference_date": options.reference.isoformat(),
        "rows": options.rows,
        "faker_version": metadata.version("faker"),
        "domains": [{"id": d.id, "title": d.title, "ages": list(d.ages)} for d in domains],
        "tables": entries,
    }
    path = out_dir / MANIFEST
    tmp = path.with_name(MANIFEST + ".tmp")
    try:
        tmp.write_text(json.dumps(manifest, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        os.replace(tmp, path)
    except OSError as exc:
        raise BusinessSetError(f"{path}: cannot write ({exc.strerror})") from None
    return manifest


def _write_files(
    out_dir: Path, built: list[tuple[BuiltTable, str]], stamp: datetime
) -> list[dict[str, Any]]:
    entries: list[dict[str, Any]] = []
    workbooks: dict[str, list[tuple[str, list[str], list[list[Any]]]]] = {}
    for table, fmt in built:
        headers = [c.header for c in table.columns]
        suffix, encoding = FORMATS[fmt]
        if fmt == "xlsx":
            rel = f"{table.domain.id}{suffix}"
            sheet = table.template.title
            workbooks.setdefault(rel, []).append((sheet, headers, table.rows))
        else:
            rel = f"{table.domain.id}_{table.template.name}{suffix}"
            sheet = None
            try:
                if fmt == "parquet":
                    write_parquet(
                        out_dir / rel, headers, [c.variant.dtype for c in table.columns], table.rows
                    )
                else:
                    write_csv(out_dir / rel, encoding or "utf-8", headers, table.rows)
            except OSError as exc:
                raise BusinessSetError(f"{out_dir / rel}: cannot write ({exc.strerror})") from None
        entries.append({
            "file": rel,
            "sheet": sheet,
            "format": fmt,
            "encoding": encoding,
            "domain": table.domain.id,
            "template": table.template.name,
            "title": table.template.title,
            "rows": len(table.rows),
            "columns": [_column_entry(c) for c in table.columns],
        })  # fmt: skip
    for rel, sheets in workbooks.items():
        try:
            write_xlsx(out_dir / rel, stamp, sheets)
        except OSError as exc:
            raise BusinessSetError(f"{out_dir / rel}: cannot write ({exc.strerror})") from None
    return entries


def load_manifest(root: Path) -> dict[str, Any]:
    path = root / MANIFEST
    if not root.is_dir():
        raise BusinessSetError(f"{root}: not a folder")
    try:
        manifest = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise BusinessSetError(f"{path}: no manifest (generate the set first)") from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise BusinessSetError(f"{path}: unreadable manifest ({exc})") from None
    if manifest.get("name") != SET_NAME or not isinstance(manifest.get("tables"), list):
        raise BusinessSetError(f"{path}: not a {SET_NAME} manifest")
    return manifest
