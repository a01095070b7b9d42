"""Chapters 6 and 7 of the PIPIA report: conclusion and sign-off; record keeping.

The retention period is read from the law data (parameter ``pipia.record_retention_years``,
PIPL Art. 56) on the as-of date, never written into the wording.
"""

from __future__ import annotations

from piplkit.assess.documents.compose import DocumentContext
from piplkit.assess.documents.model import Block, Notice, Paragraph, Section, Table, Text

RETENTION_PARAMETER = "pipia.record_retention_years"


def conclusion_chapter(doc: DocumentContext) -> list[Section]:
    labels = doc.labels
    hints = labels["s6.followups_hint"]
    follow = tuple(tuple((doc.fill(h),) for h in hints) for _ in range(3))
    sign = tuple(
        ((Text(role),), (doc.fill(),), (Text(""),), (doc.fill(),))
        for role in labels["s6.signoff_roles"]
    )
    return [
        Section("s6", "6", labels["s6.title"], 1),
        Section(
            "s6-1",
            "6.1",
            labels["s6.overall"],
            2,
            (Paragraph((doc.fill(labels["s6.overall_fill"]),)),),
        ),
        Section(
            "s6-2",
            "6.2",
            labels["s6.followups"],
            2,
            (Table(tuple(labels["s6.followups_h"]), follow, (55, 25, 20)),),
        ),
        Section(
            "s6-3",
            "6.3",
            labels["s6.signoff"],
            2,
            (Table(tuple(labels["s6.signoff_h"]), sign, (34, 22, 26, 18)),),
        ),
    ]


def record_keeping_chapter(doc: DocumentContext) -> list[Section]:
    labels = doc.labels
    pv = doc.kb.param(RETENTION_PARAMETER, doc.as_of)
    blocks: list[Block]
    if pv is None or pv.value is None:
        blocks = [Notice((Text(labels["s7.missing"]),), "warning")]
    else:
        cite = doc.cite(pv.citation, unverified=not pv.verified)
        if not pv.verified:
            doc.record_unverified(RETENTION_PARAMETER, pv.citation, pv.note or "")
        before, _, after = labels["s7.text"].partition("{cite}")
        blocks = [
            Paragraph(
                (Text(before.format(years=pv.value)), cite, Text(after.format(years=pv.value)))
            ),
            doc.key_values(
                [
                    (labels["s7.where"], (doc.fill(labels["s7.where_fill"]),)),
                    (labels.t("s7.until_fill", years=pv.value), (doc.fill(),)),
                ],
                labels["s1.work_h"],
            ),
        ]
    return [Section("s7", "7", labels["s7.title"], 1, tuple(blocks))]
