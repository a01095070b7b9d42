"""An image's place and its caption in a post or page (heldout11, branch fix16t).

A 公众号 图文 post copied as text keeps a placeholder where each picture was ("[图片]") and the
caption under it ("图为约谈现场", "图为12月2日……启动仪式现场（临江网信办供图）"). Short lines
over the next paragraph, they were read as headlines: the digest's entries became the bodies
of three captions and every item was lost. Whoever publishes, a placeholder for a picture or a
video ("[图片]", "【图片】", "[image]", "[Photo: …]", "[视频]") and the caption under it are no text
of any item; so is a line worded as a caption wherever it stands ("图为…", "图：…", "Photo: …",
"Pictured: …", or ending with the picture's credit "（…供图）", "（…摄）", "(Photo: …)").
"""

from __future__ import annotations

import re

from piplkit.track.layout import is_prose
from piplkit.track.model import Block

#: "[图片]", "【图片】", "[image]", "[Image: the signing ceremony]", "<图片>", "（图）"
_PLACEHOLDER = re.compile(
    r"^[\[【<（(]\s*(?:图片?|照片|配图|视频|动图|image|img|photo|picture|figure|video|gif)"
    r"(?:\s*[:：][^\]】>）)]{0,80})?\s*[\]】>）)]",
    re.I,
)
#: a caption by its wording: "图为…", "图：…", "（图片来源：…）", "Photo: …", "Pictured: …"
_CAPTION = re.compile(
    r"^[（(]?\s*(?:图为|图[:：]|图片[:：]|图片来源|图源|上图|下图|摄影[:：]|"
    r"(?:photo|image|picture|pictured|caption|above|below)\s*(?:credit\s*)?[:：]|pictured\b)",
    re.I,
)
#: the picture's credit closing a caption: "（临江网信办供图）", "（记者 张三 摄）",
#: "(Photo: Xinhua)"
_CREDIT = re.compile(
    r"[（(][^（）()]{1,30}(?:供图|摄|图源)[)）]$|[（(]\s*(?:photo|image)\s*[:：][^()]{1,40}\)$",
    re.I,
)
#: the longest a caption runs (a line under a picture, not a paragraph)
_CAPTION_MAX = 80


def placeholder(text: str) -> bool:
    """A picture's or video's placeholder line ("[图片]", "[Image: …]")."""
    text = text.strip()
    if len(text) > 100 or text[:1] not in "[【<（(":
        return False
    m = _PLACEHOLDER.match(text)
    return m is not None and m.end() == len(text)


def _caption(text: str) -> bool:
    return len(text) <= _CAPTION_MAX and bool(_CAPTION.match(text) or _CREDIT.search(text))


def image_line(block: Block, above: Block | None) -> bool:
    """``block`` is a picture's placeholder or its caption (``above``: the block over it)."""
    text = block.text.strip()
    if block.cells is not None or block.marker is not None or not text:
        return False
    if text[:1] in "[【<（(" and (m := _PLACEHOLDER.match(text)) is not None:
        rest = text[m.end() :].strip()  # the caption on the next line, one Markdown paragraph
        if not rest or _caption(rest) or (len(rest) <= _CAPTION_MAX and not is_prose(rest)):
            return True
    if _caption(text):
        return True
    if len(text) > _CAPTION_MAX:
        return False
    # the short line under a placeholder is its caption, when it is no sentence of a report
    return (
        above is not None
        and block.heading is None
        and placeholder(above.text)
        and not is_prose(text)
    )
