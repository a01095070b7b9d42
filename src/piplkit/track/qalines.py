"""Question-and-answer documents: a "Q:" line is a part of its topic, not a headline.

A client alert or FAQ written as questions and answers ("Q: What happened?" in bold, then
"A: On 28 October 2025, …") repeats the same questions under every numbered topic. Read as
headlines, every question became an item of its own and every topic heading a title without
text (H12-2). When a document holds at least two questions and two answers, its question lines
are left out (shown as skipped), the "A:" label is dropped, and the answers that follow each
other under one topic are joined into one paragraph: the topic heading above them is the item's
headline, its first answer (the event, with its date) opens the body and the later answers, each
after its question ("When do they apply? From 1 January 2026.", a further fine), complete it.
A single "Q:" line (a reader's question in a newsletter) is left alone.
"""

from __future__ import annotations

import re
from dataclasses import replace

from piplkit.track.model import Block, Skipped

#: "Q:", "Q.", "Question:", "问：", "問：" opening a line
_QUESTION = re.compile(r"^\s*(?:Q|Question)\s*[:：.]\s+|^\s*(?:问|問)\s*[:：]\s*")
#: "A:", "Answer:", "答：" opening a line
_ANSWER = re.compile(r"^\s*(?:A|Answer)\s*[:：]\s+|^\s*答\s*[:：]\s*")
_MIN = 2
REASON = "question of a question-and-answer document (part of its topic)"


def qa_blocks(blocks: list[Block], skipped: list[Skipped]) -> list[Block]:
    """The blocks with question lines left out (added to ``skipped``) and each topic's answers
    joined without their "A:" label, when the document is written as questions and answers
    (else the blocks unchanged)."""
    questions = sum(1 for b in blocks if b.cells is None and _QUESTION.match(b.text))
    answers = sum(1 for b in blocks if b.cells is None and _ANSWER.match(b.text))
    if questions < _MIN or answers < _MIN:
        return blocks
    out: list[Block] = []
    answering = False  # the last block kept is an answer (nothing but questions since)
    asked = ""  # a later question of the topic: the context its answer needs
    for block in blocks:
        q = _QUESTION.match(block.text) if block.cells is None else None
        if q is not None:
            skipped.append(Skipped(REASON, block.text[:70], block.line))
            if answering:  # "When do they apply?" gives "From 1 January 2026." its sense
                # ("When do they apply: From …": the question and its answer one sentence)
                asked = f"{asked} {block.text[q.end() :].strip().rstrip('?？')}:".strip()
            continue
        m = _ANSWER.match(block.text) if block.cells is None else None
        if m is None:
            answering, asked = False, ""
            out.append(block)
            continue
        text = block.text[m.end() :].strip()
        if answering:
            joined = " ".join(t for t in (out[-1].text, asked, text) if t)
            out[-1] = replace(out[-1], text=joined, links=out[-1].links + block.links)
        else:
            out.append(replace(block, text=text, heading=None))
        answering, asked = True, ""
    return out
