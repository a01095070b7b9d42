"""One dated duty in the compliance calendar, and the calendar itself, as plain data.

An entry says what is due, for whom (an organisation, system, dataset, transfer, request or
incident), when and how the date was computed, and which rule, article and source say so.
``kind`` tells how to read the date (as for the assessment's deadlines): ``latest`` (act on or
before it), ``earliest`` (a window opens), ``event`` (something happens then, e.g. an expiry, or
an authority's own time limit) or ``standing`` (a duty that applies now and has no date; ``since``
says from when). ``basis`` tells who set the date: the law, the organisation (a rectification
plan, a request target), an authority's time limit, or nobody. Rule and note come in English
and Chinese (``rule`` / ``rule_zh``, ``note`` / ``note_zh``), as the title does.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass, field, replace
from typing import Any, Literal

EntryKind = Literal["latest", "earliest", "event", "standing"]
Basis = Literal["law", "organisation", "authority", "none"]
Status = Literal[
    "overdue", "due_today", "open", "passed", "window_open", "due_soon", "upcoming", "undated"
]
SubjectType = Literal["organisation", "system", "dataset", "transfer", "request", "incident"]
#: duty families, for filtering: MLPS, CII, important data, transfers, PIPL duties, DSR, incidents
FAMILIES = ("mlps", "cii", "data", "transfer", "pipl", "dsr", "incident")

#: days ahead in which a latest date counts as due soon
DUE_SOON_DAYS = 30
_RANK: dict[str, int] = {
    "overdue": 0,
    "due_today": 1,
    "open": 2,
    "passed": 3,
    "window_open": 4,
    "due_soon": 5,
    "upcoming": 6,
    "undated": 7,
}


@dataclass(frozen=True, slots=True)
class Words:
    """A sentence in English and Chinese, made in one place so the two cannot drift apart."""

    en: str = ""
    zh: str = ""

    def __bool__(self) -> bool:
        return bool(self.en or self.zh)

    @staticmethod
    def join(*parts: Words) -> Words:
        """The non-empty parts as one sentence ("; " in English, "；" in Chinese)."""
        kept = [p for p in parts if p]
        return Words("; ".join(p.en for p in kept), "；".join(p.zh for p in kept))


@dataclass(frozen=True, slots=True)
class Source:
    """Where a duty comes from: instrument, article, whether the words were read, and where."""

    instrument: str
    short: str
    article: str
    verified: bool
    url: str | None = None
    quote: str | None = None

    @property
    def label(self) -> str:
        return f"{self.short} {self.article}"

    def to_dict(self) -> dict[str, Any]:
        return {
            "instrument": self.instrument,
            "short": self.short,
            "article": self.article,
            "verified": self.verified,
            "url": self.url,
            "quote": self.quote,
        }


@dataclass(frozen=True, slots=True)
class Subject:
    """Whom a duty binds; ``organisation`` and ``system`` place it for filtering."""

    type: SubjectType
    name: str
    organisation: str | None = None
    system: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "type": self.type,
            "name": self.name,
            "organisation": self.organisation,
            "system": self.system,
        }


@dataclass(frozen=True, slots=True)
class Entry:
    duty: str
    family: str
    title: str
    title_zh: str
    subject: Subject
    kind: EntryKind
    rule: str
    source: Source
    basis: Basis = "law"
    due: dt.date | None = None
    #: an instant for clocks counted in hours (incident reports); ``due`` is its China date
    due_at: dt.datetime | None = None
    since: dt.date | None = None
    #: the date is the nominal end of a period that a 2027-style unknown rest day could extend
    provisional: bool = False
    also: tuple[Source, ...] = ()
    note: str = ""
    #: tells apart several duties of one kind for one subject (a rectification item's title)
    item: str = ""
    #: the rule and the note in Chinese, written beside the English where the sentence is made
    #: (one bilingual source); every builder gives both, tests/agenda check none is missing
    rule_zh: str = ""
    note_zh: str = ""

    def rule_in(self, lang: str) -> str:
        """The rule in ``lang`` (zh or en)."""
        return self.rule_zh or self.rule if lang == "zh" else self.rule

    def note_in(self, lang: str) -> str:
        """The note in ``lang`` (zh or en); empty when there is none."""
        return self.note_zh or self.note if lang == "zh" else self.note

    def title_in(self, lang: str) -> str:
        return self.title_zh if lang == "zh" else self.title

    def status(self, as_of: dt.date) -> Status:
        if self.kind == "standing":
            return "open"
        if self.due is None:
            return "undated"
        if self.kind == "event":
            return "passed" if self.due < as_of else "upcoming"
        if self.kind == "earliest":
            return "window_open" if self.due <= as_of else "upcoming"
        if self.due < as_of:
            return "overdue"
        if self.due == as_of:
            return "due_today"
        return "due_soon" if (self.due - as_of).days <= DUE_SOON_DAYS else "upcoming"

    @property
    def verified(self) -> bool:
        return self.source.verified and all(s.verified for s in self.also)

    @property
    def uid(self) -> str:
        """Stable across runs while the duty, its subject (and item) and its date stay the same."""
        parts = [self.duty, self.subject.type, self.subject.name, str(self.due or self.since or "")]
        if self.item:
            parts.append(self.item)
        key = "|".join(parts)
        return hashlib.sha256(key.encode("utf-8")).hexdigest()[:32]

    def sort_key(self, as_of: dt.date) -> tuple[int, dt.date, str, str]:
        when = self.due or self.since or dt.date.max
        return (_RANK[self.status(as_of)], when, self.duty, self.subject.name)

    def to_dict(self, as_of: dt.date) -> dict[str, Any]:
        return {
            "uid": self.uid,
            "status": self.status(as_of),
            "kind": self.kind,
            "due": self.due.isoformat() if self.due else None,
            "due_at": self.due_at.isoformat() if self.due_at else None,
            "since": self.since.isoformat() if self.since else None,
            "provisional": self.provisional,
            "duty": self.duty,
            "family": self.family,
            "title": self.title,
            "title_zh": self.title_zh,
            "subject": self.subject.to_dict(),
            "rule": self.rule,
            "rule_zh": self.rule_zh,
            "basis": self.basis,
            "source": self.source.to_dict(),
            "also": [s.to_dict() for s in self.also],
            "verified": self.verified,
            "note": self.note,
            "note_zh": self.note_zh,
        }


@dataclass(frozen=True, slots=True)
class Calendar:
    """Every computed duty on ``as_of``: overdue first, then by date; undated last."""

    as_of: dt.date
    entries: tuple[Entry, ...]
    unverified: tuple[str, ...] = field(default=())

    def filtered(
        self,
        *,
        organisation: str | None = None,
        system: str | None = None,
        families: tuple[str, ...] = (),
        until: dt.date | None = None,
        statuses: tuple[str, ...] = (),
    ) -> Calendar:
        """The entries of one organisation, system, family or status, due up to ``until``."""
        out = []
        for e in self.entries:
            if organisation is not None and e.subject.organisation != organisation:
                continue
            if system is not None and e.subject.system != system:
                continue
            if families and e.family not in families:
                continue
            if statuses and e.status(self.as_of) not in statuses:
                continue
            late = until is not None and e.due is not None and e.due > until
            if late and e.status(self.as_of) not in ("overdue", "passed", "window_open"):
                continue
            out.append(e)
        return replace(self, entries=tuple(out))

    def counts(self) -> dict[str, int]:
        out: dict[str, int] = {}
        for e in self.entries:
            status = e.status(self.as_of)
            out[status] = out.get(status, 0) + 1
        return {k: out[k] for k in sorted(out, key=_RANK.__getitem__)}

    def to_dict(self) -> dict[str, Any]:
        return {
            "as_of": self.as_of.isoformat(),
            "counts": self.counts(),
            "entries": [e.to_dict(self.as_of) for e in self.entries],
            "unverified": list(self.unverified),
        }
