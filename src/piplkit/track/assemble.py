"""The last step of the splitter: a ParsedDocument from its items, the source list and the
skipped blocks (its publication date read from the title and the lines above the first item),
and the single-notice path (a regulator's one notice is one item, whatever its paragraphs).

Apart from ``split`` so that the splitter's pass over the blocks stays one readable module.
"""

from __future__ import annotations

from piplkit.track import dates, notice, pagelines, weekdays
from piplkit.track.layout import SKIP_REASONS
from piplkit.track.model import Block, ParsedDocument, RawItem
from piplkit.track.posttime import post_date
from piplkit.track.roles import Role, Skips


def single_notice(
    roles: list[Role],
    sources: dict[int, list[str]],
    name: str,
    layout: str,
    meta: dict[str, str],
    skips: Skips,
    title: str,
) -> ParsedDocument:
    body_blocks: list[Block] = []
    seen_title = False
    for block, role, info in roles:
        if role == "boiler":
            # (a page's framing line, an image's caption: the reasons of pagelines)
            skips.add(block, SKIP_REASONS.get(info) or pagelines.REASONS[info])
        elif role == "source":
            skips.add(block, "source list (footnote links; attached to the items that cite them)")
        elif block.text == title and not seen_title:
            seen_title = True
            skips.add(block, "document title (the notice's title is the development's)")
        else:
            body_blocks.append(block)
    item, left = notice.notice_item(title, body_blocks, meta)
    for block, reason in left:
        skips.add(block, reason)
    item.footnotes = sorted(set(item.footnotes))
    return document(name, layout, [item], sources, roles, skips, title, meta, "notice")


def document(
    name: str,
    layout: str,
    items: list[RawItem],
    sources: dict[int, list[str]],
    roles: list[Role],
    skips: Skips,
    title: str | None,
    meta: dict[str, str],
    structure: str,
) -> ParsedDocument:
    warnings: list[str] = []
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
    head = [b.text for b, role, _ in roles[:20] if role in {"text", "section", "boiler"}]
    if items:
        first_line = items[0].line
        head = [b.text for b, role, _ in roles[:20] if b.line < first_line or role == "section"][
            :12
        ]
    preamble = "\n".join(([title] if title else []) + head[:12])
    # a weekly issue's span ("(17–21 November 2025)") is dated by its last day, not its first
    published = weekdays.range_end(preamble) or dates.publication_date(preamble)
    if published is None and meta.get("date"):
        found = dates.find_dates(meta["date"])
        published = dates.as_date(found[0], None) if found and found[0].year else None
    if published is None:  # "编辑于 2025-12-06 21:14" under an answer (posttime, heldout13)
        published = post_date(roles)
    return ParsedDocument(
        name=name,
        layout=layout,
        items=items,
        sources=sources,
        published=published.isoformat() if published else None,
        warnings=warnings,
        skipped=skips.entries,
        title=title,
        structure=structure,
    )
