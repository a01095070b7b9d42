"""Split a document's blocks into development items; say why everything else was left out.

Items take many shapes; the splitter reads them from layout features (``layout``), not fonts:

- a headline (short block, heading, bold run-in, numbered title) followed by body paragraphs;
- a paragraph that opens with its date ("On 14 November, …", "2022年11月14日，…") with no
  headline: when such paragraphs outnumber headlines, each one starts an item and the paragraphs
  that do not open with a date continue it;
- entries of a numbered or bulleted list (1. / 一、 / （一） / •), each a full paragraph;
- rows of a table whose header names its columns (``tables``);
- a regulator's single notice or one article page: the whole document is one item (``notice``).

Everything that is not part of an item is kept in ``ParsedDocument.skipped`` with a reason:
section headings, summary/highlights sections and summary paragraphs that repeat an item, tables
of contents and article lists (titles with no text), bylines, subscription and contact blurbs,
disclaimers and footers, and whatever follows the closing footer (unrelated page text).
"""

from __future__ import annotations

import re
from dataclasses import replace

from piplkit.track import cues, instruments, notice, overview, pagelines, release, resume, tables
from piplkit.track.assemble import document, single_notice
from piplkit.track.bareparts import bare_parts
from piplkit.track.casesummary import one_development
from piplkit.track.factrows import add_hints
from piplkit.track.layout import (
    SKIP_REASONS,
    first_sentence,
    is_bare_date,
    is_body,
    is_date_heading,
    is_dated_start,
    label_line,
    section_key,
    sections,
)
from piplkit.track.masthead import part_heading, preamble, siblings
from piplkit.track.metalines import mark_facts, read_fact, tag_date
from piplkit.track.model import Block, ParsedDocument, RawItem, Skipped
from piplkit.track.ownheads import own_parts
from piplkit.track.postfilter import drop_repeats, drop_unrelated
from piplkit.track.roles import URL, Role, Skips, strip_refs
from piplkit.track.roles import roles as block_roles
from piplkit.track.textutil import words
from piplkit.track.translated import translates_item
from piplkit.track.undermeta import read_meta

AFTER_END = "after the closing footer (unrelated page text)"
#: a point already ending its sentence
_ENDS = (".", "。", "!", "?", "！", "？", ";", "；")
_CJK_END = re.compile(r"[\u4e00-\u9fff]\W*$")
NO_TEXT = "title without text (article list, table of contents or unrelated headline)"


def _subheading(build: _Builder, block: Block, nxt: Block) -> bool:
    """A heading deeper than the current item's headline over text that reports nothing new
    ("What it means", "Background", "律师点评" under an item's own heading) continues the item."""
    cur = build.current
    if cur is None or not cur.body or block.heading is None or block.heading >= 7:
        return False  # a bold run-in headline is an item of its own
    if build.head_level is None:
        # an article page (a headline title, its story opening with a dated paragraph, no
        # headline of its own): its subheadings ("Why it matters") are parts of the one story
        deeper = build.article and cur.derived_title and not build.items
    else:
        deeper = block.heading > build.head_level
    return deeper and not is_dated_start(nxt.text) and not cues.item_like(nxt)


# --- pass 2: items --------------------------------------------------------------------------------


class _Builder:
    def __init__(self, roles: list[Role], sources: dict[int, list[str]]) -> None:
        self.roles = roles
        self.known = set(sources)
        self.ref_state = [0]
        self.items: list[RawItem] = []
        self.current: RawItem | None = None
        self.style: str | None = None  # list marker style of the block that began the item
        self.depth = 0
        self.head_level: int | None = None  # heading level of the item's headline
        self.article = False  # the document's title is one story's headline, not a newsletter's
        self.tagged = ""  # the date of a tag line over the next item ("[ENF] 02 Dec | …")

    def close(self) -> None:
        if self.current is not None:
            if not self.current.body:
                self.current.warnings.append("headline without a body paragraph; kept as is")
            self.items.append(self.current)
        self.current = None
        self.style = None

    def start(self, title: str, block: Block, section: str | None, kind: str | None) -> None:
        self.close()
        dated = pagelines.dated_headline(title) if title[-1:] in pagelines.DATE_ENDS else None
        if dated is not None:
            title = dated[0]  # "【发布】… 2025年10月17日": the headline, and the item's date
        self.current = RawItem(
            title, [], section, kind, list(block.refs), list(block.links), block.line
        )
        if dated is not None:
            self.current.hints["date"] = dated[1]
        self.style = block.marker
        self.depth = block.depth
        self.head_level = block.heading
        if self.tagged:
            self.current.hints["date"], self.tagged = self.tagged, ""
        if block.entry_date:  # a list entry's date span: its date when its text has none
            self.current.hints["signed"] = block.entry_date

    def add_links(self, block: Block) -> None:
        assert self.current is not None
        for url in [*block.links, *(u.rstrip(".,;") for u in URL.findall(block.text))]:
            if url not in self.current.links:
                self.current.links.append(url)

    def add_body(self, block: Block) -> None:
        assert self.current is not None
        text, refs = strip_refs(block.text, self.known, self.ref_state)
        refs = sorted(set(refs + block.refs))
        self.current.body.append(text)
        self.current.footnotes.extend(r for r in refs if r not in self.current.footnotes)
        self.add_links(block)

    def add_point(self, block: Block) -> None:
        """A nested entry under the item's headline entry: a field ("Effective: …"), the
        source ("Source: https://…") or a point of its text."""
        assert self.current is not None
        label = label_line(block)
        if label is not None and label[0] != "header":
            add_hints(self.current.hints, label)  # (a case's row of fields: its court and date)
        elif cues.source_line(block):
            self.add_links(block)
        elif block.text.rstrip().endswith(_ENDS):
            self.add_body(block)
        else:  # a log line ("2025-10-17 — published by the CAC") is a sentence of its own
            self.add_body(
                replace(
                    block, text=block.text.rstrip() + ("。" if _CJK_END.search(block.text) else ".")
                )
            )


def split(
    blocks: list[Block],
    name: str = "",
    layout: str = "text",
    meta: dict[str, str] | None = None,
    skipped: list[Skipped] | None = None,
) -> ParsedDocument:
    meta = meta or {}
    sec, skips = sections(), Skips(skipped)
    roles, sources = block_roles(blocks)
    roles = own_parts(bare_parts(mark_facts(roles)), sec)  # the publisher's own parts, left out
    title = cues.document_title(roles, meta)
    texts = [b for b, role, _ in roles if role == "text"]
    has_kind_sections = any(role == "section" and info in sec.kind_of for _, role, info in roles)
    if not has_kind_sections and one_development(title, texts):
        return single_notice(roles, sources, name, layout, meta, skips, title or "")
    cases_at = release.cases_at(roles, title)  # a release of typical cases: one headline a case
    paragraph_mode = cases_at < 0 and cues.paragraph_mode(roles, title)
    build = _Builder(roles, sources)
    build.article = bool(title) and not notice.is_newsletter_title(title or "")
    section: str | None = None
    section_kind: str | None = None
    skip_group: str | None = None
    skip_heading = ""
    skip_level: int | None = None
    started = has_kind_sections is False
    tail = False
    title_seen = False
    dated_by = ""  # a date heading above the next item
    one_line_style: str | None = None  # list marker of the last one-line item
    listed: set[str] = set()  # entries of a contents or summary list, to see them repeated
    # text above a contents or summary list near the top is the document's title, byline and
    # introduction (a release of typical cases, a digest's 编者按), not an item
    preamble_end = cues.listing_at(roles, sec.skip)
    if preamble_end < 0:  # a release of typical cases without a 目录: its cases begin here
        preamble_end = cases_at
    index = 0
    while index < len(roles):
        block, role, info = roles[index]
        index += 1
        if role == "boiler":
            if info == "navigation" and build.current is not None and cues.read_more(block):
                build.add_links(block)  # "Read more →" under an item links to its source
                continue
            if info in pagelines.CLOSING and (build.items or build.current):
                build.close()  # (a sender line or a speaker's label ends the item, not the text)
                tail = info in {"footer", "reactions"}
            skips.add(block, SKIP_REASONS.get(info) or pagelines.REASONS[info])
            continue
        if role == "meta":  # "cac.gov.cn · 17 Nov 2025 · #draft" under a headline (pagelines)
            read_meta(build.current, block, pagelines.meta_date(block.text))  # (undermeta)
            skips.add(block, pagelines.REASONS["meta"])
            continue
        if role == "fact":  # a line of a fact list under its headline (metalines)
            if build.current is None:
                skips.add(block, "metadata line outside any item")
            elif isinstance(fact := read_fact(build.current, block), Block):
                build.add_body(fact)
            elif fact:
                skips.add(block, fact)
            continue
        if role == "source":
            build.close()
            skips.add(block, "source list (footnote links; attached to the items that cite them)")
            continue
        if skip_group == "contents" and cues.toc_entry(roles, index - 1, listed):
            skips.add(block, f"{SKIP_REASONS[skip_group]}: '{skip_heading[:40]}'")
            continue
        if role == "section":
            build.close()
            skips.cut()
            if info in sec.skip:
                skip_group, skip_heading, skip_level = sec.skip[info], block.text, block.heading
                skips.add(block, f"{SKIP_REASONS[skip_group]}: '{skip_heading[:40]}'")
            else:
                skip_group = None
                section, section_kind = block.text, sec.kind_of.get(info)
                started, tail = True, False
                skips.add(block, "section heading")
                skips.cut()
            continue
        if skip_group in cues.LISTING and listed and cues.entry_key(block.text) in listed:
            skip_group = None  # the contents' first entry again (a heading too): items begin
        ends = skip_group is not None and cues.ends_skip(block, skip_level, roles, index - 1)
        if ends and block.heading is not None and cues.points_under(roles, index - 1):
            skip_group = None  # the next slide's title over its bullets: a headline
        elif ends and skip_group == "promotion":
            skip_group = None  # an advertisement between items: the next item's headline
        elif ends:
            build.close()
            skip_group = None
            section, section_kind = block.text, sec.kind_of.get(section_key(block.text))
            started, tail = True, False
            skips.add(block, "section heading")
            skips.cut()
            continue
        if skip_group == "summary" and resume.resumes(roles, index - 1, skip_group, skip_heading):
            skip_group, started = None, True  # a timeline under an outlook, a table under 编者按
        if skip_group is not None:
            if skip_group in cues.LISTING:
                listed.add(cues.entry_key(block.text))
            skips.add(block, f"{SKIP_REASONS[skip_group]}: '{skip_heading[:40]}'")
            continue
        if tail:
            skips.add(block, AFTER_END)
            continue
        if (
            block.text[:1] in cues.TRANSLATION_FIRST
            and cues.translation(block.text)
            and (build.current is not None or build.items)
        ) or translates_item(build.current, block):  # (or unmarked: translated.py, H14-10)
            # "[EN] On 30 September, …" under the Chinese text: the same development again
            skips.add(block, "translation of the text above (same development)")
            continue
        if index <= preamble_end and build.current is None and not build.items:
            skips.add(block, "preamble (title, byline or introduction)")
            continue
        if block.cells is not None:
            run = [block]
            while (
                index < len(roles)
                and roles[index][0].table == block.table
                and roles[index][0].cells is not None
            ):
                run.append(roles[index][0])
                index += 1
            found = tables.table_items(run, section, section_kind)
            if found is not None:
                build.close()
                build.items.extend(found)
                skips.add(block, "table header row")
                skips.cut()
                started = True
                continue
            roles[index:index] = [(tables.row_as_text(r), "text", "") for r in run]
            continue
        if (
            block.text == title
            and not title_seen
            and (block.heading is not None or notice.is_newsletter_title(title) or not build.items)
        ):
            title_seen = True
            nxt = cues.next_text(roles, index - 1)
            if (
                block.heading is not None
                or notice.is_newsletter_title(title)
                or (nxt is None or not is_body(nxt) or not cues.item_like(nxt))
                or cues.dated_list_under(roles, index - 1)  # a log's title over dated entries
            ):
                build.close()
                skips.add(block, "document title")
                continue
        if tagged := tag_date(block):
            build.tagged = tagged  # "[ENF] 02 Dec | body" over the headline: the item's date
            skips.add(block, "tag line (the type, date and body of the entry under it)")
            continue
        if is_date_heading(block):
            under = cues.next_text(roles, index - 1)
            if under is not None and under.heading is None and not under.cells:
                build.close()
                dated_by = block.text  # the date of the items under it, not their headline
                skips.add(block, "date heading (dates the items under it)")
                continue
        if is_bare_date(block.text):
            if build.current is None and build.items:  # a signature's date line after the item
                build.items[-1].hints.setdefault("signed", block.text)
            skips.add(block, "date or reading-time line")
            continue
        if build.current is None and (
            notice.issuer_date_line(block.text) or (not build.items and cues.dated_byline(block))
        ):
            if build.items:  # a signature under the last item: its date when the text has none
                build.items[-1].hints.setdefault("signed", block.text)
            skips.add(block, "publication line (issuer and date)")
            continue
        cur = build.current
        if cur is not None and cues.outranks(block.marker, build.style) and not is_body(block):
            build.close()  # "四、执法与司法" over items numbered "（一）": a section, not a point
            section, section_kind = block.text, sec.kind_of.get(section_key(block.text))
            skips.add(block, "section heading")
            skips.cut()
            continue
        if (
            cur is not None
            and cur.body
            and (
                (block.marker is not None and block.depth > build.depth)
                or (block.marker is not None and block.marker != build.style and not block.heading)
                or (block.text.rstrip().endswith((":", "：")) and not block.heading)
            )
            and label_line(block) is None  # "- Effective: 1 March 2026" under it: a field
            and (
                cur.body[-1].rstrip().endswith((":", "："))
                or not (
                    cues.numbered_headline(block, cues.next_text(roles, index - 1))
                    or cues.case_title(roles, index - 1)
                )
            )
        ):
            build.add_body(block)  # a lead-in or a point of the item's own list
            continue
        label = label_line(block)
        if label is not None:
            if build.current is not None:
                add_hints(build.current.hints, label)  # "Date: 3 May 2024"; a case's row
            else:
                skips.add(block, "metadata line outside any item")
            continue
        if build.current is not None and cues.source_line(block):
            build.add_links(block)  # "Source: https://…" under the item it belongs to
            continue
        if nested := cues.entries_under(roles, index - 1):
            build.start(block.text, block, section, section_kind)  # a changelog's rule name
            if instruments.has_head(block.text):
                build.current.hints["title_text"] = block.text  # type: ignore[union-attr]
            for point, _, _ in roles[index : index + nested]:
                build.add_point(point)  # its log lines, "Effective:", "Impact:", "Source:"
            index += nested
            started = True
            skips.cut()
            continue
        above = roles[max(index - 2, 0)][0]  # a paragraph after a date heading or a run-in headline
        if is_body(block) or dated_by or (above.heading == 7 and cues.run_in_rest(above, block)):
            cur = build.current
            new = (
                cur is None
                or (paragraph_mode and cur.body and cues.starts_item(block.text))
                or (
                    block.marker is not None
                    and block.marker == build.style
                    and block.depth <= build.depth
                    and bool(cur.body)
                )
            )
            if not new:
                build.add_body(block)
                continue
            if (
                (not started or cur is None)
                and (not cues.item_like(block) or overview.describes_document(block.text))
                and not dated_by
            ):
                skips.add(block, "introduction or commentary (no development reported)")
                continue
            build.start(first_sentence(block.text), block, section, section_kind)
            assert build.current is not None
            build.current.derived_title = True
            if dated_by:
                build.current.hints["date"], dated_by = dated_by, ""
            elif not paragraph_mode and block.marker is None:
                # expected in a layout of dated paragraphs or list entries; worth a look in a
                # layout of headlines
                build.current.warnings.append(
                    "paragraph without a headline; title is its first sentence"
                )
            build.add_body(block)
            started = True
            continue
        nxt = cues.next_text(roles, index - 1)
        if (
            one_line_style is not None
            and block.marker == one_line_style
            and nxt is not None
            and nxt.marker is None
            and cues.one_line_item(block)
        ):
            nxt = None  # the last of a list of one-line entries: the paragraph after the list is
            # not its body ("**Muted:** 14 messages …" under a channel's feed)
        if (
            nxt is not None
            and (is_body(nxt) or cues.run_in_rest(block, nxt))
            and not is_bare_date(block.text)
            and not siblings(block, nxt)  # two reports in a list: two items
        ):
            if preamble(roles, index - 1, nxt, started, bool(build.items)):
                build.close()
                skips.add(block, "preamble (title, byline or introduction)")
                continue
            if nxt.marker is not None and pagelines.lead_in(block, roles, index):
                build.close()  # "Four things that crossed my desk this week 👇" over "1️⃣ …"
                skips.add(block, pagelines.REASONS["lead_in"])
                continue
            comment = (
                block.heading is not None
                and len(block.text) <= 30  # the commentary names are short
                and cues.commentary(section_key(block.text), sec.commentary)
            )
            if _subheading(build, block, nxt) or (comment and build.current is not None):
                skips.add(block, "subheading within an item (its text continues the item)")
                continue
            if comment:  # "律师点评" with no item above it: the publisher's view, not news
                skip_group, skip_heading, skip_level = "commentary", block.text, block.heading
                skips.add(block, f"{SKIP_REASONS[skip_group]}: '{skip_heading[:40]}'")
                continue
            if part_heading(roles, index - 1, paragraph_mode):
                # in a layout of dated paragraphs, or over a list of reports, a heading that
                # reports nothing ("Panel 1: Moving data out of Shanghai") names a part: a section
                build.close()
                section, section_kind = block.text, sec.kind_of.get(section_key(block.text))
                skips.add(block, "section heading")
                skips.cut()
                continue
            build.start(block.text, block, section, section_kind)
            started = True
            skips.cut()
            continue
        points = cues.points_under(roles, index - 1) if block.heading is not None else 0
        if points:  # a slide's title over its bullets: the headline and its body
            build.start(block.text, block, section, section_kind)
            for point, _, _ in roles[index : index + points]:
                build.add_body(point)
            index += points
            started = True
            skips.cut()
            continue
        build.close()
        if started and cues.one_line_item(block):
            build.start(block.text, block, section, section_kind)
            build.add_links(block)  # a post's own URL ("… effective 1 June 2026. https://…")
            one_line_style = block.marker
            build.current.warnings.append("one-line item without a body paragraph")  # type: ignore[union-attr]
            build.items.append(build.current)  # type: ignore[arg-type]
            build.current = None
            continue
        if words(block.text) <= 6 and block.marker is None and nxt is not None and not is_body(nxt):
            section, section_kind = block.text, sec.kind_of.get(section_key(block.text))
            skips.add(block, "section heading")
            skips.cut()
            continue
        skips.add(block, NO_TEXT if started else "preamble (title, byline or introduction)")
    build.close()
    items = drop_repeats(release.hint_kinds(build.items, title), skips)  # (a release's cases)
    items = drop_unrelated(items, skips)
    if (
        title
        and len(items) == 1
        and items[0].derived_title
        and not notice.is_newsletter_title(title)
    ):
        items[0].title = title  # one article page: its title is the development's headline
        items[0].derived_title = False
    return document(
        name,
        layout,
        items,
        sources,
        roles,
        skips,
        title,
        meta,
        "table" if any("title_text" in it.hints for it in items) else "newsletter",
    )
