"""Orchestrate a scan: targets → readers → classifier/text engine → :class:`ScanReport`.

Every failure is turned into one masked message naming the file or table, and the scan goes on
with the rest; nothing raises out of :func:`scan` for bad input. ``MemoryError`` does: a process
out of memory is in no state to go on (the server scans uploads in a limited child process,
:mod:`piplkit.discover.scan.isolated`, and the CLI reports it in one line).
"""

from __future__ import annotations

import time
from collections import Counter
from pathlib import Path

from piplkit.discover.detect import Detector
from piplkit.discover.scan.analysis import TEXT_MIN_SCORE
from piplkit.discover.scan.classify import grade_report, sensitive_types
from piplkit.discover.scan.columns import MAX_EXAMPLES
from piplkit.discover.scan.database import connect, display, list_tables
from piplkit.discover.scan.options import ScanOptions
from piplkit.discover.scan.progress import NoProgress, ScanProgress
from piplkit.discover.scan.report import (
    FileReport,
    ScanError,
    ScanMode,
    ScanReport,
    shown,
    summarise,
)
from piplkit.discover.scan.safety import safe_message
from piplkit.discover.scan.sources import expand, is_database_url, kind_of, open_source
from piplkit.discover.scan.table_scan import scan_table
from piplkit.discover.scan.tables import Document, ReadError, Table


class _Run:
    def __init__(self, options: ScanOptions, progress: ScanProgress) -> None:
        self.options = options
        self.progress = progress
        self.cell_detector = Detector(options.types, as_of=options.as_of, min_score=0.3)
        # Documents are running text: the prose rules apply (AnalysisContext.prose); table
        # cells go through cell_detector, which must not depend on them.
        self.text_detector = Detector(
            options.types, as_of=options.as_of, min_score=TEXT_MIN_SCORE, prose=True
        )
        self.files: list[FileReport] = []
        self.errors: list[ScanError] = []

    def error(self, where: str, message: str) -> None:
        self.errors.append(
            ScanError(path=safe_message(where), message=safe_message(f"{where}: {message}"))
        )

    def target(self, target: str) -> None:
        if is_database_url(target):
            self.database(target)
            return
        for path, explicit in expand([target]):
            kind = kind_of(path)
            if kind is None:
                if not explicit:
                    continue  # folders hold images and archives too; only named files must parse
                kind = "text"
            self.file(path, kind)

    def file(self, path: Path, kind: str) -> None:
        try:
            items = open_source(path, kind, sampling=not self.options.full)
        except ReadError as exc:
            self.error(str(path), str(exc))
            return
        except MemoryError:  # not bad input: the process must stop (servers scan in a child)
            raise
        except Exception as exc:  # a reader bug must not end the whole scan
            self.error(str(path), f"unexpected error while opening ({type(exc).__name__})")
            return
        for item in items:
            self.item(item)

    def item(self, item: Table | Document) -> None:
        where = f"{item.path}#{item.name}" if isinstance(item, Table) and item.name else item.path
        try:
            if isinstance(item, Table):
                self.progress.start(where, None)
                self.files.append(scan_table(item, self.options, self.cell_detector, self.progress))
            else:
                self.files.append(self.document(item))
        except ReadError as exc:
            self.error(where, str(exc))
        except MemoryError:
            raise
        except Exception as exc:
            self.error(where, f"unexpected error while scanning ({type(exc).__name__})")
        finally:
            self.progress.finish()

    def document(self, doc: Document) -> FileReport:
        began = time.perf_counter()
        counts: Counter[str] = Counter()
        examples: dict[str, list[str]] = {}
        minors = 0
        size = Path(doc.path).stat().st_size if Path(doc.path).is_file() else None
        self.progress.start(doc.path, size)
        for piece in doc.pieces():
            for f in self.text_detector.detect(piece):
                counts[f.type] += 1
                minors += bool(f.attributes.get("minor"))
                kept = examples.setdefault(f.type, [])
                if len(kept) < MAX_EXAMPLES and f.preview not in kept:
                    kept.append(f.preview)
            self.progress.advance(len(piece))
        report = FileReport(
            path=shown(doc.path), kind=doc.kind, encoding=doc.encoding, mode=self._mode()
        )
        report.findings_by_type = dict(sorted(counts.items()))
        report.examples_masked = dict(sorted(examples.items()))
        report.minors = minors
        report.sensitive_types = sensitive_types(
            report.findings_by_type, minors, self.options.as_of
        )
        grade_report(report, self.options.as_of)
        report.warnings = list(doc.warnings)
        report.seconds = round(time.perf_counter() - began, 3)
        return report

    def database(self, url: str) -> None:
        shown = display(url)
        try:
            engine = connect(url)
        except ReadError as exc:
            self.error(shown, str(exc))
            return
        try:
            tables = list_tables(engine, shown)
            if not tables:
                self.error(shown, "database has no tables")
            for table in tables:
                self.item(table)
        except ReadError as exc:
            self.error(shown, str(exc))
        finally:
            engine.dispose()

    def _mode(self) -> ScanMode:
        return "full" if self.options.full else "sample"


def scan(
    targets: list[str], options: ScanOptions | None = None, progress: ScanProgress | None = None
) -> ScanReport:
    """Scan files, folders and database URLs; bad inputs become ``summary.errors`` entries."""
    options = options or ScanOptions()
    run = _Run(options, progress or NoProgress())
    for target in targets:
        run.target(target)
    return ScanReport(
        as_of=options.as_of,
        mode="full" if options.full else "sample",
        sample_rows=options.sample_rows,
        files=run.files,
        summary=summarise(run.files, run.errors, options.as_of),
    )
