"""Column classification on HELD-OUT SET 17 (issue 11, "tables written by others"), written BLIND.

Set 17 (``piplkit.discover.evaluation.heldout17``) was written by a fifteenth examiner who read
neither the classifier, the detector, their vocabularies and header lists, nor the earlier sets'
tables and value modules. Unlike sets 10-16 it measures the MAINSTREAM exports a data-protection
officer scans: 144 business tables in 140 files from 26 report kinds as the named systems write
them (a Taobao seller's order report, a WeCom contacts export, payroll, an ATS candidate list, a
HIS outpatient log, a LIS result export, credit-card applications, an insurer's policy list, a
telecom CRM, HubSpot-, Shopify- and Stripe-style English exports, app-analytics events, a MySQL
user-table dump, a 问卷星-style survey, a 金数据-style form, a property owner list, a school
roster, a gym, waybills, a hotel's foreign-guest register, a car dealer's DMS, a collection list,
a grid population sheet, a visitor log, call-centre tickets), two wide exports (Douyin shop
orders, a DingTalk roster), narrow lookups and 26 tables with no PI.
The conventions of sets 3 and 6 to 16 are adopted verbatim; the choices they leave open are in
the package docstring.
Scored by the shared runner:

* column type accuracy (floor >= 0.97), sensitivity accuracy (floor >= 0.98), non-PI columns
  reported as PI (floor <= 2 %);
* the scorer's breakdowns (domain, header style, format, per type, confusion, errors — file,
  sheet and header only, never a cell value) and this set's own (layout, value variant, table
  with or without PI, gold kind, the non-PI columns reported as PI).

    python benchmarks/bench_columns_heldout17.py                          # temp dir removed after
    python benchmarks/bench_columns_heldout17.py --out /tmp/h17 --json heldout17.json
    python benchmarks/bench_columns_heldout17.py --out /tmp/h17 --reuse    # score it again
    python benchmarks/bench_columns_heldout17.py --out /tmp/h17 --generate-only
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_columns_heldout import HeldOutSet, run_set

from piplkit.discover.evaluation.breakdowns import SET_17 as BREAKDOWNS
from piplkit.discover.evaluation.heldout17 import build

SET_17 = HeldOutSet(
    name="heldout17",
    title="HELD-OUT SET 17 (a fifteenth examiner's mainstream exports, written blind)",
    generate=build.generate,
    default_seed=build.DEFAULT_SEED,
    reference_date=build.REFERENCE_DATE,
    breakdowns=BREAKDOWNS.breakdowns,
    format_breakdowns=BREAKDOWNS.format_breakdowns,
    report_key="heldout17_breakdowns",
    errors_shown=300,
)


def main(argv: list[str] | None = None) -> int:
    return run_set(SET_17, __doc__ or "", argv)


if __name__ == "__main__":
    sys.exit(main())
