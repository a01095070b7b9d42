"""Column classification on HELD-OUT SET 4 (issue 11, "tables written by others").

Set 4 (``piplkit.discover.evaluation.heldout4``) was written by a second examiner who read neither
the classifier, its vocabularies, nor the other sets' tables: 57 tables, 628 columns, 44 tables in
39 PI domains that set 3 does not cover (banking, securities, microloans, hospitals, dental,
vaccination, gene tests, elderly check-ups, kindergarten, admissions, dormitories, exams, temples,
unions, corrections, courts, notary, estate agency, rental registration, visas, tour groups,
customs, background checks, veterans, driving school, traffic violations, ride-hailing, delivery
riders, telematics, MDM, biometric attendance, a fintech app's user dump, e-commerce returns, games
with minors, dating, an ISP log) and 13 tables with no PI. Set 3's gold conventions are adopted
verbatim (package docstring). Scored by the same scorer and runner:

* column type accuracy (floor >= 0.97), sensitivity accuracy (floor >= 0.98), non-PI columns
  reported as PI (floor <= 2 %);
* the scorer's breakdowns (domain, header style, format, per type, confusion, errors — file,
  sheet and header only, never a cell value) and this set's own (encoding, layout, value
  variant, decidable by values or not, the non-PI columns reported as PI).

    python benchmarks/bench_columns_heldout4.py                          # temp dir removed after
    python benchmarks/bench_columns_heldout4.py --out /tmp/h4 --json heldout4.json
    python benchmarks/bench_columns_heldout4.py --out /tmp/h4 --reuse    # score it again
    python benchmarks/bench_columns_heldout4.py --out /tmp/h4 --generate-only
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_columns_heldout import HeldOutSet, run_set

from piplkit.discover.evaluation.heldout4 import breakdown, build

SET_4 = HeldOutSet(
    name="heldout4",
    title="HELD-OUT SET 4 (a second examiner's tables, blind to the classifier and the other sets)",
    generate=build.generate,
    default_seed=build.DEFAULT_SEED,
    reference_date=build.REFERENCE_DATE,
    breakdowns=breakdown.breakdowns,
    format_breakdowns=breakdown.format_breakdowns,
    report_key="heldout4_breakdowns",
    errors_shown=300,
)


def main(argv: list[str] | None = None) -> int:
    return run_set(SET_4, __doc__ or "", argv)


if __name__ == "__main__":
    sys.exit(main())
