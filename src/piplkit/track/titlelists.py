"""How one title stands among the text around it (heldout10, branch fix16s).

Three rules the instrument extractor applies, whoever publishes the text:

- a run of titles joined only by list punctuation ("《A》《B》和《C》正式发布，将于…起实施",
  "the A, the B and the C take effect on …") shares the date of effect written after the last
  one: the extractor stopped each title's search at the next title, so only the last had it;
- a project's bare "（修订）" in a title ("将《…条例（修订）》列为审议项目") says that the
  instrument is to be revised, which the stage says (plan): the instrument's name is without it
  (H9-3, H10-7); a version's year ("（2025年修正）") stays, as the instrument's name;
- answers, questions or an FAQ "on the …" are about the instrument, which the act
  does not issue: its stage stays ``other`` though the sentence gives its date of effect (H10-8).
"""

from __future__ import annotations

import re

#: what may stand between two titles of one list: nothing, a comma, 、, and/or, "the"
_JOINER = re.compile(r"^\s*(?:[,，、]|和|与|及|以及|或)?\s*(?:(?:and|or)\s+)?(?:the\s+)?$", re.I)

_BARE_REVISION = re.compile(r"\s*[（(](?:修订|修正|修改)[)）]$")

_ABOUT_BEFORE = re.compile(
    r"(?:answers?\s+to\s+(?:\w+\s+){0,3}questions|questions\s+and\s+answers|Q\s*&\s*As?|FAQs?|"
    r"explainer)\s+(?:on|about|regarding|concerning|of|to)\s+(?:the\s+)?$",
    re.I,
)
#: "FAQ on the …", "Q&A on the …" capitalised before a title: not part of it ("Interpretation of
#: the Supreme People's Court …" is a title and keeps its first word)
ABOUT_LEAD = re.compile(
    r"^(?:FAQs?|Q\s*&\s*As?|Questions\s+and\s+Answers)\s+(?:on|about|regarding|concerning|to)\s+"
    r"(?:the\s+)?(?=[A-Z])"
)


def list_end(text: str, spans: list[tuple[int, int]], index: int) -> int:
    """The index of the last title in the list that ``spans[index]`` opens or continues."""
    last = index
    while last + 1 < len(spans) and _JOINER.match(text[spans[last][1] : spans[last + 1][0]]):
        last += 1
    return last


def without_bare_revision(name: str) -> str:
    """The name without a trailing bare "（修订）", "（修正）" or "（修改）"."""
    if not name.endswith(("）", ")")):
        return name
    return _BARE_REVISION.sub("", name) or name


def about_before(text: str, start: int) -> bool:
    """The title is what answers, questions or an interpretation are about."""
    return bool(_ABOUT_BEFORE.search(text[max(0, start - 60) : start]))
