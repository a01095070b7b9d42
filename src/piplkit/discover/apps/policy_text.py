"""Read a privacy policy (HTML, text, PDF, DOCX) into lines with their section headings.

The policy checks look for wording and report *where* it was found, so the reader keeps one
line per block (paragraph, list item, table row with its cells joined by " | ") and marks
headings (HTML ``h1``–``h6``, DOCX heading styles, numbered short lines such as "三、我们如何共享"
in any format). Input is bounded: files over 20 MB and text over 2 million characters are
refused with a one-line error rather than read without end.

(``track/`` has richer document readers for newsletters; the design keeps ``apps/`` from
importing it, and a policy needs only blocks and headings.)
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from piplkit.discover.apps.errors import PolicyError

MAX_BYTES = 20 * 1024 * 1024
MAX_CHARS = 2_000_000
MAX_PDF_PAGES = 500
_HEADING_TAGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
_BLOCK_TAGS = _HEADING_TAGS | {
    "p", "li", "dt", "dd", "blockquote", "pre", "div", "section", "article", "caption",
    "figcaption", "header", "footer", "main", "table", "ul", "ol", "dl", "body",
}
_SKIP_TAGS = {"script", "style", "noscript", "template", "svg", "head", "iframe", "button"}
#: "一、", "（三）", "3.", "3.1", "第二条", "Article 4", "Section 2" opening a short line
_NUMBERED = re.compile(
    r"^\s*(?:[一二三四五六七八九十百]+、|[（(][一二三四五六七八九十]+[)）]|第[一二三四五六七八九十百\d]+[条章节部分]"
    r"|\d{1,2}(?:\.\d{1,2})*[.、)\s]|(?:article|section|part)\s+\d+)",
    re.IGNORECASE,
)


@dataclass
class PolicyText:
    """The policy as lines; ``headings[i]`` is True where line i is a heading."""

    name: str
    fmt: str
    lines: list[str] = field(default_factory=list)
    headings: list[bool] = field(default_factory=list)

    def add(self, text: str, heading: bool = False) -> None:
        text = " ".join(text.split())
        if text:
            self.lines.append(text)
            self.headings.append(heading or _looks_like_heading(text))

    def section_of(self, index: int) -> str:
        """The nearest heading at or above line ``index`` ("" when none)."""
        for i in range(index, -1, -1):
            if self.headings[i]:
                return self.lines[i]
        return ""

    @property
    def chars(self) -> int:
        return sum(len(line) for line in self.lines)


def _looks_like_heading(text: str) -> bool:
    return len(text) <= 40 and bool(_NUMBERED.match(text)) and not text.endswith(("。", "；", ";"))


def _decode(data: bytes, name: str) -> str:
    boms = ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"))
    for bom, codec in boms:
        if data.startswith(bom):
            return data.decode(codec, errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("gb18030")
    except UnicodeDecodeError:
        raise PolicyError(f"{name}: not readable as UTF-8 or GB18030 text") from None


def _html(text: str, out: PolicyText) -> None:
    from selectolax.lexbor import LexborHTMLParser

    tree = LexborHTMLParser(text)
    root = tree.body or tree.root
    if root is None:
        return
    buffer: list[str] = []

    def flush(heading: bool = False) -> None:
        if buffer:
            out.add("".join(buffer), heading)
            buffer.clear()

    def walk(node: Any, depth: int) -> None:
        if depth > 200:
            return
        tag = node.tag
        if tag == "-text":
            buffer.append(node.text_content or "")
            return
        if tag in _SKIP_TAGS:
            return
        if tag == "br":
            flush()
            return
        if tag == "tr":
            flush()
            cells = [" ".join((c.text(separator=" ") or "").split()) for c in node.iter()
                     if c.tag in ("td", "th")]
            out.add(" | ".join(c for c in cells if c))
            return
        block = tag in _BLOCK_TAGS
        if block:
            flush()
        for child in node.iter(include_text=True):
            walk(child, depth + 1)
        if block:
            flush(tag in _HEADING_TAGS)

    walk(root, 0)
    flush()


def _pdf(data: bytes, name: str, out: PolicyText) -> None:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            raise PolicyError(f"{name}: the PDF is encrypted")
        pages = reader.pages
        if len(pages) > MAX_PDF_PAGES:
            raise PolicyError(f"{name}: {len(pages)} pages, over the limit of {MAX_PDF_PAGES}")
        for page in pages:
            for line in (page.extract_text() or "").splitlines():
                out.add(line)
                if out.chars > MAX_CHARS:
                    raise PolicyError(f"{name}: more than {MAX_CHARS:,} characters of text")
    except PolicyError:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError) as exc:
        raise PolicyError(f"{name}: not a readable PDF ({type(exc).__name__})") from None


def _docx(data: bytes, name: str, out: PolicyText) -> None:
    import zipfile

    from docx import Document

    try:
        doc = Document(io.BytesIO(data))
    except (zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise PolicyError(f"{name}: not a readable DOCX file ({type(exc).__name__})") from None
    body = doc.element.body
    for child in body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            style = child.xpath("./w:pPr/w:pStyle/@w:val")
            heading = bool(style) and str(style[0]).lower().startswith(("heading", "title"))
            out.add("".join(child.xpath(".//w:t/text()")), heading)
        elif tag == "tbl":
            for row in child.xpath("./w:tr"):
                cells = ["".join(c.xpath(".//w:t/text()")) for c in row.xpath("./w:tc")]
                out.add(" | ".join(c for c in cells if c.strip()))


def read_policy(path: Path) -> PolicyText:
    """Read ``path`` by its suffix (.html/.htm, .txt/.md, .pdf, .docx)."""
    name = path.name
    suffix = path.suffix.lower()
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise PolicyError(f"{name}: {size:,} bytes, over the {MAX_BYTES:,}-byte limit")
        data = path.read_bytes()
    except FileNotFoundError:
        raise PolicyError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise PolicyError(f"{path}: is a directory") from None
    except OSError as exc:
        raise PolicyError(f"{path}: cannot read ({exc.strerror or exc})") from None
    if suffix in (".html", ".htm", ".xhtml"):
        out = PolicyText(name, "html")
        _html(_decode(data, name)[:MAX_CHARS], out)
    elif suffix in (".txt", ".md", ".text", ""):
        out = PolicyText(name, "text")
        for line in _decode(data, name)[:MAX_CHARS].splitlines():
            out.add(line)
    elif suffix == ".pdf":
        out = PolicyText(name, "pdf")
        _pdf(data, name, out)
    elif suffix == ".docx":
        out = PolicyText(name, "docx")
        _docx(data, name, out)
    else:
        raise PolicyError(f"{name}: unsupported policy format {suffix!r}; "
                          "use .html, .txt, .pdf or .docx")
    if not out.lines:
        raise PolicyError(f"{name}: no text found (a scanned PDF needs OCR first)")
    return out
