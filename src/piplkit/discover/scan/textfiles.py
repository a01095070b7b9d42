"""Text files read through :class:`textdecode.MixedDecoder`, and what decoding did, reported.

Readers get blocks or lines of text as from ``open(path, encoding=..., newline="")``, whatever
the mix of encodings in the file; :class:`DecodeNotes` keeps the file's warnings current.
"""

from __future__ import annotations

import io
from collections import Counter
from collections.abc import Iterator, Sequence
from pathlib import Path

from piplkit.discover.scan.textdecode import MixedDecoder, describe


class DecodeNotes:
    """The decoding warnings of one file, kept current in a list shared with its report.

    A file may be decoded more than once (a sample, then every row); each pass reports what it
    saw, and the notes of the latest (largest) pass replace those of the earlier ones.
    """

    def __init__(self, sink: list[str]) -> None:
        self.sink = sink
        self._shown: list[str] = []

    def update(self, main: str, lines: Counter[str], replaced: int, tried: Sequence[str]) -> None:
        for old in self._shown:
            if old in self.sink:
                self.sink.remove(old)
        self._shown = describe(main, lines, replaced, tried)
        self.sink.extend(self._shown)

    def take(self, decoder: MixedDecoder) -> None:
        self.update(decoder.main, decoder.lines, decoder.replaced, decoder.order)


#: Bytes read from a file per decoding step.
BLOCK_BYTES = 1024 * 1024


def decoded_blocks(path: str | Path, decoder: MixedDecoder) -> Iterator[str]:
    """The text of ``path``, a block at a time."""
    with open(path, "rb") as fh:
        while block := fh.read(BLOCK_BYTES):
            text = decoder.decode(block)
            if text:
                yield text
    tail = decoder.decode(b"", final=True)
    if tail:
        yield tail


def decoded_lines(path: str | Path, decoder: MixedDecoder) -> Iterator[str]:
    """Lines of ``path`` with their endings (``\r\n``, ``\r`` or ``\n``), as ``newline=""``."""
    carry = ""
    for block in decoded_blocks(path, decoder):
        lines = io.StringIO(carry + block, newline="").readlines()  # splits in C
        carry = ""
        if lines and not lines[-1].endswith("\n"):  # unfinished, or a "\r" whose "\n" may follow
            carry = lines.pop()
        yield from lines
    if carry:
        yield carry
