"""Column classification on HELD-OUT SET 3 (issue 11, "tables written by others").

Set 3 (``piplkit.discover.evaluation.heldout3``) was written by an examiner who read neither the
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

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_columns_heldout import HeldOutSet, run_set

from piplkit.discover.evaluation.heldout3 import breakdown, build

SET_3 = HeldOutSet(
    name="heldout3",
    title="HELD-OUT SET 3 (written by an examiner apart from the classifier and both other sets)",
    generate=build.generate,
    default_seed=build.DEFAULT_SEED,
    reference_date=build.REFERENCE_DATE,
    breakdowns=breakdown.breakdowns,
    format_breakdowns=breakdown.format_breakdowns,
    report_key="heldout3_breakdowns",
    errors_shown=200,
)


def main(argv: list[str] | None = None) -> int:
    return run_set(SET_3, __doc__ or "", argv)


if __name__ == "__main__":
    sys.exit(main())
