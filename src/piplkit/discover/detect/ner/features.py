"""Character features for the name/address tagger, computed for many chunks at once.

Chinese has no spaces, so the tagger works on characters. Each character gets integer feature
codes, one per *template*: itself and its neighbours (±2), the bigrams around it, a coarse
character-class window, surname flags, its position in a gazetteer division, in a common word or
in a dictionary word of a known kind (person, place, organisation), address-suffix and cue-word
flags. A code of 0 means "feature absent".

The codes are computed with numpy over a whole batch of texts joined into one string, so the cost
per character is a few array operations instead of a Python loop; training turns the same codes
into crfsuite attribute strings (:func:`feature_strings`), so training and tagging can never see
different features.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from piplkit.discover.detect.ner.lexicon import (
    COMMON_WORD,
    DIVISION_SHIFT,
    LEFT_CUE,
    NAMED_SHIFT,
    RIGHT_CUE,
    Lexicon,
    lexicon,
)

#: Code points of the padding before and after a chunk (what a neighbour outside it reads as).
BOS, EOS = 2, 3
#: Bigram codes pack two code points: ``first << 21 | second``.
_SHIFT = 21
_BMP = 0x10000

# Character normalisation: ASCII and full-width digits become "0", letters are lower-cased, so that
# "88号" and "12号" or "A座" and "b座" share features. A translation table keeps the length.
_NORMALISE = str.maketrans(
    {
        **{chr(ord("0") + i): "0" for i in range(10)},
        **{chr(0xFF10 + i): "0" for i in range(10)},
        **{chr(ord("A") + i): chr(ord("a") + i) for i in range(26)},
        **{chr(0xFF21 + i): chr(ord("a") + i) for i in range(26)},
        **{chr(0xFF41 + i): chr(ord("a") + i) for i in range(26)},
    }
)

#: Character classes (codes 1..6 of the class trigram template).
_HAN, _DIGIT, _LATIN, _PAD, _SPACE, _PUNCT = 1, 2, 3, 4, 5, 6
_NCLASS = 7

#: Templates in a fixed order: the model file stores one weight table per template name.
TEMPLATES: tuple[str, ...] = (
    "b",  # bias
    "u-2", "u-1", "u0", "u1", "u2",  # characters
    "b-2", "b-1", "b1", "b2",  # bigrams: (-2,-1), (-1,0), (0,1), (1,2)
    "t",  # class trigram (-1, 0, 1)
    "s",  # surname flags (previous, current)
    "sfx",  # address suffix character
    "cl0", "cl1",  # right after a name label (联系人), or after the label and a colon
    "cr1", "cr2", "cr3",  # 1-3 characters before a right cue (先生, 经理 ...)
    # Dictionary words (common words, jieba's proper nouns by class, divisions by rank): the
    # longest one starting here, ending here, covering this character (with its length).
    "ws", "we",
    "js", "je", "jc",
    "gs", "ge", "gc",
    "tr",  # transliteration character tier
    "trr",  # length of the run of transliteration characters, and position in it
    "lat",  # shape of the Latin-letter token (Xxx, XX, xx, mixed), and position in it
)  # fmt: skip


def normalise(text: str) -> str:
    """The text as the model sees it (same length as ``text``)."""
    return text.translate(_NORMALISE)


@dataclass(frozen=True, slots=True)
class Tables:
    """Per-code-point lookup tables over the Basic Multilingual Plane."""

    char_class: np.ndarray  # uint8, class of each code point
    surname: np.ndarray  # uint8, 1 for single-character surnames
    suffix: np.ndarray  # uint8, 1 for address-suffix characters
    translit: np.ndarray  # uint8, transliteration tier (0 = none)
    normal: np.ndarray  # int64, the code point :func:`normalise` maps each code point to


@lru_cache(maxsize=1)
def _tables() -> Tables:
    lex = lexicon()
    cls = np.full(_BMP, _PUNCT, dtype=np.uint8)
    cls[0x4E00:0xA000] = _HAN
    cls[0x3400:0x4DC0] = _HAN
    cls[ord("0")] = _DIGIT
    cls[ord("a") : ord("z") + 1] = _LATIN
    cls[ord("A") : ord("Z") + 1] = _LATIN
    for c in " \t\u3000\xa0\u2002\u2003\u2009":
        cls[ord(c)] = _SPACE
    cls[BOS] = cls[EOS] = _PAD
    surname = np.zeros(_BMP, dtype=np.uint8)
    for s in lex.surnames:
        surname[ord(s)] = 1
    suffix = np.zeros(_BMP, dtype=np.uint8)
    for c in lex.address_suffix_chars:
        suffix[ord(c)] = 1
    translit = np.zeros(_BMP, dtype=np.uint8)
    for c, tier in lex.translit.items():
        translit[ord(c)] = tier
    normal = np.arange(_BMP, dtype=np.int64)
    for source, target in _NORMALISE.items():
        normal[source] = ord(target) if isinstance(target, str) else target
    return Tables(cls, surname, suffix, translit, normal)


def code_points(text: str) -> np.ndarray:
    """Code points of ``text`` as int64 (one per Python character)."""
    return np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32).astype(np.int64)


def _bmp(cps: np.ndarray) -> np.ndarray:
    """Code points folded into the BMP for table lookups (astral characters read as 0xFFFF)."""
    folded: np.ndarray = np.minimum(cps, _BMP - 1)
    return folded


@dataclass(frozen=True, slots=True)
class Scan:
    """What one dictionary scan of a text found (see ``TEMPLATES`` and :func:`scan_text`)."""

    #: Per character: codes of the dictionary templates ``ws we js je jc gs ge gc``.
    codes: dict[str, np.ndarray]
    #: Indices right after a left cue word (联系人 …), and indices where a right cue word starts.
    after_cue: np.ndarray
    before_cue: np.ndarray
    #: Gazetteer divisions, leftmost-longest and not overlapping (as
    #: :meth:`~piplkit.discover.detect.ner.lexicon.Lexicon.find_divisions` reads them): starts and
    # ends.
    division_starts: np.ndarray
    division_ends: np.ndarray


def scan_text(text: str, lex: Lexicon, cps: np.ndarray | None = None) -> Scan:
    """One dictionary scan of ``text`` (code points ``cps`` when the caller has them)."""
    n = len(text)
    out = {
        name: np.zeros(n, dtype=np.int64)
        for name in ("ws", "we", "js", "je", "jc", "gs", "ge", "gc")
    }
    after: list[np.ndarray] = []
    before: list[np.ndarray] = []
    longest_division = np.zeros(n, dtype=np.int64)
    for hits in lex.dictionary.scan(code_points(text) if cps is None else cps):
        length, starts, values = hits.length, hits.starts, hits.values
        ends = starts + length - 1
        for kind, bits, shift in (
            ("w", COMMON_WORD, 0),
            ("j", 7 << NAMED_SHIFT, NAMED_SHIFT),
            ("g", 3 << DIVISION_SHIFT, DIVISION_SHIFT),
        ):
            value = (values & bits) >> shift
            found = value > 0
            if not found.any():
                continue
            code = value[found] * 16 + length
            # Lengths come in increasing order, so a later assignment is a longer word.
            out[kind + "s"][starts[found]] = code
            out[kind + "e"][ends[found]] = code
            if kind != "w":
                covered = starts[found][:, None] + np.arange(length)
                out[kind + "c"][covered.ravel()] = np.repeat(code, length)
            if kind == "g":
                longest_division[starts[found]] = length
        after.append(ends[(values & LEFT_CUE) > 0] + 1)
        before.append(starts[(values & RIGHT_CUE) > 0])
    d_starts, d_ends = _leftmost_longest(longest_division)
    return Scan(
        out,
        np.sort(np.concatenate(after)) if after else np.zeros(0, dtype=np.int64),
        np.sort(np.concatenate(before)) if before else np.zeros(0, dtype=np.int64),
        d_starts,
        d_ends,
    )


def _leftmost_longest(longest: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Non-overlapping matches, left to right, the longest at each start (``longest[i]`` is the
    length of the longest match starting at ``i``, 0 for none)."""
    candidates = np.flatnonzero(longest)
    starts: list[int] = []
    ends: list[int] = []
    covered = 0
    for start, length in zip(candidates.tolist(), longest[candidates].tolist(), strict=True):
        if start >= covered:
            covered = start + length
            starts.append(start)
            ends.append(covered)
    return np.array(starts, dtype=np.int64), np.array(ends, dtype=np.int64)


def _runs(flags: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Per element of a boolean array: length of its run of True (0 if False) and position code
    in it (1 single, 2 begin, 3 inside, 4 end; 0 if False)."""
    n = len(flags)
    f = flags.astype(np.int8)
    edges = np.diff(np.concatenate(([0], f, [0])))
    starts = np.flatnonzero(edges == 1)
    ends = np.flatnonzero(edges == -1)
    length = np.zeros(n, dtype=np.int64)
    position = np.zeros(n, dtype=np.int64)
    if len(starts) == 0:
        return length, position
    sizes = ends - starts
    index = np.flatnonzero(flags)
    run = np.searchsorted(starts, index, side="right") - 1
    owner_size = sizes[run]
    offset = index - starts[run]
    length[index] = owner_size
    position[index] = np.where(
        owner_size == 1, 1, np.where(offset == 0, 2, np.where(offset == owner_size - 1, 4, 3))
    )
    return length, position


def _latin_shapes(original: np.ndarray) -> np.ndarray:
    """Per code point of a padded layout: 0, or ``shape * 4 + position`` of its Latin token."""
    upper = (original >= ord("A")) & (original <= ord("Z"))
    lower = (original >= ord("a")) & (original <= ord("z"))
    length, position = _runs(upper | lower)
    out = np.zeros(len(original), dtype=np.int64)
    inside = np.flatnonzero(length)
    if len(inside) == 0:
        return out
    # Token-level counts of upper-case letters, spread back to the token's letters.
    starts = inside[(position[inside] == 1) | (position[inside] == 2)]
    sizes = length[starts]
    ups = np.add.reduceat(upper[inside].astype(np.int64), np.searchsorted(inside, starts))
    first_up = upper[starts]
    shape = np.where(
        ups == 0,
        3,  # xx
        np.where(ups == sizes, np.where(sizes > 1, 2, 1), np.where(first_up & (ups == 1), 1, 4)),
    )
    out[inside] = np.repeat(shape, sizes) * 4 + position[inside]
    return out


@dataclass(frozen=True, slots=True)
class Chunked:
    """Where the tagged characters of a batch are.

    ``positions`` are indices into the joined text, chunk after chunk; ``lengths`` the chunk
    lengths, in the same order, so ``positions`` splits into chunks by ``np.cumsum(lengths)``.
    """

    text: str
    starts: np.ndarray
    lengths: np.ndarray
    positions: np.ndarray


def layout(
    text: str, starts: Sequence[int] | np.ndarray, ends: Sequence[int] | np.ndarray
) -> Chunked:
    """The tagged positions of ``text`` for the given chunks (non-empty, non-overlapping)."""
    s = np.asarray(starts, dtype=np.int64)
    lengths = np.asarray(ends, dtype=np.int64) - s
    total = int(lengths.sum())
    first = np.cumsum(lengths) - lengths
    positions = np.arange(total, dtype=np.int64) - np.repeat(first - s, lengths)
    return Chunked(text, s, lengths, positions)


def feature_codes(
    chunked: Chunked,
    lex: Lexicon | None = None,
    scan: Scan | None = None,
    cps: np.ndarray | None = None,
) -> np.ndarray:
    """Feature codes of every tagged position: an int64 array (templates × positions), one
    contiguous row per template (the layout the weight look-ups are fastest on). ``scan`` is
    :func:`scan_text` of ``chunked.text`` and ``cps`` its :func:`code_points` when the caller
    already has them."""
    lex = lex or lexicon()
    tables = _tables()
    text, lengths, positions = chunked.text, chunked.lengths, chunked.positions
    m = len(positions)
    if m == 0:
        return np.zeros((len(TEMPLATES), m), dtype=np.int64)
    # Every row is written below but the cue flags, which are set at a few positions only: not
    # zeroing the other 24 rows first saves a pass over ~230 bytes per character.
    out = np.empty((len(TEMPLATES), m), dtype=np.int64)
    out[_CUE_ROWS] = 0
    raw = code_points(text) if cps is None else cps
    scan = scan or scan_text(text, lex, raw)
    cps = np.where(raw < _BMP, tables.normal[_bmp(raw)], raw)  # normalise(text)
    # Padded layout: every chunk gets BOS BOS before it and EOS EOS after it, so a neighbour
    # outside the chunk reads as padding, exactly as when a chunk is tagged alone.
    slots = lengths + 4
    base = np.cumsum(slots) - slots
    padded = np.full(int(slots.sum()), EOS, dtype=np.int64)
    padded[base] = BOS
    padded[base + 1] = BOS
    q = positions + np.repeat(base + 2 - chunked.starts, lengths)
    padded[q] = cps[positions]
    folded = _bmp(padded)
    cls = tables.char_class[folded].astype(np.int64)
    sur = tables.surname[folded].astype(np.int64)
    col = _COLUMN
    out[col["b"]] = 1
    neighbours = {k: padded[q + k] for k in (-2, -1, 0, 1, 2)}
    for k in (-2, -1, 0, 1, 2):
        out[col[f"u{k}"]] = neighbours[k]
    for name, (a, b) in (("b-2", (-2, -1)), ("b-1", (-1, 0)), ("b1", (0, 1)), ("b2", (1, 2))):
        out[col[name]] = (neighbours[a] << _SHIFT) | neighbours[b]
    out[col["t"]] = (cls[q - 1] * _NCLASS + cls[q]) * _NCLASS + cls[q + 1]
    out[col["s"]] = sur[q - 1] * 2 + sur[q] + 1
    for name, codes in scan.codes.items():
        out[col[name]] = codes[positions]
    out[col["sfx"]] = tables.suffix[folded[q]]
    _cue_columns(text, chunked, out, scan)
    tier = tables.translit[folded]
    out[col["tr"]] = tier[q]
    run, where = _runs(tier > 0)
    out[col["trr"]] = np.where(run[q] > 0, np.minimum(run[q], 5) * 5 + where[q], 0)
    original = np.full(len(padded), EOS, dtype=np.int64)
    original[q] = raw[positions]
    out[col["lat"]] = _latin_shapes(original)[q]
    return out


#: Row of each template in the array :func:`feature_codes` returns.
_COLUMN = {name: k for k, name in enumerate(TEMPLATES)}
#: The rows :func:`_cue_columns` sets at some positions only (0 elsewhere): consecutive, so
#: zeroing them is one slice (a list of rows costs 20x as much, an index pass per element).
_CUE_ROWS = slice(_COLUMN["cl0"], _COLUMN["cr3"] + 1)
assert TEMPLATES[_CUE_ROWS] == ("cl0", "cl1", "cr1", "cr2", "cr3")


def _cue_columns(text: str, chunked: Chunked, out: np.ndarray, scan: Scan) -> None:
    """Cue flags; a cue counts only inside the chunk of the position it marks."""
    after, before = scan.after_cue, scan.before_cue
    col = _COLUMN
    if len(after) == 0 and len(before) == 0:
        return
    n = len(text)
    # Map text index -> row of ``out`` (or -1 when the index is not tagged) and its chunk id.
    row = np.full(n + 4, -1, dtype=np.int64)
    row[chunked.positions] = np.arange(len(chunked.positions))
    chunk_of = np.full(n + 4, -1, dtype=np.int64)
    chunk_of[chunked.positions] = np.repeat(np.arange(len(chunked.lengths)), chunked.lengths)

    def flag(name: str, targets: np.ndarray, sources: np.ndarray) -> None:
        ok = (targets >= 0) & (targets < n)
        targets, sources = targets[ok], sources[ok]
        rows = row[targets]
        same = (rows >= 0) & (chunk_of[targets] == chunk_of[np.clip(sources, 0, n - 1)])
        out[col[name], rows[same]] = 1

    if len(after):
        flag("cl0", after, after - 1)
        colon = np.array([i < n and text[i] in ":： " for i in after.tolist()], dtype=bool)
        flag("cl1", after[colon] + 1, after[colon] - 1)
    for back, name in ((1, "cr1"), (2, "cr2"), (3, "cr3")):
        flag(name, before - back, before)


def feature_strings(text: str, lex: Lexicon | None = None) -> list[list[str]]:
    """crfsuite attribute lists for ``text`` tagged as one chunk (training and tests)."""
    if not text:
        return []
    codes = feature_codes(layout(text, [0], [len(text)]), lex)
    names = [name + ":" for name in TEMPLATES]
    return [[names[k] + str(c) for k, c in enumerate(row) if c] for row in codes.T.tolist()]
