"""Turning per-character BIO tags back into entity spans, and cutting text into taggable chunks."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

#: Labels the tagger emits (BIO over these entity kinds).
NAME, ADDRESS = "NAME", "ADDR"

# Sentence ends, then clause ends when a sentence is too long for one chunk.
_SENTENCE_END = re.compile(r"[。！？!?；;\n\r]+")
_CLAUSE_END = re.compile(r"[，,、\s]+")


@dataclass(frozen=True, slots=True)
class Span:
    """``text[start:end]`` tagged as ``label`` with the model's mean marginal ``confidence``."""

    label: str
    start: int
    end: int
    confidence: float


def bio_spans(tags: Sequence[str]) -> Iterator[tuple[str, int, int]]:
    """(label, start, end) for every entity in a BIO tag sequence; a stray I- opens an entity."""
    label: str | None = None
    start = 0
    for i, tag in enumerate(tags):
        kind, _, name = tag.partition("-")
        if kind == "B" or (kind == "I" and name != label):
            if label is not None:
                yield label, start, i
            label, start = name, i
        elif kind != "I":
            if label is not None:
                yield label, start, i
            label = None
    if label is not None:
        yield label, start, len(tags)


def chunks(text: str, max_len: int = 200) -> Iterator[tuple[int, int]]:
    """(start, end) pieces of ``text`` at sentence ends, with long sentences cut at clause ends.

    The model was trained on sentences; tagging one huge line at once would cost memory and give
    the CRF no benefit, since names and addresses do not cross sentence boundaries.
    """
    pos = 0
    n = len(text)
    for m in _SENTENCE_END.finditer(text):
        yield from _split_long(text, pos, m.start(), max_len)
        pos = m.end()
    if pos < n:
        yield from _split_long(text, pos, n, max_len)


def _split_long(text: str, start: int, end: int, max_len: int) -> Iterator[tuple[int, int]]:
    while end - start > max_len:
        cut = None
        for m in _CLAUSE_END.finditer(text, start + max_len // 2, start + max_len):
            cut = m
        if cut is None:
            yield start, start + max_len
            start += max_len
        else:
            yield start, cut.start()
            start = cut.end()
    if end > start:
        yield start, end
