"""Dictionary look-up of every substring of a text at once, with numpy.

The tagger's lexical features ask, for every character: which dictionary words (common words,
proper nouns, administrative divisions) start here, end here, cover this character? An
Aho-Corasick automaton answers that with a Python object per match, which cost more than the
rest of tagging together. Here every word and every prefix of a word is stored by a 64-bit
polynomial hash in an open-addressing table; a text is scanned level by level: at level ``n`` the
positions whose ``n``-character substring is a prefix of some word go on to level ``n + 1``, so
the work shrinks fast (few substrings of three or more characters are prefixes of a word).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import numpy as np

_P = np.uint64(0x100000001B3)  # FNV prime: the polynomial base
_GOLDEN = np.uint64(0x9E3779B97F4A7C15)
_EMPTY = np.uint64(0xFFFFFFFFFFFFFFFF)
#: Value bit set on a key that is a proper prefix of a longer word.
PREFIX = 1
# The same constants as Python ints, for :meth:`Dictionary.starting_at`.
_U64 = 0xFFFFFFFFFFFFFFFF
_P_INT, _GOLDEN_INT, _EMPTY_INT = int(_P), int(_GOLDEN), int(_EMPTY)


def _level_salt(n: int) -> np.uint64:
    """Mixed into a level-``n`` hash so that substrings of different lengths never share a key."""
    return np.uint64((n * 0xC2B2AE3D27D4EB4F) & 0xFFFFFFFFFFFFFFFF)


_SALTS = [int(_level_salt(n)) for n in range(65)]


@dataclass(frozen=True, slots=True)
class Hits:
    """The dictionary words found at one length: start indices and their values."""

    length: int
    starts: np.ndarray
    values: np.ndarray


class Dictionary:
    """Words of 2..``max_len`` characters, each with a non-zero value (bits 1.. of an int64;
    bit 0 is reserved for :data:`PREFIX`). Values of a word listed twice are OR-ed."""

    def __init__(self, entries: Iterable[tuple[str, int]], max_len: int = 16) -> None:
        pairs = list(entries)
        self._build([w for w, _ in pairs], np.array([v for _, v in pairs], np.int64), max_len)

    @classmethod
    def from_arrays(cls, words: Sequence[str], values: np.ndarray, max_len: int = 16) -> Dictionary:
        """The same as ``Dictionary(zip(words, values))``, without a Python tuple per word
        (the shipped lists hold some 170,000 words, built at every process start)."""
        self = cls.__new__(cls)
        self._build(words, np.asarray(values, dtype=np.int64), max_len)
        return self

    def _build(self, all_words: Sequence[str], all_values: np.ndarray, max_len: int) -> None:
        all_lengths = np.fromiter(map(len, all_words), dtype=np.int64, count=len(all_words))
        usable = (all_lengths >= 2) & (all_lengths <= max_len) & (all_values != 0)
        if usable.all():  # (the shipped lists: no copy word by word)
            words = list(all_words)
        else:
            words = [w for w, ok in zip(all_words, usable.tolist(), strict=True) if ok]
        lengths = all_lengths[usable]
        self.max_len = int(lengths.max()) if len(lengths) else 2
        cps = np.frombuffer("".join(words).encode("utf-32-le"), dtype=np.uint32).astype(np.uint64)
        # The words still longer than the level: their first character, length, value, hash.
        offsets = np.cumsum(lengths) - lengths
        alive_values = all_values[usable] << 1
        keys_parts, value_parts = [], []
        h = np.zeros(len(words), dtype=np.uint64)
        for n in range(1, self.max_len + 1):
            h = h * _P + cps[offsets + n - 1]
            if n >= 2:
                ends_here = lengths == n
                keys_parts.append(h ^ _level_salt(n))
                value_parts.append(np.where(ends_here, alive_values, PREFIX))
            longer = lengths > n
            offsets, lengths, alive_values, h = (
                offsets[longer],
                lengths[longer],
                alive_values[longer],
                h[longer],
            )
        keys = np.concatenate(keys_parts) if keys_parts else np.zeros(0, np.uint64)
        vals = np.concatenate(value_parts) if value_parts else np.zeros(0, np.int64)
        # Any sort will do: the values of equal keys are OR-ed, in whatever order (the stable
        # sort, a merge sort on 64-bit keys, took 4x as long: 30 ms of every process start).
        order = np.argsort(keys)
        keys, vals = keys[order], vals[order]
        first = np.ones(len(keys), dtype=bool)
        first[1:] = keys[1:] != keys[:-1]
        starts = np.flatnonzero(first)
        unique_keys = keys[starts]
        unique_vals = np.bitwise_or.reduceat(vals, starts) if len(vals) else vals
        self._build_table(unique_keys, unique_vals)

    def _build_table(self, keys: np.ndarray, values: np.ndarray) -> None:
        bits = max(4, int(np.ceil(np.log2(max(len(keys), 1) * 2.5))))
        self._shift = np.uint64(64 - bits)
        self._shift_int = 64 - bits
        self._mask = (1 << bits) - 1
        table = np.full(1 << bits, _EMPTY, dtype=np.uint64)
        slot_values = np.zeros(1 << bits, dtype=np.int64)
        slot = ((keys * _GOLDEN) >> self._shift).astype(np.int64)
        pending = np.arange(len(keys))
        while len(pending):
            # Place every pending key whose slot is free; where several claim one slot, the
            # write that lands wins (whichever it is: the keys are distinct, so reading the slot
            # back says which), the others probe on. No sort per round (``np.unique`` was most
            # of the 60 ms this took at every process start).
            want = slot[pending]
            free = table[want] == _EMPTY
            candidates = pending[free]
            table[slot[candidates]] = keys[candidates]
            placed = candidates[table[slot[candidates]] == keys[candidates]]
            slot_values[slot[placed]] = values[placed]
            done = np.zeros(len(keys), dtype=bool)
            done[placed] = True
            pending = pending[~done[pending]]
            slot[pending] = (slot[pending] + 1) & self._mask
        self._keys, self._values = table, slot_values

    def _lookup(self, keys: np.ndarray) -> np.ndarray:
        """Values of ``keys`` (0 when absent)."""
        slot = ((keys * _GOLDEN) >> self._shift).astype(np.int64)
        # First probe for every key at once, without index arrays: most keys end here.
        found = self._keys[slot]
        hit = found == keys
        out = np.where(hit, self._values[slot], 0)
        pending = np.flatnonzero(~hit & (found != _EMPTY))
        while len(pending):
            slot[pending] = (slot[pending] + 1) & self._mask
            found = self._keys[slot[pending]]
            hit = found == keys[pending]
            out[pending[hit]] = self._values[slot[pending[hit]]]
            pending = pending[~hit & (found != _EMPTY)]
        return out

    def starting_at(self, text: str) -> list[int]:
        """Values of the dictionary words ``text`` starts with, shortest first: what
        :meth:`scan` finds at position 0, looked up in plain Python (a few microseconds for one
        position, where a numpy scan of a short text costs over a hundred)."""
        out: list[int] = []
        keys, values, shift, mask = self._keys, self._values, self._shift_int, self._mask
        h = 0
        for n in range(1, min(self.max_len, len(text)) + 1):
            h = (h * _P_INT + ord(text[n - 1])) & _U64
            if n < 2:
                continue
            key = h ^ _SALTS[n]
            slot = ((key * _GOLDEN_INT) & _U64) >> shift
            while True:
                found = int(keys[slot])
                if found == key:
                    value = int(values[slot])
                    break
                if found == _EMPTY_INT:
                    return out
                slot = (slot + 1) & mask
            if value > PREFIX:
                out.append(value >> 1)
            if not value & PREFIX:
                break
        return out

    def scan(self, cps: np.ndarray) -> list[Hits]:
        """Every occurrence of a dictionary word in the code points ``cps``, by length.

        Values come back without the :data:`PREFIX` bit (shifted back to the caller's values).
        """
        n_chars = len(cps)
        cps = cps.astype(np.uint64)
        out: list[Hits] = []
        positions = np.arange(max(n_chars - 1, 0), dtype=np.int64)
        h = cps[: len(positions)].copy()
        for n in range(2, self.max_len + 1):
            if not len(positions):
                break
            h = h * _P + cps[positions + n - 1]
            values = self._lookup(h ^ _level_salt(n))
            words = values > PREFIX
            if words.any():
                out.append(Hits(n, positions[words], values[words] >> 1))
            go_on = (values & PREFIX).astype(bool) & (positions + n < n_chars)
            positions, h = positions[go_on], h[go_on]
        return out
