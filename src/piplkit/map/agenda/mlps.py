"""MLPS duties of one system: grade, expert review, filing, certificate, tests, rectification.

Periods come from the MLPS Measures 2007 as dated parameters: filing within 30 days after the
level is determined (a system already running) or after going live (a new system), from level 2
(Art. 15); a test report with the filing from level 3 (Art. 16(5)); the public security organ's
10 working days for the certificate (Art. 17); tests and self-inspections every 12 months at
level 3 and every 6 at level 4 (Art. 14), counted from the last one recorded.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Generator, Iterator
from typing import TypedDict

from piplkit.assess.law.mlps import load_mlps
from piplkit.assess.rules.calendar import add_months
from piplkit.map.agenda.context import AgendaContext
from piplkit.map.agenda.entry import Entry, Source, Subject, Words
from piplkit.map.agenda.facts import SystemFacts

FAMILY = "mlps"


def _subject(s: SystemFacts) -> Subject:
    return Subject("system", s.name, s.organisation, s.name)


def _sector_note(ctx: AgendaContext, s: SystemFacts) -> Words:
    if not s.sector:
        return Words()
    sector = load_mlps().sectors.get(s.sector)
    if sector is None or sector.verified:
        return Words()
    inst = ctx.kb.instrument(sector.instrument)
    ctx.flag(f"{inst.short}: {sector.note}")
    return Words(
        f"sector rules ({inst.short}) may set other periods and were not read",
        f"行业规定（《{inst.title_zh}》）可能另行规定期限，piplkit未核对其原文",
    )


_WHAT_ZH = {"going live": "投入运行", "grading": "定级", "filing": "备案"}


class _Notes(TypedDict):
    """An entry's two note fields, passed to :class:`Entry` as keywords."""

    note: str
    note_zh: str


def _notes(*parts: Words) -> _Notes:
    """An entry's ``note`` and ``note_zh`` from the non-empty parts."""
    joined = Words.join(*parts)
    return {"note": joined.en, "note_zh": joined.zh}


def system_entries(s: SystemFacts, ctx: AgendaContext) -> Iterator[Entry]:
    csl = ctx.param("mlps.csl_article")
    if csl is None:  # before the Cybersecurity Law took effect
        return
    subject = _subject(s)
    level = s.mlps_level
    graded = level is not None and (s.graded_on is None or ctx.happened(s.graded_on))
    if level is None or not graded:
        yield Entry(
            "mlps.grade",
            FAMILY,
            "Grade the system under MLPS (GB/T 22240-2020)",
            "对系统开展网络安全等级保护定级（GB/T 22240-2020）",
            subject,
            "standing",
            "network operators protect their networks at a determined MLPS level; no period set",
            ctx.source(csl),
            basis="none",
            rule_zh="网络运营者应当按照网络安全等级保护制度的要求履行安全保护义务；未规定定级期限",
            since=s.live_on if ctx.happened(s.live_on) else None,
            also=(ctx.cite("gbt_22240_2020", "4.1, 4.3"),),
        )
        return
    note = _sector_note(ctx, s)
    yield from _expert_review(s, level, subject, ctx)
    filing_due = yield from _filing(s, level, subject, ctx, note)
    yield from _certificate(s, subject, ctx)
    yield from _tests(s, level, subject, ctx, filing_due, note)
    yield from _rectifications(s, subject, ctx)


def _expert_review(
    s: SystemFacts, level: int, subject: Subject, ctx: AgendaContext
) -> Iterator[Entry]:
    review = ctx.param("mlps.expert_review_min_level")
    if review is None or level < review.number or ctx.happened(s.expert_reviewed_on):
        return
    yield Entry(
        "mlps.expert_review",
        FAMILY,
        f"Expert review of level {level} by the national MLPS expert committee",
        f"第{level}级定级应经国家信息安全等级保护专家评审委员会评审",
        subject,
        "standing",
        f"a level {review.value} or higher is reviewed before it is determined",
        ctx.source(review),
        basis="none",
        rule_zh=f"拟定为第{review.value}级以上的，应当经专家评审后确定",
        since=s.graded_on,
    )


def _filing(
    s: SystemFacts, level: int, subject: Subject, ctx: AgendaContext, note: Words
) -> Generator[Entry, None, dt.date | None]:
    """The filing entry; returns its due date (for the test a level 3 filing needs)."""
    minimum = ctx.param("mlps.filing_min_level")
    if minimum is None or level < minimum.number or ctx.happened(s.filed_on):
        return None
    new_system = s.live_on is not None and (s.graded_on is None or s.graded_on <= s.live_on)
    if new_system:
        pv = ctx.param("mlps.filing_days_after_going_live")
        start, event, event_zh = s.live_on, "going live", "投入运行"
    else:
        pv = ctx.param("mlps.filing_days_after_grading")
        start, event, event_zh = s.graded_on, "the level was determined", "安全保护等级确定"
    assert pv is not None and pv.value is not None
    title = f"File the level {level} system with the public security organ"
    title_zh = f"到公安机关办理第{level}级系统备案"
    if start is None:
        yield Entry(
            "mlps.filing",
            FAMILY,
            title,
            title_zh,
            subject,
            "latest",
            f"within {pv.value} days after the level is determined or the system goes live",
            ctx.source(pv),
            **_notes(
                Words(
                    "record the grading date or the go-live date to date this",
                    "记录定级日期或投入运行日期后方可计算",
                ),
                note,
            ),
            rule_zh=f"安全保护等级确定后或投入运行后{pv.value}日内",
        )
        return None
    due, provisional, why = ctx.calendar_days(start, pv.number)
    yield Entry(
        "mlps.filing",
        FAMILY,
        title,
        title_zh,
        subject,
        "latest",
        f"within {pv.value} days after {event} ({start})",
        ctx.source(pv),
        due=due,
        provisional=provisional,
        rule_zh=f"{event_zh}（{start}）后{pv.value}日内",
        **_notes(why, note),
    )
    return due


def _certificate(s: SystemFacts, subject: Subject, ctx: AgendaContext) -> Iterator[Entry]:
    if not ctx.happened(s.filed_on) or s.filing_number:
        return
    pv = ctx.param("mlps.filing_certificate_working_days", s.filed_on)
    if pv is None or pv.value is None:
        return
    due, why = ctx.working_days(s.filed_on, pv.number)
    yield Entry(
        "mlps.certificate",
        FAMILY,
        "Public security organ issues the filing certificate (no filing number recorded)",
        "公安机关颁发备案证明（尚未记录备案编号）",
        subject,
        "event",
        f"within {pv.value} working days of receiving the filing ({s.filed_on})",
        ctx.source(pv),
        basis="authority",
        due=due,
        rule_zh=f"公安机关自收到备案材料（{s.filed_on}）之日起{pv.value}个工作日内",
        **_notes(why),
    )


def _anchor(s: SystemFacts, ctx: AgendaContext) -> tuple[dt.date | None, str]:
    """When the level's cadence starts: once the system is both graded and running (the later
    of going live and grading), else the filing; piplkit's reading, the Measures name no day."""
    known = [
        (day, what)
        for day, what in ((s.live_on, "going live"), (s.graded_on, "grading"))
        if ctx.happened(day)
    ]
    if known:
        return max(known, key=lambda k: k[0])
    return (s.filed_on, "filing") if ctx.happened(s.filed_on) else (None, "")


def _tests(
    s: SystemFacts,
    level: int,
    subject: Subject,
    ctx: AgendaContext,
    filing_due: dt.date | None,
    note: Words,
) -> Iterator[Entry]:
    specs = (
        (
            "mlps.test",
            "mlps.testing_interval_months",
            ("mlps_test",),
            "MLPS level test by a qualified testing body",
            "委托符合条件的测评机构开展等级测评",
            "等级测评",
        ),
        (
            "mlps.self_inspection",
            "mlps.self_inspection_interval_months",
            ("mlps_self_inspection",),
            "MLPS self-inspection of security status and measures",
            "对系统安全状况及安全保护制度、措施落实情况开展自查",
            "自查",
        ),
    )
    for duty, stem, kinds, title, title_zh, act_zh in specs:
        pid = f"{stem}_level{level}"
        if pid not in ctx.kb.parameters:
            continue
        pv = ctx.param(pid)
        if pv is None:
            continue
        if pv.value is None:  # level 5: per special security needs, no number
            yield Entry(
                duty,
                FAMILY,
                title,
                title_zh,
                subject,
                "standing",
                f"level {level}: as its special security needs require (no interval set)",
                ctx.source(pv),
                basis="none",
                rule_zh=f"第{level}级：依据特殊安全需求进行（未规定周期）",
            )
            continue
        months = pv.number
        last = ctx.last(s.records, *kinds)
        if last is not None:
            yield Entry(
                duty,
                FAMILY,
                title,
                title_zh,
                subject,
                "latest",
                f"at least every {months} months at level {level}; last on {last}",
                ctx.source(pv),
                due=add_months(last, months),
                rule_zh=f"第{level}级每{months}个月至少进行一次{act_zh}；上次为{last}",
                **_notes(note),
            )
            continue
        anchor, what = _anchor(s, ctx)
        due = add_months(anchor, months) if anchor else None
        rule = Words(
            f"at least every {months} months at level {level}; none recorded",
            f"第{level}级每{months}个月至少进行一次{act_zh}；尚无记录",
        )
        report = ctx.param("mlps.filing_test_report_min_level")
        extra: tuple[Source, ...] = ()
        if (
            duty == "mlps.test"
            and filing_due is not None
            and report is not None
            and level >= report.number
            and (due is None or filing_due < due)
        ):
            due = filing_due
            rule = Words.join(
                rule,
                Words(
                    f"the filing due {filing_due} needs the test report",
                    f"{filing_due}前的备案须提交测评报告",
                ),
            )
            extra = (ctx.source(report),)
        elif anchor is not None:
            rule = Words.join(
                rule,
                Words(
                    f"counted from {what} ({anchor}), piplkit's reading",
                    f"自{_WHAT_ZH[what]}（{anchor}）起算，系piplkit的理解",
                ),
            )
        yield Entry(
            duty,
            FAMILY,
            title,
            title_zh,
            subject,
            "latest",
            rule.en,
            ctx.source(pv),
            due=due,
            also=extra,
            rule_zh=rule.zh,
            **_notes(
                Words()
                if due
                else Words(
                    "record a test or the go-live date to date this",
                    "记录一次测评或投入运行日期后方可计算",
                ),
                note,
            ),
        )


def _rectifications(s: SystemFacts, subject: Subject, ctx: AgendaContext) -> Iterator[Entry]:
    pv = ctx.param("mlps.rectification_plan")
    if pv is None:
        return
    for item in s.rectifications:
        if ctx.happened(item.closed_on):
            continue
        if item.found_on is not None and not ctx.happened(item.found_on):
            continue
        yield Entry(
            "mlps.rectification",
            FAMILY,
            f"Rectify: {item.title}",
            f"整改：{item.title}",
            Subject("system", s.name, s.organisation, s.name),
            "latest" if item.due_on else "standing",
            "by the rectification plan's date (the Measures set no period)",
            ctx.source(pv),
            basis="organisation",
            due=item.due_on,
            since=item.found_on,
            item=item.title,
            rule_zh="按整改方案确定的日期完成（《信息安全等级保护管理办法》未规定整改期限）",
            **_notes(
                Words()
                if item.due_on
                else Words("no due date in the plan: set one", "整改方案未定完成日期：请设定")
            ),
        )
