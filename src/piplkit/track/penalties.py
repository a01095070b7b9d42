"""Monetary penalties in CNY: "RMB 500,000", "CNY 1.2 million", "50万元", "1.2亿元" and the like.

An amount counts as a penalty only when a fine cue ("fined", "a fine of", "penalty", 罚款, 罚金)
stands shortly before it in the same sentence; market sizes, compensation, confiscated income
and the maximum a law allows ("最高可处五千万元罚款", "fines of up to RMB 50 million") are not
penalties. The item's penalty is the total of all fines it reports: the stated
total when the text gives one; otherwise the distinct fined amounts added up, where an amount
"each" (每人, 各) counts once per person the sentence numbers before it ("RMB 500,000 …, and two
managers were fined a further RMB 50,000 each" is 600,000).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal

from piplkit.track.textutil import leading

_SCALE = {
    "thousand": 1_000,
    "k": 1_000,
    "million": 1_000_000,
    "mn": 1_000_000,
    "m": 1_000_000,
    "billion": 1_000_000_000,
    "bn": 1_000_000_000,
    "千": 1_000,
    "万": 10_000,
    "百万": 1_000_000,
    "千万": 10_000_000,
    "亿": 100_000_000,
}
_NUM = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_EN_SCALE = r"thousand|million|billion|mn|bn|k|m"
_ZH_DIGITS = "零〇一二两三四五六七八九十百千万亿"
_AMOUNT = leading(
    rf"(?:(?:RMB|CNY|Rmb|rmb|¥|￥)\s?(?P<a>{_NUM})(?:\s?(?P<as>{_EN_SCALE})\b|\s?(?P<azs>百万|千万|万|亿|千))?"
    rf"(?:\s?(?:yuan|Yuan|元))?"
    rf"|(?P<b>{_NUM})\s?(?:(?P<bs>{_EN_SCALE})\s)?\s?(?:yuan|Yuan|CNY|RMB)\b"
    rf"|(?P<c>{_NUM})\s?(?P<cs>百万|千万|万|亿|千)?\s?(?:元|人民币)"
    rf"|(?P<z>[{_ZH_DIGITS}]{{1,12}})元)"
    # "千万元级罚款", "亿元级": an order of magnitude, no amount (heldout19: a 十大事件 post's
    # headline over the fine of 1200万元 it sums up)
    r"(?!级)",
    rf"RCr¥￥\d{_ZH_DIGITS}",
)
_CUE = leading(
    r"\b(?:fined|fines?|fining|penalt(?:y|ies)|penali[sz]ed|monetary\s+sanction)\b|罚款|罚金|处罚|罚没",
    "fpm罚处",
    re.I,
)
_NOT_PENALTY = re.compile(
    r"^\W{0,3}(?:in\s+)?(?:illegal\s+(?:income|gains|profits)|of\s+illegal|违法所得)", re.I
)
_SEIZED = re.compile(r"(?:surrender\w*|confiscat\w*|没收)(?=[^.;。]{0,30}$)", re.I)
#: a payment that is no fine named right before the amount after the sentence's fine ("并处罚金
#: 8万元，判令其支付公益损害赔偿金12万元", "fined …, and ordered damages of RMB 20,000"): the amount
#: is that payment's (heldout10, fix16r)
_PAID = re.compile(
    r"(?:赔偿金|赔偿款|赔偿|补偿金|补偿|compensation|damages|restitution)(?=[^.;。，,]{0,12}$)",
    re.I,
)
_TOTAL = leading(
    r"\b(?:in\s+total|totall?ing|a\s+total\s+of|total)\b|合计|共计|总计|累计", "ait合共总累", re.I
)
# a full stop after a company-name or title abbreviation ("Co., Ltd. RMB 500,000") ends nothing
_SENTENCE_END = leading(
    r"(?<!\bLtd)(?<!\bCo)(?<!\bInc)(?<!\bCorp)(?<!\bNo)(?<!\bMr)(?<!\bMs)(?<!\bDr)(?<!\bSt)"
    r"[.;!?。；！？]\s",
    ".;!?。；！？",
)
#: a statutory maximum, not a fine imposed: "最高可处五千万元罚款", "fines of up to RMB 50
#: million", "not exceeding RMB 1 million", "五千万元以下罚款"
_CAP_BEFORE = re.compile(
    r"(?:最高|最多|不超过|不高于|上限(?:为|是)?|可处以?|可以处以?|\bup\s+to|\bas\s+much\s+as|\bmaximum(?:\s+fine)?\s+of"
    r"|\bnot\s+(?:exceeding|more\s+than)|\bno\s+more\s+than)\s*(?:处以?|罚款)?\s*$",
    re.I,
)
#: another currency named right before the amount: "澳門元4萬元罰款" (patacas), "港元5萬元",
#: "HK$ 50,000 yuan" is no CNY amount (H10-9; heldout12's Telegram export, fix16x; heldout13's
#: Macao gazette, H13-7, fix16y)
_FOREIGN_BEFORE = re.compile(
    r"(?:澳[门門]元|澳[门門]币|澳[门門]幣|港[元币幣]|美元|[欧歐]元|新?台[币幣]|日元|英[镑鎊]|"
    r"\bMOP\$?|\bHK\$|\bUS\$|\bHKD|\bUSD|\bEUR|\bpatacas?)\s*$",
    re.I,
)
_CAP_AFTER = re.compile(r"\s*(?:以下|以内)|\s+or\s+less\b", re.I)
#: a law's maximum set to a new amount, not a fine imposed (heldout8, fix16n): "raises the
#: maximum fines for serious violations to RMB 10 million", "caps fines at RMB 5 million",
#: "罚款上限提高至五千万元", "最高罚款额上调到1000万元"
_CAP_SET = re.compile(
    r"\b(?:maximum|max\.?|ceiling|cap|caps|capped|upper\s+limit)\b[^.;。；]{0,60}?\b(?:to|at)\s*"
    r"(?:RMB|CNY|¥|￥)?\s*$|(?:上限|最高(?:罚款)?(?:数?额|金额)?)[^。；]{0,12}?"
    r"(?:提高|提升|上调|调整|增加|设定|设为)(?:至|到|为)?\s*$",
    re.I,
)
_EACH = re.compile(r"^\W{0,3}(?:each|apiece|per\s+person)\b|^\W{0,3}(?:每人|各)", re.I)
_EACH_BEFORE = re.compile(r"(?:各|每人)(?:处以?|被)?(?:罚款|罚金)?\W{0,3}(?:人民币)?\s*$")
_COUNT_WORDS = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10,
}  # fmt: skip
_COUNT_EN = re.compile(
    r"\b(two|three|four|five|six|seven|eight|nine|ten|\d{1,3})\s+(?:[a-z-]+\s+){0,2}"
    r"(?:managers?|executives?|persons?|people|individuals?|employees?|officers?"
    r"|directors?|staff|officials?|others?|responsible\s+persons?)\b",
    re.I,
)
_COUNT_ZH = re.compile(r"([两二三四五六七八九十]|\d{1,3})\s*(?:名|人|位)")
_ZH_COUNT_DIGITS = {
    "两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10,
}  # fmt: skip


def zh_number(text: str) -> int | None:
    """Value of a Chinese numeral such as 五十万 or 一亿二千万 (None when it is not one)."""
    digits = {c: i for i, c in enumerate("零一二三四五六七八九")}
    digits.update({"〇": 0, "两": 2})
    units = {"十": 10, "百": 100, "千": 1000}
    big = {"万": 10_000, "亿": 100_000_000}
    total = section = number = 0
    seen = False
    for ch in text:
        if ch in digits:
            number = digits[ch]
            seen = True
        elif ch in units:
            section += (number or 1) * units[ch]
            number = 0
            seen = True
        elif ch in big:
            section = (section + number) * big[ch]
            total += section
            section = number = 0
            seen = True
        else:
            return None
    return total + section + number if seen else None


def _value(m: re.Match[str]) -> Decimal | None:
    g = m.groupdict()
    if g["z"]:
        zh = zh_number(g["z"])
        return Decimal(zh) if zh else None
    raw = g["a"] or g["b"] or g["c"]
    scale = g["as"] or g["azs"] or g["bs"] or g["cs"]
    amount = Decimal(raw.replace(",", ""))
    if scale:
        amount *= _SCALE[scale.lower() if scale.isascii() else scale]
    return amount


_CURRENCY_HINT = leading(r"RMB|CNY|[Rr]mb|[Yy]uan|元|¥|￥|人民币", "CRrYy元¥￥人")


def has_currency(text: str) -> bool:
    """Whether ``_CURRENCY_HINT`` matches in the text (every ``_AMOUNT`` match holds one): its
    words as plain substrings (the pattern has no flags). Ten ``in`` tests in C cost less than
    its scan, whose lookahead stops at every "r" and "y" of the text."""
    return (
        "RMB" in text
        or "CNY" in text
        or ("mb" in text and ("Rmb" in text or "rmb" in text))
        or ("uan" in text and ("Yuan" in text or "yuan" in text))
        or "元" in text
        or "¥" in text
        or "￥" in text
        or "人民币" in text
    )


def _amounts(text: str) -> Iterator[re.Match[str]]:
    """The amount matches of the text (none without a currency word or sign)."""
    return _AMOUNT.finditer(text) if has_currency(text) else iter(())


def find_amounts(text: str) -> list[tuple[int, int, Decimal]]:
    """Every CNY amount in the text as (start, end, yuan)."""
    out: list[tuple[int, int, Decimal]] = []
    for m in _amounts(text):
        value = _value(m)
        if value is not None and value > 0:
            out.append((m.start(), m.end(), value))
    return out


def _sentence_start(text: str, pos: int) -> int:
    starts = [m.end() for m in _SENTENCE_END.finditer(text, 0, pos)]
    return starts[-1] if starts else 0


def _people_count(before: str) -> int:
    """How many people an amount "each" applies to: the last count of people named before it
    in the sentence ("two managers", "3名责任人"); 1 when none is named."""
    found: list[tuple[int, int]] = []
    for m in _COUNT_EN.finditer(before):
        word = m.group(1).lower()
        found.append((m.start(), _COUNT_WORDS.get(word) or int(word)))
    for m in _COUNT_ZH.finditer(before):
        word = m.group(1)
        found.append((m.start(), _ZH_COUNT_DIGITS.get(word) or int(word)))
    if not found:  # "判处被告人李某、赵某…并处罚金各…": the people the sentence lists (H17-9)
        for m in _NAMED_ZH.finditer(before):
            found.append((m.start(), len(_NAME_JOINS.split(m.group("names")))))
    return max(found)[1] if found else 1


#: the parties a court sentences or a regulator fines, listed by name after their role
#: ("被告人李某、赵某", "责任人甲、乙和丙"): an amount 各 then goes on each of them
_NAMED_ZH = re.compile(
    r"(?:被告人|被告|罪犯|责任人|负责人|当事人|被处罚人)"
    r"(?P<names>[\u4e00-\u9fff]{1,4}(?:[、和及与][\u4e00-\u9fff]{1,4}?)+)"
    r"(?=[有犯均被分各，,]|$)"
)
_NAME_JOINS = re.compile("[、和及与]")


#: the second object of one "fined": ", and its data protection officer RMB 100,000" (a fine
#: cue further back than the window of 90 characters: heldout9, fix16q)
_AND_OBJECT = re.compile(r"\s*[,，]?\s*(?:and|as\s+well\s+as|plus|并对|以及|和)\s", re.I)
#: what such a clause may name instead of a fine: damages, compensation, gains, turnover
_NOT_FINE_OBJECT = re.compile(
    r"compensat|damages|income|gains|profits|revenue|turnover|pay|order|赔偿|违法所得|营业额|责令",
    re.I,
)


def _joined_fine(text: str, last_end: int, start: int) -> bool:
    """The amount at ``start`` is a fine on a second party of the fine that ends at
    ``last_end``, in the same sentence and joined by "and" within 80 characters."""
    if last_end < 0 or start - last_end > 80 or _sentence_start(text, start) > last_end:
        return False
    gap = text[last_end:start]
    return bool(_AND_OBJECT.match(gap)) and not _NOT_FINE_OBJECT.search(gap)


#: where a sentence ends after an amount: a fine cue past it is the next sentence's
_AFTER_END = re.compile(r"[。；;！？!?]|\.\s")


def _same_sentence(after: str) -> str:
    """The text after an amount up to its sentence's end: "获利2.4万元。 Penalty: 没收…" is the
    gains the facts name, not the penalty the next cell states (heldout15, H15-3)."""
    cut = _AFTER_END.search(after)
    return after[: cut.start()] if cut else after


def penalty_cny(text: str) -> int | float | None:
    """The monetary penalty an item reports, in yuan (None when there is none)."""
    fined: list[tuple[Decimal, bool]] = []
    last_end = -1  # where the last fine counted ends
    for m in _amounts(text):  # ``find_amounts``, each value read only for a fine
        start, end = m.span()
        begin = max(_sentence_start(text, start), start - 90)
        before = text[begin:start]
        if _joined_fine(text, last_end, start):
            pass  # "fined a platform RMB 1.2 million, and its … officer RMB 100,000"
        elif not _CUE.search(before) and not _CUE.search(_same_sentence(text[end : end + 25])):
            if not _EACH.match(text[end : end + 20]):
                continue
            # an amount "each" for the people the sentence's fine goes on to name ("fines a
            # company RMB 1 million over …, and two executives RMB 100,000 each")
            begin = _sentence_start(text, start)
            before = text[begin:start]
            if not _CUE.search(before):
                continue
        seized = _SEIZED.search(before)
        if _NOT_PENALTY.match(text[end : end + 30]) or (
            seized and not _CUE.search(before, seized.end())
        ):
            continue  # confiscated gains, unless a fine cue follows ("没收…，并处罚款30万元")
        if (paid := _PAID.search(before)) and not _CUE.search(before, paid.end()):
            continue  # damages or compensation named after the fine, not a fine
        if (
            _CAP_BEFORE.search(text, max(0, start - 24), start)
            or _CAP_AFTER.match(text, end, end + 10)
            or _CAP_SET.search(before)
        ):
            continue  # what the law allows, not what was imposed
        if _FOREIGN_BEFORE.search(text, max(0, start - 8), start):
            continue  # an amount in another currency
        value = _value(m)
        if value is None or value <= 0:
            continue
        total = bool(_TOTAL.search(text[max(begin, start - 30) : end + 15]))
        if not total and (_EACH.match(text[end : end + 20]) or _EACH_BEFORE.search(before)):
            value *= _people_count(before)
        fined.append((value, total))
        last_end = end
    if not fined:
        return None
    totals = [v for v, is_total in fined if is_total]
    amount = max(totals) if totals else sum(dict.fromkeys(v for v, _ in fined), Decimal(0))
    return int(amount) if amount == amount.to_integral_value() else float(amount)
