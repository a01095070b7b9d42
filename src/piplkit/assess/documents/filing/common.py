"""What every filing-pack document shares: the cover, the closing annexes and stated facts.

A filing document concerns one transfer. Its cover names the handler, the transfer, the
recipient and the route on the as-of date; it ends with the unverified items and the
instruments it cited. A fact the profile states is written out; one it does not is a field to
complete, never a guess.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

import piplkit
from piplkit.assess.documents.annexes import (
    instruments_annex,
    unverified_count,
    unverified_items_annex,
)
from piplkit.assess.documents.compose import DocumentContext
from piplkit.assess.documents.labels import load_labels
from piplkit.assess.documents.model import Notice, Report, Runs, Section, Table, Text
from piplkit.assess.law.kb import KnowledgeBase, load_knowledge_base
from piplkit.assess.law.languages import Lang
from piplkit.assess.law.pi_types import load_catalogue
from piplkit.assess.rules.profile import Profile, TransferDetails
from piplkit.assess.rules.result import Assessment, TransferResult

NO_DETAILS = TransferDetails()


def context(
    profile: Profile,
    result: Assessment,
    lang: Lang,
    kb: KnowledgeBase | None,
    generated_on: dt.date | None,
) -> DocumentContext:
    if profile.handler.name != result.handler:
        raise ValueError("the assessment was not made for this profile (handler names differ)")
    return DocumentContext(
        profile=profile,
        assessment=result,
        labels=load_labels(lang),
        kb=kb or load_knowledge_base(),
        generated_on=generated_on or dt.date.today(),
    )


def details_of(doc: DocumentContext, transfer: str) -> TransferDetails:
    return doc.profile_transfer(transfer).details or NO_DETAILS


def stated(doc: DocumentContext, value: str | Sequence[str] | None, hint: str = "") -> Runs:
    """The stated value, or a field to complete."""
    if isinstance(value, str) and value.strip():
        return (Text(value),)
    if value and not isinstance(value, str):
        return (Text(doc.labels["list_sep"].join(value)),)
    return (doc.fill(hint),)


def categories(doc: DocumentContext, values: Sequence[str], hint: str) -> Runs:
    """PI categories as stated; catalogue type ids (e.g. from the register) shown by name."""
    if not values:
        return (doc.fill(hint),)
    catalogue = load_catalogue()
    names = []
    for v in values:
        if v in catalogue.types:
            t = catalogue.types[v]
            names.append(t.name_zh if doc.labels.lang == "zh" else t.name_en)
        else:
            names.append(v)
    return (Text(doc.labels["list_sep"].join(names)),)


def scale_text(doc: DocumentContext, t: TransferResult) -> str:
    """This transfer's count in the window, and its plan for the year where one is given."""
    labels, v = doc.labels, t.volumes
    text = labels.t(
        "filing.appendix1.scale",
        individuals=doc.num(v.individuals),
        sensitive=doc.num(v.sensitive_individuals),
        window=labels.phrase(v.window),
        years=", ".join(map(str, v.years)),
    )
    if t.plan is not None:
        text += labels.t(
            "filing.appendix1.scale_plan",
            plan_individuals=doc.num(t.plan.individuals),
            plan_sensitive=doc.num(t.plan.sensitive_individuals),
            basis=labels[f"filing.appendix1.basis_{t.plan.basis}"]
            if t.plan.basis in ("planned", "ledger_rate")
            else t.plan.basis,
            year=t.plan.year,
        )
    return text


def cover(doc: DocumentContext, t: TransferResult) -> tuple[Table, Notice]:
    labels = doc.labels
    pt = doc.profile_transfer(t.name)
    rows: list[tuple[str, Runs]] = [
        (labels["filing.cover.handler"], (Text(doc.assessment.handler, bold=True),)),
        (labels["filing.cover.transfer"], (Text(t.name, bold=True),)),
        (
            labels["filing.cover.recipient"],
            (Text(f"{pt.recipient.name} ({t.recipient_country})"),),
        ),
        (labels["filing.cover.route"], (Text(labels[f"routes.{t.route}"]),)),
        (labels["filing.cover.as_of"], (Text(doc.as_of.isoformat(), bold=True),)),
        (labels["filing.cover.generated"], (Text(doc.generated_on.isoformat()),)),
        (labels["filing.tool"], (Text(f"piplkit {piplkit.__version__}"),)),
    ]
    table = Table(("", ""), tuple(((Text(k),), v) for k, v in rows), (35, 65), "keyvalue")
    return table, Notice((Text(labels["filing.notice"]),), "info")


def finish(
    doc: DocumentContext, t: TransferResult, key: str, sections: Sequence[Section]
) -> Report:
    """The document ``filing.<key>``: cover, ``sections``, then the closing annexes."""
    labels = doc.labels
    cover_table, notice = cover(doc, t)
    unverified = unverified_items_annex(doc, "unverified", labels["filing.unverified_title"])
    count = unverified_count(doc)
    instruments = instruments_annex(doc, "instruments", labels["filing.instruments_title"])
    if count:
        notice = Notice(
            (
                *notice.runs,
                Text(" " + labels.t("filing.unverified_count", count=doc.num(count))),
            ),
            "info",
        )
    document = labels[f"filing.{key}.document"]
    return Report(
        lang=labels.lang,
        html_lang=labels["html_lang"],
        title=labels[f"filing.{key}.title"],
        subtitle=labels.t(f"filing.{key}.subtitle", transfer=t.name),
        draft_stamp=labels["draft_stamp"],
        handler=doc.assessment.handler,
        as_of=doc.as_of,
        generated_on=doc.generated_on,
        cover=cover_table,
        cover_notice=notice,
        toc_title=labels["toc"],
        footer=labels.t(
            "filing.footer",
            document=document,
            handler=doc.assessment.handler,
            transfer=t.name,
            as_of=doc.as_of.isoformat(),
        ),
        page_format=(labels["page_before"], labels["page_middle"], labels["page_after"]),
        fill_format=labels["fill_format"],
        fill_empty=labels["fill_empty"],
        unverified_text=labels["unverified_text"],
        sections=(*sections, *unverified, *instruments),
    )
