"""Critical information infrastructure: the operator's test and risk assessment every year.

CII Regulations Art. 17 (and CSL Art. 38, Art. 40 from 2026-01-01): at least once a year, by
the operator or a cybersecurity service body, with problems rectified and the results reported
as the protection department requires. Counted from the last test recorded on the system or, for
the whole operator, on the organisation; before any, from the designation.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator

from piplkit.assess.law.models import ParameterValue
from piplkit.assess.rules.calendar import add_months
from piplkit.map.agenda.context import AgendaContext
from piplkit.map.agenda.entry import Entry, Source, Subject
from piplkit.map.agenda.facts import OrganisationFacts, Record, SystemFacts

FAMILY = "cii"
TITLE = "CII cybersecurity test and risk assessment (at least yearly)"
TITLE_ZH = "关键信息基础设施网络安全检测和风险评估（每年至少一次）"


def cii_entries(
    organisations: Iterable[OrganisationFacts],
    systems: Iterable[SystemFacts],
    ctx: AgendaContext,
) -> Iterator[Entry]:
    pv = ctx.param("cii.testing_interval_months")
    if pv is None or pv.value is None:
        return
    csl = ctx.param("cii.csl_testing_article")
    also = (ctx.source(csl),) if csl is not None and csl.instrument != pv.instrument else ()
    orgs = {o.name: o for o in organisations}
    covered: set[str] = set()
    for s in systems:
        if not s.cii or (s.cii_designated_on is not None and not ctx.happened(s.cii_designated_on)):
            continue
        org = orgs.get(s.organisation or "")
        records: tuple[Record, ...] = s.records + (org.records if org else ())
        covered.add(s.organisation or "")
        subject = Subject("system", s.name, s.organisation, s.name)
        yield _entry(subject, records, s.cii_designated_on, pv.number, pv, also, ctx)
    for o in orgs.values():
        if not o.ciio or o.name in covered:
            continue
        if o.ciio_designated_on is not None and not ctx.happened(o.ciio_designated_on):
            continue
        subject = Subject("organisation", o.name, o.name)
        yield _entry(subject, o.records, o.ciio_designated_on, pv.number, pv, also, ctx)


def _entry(
    subject: Subject,
    records: tuple[Record, ...],
    designated: dt.date | None,
    months: int,
    pv: ParameterValue,
    also: tuple[Source, ...],
    ctx: AgendaContext,
) -> Entry:
    last = ctx.last(records, "cii_testing")
    anchor = last or designated
    rule = f"at least every {months} months"
    rule_zh = f"每{months}个月至少进行一次网络安全检测和风险评估"
    if last is not None:
        rule += f"; last on {last}"
        rule_zh += f"；上次为{last}"
    elif designated is not None:
        rule += f"; none recorded, counted from the designation ({designated}), piplkit's reading"
        rule_zh += f"；尚无记录，自认定为关键信息基础设施（{designated}）起算，系piplkit的理解"
    return Entry(
        "cii.testing",
        FAMILY,
        TITLE,
        TITLE_ZH,
        subject,
        "latest",
        rule,
        ctx.source(pv),
        due=add_months(anchor, months) if anchor is not None else None,
        also=also,
        note="" if anchor is not None else "record a test or the designation date to date this",
        rule_zh=rule_zh,
        note_zh="" if anchor is not None else "记录一次检测评估或认定日期后方可计算",
    )
