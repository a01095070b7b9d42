"""What every document builder shares: the evaluated facts and the inline wording helpers.

A document (the PIPIA report, a filing pack) is built from one :class:`DocumentContext`: the
profile as stated, its assessment on the as-of date, the labels of one language and the law
data. The context also collects, while sections are built, which instruments were cited (for
the instruments annex) and which facts the document itself relies on without a source (for the
unverified annex), so annexes built last list exactly what the body used.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

from piplkit.assess.documents.checklist import SourcedCitation
from piplkit.assess.documents.labels import Labels
from piplkit.assess.documents.model import Cite, Fill, Runs, Table, Text
from piplkit.assess.law.kb import KnowledgeBase
from piplkit.assess.law.models import InstrumentKind
from piplkit.assess.rules.profile import Profile, Transfer
from piplkit.assess.rules.result import Assessment, Obligation


class CitationLike(Protocol):
    """Anything naming an instrument and an article (engine citations, checklist entries)."""

    @property
    def instrument(self) -> str: ...

    @property
    def article(self) -> str: ...


@dataclass(frozen=True)
class InstrumentRef:
    """A bare instrument reference (no article) for display."""

    instrument: str
    article: str = "-"


@dataclass(frozen=True)
class DocumentUnverified:
    """A fact a document relies on that no source confirmed (beyond the engine's own list)."""

    subject: str
    citation: CitationLike
    note: str


@dataclass
class DocumentContext:
    """The inputs of one document in one language, and what its sections have cited so far."""

    profile: Profile
    assessment: Assessment
    labels: Labels
    kb: KnowledgeBase
    generated_on: dt.date
    #: instrument ids in first-cited order (PIPL first: every document rests on it)
    cited_instruments: list[str] = field(default_factory=lambda: ["pipl"])
    #: unverified facts the document itself relies on (checklist entries, parameters)
    document_unverified: list[DocumentUnverified] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._engine_unverified = {(u.instrument, u.article) for u in self.assessment.unverified}

    @property
    def as_of(self) -> dt.date:
        return self.assessment.as_of

    # -- inline runs ------------------------------------------------------------------------
    def fill(self, hint: str = "") -> Fill:
        return Fill(hint)

    def citation_text(self, c: CitationLike) -> str:
        inst = self.kb.instrument(c.instrument)
        article = "" if c.article in ("-", "") else self.labels.article(c.article)
        if self.labels.lang == "zh":
            if inst.kind == InstrumentKind.NATIONAL_STANDARD:
                name = inst.short
            else:
                name = f"《{inst.title_zh.removeprefix('中华人民共和国')}》"
            return f"{name}{article}"
        return f"{inst.short} {article}".strip()

    def cite(self, c: CitationLike, unverified: bool | None = None) -> Cite:
        """A displayed citation; flagged when the engine (or ``unverified``) says so."""
        if c.instrument not in self.cited_instruments:
            self.cited_instruments.append(c.instrument)
        flagged = (c.instrument, c.article) in self._engine_unverified
        return Cite(self.citation_text(c), flagged if unverified is None else unverified)

    def cites(self, citations: Iterable[CitationLike]) -> Runs:
        runs: list[Text | Cite | Fill] = []
        for i, c in enumerate(citations):
            if i:
                runs.append(Text(self.labels["citation_sep"]))
            runs.append(self.cite(c))
        return tuple(runs)

    def sourced(self, citations: Sequence[SourcedCitation], subject: str) -> Runs:
        """Checklist citations: flag the unverified ones and record them for the annex."""
        runs: list[Text | Cite | Fill] = []
        for i, c in enumerate(citations):
            if i:
                runs.append(Text(self.labels["citation_sep"]))
            runs.append(self.cite(c, unverified=not c.verified))
            if not c.verified:
                self.record_unverified(subject, c, c.note_in(self.labels.lang))
        return tuple(runs)

    def record_unverified(self, subject: str, citation: CitationLike, note: str) -> None:
        self.document_unverified.append(DocumentUnverified(subject, citation, note))

    def unverified_notes(self, citations: Sequence[SourcedCitation]) -> str:
        """The notes of the unverified citations, joined for a "note" column."""
        notes = [c.note_in(self.labels.lang) for c in citations if not c.verified]
        return str(self.labels["citation_sep"]).join(n for n in notes if n)

    def num(self, n: int) -> str:
        return f"{n:,}"

    def fact_value(self, value: Any) -> str:
        if isinstance(value, bool):
            return self.labels.flag(value)
        if isinstance(value, int):
            return self.num(value)
        if value is None:
            return str(self.labels["not_stated"])
        return str(value)

    def fact(self, key: str) -> str:
        """A rules-engine fact reference (``transfers[X]``, ``handler.ciio``, ``a=b``) as text."""
        labels = self.labels
        m = re.fullmatch(r"transfers\[(.+)\](\.important_data)?", key)
        if m:
            label = labels.t("facts.transfer", name=m.group(1))
            return f"{label} · {labels['risk.important']}" if m.group(2) else label
        if "=" in key:
            path, raw = key.split("=", 1)
            value: str = raw
            if raw.isdigit():
                value = self.num(int(raw))
            elif raw in ("True", "False"):
                value = labels.flag(raw == "True")
            elif path == "processing.lawful_basis":
                value = str(labels.get(f"lawful_basis.{raw}", raw))
            return f"{self.fact(path)} = {value}"
        label = labels["facts"].get(key)  # fact keys contain dots: look up directly
        return str(label) if label is not None else key

    def facts(self, keys: Iterable[str]) -> Runs:
        return (Text(self.labels["list_sep"].join(self.fact(k) for k in keys)),)

    def title_of(self, o: Obligation) -> str:
        return o.title_zh if self.labels.lang == "zh" else o.title

    def due_of(self, o: Obligation) -> Runs:
        runs: list[Text | Cite | Fill] = []
        if o.due:
            runs.append(Text(self.labels.phrase(o.due)))
        if o.due_date:
            runs.append(Text(f" ({o.due_date.isoformat()})" if runs else o.due_date.isoformat()))
        return tuple(runs)

    def key_values(
        self, rows: Sequence[tuple[str, Runs]], headers: Sequence[str] | None = None
    ) -> Table:
        """A two-column label/value table (first column shaded)."""
        hdr = tuple(headers) if headers else tuple(self.labels["s2.facts_h"])
        return Table(hdr, tuple(((Text(k),), v) for k, v in rows), (35, 65), "keyvalue")

    def profile_transfer(self, name: str) -> Transfer:
        for t in self.profile.transfers:
            if t.name == name:
                return t
        raise KeyError(name)

    def obligations(self, *prefixes: str) -> list[Obligation]:
        """The assessment's obligations whose id starts with one of ``prefixes`` (all if none)."""
        if not prefixes:
            return list(self.assessment.obligations)
        return [o for o in self.assessment.obligations if o.id.startswith(prefixes)]
