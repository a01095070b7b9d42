"""How plausible a decoded text is as Chinese: the arbiter between codecs that all decode.

Bytes of Chinese text are often valid in several codecs (GB18030 accepts most Big5 and many
UTF-8 byte pairs; a UTF-8 line can be valid GB18030). A wrong reading yields characters drawn
almost at random from the CJK block, while real text is made mostly of the few thousand common
characters. The common set here is GB2312 level 1 (the 3,755 most used simplified characters)
plus Big5's frequently used block (5,401 traditional characters, lead bytes A4-C6): real text
scores about 0.95-1.0, a misreading about 0.2-0.6.
"""

from __future__ import annotations

import contextlib
from functools import cache

_NEUTRAL = frozenset("\t\n\r\f")


@cache
def common_characters(codec: str | None = None) -> frozenset[str]:
    """Common ideographs: GB2312 level 1 for ``gb18030``, Big5's frequent block for ``big5``,
    both for any other codec (a Unicode encoding holds either script).

    Judging a GB18030 reading by simplified characters only matters: GBK also holds
    traditional characters, and Big5 bytes read as GBK often land on them.
    """
    if codec not in (None, "gb18030", "big5"):
        codec = None
    chars: set[str] = set()
    if codec in (None, "gb18030"):
        for lead in range(0xB0, 0xD8):  # GB2312 level 1
            for trail in range(0xA1, 0xFF):
                with contextlib.suppress(UnicodeDecodeError):
                    chars.add(bytes((lead, trail)).decode("gb2312"))
    if codec in (None, "big5"):
        trails = [*range(0x40, 0x7F), *range(0xA1, 0xFF)]
        for lead in range(0xA4, 0xC7):  # Big5 frequently used characters
            for trail in trails:
                with contextlib.suppress(UnicodeDecodeError):
                    chars.add(bytes((lead, trail)).decode("big5"))
    return frozenset(c for c in chars if "\u4e00" <= c <= "\u9fff")


def _punctuation(ch: str) -> bool:
    code = ord(ch)
    return 0x3000 <= code <= 0x303F or 0xFF00 <= code <= 0xFFEF or 0x2000 <= code <= 0x206F


def _letter(ch: str) -> bool:
    """Common European letters (Latin-1 letters with diacritics, basic Greek, Russian).

    Without them a Russian or French line in UTF-8 would lose to any reading that yields
    common CJK. Rarer letters are left out: GBK bytes misread as UTF-8 fall there (一 is
    ``D2 BB``, which is also UTF-8 for the Bashkir letter һ).
    """
    code = ord(ch)
    return (
        0xC0 <= code <= 0xFF
        or 0x391 <= code <= 0x3C9
        or 0x410 <= code <= 0x44F
        or code in (0x401, 0x451)
    )


def plausibility(text: str, codec: str | None = None) -> float:
    """Share of the significant characters that real Chinese text is made of (1.0 if none).

    Significant: non-ASCII characters and control characters (a binary misreading is full of
    them). Good: common ideographs, CJK/fullwidth/general punctuation, and European letters.
    ASCII text is neutral, being the same in every codec tried. ``codec`` is the codec that
    produced ``text`` (see :func:`common_characters`).
    """
    common = common_characters(codec)
    significant = good = 0
    for ch in text:
        if ch < "\x80":
            if ch >= " " or ch in _NEUTRAL:
                continue
            significant += 1
            continue
        significant += 1
        if ch in common or _punctuation(ch) or _letter(ch):
            good += 1
    return good / significant if significant else 1.0
