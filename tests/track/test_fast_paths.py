"""Shortcuts of the sixth throughput pass, each checked against the work it stands for on every
line of the shipped documents and on texts built to hit its edges (the fifth pass's checks
are in ``test_fast_patterns.py``)."""

from __future__ import annotations

from piplkit.track import instruments, textutil

from .test_fast_patterns import _corpus, _lines

_EDGES = [
    "",
    "x",
    "don’t-stop rock'n'roll a-b-c -x- x- 'x' ’x’ 3-D",
    "İstanbul ǅx KELVIN \u212a x",  # lower-casing changes length: the text is read as written
    "数据 ABC 123 中文abc中文 ｘｙｚ ａ1",
    "x\n\ny  z\t1.5 1,000 e-mail e—mail",
]


def test_token_offsets_are_the_match_offsets() -> None:
    """``_tokenised`` places each word by ``str.find``: the offsets a match per token gives."""
    for text in [*_corpus(), *_lines(), *_EDGES]:
        for lower in (True, False):
            textutil._tokenised.cache_clear()
            textutil._words_of.cache_clear()
            starts, ends, words, _ = textutil._tokenised(text, lower)
            source = text.lower() if lower and len(text.lower()) == len(text) else text
            spans = [m.span() for m in textutil._TOKEN.finditer(source)]
            assert list(zip(starts, ends, strict=True)) == spans, text[:60]
            assert words == [source[a:b] for a, b in spans], text[:60]


def test_title_tails_are_cut_as_the_patterns_cut_them() -> None:
    """``_tails_cut`` runs each tail pattern only where it can match: what both subs give."""
    pieces = [
        "Data Security Law",
        "Data Regulations in 2024",
        "Data Regulations in 2024\n",
        "Rules of 3,000.",
        "Rules for ٣",
        "Plan of the",
        "Plan of the\n",
        "Plan for a",
        "Law an",
        "Law AN",
        "Lawof",
        "Law 2024",
        "",
        " of",
        "Measures on Oct",
        "Rules in Sept",
        "Plan on Oct in 2024",
        "Law of October",
    ]
    for text in [*_lines(), *pieces]:
        for piece in (text, *text.split()):
            cut = instruments._MONTH_TAIL.sub("", instruments._YEAR_TAIL.sub("", piece))
            full = instruments._CONNECTOR_TAIL.sub("", cut)
            assert instruments._tails_cut(piece) == full, piece


def test_generic_is_given_the_names_it_used_to_look_for() -> None:
    """``_generic`` no longer looks for vocabulary names when it is given none: where each
    caller passes an empty list, ``_names`` finds none (so the second scan found none)."""
    from piplkit.track import authorities

    texts = [
        *_corpus(),
        *_lines(),
        "the CAC and the Hangzhou Municipal Bureau of Market Regulation",
    ]
    for text in texts:
        names = authorities._names(text)
        # ``has_authority`` reaches ``_generic(text, [])`` only when its own scan found no name
        scan = any(
            m.start() == 0 or not (text[m.start() - 1].isalnum() and m.group(0).isascii())
            for m in authorities._vocab().names.finditer(text)
        )
        assert scan == bool(names), text[:60]
        # ``extract`` passes its hits and ``document_abbreviations`` the names' spans
        known = [(m.start(), m.end(), m.group(0)) for m in names]
        assert bool(known) == bool(names)
        if not names:
            assert authorities._generic(text, []) == authorities._generic(text, known)
