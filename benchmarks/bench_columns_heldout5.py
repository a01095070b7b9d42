"""Column classification on HELD-OUT SET 5 (issue 11, "tables written by others"), written BLIND.

Set 5 (``piplkit.discover.evaluation.heldout5``) was written by a third examiner who read neither
the classifier, its vocabularies and header lists, nor the earlier sets' tables: 61 tables (in 57
files), 604 columns (60 % not PI), 48 tables in 45 PI domains that sets 3 and 4 do not name
(parcel lockers, 12345 hotline, pet registration, EV charging, smart locks, tax withholding,
social insurance, pawn shops, crowdfunding, livestream tipping, blood donation, nursing homes,
counselling, tutoring and a summer camp with minors, marriage registration, funerals, a community
grid census, SIM real-name, ferries, a marathon, CDRs, a homestay platform, ...) and 13 tables
with no PI. Set 3's gold conventions are adopted verbatim (package docstring). Scored by the same
scorer and runner:

* column type accuracy (floor >= 0.97), sensitivity accuracy (floor >= 0.98), non-PI columns
  reported as PI (floor <= 2 %);
* the scorer's breakdowns (domain, header style, format, per type, confusion, errors — file,
  sheet and header only, never a cell value) and this set's own (layout, value variant, gold
  kind, the non-PI columns reported as PI).

    python benchmarks/bench_columns_heldout5.py                          # temp dir removed after
    python benchmarks/bench_columns_heldout5.py --out /tmp/h5 --json heldout5.json
    python benchmarks/bench_columns_heldout5.py --out /tmp/h5 --reuse    # score it again
    python benchmarks/bench_columns_heldout5.py --out /tmp/h5 --generate-only
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_columns_heldout import HeldOutSet, run_set

from piplkit.discover.evaluation.breakdowns import SET_5 as BREAKDOWNS
from piplkit.discover.evaluation.heldout5 import build

SET_5 = HeldOutSet(
    name="heldout5",
    title="HELD-OUT SET 5 (a third examiner's tables, written blind to the classifier)",
    generate=build.generate,
    default_seed=build.DEFAULT_SEED,
    reference_date=build.REFERENCE_DATE,
    breakdowns=BREAKDOWNS.breakdowns,
    format_breakdowns=BREAKDOWNS.format_breakdowns,
    report_key="heldout5_breakdowns",
    errors_shown=300,
)


def main(argv: list[str] | None = None) -> int:
    return run_set(SET_5, __doc__ or "", argv)


if __name__ == "__main__":
    sys.exit(main())
