"""Column classification on HELD-OUT SET 3 (issue 11, "tables written by others").

Set 3 (``piplkit.evaluation.heldout3``) was written by an examiner who read neither the
classifier nor the two other sets' tables: 26 domains (logistics, property, school, hotel/PSB,
telecom, insurance, ATS, car rental, gym, pharmacy, government service hall, social-app
moderation, utility billing, airline PNR, payroll, CRM, IoT telemetry, marketplace sellers and
eight tables with no PI), CSV in UTF-8/UTF-8-BOM/GBK/GB18030, TSV, XLSX with titles, several
sheets and totals rows, Parquet, JSON Lines. Its gold conventions are in the package docstring.
It is written with a manifest in the business set's shape and scored by the same scorer:

* column type accuracy (floor >= 0.97), sensitivity accuracy (floor >= 0.98), non-PI columns
  reported as PI (floor <= 2 %);
* the scorer's breakdowns (domain, header style, format, per type, confusion, errors — file,
  sheet and header names only, never a cell value) and this set's own (encoding, layout,
  decidable by values or not, value variants, the non-PI columns reported as PI).

    python benchmarks/bench_columns_heldout3.py                          # temp dir removed after
    python benchmarks/bench_columns_heldout3.py --out /tmp/h3 --json heldout3.json
    python benchmarks/bench_columns_heldout3.py --out /tmp/h3 --reuse    # score it again
    python benchmarks/bench_columns_heldout3.py --out /tmp/h3 --generate-only
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

from piplkit.evaluation.business.report import format_business_report
from piplkit.evaluation.business.score import score_business
from piplkit.evaluation.heldout3.breakdown import breakdowns, format_breakdowns
from piplkit.evaluation.heldout3.build import DEFAULT_SEED, REFERENCE_DATE, generate


def _is_pi():
    from piplkit.law.pi_types import load_catalogue

    types = load_catalogue().types

    def is_pi(type_id: str | None) -> bool:
        entry = types.get(type_id) if type_id else None
        return bool(entry and entry.is_pi)

    return is_pi


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--out", type=Path, default=None, help="keep the set in this folder")
    parser.add_argument("--reuse", action="store_true", help="score the set already in --out")
    parser.add_argument("--generate-only", action="store_true", help="write the set, no scoring")
    parser.add_argument(
        "--as-of", type=date.fromisoformat, default=REFERENCE_DATE,
        help=f"evaluation date (default {REFERENCE_DATE}, the set's reference date)",
    )  # fmt: skip
    parser.add_argument("--json", type=Path, default=None, help="write the full report here")
    parser.add_argument("--errors", type=int, default=200, help="errors to print")
    args = parser.parse_args(argv)
    if (args.reuse or args.generate_only) and args.out is None:
        parser.error("--reuse and --generate-only need --out")

    folder = args.out or Path(tempfile.mkdtemp(prefix="piplkit-heldout3-"))
    try:
        generate_seconds = 0.0
        if not (args.reuse and (folder / "manifest.json").is_file()):
            began = time.perf_counter()
            generate(folder, seed=args.seed)
            generate_seconds = time.perf_counter() - began
        if args.generate_only:
            print(f"held-out set 3 written to {folder} in {generate_seconds:.1f} s")
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
    report["heldout3_breakdowns"] = breakdowns(manifest, report, _is_pi())
    print("HELD-OUT SET 3 (written by an examiner apart from the classifier and both other sets)")
    print(format_business_report(report, errors=args.errors))
    print(format_breakdowns(report["heldout3_breakdowns"]))
    print(f"\ngenerate {generate_seconds:.1f} s, score {score_seconds:.1f} s")
    if args.json:
        args.json.write_text(json.dumps(report, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
