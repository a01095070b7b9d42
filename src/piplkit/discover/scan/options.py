"""What a scan is asked to do: sampling, evaluation date, parallelism."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from datetime import date

#: Rows read per table when sampling (``--sample``).
DEFAULT_SAMPLE_ROWS = 1000


@dataclass(frozen=True, slots=True)
class ScanOptions:
    """Options shared by every source.

    ``full`` reads every row (files in parallel chunks where the format allows it); otherwise
    ``sample_rows`` rows from the head of each table are classified and the row count is taken
    cheaply (see docs/scanning.md).
    """

    as_of: date = field(default_factory=date.today)
    sample_rows: int = DEFAULT_SAMPLE_ROWS
    full: bool = False
    jobs: int = field(default_factory=lambda: max(1, os.cpu_count() or 1))
    types: tuple[str, ...] | None = None
    #: Longest text handed to the detector at once; longer lines and cells are cut into windows.
    max_text_chars: int = 1_000_000
