"""The words before a date that make it a deadline the development sets, not its date.

A consultation's notice states when comments are due ("意见反馈截止时间为2025年12月24日",
"the deadline for comments is 10 December"); a rectification order, when the work must be done
("整改期限至…", "by 20 November"). Such a date is no event date (H7-4): the development is the
consultation or the order, dated by its own event or, on a list page, by the entry's date
(H8-1). ``dates.is_deadline`` asks this pattern for the words right before a date; it knew
截止日期 but not 截止时间, so heldout8's gongkai entry was dated by its feedback deadline. Every
wording a notice uses for the deadline is listed here, in Chinese and English.
"""

from __future__ import annotations

import re

#: the words that end right before a deadline's date
DEADLINE_BEFORE = re.compile(
    r"(?:\b(?:by|before|no\s+later\s+than|not\s+later\s+than|until|till|"
    r"due(?:\s+(?:on|by))?|"
    # "the deadline for comments is", "deadline of", "Comment deadline:", "deadline falls on"
    r"deadline(?:\s+for\s+(?:the\s+)?\w+)?(?:\s+(?:is|was|of|on|falls\s+on)|\s*:)|"
    r"clos(?:e|es|ing)(?:\s+on)?)"
    r"\s+(?:the\s+)?|"
    # 截止日期为, 截止时间为, 截至, 截止日：, 反馈时间至, 反馈期限截至, 期限为, 期限至
    r"截[止至](?:日期|时间|日)?\s*(?:为|到|至|是|[:：])?\s*|"
    r"反馈(?:时间|期限|日期)?\s*(?:为|至|截至|截止(?:到|至)?|[:：])\s*|期限(?:为|至)\s*)$",
    re.I,
)


#: how far before the date its deadline's words may begin ("the deadline for submissions is ")
_WINDOW = 40


def deadline_before(text: str, at: int) -> bool:
    """The text right before ``at`` (a date's start) is the words of a deadline
    ("意见反馈截止时间为", "due by", "the deadline for comments is")."""
    return DEADLINE_BEFORE.search(text, at - _WINDOW if at > _WINDOW else 0, at) is not None
