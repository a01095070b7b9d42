"""The PIPIA report for one export, structured as the filing guide's template (出境版).

Part 1 states the export: the handler, the PI to be exported (business, purposes, scale and
categories, storage and link, onward provision), compliance with each obligation, the foreign
recipient (identity, use, measures). Part 2 is the impact assessment against the Standard
Contract Measures Art. 5 and the conclusion. Facts come from the profile's ``details`` (and the
register); what is missing is a field to complete. The report also says whether the assessment
is recent enough for filing and made after the last material change.
"""

from __future__ import annotations

import datetime as dt

from piplkit.assess.documents.checklist import load_scc_filing
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
from piplkit.assess.documents.model import Paragraph, Report, Runs, Section, Table, Text
from piplkit.assess.law.kb import KnowledgeBase
from piplkit.assess.law.languages import Lang
from piplkit.assess.rules.calendar import add_months
from piplkit.assess.rules.profile import Profile
from piplkit.assess.rules.result import Assessment, TransferResult

K = "filing.export_pipia."


def _part1(doc: DocumentContext, t: TransferResult) -> list[Section]:
    labels = doc.labels
    d = details_of(doc, t.name)
    pt = doc.profile_transfer(t.name)
    h, pr = doc.profile.handler, doc.profile.processing

    def row(key: str) -> str:
        return str(labels[K + "rows." + key])

    def fills(key: str) -> str:
        return str(labels[K + "fills." + key])

    sensitive = labels["list_sep"].join(labels[f"sensitive.{c}"] for c in pr.sensitive_categories)
    template = load_filing_packs().export_pipia.template
    intro = Paragraph(
        (Text(labels[K + "template_note"] + " "), *doc.sourced([template], "export PIPIA template"))
    )
    handler_facts: list[tuple[str, Runs]] = [
        (row("individuals_processed"), (Text(doc.num(h.individuals_processed)),)),
        (doc.fact("processing.lawful_basis"), (Text(labels[f"lawful_basis.{pr.lawful_basis}"]),)),
        (doc.fact("processing.sensitive_categories"), (Text(sensitive or labels["none"]),)),
        (row("route"), (Text(labels[f"routes.{t.route}"], bold=True),)),
    ]
    export_rows: list[tuple[str, Runs]] = [
        (row("volume"), (Text(scale_text(doc, t)),)),
        (row("categories"), categories(doc, d.pi_categories, row("categories"))),
        (row("sensitive"), categories(doc, d.sensitive_pi_categories, row("sensitive"))),
    ]
    recipient_rows: list[tuple[str, Runs]] = [
        (row("name"), (Text(pt.recipient.name),)),
        (row("country"), (Text(pt.recipient.country),)),
        (row("address"), stated(doc, d.recipient_address, row("address"))),
        (row("contact"), stated(doc, d.recipient_contact, row("contact"))),
        (row("nature"), stated(doc, d.recipient_nature, row("nature"))),
    ]
    compliance = tuple(
        (
            (Text(doc.title_of(o)),),
            doc.cites(o.citations),
            (doc.fill(labels["s5.status_hint"]),),
        )
        for o in doc.assessment.obligations
    )
    return [
        Section("p1", "1", labels[K + "part1"], 1, (intro,)),
        Section(
            "p1-1",
            "1.1",
            labels[K + "handler"],
            2,
            (
                Paragraph((Text(labels[K + "handler_basic"], bold=True),)),
                Paragraph((doc.fill(fills("basic")),)),
                Paragraph((Text(labels[K + "handler_business"], bold=True),)),
                doc.key_values(handler_facts, labels[K + "handler_facts_h"]),
                Paragraph((doc.fill(fills("business")),)),
            ),
        ),
        Section(
            "p1-2",
            "1.2",
            labels[K + "export"],
            2,
            (
                Paragraph((Text(labels[K + "export_business"], bold=True),)),
                Paragraph((doc.fill(fills("systems")),)),
                Paragraph((Text(labels[K + "export_purpose"], bold=True),)),
                doc.key_values(
                    [
                        (row("purpose"), stated(doc, d.processing_purpose, row("purpose"))),
                        (row("method"), stated(doc, d.processing_method, row("method"))),
                    ]
                ),
                Paragraph((doc.fill(fills("necessity")),)),
                Paragraph((Text(labels[K + "export_scale"], bold=True),)),
                doc.key_values(export_rows),
                Paragraph((Text(labels[K + "export_storage"], bold=True),)),
                doc.key_values(
                    [
                        (row("channel"), stated(doc, d.channel, row("channel"))),
                        (row("storage"), stated(doc, d.storage_location_abroad, row("storage"))),
                        (row("retention"), stated(doc, d.retention_abroad, row("retention"))),
                    ]
                ),
                Paragraph((doc.fill(fills("storage_cn")),)),
                Paragraph((Text(labels[K + "export_onward"], bold=True),)),
                Paragraph(stated(doc, d.onward_recipients, row("onward"))),
            ),
        ),
        Section(
            "p1-3",
            "1.3",
            labels[K + "compliance"],
            2,
            (Table(tuple(labels[K + "compliance_h"]), compliance, (40, 30, 30)),),
        ),
        Section(
            "p1-4",
            "1.4",
            labels[K + "recipient"],
            2,
            (
                Paragraph((Text(labels[K + "recipient_basic"], bold=True),)),
                doc.key_values(recipient_rows),
                Paragraph((Text(labels[K + "recipient_use"], bold=True),)),
                doc.key_values(
                    [
                        (row("purpose"), stated(doc, d.processing_purpose, row("purpose"))),
                        (row("method"), stated(doc, d.processing_method, row("method"))),
                    ]
                ),
                Paragraph((Text(labels[K + "recipient_measures"], bold=True),)),
                Paragraph(stated(doc, d.recipient_security_measures, fills("measures"))),
            ),
        ),
        Section("p1-5", "1.5", labels[K + "other"], 2, (Paragraph((doc.fill(fills("other")),)),)),
    ]


def currency_rows(
    doc: DocumentContext,
    t: TransferResult,
    done: dt.date | None,
    change: dt.date | None,
    parameter: str,
    reference: dt.date,
) -> list[tuple[Runs, Runs]]:
    """Whether the assessment is recent enough and made after the last material change."""
    labels = doc.labels
    pv = doc.kb.param(parameter, doc.as_of)
    c = K + "currency."
    if done is None or pv is None or pv.value is None:
        age: Runs = (doc.fill(labels[c + "unknown"]),)
    else:
        months = pv.number
        key = "stale" if done < add_months(reference, -months) else "fresh"
        age = (
            Text(labels.t(c + key, done=done, months=months, reference=reference)),
            Text(" "),
            doc.cite(pv.citation, unverified=not pv.verified),
        )
        if not pv.verified:
            doc.record_unverified(parameter, pv.citation, pv.note or "")
    if change is not None and (done is None or change > done):
        changed: Runs = (Text(labels.t(c + "changed", change=change)),)
    else:
        changed = (Text(labels[c + "no_change"]),)
    return [((Text(labels[c + "label_age"]),), age), ((Text(labels[c + "label_change"]),), changed)]


def _filing_reference(doc: DocumentContext, t: TransferResult) -> dt.date:
    for d in t.deadlines:
        if d.what.startswith("file the standard contract") and d.due is not None:
            return d.due
    return doc.as_of


def _part2(doc: DocumentContext, t: TransferResult) -> list[Section]:
    labels = doc.labels
    d = details_of(doc, t.name)
    rows = currency_rows(
        doc,
        t,
        d.pipia_completed_on,
        d.material_change_on,
        "pipia.scc_filing_max_age_months",
        _filing_reference(doc, t),
    )
    fp = load_scc_filing().focus_points
    points = tuple(
        (
            (Text(item.text(labels.lang)),),
            doc.sourced([fp.citation], fp.citation.article),
            (doc.fill(),),
        )
        for item in fp.items
    )
    return [
        Section("p2", "2", labels[K + "part2"], 1),
        Section(
            "p2-1",
            "2.1",
            labels[K + "rows.pipia_done"],
            2,
            (Table(tuple(labels["filing.currency_h"]), tuple(rows), (30, 70), "keyvalue"),),
        ),
        Section(
            "p2-2",
            "2.2",
            labels["s4.scc_focus"].format(transfer=t.name),
            2,
            (
                Paragraph((Text(labels[K + "points_intro"]),)),
                Table(tuple(labels["s4.scc_focus_h"]), points, (50, 20, 30)),
            ),
        ),
        Section(
            "p2-3",
            "2.3",
            labels[K + "conclusion"],
            2,
            (Paragraph((doc.fill(labels[K + "conclusion_fill"]),)),),
        ),
    ]


def build_export_pipia(
    profile: Profile,
    result: Assessment,
    transfer: str,
    lang: Lang = "zh",
    *,
    kb: KnowledgeBase | None = None,
    generated_on: dt.date | None = None,
) -> Report:
    """The export PIPIA report of ``transfer`` as evaluated in ``result``."""
    doc = context(profile, result, lang, kb, generated_on)
    t = result.transfer(transfer)
    return finish(doc, t, "export_pipia", [*_part1(doc, t), *_part2(doc, t)])
