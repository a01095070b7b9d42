"""From a document to development records: read, split, then extract each item's fields.

Everything here is deterministic and offline. Document-level knowledge flows into each item:
the reference date for years the text omits, abbreviations defined once ("CAC") and instrument
aliases ("CSL") that later items use bare.
"""

from __future__ import annotations

import datetime as dt
import logging
import re

from piplkit.track import (
    authorities,
    dates,
    inforce,
    instruments,
    kinds,
    penalties,
    rowinstrument,
    script,
    weekdays,
)
from piplkit.track.blockpasses import framed_blocks
from piplkit.track.casepapers import without_case_papers
from piplkit.track.immediate import in_force_immediately, in_force_next_day, notice_in_force
from piplkit.track.lawlist import without_iso_lead
from piplkit.track.lawmaking import case_status, law_making
from piplkit.track.model import Development, InstrumentMention, Kind, ParsedDocument, RawItem, Stage
from piplkit.track.publicationday import in_force_on_publication, row_in_force
from piplkit.track.readers import read_document
from piplkit.track.relday import dated_relative
from piplkit.track.rowmentions import merge_repeated
from piplkit.track.sameday import in_force_same_day
from piplkit.track.slottitles import bare_title
from piplkit.track.split import split
from piplkit.track.textutil import normalise, sentences
from piplkit.track.undated import drop_undated

log = logging.getLogger(__name__)
SUMMARY_MAX = 320


def parse_document(data: bytes | str, name: str = "<text>") -> ParsedDocument:
    """Read (any supported format) and split into items (``TrackInputError`` on bad input)."""
    read = read_document(data, name)
    blocks = framed_blocks(read)
    return split(blocks, name=name, layout=read.layout, meta=read.meta, skipped=read.skipped)


def reference_date(doc: ParsedDocument) -> dt.date | None:
    """The document's own date, which supplies missing years and resolves "本月3日": its
    publication date (title, dated header, page metadata), else the latest dated event; when
    no event has a year either, the latest month and day under the year the title gives
    ("数据安全周报（2024年第45期）")."""
    if doc.published:
        return _review_reference(doc.title, dt.date.fromisoformat(doc.published))
    latest: dt.date | None = None
    partial: list[dates.DateMention] = []
    for item in doc.items:
        text = item.hints.get("date") or item.body_text
        found = dates.find_dates(text)
        if (not found or not found[0].full) and item.hints.get("signed"):
            text = item.hints["signed"]  # a feed entry's source line: "miit.gov.cn · 4 Dec 2025"
            found = dates.find_dates(text)
        if not found or dates.is_effective_context(text, found[0]):
            continue
        if found[0].full:
            day = dates.as_date(found[0], None)
            if day and (latest is None or day > latest):
                latest = day
        elif found[0].year is None and found[0].rel_month is None and found[0].rel_year is None:
            partial.append(found[0])
    if latest is None and partial and doc.title:
        year = _TITLE_YEAR.search(doc.title)
        if year:
            days = []
            for mention in partial:
                try:
                    days.append(dt.date(int(year.group(0)), mention.month, mention.day or 1))
                except ValueError:
                    continue
            latest = max(days) if days else None
    return latest


_TITLE_YEAR = re.compile(r"(?:19|20)\d{2}")
#: a review of one year ("2025年个人信息保护大事记", "2025 year in review", "年度盘点")
_YEAR_REVIEW = re.compile(
    r"大事记|年度(?:回顾|盘点|综述)|年终(?:回顾|盘点)|全年回顾|year\s+in\s+review|annual\s+review|"
    r"review\s+of\s+(?:the\s+)?year",
    re.I,
)


def _review_reference(title: str | None, published: dt.date) -> dt.date:
    """The reference date for the dates without a year: the publication date, except in a review
    of one year published late in it or after it ("2025年…大事记" of 20 December 2025), whose
    "1月1日" is that year's, not the coming one's: a reference two months before the year's end
    puts every month and day in the year the title names."""
    if not title or not _YEAR_REVIEW.search(title):
        return published
    years = set(_TITLE_YEAR.findall(title))
    if len(years) != 1:
        return published
    late = dt.date(int(years.pop()), 10, 30)  # + 62 days = 31 December
    return late if late < published <= late.replace(year=late.year + 1) else published


def summary(body: str) -> str:
    """The opening sentence of the body (two when the first is very short)."""
    spans = sentences(body)
    if not spans:
        return ""
    end = spans[0][1]
    if end < 80 and len(spans) > 1:
        end = spans[1][1]
    text = body[:end].strip()
    return text if len(text) <= SUMMARY_MAX else text[: SUMMARY_MAX - 1].rstrip() + "…"


#: "Effective: n/a", "Effective: to be announced": a status line that gives no date of effect
_NO_EFFECT = re.compile(
    r"[|;,]?\s*(?:effective|施行日期|生效日期|实施日期)\s*[:：]?\s*(?:n/?a|none|tba|tbd|"
    r"to\s+be\s+(?:announced|determined|confirmed)|not\s+applicable|待定|无|[-–—/])\s*$",
    re.I,
)


def _stage_hint(text: str) -> str | None:
    """A table's status cell ("Draft for comments", "已施行") as a stage."""
    low = normalise(_NO_EFFECT.sub("", text))
    if case_status(low):  # "Final decision": a case's status, no instrument's stage (H13)
        return None
    if re.search(r"draft|comment|consult|征求意见|草案", low):
        return "draft"
    if re.search(r"upcoming|forthcoming|not yet (?:in force|effective)|即将|待实施|尚未", low):
        return "adopted"  # "即将实施": issued, to take effect later
    if re.search(r"in force|took effect|已施行|已生效|现行", low):
        return "in_force"
    if re.search(r"issu|adopt|promulgat|publish|releas|final|发布|印发|公布|通过|出台", low):
        return "adopted"
    if re.search(r"effective|施行|生效|实施", low):
        return "in_force" if not dates.find_dates(text) else "adopted"
    if re.search(r"plan|formulat|revis|立法计划|起草|修订", low):
        return "plan"
    return None


_ISSUED = re.compile(r"issu|adopt|promulgat|publish|releas|final|发布|印发|公布|通过|出台", re.I)


def _reporting_headline(item: RawItem, body: str) -> str:
    """The headline, when it is the sentence that reports the development and the body only
    comments on it: "国家网信办、市场监管总局公布《个人信息出境认证办法》" over "解读：《办法》
    自…起施行" names the bodies and the instrument the reading below does not: a headline with an
    instrument in 《》 the body does not name. (A headline's authority when the body names none:
    ``extract_item``.)"""
    title = item.title
    if "《" not in title or not body or len(title) > 120 or title in body:
        return ""
    plain = _UNSPACED.sub("", body)  # (the body may add "（征求意见稿）" or drop a space)
    return title if any(_core(m) not in plain for m in _BOOK_TITLE.findall(title)) else ""


_BOOK_TITLE = re.compile(r"《([^《》]{2,80})》")
_UNSPACED = re.compile(r"\s+")
_BRACKETED = re.compile(r"[（(][^（）()]{1,20}[)）]")


def _core(name: str) -> str:
    """An instrument's name without spaces and bracketed parts ("（征求意见稿）", "（试行）")."""
    return _UNSPACED.sub("", _BRACKETED.sub("", name))


def _hinted_date(text: str, reference: dt.date | None) -> str | None:
    for mention in dates.find_dates(text):
        return dates.resolve(mention, reference)
    for mention in dates.find_months(text):
        return dates.resolve(mention, reference)
    return None


def extract_item(
    item: RawItem,
    doc: ParsedDocument,
    reference: dt.date | None,
    abbreviations: dict[str, str],
    aliases: dict[str, str],
) -> Development:
    body = " ".join(item.body)
    text = body or item.title
    hints = item.hints
    title_text = hints.get("title_text", "") or _reporting_headline(item, body)
    if title_text and title_text not in text:
        text = f"{title_text}.\n{text}"  # the period keeps the title a title of its own
    found, spans = instruments.extract(text, reference, aliases)
    if title_text:  # the title cell and the text name one instrument once (rowmentions)
        found = merge_repeated(found)
    standard_row = rowinstrument.HINT in hints  # a row of 标准名称 …: its name is an instrument
    if standard_row:
        found = rowinstrument.with_row_instrument(found, title_text, hints.get("effective"))
    if title_text and found and found[0].stage == "other" and not hints.get("stage"):
        # a table row names the instrument in its title cell and says what happened in the
        # summary cell ("国家数据局等17部门联合印发行动计划")
        stage = instruments.cue_stage(body)
        first = found[0]
        effective = first.effective_date or _effective_in(body, reference)
        if effective and stage in {None, "other", "plan"}:
            # "…，自2025年6月30日起施行": the instrument has a date of effect (and is no plan:
            # "the data they plan to transfer" under a fact "Effective date: …", heldout19)
            stage = "adopted"
        if stage and stage != "other":
            found = [InstrumentMention(first.name, stage, effective, first.start), *found[1:]]
    if hints.get("stage") or hints.get("effective"):
        found = _apply_hints(found, {**hints, "body": body}, reference)
    if item.listed:
        found = _with_listed(found, item, reference)
    if hints.get("title_instrument") and not any(
        m.stage in {"draft", "adopted", "in_force"} for m in found
    ):
        # a notice that names no instrument it issues is itself the instrument it issues (the
        # forwarded notice's mention in the text is that one instrument, H17-10)
        issued = hints["title_instrument"]
        found = [
            InstrumentMention(issued, "adopted", None, -1),
            *(m for m in found if m.name != issued),
        ]
    sources: list[str] = []
    for number in item.footnotes:
        sources.extend(u for u in doc.sources.get(number, []) if u not in sources)
    sources.extend(u for u in item.links if u not in sources)
    date = _hinted_date(hints["date"], reference) if hints.get("date") else None
    if date is not None and len(date) == 7:
        # a month heading ("January 2025") over "On 1 January, …": the paragraph gives the day
        own = dates.event_date(body, item.title, dt.date.fromisoformat(f"{date}-28"))
        if own is not None and own.startswith(date):
            date = own
    if date is None:
        date = dates.event_date(body, item.title, reference)
    if date is None:  # "fined a fintech app on Monday": that day of the document's week
        date = weekdays.weekday_date(body or item.title, reference) or weekdays.day_word_date(
            body or item.title, reference
        )
    if standard_row or hints.get("stage"):
        # a row whose status cell says its instrument is in force (现行有效) and whose date of
        # effect is after its publication date reports the entry into force (H9-3, H19-7)
        date = rowinstrument.entry_into_force_date(date, found, reference)
    if date is None and hints.get("signed"):
        date = _hinted_date(hints["signed"], reference)  # a 通报 dated only by its signature
    named = authorities.extract(text, spans, abbreviations)
    if not named and body and len(item.title) <= 120 and item.title not in text:
        # "上海市互联网信息办公室对某出行平台作出行政处罚" over "解读：该平台…": its actor
        named = authorities.extract(item.title, [], abbreviations)
    if hints.get("authority"):
        column = authorities.extract(hints["authority"], [], abbreviations) or [hints["authority"]]
        named = column + [a for a in named if a not in column]
    named = authorities.one_name_each(named)  # 上海市市场监管局 beside 上海市市场监督管理局
    kind = _hinted_kind(hints.get("kind", "")) or kinds.classify(
        f"{item.title} {hints.get('kind', '')}", body, item.section_kind
    )
    if kind == "other" and any(m.stage in {"draft", "adopted", "in_force", "plan"} for m in found):
        kind = "legislation"  # a development that drafts or issues an instrument is rule-making
    dev = Development(
        title=item.title,
        date=date,
        authorities=named,
        instruments=found,
        kind=kind,
        penalty_cny=penalties.penalty_cny(body or item.title),
        footnotes=list(item.footnotes),
        sources=sources,
        summary=summary(body),
        document=doc.name,
        section=item.section,
        warnings=list(item.warnings),
    )
    if dev.date is None:
        dev.warnings.append("no event date found")
    dev.instruments = in_force_on_publication(text, dev.instruments, dev.date)
    if title_text:  # 《…预案》 | 预案自印发之日起施行 (a row's two cells)
        dev.instruments = row_in_force(title_text, body, dev.instruments, dev.date)
    dev.instruments = in_force_same_day(text, dev.instruments, dev.date)
    dev.instruments = in_force_next_day(text, dev.instruments, reference)  # 自公布翌日起
    dev.instruments = in_force_immediately(text, dev.instruments, dev.date)  # 自即日起施行
    dev.instruments = notice_in_force(dev.instruments, hints, dev.date)  # "This Notice takes …"
    if "》" in text:  # 《A》和《B》同时施行: in force from the item's date
        dev.instruments = inforce.subjects_taking_effect(text, dev.instruments, dev.date)
    dev.kind = law_making(dev)  # "…完成修改，罚款上限大幅提高": rule-making (H13)
    return dev


_KIND_WORDS: tuple[tuple[Kind, re.Pattern[str]], ...] = (
    ("enforcement", re.compile(r"enforce|penalt|fine|sanction|执法|处罚|罚款|通报", re.I)),
    ("judicial", re.compile(r"court|judicial|judg|litigation|司法|法院|判决|案例", re.I)),
    (
        "legislation",
        re.compile(r"legislat|regulat|law|rule|policy|standard|立法|法规|规章|政策|标准", re.I),
    ),
    ("industry", re.compile(r"industry|market|行业|产业", re.I)),
    ("other", re.compile(r"^other$", re.I)),  # stated as none of these (a 名单 公告, H18-10)
)


def _hinted_kind(text: str) -> Kind | None:
    """A kind stated by the layout (a table's type column, a notice's form)."""
    if not text:
        return None
    for kind, pattern in _KIND_WORDS:
        if pattern.search(text):
            return kind
    return None


def _effective_in(text: str, reference: dt.date | None) -> str | None:
    """The first date the text gives as a date of effect ("…; effective 1 May 2025.")."""
    for mention in dates.find_dates(text):
        if dates.is_effective_context(text, mention):
            return dates.resolve(mention, reference)
    return None


def _after_effective(text: str) -> str:
    """The part of a status cell after "effective" ("Issued; effective 1 September 2025")."""
    m = re.search(r"effective|in force from|施行|生效|实施", text, re.I)
    return text[m.start() :] if m else ""


def _apply_hints(
    found: list[InstrumentMention], hints: dict[str, str], reference: dt.date | None
) -> list[InstrumentMention]:
    """A table's status and effective-date columns apply to the instrument its row is about."""
    if not found:
        return found
    stage = _stage_hint(hints.get("stage", "")) if hints.get("stage") else None
    effective_text = hints.get("effective") or _after_effective(hints.get("stage", ""))
    effective = _hinted_date(effective_text, reference) if effective_text else None
    first = found[0]
    if effective is None and first.effective_date is None:
        effective = _effective_in(hints.get("body", ""), reference)
    row_date = _hinted_date(hints["date"], reference) if hints.get("date") else None
    if (
        (stage or first.stage) == "adopted"
        and effective
        and effective == row_date
        and not _ISSUED.search(hints.get("stage", ""))
    ):
        stage = "in_force"  # "Effective 15 July 2025" in the row dated 15 July: it took effect
    first = InstrumentMention(
        first.name,
        stage or first.stage,  # type: ignore[arg-type]
        effective or first.effective_date,
        first.start,
    )
    return [first, *found[1:]]


def _with_listed(
    found: list[InstrumentMention], item: RawItem, reference: dt.date | None
) -> list[InstrumentMention]:
    """A notice's table of the instruments it issues: each row's instrument, at the stage the
    notice gives (发布: adopted) and its row's date of effect; one the text names too is the
    same instrument (compared without spaces, which a PDF may drop inside Chinese)."""
    cue = instruments.cue_stage(item.title)
    stage: Stage = cue if cue in {"draft", "adopted", "in_force"} else "adopted"
    out = list(found)
    for name, effective_text in item.listed:
        effective = _hinted_date(effective_text, reference) if effective_text else None
        key = normalise(name).replace(" ", "")
        at = next((i for i, m in enumerate(out) if normalise(m.name).replace(" ", "") == key), -1)
        if at < 0:
            out.append(InstrumentMention(name, stage, effective, -1))
            continue
        m = out[at]
        out[at] = InstrumentMention(
            m.name, stage if m.stage == "other" else m.stage, m.effective_date or effective, m.start
        )
    return out


#: skipped lines above the items that can name the document's issuer (its masthead)
_MASTHEAD = ("document title", "preamble", "publication line", "metadata line")
#: a web page's navigation and footer, where a government site names the body that runs it
_SITE = "outside the page's main content"


def _issuer(doc: ParsedDocument) -> str | None:
    """The body whose bulletin this is, from the masthead (title, issuer line): "我局" in its
    items means it."""
    first = min((i.line for i in doc.items), default=0)
    lines = [doc.title or ""] + [
        s.text
        for s in doc.skipped
        if (s.line <= first and s.reason.startswith(_MASTHEAD))
        or (s.reason.startswith(_SITE) and "主办" in s.text)  # the site's 主办单位 footer line
    ]
    return authorities.masthead_body(lines)


def _self_named(dev: Development, item: RawItem, issuer: str | None) -> Development:
    """The item with its issuer among its authorities when it speaks of "我局" (H6-2)."""
    own = authorities.self_reference(" ".join(item.body) or item.title, issuer)
    if own is not None and own not in dev.authorities:
        dev.authorities.insert(0, own)
    if own is not None:  # the issuer's short name beside its full one: one body
        dev.authorities = [a for a in dev.authorities if not authorities.short_form(a, own)]
    return dev


def developments(doc: ParsedDocument) -> list[Development]:
    """One record per item; an item whose extraction fails is kept whole with a warning."""
    folding = script.folding(doc)  # a traditional (繁體) document: read in simplified script
    original, doc = doc, (folding.doc if folding else doc)
    reference = reference_date(doc)
    all_text = "\n".join(i.body_text or i.title for i in doc.items)  # (a one-line item's too)
    abbreviations = authorities.document_abbreviations(all_text)
    aliases: dict[str, str] = {}
    out: list[Development] = []
    issuer = _issuer(doc)
    for item, written in zip(doc.items, original.items, strict=True):
        try:
            dev = _self_named(
                extract_item(item, doc, reference, abbreviations, aliases), item, issuer
            )
            # "2025-12-02 工信部印发…" and "昨日公布" (heldout12)
            dev = without_case_papers(dated_relative(without_iso_lead(dev), reference))
            out.append(bare_title(folding.restored(dev, written) if folding else dev))
        except Exception as exc:
            log.warning("%s line %d: extraction failed: %s", doc.name, item.line, exc)
            out.append(
                Development(
                    title=written.title,
                    date=None,
                    authorities=[],
                    instruments=[],
                    kind="other",
                    penalty_cny=None,
                    footnotes=list(item.footnotes),
                    sources=[u for n in item.footnotes for u in doc.sources.get(n, [])],
                    summary=written.body_text[:SUMMARY_MAX],
                    document=doc.name,
                    section=item.section,
                    warnings=[
                        *item.warnings,
                        f"extraction failed ({type(exc).__name__}); kept whole",
                    ],
                )
            )
    return drop_undated(out, original.skipped)  # (the document as read, not its folded copy)


def ingest(data: bytes | str, name: str = "<text>") -> tuple[ParsedDocument, list[Development]]:
    doc = parse_document(data, name)
    return doc, developments(doc)
