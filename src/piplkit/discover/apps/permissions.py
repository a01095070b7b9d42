"""Classify an app's permissions: protection level (from AOSP) and the PI each exposes.

The protection level comes from the AOSP permission definitions shipped by androguard, for the
app's target SDK (the level decides whether Android asks the user at run time); the PI and
the policy words come from ``data/permissions.yaml``. A permission neither source knows is kept
as "unknown" (custom and vendor permissions), never guessed.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Literal

from piplkit.discover.apps.catalogue import PermissionGroup, permission_map
from piplkit.discover.apps.manifest import Manifest

Protection = Literal["dangerous", "special", "normal", "signature", "unknown"]
#: API level used when the manifest gives none (androguard falls back to its nearest level)
DEFAULT_API = 33


@cache
def _aosp(api: int) -> dict[str, str]:
    """Permission name → protection level string for ``api`` (androguard's AOSP extract)."""
    from loguru import logger

    logger.disable("androguard")
    from androguard.core.api_specific_resources import load_permissions

    return {name: str(info.get("protectionLevel", "")) for name, info in
            load_permissions(api).items()}


@dataclass(frozen=True, slots=True)
class PermissionUse:
    name: str
    protection: Protection
    group: str | None
    pi: tuple[str, ...]
    note: str | None

    @property
    def short(self) -> str:
        return self.name.rsplit(".", 1)[-1]

    @property
    def asks_user(self) -> bool:
        """Dangerous or special: the user grants it, and the policy must give its purpose."""
        return self.protection in ("dangerous", "special")


def _protection(level: str | None) -> Protection:
    if level is None:
        return "unknown"
    parts = set(level.split("|"))
    if "dangerous" in parts:
        return "dangerous"
    if "appop" in parts or "development" in parts:
        return "special"
    if "signature" in parts or "privileged" in parts or "signatureOrSystem" in parts:
        return "signature"
    return "normal"


def classify(manifest: Manifest) -> list[PermissionUse]:
    """Each requested permission with its protection level, group and PI."""
    api = manifest.target_sdk or manifest.min_sdk or DEFAULT_API
    levels = _aosp(max(int(api), 1))
    pmap = permission_map().permissions
    out = []
    for perm in manifest.permissions:
        info = pmap.get(perm.name)
        protection = _protection(levels.get(perm.name))
        if info is not None and info.special and protection != "dangerous":
            protection = "special"
        out.append(
            PermissionUse(
                name=perm.name,
                protection=protection,
                group=info.group if info else None,
                pi=info.pi if info else (),
                note=info.note if info else None,
            )
        )
    return out


def group(group_id: str) -> PermissionGroup:
    return permission_map().groups[group_id]
