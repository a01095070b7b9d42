"""Chapter 5 of the PIPIA report (PIPL Art. 56(3)): every obligation and the measures taken.

Each obligation on the as-of date is listed with its citations, triggering facts and deadline,
plus a status/evidence column; the measures by area and their proportionality are to fill in.
"""

from __future__ import annotations

from piplkit.assess.documents.compose import DocumentContext
from piplkit.assess.documents.model import Paragraph, Section, Table, Text
from piplkit.assess.documents.pipia.obligation_table import obligation_table


def measures_chapter(doc: DocumentContext) -> list[Section]:
    labels = doc.labels
    rows = tuple(
        (
            (Text(area),),
            (doc.fill(labels["s5.measures_hint"]),),
            (doc.fill(labels["s5.proportion_hint"]),),
        )
        for area in labels["s5.measures_rows"]
    )
    return [
        Section("s5", "5", labels["s5.title"], 1),
        Section(
            "s5-1",
            "5.1",
            labels["s5.obligations"],
            2,
            (obligation_table(doc, doc.assessment.obligations, with_status=True),),
        ),
        Section(
            "s5-2",
            "5.2",
            labels["s5.measures"],
            2,
            (Table(tuple(labels["s5.measures_h"]), rows, (30, 45, 25)),),
        ),
        Section(
            "s5-3",
            "5.3",
            labels["s5.conclusion"],
            2,
            (Paragraph((doc.fill(labels["s5.conclusion_fill"]),)),),
        ),
    ]
