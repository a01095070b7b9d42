"""Pass 1 of the splitter: the role of each block (text, section heading, boilerplate, source
list entry), the document's source list, and the footnote markers glued to sentences.

Also the ``Skips`` collector, which folds consecutive blocks skipped for the same reason into one
entry of ``ParsedDocument.skipped``.
"""

from __future__ import annotations

import re

from piplkit.track.chapters import unstamped
from piplkit.track.chatlines import sender_line
from piplkit.track.contents import group_heads
from piplkit.track.headingkeys import qualified_key
from piplkit.track.imagelines import image_line
from piplkit.track.layout import Sections, boilerplate, is_body, section_key, sections
from piplkit.track.model import Block, Skipped
from piplkit.track.pagelines import PROMO_HEADING, line_group
from piplkit.track.postlines import post_line
from piplkit.track.pullquotes import pull_quote
from piplkit.track.script import folded_name
from piplkit.track.textutil import normalise, words
from piplkit.track.transcript import mark_turns
from piplkit.track.undermeta import meta_lines

Role = tuple[Block, str, str]

URL = re.compile(r"https?://[^\s<>\"'）)\]]+")
_SOURCE_LINE = re.compile(r"^\[?\^?(\d{1,3})\]?[.:)]?\s+(.*)$")
_TRAILING_REF = re.compile(r"([.!?。”\"’)\]])\s?(\d{1,3})\s*$")
_INLINE_REF = re.compile(r"([.!?。”\"’)])(\d{1,3})(?=\s+[A-Z“\"\u4e00-\u9fff])")


class Skips:
    """Skipped entries, consecutive blocks with the same reason folded into one."""

    def __init__(self, initial: list[Skipped] | None = None) -> None:
        self.entries: list[Skipped] = list(initial or [])
        self._last: int | None = None

    def add(self, block: Block | str, reason: str, line: int = 0) -> None:
        text = block if isinstance(block, str) else block.text
        line = line if isinstance(block, str) else block.line
        if self.entries and self._last is not None and self.entries[-1].reason == reason:
            self.entries[-1].blocks += 1
            return
        self.entries.append(Skipped(reason, text[:100], line))
        self._last = len(self.entries) - 1

    def cut(self) -> None:
        self._last = None


def source_entry(block: Block, in_sources: bool) -> tuple[int | None, list[str]] | None:
    urls = URL.findall(block.text) + [u for u in block.links if u not in block.text]
    if block.links and len(urls) > 1:
        # a URL wrapped over two lines of a narrow column ("…/outbound-c" / "ertification") is
        # cut short in the text; its link gives it whole
        urls = [u for u in urls if not any(v != u and v.startswith(u) for v in block.links)]
    if not urls or block.cells is not None:
        return None
    m = _SOURCE_LINE.match(block.text)
    number = int(m.group(1)) if m else block.list_no
    rest = URL.sub("", m.group(2) if m else block.text)
    if number is not None and (in_sources or words(rest) <= 25):
        return number, [u.rstrip(".,;") for u in urls]
    if in_sources:
        return None, [u.rstrip(".,;") for u in urls]
    return None


def strip_refs(text: str, known: set[int], state: list[int]) -> tuple[str, list[int]]:
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


_COLON = re.compile(r"[:：]")


def _lead_key(text: str, skip: dict[str, str]) -> str | None:
    """The skipped-section name before a colon ("Looking ahead: key dates in 2026")."""
    if ":" not in text and "：" not in text:
        return None
    lead = section_key(_COLON.split(text, 1)[0])
    return lead if lead in skip else None


#: "key takeaways for Korean companies", "next steps for clients", "recommendations for our
#: members": a skipped section's name addressed to the readers (heldout10, fix16s)
_AUDIENCE = re.compile(
    r"^(?P<lead>.+?)\s+for\s+(?:(?:our|your|the)\s+)?(?:[\w'’-]+\s+){0,3}"
    r"(?:companies|clients|businesses|employers|members|readers|organisations|organizations|firms|"
    r"investors|operators|multinationals|subscribers|you|us)$"
)


def audience_key(key: str, skip: dict[str, str]) -> str | None:
    """The skipped-section name of a heading that only addresses it to a readership: advice,
    a summary or contacts for someone, not a report of what a public body did."""
    if " for " not in key:
        return None
    m = _AUDIENCE.match(key)
    return m.group("lead") if m and m.group("lead") in skip else None


#: an appendix's name before what it lists ("附录一 相关法律法规", "附：相关法规",
#: "附表 本期涉及的法规", "Appendix A – Laws referred to")
_APPENDIX = re.compile(
    r"^(?:附录|附表|附|appendix|appendices)\s*(?:[一二三四五六七八九十\d]{1,3}|[a-z]\b)?\s*"
)
_LAW_WORDS = ("法规", "法律", "规定", "legislation", "laws", "regulations", "rules")


def _appendix_key(key: str, sec: Sections) -> str | None:
    """The background-law section an appendix heading names: an appendix that lists laws."""
    if not key.startswith(("附", "app")):
        return None
    m = _APPENDIX.match(key)
    if m is None:
        return None
    rest = key[m.end() :]
    if sec.skip.get(rest) == "background" or (rest and any(w in rest for w in _LAW_WORDS)):
        return "附录" if "附录" in sec.skip else None
    return None


#: Han characters, and the kana of a Japanese heading ("今後の予定 / Upcoming dates": heldout11)
_CJK_RUN = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]+")


def _folded(key: str, sec: Sections) -> str | None:
    """A heading in traditional script ("待辦", "頁面修訂紀錄") by its simplified name."""
    if key.isascii():
        return None
    folded = folded_name(key)
    if folded is None:
        return None
    return folded if folded in sec.skip or folded in sec.kind_of else None


def _bilingual_key(key: str, sec: Sections) -> str | None:
    """A bilingual heading ("本期要点 Highlights", "立法动态 Legislation") by either language."""
    for part in bilingual_parts(key):
        if part in sec.skip or part in sec.kind_of:
            return part
    return None


#: a coming period's work plan under a work report's achievements ("二、2026年工作安排",
#: "下半年工作计划", "Priorities for 2026"; the year is gone from the key): what the publisher
#: means to do, not what happened, so an outlook like "展望" (heldout9, fix16p)
_PLAN = re.compile(
    r"^(?:下一?步|下半年|下一?阶段|明年|来年|下一?年度?|年?度)?(?:重点)?工作(?:安排|计划|打算|思路)$|"
    r"^(?:priorities|plans|work\s+plan)\s+for(?:\s+the\s+(?:coming|next)\s+year)?$"
)


def _plan_key(key: str, sec: Sections) -> str | None:
    """The outlook key for a heading that announces the coming period's work plan."""
    return "展望" if "展望" in sec.skip and _PLAN.match(key) else None


def bilingual_parts(key: str) -> tuple[str, ...]:
    """The Chinese and the Latin part of a bilingual heading key; none for one language."""
    if key.isascii():
        return ()  # one language (most headings): nothing to look up twice
    zh = "".join(_CJK_RUN.findall(key))
    if not zh or zh == key.replace(" ", ""):
        return ()
    return zh, normalise(_CJK_RUN.sub(" ", key).strip())


def _links_lead(text: str, key: str, sec: Sections) -> bool:
    """The "相关报道：" over a newspaper's links to its earlier pieces: a colon makes the line read
    as a lead-in, but a list of related reading is never an item's text (heldout15, H15-4)."""
    return text.rstrip().endswith((":", "：")) and sec.skip.get(key) == "articles"


def roles(blocks: list[Block]) -> tuple[list[tuple[Block, str, str]], dict[int, list[str]]]:
    """(block, role, info) per block and the source list.

    Roles: ``text``; ``section`` (info: heading key); ``boiler`` (info: reason group);
    ``source`` (an entry or heading of the source list); ``meta`` (a page's metadata line,
    info ``meta``).
    """
    sec = sections()
    sources: dict[int, list[str]] = {}
    out: list[tuple[Block, str, str]] = []
    in_sources = False
    next_number = 1
    blocks = unstamped(blocks)  # "[07:25] On 18 November, …": the recording's place
    under = meta_lines(blocks)  # a result's site line, a vote's tally (undermeta)
    groups = group_heads(blocks)  # a gazette's issuing bodies over their acts (contents)
    for index, block in enumerate(blocks):
        if index in groups:
            out.append((block, "section", section_key(block.text)))
            continue
        if block.cells is None:
            short = words(block.text) <= 8
            key = section_key(block.text) if short else ""
            if key and key not in sec.skip and key not in sec.kind_of:
                lead = _lead_key(block.text, sec.skip) if block.heading is not None else None
                key = (
                    lead
                    or _bilingual_key(key, sec)
                    or _plan_key(key, sec)
                    or _folded(key, sec)
                    or key
                )
                # "Practical Recommendations", "What I'm reading", 會員活動 (fix16u)
                key = qualified_key(key, sec, block.heading is not None) or key
                key = audience_key(key, sec.skip) or key
                if key.startswith(("附", "app")):
                    key = _appendix_key(key, sec) or key
            if short and key in sec.sources and not block.links and not URL.search(block.text):
                in_sources = True
                out.append((block, "source", ""))
                continue
            # (the first line is the title; a Chinese post's own framing: postlines)
            framing = (line_group(block) or post_line(block)) if out else None
            if framing is None and index in under:
                framing = "meta"
            if framing is None and sender_line(block.text):
                framing = "sender"  # "张律师 11-17 09:12" over a chat message (chatlines)
            if framing is None and image_line(block, out[-1][0] if out else None):
                framing = "image"  # "[图片]" and the caption under it (imagelines)
            if framing is not None:  # a page's, post's or message's framing line (pagelines)
                out.append((block, "meta" if framing == "meta" else "boiler", framing))
                continue
            if block.heading is not None and PROMO_HEADING.match(block.text):
                out.append((block, "section", "sponsored"))  # "## Sponsored: …" and its text
                continue
            if pull_quote(block.text):  # '"…" — our director' between paragraphs (pullquotes)
                out.append((block, "boiler", "quote"))
                continue
            group = boilerplate(block.text)
            if group is not None and not (short and key in sec.kind_of):
                out.append((block, "boiler", group))
                continue
            entry = source_entry(block, in_sources)
            if entry is not None:
                number, urls = entry
                if number is None:
                    number = next_number
                sources.setdefault(number, []).extend(urls)
                next_number = number + 1
                out.append((block, "source", ""))
                continue
            if (
                short
                and (key in sec.kind_of or key in sec.skip)
                and (not is_body(block) or _links_lead(block.text, key, sec))
            ):
                in_sources = False
                out.append((block, "section", key))
                continue
            if in_sources and not is_body(block):
                out.append((block, "source", ""))
                continue
        out.append((block, "text", ""))
    return mark_turns(out), sources  # (a transcript's questions and speakers' labels)
