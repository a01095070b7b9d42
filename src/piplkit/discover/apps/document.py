"""The app check report as a document: one builder, rendered by ``piplkit.assess.documents``.

Like the PIPIA and filing documents, the wording is decided here, once, into the language-
resolved document model; the documents package renders it to HTML, PDF (WeasyPrint with the
packaged CJK font) or DOCX unchanged. Citations carry their verification status into the
document: an unverified one is visibly marked.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from functools import cache
from importlib import resources
from typing import Any

import yaml

from piplkit.assess.documents.checklist import SourcedCitation
from piplkit.assess.documents.model import (
    Block,
    BulletList,
    Cite,
    Notice,
    Paragraph,
    Report,
    Runs,
    Section,
    Table,
    Text,
)
from piplkit.assess.law.kb import load_knowledge_base
from piplkit.assess.law.pi_types import load_catalogue
from piplkit.discover.apps.catalogue import sdk_catalogue
from piplkit.discover.apps.permissions import group as permission_group
from piplkit.discover.apps.report import AppReport, Finding


@cache
def labels(lang: str) -> dict[str, Any]:
    text = (
        resources.files("piplkit.discover.apps")
        .joinpath("data/report_labels.yaml")
        .read_text("utf-8")
    )
    data: dict[str, Any] = yaml.safe_load(text)[lang]
    return data


def cite(c: SourcedCitation, lang: str) -> Cite:
    inst = load_knowledge_base().instrument(c.instrument)
    text = f"《{inst.title_zh}》{c.article}" if lang == "zh" else f"{inst.short} {c.article}"
    return Cite(text, unverified=not c.verified)


def _cites(citations: Sequence[SourcedCitation], lang: str) -> Runs:
    out: list[Text | Cite] = []
    for i, c in enumerate(citations):
        if i:
            out.append(Text("；" if lang == "zh" else "; "))
        out.append(cite(c, lang))
    return tuple(out)


def _t(text: str) -> Runs:
    return (Text(text),)


def pi_name(type_id: str, lang: str) -> str:
    t = load_catalogue().types[type_id]
    return t.name_zh if lang == "zh" else t.name_en


def _via(via: Sequence[str], lang: str) -> str:
    sdks = {s.id: s for s in sdk_catalogue().sdks}
    out = []
    for v in via:
        kind, _, ref = v.partition(":")
        if kind == "sdk" and ref in sdks:
            out.append(f"SDK {sdks[ref].name(lang)}")
        else:
            out.append(ref.rsplit(".", 1)[-1])
    return (labels(lang)["sep"]).join(dict.fromkeys(out))


def _finding_section(n: str, f: Finding, lang: str) -> Section:
    lab = labels(lang)
    fl = lab["finding"]
    rows: list[tuple[Runs, Runs]] = [
        (_t(fl["severity"]), (Text(lab["severity"][f.severity], bold=f.severity == "high"),)),
        (_t(fl["rule"]), _t(f.rule_text(lang))),
    ]
    if f.citations:
        rows.append((_t(fl["basis"]), _cites(f.citations, lang)))
    if f.evidence:
        rows.append((_t(fl["evidence"]), _t("\n".join(f.evidence[:12]))))
    rows.append((_t(fl["fix"]), _t(f.fix(lang))))
    table = Table(("", ""), tuple(rows), widths=(18, 82), kind="keyvalue")
    return Section(
        f"finding-{n}", n, f"[{lab['severity'][f.severity]}] {f.title(lang)}", 2, (table,)
    )


def build_app_report(
    report: AppReport, lang: str = "zh", generated_on: dt.date | None = None
) -> Report:
    """The document model of ``report`` in ``lang`` (zh or en)."""
    lab = labels(lang)
    yes, no = lab["yes_text"], lab["no_text"]
    cat = load_catalogue()
    m = report.apk.manifest
    counts = report.counts()
    cover_rows = [
        (lab["cover"]["app"], m.app_label or m.package),
        (lab["cover"]["package"], m.package),
        (lab["cover"]["version"], f"{m.version_name or '-'} ({m.version_code or '-'})"),
        (lab["cover"]["sdk"], f"{m.target_sdk} / {m.min_sdk}"),
        (lab["cover"]["file"], f"{report.apk.file_name} ({report.apk.sha256[:16]}…)"),
        (
            lab["cover"]["type"],
            report.app_type.name(lang) if report.app_type else lab["cover"]["type_none"],
        ),
        (
            lab["cover"]["policy"],
            report.policy.name if report.policy else lab["cover"]["policy_none"],
        ),
        (
            lab["cover"]["register"],
            lab["cover"]["register_used"] if report.register_used else lab["cover"]["register_not"],
        ),
        (
            lab["cover"]["findings"],
            "/".join(f"{counts[s]:,}" for s in ("high", "medium", "low", "info")),
        ),
        (lab["cover"]["as_of"], report.as_of.isoformat()),
    ]
    cover = Table(
        ("", ""), tuple((_t(k), _t(v)) for k, v in cover_rows), widths=(30, 70), kind="keyvalue"
    )
    sections: list[Section] = []
    number = iter(range(1, 100))

    def chapter(key: str, blocks: Sequence[Block]) -> str:
        n = str(next(number))
        sections.append(Section(key, n, lab["sections"][key], 1, tuple(blocks)))
        return n

    # the manual-check chapter's number is known in advance: it follows a fixed order
    manual_no = 7 if report.app_type else 6
    notice = Notice(_t(lab["notice"].format(manual=manual_no)), "warning")
    summary: list[Block] = [cover, notice]
    summary += [Notice(_t(w), "warning") for w in report.warnings]
    chapter("summary", summary)

    fnum = chapter("findings", [] if report.findings else [Paragraph(_t(lab["none_found"]))])
    for i, f in enumerate(report.findings, start=1):
        sections.append(_finding_section(f"{fnum}.{i}", f, lang))

    pi_rows = tuple(
        (
            _t(pi_name(t, lang)),
            _t(yes if cat.types[t].sensitive_on(report.as_of) else no),
            _t(_via(via, lang)),
        )
        for t, via in report.pi_sources.items()
    )
    chapter("pi", [Table(tuple(lab["headers"]["pi"]), pi_rows, widths=(25, 10, 65))])

    perm_rows = tuple(
        (
            _t(p.name),
            _t(lab["protection"][p.protection]),
            _t(permission_group(p.group).name(lang) if p.group else "-"),
            _t(lab["sep"].join(pi_name(t, lang) for t in p.pi) or "-"),
        )
        for p in report.permissions
    )
    chapter(
        "permissions",
        [Table(tuple(lab["headers"]["permissions"]), perm_rows, widths=(40, 14, 18, 28))],
    )

    sdk_rows = tuple(
        (
            _t(s.sdk.name(lang) + ("" if s.sdk.verified else lab["unverified"])),
            _t(s.sdk.vendor(lang)),
            _t(s.sdk.country),
            _t(s.sdk.category),
            _t(lab["sep"].join(pi_name(t, lang) for t in s.sdk.pi) or "-"),
            _t("; ".join(f"{e.kind}: {e.value}" for e in s.evidence[:3])),
        )
        for s in report.sdks
    )
    chapter(
        "sdks",
        [
            Table(tuple(lab["headers"]["sdks"]), sdk_rows, widths=(18, 18, 7, 10, 22, 25)),
            Paragraph(_t(lab["sdk_unverified"])),
        ],
    )

    if report.app_type:
        t = report.app_type
        intro: list[Text | Cite] = [
            Text(lab["scope_intro"].format(name=t.name(lang), function=t.basic_function(lang)))
        ]
        intro.append(Cite(f" Art. 5({t.number})", unverified=not t.verified))
        blocks: list[Block] = [Paragraph(tuple(intro))]
        if t.needs_no_pi:
            blocks.append(Paragraph(_t(lab["scope_none"])))
        else:
            blocks.append(
                Table(
                    tuple(lab["headers"]["scope"]),
                    tuple(
                        (
                            _t(i.text(lang)),
                            _t(lab["sep"].join(pi_name(x, lang) for x in i.pi) or "-"),
                        )
                        for i in t.necessary
                    ),
                    widths=(60, 40),
                )
            )
        chapter("scope", blocks)

    chapter("policy", _policy_blocks(report, lang))

    manual_rows = tuple(
        (_t(c.title(lang)), _t(c.how(lang)), _cites(c.citations, lang))
        for c in report.manual_checks
    )
    chapter("manual", [Table(tuple(lab["headers"]["manual"]), manual_rows, widths=(32, 38, 30))])

    collected_rows = tuple(
        (
            _t(pi_name(c.pi, lang)),
            _t(yes if cat.types[c.pi].sensitive_on(report.as_of) else no),
            _t(c.scenario_zh if lang == "zh" else c.scenario_en),
            _t(c.purpose_zh if lang == "zh" else c.purpose_en),
            _t(lab["app_collects"] if c.collected_by == "app" else c.collected_by),
        )
        for c in report.collected
    )
    sections.append(
        Section(
            "collected",
            "",
            lab["sections"]["collected"],
            1,
            (
                Paragraph(_t(lab["drafts_note"])),
                Table(
                    tuple(lab["headers"]["collected"]), collected_rows, widths=(20, 8, 24, 30, 18)
                ),
            ),
        )
    )
    shared_rows = tuple(
        (
            _t(s.recipient_zh if lang == "zh" else s.recipient_en),
            _t(s.country),
            _t(lab["sep"].join(pi_name(t, lang) for t in s.pi)),
            _t(s.purpose_zh if lang == "zh" else s.purpose_en),
            _t(s.method_zh if lang == "zh" else s.method_en),
            _t(" ".join(x for x in (s.policy_title, s.policy_url) if x)),
        )
        for s in report.shared
    )
    sections.append(
        Section(
            "shared",
            "",
            lab["sections"]["shared"],
            1,
            (Table(tuple(lab["headers"]["shared"]), shared_rows, widths=(18, 7, 22, 15, 16, 22)),),
        )
    )
    page = lab["page"]
    return Report(
        lang=lang,
        html_lang="zh-CN" if lang == "zh" else "en",
        title=lab["title"],
        subtitle=lab["subtitle"],
        draft_stamp=lab["stamp"],
        handler=m.app_label or m.package,
        as_of=report.as_of,
        generated_on=generated_on or dt.date.today(),
        cover=cover,
        cover_notice=notice,
        toc_title=lab["toc"],
        footer=lab["footer"],
        page_format=(page[0], page[1], page[2]),
        fill_format=lab["fill"],
        fill_empty=lab["fill_empty"],
        unverified_text=lab["unverified"],
        sections=tuple(sections),
    )


def _policy_blocks(report: AppReport, lang: str) -> list[Block]:
    lab = labels(lang)
    yes, no = lab["yes_text"], lab["no_text"]
    policy = report.policy
    if policy is None:
        return [Paragraph(_t(lab["cover"]["policy_none"]))]
    h = lab["headers"]
    blocks: list[Block] = [
        Table(
            tuple(h["elements"]),
            tuple(
                (
                    _t(e.element.name(lang)),
                    _t(yes if e.applies else no),
                    _t(yes if e.found else no),
                    _t(e.where or "-"),
                )
                for e in policy.elements
            ),
            widths=(34, 8, 8, 50),
        ),
        Table(
            tuple(h["lists"]),
            tuple(
                (_t(lab["lists"][r.kind]), _t(yes if r.found else no), _t(r.where or "-"))
                for r in policy.lists
            ),
            widths=(34, 10, 56),
        ),
    ]
    if policy.sdks:
        blocks.append(
            Table(
                tuple(h["sdk_disclosure"]),
                tuple(
                    (
                        _t(d.match.sdk.name(lang)),
                        _t(yes if d.in_policy else no),
                        _t(yes if d.in_register else no),
                        _t(lab["sep"].join(pi_name(t, lang) for t in d.missing_pi) or "-"),
                    )
                    for d in policy.sdks
                ),
                widths=(30, 14, 14, 42),
            )
        )
    if policy.purposes:
        blocks.append(
            Table(
                tuple(h["purposes"]),
                tuple(
                    (
                        _t(permission_group(p.group).name(lang)),
                        _t(", ".join(p.permissions)),
                        _t(yes if p.found else no),
                        _t(p.where or "-"),
                    )
                    for p in policy.purposes
                ),
                widths=(18, 30, 12, 40),
            )
        )
    if not blocks:
        blocks.append(BulletList(()))
    return blocks
