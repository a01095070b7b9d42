"""Character features for the name/address CRF.

Chinese has no spaces, so the tagger works on characters. Each character gets a handful of string
features: itself and its neighbours (±2), the bigrams around it, a coarse character-class window,
and lexical evidence (surname character, gazetteer match position, address-suffix character, cue
words such as 先生 or 联系人 next to it). Features are built column-wise with list comprehensions
over shifted copies of the text, which is several times faster than a per-character loop; the
scanner runs this over large files.
"""

from __future__ import annotations

from piplkit.detect.ner.lexicon import Lexicon, lexicon

#: Padding characters marking the start and the end of a chunk.
_BOS, _EOS = "\x02", "\x03"

# Character normalisation: ASCII and full-width digits become "0", letters are lower-cased, so that
# "88号" and "12号" or "A座" and "b座" share features.
_NORMALISE = str.maketrans(
    {
        **{chr(ord("0") + i): "0" for i in range(10)},
        **{chr(0xFF10 + i): "0" for i in range(10)},
        **{chr(0xFF21 + i): chr(ord("a") + i) for i in range(26)},
        **{chr(0xFF41 + i): chr(ord("a") + i) for i in range(26)},
    }
)


def normalise(text: str) -> str:
    """The text as the model sees it (same length as ``text``)."""
    return text.translate(_NORMALISE).lower()


def _char_class(c: str) -> str:
    if "\u4e00" <= c <= "\u9fff" or "\u3400" <= c <= "\u4dbf":
        return "H"
    if c == "0":
        return "D"
    if "a" <= c <= "z":
        return "L"
    if c in (_BOS, _EOS):
        return "X"
    if c.isspace():
        return "S"
    return "P"


class _ClassTable(dict[str, str]):
    """Memoised character classes (a dict lookup beats re-running the comparisons)."""

    def __missing__(self, key: str) -> str:
        value = _char_class(key)
        self[key] = value
        return value


_CLASSES = _ClassTable()


def _cue_marks(text: str, lex: Lexicon) -> tuple[set[int], set[int]]:
    """Positions right after a left cue word and right before a right cue word."""
    after_left: set[int] = set()
    before_right: set[int] = set()
    n = len(text)
    for i in range(n - 1):
        pair, triple = text[i : i + 2], text[i : i + 3]
        if len(triple) == 3 and triple in lex.name_left:
            after_left.add(i + 3)
        elif pair in lex.name_left:
            after_left.add(i + 2)
        if pair in lex.name_right or (len(triple) == 3 and triple in lex.name_right):
            before_right.add(i)
    return after_left, before_right


def _gazetteer_tags(text: str, lex: Lexicon) -> list[str]:
    """Per character: position in a gazetteer match (B/I/E) and the division rank, or ``-``."""
    tags = ["-"] * len(text)
    for start, end, surface in lex.find_divisions(text):
        rank = str(lex.divisions[surface][0].rank)
        tags[start] = "B" + rank
        for k in range(start + 1, end - 1):
            tags[k] = "I" + rank
        tags[end - 1] = "E" + rank
    return tags


def _word_tags(text: str, lex: Lexicon) -> list[str]:
    """Per character: B/I/E inside a common word, or ``-``."""
    tags = ["-"] * len(text)
    for start, end in lex.find_words(text):
        tags[start] = "B"
        for k in range(start + 1, end - 1):
            tags[k] = "I"
        tags[end - 1] = "E"
    return tags


def chunk_features(text: str, lex: Lexicon | None = None) -> list[list[str]]:
    """Feature lists, one per character of ``text`` (one sentence or chunk)."""
    lex = lex or lexicon()
    n = len(text)
    if n == 0:
        return []
    norm = normalise(text)
    p = _BOS + _BOS + norm + _EOS + _EOS
    l2, l1, c0, r1, r2 = p[0:n], p[1 : n + 1], p[2 : n + 2], p[3 : n + 3], p[4 : n + 4]
    cls = _CLASSES
    klass = [cls[c] for c in p]
    surnames = lex.surnames
    suffix = lex.address_suffix_chars
    gaz = _gazetteer_tags(text, lex)
    words = _word_tags(text, lex)
    after_left, before_right = _cue_marks(text, lex)
    # Surname flags of (previous, current) character, e.g. "01" = current char is a surname.
    sur = ["1" if c in surnames else "0" for c in p[1 : n + 2]]
    rows = [
        [
            "b",
            "u0=" + a,
            "u-1=" + b,
            "u1=" + c,
            "u-2=" + d,
            "u2=" + e,
            "b-1=" + b + a,
            "b1=" + a + c,
            "b-2=" + d + b,
            "b2=" + c + e,
            "t=" + k1 + k2 + k3,
            "s=" + s1 + s2,
            "g=" + g,
            "w=" + w,
        ]
        for a, b, c, d, e, k1, k2, k3, s1, s2, g, w in zip(
            c0,
            l1,
            r1,
            l2,
            r2,
            klass[1 : n + 1],
            klass[2 : n + 2],
            klass[3 : n + 3],
            sur[:n],
            sur[1 : n + 1],
            gaz,
            words,
            strict=True,
        )
    ]
    for i, ch in enumerate(norm):
        if ch in suffix:
            rows[i].append("sfx")
    for i in after_left:
        if i < n:
            rows[i].append("cue-l0")
        if i + 1 < n and norm[i] in ":： ":
            rows[i + 1].append("cue-l1")
    for i in before_right:
        for back, feat in ((1, "cue-r1"), (2, "cue-r2"), (3, "cue-r3")):
            if i - back >= 0:
                rows[i - back].append(feat)
    return rows
