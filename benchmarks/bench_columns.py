"""Column classification quality on the business-table set (issue 11, "Quality and speed").

Generates the set (17 domains of Chinese business exports: CSV in UTF-8, UTF-8 with BOM and
GB18030, XLSX, Parquet; gold PI type per column), classifies every table through
``piplkit.discover.scan.scan`` in sampling mode and prints:

* column type accuracy (floor >= 0.97), sensitivity accuracy (floor >= 0.98), non-PI columns
  reported as PI (floor <= 2 %);
* breakdowns per domain, header style, format/encoding and gold type (recall/precision), the
  confusion list and the errors (file, sheet and column names only, never a cell value);
* seconds spent generating and scanning.

    python benchmarks/bench_columns.py                       # default seed, temp dir removed after
    python benchmarks/bench_columns.py --rows 200 --out /tmp/bset --json report.json
    python benchmarks/bench_columns.py --out /tmp/bset --reuse   # score an existing set again
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

from piplkit.discover.evaluation.business import (
    BusinessOptions,
    BusinessSetError,
    generate_business,
)
from piplkit.discover.evaluation.business.generate import DEFAULT_SEED, MANIFEST
from piplkit.discover.evaluation.business.report import format_business_report
from piplkit.discover.evaluation.business.score import score_business


def _load() -> str:
    try:
        return " ".join(f"{x:.1f}" for x in os.getloadavg())
    except OSError:
        return "unknown"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--rows", type=int, default=None, help="rows per table (default 200-800)")
    parser.add_argument("--out", type=Path, default=None, help="keep the set in this folder")
    parser.add_argument("--reuse", action="store_true", help="score the set already in --out")
    parser.add_argument("--as-of", type=date.fromisoformat, default=date.today())
    parser.add_argument("--json", type=Path, default=None, help="write the full report here")
    parser.add_argument("--errors", type=int, default=40, help="errors to print")
    args = parser.parse_args(argv)
    if args.reuse and args.out is None:
        parser.error("--reuse needs --out")

    folder = args.out or Path(tempfile.mkdtemp(prefix="piplkit-bset-"))
    try:
        generate_seconds = generate_cpu = 0.0
        if not (args.reuse and (folder / MANIFEST).is_file()):
            began, began_cpu = time.perf_counter(), time.process_time()
            generate_business(folder, BusinessOptions(seed=args.seed, rows=args.rows))
            generate_seconds = time.perf_counter() - began
            generate_cpu = time.process_time() - began_cpu
        began, began_cpu = time.perf_counter(), time.process_time()
        report = score_business(folder, as_of=args.as_of)
        score_seconds = time.perf_counter() - began
        score_cpu = time.process_time() - began_cpu
    except BusinessSetError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    finally:
        if args.out is None:
            shutil.rmtree(folder, ignore_errors=True)
    report["generate_seconds"] = round(generate_seconds, 2)
    report["generate_cpu_seconds"] = round(generate_cpu, 2)
    report["score_seconds"] = round(score_seconds, 2)
    report["score_cpu_seconds"] = round(score_cpu, 2)
    print(format_business_report(report, errors=args.errors))
    # CPU seconds say what the work costs when other jobs share the machine and inflate wall time
    print(
        f"\ngenerate {generate_seconds:.1f} s wall / {generate_cpu:.1f} s CPU; "
        f"score {score_seconds:.1f} s wall / {score_cpu:.1f} s CPU "
        f"(of which scan {report['scan_seconds']} s wall); load average {_load()}"
    )
    if args.json is not None:
        args.json.write_text(json.dumps(report, ensure_ascii=False, indent=2) + "\n", "utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
