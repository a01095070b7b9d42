# ruff: noqa: E501  (the specs are document text, one paragraph a line)
"""Build the small PDF and DOCX documents of ``tests/track/test_blind6_causes.py``.

Each shows one cause of the lost heldout6 set's errors in the format that needs it: a two-column
PDF whose column labels sit right above a headline in the headline's type, a PDF whose title has
a team line under it, and a DOCX whose author byline carries an earlier date than its issue
line. The files are shipped in ``causes6/`` (tests need neither reportlab nor this script); run
``python tests/data/track/make_causes6.py`` after editing a spec. The texts are written for
piplkit; the events and names are fictional.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "causes6"
sys.path.insert(0, str(HERE))

from make_docs import build_docx, build_pdf  # noqa: E402

TEAM_PDF = """# China Data Protection Update — November 2025
Data & Privacy Team, Example Law Offices
This issue covers regulators' work on apps and cross-border transfers.
!! CAC fines ride-hailing app
On 7 November 2025, the CAC fined a ride-hailing app RMB 800,000 for collecting location data without consent.
!! MIIT names 20 apps
On 9 November 2025, MIIT named 20 apps that shared personal information with third parties.
"""

BYLINE_DOCX = """# China Data Bulletin
Issue 12 — April 2025
By Jane Doe, 3 March 2025
## Enforcement
**CAC fines ride-hailing app** Earlier this month, the CAC fined a ride-hailing app RMB 800,000 for collecting location data without consent.
"""

#: (column, style, text) of the two-column brief; a column label is set like the headline
COLUMNS = [
    ("left", "label", "ENFORCEMENT"),
    ("left", "head", "CAC fines ride-hailing app"),
    (
        "left",
        "body",
        "On 7 November 2025, the CAC fined a ride-hailing app RMB 800,000 for collecting location data without consent.",
    ),
    ("left", "head", "MIIT names 20 apps"),
    (
        "left",
        "body",
        "On 9 November 2025, MIIT named 20 apps that shared personal information with third parties without consent.",
    ),
    ("right", "label", "LEGISLATION"),
    ("right", "head", "CAC issues certification measures"),
    (
        "right",
        "body",
        "On 3 November 2025, the CAC issued the Measures for Personal Information Export Certification.",
    ),
    ("right", "label", "IN THE COURTS"),  # a kicker the section vocabulary lacks
    ("right", "head", "Beijing court rules on scraping"),
    (
        "right",
        "body",
        "On 18 November 2025, the Beijing Internet Court ruled that a platform's scraping of user profiles was unlawful.",
    ),
]


def build_columns(path: Path) -> None:
    from reportlab import rl_config
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import BaseDocTemplate, Frame, FrameBreak, PageTemplate, Paragraph

    rl_config.invariant = 1  # the same bytes on every run
    body = ParagraphStyle("body", fontName="Helvetica", fontSize=9, leading=12, spaceAfter=6)
    label = ParagraphStyle("label", fontName="Helvetica-Bold", fontSize=11, leading=14)
    head = ParagraphStyle("head", parent=label, spaceAfter=4)
    title = ParagraphStyle("title", fontName="Helvetica-Bold", fontSize=18, leading=22)
    width, height = A4
    column = (width - 120) / 2
    doc = BaseDocTemplate(str(path), pagesize=A4, title="", author="", subject="")
    frames = [
        Frame(50, height - 110, width - 100, 60, id="top"),
        Frame(50, 60, column, height - 180, id="left"),
        Frame(70 + column, 60, column, height - 180, id="right"),
    ]
    doc.addPageTemplates([PageTemplate(id="two", frames=frames)])
    styles = {"label": label, "head": head, "body": body}
    story = [Paragraph("Asia Data Brief — November 2025", title), FrameBreak()]
    side = "left"
    for where, style, text in COLUMNS:
        if where != side:
            story.append(FrameBreak())
            side = where
        story.append(Paragraph(text, styles[style]))
    doc.build(story)


def main() -> None:
    OUT.mkdir(exist_ok=True)
    build_columns(OUT / "columns.pdf")
    build_pdf(TEAM_PDF, OUT / "team.pdf", "Example Law Offices")
    build_docx(BYLINE_DOCX, OUT / "byline.docx")
    for path in sorted(OUT.iterdir()):
        print(f"wrote {path}")


if __name__ == "__main__":
    main()
