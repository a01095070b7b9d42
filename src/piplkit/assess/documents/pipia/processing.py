"""Chapter 2 of the PIPIA report: the handler and its processing as stated, and the transfers.

Facts come from the profile as the user stated them; what only the handler knows (purposes,
categories, systems, retention) is left as fields to complete.
"""

from __future__ import annotations

from piplkit.assess.documents.compose import DocumentContext
from piplkit.assess.documents.model import Block, Paragraph, Runs, Section, Table, Text


def _handler_rows(doc: DocumentContext) -> list[tuple[str, Runs]]:
    labels, h = doc.labels, doc.profile.handler
    return [
        (doc.fact("handler.name"), (Text(h.name),)),
        (doc.fact("handler.ciio"), (Text(labels.flag(h.ciio)),)),
        (doc.fact("handler.individuals_processed"), (Text(doc.num(h.individuals_processed)),)),
        (doc.fact("handler.located_outside_china"), (Text(labels.flag(h.located_outside_china)),)),
        (doc.fact("handler.network_operator"), (Text(labels.flag(h.network_operator)),)),
        (
            doc.fact("handler.important_data_handler"),
            (Text(labels.flag(h.important_data_handler)),),
        ),
    ]


def _facial_recognition_text(doc: DocumentContext) -> str:
    labels, frt = doc.labels, doc.profile.processing.facial_recognition
    if frt is None or not frt.stored_individuals:
        return labels.flag(False)
    if frt.threshold_reached_on:
        return labels.t(
            "facts.stored_on",
            count=doc.num(frt.stored_individuals),
            date=frt.threshold_reached_on.isoformat(),
        )
    return doc.num(frt.stored_individuals)


def _processing_rows(doc: DocumentContext) -> list[tuple[str, Runs]]:
    labels, pr = doc.labels, doc.profile.processing
    sensitive = labels["list_sep"].join(labels[f"sensitive.{c}"] for c in pr.sensitive_categories)

    def flag(key: str, value: bool) -> tuple[str, Runs]:
        return (doc.fact(f"processing.{key}"), (Text(labels.flag(value)),))

    return [
        (doc.fact("processing.lawful_basis"), (Text(labels[f"lawful_basis.{pr.lawful_basis}"]),)),
        (doc.fact("processing.sensitive_categories"), (Text(sensitive or labels["none"]),)),
        flag("minors_under_14", pr.minors_under_14),
        flag("automated_decision_making", pr.automated_decision_making),
        flag("entrusted_processing", pr.entrusted_processing),
        flag("provides_to_other_handlers", pr.provides_to_other_handlers),
        flag("publishes_pi", pr.publishes_pi),
        flag("public_place_images_other_purpose", pr.public_place_images_other_purpose),
        (doc.fact("processing.facial_recognition"), (Text(_facial_recognition_text(doc)),)),
        (
            doc.fact("processing.industry_regulators"),
            (Text(labels["list_sep"].join(pr.industry_regulators) or labels["none"]),),
        ),
    ]


def _transfers_blocks(doc: DocumentContext) -> tuple[Block, ...]:
    labels = doc.labels
    if not doc.assessment.transfers:
        return (Paragraph((Text(labels["s2.no_transfers"]),)),)
    rows = []
    for t in doc.assessment.transfers:
        pt = doc.profile_transfer(t.name)
        rows.append(
            (
                (Text(t.name),),
                (Text(pt.recipient.name),),
                (Text(t.recipient_country),),
                (Text(labels[f"purposes.{pt.purpose}"]),),
                (Text(doc.num(t.volumes.individuals)),),
                (Text(doc.num(t.volumes.sensitive_individuals)),),
                (Text(labels[f"routes.{t.route}"], bold=True),),
            )
        )
    return (Table(tuple(labels["s2.transfers_h"]), tuple(rows), (16, 18, 9, 17, 12, 11, 17)),)


def processing_chapter(doc: DocumentContext) -> list[Section]:
    labels = doc.labels
    details = [(label, (doc.fill(hint),)) for label, hint in labels["s2.details_rows"]]
    return [
        Section("s2", "2", labels["s2.title"], 1),
        Section("s2-1", "2.1", labels["s2.handler"], 2, (doc.key_values(_handler_rows(doc)),)),
        Section(
            "s2-2",
            "2.2",
            labels["s2.processing"],
            2,
            (
                doc.key_values(_processing_rows(doc)),
                Paragraph((Text(labels["s2.details"], bold=True),)),
                doc.key_values(details, labels["s1.work_h"]),
            ),
        ),
        Section("s2-3", "2.3", labels["s2.transfers"], 2, _transfers_blocks(doc)),
    ]
