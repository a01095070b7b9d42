"""Layout cues the splitter decides on, read from a block and its neighbours.

``layout`` says what one block looks like (prose, a dated start, a bare date); the cues here
look at a block in its place among the document's blocks: does a paragraph report a development
on its own, does it open a new item in a layout of dated paragraphs, is a short line a numbered
headline over its dated body, does a document read as dated paragraphs rather than headlines.
Kept apart from ``split`` so that its state machine reads as one pass over the blocks.
"""

from __future__ import annotations

import re

from piplkit.track import dates, instruments, pagedate
from piplkit.track.authorities import has_authority
from piplkit.track.blocktext import list_marker
from piplkit.track.bylines import byline
from piplkit.track.digesttitle import compiled_byline
from piplkit.track.headseries import series_headlines
from piplkit.track.headtitle import first_of_headlines
from piplkit.track.layout import has_action, is_bare_date, is_body, is_dated_start, label_line
from piplkit.track.model import Block
from piplkit.track.postfilter import in_domain
from piplkit.track.roles import URL, Role, bilingual_parts
from piplkit.track.textutil import words

#: a paragraph marked as the translation of the one above ("[EN] …", "【英文】…", "English: …")
_TRANSLATION = re.compile(
    r"^\s*(?:[\[【(（]\s*(?:EN|ENG|English|英文|英译|译文|ZH|CN|中文)\s*[\]】)）]|"
    r"(?:English(?:\s+translation)?|英文|译文)\s*[:：])\s*\S",
    re.I,
)


#: the characters a translation mark can open with (blocks come stripped of white space)
TRANSLATION_FIRST = frozenset("[【(（E英译")


def translation(text: str) -> bool:
    """A paragraph marked as the translation of the one above: it reports the same
    development, so it neither starts an item nor adds to one."""
    return text[:1] in TRANSLATION_FIRST and bool(_TRANSLATION.match(text))


def item_like(block: Block) -> bool:
    """A paragraph that reports a development even without a headline above it."""
    text = block.text
    return (
        is_dated_start(text)
        or block.marker is not None
        or (has_action(text) and (has_authority(text) or "《" in text))
    )


def reports(heading: str) -> bool:
    """A heading that says what happened ("CAC fines X", "Guangzhou Internet Court rules on
    …", "《…》正式施行"), not one that names a part of the document or an event's programme
    ("Opening keynote", "Panel 2: Enforcement trends", "Thank you")."""
    return (
        has_action(heading)
        or has_authority(heading)
        or "《" in heading
        or bool(dates.find_dates(heading))
        or instruments.has_head(heading)
    )


def dated_byline(block: Block) -> bool:
    """A short line with a full date that reports nothing, under the document's title
    ("某集团合规部 2025年10月9日 内部资料，注意保密", "Editorial team | 8 October 2024"): who
    published the document and when, not a headline; up to 120 characters when the date is one
    field among separators ("Compiled by the … Desk | 14 November 2025 | 4 min read")."""
    text = block.text
    if block.heading is not None or block.marker is not None or len(text) > 120:
        return False
    if compiled_byline(text):
        return True  # "2025年11月17日—11月21日 整理：群助手小安 …": a digest's byline (digesttitle)
    if pagedate.labelled(text) and len(text) <= 80:  # "Published Friday, 5 December 2025"
        return dates.field_date(text) is not None
    if byline(text) and dates.field_date(text) is not None:
        return True  # "By … | Published Friday, 5 December 2025 | 4 min read" (bylines, fix16u)
    if is_dated_start(text) or has_action(text) or text.rstrip().endswith((".", "。")):
        return False
    if len(text) > 60:  # longer: only when the date is a field of its own ("… | date | 4 min read")
        return dates.field_date(text) is not None
    return any(m.full for m in dates.find_dates(text))


def points_under(roles: list[Role], index: int) -> int:
    """How many list entries right below the heading at ``index`` are its points (a slide's
    bullets: "The Measures … took effect on 1 May 2025.", "Issued by the CAC.", "Handlers of
    …"): 0 unless there are two or more and fewer than half of them report a development on
    their own (as a list of developments' entries each do), and one of them is a dated
    sentence."""
    points: list[Block] = []
    for block, role, _ in roles[index + 1 :]:
        if role != "text" or block.marker is None or block.heading is not None:
            break
        points.append(block)
    if len(points) < 2 or not any(
        b.text.rstrip().endswith((".", "。")) and dates.find_dates(b.text) for b in points
    ):
        return 0  # link lists ("Related services": "Data protection", …) date nothing
    alone = sum(
        1
        for b in points
        if is_dated_start(b.text) or (has_action(b.text) and has_authority(b.text))
    )
    return len(points) if 2 * alone < len(points) else 0


def entries_under(roles: list[Role], index: int) -> int:
    """How many nested list entries under the headline-only list entry at ``index`` are its
    body (a changelog's "- **Measures for …**" over its dated log lines, "Effective: …",
    "Impact: …" and "Source: …"): 0 unless the entry is a list entry that is no sentence (bold,
    or a short line without a full stop), one of the deeper entries under it is dated or a
    field label, and the deeper entries are not each a development of their own (a bold
    region or category over a list of full reports keeps its entries as items)."""
    head = roles[index][0]
    if (
        head.marker is None
        or head.cells is not None
        or head.heading not in (None, 7)
        or head.text.rstrip().endswith((".", "。", ":", "："))
        or (head.heading is None and (is_body(head) or words(head.text) > 20))
    ):
        return 0
    nested: list[Block] = []
    for block, role, _ in roles[index + 1 :]:
        deeper = block.depth > head.depth or (block.marker == "sub" and head.marker != "sub")
        if role != "text" or block.marker is None or not deeper:  # "sub": ◦ in plain text
            break
        if block.heading is not None or block.cells is not None:
            break
        nested.append(block)
    if not nested or not any(dates.find_dates(b.text) or label_line(b) for b in nested):
        return 0
    reports = sum(
        1
        for b in nested
        if b.depth <= head.depth + 1
        and b.text.rstrip().endswith((".", "。"))
        and is_body(b)
        and has_action(b.text)
    )
    return 0 if reports >= 2 and reports == len(nested) else len(nested)


def starts_item(text: str) -> bool:
    """In a layout of dated paragraphs, a paragraph that opens a new item: it opens with its
    date, or names a public body doing something on a date in its first words ("The CAC on
    14 November released …")."""
    if is_dated_start(text):
        return True
    head = text[:120]
    found = dates.find_dates(head)
    return bool(found) and found[0].start < 80 and has_action(head) and has_authority(head)


def dated_list_under(roles: list[Role], index: int) -> bool:
    """The line at ``index`` stands over a list of two or more entries of one marker that each
    open with their date ("DATA RULES LOG" over "• 5 November 2025: The CAC published …"): a
    log's title over its entries, not one story's headline over its paragraphs."""
    style: str | None = None
    dated = 0
    for block, role, _ in roles[index + 1 :]:
        if role != "text" or block.heading is not None or block.cells is not None:
            break
        if block.marker is None or (style is not None and block.marker != style):
            break
        style = block.marker
        if not is_dated_start(block.text):
            return False
        dated += 1
    return dated >= 2


def one_line_item(block: Block) -> bool:
    """A headline-like line with no body that is itself a development ("CAC fines X (3 May)")."""
    text = block.text
    if text.rstrip().endswith(("?", "？")) or words(text) < 5:
        return False
    dated = bool(dates.find_dates(text))
    return has_action(text) and (dated or has_authority(text)) and in_domain(text)


def paragraph_mode(roles: list[Role], title: str | None) -> bool:
    """True when dated paragraphs without headlines outnumber headline-and-body items (the
    document's title above the first paragraph is not a headline)."""
    texts = [
        b
        for b, role, _ in roles
        if role == "text"
        and b.cells is None
        and b.text != title
        and label_line(b) is None
        and not translation(b.text)
        and not _url_line(b)  # "Source: https://…" closes a paragraph; it heads none (H13)
    ]
    headlines = 0
    candidates: list[str] = []  # body paragraphs right after another body paragraph
    series: frozenset[int] | None = None  # numbered headlines of one report each (headseries)
    for prev, block in zip([None, *texts], texts, strict=False):
        if not is_body(block):
            continue
        prev_body = prev is not None and is_body(prev)
        if (
            prev is not None
            and not prev_body
            and prev.heading != 1
            # a dated byline over the first paragraph ("Compiled by … | 14 November 2025") is
            # no headline (asked only before the first headline: bylines sit at the top)
            and not (headlines == 0 and not candidates and dated_byline(prev))
        ):
            if is_dated_start(block.text) and (
                # a chat export's date divider ("3 December 2025") over a dated message: no
                # headline either (heldout12, fix16v)
                (part_line(prev) or is_bare_date(prev.text))
                if prev.heading is None
                else not reports(prev.text) and id(prev) not in (series := _series(roles, series))
            ):
                candidates.append(block.text)  # "Panel 2: Enforcement trends": a part's name
            else:
                headlines += 1
        elif prev_body:
            candidates.append(block.text)
    # ``starts_item`` (dates, action words, authorities) only until the count is decided: in a
    # document of headlines over one paragraph each, never
    dated = 0
    for left, text in enumerate(candidates):
        if dated > headlines or dated + len(candidates) - left <= headlines:
            break
        if starts_item(text):
            dated += 1
    return dated > headlines


def _url_line(block: Block) -> bool:
    """A line of a URL and at most a label ("Source: https://…", "来源：https://…") in the text
    itself, not a linked headline (heldout13, fix16z)."""
    return block.heading is None and "://" in block.text and words(URL.sub("", block.text)) <= 2


def _series(roles: list[Role], known: frozenset[int] | None) -> frozenset[int]:
    """The numbered series' headlines, found once per document (heldout13, fix16z)."""
    return series_headlines(roles, starts_item) if known is None else known


def part_line(block: Block) -> bool:
    """A numbered line of a few words in plain text ("（一）规则制定", "2. Enforcement"): a part's
    name as a heading would be, where the format marks no headings; its action word alone
    ("规则制定", "Rule-making") reports nothing without a body, an instrument or a date named
    (heldout9, fix16p)."""
    text = block.text
    if block.marker is None or words(text) > 6 or is_body(block):
        return False
    return not (has_authority(text) or "《" in text or dates.find_dates(text))


def toc_entry(roles: list[Role], index: int, listed: set[str] | None = None) -> bool:
    """A section name (a block of role ``section``) inside a table of contents: the next two
    blocks are titles, not text; or, ``listed`` holding the entries seen so far, a short
    numbered line not yet among them (the contents' last entry "肆、读者来信" over the 编者序
    and its text; heldout9, fix16q), which is added to them, so that the section's heading
    below ends the contents."""
    if roles[index][1] != "section":
        return False
    block = roles[index][0]
    text = block.text
    key = entry_key(text) if listed is not None else ""
    if listed is not None and key in listed:
        return False  # an entry again: the section itself, below the contents
    following = [b for b, role, _ in roles[index + 1 : index + 8] if role in {"text", "section"}][
        :2
    ]
    if len(following) == 2 and not any(is_body(b) for b in following):
        if listed is not None:
            listed.add(key)
        return True
    if listed is None or len(text) > 24 or not (block.marker or _NUMBERED.match(text)):
        return False
    listed.add(key)
    return True


_NUMBERED = re.compile(
    r"\s*(?:[一二三四五六七八九十壹贰貳叁參参肆伍陆陸柒捌玖拾]{1,3}、|\d{1,2}[.、])"
)


def ends_skip(block: Block, level: int | None, roles: list[Role], index: int) -> bool:
    """A heading of the skipped section's rank, or a short line above a reported development,
    ends a skipped section even when its name is not in the vocabulary."""
    if block.heading is not None and level is not None and block.heading <= level:
        return True
    if words(block.text) > 6 or is_body(block) or block.cells is not None:
        return False
    nxt = next_text(roles, index)
    return level is None and nxt is not None and is_body(nxt) and is_dated_start(nxt.text)


def source_line(block: Block) -> bool:
    """A line that only points to the source ("来源：https://…", "Source: [link]")."""
    urls = URL.findall(block.text)
    if not urls and not block.links:
        return False
    return words(URL.sub("", block.text)) <= 6


_READ_MORE = re.compile(
    r"^\W*(?:read\s+(?:more|the\s+(?:full\s+)?(?:story|article|notice|text))|continue\s+reading|"
    r"full\s+(?:story|text|article)|more|阅读原文|查看原文|阅读全文|查看全文|全文|详情|原文链接)\W*$",
    re.I,
)


def read_more(block: Block) -> bool:
    """A "Read more →" link under an item: it points to the item's own source (unlike
    breadcrumbs and previous/next links, which point elsewhere on the site)."""
    return bool(block.links) and len(block.text) <= 40 and bool(_READ_MORE.match(block.text))


def next_text(roles: list[Role], index: int) -> Block | None:
    """The next text block (labelled metadata lines skipped), None at a section heading."""
    for block, role, info in roles[index + 1 :]:
        if role == "text" and label_line(block) is None:
            return block
        if role in {"section", "source"} or info == "sender":
            return None  # (a chat's next message is no text of this one)
    return None


#: list marker styles that number entries (bullets and lettered points do not head items)
NUMBERED = frozenset({"num", "zh1", "zh2", "paren", "roman", "ol"})


#: ranks of Chinese outline numbering, outermost first: 一、 > （一） > 1. > （1）
_RANK = {"zh1": 0, "zh2": 1, "num": 2, "ol": 2, "paren": 3}


def outranks(marker: str | None, style: str | None) -> bool:
    """A list marker of a higher outline rank than the current item's ("二、" while the items
    are "（一）" entries): it opens a new part of the document, not a point of the item."""
    if marker is None or style is None or marker not in _RANK or style not in _RANK:
        return False
    return _RANK[marker] < _RANK[style]


def numbered_headline(block: Block, nxt: Block | None) -> bool:
    """A numbered line that heads the dated paragraph below it ("2. TC260 releases draft
    standard" over "On November 14, TC260 released …"; "二、…" over "11月14日，…"): a headline,
    even where the items around it are dated paragraphs without headlines."""
    if block.marker not in NUMBERED or block.heading is not None or is_body(block):
        return False
    if words(block.text) < 3 or block.text.rstrip().endswith((":", "：")):
        return False
    return (
        nxt is not None
        and nxt.marker is None
        and nxt.heading is None
        and is_body(nxt)
        and is_dated_start(nxt.text)
    )


def run_in_rest(head: Block | None, rest: Block | None) -> bool:
    """The text that follows a bold run-in headline in its own paragraph ("**CAC issues
    measures** — The CAC published the Measures for …"): the headline's body, however
    many capitalised names make it look like a title."""
    return (
        head is not None
        and rest is not None
        and head.heading == 7
        and rest.heading is None
        and rest.marker is None
        and rest.cells is None
        and rest.line == head.line
        and rest.text.rstrip().endswith((".", "。", "!", "?", "！", "？", ";", "；"))
    )


def case_title(roles: list[Role], index: int) -> bool:
    """A line right above a court case number ("一、某科技公司非法收集人脸信息案" over
    "（2025）京0491民初1234号"): the case's title, a headline whatever its body opens with."""
    block = roles[index][0]
    if block.heading is None and (block.marker is None or is_body(block)):
        return False
    after = roles[index + 1][0] if index + 1 < len(roles) else None
    return after is not None and (label := label_line(after)) is not None and label[0] == "case"


#: skipped sections whose entries the items below repeat as their headlines
LISTING = frozenset({"contents", "summary"})
_KEY_DROP = re.compile(r"[\W_]+")


def commentary(key: str, names: frozenset[str]) -> bool:
    """A commentary heading, in one language or two ("律师点评 Our comments")."""
    return key in names or any(part in names for part in bilingual_parts(key))


def entry_key(text: str) -> str:
    """A contents entry or headline compared without numbering, brackets, case or punctuation."""
    return _KEY_DROP.sub("", list_marker(text)[2]).casefold()


def listing_at(roles: list[Role], skip: dict[str, str]) -> int:
    """Index of a contents or summary section heading among the first blocks when no headline
    with a body and no table comes before it (so the text above it introduces the document),
    else -1."""
    for at, (block, role, info) in enumerate(roles[:12]):
        if role == "section":
            return at if skip.get(info) in LISTING else -1
        if role == "text" and block.heading is not None and block.heading < 7 and at > 0:
            return -1
        if block.cells is not None:
            return -1  # a table of developments above an 编者按 is no introduction
        if role == "text" and block.marker is not None and at + 1 < len(roles) and at > 0:
            under = roles[at + 1][0]
            if not is_body(block) and under.marker is None and is_body(under) and item_like(under):
                return -1  # "一、某公司…案" over its dated text: an item above a 下一步工作
    return -1


#: a subject's forwarding or reply prefix ("Fw:", "转发：", "RE:")
_SUBJECT_PREFIX = re.compile(r"^(?:(?:fw|fwd|re|转发|回复|答复)\s*[:：]\s*)+", re.I)


def _mailed_title(roles: list[Role]) -> str | None:
    """The subject of an e-mail whose body repeats it as its own title line: a notice sent by
    e-mail (an association's 转发 notice under 发件人 / 发送时间 / 主题, heldout17, H17-10). Its
    header lines come first, so the first line would be a header field; the subject is the
    document's title where the body names it again (else the subject may be a memo's topic)."""
    for block, _, _ in roles[:8]:
        label = label_line(block)
        if label is None or label[0] != "header" or not block.text.startswith(("主题", "Subject")):
            continue
        subject = _SUBJECT_PREFIX.sub("", label[1]).strip()
        if subject and any(b.text.strip() == subject for b, _, _ in roles[1:40]):
            return subject
    return None


def document_title(roles: list[Role], meta: dict[str, str]) -> str | None:
    """The first heading, or the first line, above the first section heading (an e-mail's
    subject where its body repeats it)."""
    mailed = _mailed_title(roles)
    if mailed is not None:
        return mailed
    head: list[Role] = []
    for entry in roles[:12]:
        if entry[1] in {"section", "source"}:
            break
        head.append(entry)
    for block, role, _ in head:
        if role == "text" and block.heading == 1:
            return block.text
    # a run-in headline (level 7) heads an item, never the document
    headed = [
        b for b, role, _ in head[:6] if role == "text" and b.heading is not None and b.heading < 7
    ]
    if headed and not is_body(headed[0]) and not first_of_headlines(roles, headed[0]):
        return headed[0].text
    first = next((b for b, role, _ in head if role == "text"), None)
    if first is not None and not is_body(first) and words(first.text) <= 40:
        return first.text
    return meta.get("title")
