"""Column classification on HELD-OUT SET 20 (issue 11, "tables written by others"), written BLIND.

Set 20 (``piplkit.discover.evaluation.heldout20``) was written by an eighteenth examiner who read
neither the classifier, the detector, their vocabularies and header lists, nor the earlier sets'
tables and value modules. Like sets 17 and 18 it measures the MAINSTREAM exports a
data-protection officer scans, from 28 other systems: international SaaS exports (GA4 BigQuery
events, Intercom, Okta, BambooHR, Greenhouse, Xero, PayPal, WooCommerce, Klaviyo, AppsFlyer,
Eventbrite, Typeform, Airbnb with a 民宿 guest register, an Epic-style EHR) and Chinese
consumer-internet back offices (a game's real-name/防沉迷 list, live-streaming anchors, a 小红书
KOL list, a dating app, shared bikes, a car park, ETC, a 加油站 member list, 闲鱼-style trades,
网约家政 workers, 社区团购 leaders, campaign winners, a voice CDR, 宽带 installation orders), each
in four files; two wide exports (Magento orders, a BambooHR all-fields report) in three files
each, narrow lookups and tables with no PI.
The conventions of sets 3 and 6 to 18 are adopted verbatim; the choices they leave open are in
the package docstring.
Scored by the shared runner:

* column type accuracy (floor >= 0.97), sensitivity accuracy (floor >= 0.98), non-PI columns
  reported as PI (floor <= 2 %);
* the scorer's breakdowns (domain, header style, format, per type, confusion, errors — file,
  sheet and header only, never a cell value) and this set's own (layout, value variant, table
  with or without PI, gold kind, the non-PI columns reported as PI).

    python benchmarks/bench_columns_heldout20.py                          # temp dir removed after
    python benchmarks/bench_columns_heldout20.py --out /tmp/h20 --json heldout20.json
    python benchmarks/bench_columns_heldout20.py --out /tmp/h20 --reuse    # score it again
    python benchmarks/bench_columns_heldout20.py --out /tmp/h20 --generate-only
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_columns_heldout import HeldOutSet, run_set

from piplkit.discover.evaluation.breakdowns import SET_20 as BREAKDOWNS
from piplkit.discover.evaluation.heldout20 import build

SET_20 = HeldOutSet(
    name="heldout20",
    title="HELD-OUT SET 20 (an eighteenth examiner's mainstream exports, written blind)",
    generate=build.generate,
    default_seed=build.DEFAULT_SEED,
    reference_date=build.REFERENCE_DATE,
    breakdowns=BREAKDOWNS.breakdowns,
    format_breakdowns=BREAKDOWNS.format_breakdowns,
    report_key="heldout20_breakdowns",
    errors_shown=300,
)


def main(argv: list[str] | None = None) -> int:
    return run_set(SET_20, __doc__ or "", argv)


if __name__ == "__main__":
    sys.exit(main())
