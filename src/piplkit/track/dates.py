"""Dates in update text: find mentions, infer missing years, pick the event and effective dates.

Mentions are located with regular expressions (English "May 30, 2022", "30 June", "In June",
ISO "2022-10-19", Chinese "2022年5月30日", "5月30日"); month names are resolved with dateparser's
language data (cached) and the parts are validated as a calendar date (no 30 February).
``parse_date`` offers dateparser's full parser for free-form date input. A mention without a
year gets one from a reference date: the newsletter's publication date when the document states
it, else the latest fully dated event in the document; an event is never dated more than two
months after that reference, so a December item in a January issue lands in the previous year.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

import dateparser

_MONTHS = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
)
_YEAR = r"(?:19|20)\d{2}"
# Each pattern starts with a character class (the lookbehind comes after it) so that the regex
# engine can skip ahead in C; a leading \b would make it try every position in Python speed.
_WORD = r"(?P<m>[JFMASOND][a-z]{2,8})"  # a month name, checked against _MONTH_NAMES
_PATTERNS = [
    # May 30, 2022 / May 30 / Sept. 3rd 2022
    re.compile(rf"{_WORD}\.?\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th)?\b(?:,?\s+(?P<y>{_YEAR})\b)?"),
    # 30 May 2022 / 30 May
    re.compile(rf"(?P<d>[0-3]?\d)(?:st|nd|rd|th)?\s+{_WORD}\b\.?(?:,?\s+(?P<y>{_YEAR})\b)?"),
    # 2022-10-19, 2022/10/19, 2022.10.19
    re.compile(rf"(?P<y>{_YEAR})[-/.](?P<mo>[01]?\d)[-/.](?P<d>[0-3]?\d)\b"),
]
_ZH_PATTERNS = [
    # 2022年5月30日 / 5月30日
    re.compile(rf"(?:(?P<y>{_YEAR})\s*年\s*)?(?P<mo>[01]?\d)\s*月\s*(?P<d>[0-3]?\d)\s*[日号]"),
]
_MONTH_ONLY = [re.compile(rf"{_WORD}\b(?:,?\s+(?P<y>{_YEAR})\b)?")]
_MONTH_NAMES = re.compile(rf"{_MONTHS}$")
_ZH_MONTH_ONLY = [
    re.compile(rf"(?P<y>{_YEAR})\s*年\s*(?P<mo>[01]?\d)\s*月(?!\s*[0-3]?\d\s*[日号])"),
]
#: Month names that are also ordinary words; alone (without a day) they need a year or "in".
_AMBIGUOUS_MONTHS = {"May", "Mar", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec", "Jan", "Feb"}
_EFFECT_CUES = re.compile(
    r"(?:take|takes|taking|took|come|comes|came|coming|go|goes|went|enter|enters|entered|"
    r"put|be|been|become|becomes)\s+(?:into\s+)?(?:effect|force|implement\w*)|effective|"
    r"implemented|implementation\s+from|施行|生效|实施",
    re.I,
)
_MONTH_CUE = re.compile(r"\b(?:in|since|of|by|early|late)\s$")
_ZH_EFFECT_AFTER = re.compile(r"\s*(?:起施行|起实施|生效)")
_PUBLISHED_CUES = re.compile(r"\b(?:date|published|issue|edition|updated|posted)\b", re.I)


@dataclass(frozen=True)
class DateMention:
    """A date written in the text; ``year`` None when the text omits it, ``day`` None for months."""

    start: int
    end: int
    year: int | None
    month: int
    day: int | None
    text: str

    @property
    def full(self) -> bool:
        return self.year is not None and self.day is not None


@lru_cache(maxsize=4096)
def _parse(text: str, languages: tuple[str, ...]) -> dt.date | None:
    parsed = dateparser.parse(
        text,
        languages=list(languages),
        settings={"STRICT_PARSING": True, "PREFER_DAY_OF_MONTH": "first"},
    )
    return parsed.date() if parsed else None


def _month_number(name: str) -> int:
    parsed = _parse(f"1 {name[:3]} 2000", ("en",))
    if parsed is None:  # pragma: no cover - every name the pattern admits is an English month
        raise ValueError(name)
    return parsed.month


def _patterns(
    text: str, latin: list[re.Pattern[str]], zh: list[re.Pattern[str]]
) -> list[re.Pattern[str]]:
    return latin + zh if "月" in text else latin


@lru_cache(maxsize=2048)
def find_dates(text: str) -> tuple[DateMention, ...]:
    """All dates with a day, in text order (overlaps resolved in favour of the longer match)."""
    found: list[DateMention] = []
    for pattern in _patterns(text, _PATTERNS, _ZH_PATTERNS):
        for m in pattern.finditer(text):
            if not _plausible(text, m):
                continue
            groups = m.groupdict()
            month = int(groups["mo"]) if groups.get("mo") else _month_number(groups["m"])
            year = int(groups["y"]) if groups.get("y") else None
            day = int(groups["d"])
            try:  # 2000 is a leap year, so "29 February" without a year stays possible
                dt.date(year or 2000, month, day)
            except ValueError:
                continue
            found.append(DateMention(m.start(), m.end(), year, month, day, m.group(0)))
    return tuple(_non_overlapping(found))


@lru_cache(maxsize=1024)
def find_months(text: str) -> tuple[DateMention, ...]:
    """Month-precision dates ("In June", "April 2021", "2022年6月") not part of a full date."""
    days = find_dates(text)
    out: list[DateMention] = []
    for pattern in _patterns(text, _MONTH_ONLY, _ZH_MONTH_ONLY):
        for m in pattern.finditer(text):
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
            out.append(DateMention(m.start(), m.end(), year, month, None, m.group(0)))
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
    """ISO form of a mention: ``YYYY-MM-DD``, or ``YYYY-MM`` for a month-precision mention."""
    day = mention.day
    year = mention.year
    if year is None:
        year = infer_year(mention.month, day or 1, reference)
    if year is None:
        return None
    if day is None:
        return f"{year:04d}-{mention.month:02d}"
    try:
        return dt.date(year, mention.month, day).isoformat()
    except ValueError:
        return None


def parse_date(text: str, reference: dt.date | None = None) -> dt.date | None:
    """Free-form date text ("19 Oct 2022", "2022年10月19日", "last month") via dateparser.

    Mentions found in running text do not go through here: their parts are already known from
    the patterns, and dateparser's general parser (about a millisecond per string) would cap
    throughput far below the 1 MB/s the tracker needs.
    """
    settings: dict[str, object] = {"PREFER_DAY_OF_MONTH": "first"}
    if reference is not None:
        settings["RELATIVE_BASE"] = dt.datetime.combine(reference, dt.time())
    parsed = dateparser.parse(text, languages=["en", "zh"], settings=settings)  # type: ignore[arg-type]
    return parsed.date() if parsed else None


def as_date(mention: DateMention, reference: dt.date | None) -> dt.date | None:
    iso = resolve(mention, reference)
    return dt.date.fromisoformat(iso) if iso and len(iso) == 10 else None


def publication_date(preamble: str) -> dt.date | None:
    """The newsletter's own date from its title/preamble: a full date, else "Month YYYY"."""
    for mention in find_dates(preamble):
        if mention.full:
            window = preamble[max(0, mention.start - 40) : mention.start]
            if _PUBLISHED_CUES.search(window) or mention.start < 40:
                return as_date(mention, None)
    for mention in find_months(preamble):
        if mention.year is not None:
            last = dt.date(mention.year, mention.month, 28) + dt.timedelta(days=4)
            return last - dt.timedelta(days=last.day)
    return None


def is_effective_context(text: str, mention: DateMention) -> bool:
    """True when the date says when something takes effect rather than when it happened."""
    window = text[max(0, mention.start - 45) : mention.start]
    after = text[mention.end : mention.end + 12]
    return bool(_EFFECT_CUES.search(window) or _ZH_EFFECT_AFTER.match(after))


def event_date(body: str, headline: str, reference: dt.date | None) -> str | None:
    """The date the development happened: the first dated event in the body."""
    for text in (body, headline):
        for mention in find_dates(text):
            if not is_effective_context(text, mention):
                return resolve(mention, reference)
    for text in (body, headline):
        for mention in find_months(text):
            if not is_effective_context(text, mention):
                return resolve(mention, reference)
    return None


def effective_date_after(text: str, start: int, end: int, reference: dt.date | None) -> str | None:
    """An effective date stated in ``text[start:end]`` (the sentence after an instrument)."""
    segment = text[start:end]
    for mention in find_dates(segment):
        if is_effective_context(segment, mention):
            return resolve(mention, reference)
    return None
