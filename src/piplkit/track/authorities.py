"""Public bodies named in update text, reported by the short name the text uses.

Known bodies come from ``data/authorities.yaml`` (English and Chinese names, abbreviations).
When a document defines its own abbreviation ("National Information Security Standardization
Technical Committee ("NISTC")") that abbreviation is what the tracker reports for the body;
otherwise the vocabulary's short name. Local bodies not in the vocabulary (a provincial bureau,
a district court) are found by the head nouns of public bodies and reported as written.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache, lru_cache

from piplkit.track.sarbodies import sar_bodies
from piplkit.track.textutil import leading, trie_regex
from piplkit.track.vocab import load

_ABBR_DEF = re.compile(r"\s*[(（]\s*(?:the\s+)?[\"“']?([A-Z][A-Za-z0-9&\-]{1,11})[\"”']?\s*[)）]")
_ABBR_SEARCH = leading(
    r"(?<=[^\s(（])\s*[(（]\s*(?:the\s+)?[\"“']?([A-Z][A-Za-z0-9&\-]{1,11})[\"”']?\s*[)）]",
    r"\s(（",
)
_CAP = r"(?:No\.\s?\d+|[A-Z][\w’'\-]*|\d+(?:st|nd|rd|th))"
_CONN = r"(?:of|for|and|the|on|in)"
_RUN = leading(rf"{_CAP}(?:\s+(?:{_CONN}\s+)*{_CAP})*", r"A-Z\d")
_PERSON_TITLE = re.compile(
    r"^(?:(?:Deputy|Vice|Chief|Executive|Acting|Former)\s+)?(?:Director|Engineer|Head|Chairman|"
    r"Chairwoman|Chair|Spokesman|Spokesperson|Secretary|Minister|President|Member|Members|"
    r"Officials?|Leaders?)(?:-General)?\s+of\s+(?:the\s+)?"
)
#: a sentence's relative time before the body it names ("On Monday the Beijing Municipal …",
#: "Last Friday the Shenzhen …": capitalised words of one run; heldout11, fix16u)
_WHEN_LEAD = re.compile(
    r"^(?:On|Last|This|Next|Earlier|Later|Late|Early)\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|"
    r"Week|Month|Year|Morning|Afternoon|Evening)\s+(?:(?:the|The)\s+)?"
)
#: an English notice's title around its issuer ("Notice of the Shenzhen Municipal Cyberspace
#: Administration on Carrying Out the 2026 Filing …"): the document type before the body's
#: name, what it is about after it (heldout11, fix16u)
_NOTICE_OF = re.compile(
    r"^(?:Notice|Circular|Announcement|Decision|Opinions?|Reply|Order|Report)\s+of\s+(?=the\s)"
)
_ABOUT_DOING = re.compile(r"\s+on\s+[A-Z][a-z]+ing\b.*$")
_SPACES = re.compile(r"\s+")
_THE = re.compile(r"^(?:The|the)\s+")
_AND_THE = re.compile(r"\s+and\s+the\s+|,\s+the\s+")
_TAIL = re.compile(r"\s+(?:of|for|and|the|on|in)$")
_PLACE_MARKERS = re.compile(
    r"\b(?:Provincial|Municipal|Province|City|County|District|Branch|Autonomous|Region|Prefecture)\b"
)


@dataclass(frozen=True)
class _Vocab:
    names: re.Pattern[str]
    short_of: dict[str, str]
    heads: frozenset[str]
    #: a head noun as a whole capitalised word: no run of capitals can hold one without it
    any_head: re.Pattern[str]
    public: re.Pattern[str]
    exclude: re.Pattern[str]
    zh_local: re.Pattern[str]
    local_short: re.Pattern[str]
    #: the abbreviations ``local_short`` ends with: without one of them it cannot match (its
    #: opening capital letter makes it try every capitalised word)
    any_short: re.Pattern[str]


@cache
def _vocab() -> _Vocab:
    data = load("authorities")
    short_of: dict[str, str] = {}
    for entry in data["authorities"]:
        short = entry["short"]
        short_of[short] = short
        for name in entry["names"]:
            short_of[name] = short
    latin = [n for n in short_of if n.isascii()]
    chinese = [n for n in short_of if not n.isascii()]
    # a lookahead for the names' first characters lets the regex engine skip, in C, every
    # position where no name can start (case-sensitive: mostly capitals and a few Han)
    first = "".join(sorted({re.escape(n[0]) for n in short_of}))
    names = rf"(?=[{first}])(?:{trie_regex(latin)}(?![\w’'])|{trie_regex(chinese)})"
    pats = data["patterns"]
    zh_heads = "|".join(sorted(pats["zh_heads"], key=len, reverse=True))
    return _Vocab(
        names=re.compile(names),
        short_of={k.replace("’", "'"): v for k, v in short_of.items()},
        heads=frozenset(pats["heads"]),
        any_head=re.compile(rf"(?:{trie_regex(pats['heads'])})(?![\w’'\-])"),
        public=re.compile(
            "|".join(re.escape(w).replace("'", "['’]") for w in pats["public_markers"])
        ),
        exclude=re.compile("|".join(rf"\b{re.escape(w)}" for w in pats["exclude"])),
        local_short=re.compile(
            r"[A-Z][a-z]+(?:\s+(?:Provincial|Municipal|City|Province))?\s+(?:"
            + "|".join(sorted({e["short"] for e in data["authorities"] if e["short"].isupper()}))
            + r")\b"
        ),
        any_short=re.compile(
            "|".join(sorted({e["short"] for e in data["authorities"] if e["short"].isupper()}))
        ),
        zh_local=re.compile(
            rf"(?:(?![和与及、])[\u4e00-\u9fff]){{2,6}}?(?:省|市(?!场)|自治区|区|县)"
            rf"(?:(?![与及、])[\u4e00-\u9fff]){{0,12}}?(?:{zh_heads})"
            # a development zone's body, whose zone has a longer name ("成都高新技术产业开发区
            # 市场监督管理局", heldout15, H15-3)
            rf"|(?:(?![和与及、])[\u4e00-\u9fff]){{2,12}}?(?:开发区|高新区|新区|自贸区|试验区|示范区)"
            rf"(?:(?![与及、])[\u4e00-\u9fff]){{0,12}}?(?:{zh_heads})"
            rf"|(?:(?![和与及、])[\u4e00-\u9fff]){{2,8}}?(?:互联网法院|中级人民法院|人民法院|人民检察院|知识产权法院"
            rf"|金融法院|海事法院|铁路运输法院)"
        ),
    )


@cache
def _vocab_places() -> frozenset[str]:
    return frozenset(load("authorities")["patterns"].get("places", []))


def document_abbreviations(text: str) -> dict[str, str]:
    """Body -> abbreviation the document defines for it ("... ("SHEITC")").

    Keys are vocabulary short names for known bodies and the written name for local ones.
    """
    v = _vocab()
    out: dict[str, str] = {}
    # Only the text right before a bracketed abbreviation can define one: look there, not at
    # every name in the document.
    for definition in _definitions(text):
        start = max(0, definition.start() - 160)
        window = text[start : definition.start()]
        names = _names(window)
        for m in names:
            if m.end() == len(window):
                out.setdefault(v.short_of[_key(m.group(0))], definition.group(1))
        known = [(m.start(), m.end(), m.group(0)) for m in names]
        for _start, end, phrase in _generic(window, known):
            if end == len(window) and phrase not in v.short_of:
                out.setdefault(phrase, definition.group(1))
    return out


_PAREN = re.compile("[(（]")


def _definitions(text: str) -> Iterator[re.Match[str]]:
    """What ``_ABBR_SEARCH.finditer`` finds, from the opening brackets: a match is white space
    (after a character that is neither) and a bracket, so it starts where the white space
    before a bracket does. Looking there instead of trying the pattern at every space of the
    document costs a few calls per bracket."""
    for paren in _PAREN.finditer(text):
        start = paren.start()
        while start and text[start - 1].isspace():  # what ``\s`` matches
            start -= 1
        m = _ABBR_SEARCH.match(text, start)
        if m is not None:
            yield m


_CJK = re.compile(r"[\u4e00-\u9fff]")
#: a place name and a branch noun right after a national body's Chinese name
_ZH_BRANCH = re.compile(
    r"(?:(?![和与及、对向在])[\u4e00-\u9fff]){2,6}?(?:监管局|监管分局|分局|分行|营业管理部|税务局|管理局|办事处)"
)


#: a district branch right after a local body's name ("嘉定分局" of 上海市公安局嘉定分局)
#: or the working committee of a people's congress standing committee that acts for it
#: ("示例省人大常委会法制工作委员会公布…草案", heldout12 H12-8: as written)
_ZH_SUB_BRANCH = re.compile(
    r"(?:(?![和与及、对向在])[\u4e00-\u9fff]){1,5}?分局|法制工作委员会|法工委"
)


def _names(text: str) -> list[re.Match[str]]:
    """Vocabulary names on word boundaries (checked here: see ``textutil.cue_matches``)."""
    return [
        m
        for m in _vocab().names.finditer(text)
        if m.start() == 0 or not (text[m.start() - 1].isalnum() and m.group(0).isascii())
    ]


def _key(name: str) -> str:
    return _SPACES.sub(" ", name).replace("’", "'")


def _report(short: str, written: str, abbreviations: dict[str, str]) -> str:
    if written.isupper() and written.isascii() and written != short:
        return written  # the text's own abbreviation (e.g. NISTC for TC260)
    return abbreviations.get(short, short)


def extract(text: str, exclude: list[tuple[int, int]], abbreviations: dict[str, str]) -> list[str]:
    """Authorities named in ``text`` outside the ``exclude`` spans (instrument titles)."""
    v = _vocab()
    hits: list[tuple[int, int, str]] = []
    for m in _names(text):
        branch = _ZH_BRANCH.match(text, m.end()) if not m.group(0).isascii() else None
        if branch:  # 国家金融监督管理总局上海监管局: a local branch, reported as written
            hits.append((m.start(), branch.end(), text[m.start() : branch.end()]))
            continue
        hits.append(
            (m.start(), m.end(), _report(v.short_of[_key(m.group(0))], m.group(0), abbreviations))
        )
    for start, end, phrase in _generic(text, hits):
        hits.append((start, end, abbreviations.get(phrase, phrase)))
    local = tuple(a for k, a in abbreviations.items() if k not in v.short_of)
    if local:
        for m in _local_pattern(local).finditer(text):
            hits.append((m.start(), m.end(), m.group(0)))
    for m in v.local_short.finditer(text) if v.any_short.search(text) else ():
        if _PLACE_MARKERS.search(m.group(0)) or m.group(0).split()[0] in _vocab_places():
            hits.append((m.start(), m.end(), m.group(0)))
    if _CJK.search(text) and _ZH_LOCAL_HINT.search(text):
        for m in v.zh_local.finditer(text):
            sub = _ZH_SUB_BRANCH.match(text, m.end())  # 上海市公安局嘉定分局: its district branch
            end = sub.end() if sub else m.end()
            # "我局会同江苏省互联网信息办公室", "…办公室联合江苏省公安厅": 会同, 联合 (together
            # with) join two bodies (heldout10, fix16r: 联合, 协同, 携手, 以及)
            start = m.start()
            if _APPEAL_TO.search(text, max(start - 3, 0), m.end()):
                continue  # 上诉于…中级人民法院: where an appeal may go, no actor (heldout13)
            for joined in _JOINED.finditer(text, m.start(), m.end()):
                start = joined.end()
            if _CLAUSE.search(text, start, end):
                continue  # "将汇总后报送市网信办", "体现了人民法院…": a clause, no body's name
            hits.append((start, end, text[start:end]))
    if _CJK.search(text):
        hits += sar_bodies(text)  # 香港特区政府…局, 个人资料私隐专员公署 (sarbodies)
    hits.sort(key=lambda h: (h[0], -(h[1] - h[0])))
    out: list[str] = []
    last_end = -1
    for start, end, name in hits:
        if start < last_end or any(a <= start < b for a, b in exclude):
            continue
        last_end = end
        if name not in out:
            out.append(name)
    return out


#: a judgment's closing notice names the court an appeal may go to ("上诉于北京市第四中级人民法院")
_APPEAL_TO = re.compile("上诉于|上诉至")
#: words that join two bodies acting together; the body named after one starts after it
_JOINED = re.compile("会同|联合|协同|携手|以及|收到|接到|(?<!自)由|记者从")
#: a clause's words that no body's name holds: a match of ``zh_local`` that runs over them took
#: a sentence's verb or particle for a place ("协会将汇总后报送市网信办", "体现了人民法院…的
#: 态度": heldout17)
_CLAUSE = re.compile("[了的]|将(?!乐)|汇总|报送|上报|体现|提交|移送|转交|认为|表示|要求|按照|根据")
#: (收到, 接到 and 由 end the words before a body's name too: "公司收到浙江省互联网信息办公室
#: 出具的…", "草案由示例省数据局起草": heldout12, fix16w; 自由 belongs to 自由贸易试验区; so does
#: a news lead's 记者从: "记者从上海市市场监督管理局获悉", heldout18)


#: every Chinese local body ``zh_local`` finds names a province, city, district or county, or
#: is a court or procuratorate: without one of these characters it cannot match (its opening
#: lookahead makes it try every position of a Chinese text)
_ZH_LOCAL_HINT = re.compile("[省市区县院]")


@lru_cache(maxsize=256)
def _local_pattern(names: tuple[str, ...]) -> re.Pattern[str]:
    """The document's own abbreviations of local bodies as one pattern (made once per
    document, not once per item)."""
    alternatives = "|".join(map(re.escape, names))
    first = "".join(sorted({re.escape(name[0]) for name in names if name}))
    lookahead = f"(?=[{first}])" if all(names) else ""  # see ``textutil.leading``
    return re.compile(rf"{lookahead}\b(?:{alternatives})\b")


#: characters no ``_RUN`` match can hold (its words, spaces and "No." have none of them)
_RUN_BREAK = re.compile(r"[,;:()\"“”!?]")


def _head_runs(text: str, any_head: re.Pattern[str]) -> Iterator[re.Match[str]]:
    """The ``_RUN`` matches of the text's stretches between two ``_RUN_BREAK`` characters that
    hold a head noun: every run that can name a body, as a scan of the whole text finds it.

    A run holds none of those characters, so a scan that starts right after one and stops
    before the next finds the runs there that the whole-text scan finds. Most stretches of a
    paragraph name no body, and their capitalised words (a match object each) are skipped.
    """
    heads = [m.start() for m in any_head.finditer(text)]
    if not heads:
        return
    breaks = [m.start() for m in _RUN_BREAK.finditer(text)]
    done = 0
    for head in heads:
        if head < done:
            continue  # in the stretch just scanned
        after = bisect_left(breaks, head)
        start = breaks[after - 1] + 1 if after else 0
        done = breaks[after] if after < len(breaks) else len(text)
        yield from _RUN.finditer(text, start, done)


def _generic(text: str, known: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Local public bodies found by head noun ("Hangzhou Municipal Bureau of Market Regulation").

    ``known`` holds the spans of the vocabulary names ``_names`` finds in the text (every
    caller has looked for them already: empty when there are none)."""
    v = _vocab()
    if not v.any_head.search(text):
        return []
    found: list[tuple[int, int, str]] = []
    for m in _head_runs(text, v.any_head):
        if not v.any_head.search(m.group(0)) or not any(t in v.heads for t in m.group(0).split()):
            continue
        phrase = _THE.sub("", _WHEN_LEAD.sub("", _NOTICE_OF.sub("", m.group(0))))
        phrase = _ABOUT_DOING.sub("", phrase)  # "… Administration on Carrying Out …"
        lead = _PERSON_TITLE.match(phrase)
        if lead:
            phrase = phrase[lead.end() :]
        start = m.end() - len(phrase)
        tokens = phrase.split()
        if text[max(0, m.start() - 1) : m.start()] in {'"', "“"}:
            continue  # a quoted slogan or campaign name, not a body
        if len(tokens) < 3 and not (_PLACE_MARKERS.search(phrase) or tokens[0] in _vocab_places()):
            continue
        if not any(t in v.heads for t in tokens) or v.exclude.search(phrase):
            continue
        if not v.public.search(phrase):
            continue
        inner = [h for h in known if start <= h[0] and h[1] <= m.end()]
        if inner and not _PLACE_MARKERS.search(phrase[: inner[0][0] - start]):
            continue  # a unit of a listed national body ("Chief Engineer of the MIIT")
        phrase = _TAIL.sub("", phrase)
        offset = 0
        for part in _AND_THE.split(phrase):  # "X Bureau and the Y Commission" is two bodies
            at = phrase.index(part, offset)
            offset = at + len(part)
            if any(t in v.heads for t in part.split()) and v.public.search(part):
                found.append((start + at, start + at + len(part), part))
    return found


def has_authority(text: str) -> bool:
    """Whether the text names a public body (vocabulary names, Chinese local bodies)."""
    for m in _vocab().names.finditer(text):  # as ``_names``, up to the first name
        if m.start() == 0 or not (text[m.start() - 1].isalnum() and m.group(0).isascii()):
            return True
    if _CJK.search(text) and _ZH_LOCAL_HINT.search(text) and _vocab().zh_local.search(text):
        return True
    return bool(_generic(text, []))  # no vocabulary name in the text (see above)


#: "我局", "本厅": the issuing body speaking of itself, by the last character of its name (not
#: "自我局限", "基本局面")
_SELF = re.compile(r"(?:(?<!自)我|(?<![\u4e00-\u9fff])本)([局厅委办院])")


def self_reference(text: str, issuer: str | None) -> str | None:
    """The issuer a regulator's own bulletin means by "我局" or "本厅" (its masthead's body,
    when the kind of body matches: 我局 is a 局, 我委 a 委员会), else None."""
    if issuer is None or ("我" not in text and "本" not in text):
        return None
    for m in _SELF.finditer(text):
        unit = m.group(1)
        if (
            issuer.endswith(unit)
            or (unit == "委" and issuer.endswith("委员会"))
            or (unit == "办" and issuer.endswith("办公室"))
        ):
            return issuer
    return None


#: the short heads news writes for a Chinese body's full name: "浙江省网信办" is
#: "浙江省互联网信息办公室", "某市市场监管局" is "某市市场监督管理局" (one body, two names)
_SHORT_HEADS = {
    "网信办": "互联网信息办公室",
    "市场监管局": "市场监督管理局",
    "通管局": "通信管理局",
}


def short_form(short: str, full: str) -> bool:
    """Is ``short`` the same body as ``full``, its place the same and its head shortened?"""
    for head, whole in _SHORT_HEADS.items():
        if short.endswith(head) and full.endswith(whole):
            return short[: -len(head)] == full[: -len(whole)]
    return False


def one_name_each(names: list[str]) -> list[str]:
    """``names`` without a body's short name where its full name is there too ("上海市市场监管局"
    in a row's text beside "上海市市场监督管理局" in its 发布机构 cell: one body, heldout16)."""
    if len(names) < 2:
        return names
    return [n for n in names if not any(n != full and short_form(n, full) for full in names)]


#: a masthead field that names the publishing body itself ("来源：苏州市市场监督管理局"), or a
#: government site's footer field naming the body that runs the site ("主办单位：…")
_SOURCE_FIELD = re.compile(
    r"(?:来源|发布机构|发布单位|发文机关|信息来源|主办单位)\s*[:：]\s*([^\s|｜:：]{4,40})"
)


def masthead_body(lines: list[str]) -> str | None:
    """The Chinese public body that issues a document, from its masthead lines (title, issuer
    line): the body a 来源/发布机构 field names (the page states its publisher in full there,
    where a title may shorten it: 市场监管局 for 市场监督管理局), else the first body named,
    else None."""
    for line in lines:
        for field in _SOURCE_FIELD.finditer(line):
            found = extract(field.group(1), [], {})
            if found and not found[0].isascii():
                return found[0]
    for line in lines:
        if not _CJK.search(line):
            continue
        found = extract(line, [], {})
        if found and not found[0].isascii():
            return found[0]
    return None
