"""Turning per-character BIO tags back into entity spans, and cutting text into taggable chunks."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from typing import NamedTuple

import numpy as np

#: Labels the tagger emits (BIO over these entity kinds).
NAME, ADDRESS = "NAME", "ADDR"

# Sentence ends, then clause ends when a sentence is too long for one chunk.
_SENTENCE_END = re.compile(r"[。！？!?；;\n\r]+")
_CLAUSE_END = re.compile(r"[，,、\s]+")
_END_CODES = np.array([ord(c) for c in "。！？!?；;\n\r"], dtype=np.uint32)


class Span(NamedTuple):
    """``text[start:end]`` tagged as ``label`` with the model's mean marginal ``confidence``.

    A named tuple rather than a frozen dataclass: a batch makes tens of thousands of them, and a
    tuple is several times cheaper to build."""

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


def chunk_bounds(text: str, max_len: int = 200) -> tuple[np.ndarray, np.ndarray]:
    """:func:`chunks` of ``text`` as two arrays (starts, ends), found with numpy: a batch of
    thousands of lines has tens of thousands of chunks, too many for a Python loop each."""
    cps = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32)
    inside = np.concatenate(([False], ~np.isin(cps, _END_CODES), [False]))
    edges = np.diff(inside.astype(np.int8))
    starts = np.flatnonzero(edges == 1)
    ends = np.flatnonzero(edges == -1)
    long = np.flatnonzero(ends - starts > max_len)
    if len(long) == 0:
        return starts, ends
    start_parts: list[np.ndarray] = []
    end_parts: list[np.ndarray] = []
    done = 0
    for k in long.tolist():
        start_parts.append(starts[done:k])
        end_parts.append(ends[done:k])
        pieces = list(_split_long(text, int(starts[k]), int(ends[k]), max_len))
        start_parts.append(np.array([a for a, _ in pieces], dtype=np.int64))
        end_parts.append(np.array([b for _, b in pieces], dtype=np.int64))
        done = k + 1
    start_parts.append(starts[done:])
    end_parts.append(ends[done:])
    return np.concatenate(start_parts), np.concatenate(end_parts)
