"""Column classification on HELD-OUT SET 21 (issue 11, "tables written by others"), written BLIND.

Set 21 (``piplkit.discover.evaluation.heldout21``) was written by a nineteenth examiner who read
neither the classifier, the detector, their vocabularies and header lists, nor the earlier sets'
kind and value modules. Like sets 17 to 20 it measures the MAINSTREAM exports a data-protection
officer scans, from 28 other systems: each written four ways (the system's CSV, the operator's
workbook, the data team's Parquet or JSON Lines copy, an older system's GB18030/TSV file) — a
labour-dispatch roster with door-access columns, a building site's real-name roster, delivery
riders, security guards, a vet clinic, an aesthetic clinic, a confinement centre, a baby shop's
members and children, a summer camp, marathon registrations, a funeral home, a temple's register,
community correction, counselling, a genetic lab, insurance agents, a pawn and gold-buying shop,
car rental, real-name tickets, museum reservations, a visa agency, foreign staff, cross-border
customs declarations, an internet cafe's log, a trade union, a foundation's donors, e-signing
envelopes and a fitness challenge — then two wide exports (a race organiser's and an insurer's
full files, three files each), 19 business tables and nine code tables without PI, and six
narrow lookups. The conventions of sets 3 and 6 to 20 are adopted verbatim; the choices they
leave open are in the package docstring.
Scored by the shared runner:

* column type accuracy (floor >= 0.97), sensitivity accuracy (floor >= 0.98), non-PI columns
  reported as PI (floor <= 2 %);
* the scorer's breakdowns (domain, header style, format, per type, confusion, errors — file,
  sheet and header only, never a cell value) and this set's own (layout, value variant, table
  with or without PI, gold kind, the non-PI columns reported as PI).

    python benchmarks/bench_columns_heldout21.py                          # temp dir removed after
    python benchmarks/bench_columns_heldout21.py --out /tmp/h21 --json heldout21.json
    python benchmarks/bench_columns_heldout21.py --out /tmp/h21 --reuse    # score it again
    python benchmarks/bench_columns_heldout21.py --out /tmp/h21 --generate-only
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_columns_heldout import HeldOutSet, run_set

from piplkit.discover.evaluation.breakdowns import SET_21 as BREAKDOWNS
from piplkit.discover.evaluation.heldout21 import build

SET_21 = HeldOutSet(
    name="heldout21",
    title="HELD-OUT SET 21 (a nineteenth examiner's mainstream exports, written blind)",
    generate=build.generate,
    default_seed=build.DEFAULT_SEED,
    reference_date=build.REFERENCE_DATE,
    breakdowns=BREAKDOWNS.breakdowns,
    format_breakdowns=BREAKDOWNS.format_breakdowns,
    report_key="heldout21_breakdowns",
    errors_shown=300,
)


def main(argv: list[str] | None = None) -> int:
    return run_set(SET_21, __doc__ or "", argv)


if __name__ == "__main__":
    sys.exit(main())
