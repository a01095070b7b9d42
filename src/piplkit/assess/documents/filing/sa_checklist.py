"""The security-assessment declaration checklist of one transfer, with its dates.

Security Assessment Measures (text read): Art. 5 the self-assessment points, Art. 6 the
declaration materials, Art. 9 what the legal documents with the recipient must contain, Arts. 7
and 12 the provincial check (5 working days), acceptance (7) and assessment (45). The
self-assessment report is to be completed within 3 months before declaring (the declaration
guide's template; edition not confirmed). With a plan, the projected crossing gives a latest
date to declare. The same sections serve the PIPIA report's annex.
"""

from __future__ import annotations

import datetime as dt

from piplkit.assess.documents.compose import DocumentContext
from piplkit.assess.documents.filing.common import context, details_of, finish
from piplkit.assess.documents.filing.data import Checklist, load_filing_packs
from piplkit.assess.documents.filing.export_pipia import currency_rows
from piplkit.assess.documents.model import Block, Paragraph, Report, Runs, Section, Table, Text
from piplkit.assess.law.kb import KnowledgeBase
from piplkit.assess.law.languages import Lang
from piplkit.assess.rules.profile import Profile
from piplkit.assess.rules.result import Assessment, TransferResult

K = "filing.sa."
PERIODS = (
    ("check", "cross_border.assessment.completeness_check_working_days"),
    ("accept", "cross_border.assessment.acceptance_working_days"),
    ("review", "cross_border.assessment.review_working_days"),
)


def _date_runs(doc: DocumentContext, due: dt.date | None, approximate: bool) -> Runs:
    if due is None:
        return (Text(doc.labels["date_none"]),)
    text = due.isoformat()
    return (Text(f"{doc.labels['approx_mark']} {text}" if approximate else text, bold=True),)


def timeline_rows(doc: DocumentContext, t: TransferResult) -> tuple[tuple[Runs, ...], ...]:
    labels = doc.labels
    rows: list[tuple[Runs, ...]] = []
    declare = next((d for d in t.deadlines if d.what.startswith("declare the security")), None)
    if declare is not None:
        rows.append(
            (
                (Text(labels[K + "declare"]),),
                (Text(labels[K + "declare_rule"]),),
                _date_runs(doc, declare.due, declare.approximate),
                (doc.cite(declare.citation),),
            )
        )
    if t.plan is not None:
        for d in t.plan.deadlines:
            key = "declare_by" if d.what.startswith("declare") else "planned_by"
            rows.append(
                (
                    (Text(labels[K + key]),),
                    (Text(labels.phrase(d.rule)),),
                    _date_runs(doc, d.due, d.approximate),
                    (doc.cite(d.citation),),
                )
            )
    months = doc.kb.param("cross_border.assessment.self_assessment_max_age_months", doc.as_of)
    if months is not None and months.value is not None:
        rows.append(
            (
                (Text(labels.t(K + "self_age", months=months.value)),),
                (Text(labels[K + "note_self"]),),
                (Text(labels["date_none"]),),
                (doc.cite(months.citation, unverified=not months.verified),),
            )
        )
        if not months.verified:
            doc.record_unverified(
                "self-assessment age", months.citation, months.note or "value not confirmed"
            )
    for key, parameter in PERIODS:
        pv = doc.kb.param(parameter, doc.as_of)
        if pv is None or pv.value is None:
            continue
        rows.append(
            (
                (Text(labels[K + key]),),
                (Text(labels.t(K + "wd", n=pv.value)),),
                (Text(labels["date_none"]),),
                (doc.cite(pv.citation, unverified=not pv.verified),),
            )
        )
    for d in t.deadlines:
        if d is declare:
            continue
        rows.append(
            (
                (Text(labels.phrase(d.what)),),
                (Text(labels.phrase(d.rule)),),
                _date_runs(doc, d.due, d.approximate),
                (doc.cite(d.citation),),
            )
        )
    return tuple(rows)


def _points(doc: DocumentContext, checklist: Checklist, subject: str) -> Runs:
    return doc.sourced([checklist.citation], subject)


def sa_sections(
    doc: DocumentContext, t: TransferResult, anchor: str, number: str, level: int
) -> list[Section]:
    """Timeline, self-assessment points, materials and legal-document terms of one transfer."""
    labels = doc.labels
    sa = load_filing_packs().security_assessment
    lang = labels.lang
    d = details_of(doc, t.name)
    currency = currency_rows(
        doc,
        t,
        d.self_assessment_completed_on,
        d.material_change_on,
        "cross_border.assessment.self_assessment_max_age_months",
        doc.as_of,
    )
    points = tuple(((Text(i.text(lang)),), (doc.fill(),)) for i in sa.self_assessment.items)
    materials = tuple(
        (
            (Text(labels["annex_a.check_box"]),),
            (Text(i.text(lang)),),
            (Text(labels[K + "note_self"]) if i.id == "self_assessment" else Text(""),),
        )
        for i in sa.materials.items
    )
    terms = tuple(
        ((Text(labels["annex_a.check_box"]),), (Text(i.text(lang)),), (doc.fill(),))
        for i in sa.legal_documents.items
    )

    def sub(n: int, title: str, blocks: tuple[Block, ...]) -> Section:
        return Section(f"{anchor}-{n}", f"{number}.{n}" if number else "", title, level + 1, blocks)

    return [
        sub(
            1,
            labels[K + "timeline"],
            (
                Table(tuple(labels[K + "timeline_h"]), timeline_rows(doc, t), (34, 28, 16, 22)),
                Table(tuple(labels["filing.currency_h"]), tuple(currency), (30, 70), "keyvalue"),
            ),
        ),
        sub(
            2,
            labels[K + "self_assessment"],
            (
                Paragraph(_points(doc, sa.self_assessment, "self-assessment points")),
                Table(tuple(labels[K + "self_h"]), points, (60, 40)),
            ),
        ),
        sub(
            3,
            labels[K + "materials"],
            (
                Paragraph(_points(doc, sa.materials, "declaration materials")),
                Table(tuple(labels[K + "materials_h"]), materials, (6, 64, 30)),
            ),
        ),
        sub(
            4,
            labels[K + "legal_documents"],
            (
                Paragraph(_points(doc, sa.legal_documents, "legal documents")),
                Table(tuple(labels[K + "legal_h"]), terms, (6, 64, 30)),
            ),
        ),
    ]


def build_sa_checklist(
    profile: Profile,
    result: Assessment,
    transfer: str,
    lang: Lang = "zh",
    *,
    kb: KnowledgeBase | None = None,
    generated_on: dt.date | None = None,
) -> Report:
    """The declaration checklist of ``transfer`` (a transfer on the assessment route)."""
    doc = context(profile, result, lang, kb, generated_on)
    t = result.transfer(transfer)
    head = Section("sa", "1", doc.labels[K + "title"], 1)
    return finish(doc, t, "sa", [head, *sa_sections(doc, t, "sa", "1", 1)])
