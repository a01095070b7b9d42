"""The obligations table of chapters 3 and 5: obligation, citations, triggering facts, deadline."""

from __future__ import annotations

from collections.abc import Sequence

from piplkit.assess.documents.compose import DocumentContext
from piplkit.assess.documents.model import Runs, Table, Text
from piplkit.assess.rules.result import Obligation


def obligation_table(
    doc: DocumentContext, obligations: Sequence[Obligation], with_status: bool
) -> Table:
    """Chapter 5 adds a status/evidence column to fill in; chapter 3 lists without one."""
    labels = doc.labels
    rows = []
    for o in obligations:
        row: tuple[Runs, ...] = (
            (Text(doc.title_of(o)),),
            doc.cites(o.citations),
            doc.facts(o.triggered_by),
            doc.due_of(o),
        )
        if with_status:
            row = (*row, (doc.fill(labels["s5.status_hint"]),))
        rows.append(row)
    if with_status:
        return Table(tuple(labels["s5.obligations_h"]), tuple(rows), (26, 20, 20, 18, 16))
    return Table(tuple(labels["s3.obligation_h"]), tuple(rows), (32, 22, 26, 20))
