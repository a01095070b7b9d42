"""Every pattern given a first-character lookahead (``textutil.leading``) finds exactly what
its plain form finds: a character left out of the lookahead would silently lose matches."""

from __future__ import annotations

import importlib
import re

import pytest

from piplkit.track import textutil

from .conftest import DOCS

for _module in ("authorities", "dates", "layout", "notice", "penalties", "postfilter", "read_html"):
    importlib.import_module(f"piplkit.track.{_module}")

#: phrases each pattern is for, in upper, title and lower case, so that every alternative of
#: every pattern is tried even where the shipped documents do not use it
_PHRASES = (
    "issued released published adopted "
    "promulgated approved fined fines "
    "penalised sanctioned punished solicited "
    "announced launched anounced held hold "
    "ruled ruling sentenced ordered summoned "
    "revised amended enacted passed took "
    "effect take effect came into entered "
    "investigated notified named listed "
    "removed suspended warned inspected "
    "reprimanded circulated drafted consulted "
    "implemented introduced unveiled signed "
    "decided judged convicted dismissed "
    "awarded rectified. date 2023-05-01 2024年 "
    "3月 1999. will take effect, comes into "
    "force, goes into effect, went into "
    "force, entered into force, put into "
    "effect, be implemented, become "
    "effective, effective, implementation "
    "from 施行 生效 实施. RMB 500,000 CNY 2 million "
    "Rmb 3 rmb 4 ¥5 ￥6 7 yuan 8 Yuan 9 CNY 10 "
    "罚款人民币20万元 "
    "RMB 11元 12万元 五十万元 fined fining penalty "
    "penalties penalized monetary sanction 罚款 "
    "罚金 处罚 罚没 in total totalling totaling a "
    "total of total 合计 共计 总计 累计 Co. Ltd. Inc. "
    "Corp. No. Mr. Ms. Dr. St. end. end; end! "
    "end? 。 ；！？ data personal privacy cyber "
    "network internet online app apps "
    "algorithm artificial intelligence ai "
    "information digital security platform "
    "technology telecom electronic computer "
    "facial biometric surveillance cookie "
    "encrypt cloud software 数据 个人信息 隐私 网络 互联网 "
    "信息 算法 人工智能 数字 平台 安全 电信 应用 软件 人脸 生物识别 密码 "
    "云 在线 nav menu sidebar footer header "
    "breadcrumb share social related cookie "
    "banner toolbar masthead topbar site- "
    "comment 现予公布 现将有关问题印发给你们 特此公告 请认真贯彻执行 "
    "请遵照执行 现予以通报 特此通报 经部务会议审议通过 自2024年1月1日起施行 "
    "现就有关事项通知如下 有关事项通知如下 有关事项公告如下 hereby "
    "issued are hereby shall come into force "
    "shall take effect Hangzhou Municipal "
    "Bureau No. 3 21st Century 2nd"
)


def _corpus() -> list[str]:
    texts = [
        p.read_text("utf-8") for p in sorted(DOCS.iterdir()) if p.suffix in {".txt", ".md", ".html"}
    ]
    return [*texts, _PHRASES, _PHRASES.upper(), _PHRASES.title(), _PHRASES.lower()]


def test_patterns_are_registered() -> None:
    assert len(textutil.LEADING) >= 10


@pytest.mark.parametrize("index", range(len(textutil.LEADING)))
def test_a_lookahead_keeps_every_match(index: int) -> None:
    fast, pattern, flags = textutil.LEADING[index]
    plain = re.compile(pattern, flags)
    for text in _corpus():
        found = [(m.span(), m.groups()) for m in fast.finditer(text)]
        assert found == [(m.span(), m.groups()) for m in plain.finditer(text)], pattern[:60]


def test_the_boilerplate_prefilter_passes_every_phrase_the_pattern_finds() -> None:
    from piplkit.track import layout

    pattern = layout._boilerplate_pattern()
    for phrase, _group in layout.sections().boilerplate:
        for variant in (
            phrase,
            f"Text before {phrase} and after.",
            phrase.replace(" ", " \n\u3000 "),
            phrase.replace("'", "’"),
            phrase.replace("’", "'"),
            phrase.upper(),
        ):
            low = variant.lower()
            if pattern.search(low):
                assert layout._any_boilerplate_phrase(low), variant
    assert not layout._any_boilerplate_phrase("on 3 may the cac fined a company.")


def _lines() -> list[str]:
    """Every line and sentence of the corpus, plus texts built to hit each shortcut's edges."""
    out = [
        "",
        "a",
        "Key highlights",
        "a  b",
        "a\tb",
        "a\x1cb",
        "it’s",
        "ünïcode  x",
        "二〇二二年七月七日",
        "本月3日",
        "３ May",
        "Nov ٣",
        "see [^2] and [^12]: x",
        "[^3]: https://example.org",
        "no marker [2]",
    ]
    for text in _corpus():
        for line in text.splitlines():
            out.append(line)
            out.extend(line.split(". "))
    return out


def test_shortcuts_give_what_the_full_work_gives() -> None:
    """Each shortcut taken before the full work (no digit and no 月: no date; no "[^": no
    footnote marker; nothing to fold; an ASCII text has no Chinese) answers as the work does."""
    from piplkit.track import blocktext, dates, layout
    from piplkit.track.textutil import _HAN, _WORD, words

    for line in _lines():
        dates.find_dates.cache_clear()
        full: list[tuple[int, int]] = []
        for m in dates._matches(line, dates._PATTERNS, dates._ZH_PATTERNS):
            full.append(m.span())
        if full:  # what the patterns can find, the shortcut lets through
            assert "月" in line or dates._ANY_DIGIT.search(line), line
        else:
            assert dates.find_dates(line) == ()
        assert layout._fold(line) == layout._SPACE_RUN.sub(" ", line).replace("’", "'")
        refs = [int(n) for n in blocktext._FN_MARK.findall(line)]
        if not blocktext._FN_DEF.match(line):
            assert blocktext.marked(line) == (blocktext._FN_MARK.sub("", line), refs)
        words.cache_clear()
        assert words(line) == len(_WORD.findall(line)) + len(_HAN.findall(line)) // 2


def test_binary_detection_is_the_same_with_the_byte_shortcut() -> None:
    """UTF-8 input without control bytes skips the character scan; with them it is counted as
    before, and non-UTF-8 input is always scanned."""
    from piplkit.track.readers import TrackInputError, decode

    assert decode(b"line one\r\nline two\x0c\n", "a.txt") == "line one\nline two\x0c\n"
    assert decode(b"a" * 500 + b"\x01" * 5, "b.txt")  # few controls: still text
    with pytest.raises(TrackInputError, match="binary"):
        decode(b"a" * 100 + b"\x01" * 20, "c.txt")
    assert decode(b"caf\xe9 cr\xe8me " * 20, "d.txt").startswith("caf")  # not UTF-8: scanned


def _find_scan(index: textutil.CueIndex, text: str, start: int, end: int) -> list[tuple]:
    """The Chinese phrases of ``text[start:end]`` by one ``str.find`` scan per phrase (what
    ``CueIndex`` did before its automaton)."""
    out = []
    for phrase in index.chinese:
        pos = text.find(phrase, start, end)
        while pos != -1:
            out.append((pos, pos + len(phrase), phrase))
            pos = text.find(phrase, pos + len(phrase), end)
    return sorted(out)


def test_the_cue_automaton_finds_what_a_scan_per_phrase_finds() -> None:
    """One Aho-Corasick pass over a text reports each Chinese cue where repeated ``str.find``
    does: inside the requested range only, a phrase's occurrences without overlapping one
    another ("哈哈" twice in "哈哈哈哈", once in "哈哈哈"), nested phrases each on their own."""
    from piplkit.track import instruments, kinds

    made = textutil.CueIndex(["哈哈", "征求意见", "征求意见稿", "意见稿", "ab"])
    lines = ["哈哈哈", "哈哈哈哈哈", "发布征求意见稿，征求意见稿", "意见稿征求意见稿稿", *_lines()]
    for index in (made, instruments._vocab().stage_cues, kinds._vocab()[0]):
        for line in lines:
            spans = {(0, len(line)), (1, len(line)), (0, max(0, len(line) - 2))}
            spans |= {(len(line) // 3, 2 * len(line) // 3), (len(line), len(line))}
            for start, end in spans:
                got = sorted(index._chinese(line, start, end))
                assert got == _find_scan(index, line, start, end), (line, start, end)
            expected = {phrase for phrase in index.chinese if phrase in line}
            assert {p for p in index.phrases(line) if not p.isascii()} == expected, line


def test_plain_web_addresses_are_what_the_link_normaliser_returns() -> None:
    """A link the Markdown reader leaves as written (``_PLAIN_URL``) is one markdown-it-py's
    normaliser returns unchanged: every link of the shipped Markdown documents, edge cases
    (user info, ports, escapes, brackets, upper case) and random addresses over the alphabet
    the shortcut admits and beyond it."""
    import random

    from piplkit.track import read_markdown

    normalise_link = read_markdown._normalize_link()
    urls = [
        "https://www.cac.gov.cn/2024-03/22/c_1712776611775634.htm",
        "https://a.com:8080/p?q=1&r=[2]#f",
        "https://a.com/%E8%B7%zz",
        "https://a.com/a%2Fb%2f",
        "https://user@a.com/x",
        "https://a.com/x@y:z/@w",
        "HTTPS://WWW.Cac.gov.cn/X",
        "https://a.com/~x/(y)/*z*/it's;a,b=c+d$e!",
        "http://a.com/ü",
        "https://a.com/a|b",
        "https://a.com#x#y?z",
        "https://a.com?",
        "https://-a.com./",
        "https://a.com:/x",
    ]
    for path in DOCS.glob("*.md"):
        urls.extend(re.findall(r"\]\((https?://[^)\s]+)\)", path.read_text("utf-8")))
    rng = random.Random(16)
    alphabet = "abcXYZ019-._~!$&'()*+,;=:@/?#%[]|\"<>{}^` \\éü中"
    admitted = "abcXYZ019-._~!$&'()*+,;=:@/?#%"
    for number in range(4000):
        letters = alphabet if number % 2 else admitted  # half within the shortcut's alphabet
        host = "".join(rng.choice("ab9.-" if number % 4 else "ab9.-AZ:@") for _ in range(6))
        tail = "".join(rng.choice(letters) for _ in range(rng.randint(0, 12)))
        urls.append(f"{rng.choice(['http', 'https'])}://{host}{rng.choice('/?#:')}{tail}")
    plain = 0
    for url in urls:
        if read_markdown._PLAIN_URL.fullmatch(url):
            plain += 1
            assert normalise_link(url) == url, url
    assert plain > 500  # the check covered many addresses the shortcut admits


def test_the_domain_automaton_finds_what_the_domain_pattern_finds() -> None:
    """``in_domain`` answers by an Aho-Corasick pass (and "ai" as a word) as ``_DOMAIN`` does."""
    from piplkit.track import postfilter

    lines = [*_lines(), "AI rules", "said", "the app", "apps", "happy", "ai", "aid", "x ai."]
    for line in lines:
        assert postfilter.in_domain(line) == bool(postfilter._DOMAIN.search(line.lower())), line


def test_runs_by_head_noun_are_the_runs_a_whole_scan_finds() -> None:
    """``_generic`` scans only the stretches of a text that hold a head noun: it sees every
    run holding one that a scan of the whole text finds, where that scan finds it."""
    from piplkit.track import authorities

    head = authorities._vocab().any_head
    texts = [*_corpus(), *_lines(), "the Bureau, (Municipal Bureau) “Court”; No. 3 Office: x"]
    for text in texts:
        whole = [m.span() for m in authorities._RUN.finditer(text)]
        scanned = [m.span() for m in authorities._head_runs(text, head)]
        assert set(scanned) <= set(whole) and scanned == sorted(scanned), text[:60]
        wanted = [s for s in whole if head.search(text[s[0] : s[1]])]
        assert [s for s in scanned if head.search(text[s[0] : s[1]])] == wanted, text[:60]


def test_has_authority_stops_at_the_first_name() -> None:
    from piplkit.track import authorities

    for line in _lines():
        full = bool(authorities._names(line)) or (
            bool(authorities._CJK.search(line))
            and bool(authorities._ZH_LOCAL_HINT.search(line))
            and bool(authorities._vocab().zh_local.search(line))
        )
        full = full or bool(authorities._generic(line, []))
        assert authorities.has_authority(line) == full, line


def test_month_name_patterns_find_nothing_without_a_month_name() -> None:
    """Without "Jan" … "Dec" in a text, every match of the month-name patterns is one
    ``find_dates`` and ``find_months`` discard: they are skipped there."""
    from piplkit.track import dates

    named = [p for p in dates._PATTERNS if p not in dates._NUMERIC_PATTERNS]
    assert all("(?P<m>" in p.pattern for p in [*named, *dates._MONTH_ONLY])
    assert not any("(?P<m>" in p.pattern for p in dates._NUMERIC_PATTERNS)
    lines = [*_lines(), "3 Sales 2024", "Mayor 3", "5 Jun", "june 5", "3 Sept 2022", "7 Dec."]
    for line in lines:
        if dates._MONTH_START.search(line):
            continue
        for pattern in [*named, *dates._MONTH_ONLY]:
            assert not any(dates._plausible(line, m) for m in pattern.finditer(line)), line


def test_abbreviation_definitions_from_the_brackets_are_the_scan_s() -> None:
    from piplkit.track import authorities

    texts = [
        *_corpus(),
        *_lines(),
        "Committee (“TC260”) and ((CAC) x  (MIIT) \u3000（SAMR） (the NISTC)",
        "(CAC) at the start, ( CAC ) spaced, x\n(CAC) after a line break",
    ]
    for text in texts:
        scan = [(m.span(), m.groups()) for m in authorities._ABBR_SEARCH.finditer(text)]
        assert [(m.span(), m.groups()) for m in authorities._definitions(text)] == scan, text[:60]


def test_penalties_read_each_amount_s_value_only_for_a_fine() -> None:
    """``penalty_cny`` reads an amount's value after its fine cue (the order of two filters):
    every amount it could count is one ``find_amounts`` lists."""
    from piplkit.track import penalties

    texts = [*_corpus(), *_lines(), "fined RMB 0 and RMB 5,000 each; 两名 fined 三万元 各"]
    for text in texts:
        listed = {(start, end) for start, end, _ in penalties.find_amounts(text)}
        matched = {m.span() for m in penalties._amounts(text)}
        assert listed <= matched
        if not listed:
            assert penalties.penalty_cny(text) is None, text[:60]
