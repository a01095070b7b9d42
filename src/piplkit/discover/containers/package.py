"""An Open Packaging Conventions file (XLSX, DOCX): guarded zip, parts, relationships.

Parts are found the way Office finds them, through ``_rels/*.rels`` relationships, not by
hard-coded names, so files written by other tools (``/xl/Workbook.xml``, strict OOXML
namespaces, prefixed elements) read the same.
"""

from __future__ import annotations

import posixpath
import zipfile
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import IO

from piplkit.discover.containers.xmlstream import attr, local, new_parser, parse_whole
from piplkit.discover.containers.zipguard import ContainerError, ZipLimits, open_zip


@dataclass(frozen=True, slots=True)
class Relationship:
    id: str
    #: Last segment of the relationship type URI (``worksheet``, ``sharedStrings`` …).
    kind: str
    #: Part name inside the archive (no leading slash).
    target: str


class Package:
    """A zip-based office file opened through the guard; use as a context manager."""

    def __init__(self, path: Path | str, limits: ZipLimits | None = None) -> None:
        self.path = Path(path)
        self.name = self.path.name
        self.archive = open_zip(self.path, limits)
        names = self.archive.namelist()
        self._names = set(names)
        self._folded = {n.lower(): n for n in names}

    def __enter__(self) -> Package:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def close(self) -> None:
        self.archive.close()

    def member(self, part: str) -> str | None:
        """The archive member for ``part`` (case-insensitive, as Office reads), or None."""
        part = part.lstrip("/")
        if part in self._names:
            return part
        return self._folded.get(part.lower())

    def open(self, part: str) -> IO[bytes]:
        member = self.member(part)
        if member is None:
            raise ContainerError(self.name, f"part {part} is missing")
        try:
            return self.archive.open(member)
        except (zipfile.BadZipFile, NotImplementedError, RuntimeError) as exc:
            raise ContainerError(
                self.name, f"part {part} cannot be read ({type(exc).__name__})"
            ) from None

    def relationships(self, source: str) -> list[Relationship]:
        """Relationships of part ``source`` (``""`` for the package itself)."""
        folder, base = posixpath.split(source.lstrip("/"))
        rels_part = posixpath.join(folder, "_rels", f"{base}.rels")
        if self.member(rels_part) is None:
            return []
        found: list[Relationship] = []

        def start(name: str, attrs: dict[str, str]) -> None:
            if local(name) != "Relationship" or attr(attrs, "TargetMode") == "External":
                return
            target = attr(attrs, "Target") or ""
            kind = (attr(attrs, "Type") or "").rstrip("/").rpartition("/")[2]
            if target.startswith("/"):
                resolved = target.lstrip("/")
            else:
                resolved = posixpath.normpath(posixpath.join(folder, target))
            found.append(Relationship(attr(attrs, "Id") or "", kind, resolved))

        parser = new_parser()
        parser.StartElementHandler = start
        with self.open(rels_part) as stream:
            parse_whole(parser, stream, self.name, rels_part)
        return found

    def main_part(self, default: str) -> str:
        """The package's main document (``officeDocument`` relationship), else ``default``."""
        for rel in self.relationships(""):
            if rel.kind == "officeDocument" and self.member(rel.target):
                return rel.target
        if self.member(default) is None:
            raise ContainerError(self.name, f"not an office document of this kind (no {default})")
        return default
