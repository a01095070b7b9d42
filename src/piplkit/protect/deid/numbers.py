"""Numeric generalisation: numbers become the band they fall in.

Three levels: ``round`` (the whole cell is one number: ``37`` → ``30-39``), ``range`` (every
number inside a measurement keeps its unit and label: ``身高175cm`` → ``身高170-179cm``,
``120/80mmHg`` → ``120-129/80-89mmHg``) and ``magnitude`` (amounts of money by order of magnitude,
whatever their writing: ``¥12,345.67``, ``1.2万元`` → ``10000-99999``). Text around the numbers
is kept only when it is a known unit or label: a measurement cell that also holds a name or a
note cannot be generalised and is suppressed by the caller (``None`` here).
"""

from __future__ import annotations

import math
import re
from typing import Any

_NUMBER = re.compile(r"\d+(?:\.\d+)?")
#: Words allowed around the numbers of a measurement (letters, case-insensitive) …
_UNIT_WORDS = frozenset(
    [
        "cm", "mm", "m", "km", "kg", "g", "mg", "lb", "lbs", "in", "ft", "mmhg", "kpa", "bpm",
        "bmi", "c", "f", "ml", "l", "mmol", "mol", "dl", "mg/dl", "mmol/l", "iu", "u", "kcal",
        "cal", "h", "min", "s", "y", "yr", "yrs", "sbp", "dbp", "hr", "bp", "height", "weight",
        "waist", "hip",
    ]
)  # fmt: skip
#: … and the characters of Chinese units and labels.
_UNIT_CJK = frozenset(
    "身高体重血压心率脉搏腰围臀围胸围头围体温血糖视力左右眼裸矫正厘米公分公斤千克斤两米克毫升次分钟"
    "岁度高低收缩舒张空腹餐后指数肺活量握力体脂率肌肉骨骼含量水分基础代谢每"
)
_SEPARATORS = frozenset(" \t:：,，;；/()（）[]【】~～-—%％°℃.、|")
_LETTERS = re.compile(r"[A-Za-z/]+")
_AMOUNT_NOISE = re.compile(
    r"(?i)[\s,，_]|人民币|rmb|cny|usd|hkd|eur|元整|元|圆|块|¥|￥|\$|€|£|余额|约|整"
)
_MULTIPLIERS = {"千": 1e3, "k": 1e3, "万": 1e4, "w": 1e4, "百万": 1e6, "m": 1e6, "亿": 1e8}
_AMOUNT = re.compile(r"(?P<sign>[-+−]?)(?P<n>\d+(?:\.\d+)?)(?P<unit>百万|千|万|亿|k|w|m)?", re.I)


def generalize_number(value: Any, step: float) -> str | None:
    """The band of ``step`` holding ``value``, when the whole value is one number."""
    if isinstance(value, bool):
        return None
    try:
        number = float(value.strip() if isinstance(value, str) else value)
    except (TypeError, ValueError):
        return None
    return band(number, step)


def band(number: float, step: float) -> str | None:
    if not math.isfinite(number):
        return None
    low = math.floor(number / step) * step
    high = low + step
    if float(step).is_integer() and float(low).is_integer():
        return f"{int(low)}-{int(high) - 1}"
    return f"[{low:g}, {high:g})"


def generalize_ranges(value: Any, step: float) -> str | None:
    """Every number in a measurement replaced by its band; units and labels kept."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return band(float(value), step)
    if not isinstance(value, str):
        return None
    text = value.strip()
    numbers = list(_NUMBER.finditer(text))
    if not numbers or not _only_units(_NUMBER.sub(" ", text)):
        return None
    out: list[str] = []
    cursor = 0
    for m in numbers:
        out.append(text[cursor : m.start()])
        out.append(band(float(m.group()), step) or "")
        cursor = m.end()
    out.append(text[cursor:])
    return "".join(out)


def _only_units(rest: str) -> bool:
    for word in _LETTERS.findall(rest):
        unit = word.lower().strip("/")
        if unit and unit not in _UNIT_WORDS:
            return False
    return all(ch in _SEPARATORS or ch in _UNIT_CJK for ch in _LETTERS.sub("", rest))


def parse_amount(value: Any) -> float | None:
    """An amount of money from a number or text such as ``¥12,345.67``, ``1.2万元``, ``-300``."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return float(value) if math.isfinite(value) else None
    if not isinstance(value, str):
        try:
            return float(value)  # Decimal
        except (TypeError, ValueError):
            return None
    text = _AMOUNT_NOISE.sub("", value.strip())
    m = _AMOUNT.fullmatch(text)
    if m is None:
        return None
    number = float(m["n"]) * _MULTIPLIERS.get((m["unit"] or "").lower(), 1.0)
    return -number if m["sign"] in ("-", "−") else number


def generalize_magnitude(value: Any) -> str | None:
    """``0-9``, ``10-99``, ``100-999`` … by the amount's order of magnitude (``-(100-999)`` for a
    negative amount)."""
    amount = parse_amount(value)
    if amount is None:
        return None
    size = abs(amount)
    digits = 1 if size < 10 else math.floor(math.log10(size)) + 1
    low = 0 if digits == 1 else 10 ** (digits - 1)
    label = f"{low}-{10**digits - 1}"
    return f"-({label})" if amount < 0 and size >= 1 else label
