"""Documents in traditional Chinese (繁體: a Hong Kong or Taiwan firm's newsletter on mainland
rules) read with the rules written for simplified text.

Every cue of the extractors is written in simplified script (发布, 征求意见稿, 处以罚款, 网信办),
and a traditional document spells them otherwise (發布, 徵求意見稿, 處以罰款, 網信辦): its items
lost their authorities, stages and fines (heldout9, fix16q). Rather than doubling every cue, the
items are folded to simplified script character by character (OpenCC ``t2s``), extracted, and
each text the record takes from the document (title, summary, names of instruments and bodies)
is restored to the script the document wrote it in: the fold keeps every character's position,
so a name found at one place of the folded text is the original text at the same place.
Simplified and English documents are not touched (a quick test of common traditional-only
characters decides).
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache, lru_cache
from typing import Any

from piplkit.track.layout import section_key, sections
from piplkit.track.model import Development, InstrumentMention, ParsedDocument, RawItem

#: common characters written only in traditional script (國 / 国, 發 / 发, 網 / 网 …)
_TRADITIONAL = re.compile(
    "[國這為個們說會發與資網數據證關於機護規經處條辦門區對訊陸臺灣華業務應請將從時間實檢報過際還點進"
    "運權審計開頒佈徵見擬罰義務隱私營電腦聯絡]"
)
#: how many such characters make a document traditional (a simplified text may quote one name)
_MIN_TRADITIONAL = 8


@cache
def _converter() -> Any:
    import opencc

    return opencc.OpenCC("t2s")


def fold(text: str) -> str:
    """``text`` in simplified script, every character at its place (else ``text`` unchanged)."""
    converter = _converter()
    out = str(converter.convert(text))
    if len(out) != len(text):  # a phrase rule changed the length: one character at a time
        out = "".join(str(converter.convert(c)) or c for c in text)
    return out if len(out) == len(text) else text


@lru_cache(maxsize=1024)
def folded_name(text: str) -> str | None:
    """A short name (a heading, a column name) in simplified script when it is written in
    traditional script ("待辦", "頁面修訂紀錄"), else None: the vocabularies of section and
    column names are simplified (heldout11, fix16t). (Not ``_TRADITIONAL``: a short name need
    not hold one of its common characters.)"""
    if text.isascii():
        return None
    folded = fold(text)
    return folded if folded != text else None


def is_traditional(text: str) -> bool:
    """The text is written in traditional script."""
    for hits, _ in enumerate(_TRADITIONAL.finditer(text), start=1):
        if hits >= _MIN_TRADITIONAL:
            return True
    return False


class Restorer:
    """The way back from folded text to the script a document wrote it in."""

    def __init__(self, texts: list[str]) -> None:
        self.original = "\n".join(texts)
        self.folded = fold(self.original)
        back: dict[str, str] = {}
        for a, b in zip(self.original, self.folded, strict=True):
            if a != b:
                back.setdefault(b, a)
        self.back = back

    def restore(self, text: str, name: bool = False) -> str:
        """``text`` as the document wrote it: the original at the place the folded text has it;
        else (a text the splitter or extractor shortened or joined) character by character,
        except a name the document does not hold (a canonical name from the vocabulary)."""
        if not text or text.isascii():
            return text
        at = self.folded.find(text)
        if at >= 0:
            return self.original[at : at + len(text)]
        if name:
            return text
        return "".join(self.back.get(c, c) for c in text)


class Folding:
    """A traditional document's items in simplified script, and the way back."""

    def __init__(self, doc: ParsedDocument) -> None:
        texts = [doc.title or "", *(s.text for s in doc.skipped)]
        for item in doc.items:
            texts += [item.title, *item.body, *item.hints.values()]
            texts += [part for pair in item.listed for part in pair]
        self.back = Restorer(texts)
        self.doc = replace(
            doc,
            title=fold(doc.title) if doc.title else doc.title,
            skipped=[replace(s, text=fold(s.text)) for s in doc.skipped],
            items=[_folded_item(i) for i in doc.items],
        )

    def restored(self, dev: Development, item: RawItem) -> Development:
        """The record of a folded item with the texts it took from the item as written."""
        restore = self.back.restore
        dev.title = item.title
        dev.summary = restore(dev.summary)
        dev.section = item.section
        dev.authorities = [restore(a, name=True) for a in dev.authorities]
        dev.instruments = [
            InstrumentMention(restore(m.name, name=True), m.stage, m.effective_date, m.start)
            for m in dev.instruments
        ]
        return dev


def _folded_item(item: RawItem) -> RawItem:
    section = fold(item.section) if item.section else item.section
    kind = item.section_kind
    if kind is None and section:  # 立法動態: a legislation section, which 立法动态 names
        kind = sections().kind_of.get(section_key(section))
    return replace(
        item,
        title=fold(item.title),
        body=[fold(b) for b in item.body],
        section=section,
        section_kind=kind,
        hints={k: fold(v) for k, v in item.hints.items()},
        listed=[(fold(a), fold(b)) for a, b in item.listed],
    )


def folding(doc: ParsedDocument) -> Folding | None:
    """The document's folding when it is written in traditional script, else None."""
    sample = "\n".join(f"{i.title}\n{i.body_text}" for i in doc.items)
    return Folding(doc) if is_traditional(sample) else None
