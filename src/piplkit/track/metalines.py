"""Item metadata on lines of their own: fact lists under a headline, tag lines over it.

Fact lists: a headline over a bulleted list of labelled facts ("- Date: 5 August 2025",
"- Regulator: …", "- Law applied: …", "- Penalty: …") and then its story paragraph.

A fact sheet states each case's facts as label and value rather than in sentences. Read as
ordinary list entries, each short "Label: value" line looks like a headline of its own and the
case heading above them like a title without text. Here such a run is recognised by its shape
(three or more entries of one list, each a short label and a colon, right under a headline) and
given the role ``fact``: the splitter reads the facts into the item (a date or authority label
also gives that field; every fact but the law's maximum is the item's text), and the story
paragraph under the list is moved up so the headline's body opens with it (its first sentence
is the item's summary).

Tag lines: a radar or feed opens each entry with a line "[ENF] 02 Dec | Zhejiang Provincial
Communications Administration" over the headline: a bracketed type tag, the entry's date and
the body concerned. The line is no headline and no section; its date is the item's date.
"""

from __future__ import annotations

import re
from dataclasses import replace

from piplkit.track import dates, instruments
from piplkit.track.layout import is_body, label_line
from piplkit.track.model import Block, RawItem
from piplkit.track.roles import Role
from piplkit.track.textutil import words

#: "Law applied: …", "Brought by: …", "处罚金额：…": a label of one to three words (or a short
#: Chinese label), a colon, and a value
_FACT = re.compile(
    r"^(?P<label>[A-Z][\w'’/-]*(?: [\w'’/()-]+){0,2}|[\u4e00-\u9fff]{2,8})\s*[:：]\s*\S"
)
#: a label that gives the most the law allows, a context figure and not a fact of the case
#: ("Maximum penalty: RMB 1,000,000", "最高罚款：…")
_LIMIT = re.compile(r"^(?:maximum\b|max\b|statutory maximum|最高|法定最高)", re.I)
#: a fact's value already ending its sentence
_ENDS = (".", "。", "!", "?", "；", ";")
#: semicolons between the parts of one fact's value
_PARTS = re.compile(r"[;；]")
#: fact labels that give the item's date or authority beyond the metadata labels ``layout``
#: knows ("Date of issue: 20 November 2025", "Court: Beijing Internet Court"; heldout19)
_FACT_FIELDS = {
    "date of issue": "date", "date of decision": "date", "date of judgment": "date",
    "date of judgement": "date", "decision date": "date", "judgment date": "date",
    "issuing authority": "authority", "issuing authorities": "authority", "court": "authority",
    "issuing body": "authority", "issuing bodies": "authority",
}  # fmt: skip
#: the fewest labelled entries that make a fact list (two could be a lead-in and a point)
_MIN_FACTS = 3
#: labelled paragraphs of their own make a fact list from two ("Court: …", "Date of judgment:
#: …" under a case's headline), each short: a long "Highlights: …" paragraph is the story
_MIN_PLAIN_FACTS = 2
_SHORT_FACT = 25


def fact_label(text: str) -> str | None:
    """The label of a "Label: value" line, else None."""
    m = _FACT.match(text)
    return m.group("label") if m else None


def is_limit(text: str) -> bool:
    """A fact line giving the law's maximum ("Maximum penalty: …"), not what was decided."""
    label = fact_label(text)
    return label is not None and bool(_LIMIT.match(label))


def _entry(block: Block, marker: str | None, depth: int) -> bool:
    return (
        block.marker is not None
        and block.marker == marker
        and block.depth == depth
        and block.heading is None
        and block.cells is None
        and fact_label(block.text) is not None
    )


def _plain_fact(block: Block) -> bool:
    """A short "Label: value" paragraph of its own (no list marker) that closes no sentence:
    "Date of issue: 20 November 2025", "Court: Beijing Internet Court" (heldout19: a firm's
    Legal Updates); "Highlights: The company sold …." is the story."""
    return (
        block.marker is None
        and block.heading is None
        and block.cells is None
        and words(block.text) <= _SHORT_FACT
        and not block.text.rstrip().endswith(_SENTENCE_ENDS)  # "Highlights: The company sold …."
        and fact_label(block.text) is not None
        and (label_line(block) or ("",))[0] not in _NOT_FACTS
    )


_SENTENCE_ENDS = (".", "。", "!", "?", "！", "？")
#: labelled lines read by other rules: a memo's To / From / Re header, a case number
_NOT_FACTS = frozenset({"header", "case", "row", "tags"})


def mark_facts(roles: list[Role]) -> list[Role]:
    """The roles with each fact list under a headline marked ``fact`` and the story paragraph
    right under the list moved above it; other roles unchanged. The facts are list entries
    (three or more) or short labelled paragraphs of their own (two or more)."""
    out: list[Role] = []
    index = 0
    while index < len(roles):
        block, role, _ = roles[index]
        out.append(roles[index])
        index += 1
        if role != "text" or block.heading is None or index >= len(roles):
            continue
        first = roles[index][0]
        if roles[index][1] != "text":
            continue
        plain = first.marker is None
        if plain and not _plain_fact(first):
            continue
        end = index
        while end < len(roles) and roles[end][1] == "text":
            block = roles[end][0]
            if not (_plain_fact(block) if plain else _entry(block, first.marker, first.depth)):
                break
            end += 1
        if end - index < (_MIN_PLAIN_FACTS if plain else _MIN_FACTS):
            continue
        facts = [(b, "fact", i) for b, _, i in roles[index:end]]
        story = roles[end] if end < len(roles) else None
        if story is not None and story[1] == "text" and _story(story[0]):
            out.append(story)
            end += 1
        out.extend(facts)
        index = end
    return out


def _story(block: Block) -> bool:
    """A plain paragraph (no heading, no list marker) that reads as prose."""
    return block.heading is None and block.marker is None and block.cells is None and is_body(block)


def read_fact(item: RawItem, block: Block) -> Block | str:
    """Read one fact into the item: the block to add to its text, or why the line is left out
    (the law's maximum). A date or authority label also gives that field. The text is written
    as sentences, so that the next fact's label does not run into this value ("Court: X. Brought
    by: Y."), and a label stands before each part of a value split by semicolons ("Penalty: RMB
    500,000 on the company; RMB 50,000 on the person in charge" is two penalties)."""
    label = label_line(block)
    name = fact_label(block.text) or ""
    if label is None and (key := _FACT_FIELDS.get(name.lower())):
        label = key, block.text[len(name) :].lstrip(" :：")
    if label is not None and label[0] in {"date", "authority", "effective"}:
        item.hints.setdefault(*label)
    if "title_text" not in item.hints and _names_instrument(item.title):
        # a headline that is an instrument's name over its facts is the name the facts are
        # about, as a table row's title cell is (heldout19: "Effective date: …" under it)
        item.hints["title_text"] = item.title
    if is_limit(block.text):
        return "fact list: the most the law allows, not the penalty imposed"
    value = block.text[len(name) :].lstrip(" :：")
    parts = [p.strip() for p in _PARTS.split(value) if p.strip()]
    text = " ".join(f"{name}: {p}" if p.endswith(_ENDS) else f"{name}: {p}." for p in parts)
    return replace(block, text=text)


def _names_instrument(title: str) -> bool:
    """Is the headline an instrument's name and nothing more ("Measures for the …")?"""
    if title.isascii() and not _INSTRUMENT_HEAD.match(title):
        return False  # "Beijing Internet Court Rules on …": a headline, its verb "Rules"
    found, _ = instruments.extract(title, None, {})
    return len(found) == 1 and found[0].start == 0 and found[0].name == title.strip(" 《》")


#: the word an English instrument's name opens with
_INSTRUMENT_HEAD = re.compile(
    r"(?:Measures|Provisions|Regulations?|Rules|Guidelines?|Guidance|Law|Decision|Notice|"
    r"Opinions|Interpretation|Standards?|Catalogue|Specification|Implementation|Administrative)\b"
)


#: "[ENF] 02 Dec | Zhejiang …", "[LEG] 2025-12-01 ｜ NDA": a type tag, a date, a bar, a body
_TAG_LINE = re.compile(r"^\[[A-Za-z]{2,8}\]\s+(?P<date>[^|｜\[\]]{3,30}?)\s*[|｜]\s*\S")


def tag_date(block: Block) -> str | None:
    """The date of an entry's tag line ("[ENF] 02 Dec | body" gives "02 Dec"), else None."""
    if block.text[:1] != "[" or block.marker is not None or len(block.text) > 160:
        return None
    m = _TAG_LINE.match(block.text)
    if m is None:
        return None
    date = m.group("date")
    found = dates.find_dates(date)
    return date if found and found[0].start == 0 and found[0].end == len(date) else None
