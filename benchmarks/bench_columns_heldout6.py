"""Column classification on HELD-OUT SET 6 (issue 11, "tables written by others"), written BLIND.

Set 6 (``piplkit.discover.evaluation.heldout6``) was written by a fourth examiner who read neither
the classifier, its vocabularies and header lists, nor the earlier sets' tables: 85 tables (in
82 files), 888 columns (56 % not PI), 82 domains the earlier sets' docs do not name (aviation
crew medicals and rosters, an infant daycare's pickups, a rabies clinic, an IVF centre, a sperm
bank, a PrEP clinic, safe-deposit boxes, ETC binding, migrant wages, dishonest judgment debtors,
pre-litigation mediation, prison visits, Hajj applicants, military families, drone
registration, number porting, fishing crews, a family-locator app, an attitudes survey, ...) and
19 tables with no PI. Set 3's gold conventions are adopted verbatim; the choices they leave open
are in the package docstring, fixed before the first score. Scored by the shared runner:

* column type accuracy (floor >= 0.97), sensitivity accuracy (floor >= 0.98), non-PI columns
  reported as PI (floor <= 2 %);
* the scorer's breakdowns (domain, header style, format, per type, confusion, errors — file,
  sheet and header only, never a cell value) and this set's own (layout, value variant, table
  with or without PI, gold kind, the non-PI columns reported as PI).

    python benchmarks/bench_columns_heldout6.py                          # temp dir removed after
    python benchmarks/bench_columns_heldout6.py --out /tmp/h6 --json heldout6.json
    python benchmarks/bench_columns_heldout6.py --out /tmp/h6 --reuse    # score it again
    python benchmarks/bench_columns_heldout6.py --out /tmp/h6 --generate-only
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_columns_heldout import HeldOutSet, run_set

from piplkit.discover.evaluation.breakdowns import SET_6 as BREAKDOWNS
from piplkit.discover.evaluation.heldout6 import build

SET_6 = HeldOutSet(
    name="heldout6",
    title="HELD-OUT SET 6 (a fourth examiner's tables, written blind to the classifier)",
    generate=build.generate,
    default_seed=build.DEFAULT_SEED,
    reference_date=build.REFERENCE_DATE,
    breakdowns=BREAKDOWNS.breakdowns,
    format_breakdowns=BREAKDOWNS.format_breakdowns,
    report_key="heldout6_breakdowns",
    errors_shown=300,
)


def main(argv: list[str] | None = None) -> int:
    return run_set(SET_6, __doc__ or "", argv)


if __name__ == "__main__":
    sys.exit(main())
