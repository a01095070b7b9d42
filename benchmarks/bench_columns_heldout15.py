"""Column classification on HELD-OUT SET 15 (issue 11, "tables written by others"), written BLIND.

Set 15 (``piplkit.discover.evaluation.heldout15``) was written by a thirteenth examiner who read
neither the classifier, the detector, their vocabularies and header lists, nor the earlier sets'
tables and value modules: 168 business tables in 160 files from 55 report kinds (fireworks and
knife real-name sales registers, billiards and mahjong halls, children's fencing, taekwondo,
calligraphy and astronomy classes, paintball, bungee and paragliding waivers, hot-air balloon
manifests, a surf school, birdwatching, an aquarium pass, self-taught exam and vocational skill
registrations, cake, coffee, supermarket, liquor-keeping, takeaway and errand orders, a fan club,
district heating, cable TV, custom furniture, trade-in and voucher subsidies, radiation dose
records, a cord-blood bank, a weight-loss camp, a family trust, ICP filings, an e-book app, wide
ERP and CRM exports, narrow lookups, ...) and 28 with no PI.
The conventions of sets 3 and 6 to 14 are adopted verbatim; the choices they leave open are in
the package docstring, written before the set was generated.
Scored by the shared runner:

* column type accuracy (floor >= 0.97), sensitivity accuracy (floor >= 0.98), non-PI columns
  reported as PI (floor <= 2 %);
* the scorer's breakdowns (domain, header style, format, per type, confusion, errors — file,
  sheet and header only, never a cell value) and this set's own (layout, value variant, table
  with or without PI, gold kind, the non-PI columns reported as PI).

    python benchmarks/bench_columns_heldout15.py                          # temp dir removed after
    python benchmarks/bench_columns_heldout15.py --out /tmp/h15 --json heldout15.json
    python benchmarks/bench_columns_heldout15.py --out /tmp/h15 --reuse    # score it again
    python benchmarks/bench_columns_heldout15.py --out /tmp/h15 --generate-only
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_columns_heldout import HeldOutSet, run_set

from piplkit.discover.evaluation.breakdowns import SET_15 as BREAKDOWNS
from piplkit.discover.evaluation.heldout15 import build

SET_15 = HeldOutSet(
    name="heldout15",
    title="HELD-OUT SET 15 (a thirteenth examiner's tables, written blind to the classifier)",
    generate=build.generate,
    default_seed=build.DEFAULT_SEED,
    reference_date=build.REFERENCE_DATE,
    breakdowns=BREAKDOWNS.breakdowns,
    format_breakdowns=BREAKDOWNS.format_breakdowns,
    report_key="heldout15_breakdowns",
    errors_shown=300,
)


def main(argv: list[str] | None = None) -> int:
    return run_set(SET_15, __doc__ or "", argv)


if __name__ == "__main__":
    sys.exit(main())
