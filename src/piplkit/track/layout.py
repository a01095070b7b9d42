"""Layout features of a block: is it prose, a headline, the start of an item, boilerplate?

The splitter decides on these features, never on one publisher's formatting: length, sentence
punctuation, title case, heading level or bold, list markers, whether a paragraph opens with a
date ("On 14 November, …", "2022年11月14日，", "近日，"), whether it reports something done by a
public body (an action verb, an authority, an instrument title, a date), and whether it matches a
boilerplate phrase (disclaimer, subscription or contact blurb, navigation).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

import ahocorasick

from piplkit.track import dates
from piplkit.track.authorities import has_authority
from piplkit.track.bilingual import bilingual_byline
from piplkit.track.factrows import row_kind
from piplkit.track.model import Block
from piplkit.track.postlabel import unlabelled
from piplkit.track.textutil import leading, normalise, trie_regex, words
from piplkit.track.turns import is_turn
from piplkit.track.vocab import load

_TRAILING_REF = re.compile(r"([.!?。”\"’)\]])\s?(\d{1,3})\s*$")
_ENDS_SENTENCE = re.compile(r"[.!?;。！？；][”\"’)\]]*\s*$")
_OPENER = re.compile(
    r"^(?:On|In|According\s+to|Since|Recently|Earlier|Later|As\s+of|From|At|After|Before|During|"
    r"Last|This|Today|Yesterday)\b|^(?:19|20)\d{2}\s*年|^[01]?\d\s*月"
)
#: a heading's number: "II.", "3)", "四、", "（二）", and a memo's outline number before a space
#: ("1 Purpose", "2.1 Legislation", "3.2 Apps": heldout10, fix16s)
_NUMBERING = re.compile(
    r"^\s*\d{1,2}(?:\.\d{1,2}){0,3}\s+(?=[^\W\d_])|"
    r"^\s*(?:[IVX]+|\d+|[一二三四五六七八九十]+|[壹贰貳叁參参肆伍陆陸柒捌玖拾]+)[.、)]\s*|"
    r"^[(（][一二三四五六七八九十\d]+[)）]"
)
_DATE_LABEL = leading(
    r"\b(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}\b|\bdate\b|(?:19|20)\d{2}\s*年(?:\s*\d{1,2}\s*月)?|"
    r"\b(?:19|20)\d{2}\b",
    "12d",
    re.I,
)
_LATIN_WORD = re.compile(r"[A-Za-z][\w'’\-]*")
_CJK = re.compile(r"[\u4e00-\u9fff]")
#: runs of white space to fold into one space (single spaces, already folded, are not matched)
_SPACE_RUN = re.compile(r"\s{2,}|[^\S ]")
_SMALL = frozenset(
    [
        "a",
        "an",
        "the",
        "of",
        "on",
        "for",
        "and",
        "or",
        "in",
        "to",
        "by",
        "at",
        "with",
        "from",
        "as",
        "via",
        "into",
        "over",
        "re",
        "vs",
        "its",
        "their",
    ]
)
#: an opener before the date of a dated paragraph: "On", "In late", "As of" (or nothing)
_EN_OPEN = re.compile(
    r"^(?:(?:On|In|As\s+of|Since|From|By|Around|Starting|Beginning)\s+(?:the\s+)?"
    r"(?:(?:early|mid|late|end\s+of|beginning\s+of)[\s-]+)?)?"
)
_RELATIVE_OPEN = re.compile(
    r"^(?:Recently|Earlier\s+this\s+(?:week|month|year)|Last\s+(?:week|month)|This\s+(?:week|month)|"
    r"Later\s+(?:that|this)\s+(?:week|month)|On\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|"
    r"Saturday|Sunday))\b|^According\s+to\s+(?:the\s+)?(?:news|(?:media\s+)?reports?|a\s+(?:notice|"
    r"statement|press\s+release|report|announcement))\b|"
    r"^(?:近日|日前|近期|本月|上月|当月|今年|去年|今天|今日|昨天|昨日|(?:本|上)?(?:周|週|星期|禮拜|礼拜)[一二三四五六日天]|\d{1,2}\s*月(?:初|中旬|下旬|上旬|底|末)|[据據].{1,20}(?:消息|报道|報道|通报|通報|官网|官網))"
)
#: "11月5日，", and a month alone before the comma ("3月，", "2025年6月份，"): a report's
#: paragraph of the month's achievement (a work report's month-opened paragraphs, heldout9)
_ZH_DATED = re.compile(
    r"^(?:(?:19|20)\d{2}\s*年\s*)?[01]?\d\s*月(?:\s*[0-3]?\d\s*[日号]|份?\s*[，,])"
)
_ACTION = leading(
    r"\b(?:issu|releas|publish|adopt|promulgat|approv|fin(?:e|es|ed|ing)\b|penali[sz]|sanction|"
    r"punish|solicit|announc|launch|ann?ounc|held|hold|rul(?:ed|ing)|sentenc|order|summon|"
    r"revis|amend|enact|pass(?:ed)?\b|took\s+effect|take\s+effect|came\s+into|enter|investigat|"
    r"notif|name[ds]?\b|list(?:ed)?\b|remov|suspend|warn|inspect|reprimand|circulat|draft|"
    r"consult|implement|introduc|unveil|sign|decid|judg|convict|dismiss|award|rectif)",
    "acdefhijlnoprstuw",
    re.I,
)
#: ``_ACTION`` without ``re.I`` (its letters are all lower-case), for lower-cased ASCII text:
#: there ``re.I`` matches a letter by its two cases alone, and this scan is about twice as fast
_ACTION_LOWER = re.compile(_ACTION.pattern)
_ZH_ACTION = re.compile(
    r"发布|印发|公布|通过|审议|处罚|罚款|通报|征求意见|出台|施行|实施|判决|约谈|下架|查处|审结|宣判|"
    r"批准|颁布|修订|修正|制定|公开|召开|启动|开展|责令|警告|立案|裁定|起诉|披露|签署|批复|部署"
)
_ARTICLE = re.compile(
    r"^(?:第[一二三四五六七八九十百零〇]+[条章节]|Article\s+\d+|Chapter\s+[IVX\d]+)\b"
)
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+")
_PHONE = re.compile(r"(?:Tel|Phone|电话|手机|Fax|传真)\s*[:：]", re.I)
_BARE_DATE = re.compile(
    r"^\W*(?:(?:\d{1,2}\s+)?[A-Z][a-z]{2,8}\.?\s+(?:\d{1,2},?\s+)?\d{4}|(?:19|20)\d{2}[-/.年]\s*\d{1,2}"
    r"[-/.月]\s*\d{1,2}日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?|\d+\s+(?:minutes?|mins?)\s+read)\W*$"
)


def section_key(text: str) -> str:
    """A heading reduced for lookup: no numbering, dates, "date" labels or punctuation."""
    text = _NUMBERING.sub("", text)
    text = _DATE_LABEL.sub(" ", text)
    return normalise(text)


def cap_ratio(text: str) -> float:
    tokens = [t for t in _LATIN_WORD.findall(text) if t.lower() not in _SMALL]
    if not tokens:
        return 0.0
    return sum(1 for t in tokens if t[0].isupper()) / len(tokens)


def is_body(block: Block) -> bool:
    """A paragraph of prose (not a headline, section heading or label)."""
    return block.heading is None and is_prose(block.text)


@lru_cache(maxsize=4096)
def is_prose(text: str) -> bool:
    """Prose by its text alone (the splitter asks about each block several times)."""
    if is_turn(text):  # a transcript's turn, however short (turns)
        return True
    n = words(text)
    if n >= 45:
        return True
    if _CJK.search(text):
        stripped = _TRAILING_REF.sub(r"\1", text).rstrip()
        if stripped.endswith(("。", "；", "！", "：", "…")) or "。" in stripped[:-1]:
            return True
        if "，" in stripped and len(stripped) >= 40:
            return True
        return n >= 30 and bool(_ZH_ACTION.search(text))
    ends = bool(_ENDS_SENTENCE.search(_TRAILING_REF.sub(r"\1", text)))
    if not ends or n < 5:
        return False
    # a sentence full of names (instrument titles, bodies) is still prose when it is long or
    # opens with its date ("12 November 2024 – The Ministry of … published the Measures …")
    return cap_ratio(text) < 0.6 or bool(_OPENER.match(text)) or n >= 30 or is_dated_start(text)


@lru_cache(maxsize=2048)
def is_dated_start(text: str) -> bool:
    """The paragraph opens with the date of what it reports ("On 14 November, the CAC …").

    Cached: the boilerplate test, the prose test and the splitter's cues ask about the same
    paragraph."""
    text = unlabelled(text)  # "補發：上週五（11月28日），…": after a re-post's label (H12-5)
    if _RELATIVE_OPEN.match(text) or _ZH_DATED.match(text):
        return True
    head = text[:60]
    pos = _EN_OPEN.match(head).end()  # type: ignore[union-attr]
    found = dates.find_dates(head)
    if found and found[0].start == pos:
        return True
    if pos:
        months = dates.find_months(head)
        if months and months[0].start == pos:
            return True
    if head.startswith("According to"):
        return any(d.start < 50 for d in found)
    return False


def is_date_lead(text: str) -> bool:
    """Only the date a paragraph opens with ("On November 14", "14 November 2025", "11月14日"):
    set in bold it is emphasis at the start of the sentence, not a run-in headline."""
    core = text.strip().rstrip(" ,，:：;；-–—")
    if not core or len(core) > 40:
        return False
    pos = _EN_OPEN.match(core).end()  # type: ignore[union-attr]
    found = dates.find_dates(core) or dates.find_months(core)
    return bool(found) and found[0].start == pos and found[-1].end >= len(core.rstrip(".")) - 1


_WEEKDAY = (
    r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\.?|"
    r"周[一二三四五六日天]|星期[一二三四五六日天])"
)
_DATE_CHAR = re.compile(r"[\d〇一二三四五六七八九十]")  # every date writing holds one
_WEEKDAY_AROUND = re.compile(rf"^{_WEEKDAY}[,，\s]*|[\s,，]*[(（]?{_WEEKDAY}[)）]?$")


def is_date_heading(block: Block) -> bool:
    """A heading that is only a date, with or without its weekday ("### Monday, 10 November",
    "11月10日（周一）"): it dates the paragraphs under it and is not their headline."""
    if block.heading is None or len(block.text) > 40 or not _DATE_CHAR.search(block.text):
        return False
    core = _WEEKDAY_AROUND.sub("", block.text.strip())
    return bool(core) and (is_date_lead(core) or is_bare_date(core))


_FIRST_SENTENCE = re.compile(r"^(.+?(?:[.!?](?=\s+[A-Z“\"(])|[。！？]))")


@lru_cache(maxsize=2048)
def first_sentence(text: str) -> str:
    """The opening sentence (at most 400 characters); the splitter and the repeat filter ask
    for the same paragraph's."""
    m = _FIRST_SENTENCE.match(text)
    sentence = m.group(1) if m else text
    if len(sentence) > 400:
        cut = sentence[:400]
        sentence = cut[: cut.rfind(" ")] if " " in cut[300:] else cut
    return sentence.strip()


#: a labelled line of item metadata ("Date: 3 May 2024", "发布机关：国家网信办")
_LABEL = re.compile(
    # (a bilingual label names itself twice: "発行日 / Issued: 2025/12/04": heldout11, fix16t)
    r"^(?:[^\x00-\x7f]{1,10}\s*[/／]\s*)?"
    r"(?P<label>date|dated|published|publication date|issued on|issued|authority|authorities|"
    r"issuer|issued by|regulator|status|stage|effective date|effective|日期|发布日期|发布时间|"
    r"成文日期|"
    r"发文机关|发布机关|发布单位|状态|施行日期|生效日期|实施日期|"
    r"to|from|sent|re|subject|cc|bcc|attn|收件人|发件人|发送时间|主题|抄送|主送)"
    r"\s*[:：]\s*(?P<value>\S.*)$",
    re.I,
)
_LABEL_HINT = {
    "date": "date", "dated": "date", "published": "date", "publication date": "date",
    "issued on": "date", "issued": "date", "日期": "date", "发布日期": "date", "发布时间": "date",
    "成文日期": "date",
    "authority": "authority", "authorities": "authority", "issuer": "authority",
    "issued by": "authority", "regulator": "authority", "发文机关": "authority",
    "发布机关": "authority", "发布单位": "authority", "status": "stage", "stage": "stage",
    "状态": "stage", "effective date": "effective", "effective": "effective",
    "施行日期": "effective", "生效日期": "effective", "实施日期": "effective",
    # a memo's or letter's header (To / From / Re): who it is for and what about, no development
    "to": "header", "from": "header", "re": "header", "subject": "header", "cc": "header",
    "attn": "header", "收件人": "header", "发件人": "header", "主题": "header", "抄送": "header",
    "主送": "header", "sent": "header", "bcc": "header", "发送时间": "header",
}  # fmt: skip


#: a court case number on a line of its own under the case's title ("（2025）京0491民初1234号",
#: "(2024) Hu 0104 Min Chu No. 5678"): the case's reference, not a headline
_CASE_NUMBER = re.compile(
    r"^(?:(?:案号|(?:行政处罚)?决定书?文号|文号)\s*[:：]\s*|Case\s+No\.?\s*[:：]?\s*)?(?:[（(]\s*(?:19|20)\d{2}"
    r"\s*[)）]\s*(?:[\u4e00-\u9fff]{1,4}\s*\d{0,6}\s*[\u4e00-\u9fff]{1,6}\s*\d{1,6}\s*号"
    r"|[A-Z][a-z]{1,10}(?:\s+\d{1,6})?(?:\s+[A-Z][a-z]{1,10}){1,3}\s+(?:No\.\s*)?\d{1,6})"
    # a penalty decision's number under an enforcement case ("沪网信罚〔2025〕3号")
    r"|[\u4e00-\u9fff]{1,10}\s*[〔\[]\s*(?:19|20)\d{2}\s*[〕\]]\s*\d{1,6}\s*号)\W*$"
)


#: what a case number or its label opens with, else a decision number has its "〔" near the
#: start (cheap tests before ``_CASE_NUMBER``, which most lines would fail only after trying)
_CASE_FIRST = frozenset("（(案文决行C")


def label_line(block: Block) -> tuple[str, str] | None:
    """(hint key, value) of a short labelled metadata line, else None; ``case`` for a court
    case number on its own line (or among the fields of a case's row; ``row`` for another row of
    fields, ``tags`` for a keyword line: ``factrows``)."""
    if block.cells is not None:
        return None
    short = words(block.text) <= 25
    m = _LABEL.match(block.text) if short else None
    if m:
        return _LABEL_HINT[m.group("label").lower()], m.group("value")
    if (kind := row_kind(block.text)) is not None:
        return kind, block.text
    if not short:
        return None
    first = block.text[:1]
    if (first in _CASE_FIRST or "〔" in block.text[:14]) and _CASE_NUMBER.match(block.text):
        return "case", block.text
    return None


def has_action(text: str) -> bool:
    if text.isascii():  # (no Chinese verb either)
        return _ACTION_LOWER.search(text.lower()) is not None
    return bool(_ACTION.search(text) or _ZH_ACTION.search(text))


def is_legal_article(text: str) -> bool:
    """A numbered article or chapter of a legal text ("第一条 …", "Article 3 …")."""
    return bool(_ARTICLE.match(text))


def is_bare_date(text: str) -> bool:
    """A line that is only a date or a reading time ("Feb 21 2025", "2022-07-07 15:30")."""
    return len(text) < 40 and bool(_BARE_DATE.match(text))


@dataclass(frozen=True)
class Sections:
    kind_of: dict[str, str | None]
    skip: dict[str, str]  # heading key -> reason group
    sources: frozenset[str]
    boilerplate: tuple[tuple[str, str], ...]  # (phrase, reason group)
    boilerplate_groups: tuple[str, ...]  # in order of precedence
    commentary: frozenset[str]  # headings of the publisher's comment on an item


@cache
def sections() -> Sections:
    data = load("sections")
    kind_of: dict[str, str | None] = {}
    for kind, names in data["kind"].items():
        for name in names:
            kind_of[normalise(name)] = None if kind == "neutral" else kind
    skip = {normalise(n): group for group, names in data["skip"].items() for n in names}
    return Sections(
        kind_of=kind_of,
        skip=skip,
        sources=frozenset(normalise(n) for n in data["sources"]),
        boilerplate=tuple(
            (phrase.lower(), group)
            for group, phrases in data["boilerplate"].items()
            for phrase in phrases
        ),
        boilerplate_groups=tuple(data["boilerplate"]),
        commentary=frozenset(normalise(n) for n in data["commentary"]),
    )


SKIP_REASONS = {
    "summary": "summary or highlights section (repeats the items)",
    "contents": "table of contents",
    "articles": "list of the publisher's own or related articles",
    "authors": "author byline",
    "about": "about the publication (legend, method, corrections to earlier issues)",
    "own": "the publisher's own news (its members' events, trainings and visits)",
    "internal": "the team's own matters, tasks or next meeting (no development reported)",
    "contacts": "subscription or contact blurb",
    "footer": "disclaimer or footer",
    "navigation": "page navigation",
    "commentary": "the publisher's commentary (no development reported)",
    "background": "background law listed for reference (not developments)",
    "promotion": "advertisement or the publisher's event",
    "quote": "pull quote (repeats or comments on the text around it)",
    "own_part": "the publisher's own part (prose only, beside the parts that hold the headlines)",
}


@cache
def _boilerplate_pattern() -> re.Pattern[str]:
    """One pattern for every boilerplate phrase, a named group per reason (scanned in C)."""
    groups: dict[str, list[str]] = {}
    for phrase, group in sections().boilerplate:
        groups.setdefault(group, []).append(phrase)
    first = "".join(sorted({re.escape(p[0]) for p, _ in sections().boilerplate}))
    alternatives = "|".join(f"(?P<{g}>{trie_regex(p)})" for g, p in groups.items())
    return re.compile(f"(?=[{first}])(?:{alternatives})")  # the lookahead is scanned in C


@cache
def _boilerplate_automaton() -> ahocorasick.Automaton:
    automaton = ahocorasick.Automaton()
    for phrase, _ in sections().boilerplate:
        automaton.add_word(_fold(phrase), 0)
    automaton.make_automaton()
    return automaton


def _fold(text: str) -> str:
    if text.isascii() and text.isprintable() and "  " not in text:
        return text  # no space run, no other white space and no curly quote to fold
    return _SPACE_RUN.sub(" ", text).replace("’", "'")


def _any_boilerplate_phrase(low: str) -> bool:
    """Whether the lower-cased text can hold a boilerplate phrase: one Aho-Corasick pass over
    the text with runs of spaces folded and apostrophes made straight (what the phrase pattern
    allows). The pattern itself, a named group per reason, costs tens of microseconds a
    paragraph and finds nothing in most; it runs only where this finds a phrase."""
    return next(_boilerplate_automaton().iter(_fold(low)), None) is not None


#: "By the Data Protection Practice of …", "Prepared by …", "文/张三": who wrote the issue
_BYLINE = re.compile(
    r"^(?:(?:Written|Prepared|Authored|Compiled|Edited)\s+by|By)\s+(?:the\s+)?[A-Z][^.!?]*$|^文\s*[/／]",
)

#: a team or firm credited under the title ("Data & Privacy Team, Example Law Offices",
#: "示例律师事务所数据合规团队"): who wrote the document, not what happened
_TEAM = re.compile(  # (no leading "\b": the first letters let the engine skip ahead in C)
    r"(?:Team|Practice(?:\s+Group)?|LLP|Law\s+(?:Offices?|Firm)|Attorneys|Lawyers)\b"
    r"|团队|律师事务所|编辑部"
)
_SENTENCE_PUNCT = (".", "。", "!", "?", "！", "？", ";", "；", ":", "：")

#: "Posted on 26 September 2025 by …", "Published 28 November 2025 by the … team": a dated byline
#: (a date before "by"; after it, people or a team, not what a public body did)
_POSTED_BY = re.compile(
    r"^(?:Posted|Published|Written|Updated|Filed)(?:\s+on)?\s+[^.!?]{0,30}?\d[^.!?]{0,20}?\bby\s+"
    r"(?=(?:the\s+)?[A-Z])"
)

#: "By Anna Lee and Zhang Wei, Data Protection Group — posted 5 November 2025": a byline whose
#: date says when the piece went up (a date after "posted", not an event's date)
_BY_POSTED = re.compile(
    r"^By\s+(?:the\s+)?[A-Z][^.!?]*?(?:[—–|·,;]|\s-)\s*(?:posted|published|updated|filed)"
    r"(?:\s+on)?\s+[^.!?]{0,30}?\d[^.!?]{0,20}$",
    re.I,
)

#: "原创 数据合规观察编辑部", "原创：张三": a WeChat post's originality mark and its author
_NAME = r"[^\s，。,.!?！？]{2,20}"
_ORIGINAL_BY = re.compile(rf"^原创(?:\s+|\s*[:：|｜]\s*){_NAME}(?:\s+{_NAME}){{0,2}}$")

#: breadcrumbs ("Home › Standards › Interpretation"): short names joined by › » or >
_CRUMB = r"[^›»>.!?。]{1,40}"
_BREADCRUMB = re.compile(rf"^{_CRUMB}(?:(?:\s*[›»]\s*|\s+>\s+){_CRUMB})+$")
#: previous/next links of a page ("Previous: … · Next: …", "下一篇：…")
_PREV_NEXT = re.compile(
    r"(?:^|[·|]\s*)(?:Previous|Prev|Next)(?:\s+(?:article|post|story|page))?\s*[:：]|下一篇\s*[:：]",
    re.I,
)


def section_label(text: str) -> bool:
    """A line that only names a section ("ENFORCEMENT", "执法动态", "Courts", a kicker in
    capitals), as a column of a two-column PDF sets it right above its first headline in the
    headline's type: a paragraph of its own, never the start of the headline."""
    text = text.strip()
    if not text or len(text) > 40:
        return False
    if text.isupper() and len(text.split()) <= 4 and not any(c.isdigit() for c in text):
        return True  # a kicker in capitals ("MAINLAND CHINA", "AROUND THE REGION")
    key = section_key(text)
    sec = sections()
    return key in sec.kind_of or key in sec.skip


def _team_line(text: str) -> bool:
    """A line that names the team or firm and says nothing else: no action, public body,
    instrument, date or sentence."""
    return not (
        text.rstrip().endswith(_SENTENCE_PUNCT)
        or "《" in text
        or has_action(text)
        or has_authority(text)
        or dates.find_dates(text)
    )


def boilerplate(text: str) -> str | None:
    """The reason group when a paragraph is boilerplate (disclaimer, contact blurb, navigation)."""
    n = words(text)
    if n > 60 or (n > 25 and is_dated_start(text)):
        return None  # a report of a dated event is not boilerplate, however it is worded
    low = text.lower()
    found: set[str | None] = set()
    if _any_boilerplate_phrase(low):
        found = {m.lastgroup for m in _boilerplate_pattern().finditer(low)}
    for group in sections().boilerplate_groups:
        if group in found and not (group == "navigation" and n > 8):
            return group
    if n <= 15 and _BYLINE.match(text) and not dates.find_dates(text):
        return "authors"
    if n <= 25 and " / " in text and bilingual_byline(text):
        return "authors"
    if n <= 25 and text[:3].lower() == "by " and _BY_POSTED.match(text) and not has_action(text):
        return "authors"
    if text[:2] == "原创" and len(text) <= 50 and _ORIGINAL_BY.match(text):
        return "authors"
    posted = _POSTED_BY.match(text) if n <= 25 else None
    if posted and not has_action(text[posted.end() :]) and not has_authority(text):
        return "authors"
    if n <= 15 and _TEAM.search(text) and _team_line(text):
        return "authors"
    if n <= 12 and ("›" in text or "»" in text or " > " in text) and _BREADCRUMB.match(text):
        return "navigation"
    if n <= 40 and ("next" in low or "prev" in low or "下一篇" in text) and _PREV_NEXT.search(text):
        return "navigation"
    if n <= 25 and (
        ("@" in text and _EMAIL.search(text))
        or ((":" in text or "：" in text) and _PHONE.search(text))
    ):
        return "contacts"
    return None
