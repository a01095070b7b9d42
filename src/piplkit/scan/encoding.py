"""Guess the text encoding of a file from its first bytes, without reading the rest.

Order: byte-order mark, UTF-8 (with charset-normalizer arbitrating the rare bytes that are valid
in both UTF-8 and GB18030), GB18030 (superset of GB2312 and GBK, so rare characters later in the
file decode too; Big5 text that happens to be valid GB18030 is misread, a documented limit),
then charset-normalizer's guess for anything else (Latin-1 and friends).
Binary content (NUL bytes without a UTF-16 BOM) is refused.
"""

from __future__ import annotations

import codecs
from pathlib import Path

from charset_normalizer import from_bytes

#: Bytes read to guess an encoding; enough for charset-normalizer, small enough to be instant.
SNIFF_BYTES = 256 * 1024

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_GB_FAMILY = {"gb2312", "gbk", "gb18030", "hz", "cp936", "euc_cn"}

#: Encodings in which b"\n" only ever means a line break, so lines can be counted on bytes.
NEWLINE_SAFE = frozenset({"utf-8", "utf-8-sig", "gb18030", "ascii", "big5", "latin-1", "cp1252"})


class EncodingError(ValueError):
    """The bytes are binary or in no encoding we can read."""


def sniff_bytes(head: bytes, *, at_eof: bool) -> str:
    """Name the codec for ``head`` (the first bytes of a file; ``at_eof`` when that is all)."""
    for bom, name in _BOMS:
        if head.startswith(bom):
            return name
    if b"\x00" in head:
        raise EncodingError("binary content (NUL bytes), not text")
    if _is_utf8(head, at_eof=at_eof):
        return _utf8_or_gb(head, at_eof=at_eof)
    if _mostly_utf8(head):
        if not _decodes(head, "gb18030", at_eof=at_eof):
            return "utf-8"  # a few stray bytes: decoded as U+FFFD and reported by the reader
        best = from_bytes(head, cp_isolation=["utf_8", "gb18030"]).best()
        return "gb18030" if best is None or best.encoding == "gb18030" else "utf-8"
    if _decodes(head, "gb18030", at_eof=at_eof):
        return "gb18030"  # the national standard is the prior for non-UTF-8 Chinese data
    best = from_bytes(head).best()
    guess = best.encoding.lower().replace("-", "_") if best is not None else None
    if guess is None or guess in _GB_FAMILY:
        raise EncodingError("bytes are not valid UTF-8 or GB18030 and no encoding fits")
    return codecs.lookup(guess).name


def sniff_file(path: Path) -> str:
    with path.open("rb") as fh:
        head = fh.read(SNIFF_BYTES)
        at_eof = not fh.read(1)
    return sniff_bytes(head, at_eof=at_eof)


def _is_utf8(head: bytes, *, at_eof: bool) -> bool:
    return _decodes(head, "utf-8", at_eof=at_eof)


def _utf8_or_gb(head: bytes, *, at_eof: bool) -> str:
    """Valid UTF-8 made only of 2-byte sequences may really be GBK/GB18030 (一 is D2 BB in
    both); Chinese UTF-8 uses 3-byte sequences. In that ambiguous case charset-normalizer's
    coherence check between the two decides."""
    text = head.decode("utf-8", errors="ignore")
    if not any(ord(ch) > 0x7F for ch in text) or any(ord(ch) > 0x7FF for ch in text):
        return "utf-8"
    if not _decodes(head, "gb18030", at_eof=at_eof):
        return "utf-8"
    best = from_bytes(head, cp_isolation=["utf_8", "gb18030"]).best()
    return "gb18030" if best is not None and best.encoding == "gb18030" else "utf-8"


def _mostly_utf8(head: bytes) -> bool:
    """UTF-8 but for a handful of bad bytes (at most 1 in 1000, and some non-ASCII text)."""
    text = head.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    wide = sum(1 for ch in text if ord(ch) > 0x7F) - bad
    return wide > 0 and bad <= max(3, len(head) // 1000)


def _decodes(head: bytes, codec: str, *, at_eof: bool) -> bool:
    """Strict decode; a multi-byte character cut at the end of a partial head is allowed."""
    decoder = codecs.getincrementaldecoder(codec)("strict")
    try:
        decoder.decode(head, final=at_eof)
    except UnicodeDecodeError:
        return False
    return True
