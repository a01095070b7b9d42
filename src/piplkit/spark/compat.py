"""The single-process tools' steps that the Spark jobs must repeat exactly, in one place.

``scan_table`` and ``deidentify_parquet`` do their per-table work in private helpers; the Spark
jobs call those same helpers instead of copies, so the two paths cannot drift apart. This module
is the only place that reaches into them: if they are renamed, only these imports change.
"""

from __future__ import annotations

from piplkit.deid.io.parquet import _column as deid_arrow_column
from piplkit.deid.io.parquet import _plan as deid_arrow_plan
from piplkit.scan.table_scan import _column as column_report
from piplkit.scan.table_scan import _full_decision as full_decision
from piplkit.scan.table_scan import _plan as plan_for
from piplkit.scan.table_scan import _plausible_examples as plausible_examples
from piplkit.scan.table_scan import _totals as totals

__all__ = [
    "column_report",
    "deid_arrow_column",
    "deid_arrow_plan",
    "full_decision",
    "plan_for",
    "plausible_examples",
    "totals",
]
