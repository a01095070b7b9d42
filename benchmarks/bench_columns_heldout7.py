"""Column classification on HELD-OUT SET 7 (issue 11, "tables written by others"), written BLIND.

Set 7 (``piplkit.discover.evaluation.heldout7``) was written by a fifth examiner who read neither
the classifier, its vocabularies and header lists, nor the earlier sets' tables: business tables
from domains the earlier sets' docs do not name (dialysis, methadone, newborn screening, marrow
and cord-blood registries, a drug trial, tax deductions, judicial auctions, bankruptcy claims,
adoption, voter rolls, a genealogy, palm-vein payment, paternity tests, ...) and tables with no
PI. Set 3's conventions and set 6's choices are adopted verbatim; the choices they leave open
are in the package docstring, fixed before the first score. Scored by the shared runner:

* column type accuracy (floor >= 0.97), sensitivity accuracy (floor >= 0.98), non-PI columns
  reported as PI (floor <= 2 %);
* the scorer's breakdowns (domain, header style, format, per type, confusion, errors — file,
  sheet and header only, never a cell value) and this set's own (layout, value variant, table
  with or without PI, gold kind, the non-PI columns reported as PI).

    python benchmarks/bench_columns_heldout7.py                          # temp dir removed after
    python benchmarks/bench_columns_heldout7.py --out /tmp/h7 --json heldout7.json
    python benchmarks/bench_columns_heldout7.py --out /tmp/h7 --reuse    # score it again
    python benchmarks/bench_columns_heldout7.py --out /tmp/h7 --generate-only
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_columns_heldout import HeldOutSet, run_set

from piplkit.discover.evaluation.breakdowns import SET_7 as BREAKDOWNS
from piplkit.discover.evaluation.heldout7 import build

SET_7 = HeldOutSet(
    name="heldout7",
    title="HELD-OUT SET 7 (a fifth examiner's tables, written blind to the classifier)",
    generate=build.generate,
    default_seed=build.DEFAULT_SEED,
    reference_date=build.REFERENCE_DATE,
    breakdowns=BREAKDOWNS.breakdowns,
    format_breakdowns=BREAKDOWNS.format_breakdowns,
    report_key="heldout7_breakdowns",
    errors_shown=300,
)


def main(argv: list[str] | None = None) -> int:
    return run_set(SET_7, __doc__ or "", argv)


if __name__ == "__main__":
    sys.exit(main())
