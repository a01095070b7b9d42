"""What ``AndroidManifest.xml`` declares: identity, SDK levels, permissions, components.

The binary XML is decoded by androguard's ``AXMLPrinter`` (the maintained parser, tolerant of
the obfuscation tricks packers use: attribute names resolved from framework resource ids,
broken namespaces); this module only reads the resulting tree. Relative component names
(``.MainActivity``) are resolved against the package, as Android does.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from loguru import logger

from piplkit.discover.apps.errors import ApkError

# androguard logs every chunk it decodes at DEBUG through loguru's default stderr sink
logger.disable("androguard")

NS = "{http://schemas.android.com/apk/res/android}"
COMPONENT_TAGS = ("activity", "activity-alias", "service", "receiver", "provider")
PERMISSION_TAGS = ("uses-permission", "uses-permission-sdk-23", "uses-permission-sdk-m")


@dataclass(frozen=True, slots=True)
class Permission:
    name: str
    max_sdk: int | None = None


@dataclass
class Manifest:
    package: str
    version_name: str | None
    version_code: str | None
    min_sdk: int | None
    target_sdk: int | None
    permissions: list[Permission] = field(default_factory=list)
    #: component class names per tag (``activity``, ``service``, ``receiver``, ``provider``)
    components: dict[str, list[str]] = field(default_factory=dict)
    #: ``<meta-data>`` names under ``<application>`` (values may be keys: never reported)
    meta_data: list[str] = field(default_factory=list)
    debuggable: bool = False
    allow_backup: bool | None = None
    cleartext_traffic: bool | None = None
    app_label: str | None = None

    def all_components(self) -> list[str]:
        return [c for names in self.components.values() for c in names]


def _int(value: str | None) -> int | None:
    if value is None:
        return None
    try:
        return int(value, 0)
    except ValueError:
        return None


def _bool(value: str | None) -> bool | None:
    if value is None:
        return None
    return value.strip().lower() in {"true", "1", "0xffffffff", "-1"}


def _resolve(package: str, name: str) -> str:
    if name.startswith("."):
        return package + name
    if "." not in name:
        return f"{package}.{name}"
    return name


def parse_manifest(data: bytes, where: str) -> Manifest:
    """Decode binary ``AndroidManifest.xml`` bytes; :class:`ApkError` names ``where``."""
    from androguard.core.axml import AXMLPrinter

    if data[:4] in (b"<?xm", b"<man") or data.lstrip()[:1] == b"<":
        raise ApkError(f"{where}: AndroidManifest.xml is plain text XML, not the binary XML "
                       "of a built APK (is this a source archive?)")
    try:
        printer = AXMLPrinter(data)
        root = printer.get_xml_obj()
    except Exception as exc:  # androguard raises many types on corrupt input
        raise ApkError(f"{where}: AndroidManifest.xml is not valid binary XML "
                       f"({type(exc).__name__})") from None
    if root is None or root.tag != "manifest":
        raise ApkError(f"{where}: AndroidManifest.xml has no <manifest> root element")
    package = (root.get("package") or "").strip()
    if not package:
        raise ApkError(f"{where}: AndroidManifest.xml declares no package name")
    sdk = root.find("uses-sdk")
    min_sdk = _int(sdk.get(NS + "minSdkVersion")) if sdk is not None else None
    target_sdk = _int(sdk.get(NS + "targetSdkVersion")) if sdk is not None else None
    man = Manifest(
        package=package,
        version_name=root.get(NS + "versionName"),
        version_code=root.get(NS + "versionCode"),
        min_sdk=min_sdk or 1,
        target_sdk=target_sdk or min_sdk,
    )
    seen: set[str] = set()
    for tag in PERMISSION_TAGS:
        for el in root.iter(tag):
            name = (el.get(NS + "name") or "").strip()
            if name and name not in seen:
                seen.add(name)
                man.permissions.append(Permission(name, _int(el.get(NS + "maxSdkVersion"))))
    app = root.find("application")
    if app is not None:
        man.debuggable = bool(_bool(app.get(NS + "debuggable")))
        man.allow_backup = _bool(app.get(NS + "allowBackup"))
        man.cleartext_traffic = _bool(app.get(NS + "usesCleartextTraffic"))
        man.app_label = app.get(NS + "label")
        for tag in COMPONENT_TAGS:
            key = "activity" if tag == "activity-alias" else tag
            for el in app.iter(tag):
                name = (el.get(NS + "name") or "").strip()
                if name:
                    man.components.setdefault(key, []).append(_resolve(package, name))
        for el in app.iter("meta-data"):
            name = (el.get(NS + "name") or "").strip()
            if name:
                man.meta_data.append(name)
    return man
