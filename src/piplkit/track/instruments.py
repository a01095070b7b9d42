"""Instrument titles in update text and the stage each development gives them.

An English title is a run of capitalised words (with lower-case connectors such as "of", "on",
"for the") that contains a head noun from ``data/instruments.yaml`` (Measures, Provisions, Law,
Guide...), optionally followed by qualifiers in brackets ("(Draft for Comments)",
"(for Trial Implementation)"). Chinese titles are the text inside 《》. Bracketed definitions
right after a title (the "Rules") are aliases: later references through them are not new titles.
The stage comes from the nearest cue before the title in its sentence (issued, drafted,
revising, in accordance with...), or the nearest after it, or a "Draft" qualifier.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from piplkit.track import dates, titlelists
from piplkit.track.model import InstrumentMention, Stage
from piplkit.track.publications import is_publication, is_zh_publication
from piplkit.track.textutil import CueIndex, normalise, sentence_at, trie_regex
from piplkit.track.vocab import load


@dataclass(frozen=True)
class _Vocab:
    title: re.Pattern[str]
    heads: frozenset[str]
    generic: frozenset[str]
    not_start: frozenset[str]
    not_followed: re.Pattern[str]
    not_head_after: frozenset[str]
    any_head: re.Pattern[str]
    stage_cues: CueIndex
    stage_of: dict[str, Stage]
    #: the stage of each listed cue as ``stage_cues`` reports it (normalised once, here)
    cue_stage: dict[str, Stage]
    #: well-known short names of laws ("PIPL"), instruments when written alone
    known_short: tuple[str, ...]


@cache
def _vocab() -> _Vocab:
    data = load("instruments")
    conn = "|".join(sorted(data["connectors"], key=len, reverse=True))
    cap = r"(?:[\"“'‘]?(?:Co\.,\s?Ltd\.|[A-Z][\w’'\-+&]*|[0-9][\w\-]*)[\"”'’]?)"
    sep = r"(?:\s+|\s*[—–]\s*|\s+-\s+)"
    lower = r"[a-z][\w\-]*"
    joiner = rf"(?:(?:{conn}){sep})"
    # "...Measures for cybersecurity in the Electric...": one lower-case word between connectors
    # "…of the China (Tianjin) Pilot Free Trade Zone": a parenthesised name inside the title
    inner = rf"\s\((?=[A-Z])[\w\-]+(?:\s[A-Z][\w\-]*){{0,2}}\)(?={sep}{cap})"
    step = rf"(?:{sep}{joiner}*{cap}|{sep}{joiner}+{lower}{sep}{joiner}+{cap}|{inner})"
    qualifier = (
        r"(?:\s*[(（](?=[^()（）]{0,80}[)）])(?=[^()（）]*?(?:[Dd]raft|[Tt]rial|[Ee]dition|[Rr]evis|"
        r"[Ii]nterim|batch|[Vv]ersion|[Cc]omment|[Pp]rovisional|\d))[^()（）]{1,80}[)）])*"
    )
    title = re.compile(rf"(?=[\"“'‘A-Z0-9])(?P<run>{cap}{step}*)(?P<qual>{qualifier})")
    stage_of: dict[str, Stage] = {}
    for stage, cues in data["stages"].items():
        for cue in cues:
            stage_of.setdefault(normalise(cue), stage)
    for cue in data["cited"]:
        stage_of.setdefault(normalise(cue), "other")
    return _Vocab(
        title=title,
        heads=frozenset(data["heads"]),
        generic=frozenset(data["generic_alone"]),
        not_start=frozenset(data["not_start"]),
        not_followed=re.compile(rf"^\s+(?:{'|'.join(data['not_followed_by'])})\b"),
        not_head_after=frozenset(data["not_head_after"]),
        any_head=re.compile(rf"{trie_regex(data['heads'])}\b"),
        stage_cues=CueIndex(
            [c for c in stage_of_keys(data) if not c.endswith(("violat", "implement"))],
            stems=[c for c in stage_of_keys(data) if c.endswith(("violat", "implement"))],
        ),
        stage_of=stage_of,
        cue_stage={cue: stage_of.get(normalise(cue), "other") for cue in stage_of_keys(data)},
        known_short=tuple(data.get("known_short", ())),
    )


def stage_of_keys(data: dict[str, Any]) -> list[str]:
    return [c for cues in data["stages"].values() for c in cues] + list(data["cited"])


_AND = re.compile(r",?\s+(?:and|or)\s+(?:the\s+)?")
_YEAR_START = re.compile(r"(?:19|20)\d{2}\b")
_MONTH = (
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|January|February|March|April|June|"
    r"July|August|September|October|November|December)"
)
#: "... Data Regulations in 2024": a year after a connector is not part of the title
#: (or a full date: "... Certification on 3 November 2025", "... on November 3, 2025")
_YEAR_TAIL = re.compile(
    rf"\s+(?:in|by|from|until|before|after|during|for|on|of|to)\s+(?:\d{{1,2}}\s+{_MONTH}\.?\s+"
    rf"(?:19|20)\d{{2}}|{_MONTH}\.?\s+\d{{1,2}}(?:,?\s+(?:19|20)\d{{2}})?|(?:19|20)\d{{2}}|\d[\d,.]*|"
    # or a weekday ("… Data Exchanges on Friday")
    r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)$"
)
#: an abbreviated month after a connector, its full stop (which ends the title's run) cut off
#: ("… Outbound Transfers on Oct. 17", fix16n): no title ends in a month
_MONTH_TAIL = re.compile(
    r"\s+(?:on|in|by|from|until|before|after|since|during)\s+"
    r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)$"
)
#: a month or a year: a date in front of a title is no part of it (heldout9, fix16q)
_DATE_WORD = re.compile(rf"{_MONTH}\.?,?|(?:19|20)\d{{2}},?")
#: a bare amount or count ("300,000 under the PIPL" must not start a title at "000")
_NUMBER = re.compile(r"\d{1,3}(?:[,.]\d+)*|\d{5,}")
_DRAFT = re.compile(r"draft|征求意见稿|草案", re.I)
_ABOUT_AFTER = re.compile(r"\s*(?:的)?(?:配套)?(?:问答|解读|答记者问|释义|图解|政策解读)")
_DRAFT_AFTER = re.compile(
    r"\s*(?:[\u4e00-\u9fff]{0,6}(?:征求意见稿|草案)|\s*\(?draft\s+for\s+(?:public\s+)?comments?)",
    re.I,
)
_ALIAS_OPEN = re.compile(r"[(（]\s*(?:the\s+)?[\"“]?$|(?:以下简称|以下称|下称|简称)\s*[\"“《]?$")
_ALIAS = re.compile(
    r"^\s*[(（]\s*(?:the\s+|hereinafter\s+(?:referred\s+to\s+as\s+)?)?[\"“'‘]([^\"”'’]{1,60})[\"”'’]\s*[)）]"
)
_ZH_TITLE = re.compile(r"《([^《》]{2,80})》(\s*[(（][^()（）]{1,20}[)）])?")
_DOC_NUMBER = re.compile(
    r"令\s*第?\s*[\d〇一二三四五六七八九十百]+\s*号|第\s*\d+\s*号|〔\d{4}〕|No\.\s*\d|"
    r"^\W*GB(?:/[TZ])?\s*\d"
)
_ZH_ALIAS = re.compile(
    r"^[(（]\s*(?:以下简称|以下称|下称|简称)\s*[《“\"]([^《》“”\"]{1,20})[》”\"]\s*[)）]$"
)
_LEADING = re.compile(
    r"^(?:(?:Article|Articles|Chapter|Section)\s+\S+\s+(?:of\s+)?(?:the\s+)?)", re.I
)
#: "Relying on Article 73 of the Personal Information Protection Law": the title follows "of the"
_ARTICLE_OF = re.compile(r"(?:^|\s)(?:Articles?|Chapter|Section)\s+\d+\S*\s+of\s+(?:the\s+)?")
#: a standard's number before its name ("GB/T 43697-2024", read from "T" after the slash)
_STANDARD_NO = re.compile(r"(?:[A-Z]{1,2}\s+)?\d{2,6}(?:\.\d+)*-(?:19|20)\d{2}\s+(?=[A-Z])")
_CONNECTOR_HEAD = re.compile(
    r"^(?:(?:of|on|for|the|and|by|in|to|with|from|or|a|an|under|concerning|regarding|involving|"
    r"via|at|about|against|among|between)\s+)+"
)
_CONNECTOR_TAIL = re.compile(r"(?:\s+(?:of|on|for|the|and|by|in|to|with|from|or|a|an))+$")
#: what a ``_CONNECTOR_TAIL`` match ends with ("$" also matches before a final line break)
_CONNECTOR_ENDS: tuple[str, ...] = ("of", "on", "for", "the", "and", "by", "in", "to", "with")
_CONNECTOR_ENDS += ("from", "or", "a", "an", "\n")
_MONTH_LAST = frozenset("nbrylgptvc")


def _tails_cut(piece: str) -> str:
    """``piece`` without a trailing year or number after a connector (``_YEAR_TAIL``) and
    without trailing connectors (``_CONNECTOR_TAIL``).

    Both patterns end at the end of the text and open with white space, so ``re`` tries them
    at every space of the piece; most pieces end in a capitalised word, which neither can
    end with: a test of the last character or word answers for them.
    """
    last = piece[-1:]
    if last.isdecimal() or last in {",", ".", "\n"} or piece.endswith("day"):
        piece = _YEAR_TAIL.sub("", piece)  # ``[\d,.]$`` (\d: any decimal digit), or a weekday
    if piece[-1:] in _MONTH_LAST and (piece[-4:-3].isspace() or piece[-5:-4].isspace()):
        piece = _MONTH_TAIL.sub("", piece)
    if piece.endswith(_CONNECTOR_ENDS):
        piece = _CONNECTOR_TAIL.sub("", piece)
    return piece


@dataclass
class Found:
    name: str
    start: int
    end: int
    qualifier: str
    alias: str | None


def _split_on_and(run: str, start: int, heads: frozenset[str]) -> list[tuple[str, int]]:
    """ "Cybersecurity Law and the Personal Information Protection Law" is two titles."""
    pieces = []
    offset = 0
    for m in _AND.finditer(run):
        left = run[offset : m.start()]
        right = run[m.end() :]
        last = left.split()[-1] if left.split() else ""
        if (last in heads or _STATE_NAME.search(left)) and any(w in heads for w in right.split()):
            pieces.append((left, start + offset))
            offset = m.end()
    pieces.append((run[offset:], start + offset))
    return pieces


def has_head(text: str) -> bool:
    """The text holds a title head noun ("Measures", "Standard") as a word."""
    return bool(_vocab().any_head.search(text))


def find_titles(text: str) -> list[Found]:
    """Instrument titles in a paragraph, in text order."""
    v = _vocab()
    out: list[Found] = []
    if not v.any_head.search(text):
        return _zh_titles(text, out)
    for m in v.title.finditer(text):
        run = m.group("run")
        # a head noun as a word is needed (the regex test rejects most runs at C speed)
        if not v.any_head.search(run) or v.heads.isdisjoint(
            t.strip("\"“”'‘’") for t in run.split()
        ):
            continue  # no head noun ("On 14 February 2025"): no piece of it can be a title
        qual = m.group("qual") or ""
        run_start = m.start("run")
        after = text[m.end() :]
        alias_m = _ALIAS.match(after)
        for piece, start in _split_on_and(run, run_start, v.heads):
            lead = (
                _LEADING.match(piece)
                or _ARTICLE_OF.search(piece)
                or titlelists.ABOUT_LEAD.match(piece)
            )
            if lead:
                piece, start = piece[lead.end() :], start + lead.end()
            number = _STANDARD_NO.match(piece)
            if number:  # "GB/T 43697-2024 Data Security Technology — …": the number is not the name
                piece, start = piece[number.end() :], start + number.end()
            while True:  # the piece's first word, split off once per step
                first = piece.split(maxsplit=1)
                if not first or not (
                    first[0].strip("\"“'‘") in v.not_start
                    or _NUMBER.fullmatch(first[0])
                    or _DATE_WORD.fullmatch(first[0])  # "On 1 November 2025 the Measures …"
                    or not first[0].strip("—–―-")  # "**Nov. 1** — The … Measures": a dash
                ):
                    break
                cut = len(first[0]) + 1
                piece, start = piece[cut:].lstrip(), start + cut
            head_cut = _CONNECTOR_HEAD.match(piece)
            if head_cut:
                piece, start = piece[head_cut.end() :], start + head_cut.end()
            piece = _tails_cut(piece).strip()
            piece = piece.strip("\"“”'‘’ ")
            tokens = [t.strip("\"“”'‘’") for t in piece.split()]
            heads = [i for i, t in enumerate(tokens) if t in v.heads]
            heads = [i for i in heads if i == 0 or tokens[i - 1] not in v.not_head_after]
            if not heads or _is_alias_def(text, start) or _YEAR_START.match(tokens[0]):
                continue
            if len(tokens) == 1 and tokens[0] in v.generic:
                continue
            if is_publication(tokens, v.heads):
                continue  # "Example Law Reports": a publisher, no instrument (publications.py)
            is_last = start + len(piece) >= run_start + len(run) - 1
            if is_last and not qual and v.not_followed.match(after):
                continue
            out.append(
                Found(
                    name=piece,
                    start=start,
                    end=start + len(piece) + (len(qual) if is_last else 0),
                    qualifier=qual.strip() if is_last else "",
                    alias=alias_m.group(1) if alias_m and is_last else None,
                )
            )
    return _zh_titles(text, out)


def _zh_titles(text: str, out: list[Found]) -> list[Found]:
    if "《" in text:
        for m in _ZH_TITLE.finditer(text):
            qual = (m.group(2) or "").strip()
            if _is_alias_def(text, m.start()) or is_zh_publication(m.group(1)):
                continue  # "（以下简称《办法》）" defines a short name; 《法治日报》 is a paper
            alias = _ZH_ALIAS.match(qual)
            if alias:  # "《…》（以下简称《办法》）": a definition, not a qualifier
                out.append(Found(m.group(1), m.start(), m.start(2), "", alias.group(1)))
                continue
            if _DOC_NUMBER.search(qual):
                qual = ""  # "（国务院令第790号）": the issuing order's number, not part of the name
            name = titlelists.without_bare_revision(m.group(1))  # (H9-3, H10-7)
            out.append(Found(name, m.start(), m.end(), qual, None))
    out.sort(key=lambda f: f.start)
    return out


def _stage(text: str, found: Found, spans: list[tuple[int, int]]) -> Stage:
    v = _vocab()
    if _DRAFT.search(found.qualifier) or (
        _DRAFT.search(found.name) and not re.search(r"trial", found.qualifier, re.I)
    ):
        return "draft"
    if _DRAFT_AFTER.match(text, found.end):
        return "draft"  # 《…》国家标准征求意见稿, "the … Measures draft for comments"
    if _ABOUT_AFTER.match(text, found.end):
        return "other"  # 发布《…》解读 / 配套问答: what is issued is about the instrument
    s_start, s_end = sentence_at(text, found.start)
    cues = [
        c
        for c in v.stage_cues.find(text, s_start, s_end)
        if not any(a <= c[0] < b for a, b in spans)
    ]
    before = [c for c in cues if c[1] <= found.start]
    after = [c for c in cues if c[0] >= found.end]
    if before and after and text[before[-1][1] : found.start].strip() in {"的", "of"}:
        before.pop()  # "联合发布的《…》正式施行": "issued" describes the title; "in force" happened
    chosen = before[-1] if before else (after[0] if after else None)
    if chosen is None:
        return "other"
    return _cue_stage(v, chosen[2])


def cue_stage(text: str) -> Stage | None:
    """The stage the first stage cue of a text says ("印发", "released … for comment")."""
    v = _vocab()
    for _start, _end, cue in v.stage_cues.find(text):
        return _cue_stage(v, cue)
    return None


def _cue_stage(v: _Vocab, cue: str) -> Stage:
    stage = v.cue_stage.get(cue)
    return stage if stage is not None else v.stage_of.get(normalise(cue), "other")


def extract(
    text: str, reference: dt.date | None, aliases: dict[str, str] | None = None
) -> tuple[list[InstrumentMention], list[tuple[int, int]]]:
    """Instruments named in an item body, and the character spans their titles occupy.

    ``aliases`` maps abbreviations defined anywhere in the document ("CSL") to full titles;
    it is updated with the aliases this text defines.
    """
    aliases = {} if aliases is None else aliases
    found = find_titles(text)
    spans = [(f.start, f.end) for f in found]
    local_aliases = {normalise(f.alias) for f in found if f.alias}
    for f in found:
        if f.alias:
            aliases.setdefault(f.alias, f.name)
    for abbr, full in aliases.items():
        if abbr.isupper() and len(abbr) >= 3:
            for m in re.finditer(rf"(?<![\w\"“]){re.escape(abbr)}(?![\w\"”])", text):
                if not any(a <= m.start() < b for a, b in spans) and not _is_alias_def(
                    text, m.start()
                ):
                    found.append(Found(full, m.start(), m.end(), "", None))
    for abbr in _vocab().known_short:
        if abbr in text and abbr not in aliases:  # "in breach of the PIPL", never defined
            for m in re.finditer(rf"(?<![\w\"“]){abbr}(?![\w\"”])", text):
                if not any(a <= m.start() < b for a, b in spans):
                    found.append(Found(abbr, m.start(), m.end(), "", None))
    found.sort(key=lambda f: f.start)
    mentions: list[InstrumentMention] = []
    seen: list[set[str]] = []
    found_spans = [(g.start, g.end) for g in found]
    for index, f in enumerate(found):
        key = normalise(f.name)
        tokens = _stems(key)
        short = not f.name.isascii() and len(f.name) <= 12  # 《办法》, a Chinese short title
        back = _named_before(f, found[:index], local_aliases) if short else None
        if back is not None:
            # "（以下简称《办法》）… 《办法》将于2026年1月1日起施行": the date of effect is the
            # instrument's named in full before
            _, s_end = sentence_at(text, f.start)
            later = dates.effective_date_after(text, f.end, s_end, reference)
            for at, known in enumerate(mentions):
                if later and known.start == back.start and known.effective_date is None:
                    was: Stage = known.stage
                    mentions[at] = InstrumentMention(
                        known.name, "adopted" if was == "other" else was, later, known.start
                    )
            continue
        if key in local_aliases:
            continue
        repeat = next((at for at, earlier in enumerate(seen) if tokens <= earlier), None)
        if repeat is not None:
            _repeat_effect(mentions, repeat, text, f, found[index + 1 :], reference)
            continue
        whole = _full_name(f.name, found[index + 1 :])
        seen.append(_stems(normalise(whole)) if whole else tokens)
        name = whole or (f"{f.name} {f.qualifier}".strip() if f.qualifier else f.name)
        about = titlelists.about_before(text, f.start)  # "answers to questions on the …"
        stage = "other" if about else _stage(text, f, spans)
        _, s_end = sentence_at(text, f.start)
        last = titlelists.list_end(text, found_spans, index)
        following = [g.start for g in found[last + 1 :] if g.start >= found[last].end]
        stop = min([s_end, *following])
        effective = dates.effective_date_after(text, f.end, stop, reference)
        if effective is None and not following and s_end < len(text):
            effective = _effective_next(text, s_end, reference)
        if stage == "other" and effective and not about:
            stage = "adopted"
        if stage in {"adopted", "in_force"} and name.startswith("Decision"):
            name = amended_law(name)
        mentions.append(InstrumentMention(name, stage, effective, f.start))
    return mentions, spans


#: "Decision on Amending the …", "Decision to Revise …", "Decision on the Amendment of …"
_AMENDING = re.compile(
    r"^Decisions?\s+(?:on|to|of|for|regarding|concerning)\s+(?:Amending|Amend|Revising|Revise|"
    r"Modifying|(?:the\s+)?(?:Amendment|Revision|Modification)s?\s+(?:of|to))\s+(?:the\s+)?(?=[A-Z])"
)


def amended_law(name: str) -> str:
    """An adopted decision amending a law reports the law itself, as amended ("Decision on
    Amending the Cybersecurity Law" adopted: the Cybersecurity Law is; H4, H7-3, H9-6, as
    关于修改《网络安全法》的决定 names it in 《》). A draft of such a decision is the draft."""
    m = _AMENDING.match(name)
    if m is None or _DRAFT.search(name):
        return name
    return name[m.end() :]


#: words of taking effect soon after a name ("自2026年1月1日起施行", "take effect on …")
_EFFECT_NEAR = re.compile(r"施行|生效|实施|effect|force", re.I)


def _repeat_effect(
    mentions: list[InstrumentMention],
    at: int,
    text: str,
    f: Found,
    later: list[Found],
    reference: dt.date | None,
) -> None:
    """An instrument named again ("公布《个人信息出境认证办法》" in the headline, "《个人信息出境
    认证办法》自2026年1月1日起施行" below): the date of effect the second sentence gives is the
    instrument's, when the first mention gave none."""
    known = mentions[at]
    if known.effective_date is not None or known.stage not in {"other", "adopted"}:
        return
    if not _EFFECT_NEAR.search(text, f.end, f.end + 60):
        return  # (most repeats say nothing of when the instrument takes effect)
    _, s_end = sentence_at(text, f.start)
    stop = min([s_end, *(g.start for g in later if g.start >= f.end)])
    effective = dates.effective_date_after(text, f.end, stop, reference)
    if effective is not None:
        mentions[at] = InstrumentMention(known.name, "adopted", effective, known.start)


def _named_before(f: Found, earlier: list[Found], local_aliases: set[str]) -> Found | None:
    """The instrument a Chinese short title refers back to: the one that defined it as its
    short name (以下简称《办法》), or the last one whose title ends with it (《办法》 after
    《个人信息出境认证办法》)."""
    if not f.name or f.name.isascii() or len(f.name) > 12:
        return None
    key = normalise(f.name)
    for g in reversed(earlier):
        if g.name != f.name and (
            (g.alias and normalise(g.alias) == key and key in local_aliases)
            or (len(g.name) > len(f.name) and g.name.endswith(f.name))
        ):
            return g
    return None


#: a sentence that goes on about the instrument just named ("They take effect on …"), or a
#: fragment without a subject of its own, as a nested point under an entry is written ("Issued as
#: CAC Order No. 18; effective 1 January 2026", "Effective: …",
#: "国家网信办令第18号，自2026年5月1日起施行"; "The amended law will take effect on …", H14-7)
_REFERS_BACK = re.compile(
    r"\s*(?:(?:(?:When\s+(?:do|does|will)\s+)?(?:They|It|These|they|it)|The\s+(?:(?:new|amended|revised)\s+)?(?:measures|rules|regulations|provisions|law|"
    r"standard|guidelines|decision))\b|该(?:办法|规定|条例|标准|法|决定|指引|细则)|本(?:办法|规定|条例|标准)|"
    r"修(?:改|订)后的(?:法律|条例|办法|规定)|(?:Issued|Adopted|Promulgated|Published|Released|Approved|Effective|In\s+force|"
    r"Takes?\s+effect|Comes?\s+into\s+force|effective)\b|(?:[A-Z]{2,6}\s+)?(?:Order|Decree)\s+No\.|"
    r"(?:自|将于|于)\s*(?:19|20)\d{2}\s*年|[\u4e00-\u9fff]{1,12}令\s*第\s*\d+\s*号[，,]?)"
)


def _effective_next(text: str, end: int, reference: dt.date | None) -> str | None:
    """The date of effect the next sentence gives when it refers back to the instrument
    ("… issued the Measures … . They take effect on 15 July 2025.")."""
    m = _REFERS_BACK.match(text, end)
    if m is None:
        return None
    _, n_end = sentence_at(text, m.end())
    return dates.effective_date_after(text, m.end(), n_end, reference)


_STATE_NAME = re.compile(r"\s+of\s+the\s+People['’]s\s+Republic\s+of\s+China$")


def _full_name(name: str, later: list[Found]) -> str | None:
    """The full title a short one is named by further on ("Cybersecurity Law", then "the
    Cybersecurity Law of the People's Republic of China"; 个人信息保护法, then
    中华人民共和国个人信息保护法): one instrument, under its full name."""
    for g in later:
        if len(g.name) > len(name) and (
            (g.name.startswith(name) and _STATE_NAME.fullmatch(g.name[len(name) :]))
            or g.name == f"中华人民共和国{name}"
        ):
            return g.name
    return None


def _stems(key: str) -> set[str]:
    return {w[:-1] if len(w) > 3 and w.endswith("s") else w for w in key.split()}


def _is_alias_def(text: str, pos: int) -> bool:
    return bool(_ALIAS_OPEN.search(text, max(0, pos - 8), pos))
