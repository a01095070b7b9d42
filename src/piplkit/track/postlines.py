"""A social-media post's own framing lines in Chinese (微博, 公众号, 小红书) (heldout10, fix16r).

``pagelines`` knows a post's framing by bars and middle dots ("cac.gov.cn · 17 Nov 2025 ·
#draft", "214 · 37 comments"). A Chinese post writes it without them: a time line with the
client it was sent from and its hashtags ("2025-12-02 21:15 来自 iPhone 16 Pro #个人信息保护#"),
the counts under it ("转发 1,203 ｜ 评论 356 ｜ 赞 2,870", numbers after their labels), dividers
over the reposts and comments ("—— 转发 ——", "—— 热门评论 ——") and a giveaway or an
advertisement ("🎁 转发本条微博并关注…抽3位送…", "📢 广告｜…"). Read as paragraphs, the time line
became the headline of the whole post and each divider that of the comments under it.

``post_line`` gives such a line's reason group as ``pagelines.line_group`` does: ``meta`` for the
time line, ``reactions`` for the counts and the dividers (the post ends there), ``promotion``
for the giveaway and the advertisement.
"""

from __future__ import annotations

import re

from piplkit.track import dates
from piplkit.track.model import Block

#: after the post's time: the client it was sent from and/or hashtags, nothing else
_CLIENT_OR_TAGS = re.compile(
    r"^\s*(?:\d{1,2}:\d{2}\s*)?(?:(?:来自|发布于|via)\s+[^#\n]{1,40}?)?\s*(?:#[^#\s]{1,30}#\s*)*$",
    re.I,
)
#: a line of hashtags only ("#个人信息保护# #数据合规#", "#privacy #China")
_TAGS_ONLY = re.compile(r"^(?:\s*#[^#\s]{1,30}#?)+\s*$")
#: one count after its label ("转发 1,203", "赞 2870", "评论 3.5万")
_COUNT = re.compile(r"(?:转发|评论|点赞|赞|收藏|分享|阅读|在看|喜欢)\s*[\d][\d,.]*\s*[万千wWkK]?")
#: a divider over a post's reposts or comments ("—— 转发 ——", "—— 热门评论 ——", "--- 评论区 ---")
_DIVIDER = re.compile(
    r"^[—\-=─_~]{2,}\s*(?:转发|评论|热门评论|全部评论|精选评论|评论区|留言|精选留言|comments|"
    r"reposts|replies)\s*[—\-=─_~]{2,}$",
    re.I,
)
#: a giveaway ("转发本条微博并关注…抽3位送…", "转发抽奖") or an advertisement ("广告｜…") after at
#: most a few emoji or symbols
_PROMO = re.compile(
    r"^[^\w\s]{0,3}\s*(?:[转轉][发發][^。！!]{0,40}(?:抽\s*[\d一二三四五六七八九十]|抽奖|赢取)|"
    r"(?:广告|推广|赞助|廣告|推廣|贊助)\s*[|｜:：]|giveaway\b)",
    re.I,
)
#: the first characters of a divider, a giveaway or an advertisement (after an emoji) and a tag
_FIRST = frozenset("—-=─_~#转广推赞轉廣贊Gg")


def post_line(block: Block) -> str | None:
    """The reason group of a post's framing line, else None. Each pattern runs only where the
    line's first character lets it match (the counts only on a short line): most blocks are
    prose and pass with a few string tests."""
    text = block.text
    if block.cells is not None or block.heading is not None or len(text) > 200 or not text:
        return None
    first = text[:1]
    if first.isdigit():
        found = dates.find_dates(text[:40])
        if found and found[0].start == 0 and _CLIENT_OR_TAGS.match(text[found[0].end :]):
            return "meta" if text[found[0].end :].strip() else None
    counts = _COUNT.findall(text) if len(text) <= 60 else []
    if len(counts) >= 2 and len(_COUNT.sub("", text).strip(" ｜|·•,，")) <= 4:
        return "reactions"
    if first not in _FIRST and first.isalnum():
        return None  # (a giveaway or an advertisement may open with an emoji or a symbol)
    if _DIVIDER.match(text):
        return "reactions"
    if _PROMO.match(text):
        return "promotion"
    if first == "#" and _TAGS_ONLY.match(text):
        return "meta"
    return None
