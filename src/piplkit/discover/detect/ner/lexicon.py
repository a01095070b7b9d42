"""Lexical evidence shared by the name/address tagger and recognizers.

Surnames come from a generated data file (see ``training/build_lexicons.py``), cue words from
``data/ner_context.yaml``, and the administrative-division gazetteer (provinces, prefecture cities,
counties/districts with their adcodes) from the ``cpca`` library, so that no division name is typed
by hand here. Everything is loaded once and cached: the recognizers and the trainer must see the
same lexicon, or the trained feature weights would not match the features built at run time.
"""

from __future__ import annotations

import csv
import importlib.util
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

import ahocorasick
import numpy as np

from piplkit.discover.detect.ner.dictionary import Dictionary
from piplkit.inputs.yaml_data import load_yaml

#: Administrative rank of a gazetteer entry, as in cpca: 0 province, 1 city, 2 county/district.
PROVINCE, CITY, COUNTY = 0, 1, 2

#: Suffixes dropped to form the short name of a province or city (cpca does the same).
_STOP_SUFFIX = re.compile(r"(省|市|特别行政区|自治区)$")


@dataclass(frozen=True, slots=True)
class Division:
    """One administrative division: its official name, 6-digit adcode and rank."""

    name: str
    adcode: str
    rank: int

    @property
    def province_code(self) -> str:
        return self.adcode[:2] + "0000"

    @property
    def city_code(self) -> str:
        return self.adcode[:4] + "00"


@dataclass(frozen=True, slots=True)
class Lexicon:
    """All word lists used as evidence; build it with :func:`lexicon`."""

    surnames: frozenset[str]
    compound_surnames: frozenset[str]
    #: Form labels and roles before a name; a CRF feature, so changing it means retraining.
    name_left: frozenset[str]
    #: Further roles before a bare name, used by the recognizer only (not a CRF feature).
    name_roles: frozenset[str]
    #: Verbs taking a person as object: weak evidence, recognizer only.
    name_verbs: frozenset[str]
    name_right: frozenset[str]
    name_honorifics: frozenset[str]
    address_left: tuple[str, ...]
    address_suffix_chars: frozenset[str]
    #: Words that end an address: organisation names and prose built on a place name.
    address_stop_words: tuple[str, ...]
    #: Frequent two-character verbs/adverbs/prepositions (see ``cn_function_words.txt``).
    function_words: frozenset[str]
    #: Surface form (official or short name) -> divisions it may denote.
    divisions: dict[str, tuple[Division, ...]]
    #: adcode -> division, to name the province/city of a resolved county.
    by_code: dict[str, Division]
    automaton: ahocorasick.Automaton
    #: Common words (``cn_words.txt``).
    words: frozenset[str]
    #: Every word the tagger's lexical features look up (common words, proper nouns of jieba's
    #: dictionary, divisions, cue words), with the bits of :data:`COMMON_WORD`,
    #: :data:`NAMED_SHIFT`, :data:`DIVISION_SHIFT`, :data:`LEFT_CUE` and :data:`RIGHT_CUE`.
    dictionary: Dictionary
    #: Transliteration characters (``cn_translit_chars.txt``) -> tier (1 or 2).
    translit: dict[str, int]

    def surname_of(self, name: str) -> str | None:
        """The surname a name starts with, compound surnames first, or ``None``."""
        if name[:2] in self.compound_surnames:
            return name[:2]
        if name[:1] in self.surnames:
            return name[:1]
        return None

    def is_word(self, text: str) -> bool:
        """Whether ``text`` is a common (non-name) word of ``cn_words.txt``."""
        return text in self.words

    def find_divisions(self, text: str) -> list[tuple[int, int, str]]:
        """Leftmost-longest non-overlapping gazetteer matches as (start, end, surface)."""
        found: list[tuple[int, int, str]] = []
        for end_index, surface in self.automaton.iter_long(text):
            found.append((end_index - len(surface) + 1, end_index + 1, surface))
        return found


def _read_text(name: str) -> str:
    package = resources.files("piplkit.discover.detect")
    return package.joinpath("data", name).read_text(encoding="utf-8")


def surnames() -> list[str]:
    """Chinese surnames (single and compound), most frequent first."""
    return _load_surnames()


def _load_surnames() -> list[str]:
    lines = (line.strip() for line in _read_text("cn_surnames.txt").splitlines())
    return [line for line in lines if line and not line.startswith("#")]


def _load_function_words() -> frozenset[str]:
    rows = (line.split("\t", 1)[0] for line in _read_text("cn_function_words.txt").splitlines())
    return frozenset(w for w in rows if w and not w.startswith("#"))


#: Classes of ``cn_named_words.tsv``: person, place, organisation, other proper noun.
NAMED_CLASSES = {"P": 1, "L": 2, "G": 3, "Z": 4}
#: Bits of a dictionary value: bit 0 a common word, bits 1-3 the proper-noun class, bits 4-5 the
#: division rank + 1, bit 6 a cue word before a name (``name_left``), bit 7 one after it
#: (``name_right``).
COMMON_WORD, NAMED_SHIFT, DIVISION_SHIFT = 1, 1, 4
LEFT_CUE, RIGHT_CUE = 1 << 6, 1 << 7


def _dictionary(
    words: list[str],
    divisions: dict[str, tuple[Division, ...]],
    left: list[str],
    right: list[str],
) -> Dictionary:
    named = [x for x in _read_text("cn_named_words.tsv").splitlines() if x and x[0] != "#"]
    fields = "\t".join(named).split("\t")  # word, class, word, class, ...
    surfaces = list(divisions)
    all_words = [*words, *left, *right, *fields[0::2], *surfaces]
    values = np.concatenate(
        [
            np.full(len(words), COMMON_WORD, dtype=np.int64),
            np.full(len(left), LEFT_CUE, dtype=np.int64),
            np.full(len(right), RIGHT_CUE, dtype=np.int64),
            np.array([NAMED_CLASSES[k] << NAMED_SHIFT for k in fields[1::2]], dtype=np.int64),
            np.array([(divisions[s][0].rank + 1) << DIVISION_SHIFT for s in surfaces], np.int64),
        ]
    )
    return Dictionary.from_arrays(all_words, values)


def _load_translit() -> dict[str, int]:
    lines = [x for x in _read_text("cn_translit_chars.txt").splitlines() if not x.startswith("#")]
    return {c: tier for tier, line in enumerate(lines, 1) for c in line.strip()}


#: Short names of the autonomous regions that dropping the suffix does not give (cpca's list).
_SPECIAL_SHORT = {
    "内蒙古自治区": "内蒙古",
    "广西壮族自治区": "广西",
    "西藏自治区": "西藏",
    "新疆维吾尔自治区": "新疆",
    "宁夏回族自治区": "宁夏",
}


def _cpca_rows() -> list[tuple[str, str]]:
    """(name, adcode) of every row of cpca's adcode table.

    Read from the CSV file cpca ships, without importing cpca: its import parses the same file
    into its own matcher and imports ``pkg_resources``, about 0.15 s of every process start. When
    the file is not on disk (a zipped install), cpca itself is asked.
    """
    spec = importlib.util.find_spec("cpca")
    folders = list(spec.submodule_search_locations or []) if spec else []
    for folder in folders:
        path = Path(folder) / "resources" / "adcodes.csv"
        if path.is_file():
            with path.open(encoding="utf-8", newline="") as fh:
                by_code = {row["adcode"]: row["name"] for row in csv.DictReader(fh)}
            return [(name, code) for code, name in by_code.items()]
    import cpca

    return [(str(info.name), str(info.adcode)) for info in cpca.ad_2_addr_dict.values()]


def _rank(adcode: str) -> int:
    """Province, city or county, from the 6-digit adcode (as cpca ranks them)."""
    if adcode.endswith("0000"):
        return PROVINCE
    return CITY if adcode.endswith("00") else COUNTY


def _load_divisions() -> dict[str, tuple[Division, ...]]:
    """Official and short names of every division in cpca's adcode table."""
    table: dict[str, list[Division]] = {}
    for name, code in _cpca_rows():
        if "辖" in name or len(name) < 2:  # placeholders such as 市辖区 / 省直辖县级行政区划
            continue
        adcode = code[:6]
        division = Division(name, adcode, _rank(adcode))
        surfaces = {name}
        if division.rank in (PROVINCE, CITY):
            short = _SPECIAL_SHORT.get(name) or _STOP_SUFFIX.sub("", name)
            if len(short) >= 2:
                surfaces.add(short)
        for surface in surfaces:
            table.setdefault(surface, []).append(division)
    return {k: tuple(sorted(v, key=lambda d: (d.rank, d.adcode))) for k, v in table.items()}


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The shared lexicon (loaded on first use, then cached for the process)."""
    # libyaml's safe loader where PyYAML has it (the same mapping, 1 ms of start-up, not 8)
    context = load_yaml(_read_text("ner_context.yaml"))
    surnames = _load_surnames()
    compound = {s for s in surnames if len(s) == 2} | set(context["compound_surnames"])
    divisions = _load_divisions()
    by_code = {d.adcode: d for ds in divisions.values() for d in ds}
    automaton = ahocorasick.Automaton(ahocorasick.STORE_ANY, ahocorasick.KEY_STRING)
    for surface in divisions:
        automaton.add_word(surface, surface)
    automaton.make_automaton()
    words = [w for w in _read_text("cn_words.txt").splitlines() if w and not w.startswith("#")]
    return Lexicon(
        surnames=frozenset(s for s in surnames if len(s) == 1),
        compound_surnames=frozenset(compound),
        name_left=frozenset(context["name_left"]),
        name_roles=frozenset(context["name_roles"]),
        name_verbs=frozenset(context["name_verbs"]),
        name_right=frozenset(context["name_right"]),
        name_honorifics=frozenset(context["name_honorifics"]),
        address_left=tuple(context["address_left"]),
        address_suffix_chars=frozenset(context["address_suffix_chars"]),
        address_stop_words=tuple(context["address_stop_words"]),
        function_words=_load_function_words(),
        divisions=divisions,
        by_code=by_code,
        automaton=automaton,
        words=frozenset(words),
        dictionary=_dictionary(words, divisions, context["name_left"], context["name_right"]),
        translit=_load_translit(),
    )
