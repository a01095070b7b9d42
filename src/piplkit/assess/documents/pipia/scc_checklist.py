"""Annex A of the PIPIA report: the standard contract filing checklist per transfer.

For each transfer on the standard-contract route: recipient, the filing guide in force, the
filing deadline (Standard Contract Measures Art. 7) with its due date, the materials with their
form and basis, and the steps. Materials and steps come from ``data/scc_filing.yaml``; entries
citing an instrument not in force on the as-of date are dropped, so the list follows the guide.
"""

from __future__ import annotations

from piplkit.assess.documents.checklist import SccFiling
from piplkit.assess.documents.compose import DocumentContext, InstrumentRef
from piplkit.assess.documents.filing.sa_checklist import sa_sections
from piplkit.assess.documents.model import Notice, Paragraph, Runs, Section, Table, Text
from piplkit.assess.rules.result import TransferResult

SCC_MEASURES = "cac_scc_measures_2023"
CERTIFICATION_RULES = "pi_certification_rules_2022"
SCC_GUIDES = ("cac_scc_filing_guide_v1", "cac_scc_filing_guide_v2")
SCC_DEADLINE_PARAMETER = "cross_border.scc.filing_deadline_working_days"


def _summary(doc: DocumentContext, t: TransferResult) -> list[tuple[str, Runs]]:
    labels = doc.labels
    pt = doc.profile_transfer(t.name)
    guides = [g for g in SCC_GUIDES if doc.kb.in_force(g, doc.as_of)]
    deadline_pv = doc.kb.param(SCC_DEADLINE_PARAMETER, doc.as_of)
    filing = [
        d
        for d in t.deadlines
        if deadline_pv is not None
        and (d.citation.instrument, d.citation.article)
        == (deadline_pv.instrument, deadline_pv.article)
    ]
    summary: list[tuple[str, Runs]] = [
        (
            labels["s4.transfer_rows.recipient"],
            (Text(f"{pt.recipient.name} ({t.recipient_country})"),),
        ),
        (
            labels["annex_a.guide"],
            doc.cites([InstrumentRef(g) for g in guides]) if guides else (Text(labels["none"]),),
        ),
    ]
    if filing:
        d = filing[0]
        summary.append(
            (
                labels["annex_a.deadline"],
                (Text(labels.phrase(d.rule)), Text(" "), doc.cite(d.citation)),
            )
        )
        due: Runs = (
            (
                Text(
                    f"{labels['approx_mark']} {d.due}" if d.approximate else d.due.isoformat(),
                    bold=True,
                ),
            )
            if d.due
            else (doc.fill(labels["annex_a.due_unknown"]),)
        )
        summary.append((labels["annex_a.due"], due))
    return summary


def _transfer_section(doc: DocumentContext, scc: SccFiling, t: TransferResult, i: int) -> Section:
    labels, kb, day = doc.labels, doc.kb, doc.as_of
    summary = _summary(doc, t)
    materials = tuple(
        (
            (Text(labels["annex_a.check_box"]),),
            (Text(m.text(labels.lang)),),
            (Text(labels[f"annex_a.form.{m.form}"] if m.form else ""),),
            doc.sourced(m.citations_on(kb, day), m.id),
            (Text(doc.unverified_notes(m.citations_on(kb, day))),),
        )
        for m in scc.materials_on(kb, day)
    )
    steps = tuple(
        (
            (Text(labels["annex_a.check_box"]),),
            (Text(s.text(labels.lang)),),
            doc.sourced(s.citations_on(kb, day), s.id),
            (Text(doc.unverified_notes(s.citations_on(kb, day))),),
        )
        for s in scc.steps_on(kb, day)
    )
    return Section(
        f"annex-a-{i}",
        "",
        labels.t("annex_a.transfer", transfer=t.name),
        2,
        (
            doc.key_values(summary, labels["annex_a.summary_h"]),
            Paragraph((Text(labels["annex_a.materials"], bold=True),)),
            Table(tuple(labels["annex_a.materials_h"]), materials, (5, 37, 14, 24, 20)),
            Paragraph((Text(labels["annex_a.steps"], bold=True),)),
            Table(tuple(labels["annex_a.steps_h"]), steps, (5, 51, 24, 20)),
        ),
    )


def scc_checklist_annex(doc: DocumentContext, scc: SccFiling) -> list[Section]:
    """Annex A: the standard contract filing per SCC-route transfer, then the assessment
    declaration checklist per assessment-route transfer."""
    labels = doc.labels
    title = labels["annex_a.title"]
    scc_route = [
        t for t in doc.assessment.transfers if t.route == "standard_contract_or_certification"
    ]
    sa_route = [t for t in doc.assessment.transfers if t.route == "security_assessment"]
    if not scc_route and not sa_route:
        return [Section("annex-a", "", title, 1, (Paragraph((Text(labels["annex_a.none"]),)),))]
    out = [Section("annex-a", "", title, 1, (Paragraph((Text(labels["annex_a.intro"]),)),))]
    if scc_route and not doc.kb.in_force(SCC_MEASURES, doc.as_of):
        certification = doc.kb.instrument(CERTIFICATION_RULES)
        if doc.kb.in_force(CERTIFICATION_RULES, doc.as_of):
            notices = tuple(
                Notice((Text(labels.t("annex_a.not_in_force", transfer=t.name)),), "warning")
                for t in scc_route
            )
        else:
            notices = tuple(
                Notice(
                    (
                        Text(
                            labels.t(
                                "annex_a.not_in_force_no_certification",
                                transfer=t.name,
                                certification=certification.effective,
                            )
                        ),
                    ),
                    "warning",
                )
                for t in scc_route
            )
        out = [Section("annex-a", "", title, 1, notices)]
        scc_route = []
    for i, t in enumerate(scc_route, start=1):
        out.append(_transfer_section(doc, scc, t, i))
    for i, t in enumerate(sa_route, start=len(scc_route) + 1):
        anchor = f"annex-a-{i}"
        out.append(Section(anchor, "", labels.t("annex_a.sa_transfer", transfer=t.name), 2))
        out += sa_sections(doc, t, anchor, "", 2)
    return out
