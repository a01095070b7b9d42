"""The standard contract's Appendix I (个人信息出境说明) filled in, and Appendix II screened.

Appendix I lists ten items (purpose, method, scale, PI categories, sensitive PI categories,
onward recipients, transmission method, retention and storage abroad, other matters); piplkit
fills each from the transfer's stated details and its counted volumes, and leaves the rest as
fields to complete. Supplementary terms (Appendix II), when given, are screened for clauses
that may conflict with the contract (``terms_check.py``).
"""

from __future__ import annotations

import datetime as dt

from piplkit.assess.documents.compose import DocumentContext
from piplkit.assess.documents.filing.common import (
    categories,
    context,
    details_of,
    finish,
    scale_text,
    stated,
)
from piplkit.assess.documents.filing.data import load_filing_packs
from piplkit.assess.documents.filing.terms_check import screen_terms
from piplkit.assess.documents.model import (
    Block,
    Notice,
    Paragraph,
    Report,
    Runs,
    Section,
    Table,
    Text,
)
from piplkit.assess.law.kb import KnowledgeBase
from piplkit.assess.law.languages import Lang
from piplkit.assess.rules.profile import Profile
from piplkit.assess.rules.result import Assessment, TransferResult

K = "filing.appendix1."


def appendix1_rows(doc: DocumentContext, t: TransferResult) -> tuple[tuple[Runs, Runs], ...]:
    d = details_of(doc, t.name)
    values = {
        "processing_purpose": d.processing_purpose,
        "processing_method": d.processing_method,
        "pi_categories": d.pi_categories,
        "sensitive_pi_categories": d.sensitive_pi_categories,
        "onward_recipients": d.onward_recipients,
        "channel": d.channel,
        "retention_abroad": d.retention_abroad,
        "storage_location_abroad": d.storage_location_abroad,
    }
    rows: list[tuple[Runs, Runs]] = []
    for item in load_filing_packs().appendix1.items:
        label = item.text(doc.labels.lang)
        if item.fills == "scale":
            value: Runs = (Text(scale_text(doc, t)),)
        elif item.fills is None:
            value = (doc.fill(),)
        elif item.fills in ("pi_categories", "sensitive_pi_categories"):
            value = categories(doc, values[item.fills], label)  # type: ignore[arg-type]
        else:
            value = stated(doc, values[item.fills], label)
        rows.append(((Text(label),), value))
    return tuple(rows)


def _terms_blocks(doc: DocumentContext, terms: str | None) -> tuple[Block, ...]:
    labels = doc.labels
    basis = load_filing_packs().supplementary_terms.basis
    intro: tuple[Block, ...] = (
        Notice((Text(labels[K + "terms_intro"]),), "info"),
        Paragraph((Text(labels[K + "basis"] + ": "), *doc.sourced(basis, "supplementary terms"))),
    )
    if terms is None:
        return (*intro, Paragraph((Text(labels[K + "terms_not_given"]),)))
    findings = screen_terms(terms)
    if not findings:
        return (*intro, Paragraph((Text(labels[K + "terms_none"]),)))
    contract = basis[-1].instrument
    rows = tuple(
        (
            (Text(str(f.clause)),),
            (Text(f.excerpt),),
            (Text(f.rule.text(labels.lang)),),
            (doc.cite(_Ref(contract, f"Annex (standard contract), {f.rule.article}")),),
        )
        for f in findings
    )
    return (*intro, Table(tuple(labels[K + "terms_h"]), rows, (8, 42, 30, 20)))


class _Ref:
    def __init__(self, instrument: str, article: str) -> None:
        self.instrument = instrument
        self.article = article


def build_scc_appendix(
    profile: Profile,
    result: Assessment,
    transfer: str,
    lang: Lang = "zh",
    *,
    supplementary_terms: str | None = None,
    kb: KnowledgeBase | None = None,
    generated_on: dt.date | None = None,
) -> Report:
    """Appendix I of ``transfer``'s standard contract, and the Appendix II screening."""
    doc = context(profile, result, lang, kb, generated_on)
    labels = doc.labels
    t = result.transfer(transfer)
    a1 = load_filing_packs().appendix1
    sections = [
        Section(
            "appendix-1",
            "1",
            labels[K + "title"],
            1,
            (
                Paragraph(
                    (Text(labels[K + "intro"] + " "), *doc.sourced([a1.citation], "Appendix I"))
                ),
                Table(tuple(labels[K + "h"]), appendix1_rows(doc, t), (35, 65), "keyvalue"),
            ),
        ),
        Section("appendix-2", "2", labels[K + "terms"], 1, _terms_blocks(doc, supplementary_terms)),
    ]
    return finish(doc, t, "appendix1", sections)
