"""The text of a DOCX document, streamed in pieces of bounded size.

python-docx builds the whole document tree in memory (a 1 GB ``document.xml`` took several GB)
and reads only the body. This reader streams the body, then the headers, footers, footnotes,
endnotes and comments (PI hides there too), with expat, and hands out text a piece at a time:
paragraphs end with a line break, table cells with a tab and rows with a line break, run tabs
and breaks are kept. Tracked deletions are included (their text is still in the file); the
legacy fallback copy of text boxes is skipped so that nothing is counted twice.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from piplkit.discover.containers.package import Package
from piplkit.discover.containers.xmlstream import feed, local, new_parser
from piplkit.discover.containers.zipguard import ZipLimits

#: Parts, besides the body, whose text is read (relationship kinds of the main document).
SIDE_PARTS = ("header", "footer", "footnotes", "endnotes", "comments")
_TEXT_TAGS = frozenset({"t", "delText"})


def check_docx(path: Path | str, limits: ZipLimits | None = None) -> None:
    """Raise :class:`ContainerError` unless ``path`` is a DOCX the guard lets through."""
    with Package(path, limits) as package:
        package.main_part("word/document.xml")


def docx_pieces(
    path: Path | str, piece_chars: int = 1_000_000, limits: ZipLimits | None = None
) -> Iterator[str]:
    """Text pieces of about ``piece_chars`` characters, cut at paragraph ends where possible."""
    with Package(path, limits) as package:
        main = package.main_part("word/document.xml")
        parts = [main] + [
            rel.target
            for rel in package.relationships(main)
            if rel.kind in SIDE_PARTS and package.member(rel.target)
        ]
        for part in parts:
            collector = _Text(piece_chars)
            parser = new_parser()
            parser.StartElementHandler = collector.start
            parser.EndElementHandler = collector.end
            parser.CharacterDataHandler = collector.add
            with package.open(part) as stream:
                for _ in feed(parser, stream, package.name, part):
                    yield from collector.take()
            yield from collector.take(final=True)


class _Text:
    def __init__(self, piece_chars: int) -> None:
        self.piece_chars = piece_chars
        self.parts: list[str] = []
        self.size = 0
        self.capture = False
        self.in_run = 0
        self.in_cell = 0
        self.fallback = 0
        self.pieces: list[str] = []

    def _put(self, text: str) -> None:
        self.parts.append(text)
        self.size += len(text)

    def start(self, name: str, _attrs: dict[str, str]) -> None:
        tag = local(name)
        if tag == "Fallback":
            self.fallback += 1
        elif self.fallback:
            return
        elif tag in _TEXT_TAGS:
            self.capture = True
        elif tag == "r":
            self.in_run += 1
        elif tag == "tc":
            self.in_cell += 1
        elif self.in_run and tag == "tab":
            self._put("\t")
        elif self.in_run and tag in ("br", "cr"):
            self._put("\n")

    def end(self, name: str) -> None:
        tag = local(name)
        if tag == "Fallback":
            self.fallback -= 1
        elif self.fallback:
            return
        elif tag in _TEXT_TAGS:
            self.capture = False
        elif tag == "r":
            self.in_run -= 1
        elif tag == "p":
            self._put(" " if self.in_cell else "\n")
            if self.size >= self.piece_chars:
                self._flush(cut_near=None)
        elif tag == "tc":
            self.in_cell -= 1
            self._put("\t")
        elif tag == "tr":
            self._put("\n")

    def add(self, data: str) -> None:
        if self.capture and not self.fallback:
            self._put(data)
            while self.size > self.piece_chars:  # one huge paragraph: cut near a space
                self._flush(cut_near=self.piece_chars)

    def _flush(self, cut_near: int | None) -> None:
        """Move buffered text to ``pieces``: all of it, or ``cut_near`` characters at most."""
        text = "".join(self.parts)
        cut = len(text)
        if cut_near is not None:
            space = max(text.rfind(" ", cut_near // 2, cut_near), text.rfind("\n", 0, cut_near))
            cut = space + 1 if space >= cut_near // 2 else cut_near
        self.pieces.append(text[:cut])
        rest = text[cut:]
        self.parts = [rest] if rest else []
        self.size = len(rest)

    def take(self, final: bool = False) -> list[str]:
        if final and self.parts:
            self._flush(cut_near=None)
        pieces = [p for p in self.pieces if p.strip()]
        self.pieces = []
        return pieces
