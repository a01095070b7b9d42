"""Column classification on HELD-OUT SET 9 (issue 11, "tables written by others"), written BLIND.

Set 9 (``piplkit.discover.evaluation.heldout9``) was written by a seventh examiner who read neither
the classifier, the detector, their vocabularies and header lists, nor the earlier sets' tables
and value modules: 165 business tables in 162 files (device-trial screening, cosmetic and dental
labs, pharmacy chains, fertility apps and wearables, rural family doctors, rehabilitation, a stock
broker, insurance agents, e-commerce returns, graduate admissions, a residents' committee
election, a talent agency, aviation and maritime crews, co-operatives, connected cars, children's
clinics and clubs, ...) and 31 with no PI. Set 3's conventions and the choices of sets 6, 7 and 8
are adopted verbatim; the choices they leave open are in the package docstring, committed before
the set was generated. Scored by the shared runner:

* column type accuracy (floor >= 0.97), sensitivity accuracy (floor >= 0.98), non-PI columns
  reported as PI (floor <= 2 %);
* the scorer's breakdowns (domain, header style, format, per type, confusion, errors — file,
  sheet and header only, never a cell value) and this set's own (layout, value variant, table
  with or without PI, gold kind, the non-PI columns reported as PI).

    python benchmarks/bench_columns_heldout9.py                          # temp dir removed after
    python benchmarks/bench_columns_heldout9.py --out /tmp/h9 --json heldout9.json
    python benchmarks/bench_columns_heldout9.py --out /tmp/h9 --reuse    # score it again
    python benchmarks/bench_columns_heldout9.py --out /tmp/h9 --generate-only
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_columns_heldout import HeldOutSet, run_set

from piplkit.discover.evaluation.breakdowns import SET_9 as BREAKDOWNS
from piplkit.discover.evaluation.heldout9 import build

SET_9 = HeldOutSet(
    name="heldout9",
    title="HELD-OUT SET 9 (a seventh examiner's tables, written blind to the classifier)",
    generate=build.generate,
    default_seed=build.DEFAULT_SEED,
    reference_date=build.REFERENCE_DATE,
    breakdowns=BREAKDOWNS.breakdowns,
    format_breakdowns=BREAKDOWNS.format_breakdowns,
    report_key="heldout9_breakdowns",
    errors_shown=300,
)


def main(argv: list[str] | None = None) -> int:
    return run_set(SET_9, __doc__ or "", argv)


if __name__ == "__main__":
    sys.exit(main())
