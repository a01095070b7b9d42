"""Chapter 1 of the PIPIA report: scope, legal basis, why the assessment is required, its conduct.

The triggers table pairs each fact the rules engine named for the ``pipia`` obligation with the
PIPL Art. 55 item it falls under; the engine decides whether a PIPIA applies, this only shows it.
"""

from __future__ import annotations

from piplkit.assess.documents.compose import CitationLike, DocumentContext
from piplkit.assess.documents.model import Block, Paragraph, Section, Table, Text
from piplkit.assess.rules.result import Obligation

#: Which PIPL Art. 55 item each PIPIA trigger fact falls under (display only).
TRIGGER_ARTICLE = (
    ("processing.sensitive_categories", "Art. 55(1)"),
    ("processing.minors_under_14", "Art. 55(1)"),
    ("processing.automated_decision_making", "Art. 55(2)"),
    ("processing.entrusted_processing", "Art. 55(3)"),
    ("processing.provides_to_other_handlers", "Art. 55(3)"),
    ("processing.publishes_pi", "Art. 55(3)"),
    ("transfers[", "Art. 55(4)"),
)


def trigger_citations(fact: str, pipia: Obligation) -> list[CitationLike]:
    """The citations of the ``pipia`` obligation that belong to one triggering fact."""
    for prefix, article in TRIGGER_ARTICLE:
        if fact.startswith(prefix):
            hits: list[CitationLike] = [
                c for c in pipia.citations if c.instrument == "pipl" and c.article == article
            ]
            if hits:
                return hits
    others: list[CitationLike] = [c for c in pipia.citations if c.instrument != "pipl"]
    return others or [c for c in pipia.citations if c.article != "Art. 56"]


def overview_chapter(doc: DocumentContext) -> list[Section]:
    labels = doc.labels
    handler = doc.assessment.handler
    out = [Section("s1", "1", labels["s1.title"], 1)]
    out.append(
        Section(
            "s1-1",
            "1.1",
            labels["s1.scope"],
            2,
            (
                Paragraph((Text(labels.t("s1.scope_text", handler=handler, as_of=doc.as_of)),)),
                Paragraph((doc.fill(labels["s1.scope_fill"]),)),
            ),
        )
    )
    out.append(
        Section(
            "s1-2", "1.2", labels["s1.basis"], 2, (Paragraph((Text(labels["s1.basis_text"]),)),)
        )
    )
    pipia = [o for o in doc.assessment.obligations if o.id == "pipia"]
    blocks: list[Block]
    if pipia:
        rows = []
        for fact in pipia[0].triggered_by:
            cites = trigger_citations(fact, pipia[0])
            rows.append(((Text(doc.fact(fact)),), doc.cites(cites)))
        blocks = [
            Paragraph((Text(labels["s1.triggers_intro"]),)),
            Table(tuple(labels["s1.trigger_h"]), tuple(rows), (55, 45)),
        ]
    else:
        blocks = [Paragraph((Text(labels["s1.no_trigger"]),))]
    out.append(Section("s1-3", "1.3", labels["s1.triggers"], 2, tuple(blocks)))
    work = [(label, (doc.fill(hint),)) for label, hint in labels["s1.work_rows"]]
    out.append(
        Section("s1-4", "1.4", labels["s1.work"], 2, (doc.key_values(work, labels["s1.work_h"]),))
    )
    return out
