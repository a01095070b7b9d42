"""Column classification on the HELD-OUT business-table set (issue 11, "tables written by others").

The held-out set (``piplkit.discover.evaluation.heldout``) was written apart from the team's own
set and from the classifier: other exporters, header spellings, value formats, encodings (GBK,
GB18030, UTF-16 with BOM, UTF-8 with and without BOM), delimiters (, ; | tab), workbooks with
several sheets and report titles above the header, typed Parquet, JSON Lines. It is generated to a
folder with a manifest in the business set's shape and scored by the same scorer, so the numbers
compare with ``bench_columns.py``:

* column type accuracy (floor >= 0.97), sensitivity accuracy (floor >= 0.98), non-PI columns
  reported as PI (floor <= 2 %);
* the scorer's breakdowns (domain, header style, format, per type, confusion, errors — file,
  sheet and header names only, never a cell value) and this set's own (encoding, table shape,
  decidable by values or not, totals without the report-title tables).

    python benchmarks/bench_columns_heldout.py                        # temp dir removed after
    python benchmarks/bench_columns_heldout.py --out /tmp/hset --json heldout.json
    python benchmarks/bench_columns_heldout.py --out /tmp/hset --reuse  # score it again
    python benchmarks/bench_columns_heldout.py --out /tmp/hset --generate-only
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from piplkit.discover.evaluation.business.report import format_business_report
from piplkit.discover.evaluation.business.score import score_business
from piplkit.discover.evaluation.heldout import breakdown as breakdown_2
from piplkit.discover.evaluation.heldout import build as build_2


@dataclass(frozen=True)
class HeldOutSet:
    """What differs between the held-out sets: their generator, breakdowns and labels.

    Each set is generated and scored the same way, so one runner serves them all and their
    numbers stay comparable with ``bench_columns.py``.
    """

    name: str  # short label used in messages and the temp folder name
    title: str  # the report's first line
    generate: Callable[..., Any]
    default_seed: int
    reference_date: date
    breakdowns: Callable[..., Any]
    format_breakdowns: Callable[[Any], str]
    report_key: str
    errors_shown: int


SET_2 = HeldOutSet(
    name="heldout",
    title="HELD-OUT business-table set (written apart from the classifier and the team's set)",
    generate=build_2.generate,
    default_seed=build_2.DEFAULT_SEED,
    reference_date=build_2.REFERENCE_DATE,
    breakdowns=breakdown_2.breakdowns,
    format_breakdowns=breakdown_2.format_breakdowns,
    report_key="heldout_breakdowns",
    errors_shown=40,
)


def _is_pi():
    from piplkit.assess.law.pi_types import load_catalogue

    types = load_catalogue().types

    def is_pi(type_id: str | None) -> bool:
        entry = types.get(type_id) if type_id else None
        return bool(entry and entry.is_pi)

    return is_pi


def run_set(held: HeldOutSet, doc: str, argv: list[str] | None = None) -> int:
    """Generate (or reuse) one held-out set, score it and print the report."""
    parser = argparse.ArgumentParser(description=doc.split("\n\n")[0])
    parser.add_argument("--seed", type=int, default=held.default_seed)
    parser.add_argument("--out", type=Path, default=None, help="keep the set in this folder")
    parser.add_argument("--reuse", action="store_true", help="score the set already in --out")
    parser.add_argument("--generate-only", action="store_true", help="write the set, no scoring")
    parser.add_argument(
        "--as-of", type=date.fromisoformat, default=held.reference_date,
        help=f"evaluation date (default {held.reference_date}, the set's reference date)",
    )  # fmt: skip
    parser.add_argument("--json", type=Path, default=None, help="write the full report here")
    parser.add_argument("--errors", type=int, default=held.errors_shown, help="errors to print")
    args = parser.parse_args(argv)
    if (args.reuse or args.generate_only) and args.out is None:
        parser.error("--reuse and --generate-only need --out")

    folder = args.out or Path(tempfile.mkdtemp(prefix=f"piplkit-{held.name}-"))
    try:
        generate_seconds = 0.0
        if not (args.reuse and (folder / "manifest.json").is_file()):
            began = time.perf_counter()
            held.generate(folder, seed=args.seed)
            generate_seconds = time.perf_counter() - began
        if args.generate_only:
            print(f"{held.name} set written to {folder} in {generate_seconds:.1f} s")
            return 0
        manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
        columns = sum(len(t["columns"]) for t in manifest["tables"])
        began = time.perf_counter()
        report = score_business(folder, as_of=args.as_of, max_errors=columns + 1)
        score_seconds = time.perf_counter() - began
    except OSError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    finally:
        if args.out is None:
            shutil.rmtree(folder, ignore_errors=True)
    report["generate_seconds"] = round(generate_seconds, 2)
    report["score_seconds"] = round(score_seconds, 2)
    report[held.report_key] = held.breakdowns(manifest, report, _is_pi())
    print(held.title)
    print(format_business_report(report, errors=args.errors))
    print(held.format_breakdowns(report[held.report_key]))
    print(f"\ngenerate {generate_seconds:.1f} s, score {score_seconds:.1f} s")
    if args.json:
        args.json.write_text(json.dumps(report, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


def main(argv: list[str] | None = None) -> int:
    return run_set(SET_2, __doc__ or "", argv)


if __name__ == "__main__":
    sys.exit(main())
