"""Column classification on HELD-OUT SET 16 (issue 11, "tables written by others"), written BLIND.

Set 16 (``piplkit.discover.evaluation.heldout16``) was written by a fourteenth examiner who read
neither the classifier, the detector, their vocabularies and header lists, nor the earlier sets'
tables and value modules: 177 business tables in 173 files from 32 report kinds none of sets 1-15
names (climbing gym, children's choir, cableway tickets, tobacco retail licences, precursor
chemical purchases, a trademark agency, an antique shop, an e-cigarette shop, murder-mystery and
board-game stores, study tours, early education, rafting, seal engraving, currency exchange,
departure tax refunds, a forwarder's personal effects, tuberculosis follow-up, left-behind
children, a welfare home, a homeless relief station, people's jurors, auxiliary police, a
clinical trial, a comic convention, domestic-violence help, forklift operator exams, pottery,
guitar, model aircraft, a teahouse, camera rental), two wide ERP/CRM exports, narrow lookups,
and 37 tables with no PI.
The conventions of sets 3 and 6 to 15 are adopted verbatim; the choices they leave open are in
the package docstring.
Scored by the shared runner:

* column type accuracy (floor >= 0.97), sensitivity accuracy (floor >= 0.98), non-PI columns
  reported as PI (floor <= 2 %);
* the scorer's breakdowns (domain, header style, format, per type, confusion, errors — file,
  sheet and header only, never a cell value) and this set's own (layout, value variant, table
  with or without PI, gold kind, the non-PI columns reported as PI).

    python benchmarks/bench_columns_heldout16.py                          # temp dir removed after
    python benchmarks/bench_columns_heldout16.py --out /tmp/h16 --json heldout16.json
    python benchmarks/bench_columns_heldout16.py --out /tmp/h16 --reuse    # score it again
    python benchmarks/bench_columns_heldout16.py --out /tmp/h16 --generate-only
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_columns_heldout import HeldOutSet, run_set

from piplkit.discover.evaluation.breakdowns import SET_16 as BREAKDOWNS
from piplkit.discover.evaluation.heldout16 import build

SET_16 = HeldOutSet(
    name="heldout16",
    title="HELD-OUT SET 16 (a fourteenth examiner's tables, written blind to the classifier)",
    generate=build.generate,
    default_seed=build.DEFAULT_SEED,
    reference_date=build.REFERENCE_DATE,
    breakdowns=BREAKDOWNS.breakdowns,
    format_breakdowns=BREAKDOWNS.format_breakdowns,
    report_key="heldout16_breakdowns",
    errors_shown=300,
)


def main(argv: list[str] | None = None) -> int:
    return run_set(SET_16, __doc__ or "", argv)


if __name__ == "__main__":
    sys.exit(main())
