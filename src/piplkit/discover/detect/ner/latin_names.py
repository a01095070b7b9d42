"""Latin-script person names in Chinese prose, read against a lexicon of given and family names.

CLUENER-style news writes foreign names in Latin script without spaces and often without
capitals (``Lampard``, ``DavidBeckham``, ``martinatkinson``). The character CRF is unsure of such
runs (it has seen few of them) and reads many as organisations, so a run of letters is checked
against ``data/latin_names.tsv`` (given and family names of Faker's Latin-script person providers,
see ``training/build_lexicons.py``) instead. What reads as a name:

* one capitalised word that is a listed name and not a common English word (``Lampard``);
* two or three capitalised parts glued together (``DavidBeckham``, ``NeilMacLaren``) or
  separated by single spaces (``Kevin Marsh``), the first a listed given name, every other part
  a listed name;
* one lower-case word that splits into a listed given name and a listed name of 3+ letters each,
  neither a common English word (``martinatkinson``).

Never a name: capitals only (``PDF``, ``CEO``), a lower-case letter before a capital (``iPhone``),
parts that are not listed (``GitHub``: git, hub), and a run touching a digit or a character of a
code, address or file name (``_ @ / . - #``), so model numbers, e-mails and URLs stay out, or
an apostrophe after it (``Dante's``: a title, not a person).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

#: A run of Latin letters, words joined by single spaces, not touching an ASCII digit or letter,
#: nor a character that makes it part of a code, address or file name. The first letter comes
#: before the look-behind (which then reads it and the character before), so that positions
#: without a letter fail at once: a third faster on CLUENER's lines than look-behind first.
_RUN = re.compile(
    r"[A-Za-z](?<![A-Za-z0-9_@/\\.#&+-][A-Za-z])[A-Za-z]*(?: [A-Za-z]+){0,2}"
    r"(?![A-Za-z0-9_@/\\#&+'‘’-]|\.[A-Za-z0-9])"
)
#: Capitalised parts of a glued name; a ``Mc``/``Mac`` prefix stays with its part.
_PART = re.compile(r"(?:Mc|Mac)?[A-Z][a-z]+")
#: A Gaelic family name: ``Mc``/``Mac`` and a capitalised rest of 3+ letters.
_GAELIC = re.compile(r"Ma?c[A-Z][a-z]{2,}")
_TITLE = re.compile(r"[A-Z][a-z]{2,}")
#: A lower-case glued name: 8+ letters. Shorter words split into listed pieces by chance
#: (``caldea``); on CLUENER's training split 21 of 34 such runs were names at 6+ letters, 20 of
#: 28 at 8+.
_LOWER = re.compile(r"[a-z]{8,}")
#: Shortest listed word taken as a part of a lower-case name.
_MIN_PART = 3


@dataclass(frozen=True, slots=True)
class LatinNames:
    """Given and family names (lower case) and the common English words among them."""

    given: frozenset[str]
    family: frozenset[str]
    english: frozenset[str]

    def is_name(self, word: str) -> bool:
        return word in self.given or word in self.family

    def single(self, word: str) -> bool:
        """A capitalised word alone (``Lampard``): a listed name that is no English word."""
        low = word.lower()
        return self.is_name(low) and low not in self.english

    def parts(self, parts: list[str]) -> bool:
        """``David`` + ``Beckham``: a given name first, listed names after it; a Gaelic
        ``Mc``/``Mac`` family name counts as listed (``NeilMacLaren``)."""
        low = [p.lower() for p in parts]
        return low[0] in self.given and all(
            self.is_name(p) or _GAELIC.fullmatch(q) for p, q in zip(low[1:], parts[1:], strict=True)
        )

    def lower_pair(self, word: str) -> bool:
        """``martinatkinson``: some split into a given name and a listed name, no English word."""
        for cut in range(_MIN_PART, len(word) - _MIN_PART + 1):
            head, tail = word[:cut], word[cut:]
            if (
                head in self.given
                and self.is_name(tail)
                and head not in self.english
                and tail not in self.english
            ):
                return True
        return False


@lru_cache(maxsize=1)
def latin_names() -> LatinNames:
    """The lexicon of ``data/latin_names.tsv``, read once (on the first Latin run met)."""
    text = (
        resources.files("piplkit.discover.detect")
        .joinpath("data", "latin_names.tsv")
        .read_text(encoding="utf-8")
    )
    given: set[str] = set()
    family: set[str] = set()
    english: set[str] = set()
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        word, _, kinds = line.partition("\t")
        if "G" in kinds:
            given.add(word)
        if "F" in kinds:
            family.add(word)
        if "W" in kinds:
            english.add(word)
    return LatinNames(frozenset(given), frozenset(family), frozenset(english))


def is_latin_name(run: str, names: LatinNames) -> bool:
    """Whether ``run`` (letters, words joined by single spaces) reads as a person's name."""
    words = run.split(" ")
    if len(words) > 1:
        return all(_TITLE.fullmatch(w) or _GAELIC.fullmatch(w) for w in words) and names.parts(
            words
        )
    if _TITLE.fullmatch(run):
        return names.single(run)
    if _LOWER.fullmatch(run):
        return names.lower_pair(run)
    parts = _PART.findall(run)
    return (
        2 <= len(parts) <= 3
        and "".join(parts) == run
        and all(len(p) >= 2 for p in parts)
        and names.parts(parts)
    )


def is_cued_name(run: str, names: LatinNames) -> bool:
    """Whether ``run``, right after a role (``设计师``, ``负责人``, ``选手``), reads as a name that
    the lexicon need not hold (``RodHumble``, ``serenasutcliffe``, a player's ``Crius``): not an
    acronym (``女子DOTA``), not a product (``iPhone``), not a common English word."""
    return (
        len(run) >= 3
        and not run.isupper()
        and not (run[0].islower() and any(c.isupper() for c in run))
        and run.lower() not in names.english
        and all(_TITLE.fullmatch(w) for w in run.split(" ")[1:])
    )


def latin_name_spans(
    text: str, after_role: Callable[[int], bool] | None = None, pos: int = 0
) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of every run of ``text`` from ``pos`` on (a caller that has found the
    first letter already starts there) that :func:`is_latin_name` accepts, or, where
    ``after_role(start)`` says a role word stands right before it, :func:`is_cued_name`."""
    names: LatinNames | None = None
    for m in _RUN.finditer(text, pos):
        run = m.group()
        if len(run) < 3 or run.isupper():
            continue  # no name has this shape (vs, PDF, DOTA): most runs of news text
        if text[m.start() - 1 : m.start()] == "《" or text[m.end() : m.end() + 1] == "》":
            continue  # the title of a book, film or magazine (``《Elle》``)
        if names is None:
            names = latin_names()
        if is_latin_name(run, names) or (
            after_role is not None and after_role(m.start()) and is_cued_name(run, names)
        ):
            yield m.start(), m.end()
