"""From a document to development records: read, split, then extract each item's fields.

Everything here is deterministic and offline. Document-level knowledge flows into each item:
the reference date for years the text omits, abbreviations defined once ("CAC") and instrument
aliases ("CSL") that later items use bare.
"""

from __future__ import annotations

import datetime as dt
import logging

from piplkit.track import authorities, dates, instruments, kinds, penalties
from piplkit.track.model import Development, ParsedDocument, RawItem
from piplkit.track.readers import decode, detect_layout, read_blocks
from piplkit.track.split import split
from piplkit.track.textutil import sentences

log = logging.getLogger(__name__)
SUMMARY_MAX = 320


def parse_document(data: bytes | str, name: str = "<text>") -> ParsedDocument:
    """Decode, detect the layout and split into items (raises ``TrackInputError`` on bad input)."""
    text = decode(data, name) if isinstance(data, bytes) else data
    if not text.strip():
        from piplkit.track.readers import TrackInputError

        raise TrackInputError(f"{name}: the file is empty")
    layout = detect_layout(text, name)
    return split(read_blocks(text, layout), name=name, layout=layout)


def reference_date(doc: ParsedDocument) -> dt.date | None:
    """The date that supplies missing years: publication date, else the latest dated event."""
    if doc.published:
        return dt.date.fromisoformat(doc.published)
    latest: dt.date | None = None
    for item in doc.items:
        for mention in dates.find_dates(item.body_text):
            if mention.full and not dates.is_effective_context(item.body_text, mention):
                day = dates.as_date(mention, None)
                if day and (latest is None or day > latest):
                    latest = day
                break
    return latest


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


def extract_item(
    item: RawItem,
    doc: ParsedDocument,
    reference: dt.date | None,
    abbreviations: dict[str, str],
    aliases: dict[str, str],
) -> Development:
    body = " ".join(item.body)
    text = body or item.title
    found, spans = instruments.extract(text, reference, aliases)
    sources: list[str] = []
    for number in item.footnotes:
        sources.extend(u for u in doc.sources.get(number, []) if u not in sources)
    sources.extend(u for u in item.links if u not in sources)
    dev = Development(
        title=item.title,
        date=dates.event_date(body, item.title, reference),
        authorities=authorities.extract(text, spans, abbreviations),
        instruments=found,
        kind=kinds.classify(item.title, body, item.section_kind),
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
    return dev


def developments(doc: ParsedDocument) -> list[Development]:
    """One record per item; an item whose extraction fails is kept whole with a warning."""
    reference = reference_date(doc)
    all_text = "\n".join(i.body_text for i in doc.items)
    abbreviations = authorities.document_abbreviations(all_text)
    aliases: dict[str, str] = {}
    out: list[Development] = []
    for item in doc.items:
        try:
            out.append(extract_item(item, doc, reference, abbreviations, aliases))
        except Exception as exc:
            log.warning("%s line %d: extraction failed: %s", doc.name, item.line, exc)
            out.append(
                Development(
                    title=item.title,
                    date=None,
                    authorities=[],
                    instruments=[],
                    kind="other",
                    penalty_cny=None,
                    footnotes=list(item.footnotes),
                    sources=[u for n in item.footnotes for u in doc.sources.get(n, [])],
                    summary=item.body_text[:SUMMARY_MAX],
                    document=doc.name,
                    section=item.section,
                    warnings=[
                        *item.warnings,
                        f"extraction failed ({type(exc).__name__}); kept whole",
                    ],
                )
            )
    return out


def ingest(data: bytes | str, name: str = "<text>") -> tuple[ParsedDocument, list[Development]]:
    doc = parse_document(data, name)
    return doc, developments(doc)
