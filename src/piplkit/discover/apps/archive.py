"""Read an APK's zip structure with bounded memory, as Android does, not as a zip tool does.

Why not androguard's reader: ``androguard.core.apk.APK`` (through apkInspector) loads the whole
file into memory and inflates members without a limit, so a 2 GB APK costs 2 GB and a crafted
manifest can inflate without end. Here the central directory comes from :mod:`zipfile` (which
handles ZIP64), and a member is inflated by this module: from its local header, in 1 MiB
steps, never past a per-member cap. Members are read one at a time, so memory is bounded by the
largest member read (the largest dex file), whatever the size of the APK.

Android's installer tolerates what zip tools refuse, and packers use that to hide code from
static analysers: the "encrypted" flag set on plain members, a local header whose name differs
from the central directory, an unknown compression method on stored data. Like apkInspector
(androguard's zip layer), this reader trusts the central directory, ignores the encryption flag
and reads a member with an unknown method as deflate when it inflates cleanly and as stored
otherwise. Each such oddity is recorded as a warning for the report.

The shared zip guard (``piplkit.discover.containers.zipguard``, branch ``zipenc``) checks declared
sizes before a library inflates anything; APKs need different limits (tens of thousands of members)
and this reader never trusts declared sizes, so it enforces its own caps (:class:`ApkLimits`).
"""

from __future__ import annotations

import os
import struct
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from piplkit.discover.apps.errors import ApkError, shown

MIB = 1024 * 1024
_CHUNK = MIB
_LOCAL_HEADER = struct.Struct("<4sHHHHHIIIHH")


@dataclass(frozen=True, slots=True)
class ApkLimits:
    """Caps that keep a hostile APK from exhausting memory or time."""

    #: most members in the central directory (large apps have 20,000–60,000)
    max_members: int = 500_000
    #: largest inflated AndroidManifest.xml
    max_manifest_bytes: int = 16 * MIB
    #: largest inflated dex file (a 64K-method dex is 10–20 MiB)
    max_dex_bytes: int = 128 * MIB
    #: most dex files read
    max_dex_files: int = 256
    #: largest sum of inflated dex files
    max_total_dex_bytes: int = 1024 * MIB
    #: largest inflated small file read for evidence (an SDK's asset configuration)
    max_small_file_bytes: int = 1 * MIB

    @classmethod
    def from_env(cls) -> ApkLimits:
        """Defaults, with ``PIPLKIT_APK_MAX_DEX_MB`` overriding the per-dex cap."""
        raw = os.environ.get("PIPLKIT_APK_MAX_DEX_MB", "").strip()
        if not raw:
            return cls()
        try:
            return cls(max_dex_bytes=int(float(raw) * MIB))
        except ValueError:
            raise ApkError("PIPLKIT_APK_MAX_DEX_MB must be a number of MiB") from None


@dataclass(frozen=True, slots=True)
class Member:
    name: str
    offset: int
    method: int
    flags: int
    compressed_size: int
    size: int
    crc: int


@dataclass
class ApkArchive:
    """An open APK: its members and a bounded reader; use as a context manager."""

    path: Path
    members: list[Member]
    limits: ApkLimits
    warnings: list[str] = field(default_factory=list)
    _fh: BinaryIO | None = None

    def __enter__(self) -> ApkArchive:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        if self._fh is not None:
            self._fh.close()
            self._fh = None

    def names(self) -> Iterator[str]:
        return (m.name for m in self.members)

    def find(self, name: str) -> Member | None:
        for m in self.members:
            if m.name == name:
                return m
        return None

    def read(self, member: Member, cap: int) -> bytes:
        """The inflated content of ``member``; :class:`ApkError` beyond ``cap`` bytes."""
        assert self._fh is not None, "archive is closed"
        fh = self._fh
        where = f"{self.path.name}: {shown(member.name)}"
        if member.offset < 0:  # a corrupt central directory can point before the file start
            raise ApkError(f"{where}: no local file header at offset {member.offset}")
        fh.seek(member.offset)
        head = fh.read(_LOCAL_HEADER.size)
        if len(head) < _LOCAL_HEADER.size or head[:4] != b"PK\x03\x04":
            raise ApkError(f"{where}: no local file header at offset {member.offset}")
        fields = _LOCAL_HEADER.unpack(head)
        name_len, extra_len = fields[9], fields[10]
        fh.seek(member.offset + _LOCAL_HEADER.size + name_len + extra_len)
        if member.flags & 0x1:
            self._warn(f"{shown(member.name)}: 'encrypted' flag set on a readable member "
                       "(ignored by Android; a known anti-analysis trick)")
        if member.method == 0:
            data = self._stored(fh, member, cap, where)
        elif member.method == 8:
            data = self._inflate(fh, member, cap, where)
        else:
            self._warn(f"{shown(member.name)}: unknown compression method {member.method} "
                       "(read as Android does)")
            start = fh.tell()
            try:
                data = self._inflate(fh, member, cap, where)
            except ApkError as exc:
                if "limit" in str(exc):
                    raise
                fh.seek(start)
                data = self._stored(fh, member, cap, where)
        if zlib.crc32(data) != member.crc:
            self._warn(f"{shown(member.name)}: CRC-32 does not match the central directory")
        return data

    def _warn(self, text: str) -> None:
        if text not in self.warnings and len(self.warnings) < 50:
            self.warnings.append(text)

    @staticmethod
    def _stored(fh: BinaryIO, member: Member, cap: int, where: str) -> bytes:
        size = member.compressed_size if member.method == 0 else member.size
        if size > cap:
            raise ApkError(f"{where}: {size:,} bytes, over the {cap:,}-byte limit")
        data = fh.read(size)
        if len(data) < size:
            raise ApkError(f"{where}: truncated ({len(data):,} of {size:,} bytes)")
        return data

    @staticmethod
    def _inflate(fh: BinaryIO, member: Member, cap: int, where: str) -> bytes:
        inflater = zlib.decompressobj(-15)
        out = bytearray()
        left = member.compressed_size
        try:
            while left > 0 and not inflater.eof:
                chunk = fh.read(min(_CHUNK, left))
                if not chunk:
                    raise ApkError(f"{where}: truncated compressed data")
                left -= len(chunk)
                out += inflater.decompress(chunk, cap + 1 - len(out))
                if len(out) > cap or inflater.unconsumed_tail:
                    raise ApkError(
                        f"{where}: inflates beyond the {cap:,}-byte limit "
                        "(a corrupt file or a zip bomb)"
                    )
            out += inflater.flush()
        except zlib.error as exc:
            raise ApkError(f"{where}: corrupt compressed data ({exc})") from None
        if len(out) > cap:
            raise ApkError(f"{where}: inflates beyond the {cap:,}-byte limit")
        return bytes(out)


def open_apk(path: Path, limits: ApkLimits | None = None) -> ApkArchive:
    """Open ``path`` as an APK archive (its central directory only); the caller closes it."""
    limits = limits or ApkLimits.from_env()
    name = path.name
    try:
        fh = open(path, "rb")  # noqa: SIM115 - owned by the returned archive
    except FileNotFoundError:
        raise ApkError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise ApkError(f"{path}: is a directory, not an APK file") from None
    except OSError as exc:
        raise ApkError(f"{path}: cannot read ({exc.strerror or exc})") from None
    try:
        magic = fh.read(4)
        if magic[:2] != b"PK":
            what = "an empty file" if not magic else "not a zip archive"
            raise ApkError(f"{name}: not an APK ({what})")
        fh.seek(0)
        try:
            with zipfile.ZipFile(fh) as zf:
                infos = zf.infolist()
        except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, ValueError,
                NotImplementedError) as exc:
            raise ApkError(f"{name}: not an APK (corrupt zip archive: {exc})") from None
        if len(infos) > limits.max_members:
            raise ApkError(
                f"{name}: {len(infos):,} archive members, over the limit of "
                f"{limits.max_members:,}"
            )
        members = [
            Member(i.filename, i.header_offset, i.compress_type, i.flag_bits, i.compress_size,
                   i.file_size, i.CRC)
            for i in infos
        ]
    except BaseException:
        fh.close()
        raise
    return ApkArchive(path, members, limits, _fh=fh)
