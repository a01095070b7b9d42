"""The PIPIA report (个人信息保护影响评估报告) built from a profile and its assessment.

Structure follows PIPL Art. 56: (1) lawfulness, legitimacy and necessity of purposes and means,
(2) impact on individuals and security risks, (3) protective measures; then the conclusion,
record keeping and annexes: the standard contract filing checklist, the unverified items and the
instruments relied on. One module per chapter; each takes the shared
:class:`~piplkit.assess.documents.compose.DocumentContext`. Everything the engine decided is stated
with its citations; everything only the handler knows is a ``Fill`` field, never invented.
"""

from __future__ import annotations

import datetime as dt

import piplkit
from piplkit.assess.documents.annexes import (
    instruments_annex,
    unverified_count,
    unverified_items_annex,
)
from piplkit.assess.documents.checklist import load_scc_filing
from piplkit.assess.documents.compose import DocumentContext
from piplkit.assess.documents.labels import load_labels
from piplkit.assess.documents.model import Notice, Report, Runs, Table, Text
from piplkit.assess.documents.pipia.conclusion import conclusion_chapter, record_keeping_chapter
from piplkit.assess.documents.pipia.lawfulness import lawfulness_chapter
from piplkit.assess.documents.pipia.measures import measures_chapter
from piplkit.assess.documents.pipia.overview import overview_chapter
from piplkit.assess.documents.pipia.processing import processing_chapter
from piplkit.assess.documents.pipia.risks import risks_chapter
from piplkit.assess.documents.pipia.scc_checklist import scc_checklist_annex
from piplkit.assess.law.kb import KnowledgeBase, load_knowledge_base
from piplkit.assess.law.languages import Lang
from piplkit.assess.rules.profile import Profile
from piplkit.assess.rules.result import Assessment


def cover(doc: DocumentContext) -> tuple[Table, Notice]:
    """The cover table (facts, then sign-off fields) and its notice."""
    labels = doc.labels
    rows: list[tuple[str, Runs]] = [
        (labels["cover.handler"], (Text(doc.assessment.handler, bold=True),)),
        (labels["cover.as_of"], (Text(doc.as_of.isoformat(), bold=True),)),
        (labels["cover.generated"], (Text(doc.generated_on.isoformat()),)),
        (labels["cover.report_no"], (doc.fill(),)),
        (labels["cover.version"], (doc.fill(),)),
        (labels["cover.classification"], (doc.fill(),)),
        (labels["cover.prepared_by"], (doc.fill(),)),
        (labels["cover.reviewed_by"], (doc.fill(),)),
        (labels["cover.approved_by"], (doc.fill(),)),
        (labels["cover.tool"], (Text(f"piplkit {piplkit.__version__}"),)),
    ]
    table = Table(("", ""), tuple(((Text(k),), v) for k, v in rows), (35, 65), "keyvalue")
    return table, Notice((Text(labels["cover.notice"]),), "info")


def build_report(
    profile: Profile,
    result: Assessment,
    lang: Lang = "zh",
    *,
    kb: KnowledgeBase | None = None,
    generated_on: dt.date | None = None,
) -> Report:
    """The PIPIA report of ``profile`` as evaluated in ``result``, in ``lang``."""
    if profile.handler.name != result.handler:
        raise ValueError("the assessment was not made for this profile (handler names differ)")
    labels = load_labels(lang)
    doc = DocumentContext(
        profile=profile,
        assessment=result,
        labels=labels,
        kb=kb or load_knowledge_base(),
        generated_on=generated_on or dt.date.today(),
    )
    scc = load_scc_filing()
    cover_table, notice = cover(doc)
    body = [
        *overview_chapter(doc),
        *processing_chapter(doc),
        *lawfulness_chapter(doc),
        *risks_chapter(doc, scc),
        *measures_chapter(doc),
        *conclusion_chapter(doc),
        *record_keeping_chapter(doc),
        *scc_checklist_annex(doc, scc),
    ]
    unverified = unverified_items_annex(doc)  # after the body: it lists what the body flagged
    count = unverified_count(doc)
    instruments = instruments_annex(doc)  # last: it lists every instrument cited above
    if count:
        notice = Notice(
            (*notice.runs, Text(" " + labels.t("cover.unverified_count", count=count))), "info"
        )
    return Report(
        lang=labels.lang,
        html_lang=labels["html_lang"],
        title=labels["title"],
        subtitle=labels["subtitle"],
        draft_stamp=labels["draft_stamp"],
        handler=result.handler,
        as_of=result.as_of,
        generated_on=doc.generated_on,
        cover=cover_table,
        cover_notice=notice,
        toc_title=labels["toc"],
        footer=labels.t("footer", handler=result.handler, as_of=result.as_of.isoformat()),
        page_format=(labels["page_before"], labels["page_middle"], labels["page_after"]),
        fill_format=labels["fill_format"],
        fill_empty=labels["fill_empty"],
        unverified_text=labels["unverified_text"],
        sections=(*body, *unverified, *instruments),
    )
