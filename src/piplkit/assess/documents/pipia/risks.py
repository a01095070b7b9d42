"""Chapter 4 of the PIPIA report (PIPL Art. 56(2)): impact on individuals and security risks.

Risk factors are derived from the stated facts and cite the obligations that answer them; each
transfer is shown with its route, counting window, volumes, reasons and deadlines; transfers on
the standard-contract route get the assessment points of the Standard Contract Measures Art. 5;
the risk matrix itself is for the handler to fill in.
"""

from __future__ import annotations

from collections.abc import Sequence

from piplkit.assess.documents.checklist import SccFiling
from piplkit.assess.documents.compose import DocumentContext
from piplkit.assess.documents.model import Block, BulletList, Paragraph, Runs, Section, Table, Text
from piplkit.assess.rules.result import Deadline, TransferResult

SCC_MEASURES = "cac_scc_measures_2023"

#: (label, why, citations) of one risk factor
RiskFactor = tuple[str, str, Runs]


def risk_factors(doc: DocumentContext) -> list[RiskFactor]:
    labels, h, pr = doc.labels, doc.profile.handler, doc.profile.processing
    ob = {o.id: o for o in doc.assessment.obligations}

    def cites_of(*ids: str) -> Runs:
        found = [c for i in ids if i in ob for c in ob[i].citations]
        return doc.cites(list(dict.fromkeys(found)))

    out: list[RiskFactor] = []
    if pr.sensitive_categories:
        cats = labels["list_sep"].join(labels[f"sensitive.{c}"] for c in pr.sensitive_categories)
        out.append(
            (
                labels.t("risk.sensitive", categories=cats),
                labels["risk.sensitive_why"],
                cites_of("separate_consent.sensitive_pi"),
            )
        )
    simple = (
        (pr.minors_under_14, "minors", ("minors.guardian_consent",)),
        (pr.automated_decision_making, "automated", ("automated_decision_making",)),
        (pr.entrusted_processing, "entrusted", ("entrusted_processing",)),
        (
            pr.provides_to_other_handlers,
            "provides",
            ("separate_consent.provides_to_other_handlers",),
        ),
        (pr.publishes_pi, "publishes", ("separate_consent.publishes_pi",)),
        (
            pr.public_place_images_other_purpose,
            "public_images",
            ("separate_consent.public_place_images_other_purpose",),
        ),
    )
    for present, key, obligation_ids in simple:
        if present:
            out.append(
                (labels[f"risk.{key}"], labels[f"risk.{key}_why"], cites_of(*obligation_ids))
            )
    frt = pr.facial_recognition
    if frt is not None and frt.stored_individuals:
        out.append(
            (
                labels.t("risk.facial", count=doc.num(frt.stored_individuals)),
                labels["risk.facial_why"],
                cites_of("facial_recognition.filing", "separate_consent.facial_recognition"),
            )
        )
    if any(o in ob for o in ("officer", "ndsmr.large_handler")) or (
        "compliance_audit" in ob and ob["compliance_audit"].triggered_by[0].startswith("handler.")
    ):
        out.append(
            (
                labels.t("risk.scale", count=doc.num(h.individuals_processed)),
                labels["risk.scale_why"],
                cites_of("officer", "compliance_audit", "ndsmr.large_handler"),
            )
        )
    active = [t for t in doc.assessment.transfers if t.route != "not_applicable"]
    if active:
        out.append(
            (
                labels.t("risk.transfers", count=doc.num(len(active))),
                labels["risk.transfers_why"],
                cites_of("separate_consent.cross_border", "cross_border.notice"),
            )
        )
    if h.important_data_handler or any(t.important_data for t in doc.profile.transfers):
        out.append(
            (
                labels["risk.important"],
                labels["risk.important_why"],
                cites_of("important_data.risk_assessment"),
            )
        )
    return out


def _volumes_text(doc: DocumentContext, individuals: int, sensitive: int) -> Runs:
    return (
        Text(
            doc.labels.t(
                "s4.volumes", individuals=doc.num(individuals), sensitive=doc.num(sensitive)
            )
        ),
    )


def transfer_blocks(doc: DocumentContext, t: TransferResult) -> list[Block]:
    """One transfer's route, window, volumes, citations, reasons and deadlines."""
    labels = doc.labels
    pt = doc.profile_transfer(t.name)
    v = t.volumes
    tr = "s4.transfer_rows."
    rows: list[tuple[str, Runs]] = [
        (labels[tr + "recipient"], (Text(f"{pt.recipient.name} ({t.recipient_country})"),)),
        (labels[tr + "purpose"], (Text(labels[f"purposes.{pt.purpose}"]),)),
        (labels[tr + "route"], (Text(labels[f"routes.{t.route}"], bold=True),)),
        (
            labels[tr + "window"],
            (Text(f"{labels.phrase(v.window)} ({', '.join(map(str, v.years))})"),),
        ),
        (labels[tr + "own"], _volumes_text(doc, v.individuals, v.sensitive_individuals)),
        (
            labels[tr + "aggregate"],
            _volumes_text(doc, v.aggregate_individuals, v.aggregate_sensitive_individuals),
        ),
        (labels[tr + "citations"], doc.cites(t.citations)),
    ]
    blocks: list[Block] = [
        Paragraph((Text(labels.t("s4.transfer_title", name=t.name), bold=True),)),
        doc.key_values(rows),
        Paragraph((Text(labels[tr + "reasons"], bold=True),)),
        BulletList(tuple((Text(labels.phrase(r)),) for r in t.reasons)),
    ]
    if t.deadlines:
        blocks.append(deadline_table(doc, t.deadlines))
    if t.plan is not None:
        blocks += plan_blocks(doc, t)
    return blocks


def due_runs(doc: DocumentContext, d: Deadline) -> Runs:
    """A deadline's date, read by its kind (by / from / on) and marked when estimated."""
    labels = doc.labels
    if d.due is None:
        return (Text(labels["date_none"]),)
    date = f"{labels['approx_mark']} {d.due}" if d.approximate else d.due.isoformat()
    return (Text(f"{labels[f'deadline_kind.{d.kind}']} {date}"),)


def deadline_table(doc: DocumentContext, deadlines: Sequence[Deadline]) -> Table:
    labels = doc.labels
    rows = tuple(
        (
            (Text(labels.phrase(d.what)),),
            (Text(labels.phrase(d.rule)),),
            due_runs(doc, d),
            (doc.cite(d.citation),),
        )
        for d in deadlines
    )
    return Table(tuple(labels["s4.deadline_h"]), rows, (34, 28, 18, 20))


def plan_blocks(doc: DocumentContext, t: TransferResult) -> list[Block]:
    """The plan: projected volumes, the route they need, crossings and what is due when."""
    labels, plan = doc.labels, t.plan
    assert plan is not None
    basis = labels.get(f"s4.plan_basis.{plan.basis}", plan.basis)
    rows: list[tuple[str, Runs]] = [
        (
            labels["s4.plan_rows.own"],
            _volumes_text(doc, plan.individuals, plan.sensitive_individuals),
        ),
        (
            labels["s4.plan_rows.aggregate"],
            _volumes_text(doc, plan.aggregate_individuals, plan.aggregate_sensitive_individuals),
        ),
        (labels["s4.plan_rows.route"], (Text(labels[f"routes.{plan.route}"], bold=True),)),
    ]
    blocks: list[Block] = [
        Paragraph((Text(labels.t("s4.plan_title", year=plan.year, basis=basis), bold=True),)),
        doc.key_values(rows),
    ]
    if plan.crossings:
        crossings = tuple(
            (
                (Text(doc.num(c.value)),),
                (Text(labels[f"s4.counted.{c.counted}"]),),
                (Text(f"{labels['approx_mark']} {c.on}" if c.on else labels["date_none"]),),
                (Text(labels[f"routes.{c.route_after}"]),),
                (doc.cite(c.citation),),
            )
            for c in plan.crossings
        )
        blocks.append(Table(tuple(labels["s4.crossing_h"]), crossings, (14, 20, 18, 26, 22)))
    else:
        blocks.append(Paragraph((Text(labels["s4.plan_none"]),)))
    if plan.deadlines:
        blocks.append(deadline_table(doc, plan.deadlines))
    if plan.reasons:
        blocks.append(Paragraph((Text(labels["s4.plan_reasons"], bold=True),)))
        blocks.append(BulletList(tuple((Text(labels.phrase(r)),) for r in plan.reasons)))
    return blocks


def scc_route_transfers(doc: DocumentContext) -> list[TransferResult]:
    """Transfers on the standard-contract route while the Standard Contract Measures apply."""
    if not doc.kb.in_force(SCC_MEASURES, doc.as_of):
        return []
    return [t for t in doc.assessment.transfers if t.route == "standard_contract_or_certification"]


def _scc_focus_section(doc: DocumentContext, scc: SccFiling, t: TransferResult, n: int) -> Section:
    labels = doc.labels
    fp = scc.focus_points
    rows = tuple(
        (
            (Text(item.text(labels.lang)),),
            doc.sourced([fp.citation], fp.citation.article),
            (doc.fill(),),
        )
        for item in fp.items
    )
    return Section(
        f"s4-{n}",
        f"4.{n}",
        labels.t("s4.scc_focus", transfer=t.name),
        2,
        (
            Paragraph((Text(labels["s4.scc_focus_intro"]),)),
            Table(tuple(labels["s4.scc_focus_h"]), rows, (50, 20, 30)),
        ),
    )


def risks_chapter(doc: DocumentContext, scc: SccFiling) -> list[Section]:
    labels = doc.labels
    out = [Section("s4", "4", labels["s4.title"], 1)]
    factors = risk_factors(doc)
    block: Block = (
        Table(
            tuple(labels["s4.factors_h"]),
            tuple(((Text(f, bold=True),), (Text(why),), c) for f, why, c in factors),
            (28, 47, 25),
        )
        if factors
        else Paragraph((Text(labels["s4.no_factors"]),))
    )
    out.append(Section("s4-1", "4.1", labels["s4.factors"], 2, (block,)))
    if doc.assessment.transfers:
        blocks: list[Block] = []
        for t in doc.assessment.transfers:
            blocks += transfer_blocks(doc, t)
        out.append(Section("s4-2", "4.2", labels["s4.cross_border"], 2, tuple(blocks)))
    n = len(out)
    for t in scc_route_transfers(doc):
        out.append(_scc_focus_section(doc, scc, t, n))
        n += 1
    hints = labels["s4.matrix_hint"]
    mrows: list[tuple[Runs, ...]] = [
        ((Text(f),), *((doc.fill(h),) for h in hints)) for f, _, _ in factors
    ]
    mrows.append(((doc.fill(labels["s4.matrix_extra"]),), *((doc.fill(h),) for h in hints)))
    out.append(
        Section(
            f"s4-{n}",
            f"4.{n}",
            labels["s4.matrix"],
            2,
            (Table(tuple(labels["s4.matrix_h"]), tuple(mrows), (32, 16, 16, 16, 20)),),
        )
    )
    return out
