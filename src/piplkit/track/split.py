"""Split a document's blocks into development items and attach its source list.

The genre's shape: optional preamble (title, authors, highlights), then sections ("Legislative
Developments", "Enforcement Cases") of items, each a headline followed by one or more body
paragraphs ending in footnote numbers, then a numbered list of source links. The splitter keys
on that shape rather than on one publisher's formatting: a headline is a short block (or a
Markdown/HTML heading, or a bold paragraph) followed by a body paragraph; a short block followed
by another headline is a section heading; blocks in highlight/author/related-article sections are
skipped; a body paragraph with no headline is still kept as an item, with a warning.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from piplkit.track import dates
from piplkit.track.model import Block, ParsedDocument, RawItem
from piplkit.track.textutil import normalise, words
from piplkit.track.vocab import load

_URL = re.compile(r"https?://[^\s<>\"'）)\]]+")
_SOURCE_LINE = re.compile(r"^\[?\^?(\d{1,3})\]?[.:)]?\s+(.*)$")
_TRAILING_REF = re.compile(r"([.!?。”\"’)\]])\s?(\d{1,3})\s*$")
_INLINE_REF = re.compile(r"([.!?。”\"’)])(\d{1,3})(?=\s+[A-Z“\"\u4e00-\u9fff])")
_ENDS_SENTENCE = re.compile(r"[.!?。！？][”\"’)\]]*\s*$")
_OPENER = re.compile(
    r"^(?:On|In|According\s+to|Since|Recently|Earlier|Later|As\s+of|From|At|After|Before|During|"
    r"Last|This|Today|Yesterday)\b|^(?:19|20)\d{2}\s*年|^[01]?\d\s*月"
)
_NUMBERING = re.compile(r"^\s*(?:[IVX]+|\d+|[一二三四五六七八九十]+)[.、)]\s*")
_DATE_LABEL = re.compile(r"\b(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}\b|\bdate\b", re.I)
_LATIN_WORD = re.compile(r"[A-Za-z][\w'’\-]*")
_CJK = re.compile(r"[\u4e00-\u9fff]")
_SMALL = {
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
}


@dataclass(frozen=True)
class _Sections:
    kind_of: dict[str, str | None]
    skip: frozenset[str]
    sources: frozenset[str]
    boilerplate: tuple[str, ...]


@cache
def _sections() -> _Sections:
    data = load("sections")
    kind_of: dict[str, str | None] = {}
    for kind, names in data["kind"].items():
        for name in names:
            kind_of[normalise(name)] = kind
    for name in data["kind"].get("neutral", []):
        kind_of[normalise(name)] = None
    return _Sections(
        kind_of=kind_of,
        skip=frozenset(normalise(n) for n in data["skip"]),
        sources=frozenset(normalise(n) for n in data["sources"]),
        boilerplate=tuple(b.lower() for b in data["boilerplate"]),
    )


def section_key(text: str) -> str:
    """A heading reduced for lookup: no numbering, dates, "date" labels or punctuation."""
    text = _NUMBERING.sub("", text)
    text = _DATE_LABEL.sub(" ", text)
    return normalise(text)


def _cap_ratio(text: str) -> float:
    tokens = [t for t in _LATIN_WORD.findall(text) if t.lower() not in _SMALL]
    if not tokens:
        return 0.0
    return sum(1 for t in tokens if t[0].isupper()) / len(tokens)


def is_body(block: Block) -> bool:
    """A paragraph of prose (not a headline, section heading or label)."""
    if block.heading is not None:
        return False
    text = block.text
    n = words(text)
    if n >= 45:
        return True
    ends = bool(_ENDS_SENTENCE.search(_TRAILING_REF.sub(r"\1", text)))
    if _CJK.search(text) and text.rstrip().endswith(("。", "；")):
        return True
    return ends and n >= 5 and (_cap_ratio(text) < 0.6 or bool(_OPENER.match(text)))


def _source_entry(block: Block, in_sources: bool) -> tuple[int | None, list[str]] | None:
    urls = _URL.findall(block.text) + [u for u in block.links if u not in block.text]
    if not urls:
        return None
    m = _SOURCE_LINE.match(block.text)
    number = int(m.group(1)) if m else block.list_no
    rest = _URL.sub("", m.group(2) if m else block.text)
    if number is not None and (in_sources or words(rest) <= 25):
        return number, [u.rstrip(".,;") for u in urls]
    if in_sources:
        return None, [u.rstrip(".,;") for u in urls]
    return None


def _strip_refs(text: str, known: set[int], state: list[int]) -> tuple[str, list[int]]:
    """Remove footnote numbers glued to the end of sentences ("...at present.1")."""
    refs: list[int] = []
    m = _TRAILING_REF.search(text)
    if m:
        number = int(m.group(2))
        before = text[m.start() - 1] if m.start() > 0 else ""
        expected = number == state[0] + 1
        if (known and number in known and (not before.isdigit() or expected)) or (
            not known and not before.isdigit() and m.group(1) in '.。”"’' and number <= 300
        ):
            refs.append(number)
            text = text[: m.start() + 1].rstrip()
    if known:

        def inline(match: re.Match[str]) -> str:
            n = int(match.group(2))
            if n in known:
                refs.insert(len(refs) - 1 if refs else 0, n)
                return match.group(1)
            return match.group(0)

        text = _INLINE_REF.sub(inline, text)
    if refs:
        state[0] = max(state[0], *refs)
    return text, sorted(set(refs))


def split(blocks: list[Block], name: str = "", layout: str = "text") -> ParsedDocument:
    sec = _sections()
    # Pass 1: the source list, wherever it sits, so footnote markers can be checked against it.
    sources: dict[int, list[str]] = {}
    kept: list[tuple[Block, str]] = []  # (block, role) with role in {"text", "section:..."}
    in_sources = False
    next_number = 1
    for block in blocks:
        low = block.text.lower()
        if any(b in low for b in sec.boilerplate) and words(block.text) < 80:
            continue
        entry = _source_entry(block, in_sources)
        if entry is not None:
            number, urls = entry
            if number is None:
                number = next_number
            sources.setdefault(number, []).extend(urls)
            next_number = number + 1
            continue
        short = words(block.text) <= 8
        key = section_key(block.text) if short else ""
        if short and key in sec.sources:
            in_sources = True
            continue
        if short and (key in sec.kind_of or key in sec.skip):
            in_sources = False
            kept.append((block, "section"))
            continue
        if in_sources and not is_body(block):
            continue
        kept.append((block, "text"))

    # Pass 2: headlines, bodies and sections.
    items: list[RawItem] = []
    warnings: list[str] = []
    preamble: list[str] = []
    section: str | None = None
    section_kind: str | None = None
    skipping = False
    current: RawItem | None = None
    known = set(sources)
    ref_state = [0]
    started = False
    single_title = sum(1 for b, _ in kept if b.heading == 1) == 1

    def close() -> None:
        nonlocal current
        if current is not None:
            if not current.body:
                current.warnings.append("headline without a body paragraph; kept as is")
            items.append(current)
        current = None

    for index, (block, role) in enumerate(kept):
        if role == "section":
            close()
            key = section_key(block.text)
            section = block.text
            section_kind = sec.kind_of.get(key)
            skipping = key in sec.skip
            if not started:
                preamble.append(block.text)
            started = started or not skipping
            continue
        if skipping:
            continue
        if block.heading == 1 and single_title:
            close()
            preamble.append(block.text)  # the document's own title
            continue
        if is_body(block):
            text, refs = _strip_refs(block.text, known, ref_state)
            refs = sorted(set(refs + block.refs))
            if current is None:
                if not started:
                    preamble.append(block.text)
                    continue
                title = re.split(r"(?<=[.。!?])\s", text, maxsplit=1)[0][:160]
                current = RawItem(title, [], section, section_kind, [], [], block.line)
                current.warnings.append("paragraph without a headline; title is its first sentence")
            current.body.append(text)
            current.footnotes.extend(r for r in refs if r not in current.footnotes)
            current.links.extend(u for u in block.links if u not in current.links)
            continue
        # A headline-like block: item headline, section heading, or a stray label.
        nxt = _next_text(kept, index)
        if nxt is not None and is_body(nxt):
            close()
            started = True
            current = RawItem(
                block.text,
                [],
                section,
                section_kind,
                list(block.refs),
                list(block.links),
                block.line,
            )
            continue
        close()
        if not started:
            preamble.append(block.text)
            continue
        if words(block.text) <= 5 and block.list_no is None:
            section = block.text
            section_kind = sec.kind_of.get(section_key(block.text))
            continue
        current = RawItem(
            block.text, [], section, section_kind, list(block.refs), list(block.links), block.line
        )
    close()
    for item in items:
        for number in item.footnotes:
            if number not in sources:
                item.warnings.append(f"footnote {number} has no entry in the source list")
    cited = {n for item in items for n in item.footnotes}
    unused = sorted(set(sources) - cited)
    if unused:
        warnings.append(f"source list entries not cited by any item: {unused[:10]}")
    if not items:
        warnings.append("no development items found: layout not recognised")
    published = dates.publication_date("\n".join(preamble[:12]))
    return ParsedDocument(
        name=name,
        layout=layout,
        items=items,
        sources=sources,
        published=published.isoformat() if published else None,
        warnings=warnings,
    )


def _next_text(kept: list[tuple[Block, str]], index: int) -> Block | None:
    for block, role in kept[index + 1 :]:
        if role == "section":
            return None
        return block
    return None
