"""Where a hint word occurs in a header: token boundaries for English words, overlaps for Chinese.

Headers are matched after normalisation (``"ID Card No."`` → ``idcardno``), which throws away
the marks that show where one word ends and the next begins. Those marks are kept here as token
boundaries, read from the header *before* it is normalised: separators (``_``, spaces, dots),
a change of case (``readHistory``, ``IDCard``), a change between letters and digits
(``imei2``) and a change of script (``终端MAC``). Two rules use them:

* an English hint word is not found inside another English word: ``store`` is not in
  ``STORED_VALUE_BAL`` (the token is *stored*), ``route`` not in ``router_ip`` and ``edu`` not
  in ``scheduled_at``. A match that starts and ends inside one token is refused, and so is one
  that ends inside a token whose rest is only a word ending (-d, -ed, -er, -ing, -age). A
  match may still end a compound token (``cellphone``) or begin one (``mobileno``), and a
  header without marks (``storedvaluebal``) is matched as before: nothing shows its words.
* some short words count only as whole tokens (``mac`` in ``终端MAC`` or ``wifi_mac``, never in
  ``machine``), listed under ``tokens`` in the hint data.

Chinese has no such marks; its rule (a hint word whose last characters begin a later business
word is not in the header: 中奖金额 is 中奖 + 金额, not 奖金) is in
:meth:`piplkit.discover.scan.hints.HintTable.analyse`, with :func:`overlapped`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

#: Separators between tokens (the same characters ``normalise_header`` drops).
SEPARATORS = re.compile(r"[\s_\-./:：()（）\[\]【】#]+")
#: A token: an upper-case run not followed by a lower-case letter (``ID`` in ``IDCard``), a
#: capitalised or lower-case word, a number, or a run of other characters (Chinese).
_TOKEN = re.compile(r"[A-Z]+(?![a-z])|[A-Z]?[a-z]+|[0-9]+|[^A-Za-z0-9]+")
#: Word endings that make a different word of a stem (store → stored, storage; weight →
#: weighted; route → router). A plural ``s`` is not one: ``phones`` still names phones.
INFLECTIONS = frozenset({"d", "ed", "r", "er", "ers", "ing", "ings", "age", "ages"})


@dataclass(frozen=True, slots=True)
class HeaderKey:
    """A normalised header and the positions in it where a token begins or ends."""

    text: str
    bounds: frozenset[int]

    @property
    def marked(self) -> bool:
        """Whether the header showed where its words end (more than one token)."""
        return len(self.bounds) > 2


def tokens(text: str) -> list[str]:
    """The tokens of a header already folded to NFKC and Simplified characters, lower-cased."""
    out: list[str] = []
    for part in SEPARATORS.split(text):
        out.extend(t.lower() for t in _TOKEN.findall(part))
    return out


@lru_cache(maxsize=20_000)
def header_key(folded: str, normalised: str) -> HeaderKey:
    """The key of a header: ``folded`` is its NFKC/Simplified form, ``normalised`` the key that
    ``normalise_header`` made of it. When the tokens do not add up to that key (a character
    whose lower case is longer), the header counts as unmarked."""
    parts = tokens(folded)
    bounds = {0}
    at = 0
    for part in parts:
        at += len(part)
        bounds.add(at)
    if "".join(parts) != normalised:
        return HeaderKey(normalised, frozenset({0, len(normalised)}))
    return HeaderKey(normalised, frozenset(bounds))


def _valid(key: HeaderKey, word: str, start: int) -> bool:
    if not word.isascii() or not key.marked:
        return True
    end = start + len(word)
    starts_inside = start not in key.bounds
    ends_inside = end not in key.bounds
    if starts_inside and ends_inside:
        return False
    if ends_inside:
        token_end = min(b for b in key.bounds if b > end)
        return key.text[end:token_end] not in INFLECTIONS
    return True


def last_start(key: HeaderKey, word: str) -> int:
    """Start of the last valid occurrence of ``word`` in ``key`` (see the module rules), or -1."""
    pos = key.text.rfind(word)
    while pos >= 0 and not _valid(key, word, pos):
        pos = key.text.rfind(word, 0, pos + len(word) - 1)
    return pos


def contains(key: HeaderKey, word: str) -> bool:
    """Whether ``word`` validly occurs in ``key``."""
    return last_start(key, word) >= 0


def last_token_start(key: HeaderKey, word: str) -> int:
    """Start of the last occurrence of ``word`` made of whole tokens, or -1."""
    pos = key.text.rfind(word)
    while pos >= 0:
        if pos in key.bounds and pos + len(word) in key.bounds:
            return pos
        pos = key.text.rfind(word, 0, pos + len(word) - 1)
    return -1


def last_end(key: HeaderKey, words: tuple[str, ...]) -> int:
    """End of the last-ending valid occurrence of any of ``words``, or -1."""
    end = -1
    for word in words:
        pos = last_start(key, word)
        if pos >= 0:
            end = max(end, pos + len(word))
    return end


def overlapped(key: HeaderKey, start: int, word: str, later: tuple[str, ...]) -> bool:
    """Whether a Chinese ``word`` at ``start`` shares its last characters with a later word of
    ``later`` that goes on past it: 中奖金额 holds 金额, so its 奖金 is not a word of it."""
    if word.isascii():
        return False
    end = start + len(word)
    for other in later:
        if other.isascii():
            continue
        pos = key.text.find(other, start + 1)
        while 0 <= pos < end:
            if pos + len(other) > end:
                return True
            pos = key.text.find(other, pos + 1)
    return False
