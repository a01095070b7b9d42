"""Write every ``piplkit track`` output a throughput change must leave byte-identical.

Runs the CLI in-process over each shipped document and each newsletter (``PIPLKIT_TRACK_SEEDS``)
with ``jsonl``, ``--skipped --proposals``, ``table`` and ``json``, both batch runs over all of
them, and ``track score`` on the shipped documents and on the newsletters; then ingests
``--copies`` re-drawn copies of the text documents (as ``bench_track.py`` draws them) with every
per-text cache emptied before each and writes their records and skipped lists. Run it before
and after a change into two directories and compare them with ``diff -r``.

Usage: ``python benchmarks/track_identity.py OUT_DIR [--copies 300]``.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

from typer.testing import CliRunner

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bench_track as bench

from piplkit.faces.cli.app import app
from piplkit.track import parse_document
from piplkit.track.extract import developments

GOLD = bench.ROOT / "tests/data/track/gold"
MANIFEST = bench.ROOT / "tests/data/track/manifest.yaml"
VARIANTS = [
    ("jsonl", []),
    ("skipped", ["--skipped", "--proposals"]),
    ("table", ["--format", "table"]),
    ("json", ["--format", "json"]),
]


def _cli(out: Path, name: str, args: list[str]) -> None:
    result = CliRunner().invoke(app, args)
    (out / name).write_text(f"exit {result.exit_code}\n{result.output}", "utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("out", type=Path)
    parser.add_argument("--copies", type=int, default=300)
    args = parser.parse_args()
    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)
    docs = sorted(str(p) for p in bench.DOCS.iterdir())
    seeds = sorted(str(p) for p in bench.SEEDS.glob("*.txt"))
    for path in docs + seeds:
        for label, extra in VARIANTS:
            _cli(out, f"{Path(path).name}.{label}", ["track", "ingest", path, *extra])
    for label, extra in VARIANTS[:2]:
        _cli(out, f"batch.{label}", ["track", "ingest", *docs, *seeds, *extra])
    _cli(out, "score.docs", ["track", "score", str(GOLD), *docs, "--manifest", str(MANIFEST)])
    _cli(out, "score.seeds", ["track", "score", str(GOLD), *seeds, "--errors"])
    rng = random.Random(7)
    sources = bench._sources()
    with (out / "copies.jsonl").open("w", encoding="utf-8") as sink:
        for i in range(args.copies):
            name, text = sources[i % len(sources)]
            bench._clear_caches()
            parsed = parse_document(bench._variant(text, rng).encode("utf-8"), name)
            devs = developments(parsed)
            row = {
                "name": name,
                "devs": [d.to_dict() for d in devs],
                "skipped": [repr(s) for s in getattr(parsed, "skipped", [])],
            }
            sink.write(json.dumps(row, ensure_ascii=False, sort_keys=True) + "\n")


if __name__ == "__main__":
    main()
