"""Coordinate generalisation (``to: grid``): every latitude/longitude rounded to a grid.

Two decimal places of a degree are about 1.1 km of latitude (less of longitude away from the
equator), one place about 11 km. A cell may hold one coordinate (a 经度 column), a pair in either
order (``39.9042,116.4074``; ``N39°54'15" E116°24'27"``), or a trajectory of pairs
(``116.40,39.90;116.41,39.91``). Numbers are rewritten in decimal degrees in place; separators,
hemisphere letters and labels stay. Anything else in the cell (a timestamp, a place name, a
number beyond ±180) means the cell is not just coordinates: ``None``, and the caller suppresses
it rather than leave part of it unrounded.
"""

from __future__ import annotations

import re
from typing import Any

_COORDINATE = re.compile(
    r"(?P<dms>(?<![\d.])(?P<deg>\d{1,3})\s*[°度]"
    r"(?:\s*(?P<min>\d{1,2}(?:\.\d+)?)\s*['′分])?"
    r"(?:\s*(?P<sec>\d{1,2}(?:\.\d+)?)\s*(?:\"|″|''|秒))?)"
    r"|(?P<dec>(?<![\d.])[-+]?\d{1,3}(?:\.\d+)?(?![\d.]))"
)
_ALLOWED = re.compile(
    r"(?:[\s,，;；|/()（）\[\]{}:：\"'=&>→-]|lat(?:itude)?|lng|lon(?:gitude)?|[NSEWnsew]"
    r"|北纬|南纬|东经|西经|经度|纬度|经|纬)*"
)
_MAX_CHARS = 100_000


def generalize_coordinates(value: Any, digits: int) -> str | None:
    """The cell with every coordinate rounded to ``digits`` decimal places, or ``None``."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return _rounded(float(value), digits) if abs(value) <= 180 else None
    if not isinstance(value, str) or len(value) > _MAX_CHARS:
        return None
    text = value.strip()
    found = list(_COORDINATE.finditer(text))
    if not found:
        return None
    out: list[str] = []
    cursor = 0
    for m in found:
        between = text[cursor : m.start()]
        if not _ALLOWED.fullmatch(between):
            return None
        degrees = _degrees(m)
        if degrees is None:
            return None
        out.append(between)
        out.append(_rounded(degrees, digits))
        cursor = m.end()
    if not _ALLOWED.fullmatch(text[cursor:]):
        return None
    out.append(text[cursor:])
    return "".join(out)


def _degrees(m: re.Match[str]) -> float | None:
    if m["dms"]:
        minutes = float(m["min"] or 0)
        seconds = float(m["sec"] or 0)
        if minutes >= 60 or seconds >= 60:
            return None
        degrees = int(m["deg"]) + minutes / 60 + seconds / 3600
    else:
        degrees = float(m["dec"])
    return degrees if abs(degrees) <= 180 else None


def _rounded(degrees: float, digits: int) -> str:
    text = f"{round(degrees, digits):.{digits}f}"
    return "0" + text[2:] if text.startswith("-0") and float(text) == 0 else text
