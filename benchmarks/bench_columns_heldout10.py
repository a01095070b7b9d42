"""Column classification on HELD-OUT SET 10 (issue 11, "tables written by others"), written BLIND.

Set 10 (``piplkit.discover.evaluation.heldout10``) was written by an eighth examiner who read
neither the classifier, the detector, their vocabularies and header lists, nor the earlier sets'
table, person and value modules: 163 business tables in 160 files (blood donation and a marrow
registry, opticians and hearing aids, a confinement centre, medical crowdfunding, children's
classes, camps and theatres, KTV, internet cafes, pawnshops, scrap-metal buyers, a prison's visitor
log, a marriage registry, household moves, e-bike and drone registries, ferries, a law firm,
provident-fund loans, background checks, gig payouts, forum dumps, guest Wi-Fi, ...) and 28 with no
PI. Set 3's conventions and the choices of sets 6, 7, 8 and 9 are adopted verbatim; the choices
they leave open are in the package docstring, committed before the set was generated. Scored
by the shared runner:

* column type accuracy (floor >= 0.97), sensitivity accuracy (floor >= 0.98), non-PI columns
  reported as PI (floor <= 2 %);
* the scorer's breakdowns (domain, header style, format, per type, confusion, errors — file,
  sheet and header only, never a cell value) and this set's own (layout, value variant, table
  with or without PI, gold kind, the non-PI columns reported as PI).

    python benchmarks/bench_columns_heldout10.py                          # temp dir removed after
    python benchmarks/bench_columns_heldout10.py --out /tmp/h10 --json heldout10.json
    python benchmarks/bench_columns_heldout10.py --out /tmp/h10 --reuse    # score it again
    python benchmarks/bench_columns_heldout10.py --out /tmp/h10 --generate-only
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_columns_heldout import HeldOutSet, run_set

from piplkit.discover.evaluation.breakdowns import SET_10 as BREAKDOWNS
from piplkit.discover.evaluation.heldout10 import build

SET_10 = HeldOutSet(
    name="heldout10",
    title="HELD-OUT SET 10 (an eighth examiner's tables, written blind to the classifier)",
    generate=build.generate,
    default_seed=build.DEFAULT_SEED,
    reference_date=build.REFERENCE_DATE,
    breakdowns=BREAKDOWNS.breakdowns,
    format_breakdowns=BREAKDOWNS.format_breakdowns,
    report_key="heldout10_breakdowns",
    errors_shown=300,
)


def main(argv: list[str] | None = None) -> int:
    return run_set(SET_10, __doc__ or "", argv)


if __name__ == "__main__":
    sys.exit(main())
