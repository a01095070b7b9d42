"""Guess the text encoding of a file from its first bytes, without reading the rest.

Order, Chinese encodings first where the bytes allow them:

1. a byte-order mark (UTF-8, UTF-16, UTF-32);
2. UTF-32 or UTF-16 by the pattern of zero bytes over the whole head;
3. line by line: the main codec is the one most lines need (UTF-8, else GB18030 or Big5,
   told apart by how plausible each reading is as Chinese text, :mod:`cjk`; a line valid in
   both UTF-8 and GB18030, such as ``D2 BB``, goes to the more plausible reading), and the
   codec of the other lines becomes the first fallback of :class:`textdecode.MixedDecoder`;
4. charset-normalizer's guess for anything else (Latin-1 and friends).

A UTF-16 part inside the head is decoded, not a reason to refuse the file; zero bytes that are
not UTF-16 (an image, an archive) are refused as binary.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass
from pathlib import Path

from charset_normalizer import from_bytes

from piplkit.discover.scan.cjk import plausibility
from piplkit.discover.scan.textdecode import MARGIN, NARROW, MixedDecoder, split_lines

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
#: GB18030 is chosen over Big5 unless Big5's reading is this much more plausible.
_BIG5_HANDICAP = 0.1
#: Share of control characters (after decoding) above which a head with zero bytes is binary.
_BINARY_CONTROLS = 0.01
#: Lines of the head looked at one by one.
_MAX_LINES = 5000

#: Encodings in which b"\n" only ever means a line break, so lines can be counted on bytes.
NEWLINE_SAFE = frozenset({"utf-8", "utf-8-sig", "gb18030", "ascii", "big5", "latin-1", "cp1252"})


class EncodingError(ValueError):
    """The bytes are binary or in no encoding we can read."""


@dataclass(frozen=True, slots=True)
class Sniff:
    """The main codec of a file and the codecs to try, in order, for lines it cannot decode."""

    codec: str
    fallbacks: tuple[str, ...] = NARROW
    #: The head holds a UTF-16 part (line counts on bytes are then estimates).
    wide_parts: bool = False
    #: GB18030/Big5 text whose head also holds UTF-8 lines: every UTF-8-valid line is checked.
    careful: bool = False

    def decoder(self) -> MixedDecoder:
        return MixedDecoder(self.codec, self.fallbacks, careful=self.careful)


def sniff_bytes(head: bytes, *, at_eof: bool) -> str:
    """Name the main codec for ``head`` (the first bytes of a file; ``at_eof`` when that is all)."""
    return sniff_profile(head, at_eof=at_eof).codec


def sniff_profile(head: bytes, *, at_eof: bool) -> Sniff:
    """The main codec and the fallback order for ``head``; raises :class:`EncodingError`."""
    for bom, name in _BOMS:
        if head.startswith(bom):
            return Sniff(name)
    if b"\x00" not in head:
        return _narrow(head, at_eof=at_eof)
    whole = _whole_wide(head, at_eof=at_eof)
    if whole is not None:
        return Sniff(whole)
    probe = MixedDecoder("utf-8")
    probe.narrow_bytes = []
    text = probe.decode(head, final=True)
    controls = sum(1 for ch in text if ch < " " and ch not in "\t\n\r\f")
    if controls > max(2, len(text) * _BINARY_CONTROLS):
        raise EncodingError("binary content (NUL bytes), not text")
    narrow = b"".join(probe.narrow_bytes)
    found = _narrow(narrow, at_eof=at_eof) if narrow.strip() else Sniff("utf-8")
    return Sniff(found.codec, found.fallbacks, wide_parts=True, careful=found.careful)


def sniff_file(path: Path) -> str:
    return sniff_file_profile(path).codec


def sniff_file_profile(path: Path) -> Sniff:
    with path.open("rb") as fh:
        head = fh.read(SNIFF_BYTES)
        at_eof = not fh.read(1)
    return sniff_profile(head, at_eof=at_eof)


def _whole_wide(head: bytes, *, at_eof: bool) -> str | None:
    """UTF-32/UTF-16 without a BOM, recognised by zero bytes at one position of every unit."""
    for name, width, slots in (
        ("utf-32-le", 4, (1, 2, 3)),
        ("utf-32-be", 4, (0, 1, 2)),
        ("utf-16-le", 2, (1,)),
        ("utf-16-be", 2, (0,)),
    ):
        units = len(head) // width
        if units < 2:
            continue
        zeros = [head[slot::width][:units].count(0) for slot in range(width)]
        ascii_like = min(zeros[s] for s in slots)
        elsewhere = sum(z for i, z in enumerate(zeros) if i not in slots)
        # A UTF-16 line break's 0A sits at the low byte; one at a high byte is 8-bit text.
        if width == 2 and b"\n" in head[slots[0] :: 2]:
            continue
        if ascii_like >= units * 0.3 and elsewhere <= units * 0.02:
            usable = head if at_eof else head[: units * width]
            if _decodes(usable, name, at_eof=at_eof) and plausibility(usable.decode(name)) >= 0.8:
                return name
    return None


def _narrow(head: bytes, *, at_eof: bool) -> Sniff:
    """Main codec and fallbacks of text without UTF-16 parts, judged line by line."""
    lines = split_lines(head)
    cut = not at_eof and not head.endswith(b"\n")
    if cut and len(lines) > 1:
        lines = lines[:-1]  # the last line may be cut inside a character
    final = not cut or len(split_lines(head)) > 1
    utf8: list[bytes] = []
    other: list[bytes] = []
    junk = undecided = 0
    for line in lines[:_MAX_LINES]:
        if line.isascii():
            continue
        is_utf8 = _decodes(line, "utf-8", at_eof=final)
        chinese = _decodes(line, "gb18030", at_eof=final) or _decodes(line, "big5", at_eof=final)
        if is_utf8 and chinese and _two_byte_utf8(line):
            # GBK text can be valid UTF-8 made of 2-byte sequences (一 is D2 BB, UTF-8 for һ);
            # a line whose readings are equally (im)plausible casts no vote either way
            lean = _lean(line)
            if lean is None:
                undecided += 1
            else:
                (other if lean == "chinese" else utf8).append(line)
        elif is_utf8:
            utf8.append(line)
        elif chinese:
            other.append(line)
        else:
            junk += 1
    chinese_codec = _chinese_codec(other)
    if not other:
        return Sniff("utf-8") if utf8 or undecided or not junk else Sniff(_foreign(head))
    if utf8 and (len(utf8) >= len(other) or chinese_codec is None):
        # Mostly UTF-8: the other lines are decoded line by line with the best fallback.
        return Sniff("utf-8", _fallbacks("utf-8", chinese_codec))
    if chinese_codec is not None:
        return Sniff(
            chinese_codec,
            _fallbacks(chinese_codec, "utf-8" if utf8 else None),
            careful=bool(utf8),
        )
    return Sniff(_foreign(head))


def _chinese_codec(lines: list[bytes]) -> str | None:
    """GB18030 or Big5 for these lines, by plausibility of each reading; None if neither fits.

    A codec that decodes every line beats one that does not; between two that do (GB18030
    decodes most Big5 bytes too, into rare characters) the more plausible reading wins, GB18030
    within ``_BIG5_HANDICAP`` (mainland data is the common case).
    """
    best: tuple[bool, float, str] | None = None
    for codec in ("gb18030", "big5"):
        decoded = [line for line in lines if _decodes(line, codec, at_eof=True)]
        if not decoded or len(decoded) * 2 < len(lines):
            continue
        score = plausibility(b"".join(decoded).decode(codec), codec)
        score -= _BIG5_HANDICAP if codec == "big5" else 0.0
        key = (len(decoded) == len(lines), score, codec)
        if best is None or key[:2] > best[:2]:
            best = key
    return best[2] if best else None


def _two_byte_utf8(line: bytes) -> bool:
    """Valid UTF-8 whose non-ASCII characters all take two bytes (no CJK in UTF-8)."""
    return all(ord(ch) <= 0x7FF for ch in line.decode("utf-8", "ignore"))


def _lean(line: bytes) -> str | None:
    """``chinese`` when a GB18030 or Big5 reading is clearly more plausible than the UTF-8 one,
    ``utf-8`` when it is not and the UTF-8 reading is plausible on its own or beats them, None
    when neither reading is plausible (rare ideographs against rare letters: ``D8 A1`` is 亍
    in GB18030 and the Arabic hamza in UTF-8), so the file's other lines decide."""
    as_utf8 = plausibility(line.decode("utf-8", "ignore"))
    readings = [
        plausibility(line.decode(codec, "ignore"), codec) for codec in ("gb18030", "big5")
    ]
    if any(score > as_utf8 + MARGIN for score in readings):
        return "chinese"
    if as_utf8 > max(readings) + MARGIN or as_utf8 >= 0.5:
        return "utf-8"
    return None


def _fallbacks(main: str, first: str | None) -> tuple[str, ...]:
    order = [first] if first and first != main else []
    order += [c for c in NARROW if c != main and c not in order]
    return tuple(order)


def _foreign(head: bytes) -> str:
    best = from_bytes(head).best()
    guess = best.encoding.lower().replace("-", "_") if best is not None else None
    if guess is None or guess in _GB_FAMILY:
        raise EncodingError("bytes are not valid UTF-8, GB18030 or Big5 and no encoding fits")
    return codecs.lookup(guess).name


def _decodes(head: bytes, codec: str, *, at_eof: bool) -> bool:
    """Strict decode; a multi-byte character cut at the end of a partial head is allowed."""
    decoder = codecs.getincrementaldecoder(codec)("strict")
    try:
        decoder.decode(head, final=at_eof)
    except UnicodeDecodeError:
        return False
    return True
