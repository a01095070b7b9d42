"""Build the PIPIA report model from a profile and its evaluation.

Structure follows PIPL Art. 56: (1) lawfulness, legitimacy and necessity of purposes and means,
(2) impact on individuals and security risks, (3) protective measures; then the conclusion,
record keeping (Art. 56 retention period read from the law data) and annexes: the standard
contract filing checklist, the unverified items and the instruments relied on. Everything the
engine decided is stated with its citations; everything only the handler knows is a ``Fill``
field, never invented.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from typing import Any, Protocol

import piplkit
from piplkit.documents.checklist import SccFiling, SourcedCitation, load_scc_filing
from piplkit.documents.labels import Labels, Lang, load_labels
from piplkit.documents.model import (
    Block,
    BulletList,
    Cite,
    Fill,
    Notice,
    Paragraph,
    Report,
    Runs,
    Section,
    Table,
    Text,
)
from piplkit.law.kb import KnowledgeBase, load_knowledge_base
from piplkit.law.models import InstrumentKind
from piplkit.rules.profile import Profile, Transfer
from piplkit.rules.result import Assessment, Obligation, TransferResult

SCC_MEASURES = "cac_scc_measures_2023"
SCC_GUIDES = ("cac_scc_filing_guide_v1", "cac_scc_filing_guide_v2")
RETENTION_PARAMETER = "pipia.record_retention_years"
SCC_DEADLINE_PARAMETER = "cross_border.scc.filing_deadline_working_days"
CONSENT_OBLIGATIONS = ("separate_consent", "minors.guardian_consent", "cross_border.notice")

#: Which PIPL Art. 55 item each PIPIA trigger fact falls under (display only: the rules engine
#: decides whether the PIPIA applies; this pairs its facts with its citations in one table).
_TRIGGER_ARTICLE = (
    ("processing.sensitive_categories", "Art. 55(1)"),
    ("processing.minors_under_14", "Art. 55(1)"),
    ("processing.automated_decision_making", "Art. 55(2)"),
    ("processing.entrusted_processing", "Art. 55(3)"),
    ("processing.provides_to_other_handlers", "Art. 55(3)"),
    ("processing.publishes_pi", "Art. 55(3)"),
    ("transfers[", "Art. 55(4)"),
)


class _CitationLike(Protocol):
    @property
    def instrument(self) -> str: ...

    @property
    def article(self) -> str: ...


class _Builder:
    def __init__(
        self,
        profile: Profile,
        result: Assessment,
        labels: Labels,
        kb: KnowledgeBase,
        generated_on: dt.date,
        scc: SccFiling,
    ) -> None:
        self.p = profile
        self.r = result
        self.L = labels
        self.kb = kb
        self.generated_on = generated_on
        self.scc = scc
        self.day = result.as_of
        self.unverified_keys = {(u.instrument, u.article) for u in result.unverified}
        #: unverified facts the document itself relies on (checklist entries), Annex B
        self.extra_unverified: list[tuple[str, _CitationLike, str]] = []
        self.cited: list[str] = ["pipl"]

    # -- inline helpers ---------------------------------------------------------------------
    def fill(self, hint: str = "") -> Fill:
        return Fill(hint)

    def cite_text(self, c: _CitationLike) -> str:
        inst = self.kb.instrument(c.instrument)
        article = "" if c.article in ("-", "") else self.L.article(c.article)
        if self.L.lang == "zh":
            if inst.kind == InstrumentKind.NATIONAL_STANDARD:
                name = inst.short
            else:
                name = f"《{inst.title_zh.removeprefix('中华人民共和国')}》"
            return f"{name}{article}"
        return f"{inst.short} {article}".strip()

    def cite(self, c: _CitationLike, unverified: bool | None = None) -> Cite:
        if c.instrument not in self.cited:
            self.cited.append(c.instrument)
        flagged = (c.instrument, c.article) in self.unverified_keys
        return Cite(self.cite_text(c), flagged if unverified is None else unverified)

    def cites(self, citations: Iterable[_CitationLike]) -> Runs:
        runs: list[Text | Cite | Fill] = []
        for i, c in enumerate(citations):
            if i:
                runs.append(Text(self.L["citation_sep"]))
            runs.append(self.cite(c))
        return tuple(runs)

    def sourced(self, citations: Sequence[SourcedCitation], subject: str) -> Runs:
        """Checklist citations: flag the unverified ones and record them for Annex B."""
        runs: list[Text | Cite | Fill] = []
        for i, c in enumerate(citations):
            if i:
                runs.append(Text(self.L["citation_sep"]))
            runs.append(self.cite(c, unverified=not c.verified))
            if not c.verified:
                self.extra_unverified.append((subject, c, c.note_in(self.L.lang)))
        return tuple(runs)

    def num(self, n: int) -> str:
        return f"{n:,}"

    def fact_value(self, value: Any) -> str:
        if isinstance(value, bool):
            return self.L.flag(value)
        if isinstance(value, int):
            return self.num(value)
        if value is None:
            return str(self.L["not_stated"])
        return str(value)

    def fact(self, key: str) -> str:
        """A rules-engine fact reference (``transfers[X]``, ``handler.ciio``, ``a=b``) as text."""
        m = re.fullmatch(r"transfers\[(.+)\](\.important_data)?", key)
        if m:
            label = self.L.t("facts.transfer", name=m.group(1))
            return f"{label} · {self.L['risk.important']}" if m.group(2) else label
        if "=" in key:
            path, raw = key.split("=", 1)
            value: str = raw
            if raw.isdigit():
                value = self.num(int(raw))
            elif raw in ("True", "False"):
                value = self.L.flag(raw == "True")
            elif path == "processing.lawful_basis":
                value = str(self.L.get(f"lawful_basis.{raw}", raw))
            return f"{self.fact(path)} = {value}"
        label = self.L["facts"].get(key)  # fact keys contain dots: look up directly
        return str(label) if label is not None else key

    def facts(self, keys: Iterable[str]) -> Runs:
        return (Text(self.L["list_sep"].join(self.fact(k) for k in keys)),)

    def title_of(self, o: Obligation) -> str:
        return o.title_zh if self.L.lang == "zh" else o.title

    def due_of(self, o: Obligation) -> Runs:
        runs: list[Text | Cite | Fill] = []
        if o.due:
            runs.append(Text(self.L.phrase(o.due)))
        if o.due_date:
            runs.append(Text(f" ({o.due_date.isoformat()})" if runs else o.due_date.isoformat()))
        return tuple(runs)

    def kv(self, rows: Sequence[tuple[str, Runs]], headers: Sequence[str] | None = None) -> Table:
        hdr = tuple(headers) if headers else tuple(self.L["s2.facts_h"])
        return Table(hdr, tuple(((Text(k),), v) for k, v in rows), (35, 65), "keyvalue")

    def profile_transfer(self, name: str) -> Transfer:
        for t in self.p.transfers:
            if t.name == name:
                return t
        raise KeyError(name)

    # -- sections ---------------------------------------------------------------------------
    def cover(self) -> tuple[Table, Notice]:
        L = self.L
        rows: list[tuple[str, Runs]] = [
            (L["cover.handler"], (Text(self.r.handler, bold=True),)),
            (L["cover.as_of"], (Text(self.day.isoformat(), bold=True),)),
            (L["cover.generated"], (Text(self.generated_on.isoformat()),)),
            (L["cover.report_no"], (self.fill(),)),
            (L["cover.version"], (self.fill(),)),
            (L["cover.classification"], (self.fill(),)),
            (L["cover.prepared_by"], (self.fill(),)),
            (L["cover.reviewed_by"], (self.fill(),)),
            (L["cover.approved_by"], (self.fill(),)),
            (L["cover.tool"], (Text(f"piplkit {piplkit.__version__}"),)),
        ]
        table = Table(("", ""), tuple(((Text(k),), v) for k, v in rows), (35, 65), "keyvalue")
        return table, Notice((Text(L["cover.notice"]),), "info")

    def s1(self) -> list[Section]:
        L = self.L
        out = [Section("s1", "1", L["s1.title"], 1)]
        out.append(
            Section(
                "s1-1",
                "1.1",
                L["s1.scope"],
                2,
                (
                    Paragraph(
                        (Text(L.t("s1.scope_text", handler=self.r.handler, as_of=self.day)),)
                    ),
                    Paragraph((self.fill(L["s1.scope_fill"]),)),
                ),
            )
        )
        out.append(
            Section("s1-2", "1.2", L["s1.basis"], 2, (Paragraph((Text(L["s1.basis_text"]),)),))
        )
        pipia = [o for o in self.r.obligations if o.id == "pipia"]
        blocks: list[Block]
        if pipia:
            rows = []
            for fact in pipia[0].triggered_by:
                cites = self._trigger_citations(fact, pipia[0])
                rows.append(((Text(self.fact(fact)),), self.cites(cites)))
            blocks = [
                Paragraph((Text(L["s1.triggers_intro"]),)),
                Table(tuple(L["s1.trigger_h"]), tuple(rows), (55, 45)),
            ]
        else:
            blocks = [Paragraph((Text(L["s1.no_trigger"]),))]
        out.append(Section("s1-3", "1.3", L["s1.triggers"], 2, tuple(blocks)))
        work = [(label, (self.fill(hint),)) for label, hint in L["s1.work_rows"]]
        out.append(Section("s1-4", "1.4", L["s1.work"], 2, (self.kv(work, L["s1.work_h"]),)))
        return out

    def _trigger_citations(self, fact: str, pipia: Obligation) -> list[_CitationLike]:
        for prefix, article in _TRIGGER_ARTICLE:
            if fact.startswith(prefix):
                hits = [
                    c for c in pipia.citations if c.instrument == "pipl" and c.article == article
                ]
                if hits:
                    return list(hits)
        others = [c for c in pipia.citations if c.instrument != "pipl"]
        return others or [c for c in pipia.citations if c.article != "Art. 56"]

    def s2(self) -> list[Section]:
        L, h, pr = self.L, self.p.handler, self.p.processing
        out = [Section("s2", "2", L["s2.title"], 1)]
        handler_rows = [
            (self.fact("handler.name"), (Text(h.name),)),
            (self.fact("handler.ciio"), (Text(L.flag(h.ciio)),)),
            (
                self.fact("handler.individuals_processed"),
                (Text(self.num(h.individuals_processed)),),
            ),
            (self.fact("handler.located_outside_china"), (Text(L.flag(h.located_outside_china)),)),
            (self.fact("handler.network_operator"), (Text(L.flag(h.network_operator)),)),
            (
                self.fact("handler.important_data_handler"),
                (Text(L.flag(h.important_data_handler)),),
            ),
        ]
        out.append(Section("s2-1", "2.1", L["s2.handler"], 2, (self.kv(handler_rows),)))
        sensitive = L["list_sep"].join(L[f"sensitive.{c}"] for c in pr.sensitive_categories)
        frt = pr.facial_recognition
        if frt is None or not frt.stored_individuals:
            frt_text = L.flag(False)
        elif frt.threshold_reached_on:
            frt_text = L.t(
                "facts.stored_on",
                count=self.num(frt.stored_individuals),
                date=frt.threshold_reached_on.isoformat(),
            )
        else:
            frt_text = self.num(frt.stored_individuals)
        processing_rows = [
            (self.fact("processing.lawful_basis"), (Text(L[f"lawful_basis.{pr.lawful_basis}"]),)),
            (self.fact("processing.sensitive_categories"), (Text(sensitive or L["none"]),)),
            (self.fact("processing.minors_under_14"), (Text(L.flag(pr.minors_under_14)),)),
            (
                self.fact("processing.automated_decision_making"),
                (Text(L.flag(pr.automated_decision_making)),),
            ),
            (
                self.fact("processing.entrusted_processing"),
                (Text(L.flag(pr.entrusted_processing)),),
            ),
            (
                self.fact("processing.provides_to_other_handlers"),
                (Text(L.flag(pr.provides_to_other_handlers)),),
            ),
            (self.fact("processing.publishes_pi"), (Text(L.flag(pr.publishes_pi)),)),
            (
                self.fact("processing.public_place_images_other_purpose"),
                (Text(L.flag(pr.public_place_images_other_purpose)),),
            ),
            (self.fact("processing.facial_recognition"), (Text(frt_text),)),
            (
                self.fact("processing.industry_regulators"),
                (Text(L["list_sep"].join(pr.industry_regulators) or L["none"]),),
            ),
        ]
        details = [(label, (self.fill(hint),)) for label, hint in L["s2.details_rows"]]
        out.append(
            Section(
                "s2-2",
                "2.2",
                L["s2.processing"],
                2,
                (
                    self.kv(processing_rows),
                    Paragraph((Text(L["s2.details"], bold=True),)),
                    self.kv(details, L["s1.work_h"]),
                ),
            )
        )
        if self.r.transfers:
            rows = []
            for t in self.r.transfers:
                pt = self.profile_transfer(t.name)
                rows.append(
                    (
                        (Text(t.name),),
                        (Text(pt.recipient.name),),
                        (Text(t.recipient_country),),
                        (Text(L[f"purposes.{pt.purpose}"]),),
                        (Text(self.num(t.volumes.individuals)),),
                        (Text(self.num(t.volumes.sensitive_individuals)),),
                        (Text(L[f"routes.{t.route}"], bold=True),),
                    )
                )
            blocks: tuple[Block, ...] = (
                Table(tuple(L["s2.transfers_h"]), tuple(rows), (16, 18, 9, 17, 12, 11, 17)),
            )
        else:
            blocks = (Paragraph((Text(L["s2.no_transfers"]),)),)
        out.append(Section("s2-3", "2.3", L["s2.transfers"], 2, blocks))
        return out

    def obligation_table(self, obligations: Sequence[Obligation], status: bool) -> Table:
        L = self.L
        rows = []
        for o in obligations:
            row: tuple[Runs, ...] = (
                (Text(self.title_of(o)),),
                self.cites(o.citations),
                self.facts(o.triggered_by),
                self.due_of(o),
            )
            if status:
                row = (*row, (self.fill(L["s5.status_hint"]),))
            rows.append(row)
        if status:
            return Table(tuple(L["s5.obligations_h"]), tuple(rows), (26, 20, 20, 18, 16))
        return Table(tuple(L["s3.obligation_h"]), tuple(rows), (32, 22, 26, 20))

    def s3(self) -> list[Section]:
        L = self.L
        out = [Section("s3", "3", L["s3.title"], 1)]
        basis = L[f"lawful_basis.{self.p.processing.lawful_basis}"]
        out.append(
            Section(
                "s3-1",
                "3.1",
                L["s3.basis"],
                2,
                (Paragraph((Text(L.t("s3.basis_text", basis=basis)),)),),
            )
        )
        consent = [o for o in self.r.obligations if o.id.startswith(CONSENT_OBLIGATIONS)]
        block: Block = (
            self.obligation_table(consent, status=False)
            if consent
            else Paragraph((Text(L["s3.consent_none"]),))
        )
        out.append(Section("s3-2", "3.2", L["s3.consent"], 2, (block,)))
        hints = L["s3.purposes_hint"]
        rows = tuple(tuple((self.fill(h),) for h in hints) for _ in range(3))
        out.append(
            Section(
                "s3-3",
                "3.3",
                L["s3.purposes"],
                2,
                (Table(tuple(L["s3.purposes_h"]), rows, (25, 20, 27, 28)),),
            )
        )
        out.append(
            Section(
                "s3-4",
                "3.4",
                L["s3.conclusion"],
                2,
                (Paragraph((self.fill(L["s3.conclusion_fill"]),)),),
            )
        )
        return out

    def risk_factors(self) -> list[tuple[str, str, Runs]]:
        L, h, pr = self.L, self.p.handler, self.p.processing
        ob = {o.id: o for o in self.r.obligations}

        def cites_of(*ids: str) -> Runs:
            found = [c for i in ids if i in ob for c in ob[i].citations]
            unique = list(dict.fromkeys(found))
            return self.cites(unique)

        out: list[tuple[str, str, Runs]] = []
        if pr.sensitive_categories:
            cats = L["list_sep"].join(L[f"sensitive.{c}"] for c in pr.sensitive_categories)
            out.append(
                (
                    L.t("risk.sensitive", categories=cats),
                    L["risk.sensitive_why"],
                    cites_of("separate_consent.sensitive_pi"),
                )
            )
        if pr.minors_under_14:
            out.append(
                (L["risk.minors"], L["risk.minors_why"], cites_of("minors.guardian_consent"))
            )
        if pr.automated_decision_making:
            out.append(
                (
                    L["risk.automated"],
                    L["risk.automated_why"],
                    cites_of("automated_decision_making"),
                )
            )
        if pr.entrusted_processing:
            out.append(
                (L["risk.entrusted"], L["risk.entrusted_why"], cites_of("entrusted_processing"))
            )
        if pr.provides_to_other_handlers:
            out.append(
                (
                    L["risk.provides"],
                    L["risk.provides_why"],
                    cites_of("separate_consent.provides_to_other_handlers"),
                )
            )
        if pr.publishes_pi:
            out.append(
                (
                    L["risk.publishes"],
                    L["risk.publishes_why"],
                    cites_of("separate_consent.publishes_pi"),
                )
            )
        if pr.public_place_images_other_purpose:
            out.append(
                (
                    L["risk.public_images"],
                    L["risk.public_images_why"],
                    cites_of("separate_consent.public_place_images_other_purpose"),
                )
            )
        frt = pr.facial_recognition
        if frt is not None and frt.stored_individuals:
            out.append(
                (
                    L.t("risk.facial", count=self.num(frt.stored_individuals)),
                    L["risk.facial_why"],
                    cites_of("facial_recognition.filing", "separate_consent.facial_recognition"),
                )
            )
        if any(o in ob for o in ("officer", "ndsmr.large_handler")) or (
            "compliance_audit" in ob
            and ob["compliance_audit"].triggered_by[0].startswith("handler.")
        ):
            out.append(
                (
                    L.t("risk.scale", count=self.num(h.individuals_processed)),
                    L["risk.scale_why"],
                    cites_of("officer", "compliance_audit", "ndsmr.large_handler"),
                )
            )
        active = [t for t in self.r.transfers if t.route != "not_applicable"]
        if active:
            out.append(
                (
                    L.t("risk.transfers", count=len(active)),
                    L["risk.transfers_why"],
                    cites_of("separate_consent.cross_border", "cross_border.notice"),
                )
            )
        if h.important_data_handler or any(t.important_data for t in self.p.transfers):
            out.append(
                (
                    L["risk.important"],
                    L["risk.important_why"],
                    cites_of("important_data.risk_assessment"),
                )
            )
        return out

    def transfer_blocks(self, t: TransferResult) -> list[Block]:
        L = self.L
        pt = self.profile_transfer(t.name)
        v = t.volumes
        tr = "s4.transfer_rows."
        rows: list[tuple[str, Runs]] = [
            (L[tr + "recipient"], (Text(f"{pt.recipient.name} ({t.recipient_country})"),)),
            (L[tr + "purpose"], (Text(L[f"purposes.{pt.purpose}"]),)),
            (L[tr + "route"], (Text(L[f"routes.{t.route}"], bold=True),)),
            (L[tr + "window"], (Text(f"{L.phrase(v.window)} ({', '.join(map(str, v.years))})"),)),
            (
                L[tr + "own"],
                (
                    Text(
                        L.t(
                            "s4.volumes",
                            individuals=self.num(v.individuals),
                            sensitive=self.num(v.sensitive_individuals),
                        )
                    ),
                ),
            ),
            (
                L[tr + "aggregate"],
                (
                    Text(
                        L.t(
                            "s4.volumes",
                            individuals=self.num(v.aggregate_individuals),
                            sensitive=self.num(v.aggregate_sensitive_individuals),
                        )
                    ),
                ),
            ),
            (L[tr + "citations"], self.cites(t.citations)),
        ]
        blocks: list[Block] = [
            Paragraph((Text(L.t("s4.transfer_title", name=t.name), bold=True),)),
            self.kv(rows),
            Paragraph((Text(L[tr + "reasons"], bold=True),)),
            BulletList(tuple((Text(L.phrase(r)),) for r in t.reasons)),
        ]
        if t.deadlines:
            drows = []
            for d in t.deadlines:
                due: Runs = (Text(L["date_none"]),)
                if d.due:
                    due = (
                        Text(f"{L['approx_mark']} {d.due}" if d.approximate else d.due.isoformat()),
                    )
                drows.append(
                    (
                        (Text(L.phrase(d.what)),),
                        (Text(L.phrase(d.rule)),),
                        due,
                        (self.cite(d.citation),),
                    )
                )
            blocks.append(Table(tuple(L["s4.deadline_h"]), tuple(drows), (34, 28, 18, 20)))
        return blocks

    def s4(self) -> list[Section]:
        L = self.L
        out = [Section("s4", "4", L["s4.title"], 1)]
        factors = self.risk_factors()
        block: Block = (
            Table(
                tuple(L["s4.factors_h"]),
                tuple(((Text(f, bold=True),), (Text(why),), c) for f, why, c in factors),
                (28, 47, 25),
            )
            if factors
            else Paragraph((Text(L["s4.no_factors"]),))
        )
        out.append(Section("s4-1", "4.1", L["s4.factors"], 2, (block,)))
        if self.r.transfers:
            blocks: list[Block] = []
            for t in self.r.transfers:
                blocks += self.transfer_blocks(t)
            out.append(Section("s4-2", "4.2", L["s4.cross_border"], 2, tuple(blocks)))
        n = len(out)
        for t in self._scc_transfers():
            fp = self.scc.focus_points
            rows = tuple(
                (
                    (Text(item.text(L.lang)),),
                    self.sourced([fp.citation], fp.citation.article),
                    (self.fill(),),
                )
                for item in fp.items
            )
            out.append(
                Section(
                    f"s4-{n}",
                    f"4.{n}",
                    L.t("s4.scc_focus", transfer=t.name),
                    2,
                    (
                        Paragraph((Text(L["s4.scc_focus_intro"]),)),
                        Table(tuple(L["s4.scc_focus_h"]), rows, (50, 20, 30)),
                    ),
                )
            )
            n += 1
        hints = L["s4.matrix_hint"]
        mrows = [((Text(f),), *((self.fill(h),) for h in hints)) for f, _, _ in factors]
        mrows.append(((self.fill(L["s4.matrix_extra"]),), *((self.fill(h),) for h in hints)))
        out.append(
            Section(
                f"s4-{n}",
                f"4.{n}",
                L["s4.matrix"],
                2,
                (Table(tuple(L["s4.matrix_h"]), tuple(mrows), (32, 16, 16, 16, 20)),),
            )
        )
        return out

    def _scc_transfers(self) -> list[TransferResult]:
        if not self.kb.in_force(SCC_MEASURES, self.day):
            return []
        return [t for t in self.r.transfers if t.route == "standard_contract_or_certification"]

    def s5(self) -> list[Section]:
        L = self.L
        out = [Section("s5", "5", L["s5.title"], 1)]
        out.append(
            Section(
                "s5-1",
                "5.1",
                L["s5.obligations"],
                2,
                (self.obligation_table(self.r.obligations, status=True),),
            )
        )
        rows = tuple(
            (
                (Text(area),),
                (self.fill(L["s5.measures_hint"]),),
                (self.fill(L["s5.proportion_hint"]),),
            )
            for area in L["s5.measures_rows"]
        )
        out.append(
            Section(
                "s5-2",
                "5.2",
                L["s5.measures"],
                2,
                (Table(tuple(L["s5.measures_h"]), rows, (30, 45, 25)),),
            )
        )
        out.append(
            Section(
                "s5-3",
                "5.3",
                L["s5.conclusion"],
                2,
                (Paragraph((self.fill(L["s5.conclusion_fill"]),)),),
            )
        )
        return out

    def s6(self) -> list[Section]:
        L = self.L
        hints = L["s6.followups_hint"]
        follow = tuple(tuple((self.fill(h),) for h in hints) for _ in range(3))
        sign = tuple(
            ((Text(role),), (self.fill(),), (Text(""),), (self.fill(),))
            for role in L["s6.signoff_roles"]
        )
        return [
            Section("s6", "6", L["s6.title"], 1),
            Section(
                "s6-1", "6.1", L["s6.overall"], 2, (Paragraph((self.fill(L["s6.overall_fill"]),)),)
            ),
            Section(
                "s6-2",
                "6.2",
                L["s6.followups"],
                2,
                (Table(tuple(L["s6.followups_h"]), follow, (55, 25, 20)),),
            ),
            Section(
                "s6-3",
                "6.3",
                L["s6.signoff"],
                2,
                (Table(tuple(L["s6.signoff_h"]), sign, (34, 22, 26, 18)),),
            ),
        ]

    def s7(self) -> list[Section]:
        L = self.L
        pv = self.kb.param(RETENTION_PARAMETER, self.day)
        blocks: list[Block]
        if pv is None or pv.value is None:
            blocks = [Notice((Text(L["s7.missing"]),), "warning")]
        else:
            cite = self.cite(pv.citation, unverified=not pv.verified)
            if not pv.verified:
                self.extra_unverified.append((RETENTION_PARAMETER, pv.citation, pv.note or ""))
            before, _, after = L["s7.text"].partition("{cite}")
            blocks = [
                Paragraph(
                    (Text(before.format(years=pv.value)), cite, Text(after.format(years=pv.value)))
                ),
                self.kv(
                    [
                        (L["s7.where"], (self.fill(L["s7.where_fill"]),)),
                        (L.t("s7.until_fill", years=pv.value), (self.fill(),)),
                    ],
                    L["s1.work_h"],
                ),
            ]
        return [Section("s7", "7", L["s7.title"], 1, tuple(blocks))]

    def annex_a(self) -> list[Section]:
        L = self.L
        scc_route = [t for t in self.r.transfers if t.route == "standard_contract_or_certification"]
        out = [
            Section("annex-a", "", L["annex_a.title"], 1, (Paragraph((Text(L["annex_a.intro"]),)),))
        ]
        if not scc_route:
            out[0] = Section(
                "annex-a", "", L["annex_a.title"], 1, (Paragraph((Text(L["annex_a.none"]),)),)
            )
            return out
        if not self.kb.in_force(SCC_MEASURES, self.day):
            notices = tuple(
                Notice((Text(L.t("annex_a.not_in_force", transfer=t.name)),), "warning")
                for t in scc_route
            )
            out[0] = Section("annex-a", "", L["annex_a.title"], 1, notices)
            return out
        guides = [g for g in SCC_GUIDES if self.kb.in_force(g, self.day)]
        deadline_pv = self.kb.param(SCC_DEADLINE_PARAMETER, self.day)
        for i, t in enumerate(scc_route, start=1):
            pt = self.profile_transfer(t.name)
            filing = [
                d
                for d in t.deadlines
                if deadline_pv is not None
                and (d.citation.instrument, d.citation.article)
                == (deadline_pv.instrument, deadline_pv.article)
            ]
            summary: list[tuple[str, Runs]] = [
                (
                    L["s4.transfer_rows.recipient"],
                    (Text(f"{pt.recipient.name} ({t.recipient_country})"),),
                ),
                (
                    L["annex_a.guide"],
                    self.cites([_Ref(g, "-") for g in guides]) if guides else (Text(L["none"]),),
                ),
            ]
            if filing:
                d = filing[0]
                summary.append(
                    (
                        L["annex_a.deadline"],
                        (Text(L.phrase(d.rule)), Text(" "), self.cite(d.citation)),
                    )
                )
                due: Runs = (
                    (
                        Text(
                            f"{L['approx_mark']} {d.due}" if d.approximate else d.due.isoformat(),
                            bold=True,
                        ),
                    )
                    if d.due
                    else (self.fill(L["annex_a.due_unknown"]),)
                )
                summary.append((L["annex_a.due"], due))
            materials = tuple(
                (
                    (Text(L["annex_a.check_box"]),),
                    (Text(m.text(L.lang)),),
                    (Text(L[f"annex_a.form.{m.form}"] if m.form else ""),),
                    self.sourced(m.citations_on(self.kb, self.day), m.id),
                    (Text(self._notes(m.citations_on(self.kb, self.day))),),
                )
                for m in self.scc.materials_on(self.kb, self.day)
            )
            steps = tuple(
                (
                    (Text(L["annex_a.check_box"]),),
                    (Text(s.text(L.lang)),),
                    self.sourced(s.citations_on(self.kb, self.day), s.id),
                    (Text(self._notes(s.citations_on(self.kb, self.day))),),
                )
                for s in self.scc.steps_on(self.kb, self.day)
            )
            out.append(
                Section(
                    f"annex-a-{i}",
                    "",
                    L.t("annex_a.transfer", transfer=t.name),
                    2,
                    (
                        self.kv(summary, L["annex_a.summary_h"]),
                        Paragraph((Text(L["annex_a.materials"], bold=True),)),
                        Table(tuple(L["annex_a.materials_h"]), materials, (5, 37, 14, 24, 20)),
                        Paragraph((Text(L["annex_a.steps"], bold=True),)),
                        Table(tuple(L["annex_a.steps_h"]), steps, (5, 51, 24, 20)),
                    ),
                )
            )
        return out

    def _notes(self, citations: Sequence[SourcedCitation]) -> str:
        notes = [c.note_in(self.L.lang) for c in citations if not c.verified]
        return self.L["citation_sep"].join(n for n in notes if n)

    def annex_b(self) -> list[Section]:
        L = self.L
        rows: list[tuple[Runs, ...]] = []
        for u in self.r.unverified:
            rows.append(((Text(u.subject),), (self.cite(u, unverified=True),), (Text(u.note),)))
        seen: set[tuple[str, str, str]] = set()
        for subject, c, note in self.extra_unverified:
            key = (c.instrument, c.article, note)
            if key in seen:
                continue
            seen.add(key)
            rows.append(((Text(subject),), (self.cite(c, unverified=True),), (Text(note),)))
        blocks: tuple[Block, ...]
        if rows:
            blocks = (
                Notice((Text(L["annex_b.intro"]),), "warning"),
                Table(tuple(L["annex_b.h"]), tuple(rows), (28, 27, 45)),
            )
        else:
            blocks = (Paragraph((Text(L["annex_b.none"]),)),)
        return [Section("annex-b", "", L["annex_b.title"], 1, blocks)]

    def unverified_count(self) -> int:
        extra = {(c.instrument, c.article, n) for _, c, n in self.extra_unverified}
        return len(self.r.unverified) + len(extra)

    def annex_c(self) -> list[Section]:
        L = self.L
        rows = []
        kinds = list(InstrumentKind)
        instruments = sorted(
            (self.kb.instrument(i) for i in self.cited),
            key=lambda inst: (kinds.index(inst.kind), inst.effective or self.day, inst.id),
        )
        for inst in instruments:
            status = inst.status_on(self.day)
            title = inst.title_zh if L.lang == "zh" else inst.title_en
            rows.append(
                (
                    (Text(title),),
                    (Text(L.issuer(inst.issuer)),),
                    (Text(L[f"kinds.{inst.kind.value}"]),),
                    (Text(inst.effective.isoformat() if inst.effective else ""),),
                    (Text(L[f"statuses.{status.value if status else 'none'}"]),),
                )
            )
        return [
            Section(
                "annex-c",
                "",
                L["annex_c.title"],
                1,
                (Table(tuple(L["annex_c.h"]), tuple(rows), (40, 22, 13, 12, 13)),),
            )
        ]


class _Ref:
    """A bare instrument reference (no article) for display."""

    def __init__(self, instrument: str, article: str) -> None:
        self.instrument = instrument
        self.article = article


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
    b = _Builder(
        profile,
        result,
        labels,
        kb or load_knowledge_base(),
        generated_on or dt.date.today(),
        load_scc_filing(),
    )
    cover, notice = b.cover()
    body = [*b.s1(), *b.s2(), *b.s3(), *b.s4(), *b.s5(), *b.s6(), *b.s7(), *b.annex_a()]
    annex_b = b.annex_b()  # after the body: it lists what the body flagged
    count = b.unverified_count()
    annex_c = b.annex_c()  # last: it lists every instrument cited above
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
        generated_on=b.generated_on,
        cover=cover,
        cover_notice=notice,
        toc_title=labels["toc"],
        footer=labels.t("footer", handler=result.handler, as_of=result.as_of.isoformat()),
        page_format=(labels["page_before"], labels["page_middle"], labels["page_after"]),
        fill_format=labels["fill_format"],
        fill_empty=labels["fill_empty"],
        unverified_text=labels["unverified_text"],
        sections=(*body, *annex_b, *annex_c),
    )
