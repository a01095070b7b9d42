"""Column classification on HELD-OUT SET 19 (issue 11, "tables written by others"), written BLIND.

Set 19 (``piplkit.discover.evaluation.heldout19``) was written by a seventeenth examiner who read
neither the classifier, the detector, their vocabularies and header lists, nor the earlier sets'
kind and value modules. Like sets 17 and 18 it measures the MAINSTREAM exports a data-protection
officer scans, from 28 other systems: four files each of 钉钉 attendance, 用友 NC/U8 HR, 薪人薪事
payroll slips, BOSS直聘 candidates, a 微信支付 merchant bill, a credit-card holder list,
motor-insurance and life-insurance claims, a 体检中心 report list, a pharmacy chain's member
purchases, an 互联网医院's consultations, 预防接种 records, blood donors, a kindergarten's 晨检
log, an elderly-care home, a 菜鸟驿站 log, an estate agency's CRM, a long-let apartment's
tenants, a gas utility, a driving school, a 教资 exam sign-up, a 学籍 roster, 商旅 orders, a
trade fair's visitors, a law firm's criminal cases, a 婚姻登记 list, 残联 records and
talent-apartment applications; two wide exports (a corporate-customer KYC export, a full
health-check result export) in three files each, narrow lookups and 25 tables with no PI.
The conventions of sets 3 and 6 to 18 are adopted verbatim; the choices they leave open are in
the package docstring.
Scored by the shared runner:

* column type accuracy (floor >= 0.97), sensitivity accuracy (floor >= 0.98), non-PI columns
  reported as PI (floor <= 2 %);
* the scorer's breakdowns (domain, header style, format, per type, confusion, errors — file,
  sheet and header only, never a cell value) and this set's own (layout, value variant, table
  with or without PI, gold kind, the non-PI columns reported as PI).

    python benchmarks/bench_columns_heldout19.py                          # temp dir removed after
    python benchmarks/bench_columns_heldout19.py --out /tmp/h19 --json heldout19.json
    python benchmarks/bench_columns_heldout19.py --out /tmp/h19 --reuse    # score it again
    python benchmarks/bench_columns_heldout19.py --out /tmp/h19 --generate-only
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_columns_heldout import HeldOutSet, run_set

from piplkit.discover.evaluation.breakdowns import SET_19 as BREAKDOWNS
from piplkit.discover.evaluation.heldout19 import build

SET_19 = HeldOutSet(
    name="heldout19",
    title="HELD-OUT SET 19 (a seventeenth examiner's mainstream exports, written blind)",
    generate=build.generate,
    default_seed=build.DEFAULT_SEED,
    reference_date=build.REFERENCE_DATE,
    breakdowns=BREAKDOWNS.breakdowns,
    format_breakdowns=BREAKDOWNS.format_breakdowns,
    report_key="heldout19_breakdowns",
    errors_shown=300,
)


def main(argv: list[str] | None = None) -> int:
    return run_set(SET_19, __doc__ or "", argv)


if __name__ == "__main__":
    sys.exit(main())
