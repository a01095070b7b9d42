"""Column classification on HELD-OUT SET 13 (issue 11, "tables written by others"), written BLIND.

Set 13 (``piplkit.discover.evaluation.heldout13``) was written by an eleventh examiner who read
neither the classifier, the detector, their vocabularies and header lists, nor the earlier sets'
tables and value modules: 215 business tables in 202 files from 54 report kinds (marathon entries,
a dialysis centre, a locksmith's real-name register, station lost-and-found claims, volunteers,
safe-deposit boxes, jewellery members, gas safety inspections, demolition resettlement, adoption,
a summer camp, a children's swimming school, hospital escorts, auction bidders, concert real-name
tickets, an ID-photo studio, student aid, a group tour, a dive centre, credit card applications,
bottled water, medical-insurance reimbursement, designated drivers, broadband installation, NIPT
screening, a campus survey, screen insurance, property repairs, an online course platform, travel
expenses, vehicle inspection, racing pigeons, a senior university, an equestrian club, skydiving,
laundry, flower delivery, a nail salon, archery, wide ERP and CRM exports, narrow lookups, ...)
and 47 with no PI.
The conventions of sets 3 and 6 to 12 are adopted verbatim; the choices they leave open are in
the package docstring, written before the set was generated.
Scored by the shared runner:

* column type accuracy (floor >= 0.97), sensitivity accuracy (floor >= 0.98), non-PI columns
  reported as PI (floor <= 2 %);
* the scorer's breakdowns (domain, header style, format, per type, confusion, errors — file,
  sheet and header only, never a cell value) and this set's own (layout, value variant, table
  with or without PI, gold kind, the non-PI columns reported as PI).

    python benchmarks/bench_columns_heldout13.py                          # temp dir removed after
    python benchmarks/bench_columns_heldout13.py --out /tmp/h13 --json heldout13.json
    python benchmarks/bench_columns_heldout13.py --out /tmp/h13 --reuse    # score it again
    python benchmarks/bench_columns_heldout13.py --out /tmp/h13 --generate-only
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_columns_heldout import HeldOutSet, run_set

from piplkit.discover.evaluation.breakdowns import SET_13 as BREAKDOWNS
from piplkit.discover.evaluation.heldout13 import build

SET_13 = HeldOutSet(
    name="heldout13",
    title="HELD-OUT SET 13 (an eleventh examiner's tables, written blind to the classifier)",
    generate=build.generate,
    default_seed=build.DEFAULT_SEED,
    reference_date=build.REFERENCE_DATE,
    breakdowns=BREAKDOWNS.breakdowns,
    format_breakdowns=BREAKDOWNS.format_breakdowns,
    report_key="heldout13_breakdowns",
    errors_shown=300,
)


def main(argv: list[str] | None = None) -> int:
    return run_set(SET_13, __doc__ or "", argv)


if __name__ == "__main__":
    sys.exit(main())
