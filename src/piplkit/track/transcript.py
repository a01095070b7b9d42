"""A press conference's or hearing's transcript: speakers' turns and reporters' questions
(heldout10, fix16r).

A transcript (文字实录) writes each turn as a speaker's label and what was said ("王某某：
各位记者朋友…", "新华日报记者：请问…？", "MODERATOR: …"). The developments are the paragraphs in
the speakers' answers that report a measure. Read as ordinary paragraphs, a question (short, no
full stop) looked like a headline over the answer under it, and every label ran into the text of
the item above: the whole answer became the text of the question's "item".

Here a document is a transcript when a session role speaks ("主持人：", "Moderator:", as
``turns``) and three or more paragraphs open with a speaker's label, one label at least twice.
Then a question (a reporter's or "问/Q" label, or a turn that ends in a question mark) is no
development; any other turn ends the item above (another speaker's words are not its text) and
is read without its label, so that a turn which reports ("陈某某：10月，…罚款80万元") is a dated
paragraph like any other.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from piplkit.track.layout import label_line
from piplkit.track.model import Block
from piplkit.track.turns import is_turn

#: a speaker's label: a name, a role or an outlet's reporter (no sentence punctuation, no space
#: inside a Chinese label), a colon, then what was said
_SPEAKER = re.compile(
    r"^(?P<label>[\u4e00-\u9fff·]{1,14}|[A-Z][A-Za-z.'-]*(?: [A-Z][A-Za-z.'-]*){0,3}|Q|A)"
    r"\s*(?:[(（][^)）]{1,30}[)）])?\s*[:：]\s*(?P<rest>\S.*)$",
    re.S,
)
#: a session role that chairs or speaks (the ``turns`` roles, and their English names)
_ROLE = re.compile(
    r"^(?:主持人|主讲人|嘉宾|提问人|听众|发言人|新闻发言人|发布人|moderator|chair|host|spokesperson)"
    r"\s*[:：]",
    re.I,
)
#: a questioner's label: a reporter (of an outlet), 问, 提问, Q, Question
_ASKS = re.compile(r"(?:记者|提问|提问人|^问|^Q|^Question|reporter)$", re.I)
#: the fewest labelled turns that make a transcript
_MIN_TURNS = 3

#: (block, role, info) as ``roles`` gives it (its skip reasons: ``pagelines.REASONS``)
Role = tuple[Block, str, str]


def _speaker(block: Block) -> re.Match[str] | None:
    if block.heading is not None or block.marker is not None or block.cells is not None:
        return None
    head = block.text[:48]
    if ("：" not in head and ":" not in head) or head[:1] in "（([【":
        return None  # (cheap tests first: a label's colon stands near the start)
    m = _SPEAKER.match(block.text)
    return m if m is not None and label_line(block) is None else None


def mark_turns(roles: list[Role]) -> list[Role]:
    """The roles of a transcript with questions marked ``boiler``/``question`` and each other
    turn split into its label (``boiler``/``speaker``) and its text; other documents unchanged."""
    turns = {
        at: m
        for at, (block, role, _) in enumerate(roles)
        if role == "text" and (m := _speaker(block)) is not None
    }
    if len(turns) < _MIN_TURNS:
        return roles
    labels = Counter(m.group("label") for m in turns.values())
    if labels.most_common(1)[0][1] < 2 or not any(
        _ROLE.match(roles[at][0].text) or is_turn(roles[at][0].text) for at in turns
    ):
        return roles
    out: list[Role] = []
    for at, role in enumerate(roles):
        m = turns.get(at)
        if m is None:
            out.append(role)
            continue
        block = role[0]
        label, rest = m.group("label"), m.group("rest").strip()
        if _ASKS.search(label) or rest.endswith(("？", "?")):
            out.append((block, "boiler", "question"))
            continue
        out.append((replace(block, text=label), "boiler", "speaker"))
        out.append((replace(block, text=rest), "text", ""))
    return out
