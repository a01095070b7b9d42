"""Annexes every document ends with: the unverified items and the instruments relied on.

Both are built after the body, because they list what the body flagged and cited.
"""

from __future__ import annotations

from piplkit.assess.documents.compose import DocumentContext
from piplkit.assess.documents.model import Block, Notice, Paragraph, Runs, Section, Table, Text
from piplkit.assess.law.models import InstrumentKind


def unverified_items_annex(
    doc: DocumentContext, anchor: str = "annex-b", title: str | None = None
) -> list[Section]:
    """Every unverified item: the engine's, then the document's own (deduplicated)."""
    labels = doc.labels
    rows: list[tuple[Runs, ...]] = []
    for u in doc.assessment.unverified:
        rows.append(((Text(u.subject),), (doc.cite(u, unverified=True),), (Text(u.note),)))
    seen: set[tuple[str, str, str]] = set()
    for item in doc.document_unverified:
        c = item.citation
        key = (c.instrument, c.article, item.note)
        if key in seen:
            continue
        seen.add(key)
        rows.append(((Text(item.subject),), (doc.cite(c, unverified=True),), (Text(item.note),)))
    blocks: tuple[Block, ...]
    if rows:
        blocks = (
            Notice((Text(labels["annex_b.intro"]),), "warning"),
            Table(tuple(labels["annex_b.h"]), tuple(rows), (28, 27, 45)),
        )
    else:
        blocks = (Paragraph((Text(labels["annex_b.none"]),)),)
    return [Section(anchor, "", title or labels["annex_b.title"], 1, blocks)]


def unverified_count(doc: DocumentContext) -> int:
    """How many rows the unverified annex has (for the cover notice)."""
    extra = {(u.citation.instrument, u.citation.article, u.note) for u in doc.document_unverified}
    return len(doc.assessment.unverified) + len(extra)


def instruments_annex(
    doc: DocumentContext, anchor: str = "annex-c", title: str | None = None
) -> list[Section]:
    """The instruments cited, by kind and effective date, with their status on the as-of date."""
    labels = doc.labels
    rows = []
    kinds = list(InstrumentKind)
    instruments = sorted(
        (doc.kb.instrument(i) for i in doc.cited_instruments),
        key=lambda inst: (kinds.index(inst.kind), inst.effective or doc.as_of, inst.id),
    )
    for inst in instruments:
        status = inst.status_on(doc.as_of)
        name = inst.title_zh if labels.lang == "zh" else inst.title_en
        rows.append(
            (
                (Text(name),),
                (Text(labels.issuer(inst.issuer)),),
                (Text(labels[f"kinds.{inst.kind.value}"]),),
                (Text(inst.effective.isoformat() if inst.effective else ""),),
                (Text(labels[f"statuses.{status.value if status else 'none'}"]),),
            )
        )
    return [
        Section(
            anchor,
            "",
            title or labels["annex_c.title"],
            1,
            (Table(tuple(labels["annex_c.h"]), tuple(rows), (40, 22, 13, 12, 13)),),
        )
    ]
