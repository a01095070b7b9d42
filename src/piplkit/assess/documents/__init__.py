"""PIPIA reports and filing checklists from an assessment: HTML, PDF and DOCX.

``build_report(profile, assessment, lang)`` makes a language-resolved document model;
``render_html`` / ``render_pdf`` / ``render_docx`` lay it out; ``write_report`` picks the format
from the file suffix. Imports only ``piplkit.assess.rules`` and ``piplkit.assess.law`` from the
core.
"""

from piplkit.assess.documents.labels import load_labels
from piplkit.assess.documents.model import Report
from piplkit.assess.documents.pipia import build_report
from piplkit.assess.documents.writer import FORMATS, ReportError, render, write_report
from piplkit.assess.law.languages import LANGS, Lang

__all__ = [
    "FORMATS",
    "LANGS",
    "Lang",
    "Report",
    "ReportError",
    "build_report",
    "load_labels",
    "render",
    "write_report",
]
