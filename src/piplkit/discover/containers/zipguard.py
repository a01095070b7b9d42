"""Refuse zip bombs before anything is inflated: one guard for every zip-based reader.

A 1.5 MB workbook can inflate to 1.5 GB (deflate reaches about 1000:1 on repeated bytes), and
the libraries that read office files trust the archive. :func:`open_zip` opens the archive and
checks its central directory (no member is inflated) against :class:`ZipLimits`:

* the sum of the members' inflated sizes (``max_total_bytes``),
* each member's inflation ratio, for members large enough to matter (``max_ratio``; small parts
  such as styles compress 50:1 legitimately and cannot hurt),
* the number of members (``max_members``; each costs a directory entry in memory).

The declared sizes are binding: Python's :mod:`zipfile` never returns more than a member's
declared size and fails the CRC check when the data holds more, so a forged directory cannot
smuggle a bigger member past the guard. Archives nested inside the archive (a workbook embedded
in a DOCX) are counted with their stored size and never opened by any reader.

Limits come from the environment (``PIPLKIT_ZIP_MAX_MB``, ``PIPLKIT_ZIP_MAX_RATIO``,
``PIPLKIT_ZIP_MAX_MEMBERS``) or are passed explicitly.
"""

from __future__ import annotations

import os
import zipfile
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

MIB = 1024 * 1024
_ARCHIVE_SUFFIXES = (".zip", ".xlsx", ".xlsm", ".docx", ".pptx", ".jar", ".gz", ".7z", ".rar")


class ContainerError(ValueError):
    """A zip-based file that cannot be read; ``reason`` says why without naming the file."""

    def __init__(self, name: str, reason: str) -> None:
        super().__init__(f"{name}: {reason}")
        self.name = name
        self.reason = reason


class ZipLimitError(ContainerError):
    """The archive would inflate beyond a limit (a possible zip bomb)."""


@dataclass(frozen=True, slots=True)
class ZipLimits:
    #: Largest sum of the members' inflated sizes.
    max_total_bytes: int = 1024 * MIB
    #: Largest inflated/compressed ratio of one member of ``ratio_floor_bytes`` or more.
    max_ratio: float = 200.0
    ratio_floor_bytes: int = 4 * MIB
    #: Most members in one archive.
    max_members: int = 10_000

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> ZipLimits:
        """Defaults overridden by ``PIPLKIT_ZIP_MAX_MB``/``_MAX_RATIO``/``_MAX_MEMBERS``."""
        env = os.environ if environ is None else environ
        base = cls()
        try:
            return cls(
                max_total_bytes=int(float(env.get("PIPLKIT_ZIP_MAX_MB", 0)) * MIB)
                or base.max_total_bytes,
                max_ratio=float(env.get("PIPLKIT_ZIP_MAX_RATIO", 0)) or base.max_ratio,
                max_members=int(env.get("PIPLKIT_ZIP_MAX_MEMBERS", 0)) or base.max_members,
            )
        except ValueError:
            raise ValueError(
                "PIPLKIT_ZIP_MAX_MB, PIPLKIT_ZIP_MAX_RATIO and PIPLKIT_ZIP_MAX_MEMBERS "
                "must be numbers"
            ) from None


@dataclass(frozen=True, slots=True)
class ZipSummary:
    """What the central directory declares (reported by benchmarks and tests)."""

    members: int
    total_bytes: int
    stored_bytes: int
    worst_ratio: float
    nested_archives: tuple[str, ...]


def size_text(n: float) -> str:
    """Bytes as a short binary figure (``1.5 GiB``, ``4.4 MiB``, ``512 bytes``)."""
    for unit, scale in (("GiB", 1024**3), ("MiB", 1024**2), ("KiB", 1024)):
        if n >= scale:
            return f"{n / scale:.1f} {unit}"
    return f"{int(n)} bytes"


def inspect(archive: zipfile.ZipFile, name: str, limits: ZipLimits) -> ZipSummary:
    """Check the central directory of an open archive; raise :class:`ZipLimitError`."""
    infos = archive.infolist()
    if len(infos) > limits.max_members:
        raise ZipLimitError(
            name, f"archive has {len(infos):,} members, over the limit of {limits.max_members:,}"
        )
    total = stored = 0
    worst = 0.0
    nested: list[str] = []
    for info in infos:
        total += info.file_size
        stored += info.compress_size
        ratio = info.file_size / max(1, info.compress_size)
        if info.file_size >= limits.ratio_floor_bytes:
            worst = max(worst, ratio)
            if ratio > limits.max_ratio:
                raise ZipLimitError(
                    name,
                    f"member {_shown(info.filename)} would inflate {ratio:,.0f}:1 "
                    f"({size_text(info.compress_size)} to {size_text(info.file_size)}), over "
                    f"the {limits.max_ratio:,.0f}:1 limit: refused as a possible zip bomb",
                )
        if total > limits.max_total_bytes:
            raise ZipLimitError(
                name,
                f"archive would inflate to {size_text(_declared_total(infos))}, over the "
                f"{size_text(limits.max_total_bytes)} limit: refused as a possible zip bomb",
            )
        if info.filename.lower().endswith(_ARCHIVE_SUFFIXES):
            nested.append(info.filename)
    return ZipSummary(len(infos), total, stored, worst, tuple(nested))


def open_zip(path: Path | str, limits: ZipLimits | None = None) -> zipfile.ZipFile:
    """Open ``path`` as a zip archive that passed :func:`inspect`; the caller closes it.

    Raises :class:`ContainerError` (not a zip, unreadable) or :class:`ZipLimitError`.
    """
    name = Path(path).name
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, ValueError) as exc:
        raise ContainerError(
            name, f"not a zip archive or a corrupt one ({type(exc).__name__})"
        ) from None
    try:
        inspect(archive, name, limits or ZipLimits.from_env())
    except BaseException:
        archive.close()
        raise
    return archive


def _declared_total(infos: list[zipfile.ZipInfo]) -> int:
    return sum(info.file_size for info in infos)


def _shown(member: str) -> str:
    """A member name fit for a one-line message (names are attacker-chosen)."""
    clean = "".join(ch if ch.isprintable() else "?" for ch in member)
    return clean if len(clean) <= 80 else clean[:79] + "…"
