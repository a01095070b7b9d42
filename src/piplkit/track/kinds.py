"""Classify a development as legislation, enforcement, judicial, industry or other.

A weighted vote of cue words from ``data/kinds.yaml``: headline cues count more than body cues,
and the newsletter section the item sits in ("Enforcement Cases") adds a prior. Each distinct cue
counts once per region, so a long body does not drown the headline.
"""

from __future__ import annotations

import re
from functools import cache

from piplkit.track.model import Kind
from piplkit.track.textutil import CueIndex
from piplkit.track.vocab import load

_SPACES = re.compile(r"\s+")
KINDS: tuple[Kind, ...] = ("legislation", "enforcement", "judicial", "industry", "other")


@cache
def _vocab() -> tuple[CueIndex, dict[str, list[tuple[str, float]]], float, float, str]:
    data = load("kinds")
    table: dict[str, list[tuple[str, float]]] = {}
    for kind, cues in data["kinds"].items():
        if kind not in KINDS:
            raise ValueError(f"track/data/kinds.yaml: unknown kind {kind!r}")
        for c in cues:
            table.setdefault(c["cue"].lower(), []).append((kind, float(c["weight"])))
    return (
        CueIndex(table),
        table,
        float(data["headline_weight"]),
        float(data["section_weight"]),
        data["default"],
    )


@cache
def _title_cues() -> frozenset[tuple[str, str]]:
    """(cue, kind) pairs that count inside a 《title》 too: a rule's name that says who made it
    ("《…自律规则》": an association's own rule, industry self-regulation, H6-11)."""
    return frozenset(
        (c["cue"].lower(), kind)
        for kind, cues in load("kinds")["kinds"].items()
        for c in cues
        if c.get("in_titles")
    )


#: a lawsuit's name as the headline ("张某诉某科技公司个人信息保护纠纷案", "某数据公司诉某区网信办
#: 行政处罚案", "Li v. A Technology Co."): a court's case, even where the suit is about a fine
#: (heldout10, fix16r); not a complaint, appeal or prosecution verb (投诉, 上诉, 起诉, 申诉)
_LAWSUIT = re.compile(
    r"[\u4e00-\u9fff](?<![投上起申控告])诉(?![讼求称])[\u4e00-\u9fff（）()、]{2,40}案|"
    r"\b[A-Z][\w.&'-]*(?:\s+[\w.&'-]+){0,6}\s+v(?:s)?\.\s+[A-Z]"
)


#: an instrument's name in book-title marks: its words name a rule (a legislation cue such as
#: 办法 counts), they report no other act ("《網絡安全事故通報制度》" is no 通报 of an offender:
#: heldout13, fix16y)
_BOOK_TITLE = re.compile(r"《[^《》]{1,60}》")


def _named_rules(text: str) -> tuple[str, str]:
    """The text with its book-title names emptied, and those names."""
    if "《" not in text:
        return text, ""
    return _BOOK_TITLE.sub("《》", text), " ".join(_BOOK_TITLE.findall(text))


#: the publisher's comment run in after the report ("入选理由：…", "点评：…", "Why it matters: …"):
#: its words judge what happened, they do not say what it was (heldout13, shida: "大幅提高了罚款
#: 数额" under an amended law); the text from the label on has no vote
_COMMENT = re.compile(
    r"(?<=[。！？.!?])\s*(?:入选理由|推荐理由|上榜理由|点评|律师点评|简评|评析|编者按|编者注|"
    r"Why\s+it\s+matters|Our\s+take|Our\s+view)\s*[:：]",
    re.I,
)

#: a substring of every ``_COMMENT`` label (a cheap test before the pattern)
_COMMENT_CUES = ("理由", "评", "编者", "matters", "Our", "our")


def scores(headline: str, body: str, section_kind: str | None) -> dict[str, float]:
    pattern, table, head_w, section_w, _ = _vocab()
    if any(cue in body for cue in _COMMENT_CUES) and (comment := _COMMENT.search(body)):
        body = body[: comment.start()]
    out: dict[str, float] = dict.fromkeys(KINDS, 0.0)
    if ("诉" in headline or " v. " in headline or " vs. " in headline) and _LAWSUIT.search(
        headline
    ):
        out["judicial"] += 2 * head_w  # the suit's name: as strong as a court's name in it
    headline, head_names = _named_rules(headline)
    body, body_names = _named_rules(body)
    for text, names, factor in ((headline, head_names, head_w), (body, body_names, 1.0)):
        for cue in pattern.phrases(text):
            for kind, weight in table.get(cue, ()):
                out[kind] += factor * weight
        for cue in pattern.phrases(names) if names else ():
            for kind, weight in table.get(cue, ()):
                # a rule's name: a cue of legislation, or of whoever its name says made it
                if kind == "legislation" or (cue, kind) in _title_cues():
                    out[kind] += factor * weight
    if section_kind in out:
        out[section_kind] += section_w
    return out


def classify(headline: str, body: str, section_kind: str | None) -> Kind:
    default = _vocab()[4]
    result = scores(headline, body, section_kind)
    best = max(KINDS, key=lambda k: (result[k], -KINDS.index(k)))
    return best if result[best] > 0 else default  # type: ignore[return-value]
