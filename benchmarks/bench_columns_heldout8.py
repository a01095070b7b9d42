"""Column classification on HELD-OUT SET 8 (issue 11, "tables written by others"), written BLIND.

Set 8 (``piplkit.discover.evaluation.heldout8``) was written by a sixth examiner who read neither
the classifier, the detector, their vocabularies and header lists, nor the earlier sets' tables
and value modules: 155 business tables, one domain each (IVF cycles, organ donation, a prison,
seafarers, migrant workers' payroll, matchmaking, crypto OTC, smart locks, anti-fraud reports,
...; about 25 share a sector with earlier sets, written as other tables) and 29 with no PI.
Set 3's conventions and the choices of sets 6 and 7 are adopted verbatim; the choices they leave
open are in the package docstring, committed before the set was generated. Scored by the shared
runner:

* column type accuracy (floor >= 0.97), sensitivity accuracy (floor >= 0.98), non-PI columns
  reported as PI (floor <= 2 %);
* the scorer's breakdowns (domain, header style, format, per type, confusion, errors — file,
  sheet and header only, never a cell value) and this set's own (layout, value variant, table
  with or without PI, gold kind, the non-PI columns reported as PI).

    python benchmarks/bench_columns_heldout8.py                          # temp dir removed after
    python benchmarks/bench_columns_heldout8.py --out /tmp/h8 --json heldout8.json
    python benchmarks/bench_columns_heldout8.py --out /tmp/h8 --reuse    # score it again
    python benchmarks/bench_columns_heldout8.py --out /tmp/h8 --generate-only
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_columns_heldout import HeldOutSet, run_set

from piplkit.discover.evaluation.breakdowns import SET_8 as BREAKDOWNS
from piplkit.discover.evaluation.heldout8 import build

SET_8 = HeldOutSet(
    name="heldout8",
    title="HELD-OUT SET 8 (a sixth examiner's tables, written blind to the classifier)",
    generate=build.generate,
    default_seed=build.DEFAULT_SEED,
    reference_date=build.REFERENCE_DATE,
    breakdowns=BREAKDOWNS.breakdowns,
    format_breakdowns=BREAKDOWNS.format_breakdowns,
    report_key="heldout8_breakdowns",
    errors_shown=300,
)


def main(argv: list[str] | None = None) -> int:
    return run_set(SET_8, __doc__ or "", argv)


if __name__ == "__main__":
    sys.exit(main())
