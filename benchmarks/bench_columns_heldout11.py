"""Column classification on HELD-OUT SET 11 (issue 11, "tables written by others"), written BLIND.

Set 11 (``piplkit.discover.evaluation.heldout11``) was written by a ninth examiner who read neither
the classifier, the detector, their vocabularies and header lists, nor the earlier sets' tables
and value modules: 172 business tables in 168 files (arable-land subsidies, mine attendance,
esports rosters, MCN creators, hearing aids, canteen cards, lift maintenance, study-abroad agents,
a visa centre, driving schools, ski rental, phone recycling, long-stay flats, a sleep clinic, DNA
ancestry, foreign staff, cross-border commuters, campus network logs, roaming CDRs, children's
tutoring, football, camps, music exams and swimming, the 12345 hotline, a water utility, ...) and
28 with no PI. Set 3's conventions and the choices of sets 6 to 10 are adopted verbatim; the
choices they leave open are in the package docstring, written before the set was generated.
Scored by the shared runner:

* column type accuracy (floor >= 0.97), sensitivity accuracy (floor >= 0.98), non-PI columns
  reported as PI (floor <= 2 %);
* the scorer's breakdowns (domain, header style, format, per type, confusion, errors — file,
  sheet and header only, never a cell value) and this set's own (layout, value variant, table
  with or without PI, gold kind, the non-PI columns reported as PI).

    python benchmarks/bench_columns_heldout11.py                          # temp dir removed after
    python benchmarks/bench_columns_heldout11.py --out /tmp/h11 --json heldout11.json
    python benchmarks/bench_columns_heldout11.py --out /tmp/h11 --reuse    # score it again
    python benchmarks/bench_columns_heldout11.py --out /tmp/h11 --generate-only
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_columns_heldout import HeldOutSet, run_set

from piplkit.discover.evaluation.breakdowns import SET_11 as BREAKDOWNS
from piplkit.discover.evaluation.heldout11 import build

SET_11 = HeldOutSet(
    name="heldout11",
    title="HELD-OUT SET 11 (a ninth examiner's tables, written blind to the classifier)",
    generate=build.generate,
    default_seed=build.DEFAULT_SEED,
    reference_date=build.REFERENCE_DATE,
    breakdowns=BREAKDOWNS.breakdowns,
    format_breakdowns=BREAKDOWNS.format_breakdowns,
    report_key="heldout11_breakdowns",
    errors_shown=300,
)


def main(argv: list[str] | None = None) -> int:
    return run_set(SET_11, __doc__ or "", argv)


if __name__ == "__main__":
    sys.exit(main())
