"""Column classification on HELD-OUT SET 12 (issue 11, "tables written by others"), written BLIND.

Set 12 (``piplkit.discover.evaluation.heldout12``) was written by a tenth examiner who read neither
the classifier, the detector, their vocabularies and header lists, nor the earlier sets' tables
and value modules: 180 business tables in 168 files from 45 report kinds (cinema members, waste
sorting points, community grid registers, campus gates, cross-border buyers, used-car intake,
micro-loan collections, kindergarten pick-up, gaokao sign-up, a manning agency, an elderly home,
international-school admissions, ETC issue, public rental housing, mall Wi-Fi logs, phone repair,
online consultations, SIM activation, car sharing, a cycling club, newborn gene screening, a
children's art school, theme-park passes, remittances, HK/Macao/Taiwan bank customers, expo
visitors, an RV camp, metro ride codes, retired cadres, adult exams, a job fair, wide ERP and
CRM exports, narrow lookups, ...) and 40 with no PI. Set 3's conventions and the choices of sets 6
to 11 are adopted verbatim; the choices they leave open are in the package docstring, written
before the set was generated.
Scored by the shared runner:

* column type accuracy (floor >= 0.97), sensitivity accuracy (floor >= 0.98), non-PI columns
  reported as PI (floor <= 2 %);
* the scorer's breakdowns (domain, header style, format, per type, confusion, errors — file,
  sheet and header only, never a cell value) and this set's own (layout, value variant, table
  with or without PI, gold kind, the non-PI columns reported as PI).

    python benchmarks/bench_columns_heldout12.py                          # temp dir removed after
    python benchmarks/bench_columns_heldout12.py --out /tmp/h12 --json heldout12.json
    python benchmarks/bench_columns_heldout12.py --out /tmp/h12 --reuse    # score it again
    python benchmarks/bench_columns_heldout12.py --out /tmp/h12 --generate-only
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_columns_heldout import HeldOutSet, run_set

from piplkit.discover.evaluation.breakdowns import SET_12 as BREAKDOWNS
from piplkit.discover.evaluation.heldout12 import build

SET_12 = HeldOutSet(
    name="heldout12",
    title="HELD-OUT SET 12 (a tenth examiner's tables, written blind to the classifier)",
    generate=build.generate,
    default_seed=build.DEFAULT_SEED,
    reference_date=build.REFERENCE_DATE,
    breakdowns=BREAKDOWNS.breakdowns,
    format_breakdowns=BREAKDOWNS.format_breakdowns,
    report_key="heldout12_breakdowns",
    errors_shown=300,
)


def main(argv: list[str] | None = None) -> int:
    return run_set(SET_12, __doc__ or "", argv)


if __name__ == "__main__":
    sys.exit(main())
