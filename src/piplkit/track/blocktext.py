"""Text helpers every reader shares: whitespace, list markers, footnote markers, bold run-ins.

Kept apart from the readers so that the plain-text, Markdown, HTML, PDF and DOCX readers reduce
their input to ``Block``s by the same rules (a "1." or "（一）" at the start of a paragraph is a
list marker whatever the format; ``[^3]`` is a footnote marker wherever it appears).
"""

from __future__ import annotations

import re

from piplkit.track.digesttitle import is_digest_title
from piplkit.track.layout import is_date_lead, is_dated_start, is_prose
from piplkit.track.model import Block
from piplkit.track.textutil import words

_SPACE = r"[ \t\u00a0\u3000\u2002\u2003\u2009\u200b]"
#: whitespace to fold: a run that is not a single plain space (single spaces are left alone,
#: which keeps the substitution cheap on long paragraphs)
_WS = re.compile(rf"[\t\u00a0\u3000\u2002\u2003\u2009\u200b]{_SPACE}*| {_SPACE}+")
_FULL_WIDTH_CHAR = re.compile(r"[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]")
#: full-width digits and Latin letters as their ASCII forms ("２０２２年" is "2022年")
_FULL_WIDTH = str.maketrans(
    {chr(c): chr(c - 0xFEE0) for c in [*range(0xFF10, 0xFF1A), *range(0xFF21, 0xFF3B)]}
    | {chr(c): chr(c - 0xFEE0) for c in range(0xFF41, 0xFF5B)}
)
_ZH_DIGIT = "一二三四五六七八九十"
_MARKER = re.compile(
    r"^\s*(?:"
    rf"(?P<zh1>[{_ZH_DIGIT}]{{1,3}})\s*[、．.]"
    rf"|[(（]\s*(?P<zh2>[{_ZH_DIGIT}]{{1,3}})\s*[)）][、．.]?"
    r"|(?P<num>\d{1,3})(?:[.．](?![\d.])|[、)）]|\s?｜)"
    # a zero-padded number and a space ("### 01 《…》正式施行", a 十大事件 post's entries; H19-6)
    r"|(?P<pad>0[1-9])\s(?=\S)"
    r"|[(（]\s*(?P<paren>\d{1,3})\s*[)）]"
    r"|(?P<roman>[IVX]{1,5})[.)](?=\s)"
    r"|(?P<alpha>[a-h])[.)](?=\s)|\((?P<alpha2>[a-h])\)(?=\s)"
    r"|(?P<bullet>[•·▪●○◆◇■□►▶➢➤✓✔◼◾\-*–—])(?=\s)"
    # the bullets of a nested list (white bullet, triangular, hyphen bullet): a point of the
    # entry above, another style than its bullets
    r"|(?P<sub>[◦‣⁃])(?=\s)"
    # a keycap digit ("1️⃣ …"), as a social-media post numbers its points
    "|(?P<key>\\d)\ufe0f?\u20e3"
    # a circled number ("① …", "❶ …"), as a post or an article numbers its points (heldout10)
    "|(?P<circ>[\u2460-\u2473\u2776-\u277f\u2780-\u2789])"
    rf"|(?:典型)?案例(?P<case>[{_ZH_DIGIT}]{{1,3}}|\d{{1,2}})(?=[\s、：:．.])[、：:．.]?"
    r")\s*(?=\S)"
)
_ROMAN = {
    "I": 1,
    "II": 2,
    "III": 3,
    "IV": 4,
    "V": 5,
    "VI": 6,
    "VII": 7,
    "VIII": 8,
    "IX": 9,
    "X": 10,
}
_FN_MARK = re.compile(r"\[\^(\d{1,3})\]")
_FN_DEF = re.compile(r"^\[\^(\d{1,3})\]:\s*")
BOLD_SEPARATORS = " -–—:："
#: text after a bold lead that carries its sentence on: a comma, or a lower-case word
_CONTINUES = re.compile(r"^(?:\s*[,，、;；]|\s+[a-z])")
#: a bold field label ending in a colon ("Regulator:", "Law applied:", "处罚金额："): in a list
#: entry it names the value after it (a fact list), it does not headline it
_FIELD_LABEL = re.compile(r"^[^\s:：.。,，;；]+(?: [^\s:：.。,，;；]+){0,2}\s*[:：]$")


def clean(text: str) -> str:
    """One line of text: single spaces, no padding, full-width digits as ASCII."""
    if text.isascii():
        # in ASCII only a tab or a second space can start a run to fold
        return (_WS.sub(" ", text) if "\t" in text or "  " in text else text).strip()
    text = _WS.sub(" ", text).strip()
    if not _FULL_WIDTH_CHAR.search(text):
        return text
    return text.translate(_FULL_WIDTH)


def zh_numeral(text: str) -> int:
    """一 .. 九十九 as a number (list numbering only)."""
    if text == "十":
        return 10
    if "十" in text:
        tens, _, units = text.partition("十")
        return (_ZH_DIGIT.index(tens) + 1 if tens else 1) * 10 + (
            _ZH_DIGIT.index(units) + 1 if units else 0
        )
    return _ZH_DIGIT.index(text[-1]) + 1


def _circled(char: str) -> int:
    """The number of a circled digit: ① to ⑳, ❶ to ❿, ➀ to ➉."""
    code = ord(char)
    for first in (0x2460, 0x2776, 0x2780):
        if first <= code <= first + (19 if first == 0x2460 else 9):
            return code - first + 1
    return 0


def list_marker(text: str) -> tuple[int | None, str | None, str]:
    """(number, marker style, text without the marker) of a paragraph that starts a list entry."""
    m = _MARKER.match(text)
    if not m:
        return None, None, text
    style = next(k for k, v in m.groupdict().items() if v is not None)
    raw = m.group(style)
    if style == "roman":
        if raw not in _ROMAN:
            return None, None, text
        number: int | None = _ROMAN[raw]
    elif style in {"zh1", "zh2"} or (style == "case" and not raw.isdigit()):
        number = zh_numeral(raw)
    elif style in {"num", "paren", "case"}:
        number = int(raw)
    elif style == "pad":
        number, style = int(raw), "num"  # "01 …" numbers an entry as "1." does
    elif style == "key":
        number, style = int(raw), "num"  # "1️⃣" numbers an entry as "1." does
    elif style == "circ":
        number, style = _circled(raw), "num"  # "①" too
    elif style in {"alpha", "alpha2"}:
        number, style = ord(raw) - ord("a") + 1, "alpha"
    else:
        number = None
    return number, style, text[m.end() :]


def marked(text: str) -> tuple[str, list[int]]:
    """Strip explicit ``[^N]`` footnote markers, returning them as numbers.

    A footnote definition (``[^3]: https://...``) becomes a numbered source line ``3 https://...``.
    """
    if "[^" not in text:  # both patterns need it; most paragraphs have no marker
        return text, []
    definition = _FN_DEF.match(text)
    if definition:
        return f"{definition.group(1)} {text[definition.end() :]}", []
    refs = [int(n) for n in _FN_MARK.findall(text)]
    return (_FN_MARK.sub("", text) if refs else text), refs


#: a bracketed lead "【…】" at the start of a paragraph: a run-in headline when long, else the
#: label of a part of the item ("【基本案情】", "【裁判结果】")
_BRACKET_LEAD = re.compile(r"^【([^】]{1,60})】\s*")
#: the longest bracketed lead that is a part label rather than a headline
_LABEL_CHARS = 6
#: the longest usual part label (基本案情, 编者按, 导读, 本期导读): a longer short lead before a
#: digest's name ("【合规观察群】本周精华") is a group's name, the masthead's own
_PART_LABEL = 4


def bracket_lead(text: str) -> str | None:
    """The bracketed run-in headline that opens a paragraph ("【江苏省网信办通报…】6月3日，…"), None
    when the paragraph has none or its bracketed lead is a short part label."""
    m = _BRACKET_LEAD.match(text) if text.startswith("【") else None
    if m is None or len(m.group(1)) <= _LABEL_CHARS or m.end() == len(text):
        return None
    return m.group(0)


def _unlabelled(text: str) -> str:
    """A paragraph without the short bracketed label of its part ("【基本案情】2025年3月12日，…"
    is "2025年3月12日，…"): the label names a part of the item, it is not part of the text."""
    m = _BRACKET_LEAD.match(text)
    if m is None or len(m.group(1)) > _LABEL_CHARS or m.end() == len(text):
        return text
    if len(m.group(1)) > _PART_LABEL and is_digest_title(text):
        return text  # "【合规观察群】本周精华": a group's name in a digest's masthead, kept
    if ":" in m.group(1):  # "【00:00】开场": a chapter's time stamp, read by ``chapters``
        return text
    return text[m.end() :]


def run_in(
    head: str, full: str, *, refs: list[int], links: list[str], line: int, **kw: object
) -> list[Block] | None:
    """Blocks for a paragraph that opens with a bold run-in headline ("**CAC Fines X.** On ...").

    None when the bold part is too short to be a headline (an emphasised word), or is the
    start of the paragraph's own sentence: its date ("**On 14 November**, TC260 released …")
    or words the sentence goes on from ("**The CAC** released …", "**2025年11月14日**，…").
    """
    after = full[len(head) :]
    rest = clean(after.lstrip(BOLD_SEPARATORS))
    if not rest:
        return [Block(full, heading=7, refs=refs, links=links, line=line, **kw)]  # type: ignore[arg-type]
    if is_date_lead(head) or _CONTINUES.match(after):
        return None
    if full[:1] in "【[〔「" and is_digest_title(full):
        return None  # "【数据合规交流群】本周群聊精华": a digest's masthead, one title line
    if kw.get("marker") is not None and _FIELD_LABEL.match(head):
        return None  # "- **Regulator:** Shanghai …": one fact of a fact list, label and value
    if len(head.split()) >= 3 or len(head) >= 8:
        title = head.rstrip(BOLD_SEPARATORS)
        if title.startswith("【") and title.endswith("】"):
            title = title[1:-1]  # a bracketed run-in headline: "【标题】" is headlined "标题"
        return [
            Block(title, heading=7, line=line, **kw),  # type: ignore[arg-type]
            Block(rest, refs=refs, links=links, line=line),
        ]
    return None


#: a plain-text entry's title before a spaced em or en dash ("Audit Measures — The CAC …")
_DASH_LEAD = re.compile(r"([^.!?;:。！？；：—–]{8,120}?)\s[—–]\s+(?=\S)")


#: a lead that ends inside a name its sentence began ("… put out the Data Security
#: Technology"): the dash joins the parts of one name, as a standard's English title has them
_NAME_CUT = re.compile(r"\b[a-z]+\s+(?:the|a|an)\s+(?:[A-Z][\w'’-]*\s+){0,6}[A-Z][\w'’-]*$")
#: how the sentence after a headline's dash opens ("The CAC …", "On 3 November …")
_OPENS = re.compile(r"^(?:The|On|In|At|From|Its|This|These|It|A|An|Under|After|Since|Last)\b")


def dash_lead(text: str) -> str | None:
    """The headline of a plain-text list entry written "Title — The CAC published …": the
    same run-in headline a Markdown entry marks in bold ("**Title** — …"), here marked only by
    the spaced dash. None unless the title is 2-12 words and what follows is a sentence of five
    words or more (however many capitalised names it has, as after a bold run-in)."""
    m = _DASH_LEAD.match(text)
    if m is None or not 2 <= words(m.group(1)) <= 12:
        return None
    rest = text[m.end() :].rstrip()
    if rest[:1].islower():  # "… Audits — its first rules — on 5 November": an aside
        return None
    if _NAME_CUT.search(m.group(1)) and not _OPENS.match(rest):
        return None  # "TC260 put out the Data Security Technology — Guidelines for …": a name
    if not rest.endswith((".", "。", "!", "?", "！", "？")) or words(rest) < 5:
        return None
    return text[: m.end()]


#: a field's value that is one web address and nothing else
_BARE_URL = re.compile(r"https?://[^\s<>\"'）)\]]+")


def finish(text: str, **kw: object) -> Block | None:
    """A Block from a paragraph's text: cleaned, footnote markers and list marker taken off."""
    full, refs = marked(clean(text))
    field_link: list[str] = []
    if full.startswith("【"):
        bare = _unlabelled(full)
        if bare != full and _BARE_URL.fullmatch(bare):
            field_link = [bare]  # "【原文链接】https://…": a field whose value is the link
        full = bare
    if not full:
        return None
    if field_link:
        given = kw.get("links")
        kw["links"] = [*(given if isinstance(given, list) else []), *field_link]
    extra = list(kw.pop("refs", []))  # type: ignore[call-overload]
    number = kw.pop("list_no", None)
    style = kw.pop("marker", None)
    if number is None and style is None and kw.get("cells") is None:
        number, style, full = list_marker(full)
    return Block(full, list_no=number, marker=style, refs=extra + refs, **kw)  # type: ignore[arg-type]


_HEADLINE_END = re.compile(r"[.!?;:,。！？；：，、]$")


def headline_line(
    parts: list[str], at: int, *, listed: bool, links: list[str], line: int, **extra: object
) -> list[Block] | None:
    """A list entry whose first line is a headline and whose next line opens with its date
    ("2. TC260 releases draft standard" / "On November 14, TC260 released …" written on two
    lines with no blank line between): the headline (with the list marker) and its body.

    Only numbered or bulleted entries ("1.", "一、", "（一）", "-"): in a hard-wrapped paragraph a
    line may well end before a date ("take effect on" / "1 January 2026.")."""
    head = clean("".join(parts[:at]))
    body = clean("".join(parts[at + 1 :]))
    if not head or not body or _HEADLINE_END.search(head) or not 2 <= words(head) <= 20:
        return None
    if not listed and list_marker(head)[1] is None:
        return None
    if not is_dated_start(body) or not is_prose(body):
        return None
    title = finish(head, line=line, **extra)
    text, refs = marked(body)
    rest = Block(text, refs=refs, links=links, line=line)
    return [title, rest] if title is not None and text else None
