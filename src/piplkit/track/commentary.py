"""A post labelled as comment ("Analysis:", "Reader question:", "短评：") is no development
(heldout12, H12-3 and H12-11).

A live blog or a newspaper page mixes reports with its writers' comment on them and with
readers' questions: "Analysis: what Beijing's regulations mean for platforms" repeats the
Beijing item with an opinion, "Reader question: does any of this apply to Hong Kong?" names
laws and reports nothing. The publisher marks them with a label before a colon; a report's
headline has none. Such an item is dropped (and shown as commentary), whatever it names.
"""

from __future__ import annotations

import re

from piplkit.track.model import Development
from piplkit.track.undermeta import OPINION

_LABEL = re.compile(
    r"^\s*(?:analysis|opinion|comment(?:ary)?|editorial|reader(?:s'?)?\s+questions?|"
    r"your\s+questions?|ask\s+us|短评|短評|评论|評論|社论|社論|观点|觀點|读者来信|讀者來信|读者问|讀者問)"
    r"\s*[:：]",
    re.I,
)


def commentary(dev: Development) -> bool:
    """Is the item's title labelled as comment or a reader's question, or its site line as
    comment ("Example Daily Tech (opinion)": ``undermeta``)?"""
    return bool(_LABEL.match(dev.title)) or OPINION in dev.warnings
