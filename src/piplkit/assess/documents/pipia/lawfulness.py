"""Chapter 3 of the PIPIA report (PIPL Art. 56(1)): lawfulness, legitimacy and necessity.

States the lawful basis and every consent and notice duty the engine found (separate consent,
guardian consent, the Art. 39 notice); purposes and their necessity are for the handler to fill.
"""

from __future__ import annotations

from piplkit.assess.documents.compose import DocumentContext
from piplkit.assess.documents.model import Block, Paragraph, Section, Table, Text
from piplkit.assess.documents.pipia.obligation_table import obligation_table

CONSENT_OBLIGATIONS = ("separate_consent", "minors.guardian_consent", "cross_border.notice")


def lawfulness_chapter(doc: DocumentContext) -> list[Section]:
    labels = doc.labels
    out = [Section("s3", "3", labels["s3.title"], 1)]
    basis = labels[f"lawful_basis.{doc.profile.processing.lawful_basis}"]
    out.append(
        Section(
            "s3-1",
            "3.1",
            labels["s3.basis"],
            2,
            (Paragraph((Text(labels.t("s3.basis_text", basis=basis)),)),),
        )
    )
    consent = doc.obligations(*CONSENT_OBLIGATIONS)
    block: Block = (
        obligation_table(doc, consent, with_status=False)
        if consent
        else Paragraph((Text(labels["s3.consent_none"]),))
    )
    out.append(Section("s3-2", "3.2", labels["s3.consent"], 2, (block,)))
    hints = labels["s3.purposes_hint"]
    rows = tuple(tuple((doc.fill(h),) for h in hints) for _ in range(3))
    out.append(
        Section(
            "s3-3",
            "3.3",
            labels["s3.purposes"],
            2,
            (Table(tuple(labels["s3.purposes_h"]), rows, (25, 20, 27, 28)),),
        )
    )
    out.append(
        Section(
            "s3-4",
            "3.4",
            labels["s3.conclusion"],
            2,
            (Paragraph((doc.fill(labels["s3.conclusion_fill"]),)),),
        )
    )
    return out
