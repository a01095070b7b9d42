"""Discovery of personal information in files and databases.

:func:`scan` walks paths (CSV/TSV, XLSX, JSON/JSONL, Parquet, text, DOCX, PDF) and database URLs,
classifies table columns with :mod:`piplkit.discover.detect`, and returns a :class:`ScanReport`
that the CLI renders as a table, JSON or HTML. Raw values never leave this package: reports carry
counts and masked previews only.
"""

from piplkit.discover.scan.options import ScanOptions
from piplkit.discover.scan.report import ColumnReport, FileReport, ScanReport
from piplkit.discover.scan.scanner import scan

__all__ = ["ColumnReport", "FileReport", "ScanOptions", "ScanReport", "scan"]
