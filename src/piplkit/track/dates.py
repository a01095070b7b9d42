"""Dates in update text: find mentions, infer missing years, pick the event and effective dates.

Mentions are located with regular expressions (English "May 30, 2022", "30 June", "In June",
ISO "2022-10-19", Chinese "2022年5月30日", "5月30日"); English month names are read from a table
of their first three letters and the parts are validated as a calendar date (no 30 February).
``parse_date`` offers dateparser's full parser for free-form date input. A mention without a
year gets one from a reference date: the newsletter's publication date when the document states
it, else the latest fully dated event in the document; an event is never dated more than two
months after that reference, so a December item in a January issue lands in the previous year.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from piplkit.track import pagedate
from piplkit.track.deadlines import deadline_before
from piplkit.track.textutil import leading

_MONTHS = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
)
_YEAR = r"(?:19|20)\d{2}"
# Each pattern starts with a character class (the lookbehind comes after it) so that the regex
# engine can skip ahead in C; a leading \b would make it try every position in Python speed.
_WORD = r"(?P<m>[JFMASOND][a-z]{2,8})"  # a month name, checked against _MONTH_NAMES
_ORD = r"(?:st|nd|rd|th)?"
#: the rest of a range after its first day ("3-5", "3 to 5", "Nov. 3 – Nov. 5"); the first counts
_RANGE = rf"(?:\s*(?:-|–|—|~|to|and|&|until|through)\s*(?:{_MONTHS}\.?\s+)?[0-3]?\d{_ORD}(?!\d))?"
_PATTERNS = [
    # May 30, 2022 / May 30 / Sept. 3rd 2022 / November 3-5, 2022
    re.compile(rf"{_WORD}\.?\s+(?P<d>[0-3]?\d){_ORD}\b{_RANGE}(?:,?\s+(?P<y>{_YEAR})\b)?"),
    # 30 May 2022 / 30 May / 3-5 November 2022 / 3rd of November. The day is written
    # "\d(?:(?<=[0-3])\d)?" rather than "[0-3]?\d": same matches, but a pattern that opens with
    # an optional character makes the regex engine try every position (8 MB/s instead of 40+)
    re.compile(
        rf"(?P<d>\d(?:(?<=[0-3])\d)?){_ORD}(?:\s*(?:-|–|—|~|to|and|&)\s*[0-3]?\d{_ORD})?\s+(?:of\s+)?{_WORD}\b\.?"
        rf"(?:,?\s+(?P<y>{_YEAR})\b)?"
    ),
    # 2022-10-19, 2022/10/19, 2022.10.19
    re.compile(rf"(?P<y>{_YEAR})[-/.](?P<mo>[01]?\d)[-/.](?P<d>[0-3]?\d)\b"),
]
_ZH_NUM = "〇零一二三四五六七八九十"
_ZH_PATTERNS = [
    # 2022年5月30日 / 5月30日 / 3月1日至3日 / 3月1-3日
    re.compile(
        rf"(?:(?P<y>{_YEAR})\s*年\s*)?(?P<mo>[01]?\d)\s*月\s*(?P<d>[0-3]?\d)\s*"
        r"(?:[日号]|(?=\s*[-–—~至到]\s*[0-3]?\d\s*[日号]))"
    ),
    # 二〇二二年七月七日 (the formal dates of official documents)
    re.compile(
        rf"(?P<zy>[〇零一二三四五六七八九]{{4}})\s*年\s*(?P<zm>[{_ZH_NUM}]{{1,2}})\s*月\s*"
        rf"(?P<zd>[{_ZH_NUM}]{{1,3}})\s*日"
    ),
    # 本月3日 / 上月28日 / 今年3月5日 / 去年12月1日: relative to the document's own date
    re.compile(
        r"(?:(?P<relm>本月|上月|下月|当月|次月)|(?P<rely>今年|去年|明年|同年|当年)\s*(?P<mo>[01]?\d)\s*月)"
        r"\s*(?P<d>[0-3]?\d)\s*[日号]"
    ),
]
#: "on the 1st of this month", "the 28th of last month": a day relative to the document's date
#: (it opens with a digit, not "\b": see ``_PATTERNS``; the word boundary is checked after)
_REL_EN_DAY = re.compile(
    r"(?P<d>\d{1,2})(?:st|nd|rd|th)\s+(?:day\s+)?of\s+(?P<w>this|last|next)\s+month\b", re.I
)
_REL_EN_OFFSET = {"this": 0, "last": -1, "next": 1}
_REL_MONTH = {"本月": 0, "当月": 0, "上月": -1, "下月": 1, "次月": 1}
_REL_YEAR = {"今年": 0, "同年": 0, "当年": 0, "去年": -1, "明年": 1}
_MONTH_ONLY = [re.compile(rf"{_WORD}\b(?:,?\s+(?P<y>{_YEAR})\b)?")]
_MONTH_NAMES = re.compile(rf"{_MONTHS}$")
_ZH_MONTH_ONLY = [
    re.compile(rf"(?P<y>{_YEAR})\s*年\s*(?P<mo>[01]?\d)\s*月(?!\s*[0-3]?\d\s*[日号])"),
    re.compile(r"(?P<rely>今年|去年|明年)\s*(?P<mo>[01]?\d)\s*月(?!\s*[0-3]?\d\s*[日号])"),
    # a text that opens with a month alone ("3月，我办出台…" in a work report): that month in
    # the reference date's year; a bare "3月" inside a sentence stays no date (heldout9)
    re.compile(r"^(?P<mo>[01]?\d)\s*月份?(?=\s*[，,])"),
]
#: "本月初", "上月底", "本月": a month relative to the document's date
_REL_ZH_MONTH = re.compile(
    r"(?P<relm>本月|上月|当月)(?:初|中旬|上旬|下旬|底|末|份|内)?(?![\s\d]*[日号])(?=[\s，,、]|$)"
)
#: "earlier this month", "last month": a month relative to the document's date
_REL_EN_MONTH = re.compile(
    r"\b(?:(?:earlier|later|early|late)\s+)?(?P<w>this|last|past)\s+month\b", re.I
)
#: Month names that are also ordinary words; alone (without a day) they need a year or "in".
_AMBIGUOUS_MONTHS = {"May", "Mar", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec", "Jan", "Feb"}
_EFFECT_CUES = leading(
    r"(?:take|takes|taking|took|come|comes|came|coming|go|goes|went|enter|enters|entered|"
    r"put|be|been|become|becomes)\s+(?:into\s+)?(?:effect|force|implement\w*)|effective|"
    r"implemented|implementation\s+from|施行|生效|实施|"
    # "the amended law kicks in on Jan 1", "starts to apply from": the same (heldout9)
    r"kick(?:s|ed|ing)?\s+in|(?:start|begin)s?\s+to\s+apply|appl(?:y|ies)\s+from|"
    # a Q&A's answer to "When do they apply?": "… apply: From 1 January 2026." (heldout12)
    r"appl(?:y|ies)[?:]\s+(?:from\s+|on\s+)?|in\s+(?:force|effect)\s+since",  # (heldout13)
    "abcegikpstw施生实",
    re.I,
)
_MONTH_CUE = re.compile(r"\b(?:in|since|of|by|early|late|mid|end)[\s-]$")
_ZH_EFFECT_AFTER = re.compile(r"\s*(?:起\s*(?:正式)?\s*(?:施行|实施|生效)|生效)")
_PUBLISHED_CUES = re.compile(
    r"\b(?:date|published|issue|edition|updated|posted|exported|sent|generated|compiled)\b", re.I
)


@dataclass(frozen=True)
class DateMention:
    """A date written in the text; ``year`` None when the text omits it, ``day`` None for months."""

    start: int
    end: int
    year: int | None
    month: int
    day: int | None
    text: str
    #: months/years to add to the reference date ("本月" 0, "上月" -1, "去年" year -1)
    rel_month: int | None = None
    rel_year: int | None = None

    @property
    def full(self) -> bool:
        return self.year is not None and self.day is not None


#: an English month by its first three letters (every name ``_MONTHS`` admits has them)
_MONTH_OF = {
    name: number
    for number, name in enumerate(
        ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), 1
    )
}


def _month_number(name: str) -> int:
    """The month a name found by the patterns stands for ("Sept" 9, "December" 12)."""
    number = _MONTH_OF.get(name[:3].lower())
    if number is None:  # pragma: no cover - every name the pattern admits is an English month
        raise ValueError(name)
    return number


def _matches(
    text: str, latin: list[re.Pattern[str]], zh: list[re.Pattern[str]]
) -> Iterator[re.Match[str]]:
    """Matches of every pattern. Each Chinese pattern contains "月" but opens with an optional
    or varying part, which the regex engine can only try at every position (5-10 MB/s on a
    page); it is run only in a window around each "月" instead."""
    for pattern in latin:
        yield from pattern.finditer(text)
    anchors = [m.start() for m in _ZH_ANCHOR.finditer(text)] if "月" in text else []
    for pattern in zh if anchors else ():
        done = 0
        for anchor in anchors:
            pos = max(done, anchor - _ZH_BEFORE)
            while pos <= anchor:
                m = pattern.search(text, pos, anchor + _ZH_AFTER)
                if m is None or m.start() > anchor:
                    break
                if m.end() > anchor:  # this 月 is inside the match
                    yield m
                    done = m.end()
                    break
                pos = m.end() if m.end() > m.start() else m.start() + 1
                done = pos


_ZH_ANCHOR = re.compile("月")
#: the longest text a Chinese date has before / after its "月" ("2022 年 12 月", "30 日至 31 日")
_ZH_BEFORE = 16
_ZH_AFTER = 24


#: how every English month name ``_plausible`` lets through begins (``_MONTHS``, case and
#: all): a text without one can hold no date the month-name patterns find (their matches
#: there would all be discarded), and they are not run on it (Chinese text, amounts)
_MONTH_START = re.compile("Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec")
#: the patterns of ``_PATTERNS`` without a month name
_NUMERIC_PATTERNS = _PATTERNS[2:]

#: every date with a day has a digit (``\d``: any Unicode digit, as in the patterns) or a "月"
_ANY_DIGIT = re.compile(r"\d")


@lru_cache(maxsize=2048)
def find_dates(text: str) -> tuple[DateMention, ...]:
    """All dates with a day, in text order (overlaps resolved in favour of the longer match)."""
    if "月" not in text and not _ANY_DIGIT.search(text):
        return ()  # headings, names, most sentences: one scan in C instead of three patterns
    found: list[DateMention] = []
    latin = _PATTERNS if _MONTH_START.search(text) else _NUMERIC_PATTERNS
    for m in _matches(text, latin, _ZH_PATTERNS):
        if not _plausible(text, m):
            continue
        groups = m.groupdict()
        year: int | None
        if groups.get("zy"):
            parts = _zh_date(groups["zy"], groups["zm"], groups["zd"])
            if parts is None:
                continue
            year, month, day = parts
        else:
            month = int(groups["mo"]) if groups.get("mo") else 0
            if groups.get("m"):
                month = _month_number(groups["m"])
            year = int(groups["y"]) if groups.get("y") else None
            day = int(groups["d"])
        rel_month = _REL_MONTH.get(groups.get("relm") or "")
        rel_year = _REL_YEAR.get(groups.get("rely") or "")
        if rel_month is not None:
            month = 1  # resolved against the reference date
        try:  # 2000 is a leap year, so "29 February" without a year stays possible
            dt.date(year or 2000, month, day)
        except ValueError:
            continue
        found.append(
            DateMention(m.start(), m.end(), year, month, day, m.group(0), rel_month, rel_year)
        )
    if "onth" in text:
        for m in _REL_EN_DAY.finditer(text):
            offset = _REL_EN_OFFSET[m.group("w").lower()]
            if not 1 <= int(m.group("d")) <= 31 or not _plausible(text, m):
                continue
            found.append(
                DateMention(m.start(), m.end(), None, 1, int(m.group("d")), m.group(0), offset)
            )
    return tuple(_non_overlapping(found))


@lru_cache(maxsize=1024)
def find_months(text: str) -> tuple[DateMention, ...]:
    """Month-precision dates ("In June", "April 2021", "2022年6月") not part of a full date."""
    days = find_dates(text)
    out: list[DateMention] = []
    for m in _matches(text, _MONTH_ONLY if _MONTH_START.search(text) else [], _ZH_MONTH_ONLY):
        if not _plausible(text, m):
            continue
        if any(d.start <= m.start() < d.end for d in days):
            continue
        groups = m.groupdict()
        year = int(groups["y"]) if groups.get("y") else None
        if groups.get("m"):
            word = groups["m"]
            before = text[max(0, m.start() - 6) : m.start()].lower()
            if year is None and not _MONTH_CUE.search(before):
                continue
            if year is None and word[:3] in _AMBIGUOUS_MONTHS and word != word.title():
                continue
            month = _month_number(word)
        else:
            month = int(groups["mo"])
        if not 1 <= month <= 12:
            continue
        rel_year = _REL_YEAR.get(groups.get("rely") or "")
        out.append(DateMention(m.start(), m.end(), year, month, None, m.group(0), None, rel_year))
    if "月" in text:
        for m in _REL_ZH_MONTH.finditer(text):
            if any(d.start <= m.start() < d.end for d in days):
                continue  # 本月3日: a day, found above
            offset = _REL_MONTH[m.group("relm")]
            out.append(DateMention(m.start(), m.end(), None, 1, None, m.group(0), offset, None))
    if "onth" in text:
        for m in _REL_EN_MONTH.finditer(text):
            if any(d.start <= m.start() < d.end for d in days):
                continue
            offset = 0 if m.group("w").lower() == "this" else -1
            out.append(DateMention(m.start(), m.end(), None, 1, None, m.group(0), offset, None))
    return tuple(_non_overlapping(out))


def _plausible(text: str, m: re.Match[str]) -> bool:
    """Word boundaries and month names, checked here rather than in the patterns (speed)."""
    before = text[m.start() - 1] if m.start() > 0 else ""
    if before.isascii() and before.isalnum():
        return False
    name = m.groupdict().get("m")
    return name is None or bool(_MONTH_NAMES.match(name))


def _non_overlapping(found: list[DateMention]) -> list[DateMention]:
    found.sort(key=lambda d: (d.start, -(d.end - d.start)))
    out: list[DateMention] = []
    for d in found:
        if out and d.start < out[-1].end:
            continue
        out.append(d)
    return out


def infer_year(month: int, day: int, reference: dt.date | None) -> int | None:
    """The year of a month/day mention: the latest one not more than two months after the
    reference date (so "January 5" in a 31 December issue is next year, "December 5" in a
    January issue last year)."""
    if reference is None:
        return None
    limit = reference + dt.timedelta(days=62)
    for year in (reference.year + 1, reference.year, reference.year - 1):
        try:
            candidate = dt.date(year, month, day)
        except ValueError:  # 29 February in a common year
            candidate = dt.date(year, month, 28)
        if candidate <= limit:
            return year
    return reference.year - 1


def resolve(mention: DateMention, reference: dt.date | None) -> str | None:
    """ISO form of a mention: ``YYYY-MM-DD``, or ``YYYY-MM`` for a month-precision mention.

    Relative mentions ("本月3日", "上月", "去年12月", "last month") count from the reference.
    """
    day = mention.day
    year = mention.year
    month = mention.month
    if mention.rel_month is not None:
        if reference is None:
            return None
        index = reference.year * 12 + reference.month - 1 + mention.rel_month
        year, month = divmod(index, 12)
        month += 1
    elif mention.rel_year is not None:
        if reference is None:
            return None
        year = reference.year + mention.rel_year
    if year is None:
        year = infer_year(month, day or 1, reference)
    if year is None:
        return None
    if day is None:
        return f"{year:04d}-{month:02d}"
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def _zh_date(year: str, month: str, day: str) -> tuple[int, int, int] | None:
    """二〇二二年七月七日 as (2022, 7, 7)."""
    digits = {c: i for i, c in enumerate("〇一二三四五六七八九")} | {"零": 0}
    try:
        y = int("".join(str(digits[c]) for c in year))
    except KeyError:
        return None

    def small(text: str) -> int | None:
        if text == "十":
            return 10
        if "十" in text:
            tens, _, units = text.partition("十")
            return (digits.get(tens, 1) if tens else 1) * 10 + (
                digits.get(units, 0) if units else 0
            )
        return digits.get(text) if len(text) == 1 else None

    m, d = small(month), small(day)
    if m is None or d is None:
        return None
    return y, m, d


def parse_date(text: str, reference: dt.date | None = None) -> dt.date | None:
    """Free-form date text ("19 Oct 2022", "2022年10月19日", "last month") via dateparser.

    Mentions found in running text do not go through here: their parts are already known from
    the patterns, and dateparser's general parser (about a millisecond per string) would cap
    throughput far below the 1 MB/s the tracker needs.
    """
    settings: dict[str, object] = {"PREFER_DAY_OF_MONTH": "first"}
    if reference is not None:
        settings["RELATIVE_BASE"] = dt.datetime.combine(reference, dt.time())
    import dateparser  # imported on first use: loading its language data takes a while

    parsed = dateparser.parse(text, languages=["en", "zh"], settings=settings)
    return parsed.date() if parsed else None


def as_date(mention: DateMention, reference: dt.date | None) -> dt.date | None:
    iso = resolve(mention, reference)
    return dt.date.fromisoformat(iso) if iso and len(iso) == 10 else None


def publication_date(preamble: str) -> dt.date | None:
    """The newsletter's own date from its title/preamble: a full date, else "Month YYYY"; the
    date of an author's byline ("By Jane Doe, 3 March 2025": when it was written) only when the
    preamble gives no other."""
    bylines: list[DateMention] = []
    for mention in find_dates(preamble):
        if mention.full:
            window = preamble[max(0, mention.start - 60) : mention.start]
            line = preamble.rfind("\n", 0, mention.start) + 1
            cue = _PUBLISHED_CUES.search(window) or mention.start < 40
            at = (preamble, mention.start, mention.end)
            if cue or pagedate.alone(*at) or pagedate.meta_field(*at):
                if _BYLINE.match(preamble, line):
                    bylines.append(mention)
                    continue
                return as_date(mention, None)
    for mention in find_months(preamble):
        if mention.year is not None:
            last = dt.date(mention.year, mention.month, 28) + dt.timedelta(days=4)
            return last - dt.timedelta(days=last.day)
    return as_date(bylines[0], None) if bylines else None


def field_date(line: str) -> DateMention | None:
    """The full date that is one field of a page's metadata line ("发布时间：2025-11-14　来源：…",
    "示例律所 | 2025年10月24日 | 阅读约8分钟"), else None: the page's own date, not an event's."""
    found = (m for m in find_dates(line) if m.full and pagedate.meta_field(line, m.start, m.end))
    return next(found, None)


#: an author's byline: its date is when the piece was written, not the issue's date
_BYLINE = re.compile(r"\s*(?:By|Written\s+by|Authors?\s*:|作者|撰稿|文\s*[/／|｜])", re.I)


def is_effective_context(text: str, mention: DateMention) -> bool:
    """True when the date says when something takes effect rather than when it happened."""
    window = text[max(0, mention.start - 45) : mention.start]
    after = text[mention.end : mention.end + 12]
    return bool(_EFFECT_CUES.search(window) or _ZH_EFFECT_AFTER.match(after))


def is_deadline(text: str, mention: DateMention) -> bool:
    """True when the date is a deadline the development sets (to rectify, to comment):
    "应于2025年11月20日前完成整改", or after the words of a deadline (``deadlines``)."""
    if "前" in text[mention.end : mention.end + 3]:  # 前, 之前, 以前 (a space at most between)
        return True
    return deadline_before(text, mention.start)  # every wording: deadlines.py


#: a parenthesised date that closes a line ("… comments due Dec 3 (Nov 3)")
_TRAILING_PAREN = re.compile(r"[(（]([^()（）]{3,24})[)）][\s.。]*$")


def trailing_date(text: str) -> DateMention | None:
    """The date in parentheses at the end of a line: a one-line entry's own date, which a
    changelog or a feed writes after the entry ("CAC fines X … (Nov 3)")."""
    m = _TRAILING_PAREN.search(text) if text.rstrip(" .。").endswith((")", "）")) else None
    if m is None:
        return None
    found = find_dates(m.group(1))
    if len(found) != 1 or len(found[0].text) < len(m.group(1).strip()) - 1:
        return None  # "(Nov 3)", "（11月3日）" — not "(effective 1 May)" or a remark
    return found[0]


def event_date(body: str, headline: str, reference: dt.date | None) -> str | None:
    """The date the development happened: the first dated event in the body; a one-line
    entry's date in parentheses at its end comes before the dates inside the line."""
    if not body:
        trailing = trailing_date(headline)
        if trailing is not None:
            return resolve(trailing, reference)
    for text in (body, headline):
        for mention in find_dates(text):
            if not is_effective_context(text, mention) and not is_deadline(text, mention):
                return resolve(mention, reference)
    for text in (body, headline):
        for mention in find_months(text):
            if not is_effective_context(text, mention) and not is_deadline(text, mention):
                return resolve(mention, reference)
    for text in (body, headline):
        for mention in find_dates(text):
            if _TOOK_EFFECT.search(text[max(0, mention.start - 45) : mention.start]):
                return resolve(mention, reference)  # "… took effect on 1 May 2025": that event
            if reference is None or not _ZH_EFFECT_AFTER.match(text, mention.end, mention.end + 12):
                continue
            day = resolve(mention, reference)
            if day is not None and day <= reference.isoformat():
                return day  # "《办法》于本月1日起施行" in the issue of the 20th: it took effect
    return None


#: a date of effect that has passed: the development is the instrument's taking effect
_TOOK_EFFECT = re.compile(
    r"\b(?:took|has\s+taken|have\s+taken)\s+effect|\b(?:came|entered)\s+into\s+(?:force|effect)|"
    r"\bbecame\s+effective",
    re.I,
)


def effective_date_after(text: str, start: int, end: int, reference: dt.date | None) -> str | None:
    """An effective date stated in ``text[start:end]`` (the sentence after an instrument)."""
    segment = text[start:end]
    for mention in find_dates(segment):
        if is_effective_context(segment, mention):
            return resolve(mention, reference)
    return None
