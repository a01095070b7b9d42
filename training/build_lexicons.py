"""Regenerate the word lists shipped in ``src/piplkit/detect/data/``.

* ``cn_surnames.txt``: Faker's ``zh_CN`` person provider (``faker.providers.person.zh_CN``,
  ``Provider.last_names``), ordered by frequency in the population.
* ``cn_function_words.txt``: two-character verbs, adverbs, prepositions and conjunctions from
  jieba's dictionary (``jieba/dict.txt``, word / frequency / part of speech) with frequency >= 300.
  The name recognizer uses them to cut a name that the model ran into the next word
  (``胡强反映`` -> ``胡强`` + ``反映``).
* ``cn_words.txt``: 2–4 character words of jieba's dictionary with frequency >= 30 that are not
  tagged as person names (``nr*``). The tagger marks where such words cover a character, so the
  model knows that 高兴 or 马上 are words and not a surname plus a given name.

Running this script after a library upgrade refreshes the files; headers record the versions.
jieba is only needed here (``pip install -e '.[train]'``), not at run time.

Usage: ``python training/build_lexicons.py``
"""

from __future__ import annotations

from pathlib import Path

import faker
from faker.providers.person.zh_CN import Provider

DATA = Path(__file__).resolve().parents[1] / "src" / "piplkit" / "detect" / "data"
OUT = DATA / "cn_surnames.txt"
FUNCTION_WORDS = DATA / "cn_function_words.txt"
#: jieba part-of-speech tags kept: verbs, adverbs, prepositions, conjunctions, auxiliaries.
KEPT_POS = ("v", "vd", "vi", "vn", "d", "p", "c", "u", "ad")
MIN_FREQ = 300
WORDS = DATA / "cn_words.txt"
WORD_MIN_FREQ = 30


def surnames() -> list[str]:
    """Faker's zh_CN surnames, most frequent first, without duplicates."""
    seen: dict[str, None] = {}
    for name in Provider.last_names:
        seen.setdefault(name.strip(), None)
    return [s for s in seen if s]


def jieba_dictionary() -> tuple[str, list[tuple[str, int, str]]]:
    """(jieba version, [(word, freq, pos)]) of jieba's main dictionary."""
    import jieba  # build-time only

    path = Path(jieba.__file__).parent / "dict.txt"
    rows: list[tuple[str, int, str]] = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            parts = line.split()
            if len(parts) == 3:
                rows.append((parts[0], int(parts[1]), parts[2]))
    return str(jieba.__version__), rows


def function_words(rows: list[tuple[str, int, str]]) -> list[tuple[str, int, str]]:
    """Frequent two-character function words, most frequent first."""
    kept = [r for r in rows if len(r[0]) == 2 and r[1] >= MIN_FREQ and r[2] in KEPT_POS]
    return sorted(kept, key=lambda r: (-r[1], r[0]))


def common_words(rows: list[tuple[str, int, str]]) -> list[str]:
    """2–4 character non-name words with frequency >= WORD_MIN_FREQ, sorted."""
    return sorted(
        {
            w
            for w, f, p in rows
            if 2 <= len(w) <= 4 and f >= WORD_MIN_FREQ and not p.startswith("nr")
        }
    )


def main() -> None:
    names = surnames()
    header = (
        "# Chinese surnames, most frequent first, one per line.\n"
        f"# Source: Faker {faker.VERSION}, faker/providers/person/zh_CN Provider.last_names.\n"
        "# Regenerate with: python training/build_lexicons.py\n"
    )
    OUT.write_text(header + "\n".join(names) + "\n", encoding="utf-8")
    print(f"wrote {len(names)} surnames to {OUT}")
    version, dictionary = jieba_dictionary()
    rows = function_words(dictionary)
    header = (
        "# Frequent two-character function words (verbs, adverbs, prepositions, conjunctions).\n"
        f"# Source: jieba {version} dict.txt (word, frequency, POS), freq >= {MIN_FREQ}.\n"
        "# Regenerate with: python training/build_lexicons.py\n"
    )
    body = "\n".join(f"{w}\t{f}\t{p}" for w, f, p in rows)
    FUNCTION_WORDS.write_text(header + body + "\n", encoding="utf-8")
    print(f"wrote {len(rows)} function words to {FUNCTION_WORDS}")
    words = common_words(dictionary)
    header = (
        "# Common 2-4 character words (not person names), one per line.\n"
        f"# Source: jieba {version} dict.txt, frequency >= {WORD_MIN_FREQ}, POS not nr*.\n"
        "# Regenerate with: python training/build_lexicons.py\n"
    )
    WORDS.write_text(header + "\n".join(words) + "\n", encoding="utf-8")
    print(f"wrote {len(words)} words to {WORDS}")


if __name__ == "__main__":
    main()
