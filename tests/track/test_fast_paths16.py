"""Shortcuts of the speed16 throughput pass, each checked against the work it stands for on every
document and line of the shipped documents and on texts built to hit its edges: the case forms
``re.I`` matches beyond ASCII ("ſ" for "s", "ı" and "İ" for "i", the Kelvin sign for "k"), and
each phrase of the patterns the shortcuts skip."""

from __future__ import annotations

from piplkit.track import mailthread, postmeta, publicationday, sameday
from piplkit.track.model import Block

from .test_fast_patterns import _corpus, _lines

_PHRASES = [
    "The Rules took effect the same day.",
    "The Measures came into force on the same day as the Law.",
    "effective immediately",
    "Effective ımmedıately",  # dotless i: re.I matches it, lower() keeps it
    "with İmmediate effect",
    "WITH IMMEDIATE EFFECT",
    "in force from the ſame day",
    "自当日起施行",
    "当天起生效",
    "It applies on the day of its publication.",
    "from the date of issuance",
    "upon promulgation",
    "UPON ITS RELEASE",
    "as of the date of ıssue",
    "自公布之日起生效",
    "has taken effect",
    "entered into force",
    "已正式实施",
    "正式施行",
    "The Law has come into eﬀect",  # (the "ﬀ" ligature: no match, and none claimed)
    "wu-yan commented on Nov 25, 2025",
    "mark-ops commented on Nov 28, 2025 · edited",
    "张三 发表于 2025-12-01 10:20",
    "👍 3 · 👀 1",
    "❤️ ٣",  # an Arabic-Indic digit is a \d too
    "On Tue, 2 Dec 2025 at 18:03, Chen Yu <yu.chen@example.com> wrote:",
    "From: Priya Shah <p@example.com>",
    "发件人：陈宇",
    "On Monday the CAC wrote:",
    "Onwards, wrote:",
]


def _texts() -> list[str]:
    return [*_corpus(), *_lines(), *_PHRASES]


def test_same_day_prefilter_keeps_every_match() -> None:
    """``may_say_same_day`` is true of every text ``_SAME_DAY`` matches in."""
    matched = 0
    for text in _texts():
        if sameday._SAME_DAY.search(text):
            matched += 1
            assert sameday.may_say_same_day(text), text[:60]
    assert matched >= 8  # (the phrases above reach the pattern's every branch)


def test_in_force_prefilter_keeps_every_match() -> None:
    """``may_say_in_force`` answers true for each pattern that matches the text."""
    found = [0, 0]
    for text in _texts():
        on_publication, took = publicationday.may_say_in_force(text)
        if publicationday._ON_PUBLICATION.search(text):
            found[0] += 1
            assert on_publication, text[:60]
        if publicationday._TOOK_EFFECT.search(text):
            found[1] += 1
            assert took, text[:60]
    assert min(found) >= 4


def test_post_line_without_a_digit_is_what_the_patterns_say() -> None:
    """``post_line`` returns false without running its patterns on a text with no digit: what
    the three patterns give."""
    positives = 0
    for text in _texts():
        for line in (text, *text.splitlines()):
            stripped = line.strip()
            full = len(stripped) <= 200 and bool(
                postmeta._POST_LINE.match(stripped)
                or postmeta._ZH_POST_LINE.match(stripped)
                or postmeta._REACTIONS.match(stripped)
            )
            positives += full
            assert postmeta.post_line(line) == full, line[:60]
    assert positives >= 5


def test_thread_names_skip_only_blocks_neither_pattern_opens() -> None:
    """``_names`` runs its two patterns only on blocks opening as they do: the same names."""

    def full(blocks: list[Block]) -> set[str]:
        names: set[str] = set()
        attributions = 0
        for block in blocks:
            m = mailthread._ATTRIBUTION.match(block.text)
            attributions += m is not None
            m = m or mailthread._FROM.match(block.text)
            if m is not None:
                names.update(m.group("name").split())
        return names if attributions >= mailthread._MIN else set()

    lines = [*_lines(), *_PHRASES, *_PHRASES]
    blocks = [Block(text=line) for line in lines]
    assert full(blocks)  # (two attribution lines above: the names are found)
    assert mailthread._names(blocks) == full(blocks)
    for start in range(0, len(blocks), 50):
        window = blocks[start : start + 50]
        assert mailthread._names(window) == full(window)


def test_action_verbs_of_ascii_text_are_found_lower_cased() -> None:
    """``has_action`` scans lower-cased ASCII text with ``_ACTION`` without ``re.I``: what the
    case-insensitive pattern (and the Chinese one) give, on ASCII text and on every other."""
    from piplkit.track import layout

    verbs = ["ISSUED", "Fined", "FINING", "Took  Effect", "PENALISED", "fine-tuned", "ſigned"]
    found = 0
    for text in [*_texts(), *verbs]:
        for line in (text, *text.splitlines()):
            full = bool(layout._ACTION.search(line) or layout._ZH_ACTION.search(line))
            found += full and line.isascii()
            assert layout.has_action(line) == full, line[:60]
    assert found >= 20


def test_currency_words_are_what_the_hint_pattern_finds() -> None:
    """``has_currency`` tests the hint's words as substrings: the pattern's answer."""
    from piplkit.track import penalties

    words = ["RMB 5", "rmb", "Rmb", "RMb", "Yuan", "yuan 3", "YUAN", "mb uan", "CNY", "cny"]
    found = 0
    for text in [*_texts(), *words, "¥1", "￥2", "人民币", "人民", "元"]:
        full = penalties._CURRENCY_HINT.search(text) is not None
        found += full
        assert penalties.has_currency(text) == full, text[:60]
    assert found >= 10
