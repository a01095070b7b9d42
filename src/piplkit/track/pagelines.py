"""Lines that frame the developments of a page, a post or a message without reporting one.

A press-release page, a feed, a social-media post and a forwarded e-mail wrap their items in
lines no newsletter has: a page's metadata bar ("Released: 2025-09-15 | Source: CAC | Font
size: A+ A-"), a feed entry's source line ("cac.gov.cn · 17 Nov 2025 · #draft"), an e-mail's
greeting ("Dear Lei,") and external-mail banner, an event or sponsored advertisement ("WEBINAR:
…, Register: https://…"), a newsletter's masthead repeated under a forward's headers ("CHINA
DATA ALERT | OCTOBER 2025") and a post's reaction counts ("214 · 37 comments · 9 reposts").
Read as paragraphs they look like short headlines, so each became an item or the headline of
the text under it. They are recognised by their shape, not by one publisher's words: short
segments joined by a bar or a middle dot, a label before a colon, a count of reactions.

``line_group`` gives the reason group of such a line (``layout.SKIP_REASONS``), or ``meta``
for a metadata line, whose date (``meta_date``) the splitter keeps as the item's date when its
text gives none.

Two more shapes of these publishers' headlines live here: a headline that closes with its date
("【发布】国家网信办公布《…》 2025年10月17日", ``dated_headline``), and a short line that points to
the numbered points under it ("Four things that crossed my desk this week 👇", ``lead_in``).
"""

from __future__ import annotations

import re

from piplkit.track import dates
from piplkit.track.layout import has_action
from piplkit.track.layout import is_dated_start as is_dated
from piplkit.track.model import Block
from piplkit.track.textutil import words

#: segment separators of a metadata line: a bar, or a middle dot or bullet between spaces
_SEGMENTS = re.compile(r"\s*[|｜]\s*|\s+[·•]\s+")
#: labels of a page's metadata ("Released: …", "Source: …", "Font size: …", "浏览次数：…")
_META_LABEL = re.compile(
    r"^(?:released|release\s+(?:date|time)|issued|published|publication\s+date|posted|updated|"
    r"last\s+updated|source|author|editor|font\s+size|text\s+size|views|reads|print|share|"
    r"来源|发布时间|发布日期|更新时间|作者|编辑|责任编辑|字号|浏览次数|阅读量|点击数)\s*[:：]",
    re.I,
)
#: a label before a bare date without a colon ("Published 15 December 2025", "For the year ended
#: 30 September 2025", "Updated on 3 Nov 2025"): a labelled value too (heldout8, fix16n)
_DATE_LABEL = re.compile(
    r"^(?:published|released|issued|posted|updated|last\s+updated|recorded|as\s+(?:at|of)|"
    r"for\s+the\s+(?:year|period|quarter|half[-\s]year|(?:six|nine|three)\s+months)\s+ended|"
    r"发布于|更新于|截至)\s*(?:on\s+)?",
    re.I,
)

#: a dated label that gives a reporting period's end, not the line's own date
_PERIOD = ("for the", "as at", "as of", "截至")


def _dated_label(part: str) -> bool:
    """The segment is a label and a date, nothing else ("Published 15 December 2025")."""
    m = _DATE_LABEL.match(part)
    if m is None or m.end() == len(part):
        return False
    rest = part[m.end() :]
    found = dates.find_dates(rest)
    return bool(found) and found[0].start == 0 and found[0].end >= len(rest.rstrip())


#: a segment that is a hashtag ("#draft"), an age ("1w", "3d", "2h ago") or a site ("cac.gov.cn")
_TAG = re.compile(r"^(?:#\w[\w-]*|\d{1,3}\s?[smhdwy](?:\s+ago)?|[a-z][\w-]*(?:\.[a-z][\w-]*)+)$")
#: what ends a sentence: a segment that ends so is prose, not a label
_SENTENCE_END = (".", "。", "!", "?", "！", "？", ";", "；")


def meta_date(text: str) -> str | None:
    """The date of a metadata line ("" when it has none), None when the line is no metadata
    line: two or more short segments joined by bars or middle dots, none a sentence or an
    action, and at least one a labelled value, a hashtag, or (with three segments) a date."""
    if len(text) > 200 or not ("|" in text or "｜" in text or "·" in text or "•" in text):
        return None
    parts = [p.strip() for p in _SEGMENTS.split(text) if p.strip()]
    if len(parts) < 2 or any(
        (words(p) > 6 and not _dated_label(p)) or p.endswith(_SENTENCE_END) for p in parts
    ):
        return None
    labels = [p for p in parts if _META_LABEL.match(p) or _TAG.match(p) or _dated_label(p)]
    if has_action(" | ".join(p for p in parts if p not in labels)):
        return None  # "Shanghai · 3 Nov 2025 · CAC fines app": a dateline over a headline
    labelled = bool(labels)
    found = dates.find_dates(text)
    if not labelled and not (found and len(parts) >= 3):
        return None
    published = [p for p in labels if _dated_label(p) and not p.lower().startswith(_PERIOD)]
    if published:  # "Published 15 December 2025", not the period's end before it
        return dates.find_dates(published[0])[0].text
    return found[0].text if found else ""


#: the greeting of a message ("Dear Lei,", "Hi all,", "Team,", "尊敬的客户：") and its sign-off
#: ("Thanks, Lei", "Best regards"): a greeting ends on its comma or colon, a sign-off is only that
_GREETING = re.compile(
    r"^(?:(?:Dear|Hi|Hello|Hey|Greetings|Good\s+(?:morning|afternoon))\b[^.!?\n]{0,40}[,!:，]|"
    r"(?:Hi|Hello)\s+(?:all|everyone|team)|(?:Team|All|Everyone|Colleagues)[,!]|"
    r"(?:尊敬的|亲爱的|各位)[^。！？\n]{0,20}[：:，,！!]|"
    r"(?:Thanks|Thank\s+you|Many\s+thanks|Best|Best\s+regards|Kind\s+regards|Regards|Cheers|"
    r"Sincerely|此致|谢谢)(?:[,!.，！]\s*(?:[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?)?)?)$",
    re.I,
)
#: an e-mail gateway's banner ("[EXTERNAL] This email originated outside …", "CAUTION: …")
_BANNER = re.compile(
    r"^\[?(?:EXTERNAL|EXTERNAL\s+EMAIL|External\s+Sender|CAUTION|WARNING|外部邮件)\]?\s*[:：]?\s*"
    r".{0,60}(?:originated\s+(?:from\s+)?outside|outside\s+(?:of\s+)?(?:the\s+|your\s+)?organi[sz]ation|"
    r"do\s+not\s+click|来自外部)",
    re.I,
)
#: an advertisement or an event of the publisher ("WEBINAR: …", "Sponsored: …", "活动预告：…")
_PROMO = re.compile(
    r"^(?:webinars?|seminars?|workshops?|upcoming\s+events?|save\s+the\s+date|"
    r"register\s+now|join\s+us|sponsored|advertisement|promoted|partner\s+content|ad|"
    r"广告|推广|活动预告|直播预告|讲座预告|研讨会|沙龙|线上讲座)\s*[:：|—–]\s*\S",
    re.I,
)
#: the first characters the patterns above can match (a cheap test before each)
_GREETING_FIRST = frozenset("DHGTAECMBKRSdhgtaecmbkrs尊亲各此谢")
_PROMO_FIRST = frozenset("WSURJAPwsurjap广推活直讲研沙线")
_REACTION_FIRST = frozenset("👍❤💡👏🔥L")
#: a heading that opens an advertisement ("## Sponsored: The DPO toolkit …"): its section
PROMO_HEADING = re.compile(
    r"^(?:sponsored|advertisement|promoted|partner\s+content|ad|广告|推广)\s*[:：|—–]", re.I
)
#: a post's reaction counts ("214 · 37 comments · 9 reposts", "Like · Reply · 6 likes") or its
#: buttons ("Like Comment Repost Send"): counts joined by a middle dot or a bar, no sentence
_REACTIONS = re.compile(  # (opens with a digit, not "\b": the engine skips ahead in C)
    r"\d[\d,.]*[KkMm]?\s*(?:(?:comments?|reposts?|shares?|reactions?|likes?|retweets?)\b|"
    r"条评论|次转发|人点赞|个赞)"
)
_BUTTONS = re.compile(r"^Like\s+(?:[·|]\s*)?(?:Comment|Reply)\b")
#: the newsletter's name and issue on a line of its own ("CHINA DATA ALERT | OCTOBER 2025",
#: "Privacy Brief — November 2025")
_ISSUE = re.compile(
    r"^[^.!?。]{3,60}?(?:alert|update|brief|briefing|bulletin|digest|newsletter|review|watch|"
    r"tracker|insights?)\s*[|｜:—–-]\s*(?:(?:Issue|No\.?)\s*\d+\s*[,|｜]?\s*)?"
    r"(?:[A-Za-z]{3,9}\.?\s+)?(?:19|20)\d{2}$",
    re.I,
)


def line_group(block: Block) -> str | None:
    """The reason group of a framing line (``meta`` for a metadata line), else None. Each
    pattern runs only where the line's first character or a separator lets it match: most
    blocks are prose and pass with a few string tests."""
    text = block.text
    if block.cells is not None or len(text) > 300:
        return None
    first = text[:1]
    joined = "|" in text or "·" in text or "•" in text or "｜" in text
    n = words(text)
    if joined and n <= 30 and meta_date(text) is not None:
        return "meta"
    if block.heading is not None:
        return None  # a heading ("## Thank you", "# Data Bulletin — October 2025") is read as one
    if n <= 10 and first in _GREETING_FIRST and _GREETING.match(text):
        return "message"
    if first in "[CWc外" and _BANNER.match(text):
        return "message"
    if n <= 60 and first in _PROMO_FIRST and _PROMO.match(text):
        return "promotion"
    if n <= 25 and (joined or first in _REACTION_FIRST) and _reactions(text):
        return "reactions"
    if n <= 10 and text[-4:].isdigit() and _ISSUE.match(text) and not has_action(text):
        return "masthead"
    return None


#: the last characters of a headline that may close with a date (a cheap test first)
DATE_ENDS = frozenset("0123456789日号")
#: what may stand between a headline and the date after it (a space, a bar, a dash, a comma)
_BEFORE_DATE = re.compile(r"[\s|｜,，—–-]+$")
#: a headline that ends on a preposition leaves the date part of its sentence ("… on")
_ENDS_LINKED = re.compile(
    r"(?:\b(?:on|of|from|by|until|at|in|before|after|since|as\s+of)|于|自|至|截至|在)$", re.I
)


def dated_headline(title: str) -> tuple[str, str] | None:
    """(title, date) of a headline that closes with its date after a space or a bar
    ("国家网信办公布《…》 2025年10月17日", "CAC fines app | 17 Oct 2025"): the date is the
    item's own, as a feed or a 速递 writes it after the headline, and no part of the title.
    None for any other headline, and where the date reads as part of its sentence ("… on 3
    November 2025", "…于2025年10月17日")."""
    if len(title) > 200 or title[-1:] not in DATE_ENDS:
        return None
    found = dates.find_dates(title)
    last = found[-1] if found else None
    if last is None or not last.full or last.end != len(title.rstrip()):
        return None
    head = title[: last.start]
    gap = _BEFORE_DATE.search(head)
    if gap is None:
        return None
    head = head[: gap.start()]
    if len(head) < 6 or _ENDS_LINKED.search(head) or dates.find_dates(head[-12:]):
        return None
    return head, last.text


#: how a line points to the list under it: a colon, a pointing emoji, "below", "如下"
_POINTS_DOWN = re.compile(r"(?:[:：]|👇|⬇️?|↓|\bbelow\b\W*|如下\W*)$", re.I)
#: a post's teaser closes on a pointing emoji or a thread's spool ("… you may have missed 🧵👇"):
#: it may run longer than a plain lead-in, as no headline ends so (heldout19)
_TEASER_END = re.compile(r"(?:👇|⬇️?|🧵)\W*$")
#: the longest lead-in, and the longest teaser
_LEAD_IN_WORDS, _TEASER_WORDS = 15, 25


def lead_in(block: Block, roles: list[tuple[Block, str, str]], index: int) -> bool:
    """A short line that points to the list under it ("Four things that crossed my desk this
    week 👇", "本周要闻如下：") over two or more entries of one marker (``roles[index:]``) that
    are paragraphs: it introduces the entries, each an item of its own, and heads none. So does
    a line that neither reports nor dates over numbered entries that each open with their date
    ("这周值得关注的三件事，整理好了～" over "① 本周二，…", "② 11月27日，…": heldout10)."""
    if block.marker is not None or block.heading is not None:
        return False
    n = words(block.text)
    if n > _LEAD_IN_WORDS and (n > _TEASER_WORDS or not _TEASER_END.search(block.text)):
        return False
    points = bool(_POINTS_DOWN.search(block.text.rstrip()))
    if not points and (has_action(block.text) or dates.find_dates(block.text)):
        return False  # (a line that reports, or dates, heads what is under it)
    entries = []
    for entry, role, _ in roles[index:]:
        if role != "text" or entry.marker is None:
            break
        entries.append(entry)
    if len(entries) < 2 or any(e.marker != entries[0].marker for e in entries):
        return False
    if not points and (entries[0].marker != "num" or not all(is_dated(e.text) for e in entries)):
        return False  # (without a pointer: numbered entries that each open with their date)
    return all(e.heading is None and words(e.text) >= 12 for e in entries)


def _reactions(text: str) -> bool:
    """Reaction counts under a post, not a sentence about comments ("The CAC received 3,000
    comments on the draft.")."""
    if _BUTTONS.match(text):
        return True
    if not ("·" in text or "•" in text or "|" in text or text[:1] in _REACTION_FIRST):
        return False
    return not text.rstrip().endswith(_SENTENCE_END) and bool(_REACTIONS.search(text))


#: the reasons given for the groups above (``layout.SKIP_REASONS`` gives the others)
REASONS = {
    "meta": "page metadata line (source, date, tags)",
    "message": "e-mail framing (greeting, sign-off or external-mail banner)",
    "promotion": "advertisement or the publisher's event",
    "reactions": "reactions and comments under a post (the post ends here)",
    "masthead": "the newsletter's name and issue",
    "lead_in": "introduction to the list below (each entry an item)",
    "sender": "chat message's sender and time (the message follows)",
    "image": "image placeholder or caption",  # (imagelines)
    # a transcript's labels (``transcript``)
    "question": "question in a transcript (asks, reports nothing)",
    "speaker": "speaker's label in a transcript (a new turn; the item above ends)",
}
#: framing that ends the item above: a footer or a post's reactions (and all text after them),
#: a chat message's sender line or a transcript speaker's label (the item only)
CLOSING = frozenset({"footer", "reactions", "sender", "speaker"})
