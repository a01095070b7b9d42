"""Read an APK into the facts the check needs: manifest, class packages, libraries, assets.

One pass over the archive: the central directory lists native libraries and assets by name
(nothing inflated), the manifest and every ``classes*.dex`` are inflated one at a time under
the caps of :class:`~piplkit.discover.apps.archive.ApkLimits`, and only the class packages (with
counts) are kept from each dex, so memory stays at about one dex file.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from piplkit.discover.apps.archive import ApkLimits, open_apk
from piplkit.discover.apps.dex import DexError, class_descriptors, package_of
from piplkit.discover.apps.errors import ApkError, shown
from piplkit.discover.apps.manifest import Manifest, parse_manifest

_DEX = re.compile(r"^classes(\d*)\.dex$")
_LIB = re.compile(r"^lib/([^/]+)/([^/]+\.so)$")


@dataclass
class ApkFacts:
    """Everything read from one APK (names and counts; no file content is kept)."""

    file_name: str
    file_size: int
    sha256: str
    manifest: Manifest
    dex_files: list[str] = field(default_factory=list)
    classes: int = 0
    #: classes per package, over all dex files
    packages: Counter[str] = field(default_factory=Counter)
    #: native library file names with the ABIs that ship them
    native_libs: dict[str, list[str]] = field(default_factory=dict)
    assets: list[str] = field(default_factory=list)
    members: int = 0
    warnings: list[str] = field(default_factory=list)


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        while chunk := fh.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


def _dex_order(name: str) -> int:
    m = _DEX.match(name)
    assert m is not None
    return int(m.group(1) or 1)


def read_apk(path: Path, limits: ApkLimits | None = None) -> ApkFacts:
    """Read ``path``; raises :class:`ApkError` with a one-line reason for anything unreadable."""
    with open_apk(path, limits) as archive:
        lim = archive.limits
        where = path.name
        manifest_member = archive.find("AndroidManifest.xml")
        if manifest_member is None:
            raise ApkError(f"{where}: not an APK (the zip holds no AndroidManifest.xml)")
        manifest = parse_manifest(archive.read(manifest_member, lim.max_manifest_bytes), where)
        dex_members = sorted(
            (m for m in archive.members if _DEX.match(m.name)), key=lambda m: _dex_order(m.name)
        )
        if len(dex_members) > lim.max_dex_files:
            raise ApkError(f"{where}: {len(dex_members)} dex files, over the limit of "
                           f"{lim.max_dex_files}")
        facts = ApkFacts(
            file_name=path.name,
            file_size=path.stat().st_size,
            sha256=_sha256(path),
            manifest=manifest,
            members=len(archive.members),
        )
        total = 0
        for member in dex_members:
            data = archive.read(member, lim.max_dex_bytes)
            total += len(data)
            if total > lim.max_total_dex_bytes:
                raise ApkError(f"{where}: dex files inflate beyond the "
                               f"{lim.max_total_dex_bytes:,}-byte limit")
            try:
                descriptors = class_descriptors(data)
            except DexError as exc:
                raise ApkError(f"{where}: {shown(member.name)}: {exc}") from None
            del data
            facts.dex_files.append(member.name)
            facts.classes += len(descriptors)
            facts.packages.update(package_of(d) for d in descriptors)
        for m in archive.members:
            if lib := _LIB.match(m.name):
                facts.native_libs.setdefault(lib.group(2), []).append(lib.group(1))
            elif m.name.startswith("assets/") and not m.name.endswith("/"):
                facts.assets.append(m.name)
        facts.warnings = list(archive.warnings)
    if not facts.dex_files:
        facts.warnings.append("no classes*.dex at the archive root: code may be packed or "
                              "loaded at run time, which static analysis cannot see")
    return facts
