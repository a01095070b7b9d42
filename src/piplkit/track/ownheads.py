"""Parts of a document about its publisher itself, named by whom they concern, not by a list.

An internal bulletin or a firm's newsletter closes its developments with parts on its own
organisation: the company's compliance reminders (三、公司合规提示), a department's training
(四、部门动态, though its entry opens with a date), the privacy office's news ("Privacy Office
news"), a chamber's own events ("Upcoming Chamber events"), what the developments mean for
the group ("What this means for Example Group"), the lawyers' advice to clients (四、律师提示)
or the firm's (我们的建议). The vocabulary names a few such parts (本所动态, "firm
news", 待办); these headings vary with the publisher's name, so they are read by their shape: a
word for the publisher or one of its units (公司, 本所, 部门, "office", "team") before a word for
news or tasks, or an audience that is the publisher itself ("for us", "for the group").

Such a heading is only a part when it stands at the level of the document's known section
headings (一、监管动态 beside 四、部门动态): deeper, under an item, it is the item's own
commentary. A part whose text names a public body reports that body's acts (a government
site's 部门动态, its departments' news) and is kept.
"""

from __future__ import annotations

import re

from piplkit.track.authorities import has_authority
from piplkit.track.layout import Sections, section_key
from piplkit.track.roles import Role

#: the publisher or one of its units, in a heading's first words
_ZH_SELF = (
    r"(?:本公司|我公司|公司|我司|本司|本集团|集团|本部门|部门|本部|本团队|团队|本所|我所|律所|本行|我行|"
    r"本中心|内部)"
)
#: its news (a part of the publisher's own events) and its tasks or advice (the readers' own)
_NEWS = "动态|新闻|活动|资讯|简讯|快讯|风采"
_TASKS = "提示|提醒|要求|事项|待办|任务|安排"
_ZH_OWN = re.compile(
    rf"^{_ZH_SELF}(?!规章|规范|法)[\u4e00-\u9fff]{{0,4}}?(?P<tail>{_NEWS}|{_TASKS})$"
)
#: a lawyer's or compliance officer's advice after a 月报's developments (律师提示, 合规提示),
#: or the firm's own advice in its words (我们的建议, 本所建议: heldout17, H17-7)
_ZH_ADVICE = re.compile(
    r"^(?:律师|合规|温馨|实务|专家)(?:提示|提醒)$|^(?:我们|本所|我所|笔者|本团队)的?(?:建议|提示|提醒)$"
)
#: what the developments mean for the publisher itself (对我司的影响)
_ZH_FOR_US = re.compile(
    rf"^对(?:我们|{_ZH_SELF})的?(?:影响|启示|意义)$|^对(?:我们|我司|公司)意味着什么$"
)
_EN_UNIT = r"(?:office|team|group|firm|company|department|practice|desk)"
#: "privacy office news", "our team updates", "group news"
_EN_NEWS = re.compile(
    rf"^(?:(?:our|the)\s+)?(?:[\w'’&-]+\s+){{0,3}}{_EN_UNIT}\s+(?:news|updates?|notes|corner)$"
)
#: the publisher's own events under their own heading ("Upcoming Chamber events", "Our firm's
#: events", "Association events"): its briefings and meetings, however near their dates (H17-4)
_EN_EVENTS = re.compile(
    r"^(?:(?:upcoming|forthcoming|future|our|the)\s+)*(?:[\w'’&-]+\s+){0,2}"
    r"(?:chamber|association|society|council|member|members|firm|firm's|office|team|group)'?s?\s+"
    r"(?:events|meetings|briefings|activities)$"
)
#: "what this means for us", "… for example group", "… for our business" (not "for your …",
#: advice to the readers, which the vocabulary's audience rule reads)
_EN_FOR_US = re.compile(
    r"^what\s+(?:this|it|these|that|they)\s+means?\s+for\s+(?!your?\b)"
    r"(?:us|our\s+[\w'’ &-]+|(?:the\s+)?(?:[\w'’&-]+\s+){0,3}"
    r"(?:group|company|firm|bank|organisation|organization|team|business))$"
)

#: the vocabulary key whose skip group each kind of own part takes (``sections.yaml``)
_OWN_KEY = "本所动态"
_INTERNAL_KEY = "内部提醒"


def own_group(heading: str) -> str | None:
    """``own`` (the publisher's news) or ``internal`` (its tasks, advice and view of what the
    developments mean for it) for a heading about the publisher itself, else None."""
    key = section_key(heading)
    if not key or len(key) > 60:
        return None
    if key.isascii():
        if _EN_NEWS.match(key) or _EN_EVENTS.match(key):
            return "own"
        return "internal" if _EN_FOR_US.match(key) else None
    m = _ZH_OWN.match(key)
    if m is not None:
        return "own" if re.fullmatch(_NEWS, m.group("tail")) else "internal"
    return "internal" if _ZH_ADVICE.match(key) or _ZH_FOR_US.match(key) else None


def _part(roles: list[Role], index: int) -> list[Role]:
    """The blocks under the heading at ``index`` up to the next heading of its level or above."""
    level = roles[index][0].heading
    out = []
    for role in roles[index + 1 :]:
        block = role[0]
        if role[1] == "section" or (
            block.heading is not None and level is not None and block.heading <= level
        ):
            break
        out.append(role)
    return out


def own_parts(roles: list[Role], sec: Sections) -> list[Role]:
    """``roles`` with each heading of an own part, at the level of the known section headings,
    made a section heading of its skip group (the splitter skips its text up to the next
    heading of its rank)."""
    levels = {b.heading for b, role, _ in roles if role == "section" and b.heading is not None}
    if not levels:
        return roles  # (no known parts to stand beside: most documents)
    out = roles
    for index, (block, role, info) in enumerate(roles):
        if block.heading not in levels or len(block.text) > 60:
            continue
        if role != "text" and info != "authors":  # ("团队动态", "Legal Team news": no byline)
            continue
        group = own_group(block.text)
        if group is None:
            continue
        if group == "own" and any(has_authority(b.text) for b, r, _ in _part(roles, index)):
            continue  # a public body's acts under 部门动态: its news, not the publisher's
        key = _OWN_KEY if group == "own" else _INTERNAL_KEY
        if sec.skip.get(key) != group:
            continue
        if out is roles:
            out = list(roles)
        out[index] = (block, "section", key)
    return out
