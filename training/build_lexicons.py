"""Regenerate the word lists shipped in ``src/piplkit/discover/detect/data/``.

* ``cn_surnames.txt``: Faker's ``zh_CN`` person provider (``faker.providers.person.zh_CN``,
  ``Provider.last_names``), ordered by frequency in the population.
* ``cn_function_words.txt``: two-character verbs, adverbs, prepositions and conjunctions from
  jieba's dictionary (``jieba/dict.txt``, word / frequency / part of speech) with frequency >= 300.
  The name recognizer uses them to cut a name that the model ran into the next word
  (``胡强反映`` -> ``胡强`` + ``反映``).
* ``cn_words.txt``: 2–4 character words of jieba's dictionary with frequency >= 30 that are not
  tagged as person names (``nr*``). The tagger marks where such words cover a character, so the
  model knows that 高兴 or 马上 are words and not a surname plus a given name.
* ``cn_named_words.tsv``: jieba's words tagged as person names (``nr``, ``nrfg``, ``nrt``: P),
  places (``ns``: L), organisations (``nt``: G) and other proper nouns (``nz``: Z), 2–8
  characters, frequency >= 2. The tagger marks which kind of dictionary word covers a character:
  knowledge of famous and fictional people, foreign places and transliterations that the
  training split alone does not hold.
* ``cn_translit_chars.txt``: characters that jieba's transliterated names (``nrt``) use far more
  than the rest of the dictionary (沃, 尔, 维, 奇 ...), in two tiers by that share.

* ``latin_names.tsv``: given and family names of Faker's person providers of locales written in
  Latin script (:data:`LATIN_LOCALES`), folded to ASCII and lower-cased, with their class (G
  given, F family) and W where the word is also one of the common English words of Faker's
  ``en_US`` lorem provider (Stone, Page, Will). The name recognizer reads Latin-script names that
  CLUENER-style prose writes without spaces (``Lampard``, ``DavidBeckham``) against it (issue 12).

jieba (MIT licence, https://github.com/fxsjy/jieba) ships the dictionary these lists come from;
Faker (MIT licence, https://github.com/joke2k/faker) the surnames and the Latin-script names.

Running this script after a library upgrade refreshes the files; headers record the versions.
jieba is only needed here (``pip install -e '.[train]'``), not at run time.

Usage: ``python training/build_lexicons.py [--latin-only]`` (``--latin-only`` rewrites
``latin_names.tsv`` alone and needs no jieba).
"""

from __future__ import annotations

import argparse
import importlib
import re
import unicodedata
from pathlib import Path

import faker
from faker.providers.person.zh_CN import Provider

DATA = Path(__file__).resolve().parents[1] / "src" / "piplkit" / "discover" / "detect" / "data"
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


NAMED_CLASSES = {"nr": "P", "nrfg": "P", "nrt": "P", "ns": "L", "nt": "G", "nz": "Z"}
NAMED = DATA / "cn_named_words.tsv"
NAMED_MIN_FREQ = 2
TRANSLIT = DATA / "cn_translit_chars.txt"
#: A character is a transliteration character when at least this many distinct ``nrt`` words use
#: it and they are at least this share (tier 1) or the lower share (tier 2) of its words.
TRANSLIT_MIN_WORDS, TRANSLIT_SHARE, TRANSLIT_LOW_SHARE = 10, 0.1, 0.03


def named_words(rows: list[tuple[str, int, str]]) -> list[tuple[str, str]]:
    """(word, class) of the dictionary's proper nouns, sorted by word."""
    return sorted(
        {
            (w, NAMED_CLASSES[p])
            for w, f, p in rows
            if p in NAMED_CLASSES and 2 <= len(w) <= 8 and f >= NAMED_MIN_FREQ
        }
    )


def translit_chars(rows: list[tuple[str, int, str]]) -> tuple[str, str]:
    """(tier 1, tier 2) transliteration characters, each sorted by code point."""
    in_nrt: dict[str, int] = {}
    in_all: dict[str, int] = {}
    for w, _, p in rows:
        for c in set(w):
            in_all[c] = in_all.get(c, 0) + 1
            if p == "nrt":
                in_nrt[c] = in_nrt.get(c, 0) + 1
    high, low = [], []
    for c, n in in_nrt.items():
        share = n / in_all[c]
        if n >= TRANSLIT_MIN_WORDS and share >= TRANSLIT_SHARE:
            high.append(c)
        elif n >= TRANSLIT_MIN_WORDS and share >= TRANSLIT_LOW_SHARE:
            low.append(c)
    return "".join(sorted(high)), "".join(sorted(low))


LATIN = DATA / "latin_names.tsv"
#: Faker person providers whose names are written in Latin script and turn up in Chinese news
#: (Europe, the Americas, Turkey, Indonesia). Locales of patronymics or of mostly local spellings
#: (is_IS, ga_IE, zu_ZA) are left out: they add thousands of words news rarely meets.
LATIN_LOCALES = (
    "en", "en_US", "en_GB", "en_IE", "en_NZ", "de_DE", "de_AT", "de_CH", "fr_FR", "fr_BE",
    "fr_CA", "es_ES", "es_MX", "es_AR", "es_CO", "es_CL", "it_IT", "pt_BR", "pt_PT", "nl_NL",
    "nl_BE", "sv_SE", "no_NO", "da_DK", "fi_FI", "pl_PL", "cs_CZ", "hu_HU", "ro_RO", "hr_HR",
    "sl_SI", "tr_TR", "id_ID",
)  # fmt: skip
_ASCII_WORD = re.compile(r"[A-Za-z]{3,}")


def _provider_names(provider: type) -> tuple[set[str], set[str]]:
    """(given, family) words of one Faker person provider, ASCII-folded and lower-cased.

    Every ``first_name*`` / ``last_name*`` sequence or weighted dict is read (the male, female
    and non-binary variants); multi-word names (``de la Cruz``) give their capitalised words of
    three letters or more, so particles are not names."""
    given: set[str] = set()
    family: set[str] = set()
    for attr in dir(provider):
        kind = given if attr.startswith("first_name") else family
        if not attr.startswith(("first_name", "last_name")) or "romanized" in attr:
            continue
        values = getattr(provider, attr)
        if not isinstance(values, (list, tuple, dict)):
            continue
        for value in values:
            if not isinstance(value, str):
                continue
            folded = unicodedata.normalize("NFKD", value).encode("ascii", "ignore").decode()
            for part in re.split(r"[\s'-]+", folded):
                if _ASCII_WORD.fullmatch(part) and part[0].isupper():
                    kind.add(part.lower())
    return given, family


def latin_names() -> list[tuple[str, str]]:
    """(word, classes) of the Latin-script names, sorted by word; classes is G, F, or GF, with W
    appended for a common English word."""
    from faker.providers.lorem.en_US import Provider as Lorem

    english = {w.lower() for w in Lorem.word_list}
    given: set[str] = set()
    family: set[str] = set()
    for locale in LATIN_LOCALES:
        module = importlib.import_module(f"faker.providers.person.{locale}")
        g, f = _provider_names(module.Provider)
        given |= g
        family |= f
    rows = []
    for word in sorted(given | family):
        kind = ("G" if word in given else "") + ("F" if word in family else "")
        rows.append((word, kind + ("W" if word in english else "")))
    return rows


def write_latin_names() -> None:
    rows = latin_names()
    header = (
        "# Latin-script given and family names: word<TAB>classes (G given, F family, W also a\n"
        "# common English word), ASCII-folded, lower-cased, 3+ letters.\n"
        f"# Source: Faker {faker.VERSION} (MIT licence, https://github.com/joke2k/faker), person\n"
        f"# providers {' '.join(LATIN_LOCALES)};\n"
        "# English words: the en_US lorem provider's word_list.\n"
        "# Regenerate with: python training/build_lexicons.py --latin-only\n"
    )
    LATIN.write_text(header + "".join(f"{w}\t{c}\n" for w, c in rows), encoding="utf-8")
    print(f"wrote {len(rows)} Latin-script names to {LATIN}")


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument(
        "--latin-only", action="store_true", help="only latin_names.tsv (Faker; no jieba needed)"
    )
    args = ap.parse_args(argv)
    write_latin_names()
    if args.latin_only:
        return
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
        f"# Source: jieba {version} dict.txt (word, frequency, part of speech), "
        f"freq >= {MIN_FREQ}.\n"
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
    named = named_words(dictionary)
    header = (
        "# Proper nouns of jieba's dictionary: word<TAB>class (P person, L place, G organisation,\n"
        "# Z other proper noun), 2-8 characters.\n"
        f"# Source: jieba {version} dict.txt (MIT licence), POS nr/nrfg/nrt/ns/nt/nz, "
        f"frequency >= {NAMED_MIN_FREQ}.\n"
        "# Regenerate with: python training/build_lexicons.py\n"
    )
    NAMED.write_text(header + "".join(f"{w}\t{c}\n" for w, c in named), encoding="utf-8")
    print(f"wrote {len(named)} named words to {NAMED}")
    high, low = translit_chars(dictionary)
    header = (
        "# Transliteration characters: line 1 tier 1, line 2 tier 2 (see build_lexicons.py).\n"
        f"# Source: jieba {version} dict.txt (MIT licence), words tagged nrt.\n"
        "# Regenerate with: python training/build_lexicons.py\n"
    )
    TRANSLIT.write_text(header + high + "\n" + low + "\n", encoding="utf-8")
    print(f"wrote {len(high)} + {len(low)} transliteration characters to {TRANSLIT}")


if __name__ == "__main__":
    main()
