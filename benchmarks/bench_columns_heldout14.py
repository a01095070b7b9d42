"""Column classification on HELD-OUT SET 14 (issue 11, "tables written by others"), written BLIND.

Set 14 (``piplkit.discover.evaluation.heldout14``) was written by a twelfth examiner who read
neither the classifier, the detector, their vocabularies and header lists, nor the earlier sets'
tables and value modules: 204 business tables in 196 files from 43 report kinds (a subsistence
allowance roll, a cemetery ledger, bike-sharing and scooter logs, a zoo pass, camping, a barber,
a massage parlour, appliance repair, a bone-marrow registry, karting, certified translation, a
militia roster, a nursery, chess, ballet, ice-rink and drum classes, a tyre shop, a domestic-helper
agency, home-sale escrow, a coal mine, welding training, a tennis club, boat rental, yoga, flood
relief, a toy shop, a bank counter, lifeguards, wide ERP and CRM exports, narrow lookups, ...)
and 44 with no PI.
The conventions of sets 3 and 6 to 13 are adopted verbatim; the choices they leave open are in
the package docstring, written before the set was generated.
Scored by the shared runner:

* column type accuracy (floor >= 0.97), sensitivity accuracy (floor >= 0.98), non-PI columns
  reported as PI (floor <= 2 %);
* the scorer's breakdowns (domain, header style, format, per type, confusion, errors — file,
  sheet and header only, never a cell value) and this set's own (layout, value variant, table
  with or without PI, gold kind, the non-PI columns reported as PI).

    python benchmarks/bench_columns_heldout14.py                          # temp dir removed after
    python benchmarks/bench_columns_heldout14.py --out /tmp/h14 --json heldout14.json
    python benchmarks/bench_columns_heldout14.py --out /tmp/h14 --reuse    # score it again
    python benchmarks/bench_columns_heldout14.py --out /tmp/h14 --generate-only
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_columns_heldout import HeldOutSet, run_set

from piplkit.discover.evaluation.breakdowns import SET_14 as BREAKDOWNS
from piplkit.discover.evaluation.heldout14 import build

SET_14 = HeldOutSet(
    name="heldout14",
    title="HELD-OUT SET 14 (a twelfth examiner's tables, written blind to the classifier)",
    generate=build.generate,
    default_seed=build.DEFAULT_SEED,
    reference_date=build.REFERENCE_DATE,
    breakdowns=BREAKDOWNS.breakdowns,
    format_breakdowns=BREAKDOWNS.format_breakdowns,
    report_key="heldout14_breakdowns",
    errors_shown=300,
)


def main(argv: list[str] | None = None) -> int:
    return run_set(SET_14, __doc__ or "", argv)


if __name__ == "__main__":
    sys.exit(main())
