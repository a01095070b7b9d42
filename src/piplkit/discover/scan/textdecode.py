"""Decode a text file whose encoding changes inside it: line by line, never silently garbled.

Exports get concatenated: a UTF-8 CSV gains a line typed on a GBK machine, a log gets a part
written in UTF-16 by a Windows tool. :class:`MixedDecoder` decodes such bytes in blocks:

* the fast path: a block that decodes in the file's main codec is taken whole (one C call);
* otherwise each line is decoded by the first codec that decodes it cleanly, the main codec
  first, then the fallbacks (GB18030 before Big5: the Chinese encodings where the bytes allow
  them); where several decode it, a reading clearly more plausible as Chinese text
  (:func:`cjk.plausibility`) wins over the order;
* a part in UTF-16 (byte-order mark, or zero bytes in the pattern of UTF-16) is decoded as
  UTF-16 from its first line to the line after which the pattern stops;
* bytes valid in no codec tried become U+FFFD.

What was done is counted per codec (:attr:`MixedDecoder.lines`, :attr:`replaced`) and said by
:meth:`MixedDecoder.warnings`. Limits: a UTF-16 part without a byte-order mark is recognised by
the zero bytes of its ASCII characters (digits, delimiters, the line break) within its first
line; a line valid in both GB18030 and Big5 whose characters are equally plausible in both is
read in the preferred codec.
"""

from __future__ import annotations

import codecs
from collections import Counter
from collections.abc import Sequence
from typing import Literal

from piplkit.discover.scan.cjk import plausibility

#: Single-byte-compatible codecs tried for a line, in order of preference after the main one.
NARROW = ("utf-8", "gb18030", "big5")
_WIDE = {"le": "utf-16-le", "be": "utf-16-be"}
_NEWLINE_UNIT = {"le": b"\n\x00", "be": b"\x00\n"}
#: A reading must be this much more plausible than the preferred one to replace it.
MARGIN = 0.3
#: Plausibility a UTF-16 reading needs where no zero byte vouches for it.
WIDE_PLAUSIBLE = 0.6
#: Bytes looked at to decide where a UTF-16 part starts or stops.
PROBE = 256
#: Bytes of 8-bit text kept back until more arrive (the reach of :meth:`_extend_back`).
HOLD_BACK = 4096
#: A line longer than this is decoded in pieces (a character cut in two becomes U+FFFD).
MAX_LINE_BYTES = 1024 * 1024
#: ``bytes.translate`` deletion tables: what is left are the bytes worth a closer look.
_UTF8_SUSPECT = bytes(b for b in range(256) if not 0xC2 <= b <= 0xDF)
_CHINESE_SUSPECT = bytes(b for b in range(256) if not 0x80 <= b <= 0xA0)
_LABELS = {"utf-8": "UTF-8", "gb18030": "GB18030", "big5": "Big5", "gbk": "GBK"}


def label(codec: str) -> str:
    """A codec name as people write it (``UTF-8``, ``GB18030``, ``UTF-16LE``)."""
    name = codecs.lookup(codec).name
    return _LABELS.get(name, name.upper().replace("UTF-16-", "UTF-16").replace("UTF-32-", "UTF-32"))


def split_lines(data: bytes) -> list[bytes]:
    """Lines of ``data`` with their ``\\n`` kept (the last one may have none)."""
    parts = data.split(b"\n")
    lines = [p + b"\n" for p in parts[:-1]]
    if parts[-1]:
        lines.append(parts[-1])
    return lines


class MixedDecoder:
    """Incremental decoder for one file; feed blocks in order, ``final`` on the last."""

    def __init__(
        self, main: str, fallbacks: Sequence[str] = NARROW, *, careful: bool = False
    ) -> None:
        """``careful``: the file is known to mix UTF-8 lines into GB18030/Big5 text (its head
        did), so every line that is valid UTF-8 is looked at, not only the suspect ones."""
        self._careful = careful
        name = codecs.lookup(main).name
        self.main = "utf-8" if name == "utf-8-sig" else name
        self._plain = None
        self._mode = "narrow"
        self._skip_bom = name in ("utf-8-sig", "utf-16")
        if name.startswith("utf-32"):
            self._plain = codecs.getincrementaldecoder(name)("replace")
        if name.startswith("utf-16"):
            self._mode = "be" if name == "utf-16-be" else "le"
            narrow = next((c for c in fallbacks if c in NARROW), "utf-8")
        else:
            narrow = self.main if self._plain is None else "utf-8"
        self._wide_main = self.main.startswith("utf-16")
        self.narrow = narrow
        self.order = (narrow, *(c for c in fallbacks if c != narrow and c in NARROW))
        #: Lines decoded by a codec other than the main one, by codec.
        self.lines: Counter[str] = Counter()
        #: Lines that held bytes valid in no codec tried (replaced by U+FFFD).
        self.replaced = 0
        #: When set, the bytes of the narrow (non-UTF-16) parts are kept here (for sniffing).
        self.narrow_bytes: list[bytes] | None = None
        self._carry = b""
        self._started = False
        self._narrow_floor = -1

    # -- public -----------------------------------------------------------------------------

    def decode(self, data: bytes, final: bool = False) -> str:
        buf = self._carry + data
        self._carry = b""
        pos = 0
        if not self._started:
            if len(buf) < 3 and not final:
                self._carry = buf
                return ""
            pos = self._start(buf)
        if self._plain is not None:
            return str(self._plain.decode(buf[pos:], final))
        out: list[str] = []
        while True:
            step = (
                self._narrow(buf, pos, final, out)
                if self._mode == "narrow"
                else self._wide(buf, pos, final, out)
            )
            if step is None:
                break
            pos = step
        self._carry = buf[pos:]
        if final and self._carry:
            out.append(self._narrow_block(self._carry))
            self._carry = b""
        return "".join(out)

    def warnings(self) -> list[str]:
        """What was done, in words, e.g. ``12 line(s) decoded as GB18030 in a UTF-8 file``."""
        return describe(self.main, self.lines, self.replaced, self.order)

    # -- start ------------------------------------------------------------------------------

    def _start(self, buf: bytes) -> int:
        self._started = True
        if not self._skip_bom:
            return 0
        if buf.startswith(codecs.BOM_UTF8):
            return 3
        if self.main == "utf-16":
            if buf.startswith(codecs.BOM_UTF16_BE):
                self._mode = "be"
                return 2
            if buf.startswith(codecs.BOM_UTF16_LE):
                return 2
        return 0

    # -- narrow parts -----------------------------------------------------------------------

    def _narrow(self, buf: bytes, pos: int, final: bool, out: list[str]) -> int | None:
        size = len(buf)
        if pos >= size:
            return None
        if pos == self._narrow_floor:  # a UTF-16 part just ended: this line is 8-bit text
            self._narrow_floor = -1
            return self._narrow_through(buf, pos, buf.find(b"\n", pos), final, out)
        mark = _bom_at_line_start(buf, pos)
        nul = buf.find(b"\x00", pos)
        if mark >= 0 and (nul < 0 or mark < nul):
            # A UTF-16 byte-order mark at a line start (FF and FE are invalid in 8-bit text)
            begin = mark
            mode = "le" if buf[begin] == 0xFF else "be"
            if begin + PROBE > len(buf) and not final:
                return None
            if self._bom_line_reads(buf, begin + 2, mode):
                if begin > pos:
                    self._emit_narrow(buf[pos:begin], out)
                self._mode = mode
                return begin + 2
        if nul < 0:
            # The last lines wait for more bytes: a UTF-16 part may turn out to start in them.
            end = size if final else buf.rfind(b"\n", pos, max(pos, size - HOLD_BACK)) + 1
            if end <= pos:
                if size - pos < MAX_LINE_BYTES:
                    return None
                end = buf.rfind(b"\n", pos) + 1 or size
            self._emit_narrow(buf[pos:end], out)
            return end
        start = self._wide_start(buf, pos, nul, final)
        if start == "wait":
            return None
        if start is None:  # zero bytes that are not UTF-16: decode up to that line's end as is
            return self._narrow_through(buf, pos, buf.find(b"\n", nul), final, out)
        mode, narrow_end, begin = start
        if narrow_end > pos:
            self._emit_narrow(buf[pos:narrow_end], out)
        self._mode = mode
        return begin

    def _narrow_through(
        self, buf: bytes, pos: int, newline: int, final: bool, out: list[str]
    ) -> int | None:
        """Emit ``buf[pos:newline + 1]`` as 8-bit text (to the end when there is no newline)."""
        if newline < 0:
            if not final and len(buf) - pos < MAX_LINE_BYTES:
                return None
            newline = len(buf) - 1
        self._emit_narrow(buf[pos : newline + 1], out)
        return newline + 1

    def _emit_narrow(self, chunk: bytes, out: list[str]) -> None:
        if self.narrow_bytes is not None:
            self.narrow_bytes.append(chunk)
        out.append(self._narrow_block(chunk))

    def _narrow_block(self, chunk: bytes) -> str:
        try:
            text = chunk.decode(self.narrow)
        except UnicodeDecodeError:
            return "".join(self._narrow_line(line) for line in split_lines(chunk))
        if self._wide_main:
            self.lines[self.narrow] += chunk.count(b"\n") + (not chunk.endswith(b"\n"))
        # Lines another codec may have written although this one decodes them: in a UTF-8
        # block, 2-byte sequences (GBK's 一 is D2 BB, valid UTF-8); in a GB18030/Big5 block,
        # bytes 80-A0, which UTF-8 continuation bytes often are and common GB2312 and Big5
        # characters never are. Both are found at C speed; only such lines are looked at.
        tell = _UTF8_SUSPECT if self.narrow == "utf-8" else _CHINESE_SUSPECT
        if self._careful and self.narrow != "utf-8":
            return "".join(
                self._narrow_line(line) if _utf8_text(line) else line.decode(self.narrow)
                for line in split_lines(chunk)
            )
        if not chunk.translate(None, tell):
            return text
        return "".join(
            self._narrow_line(line) if line.translate(None, tell) else line.decode(self.narrow)
            for line in split_lines(chunk)
        )

    def _narrow_line(self, line: bytes) -> str:
        readings: list[tuple[str, str]] = []
        for codec in self.order:
            try:
                readings.append((codec, line.decode(codec)))
            except UnicodeDecodeError:
                continue
        if not readings:
            self.replaced += 1
            return line.decode(self.narrow, "replace")
        codec, text = readings[0]
        if len(readings) > 1:
            score = plausibility(text, codec)
            for other, other_text in readings[1:]:
                other_score = plausibility(other_text, other)
                if other_score > score + MARGIN:
                    codec, text, score = other, other_text, other_score
        if codec != self.main and (self._wide_main or not line.isascii()):
            self.lines[codec] += 1
        return text

    # -- UTF-16 parts -----------------------------------------------------------------------

    def _wide_start(
        self, buf: bytes, pos: int, nul: int, final: bool
    ) -> tuple[str, int, int] | Literal["wait"] | None:
        """Where a UTF-16 part begins in the line holding ``nul``, or None, or "wait".

        The answer is ``(mode, end of the 8-bit text, start of the UTF-16 text)``: the two
        differ by a byte-order mark or a stray byte, which belong to neither.
        """
        line_start = max(pos, buf.rfind(b"\n", pos, nul) + 1)
        for at in (line_start, pos):
            if buf.startswith(codecs.BOM_UTF16_LE, at) and not buf.startswith(b"\x00\x00", at + 2):
                return "le", at, at + 2
            if buf.startswith(codecs.BOM_UTF16_BE, at):
                return "be", at, at + 2
        # The zeros of this line decide (a later UTF-16 part may have the other parity); a
        # character holding a 0A byte (上, 伊) splits the line, so go on to the next break
        # until two zeros are seen.
        window_start = max(line_start, nul - PROBE)
        window_end = nul + 1
        while True:
            line_end = buf.find(b"\n", window_end, nul + PROBE)
            window_end = nul + PROBE if line_end < 0 else line_end + 2
            if line_end < 0 or buf.count(0, window_start, window_end) >= 2:
                break
        if window_end > len(buf) and not final:
            return "wait"
        window = buf[window_start:window_end]
        zeros = [(window_start + i) % 2 for i, byte in enumerate(window) if byte == 0]
        odd = sum(zeros)
        even = len(zeros) - odd
        if max(odd, even) < 2:
            return None
        # ASCII characters put their zero byte at one parity; CJK characters such as 一
        # (U+4E00) put one at the other, and a line of them outnumbers its line break: both
        # parities are tried, the majority wins ties.
        majority = 1 if odd > even else 0
        parities = [majority, 1 - majority]
        # A zero right after an 8-bit line break is the second byte of a UTF-16LE line break
        # whose first byte the line split took (a block boundary): dropping it loses nothing.
        stray = buf[line_start] == 0 and line_start > 0 and buf[line_start - 1] == 0x0A
        candidates = []
        for zero_parity in parities:
            # LE: ASCII high bytes (the zeros) at odd offsets from the start; BE: at even ones.
            for mode, offset in (("le", 1), ("be", 0)):
                begin = line_start if (line_start + offset) % 2 == zero_parity else line_start + 1
                begin = self._extend_back(buf, pos, begin, mode)
                end = _aligned_find(buf, _NEWLINE_UNIT[mode], begin)
                end = nul + PROBE if end < 0 else min(end + 2, nul + PROBE)
                probe = buf[begin:end]
                text = probe[: len(probe) // 2 * 2].decode(_WIDE[mode], "replace")
                whole = begin <= line_start or stray
                # The more plausible reading wins; then the one that explains more bytes (a
                # character with a 0A byte split the line), then one that drops no byte.
                candidates.append(
                    (plausibility(text), zero_parity == majority, -begin, whole, mode == "le", mode)
                )
        score, _, neg_begin, _, _, mode = max(candidates)
        mixed = min(odd, even) * 3 > max(odd, even)  # zeros at both parities: suspicious
        if score < (WIDE_PLAUSIBLE if mixed else 0.5):
            return None  # zeros, but no reading as UTF-16 makes sense: binary
        begin = -neg_begin
        return mode, (line_start if stray and begin == line_start + 1 else begin), begin

    def _extend_back(self, buf: bytes, pos: int, begin: int, mode: str) -> int:
        """Move the start of a UTF-16 part back over earlier lines that read as UTF-16.

        A UTF-16 character can hold the byte ``0A`` (上 is ``0A 4E``), which the line split
        took for a line break; the part may have begun a line or more before.
        """
        best = begin
        search_to = best
        while search_to > pos:
            newline = buf.rfind(b"\n", max(pos, best - HOLD_BACK), search_to - 1)
            start = pos if newline < 0 else newline + 1
            search_to = start
            if (best - start) % 2:
                continue
            try:
                text = buf[start:best].decode(_WIDE[mode])
            except UnicodeDecodeError:
                break
            if plausibility(text) < WIDE_PLAUSIBLE:
                break
            best = start
            if newline < 0:
                break
        return best

    def _wide(self, buf: bytes, pos: int, final: bool, out: list[str]) -> int | None:
        size = len(buf)
        if pos >= size:
            return None
        verdict = self._still_wide(buf, pos, final)
        if verdict is None:
            return None
        if not verdict:
            self._mode = "narrow"
            self._narrow_floor = pos
            return pos
        unit = _NEWLINE_UNIT[self._mode]
        end = _aligned_find(buf, unit, pos)
        if end < 0:
            if not final and size - pos < MAX_LINE_BYTES:
                return None
            end = size - (size - pos) % 2
            if end == pos:  # one odd byte left at the end of the file
                self.replaced += 1
                out.append("\ufffd")
                return size
        else:
            end += 2
        codec = _WIDE[self._mode]
        piece = buf[pos:end]
        try:
            text = piece.decode(codec)
        except UnicodeDecodeError:
            text = piece.decode(codec, "replace")
            self.replaced += 1
        if codec != self.main and self.main != "utf-16":
            self.lines[codec] += 1
        out.append(text.removeprefix("\ufeff"))  # the mark of a part that follows another
        return end

    def _bom_line_reads(self, buf: bytes, begin: int, mode: str) -> bool:
        """Whether what follows a byte-order mark reads as UTF-16 (else it is junk bytes)."""
        end = _aligned_find(buf, _NEWLINE_UNIT[mode], begin)
        end = begin + PROBE if end < 0 else min(end + 2, begin + PROBE)
        probe = buf[begin:end]
        return plausibility(probe[: len(probe) // 2 * 2].decode(_WIDE[mode], "replace")) >= 0.5

    def _reads_narrow(self, before: bytes) -> bool:
        """Whether the bytes before the next zero are clearly 8-bit text, not UTF-16.

        An 8-bit line can end at an even offset and be followed by a UTF-16 part whose first
        character has a zero byte (一 is ``00 4E``): its ``0A 00`` then looks like a UTF-16
        line break. The two readings of the bytes before it tell which it is.
        """
        lines = before[: before.rfind(b"\n") + 1] or before
        wide = lines[: len(lines) // 2 * 2].decode(_WIDE[self._mode], "replace")
        return _narrow_score(self, lines) > plausibility(wide) + MARGIN

    def _still_wide(self, buf: bytes, pos: int, final: bool) -> bool | None:
        """Whether the UTF-16 part goes on at ``pos`` (a line start); None: need more bytes."""
        window = buf[pos : pos + PROBE]
        if len(window) < PROBE and not final and b"\x00" not in window:
            return None
        nul = window.find(b"\x00")
        before = window if nul < 0 else window[:nul]
        low_parity = 0 if self._mode == "le" else 1
        index = before.find(b"\n")
        while index >= 0:  # a line break no UTF-16 code unit can hold: 8-bit text is back
            if index % 2 != low_parity:
                return False
            index = before.find(b"\n", index + 1)
        if nul >= 0 and len(before) >= 4 and self._reads_narrow(before):
            return False
        if nul >= 0:
            return True
        even = window[: len(window) // 2 * 2]
        try:
            return plausibility(even.decode(_WIDE[self._mode])) >= WIDE_PLAUSIBLE
        except UnicodeDecodeError:
            return False


def describe(main: str, lines: Counter[str], replaced: int, tried: Sequence[str]) -> list[str]:
    out = [
        f"{n:,} line(s) decoded as {label(codec)} in a {label(main)} file"
        for codec, n in sorted(lines.items())
    ]
    if replaced:
        out.append(
            f"{replaced:,} line(s) held bytes valid in no encoding tried "
            f"({', '.join(label(c) for c in tried)}); those bytes were replaced by U+FFFD"
        )
    return out


def _utf8_text(line: bytes) -> bool:
    """Valid UTF-8 with non-ASCII characters in it."""
    if line.isascii():
        return False
    try:
        line.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _bom_at_line_start(buf: bytes, pos: int) -> int:
    """Offset of a UTF-16 byte-order mark at a line start at or after ``pos``, or -1."""
    if pos == 0 and buf.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return 0
    found = [buf.find(b"\n" + bom, max(0, pos - 1)) for bom in (b"\xff\xfe", b"\xfe\xff")]
    hits = [f + 1 for f in found if f >= 0]
    return min(hits) if hits else -1


def _narrow_score(decoder: MixedDecoder, data: bytes) -> float:
    best = 0.0
    for codec in decoder.order:
        try:
            best = max(best, plausibility(data.decode(codec), codec))
        except UnicodeDecodeError:
            continue
    return best


def _aligned_find(buf: bytes, unit: bytes, start: int) -> int:
    """Index of ``unit`` at an even offset from ``start``, or -1."""
    index = buf.find(unit, start)
    while index >= 0 and (index - start) % 2:
        index = buf.find(unit, index + 1)
    return index


def decode_all(data: bytes, main: str, fallbacks: Sequence[str] = NARROW) -> tuple[str, list[str]]:
    """``data`` decoded whole, with the warnings saying what was done."""
    decoder = MixedDecoder(main, fallbacks)
    return decoder.decode(data, final=True), decoder.warnings()
