"""Column classification on HELD-OUT SET 18 (issue 11, "tables written by others"), written BLIND.

Set 18 (``piplkit.discover.evaluation.heldout18``) was written by a sixteenth examiner who read
neither the classifier, the detector, their vocabularies and header lists, nor the earlier sets'
tables and value modules. Like set 17 it measures the MAINSTREAM exports a data-protection
officer scans, from 28 other systems: 144 business tables in 144 files from 28 report kinds (a
美团外卖 merchant's orders, a 京东 POP shop, a 有赞 member CRM, a 携程-style hotel order export, a
12306-style group-ticket passenger list, an airline manifest, ride-hailing trips, an EV-charging
app, Mailchimp, Zendesk and Firebase-style English exports, a 飞书 people export, a 北森 HR
archive, a social-insurance declaration, an IIT withholding list, a corporate-banking batch
payroll file, a securities account-opening list, a consumer-loan application export, a Workday
HR export, an SAP customer master, a 医保 settlement list, an EMR discharge list, a dental
clinic, an online-education platform, a smart-lock log, a face-capture platform, a 政务服务
application list, a 家庭医生签约 list), two wide exports (拼多多 orders, a full 北森 roster),
narrow lookups and 14 tables with no PI.
The conventions of sets 3 and 6 to 17 are adopted verbatim; the choices they leave open are in
the package docstring.
Scored by the shared runner:

* column type accuracy (floor >= 0.97), sensitivity accuracy (floor >= 0.98), non-PI columns
  reported as PI (floor <= 2 %);
* the scorer's breakdowns (domain, header style, format, per type, confusion, errors — file,
  sheet and header only, never a cell value) and this set's own (layout, value variant, table
  with or without PI, gold kind, the non-PI columns reported as PI).

    python benchmarks/bench_columns_heldout18.py                          # temp dir removed after
    python benchmarks/bench_columns_heldout18.py --out /tmp/h18 --json heldout18.json
    python benchmarks/bench_columns_heldout18.py --out /tmp/h18 --reuse    # score it again
    python benchmarks/bench_columns_heldout18.py --out /tmp/h18 --generate-only
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_columns_heldout import HeldOutSet, run_set

from piplkit.discover.evaluation.breakdowns import SET_18 as BREAKDOWNS
from piplkit.discover.evaluation.heldout18 import build

SET_18 = HeldOutSet(
    name="heldout18",
    title="HELD-OUT SET 18 (a fifteenth examiner's mainstream exports, written blind)",
    generate=build.generate,
    default_seed=build.DEFAULT_SEED,
    reference_date=build.REFERENCE_DATE,
    breakdowns=BREAKDOWNS.breakdowns,
    format_breakdowns=BREAKDOWNS.format_breakdowns,
    report_key="heldout18_breakdowns",
    errors_shown=300,
)


def main(argv: list[str] | None = None) -> int:
    return run_set(SET_18, __doc__ or "", argv)


if __name__ == "__main__":
    sys.exit(main())
