"""Write a generated evaluation set to a folder, and read one back.

Layout of the folder::

    manifest.json      seed, sizes, generator and Faker versions
    sentences.jsonl    labelled sentences: text, gold PI spans, hard-negative spans
    negatives.jsonl    sentences that must yield no finding
    tables.jsonl       one line per CSV: encoding and gold column types
    tables/*.csv       the CSVs, UTF-8 and GB18030

Each part gets its own seed derived from the set's seed, so changing how many sentences are
generated does not change the tables (and the other way round).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from importlib.metadata import version
from pathlib import Path
from typing import Any

from piplkit.discover.evaluation.carriers import CARRIERS, NEGATIVE_CARRIERS
from piplkit.discover.evaluation.model import Record, TableSpec
from piplkit.discover.evaluation.sentences import check_templates, generate_records
from piplkit.discover.evaluation.tables import write_tables
from piplkit.discover.evaluation.values import ValueFactory

GENERATOR_VERSION = 1
DEFAULT_SEED = 20241105


class DatasetError(ValueError):
    """The folder is not a readable evaluation set; the message names the file and line."""


@dataclass(frozen=True)
class GenerateOptions:
    seed: int = DEFAULT_SEED
    sentences: int = 2240
    negatives: int = 640
    tables: int = 12
    rows: int = 200
    carriers: Mapping[str, Sequence[str]] | None = None
    negative_carriers: Sequence[str] | None = None


@dataclass
class Dataset:
    root: Path
    sentences: list[Record] = field(default_factory=list)
    negatives: list[Record] = field(default_factory=list)
    tables: list[TableSpec] = field(default_factory=list)
    manifest: dict[str, Any] = field(default_factory=dict)


def _write_jsonl(path: Path, rows: Iterable[dict[str, Any]]) -> int:
    n = 0
    with path.open("w", encoding="utf-8", newline="\n") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False, sort_keys=True) + "\n")
            n += 1
    return n


def generate(out_dir: Path, options: GenerateOptions | None = None) -> dict[str, Any]:
    """Generate the evaluation set into ``out_dir`` (created if needed); return the manifest."""
    opts = options or GenerateOptions()
    carriers = opts.carriers if opts.carriers is not None else CARRIERS
    negative_carriers = (
        opts.negative_carriers if opts.negative_carriers is not None else NEGATIVE_CARRIERS
    )
    for domain, templates in carriers.items():
        check_templates(templates, f"carriers ({domain})")
    check_templates(negative_carriers, "negative carriers")
    out_dir.mkdir(parents=True, exist_ok=True)

    sentences = generate_records(
        carriers, opts.sentences, ValueFactory(opts.seed * 3 + 1), prefix="s"
    )
    n_sentences = _write_jsonl(out_dir / "sentences.jsonl", (r.to_dict() for r in sentences))
    negatives = generate_records(
        {"negative": negative_carriers}, opts.negatives, ValueFactory(opts.seed * 3 + 2), "n"
    )
    n_negatives = _write_jsonl(out_dir / "negatives.jsonl", (r.to_dict() for r in negatives))
    specs = write_tables(
        out_dir / "tables", opts.tables, opts.rows, ValueFactory(opts.seed * 3 + 3)
    )
    _write_jsonl(out_dir / "tables.jsonl", (s.to_dict() for s in specs))

    manifest = {
        "generator_version": GENERATOR_VERSION,
        "faker_version": version("faker"),
        "seed": opts.seed,
        "sentences": n_sentences,
        "negatives": n_negatives,
        "tables": len(specs),
        "rows_per_table": opts.rows,
        "carriers": sum(len(t) for t in carriers.values()),
        "negative_carriers": len(negative_carriers),
    }
    (out_dir / "manifest.json").write_text(
        json.dumps(manifest, ensure_ascii=False, indent=2, sort_keys=True) + "\n", encoding="utf-8"
    )
    return manifest


def _read_jsonl(path: Path, parse: Any) -> list[Any]:
    if not path.is_file():
        raise DatasetError(f"{path}: file not found (generate the set first)")
    out = []
    with path.open(encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                out.append(parse(json.loads(line)))
            except (ValueError, KeyError, TypeError) as exc:
                raise DatasetError(f"{path}, line {lineno}: not a valid record ({exc})") from None
    return out


def _check_spans(path: Path, records: list[Record]) -> None:
    for record in records:
        for span in (*record.spans, *record.negatives):
            if not 0 <= span.start < span.end <= len(record.text):
                raise DatasetError(
                    f"{path}, record {record.id}: span {span.start}-{span.end} outside the text"
                )


def load(root: Path) -> Dataset:
    """Read a set written by :func:`generate` (or by hand in the same format)."""
    if not root.is_dir():
        raise DatasetError(f"{root}: not a folder")
    data = Dataset(root=root)
    manifest_path = root / "manifest.json"
    if manifest_path.is_file():
        try:
            data.manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
        except ValueError as exc:
            raise DatasetError(f"{manifest_path}: not valid JSON ({exc})") from None
    data.sentences = _read_jsonl(root / "sentences.jsonl", Record.from_dict)
    _check_spans(root / "sentences.jsonl", data.sentences)
    negatives_path = root / "negatives.jsonl"
    if negatives_path.is_file():
        data.negatives = _read_jsonl(negatives_path, Record.from_dict)
        _check_spans(negatives_path, data.negatives)
    tables_path = root / "tables.jsonl"
    if tables_path.is_file():
        data.tables = _read_jsonl(tables_path, TableSpec.from_dict)
    return data
