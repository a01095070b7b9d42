"""Find the catalogue's SDKs in an APK's facts, with the evidence for each.

Package prefixes are the strongest signal (the SDK's classes are in the dex files); manifest
components, ``<meta-data>`` keys, native libraries and assets also count, because a packed or
obfuscated app hides its classes but must still declare components and ship libraries. A
prefix matches at package boundaries only (``com.qq.e`` matches ``com.qq.e.ads`` but not
``com.qq.events``).
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from functools import cache
from typing import Literal

from piplkit.discover.apps.apk import ApkFacts
from piplkit.discover.apps.catalogue import Sdk, glob_regex, sdk_catalogue

EvidenceKind = Literal["package", "component", "meta_data", "native_lib", "asset"]
#: most evidence items kept per kind (the report shows examples, not every class)
MAX_EVIDENCE = 5


@dataclass(frozen=True, slots=True)
class Evidence:
    kind: EvidenceKind
    value: str
    #: classes under a matched package prefix (0 for other kinds)
    classes: int = 0


@dataclass
class SdkMatch:
    sdk: Sdk
    evidence: list[Evidence] = field(default_factory=list)

    @property
    def classes(self) -> int:
        return sum(e.classes for e in self.evidence)

    def kinds(self) -> set[str]:
        return {e.kind for e in self.evidence}


@dataclass(frozen=True)
class _Index:
    prefixes: dict[str, list[str]]
    components: dict[str, re.Pattern[str]]
    meta: dict[str, list[str]]
    libs: dict[str, re.Pattern[str]]
    assets: dict[str, re.Pattern[str]]
    by_id: dict[str, Sdk]


@cache
def _index() -> _Index:
    prefixes: dict[str, list[str]] = defaultdict(list)
    meta: dict[str, list[str]] = defaultdict(list)
    components: dict[str, re.Pattern[str]] = {}
    libs: dict[str, re.Pattern[str]] = {}
    assets: dict[str, re.Pattern[str]] = {}
    by_id: dict[str, Sdk] = {}
    for sdk in sdk_catalogue().sdks:
        by_id[sdk.id] = sdk
        sig = sdk.signatures
        for p in sig.packages:
            prefixes[p].append(sdk.id)
        for m in sig.meta_data:
            meta[m].append(sdk.id)
        for target, patterns in ((components, sig.components), (libs, sig.native_libs),
                                 (assets, sig.assets)):
            rx = glob_regex(patterns)
            if rx is not None:
                target[sdk.id] = rx
    return _Index(dict(prefixes), components, dict(meta), libs, assets, by_id)


def _add(found: dict[str, SdkMatch], index: _Index, sdk_id: str, ev: Evidence) -> None:
    match = found.setdefault(sdk_id, SdkMatch(index.by_id[sdk_id]))
    same = [e for e in match.evidence if e.kind == ev.kind]
    if ev.kind == "package":
        for i, e in enumerate(match.evidence):
            if e.kind == "package" and e.value == ev.value:
                match.evidence[i] = Evidence("package", e.value, e.classes + ev.classes)
                return
    if len(same) < MAX_EVIDENCE:
        match.evidence.append(ev)


def find_sdks(facts: ApkFacts) -> list[SdkMatch]:
    """Catalogue SDKs present in ``facts``, in catalogue order."""
    index = _index()
    found: dict[str, SdkMatch] = {}
    for package, count in facts.packages.items():
        parts = package.split(".")
        for i in range(1, len(parts) + 1):
            prefix = ".".join(parts[:i])
            for sdk_id in index.prefixes.get(prefix, ()):
                _add(found, index, sdk_id, Evidence("package", prefix, count))
    for component in facts.manifest.all_components():
        for sdk_id, rx in index.components.items():
            if rx.fullmatch(component):
                _add(found, index, sdk_id, Evidence("component", component))
    for key in facts.manifest.meta_data:
        for sdk_id in index.meta.get(key, ()):
            _add(found, index, sdk_id, Evidence("meta_data", key))
    for lib in facts.native_libs:
        for sdk_id, rx in index.libs.items():
            if rx.fullmatch(lib):
                _add(found, index, sdk_id, Evidence("native_lib", lib))
    for asset in facts.assets:
        for sdk_id, rx in index.assets.items():
            if rx.fullmatch(asset):
                _add(found, index, sdk_id, Evidence("asset", asset))
    order = {s.id: i for i, s in enumerate(sdk_catalogue().sdks)}
    return sorted(found.values(), key=lambda m: order[m.sdk.id])
