"""The app check's result: findings, what the APK can collect, the draft lists, manual checks.

Texts are kept in both languages so one check renders in either; ids (PI types, SDKs,
permissions, rules) are language-neutral, and :meth:`AppReport.to_dict` is the JSON that
``piplkit register import-app`` reads back. The report holds names, counts and class
prefixes from the APK and section headings from the policy, never PI.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from piplkit.assess.documents.checklist import SourcedCitation
from piplkit.assess.law.app_scope import AppType
from piplkit.assess.law.pi_types import load_catalogue
from piplkit.discover.apps.apk import ApkFacts
from piplkit.discover.apps.legal import SEVERITY_ORDER, ManualCheck
from piplkit.discover.apps.permissions import PermissionUse
from piplkit.discover.apps.policy_check import PolicyAnalysis
from piplkit.discover.apps.sdks import SdkMatch

REPORT_VERSION = 1


@dataclass(frozen=True)
class Finding:
    rule: str
    severity: str
    title_zh: str
    title_en: str
    rule_zh: str
    rule_en: str
    fix_zh: str
    fix_en: str
    citations: tuple[SourcedCitation, ...]
    evidence: tuple[str, ...] = ()

    def title(self, lang: str) -> str:
        return self.title_zh if lang == "zh" else self.title_en

    def rule_text(self, lang: str) -> str:
        return self.rule_zh if lang == "zh" else self.rule_en

    def fix(self, lang: str) -> str:
        return self.fix_zh if lang == "zh" else self.fix_en


@dataclass(frozen=True)
class CollectedDraft:
    """A row of the draft collected-PI list (已收集个人信息清单)."""

    pi: str
    scenario_zh: str
    scenario_en: str
    purpose_zh: str
    purpose_en: str
    collected_by: str  # "app" or an SDK id
    source: str  # permission name or SDK id that gives access


@dataclass(frozen=True)
class SharedDraft:
    """A row of the draft third-party sharing list (与第三方共享个人信息清单)."""

    sdk: str
    recipient_zh: str
    recipient_en: str
    country: str
    pi: tuple[str, ...]
    purpose_zh: str
    purpose_en: str
    method_zh: str
    method_en: str
    policy_title: str | None
    policy_url: str | None


@dataclass
class AppReport:
    as_of: dt.date
    apk: ApkFacts
    permissions: list[PermissionUse]
    sdks: list[SdkMatch]
    #: PI type id → what gives the app access to it ("permission:…", "sdk:…")
    pi_sources: dict[str, list[str]]
    app_type: AppType | None
    findings: list[Finding]
    manual_checks: tuple[ManualCheck, ...]
    collected: list[CollectedDraft]
    shared: list[SharedDraft]
    policy: PolicyAnalysis | None = None
    register_used: bool = False
    warnings: list[str] = field(default_factory=list)

    def counts(self) -> dict[str, int]:
        out = {s: 0 for s in SEVERITY_ORDER}
        for f in self.findings:
            out[f.severity] += 1
        return out

    def to_dict(self, lang: str = "zh") -> dict[str, Any]:
        cat = load_catalogue()
        m = self.apk.manifest
        return {
            "report": "piplkit app check",
            "version": REPORT_VERSION,
            "as_of": self.as_of.isoformat(),
            "lang": lang,
            "app": {
                "file": self.apk.file_name,
                "size": self.apk.file_size,
                "sha256": self.apk.sha256,
                "package": m.package,
                "label": m.app_label,
                "version_name": m.version_name,
                "version_code": m.version_code,
                "min_sdk": m.min_sdk,
                "target_sdk": m.target_sdk,
                "dex_files": len(self.apk.dex_files),
                "classes": self.apk.classes,
                "members": self.apk.members,
                "native_libs": sorted(self.apk.native_libs),
                "debuggable": m.debuggable,
                "cleartext_traffic": m.cleartext_traffic,
            },
            "app_type": (
                {"id": self.app_type.id, "number": self.app_type.number,
                 "name": self.app_type.name(lang),
                 "necessary_pi": sorted(self.app_type.necessary_types()),
                 "verified": self.app_type.verified}
                if self.app_type else None
            ),
            "summary": self.counts(),
            "permissions": [
                {"name": p.name, "protection": p.protection, "group": p.group, "pi": list(p.pi)}
                for p in self.permissions
            ],
            "sdks": [
                {"id": s.sdk.id, "name": s.sdk.name(lang), "vendor": s.sdk.vendor(lang),
                 "country": s.sdk.country, "category": s.sdk.category, "pi": list(s.sdk.pi),
                 "verified": s.sdk.verified,
                 "evidence": [{"kind": e.kind, "value": e.value, "classes": e.classes}
                              for e in s.evidence]}
                for s in self.sdks
            ],
            "pi": [
                {"type": t, "name": cat.types[t].name_zh if lang == "zh" else cat.types[t].name_en,
                 "sensitive": cat.types[t].sensitive, "via": via}
                for t, via in self.pi_sources.items()
            ],
            "findings": [
                {"rule": f.rule, "severity": f.severity, "title": f.title(lang),
                 "rule_text": f.rule_text(lang), "fix": f.fix(lang),
                 "citations": [{"instrument": c.instrument, "article": c.article,
                                "verified": c.verified} for c in f.citations],
                 "evidence": list(f.evidence)}
                for f in self.findings
            ],
            "manual_checks": [
                {"id": c.id, "check": c.title(lang), "how": c.how(lang),
                 "citations": [{"instrument": x.instrument, "article": x.article,
                                "verified": x.verified} for x in c.citations]}
                for c in self.manual_checks
            ],
            "policy": _policy_dict(self.policy, lang),
            "drafts": {
                "collected": [
                    {"pi": c.pi, "scenario": c.scenario_zh if lang == "zh" else c.scenario_en,
                     "purpose": c.purpose_zh if lang == "zh" else c.purpose_en,
                     "collected_by": c.collected_by, "source": c.source}
                    for c in self.collected
                ],
                "shared": [
                    {"sdk": s.sdk, "recipient": s.recipient_zh if lang == "zh" else s.recipient_en,
                     "country": s.country, "pi": list(s.pi),
                     "purpose": s.purpose_zh if lang == "zh" else s.purpose_en,
                     "method": s.method_zh if lang == "zh" else s.method_en,
                     "policy_title": s.policy_title, "policy_url": s.policy_url}
                    for s in self.shared
                ],
            },
            "warnings": list(self.warnings),
        }


def _policy_dict(policy: PolicyAnalysis | None, lang: str) -> dict[str, Any] | None:
    if policy is None:
        return None
    return {
        "file": policy.name,
        "format": policy.fmt,
        "lines": policy.lines,
        "elements": [
            {"id": e.element.id, "element": e.element.name(lang), "applies": e.applies,
             "found": e.found, "where": e.where}
            for e in policy.elements
        ],
        "lists": [{"list": r.kind, "found": r.found, "where": r.where} for r in policy.lists],
        "sdks": [
            {"sdk": d.match.sdk.id, "in_policy": d.in_policy, "in_register": d.in_register,
             "where": d.where, "missing_pi": list(d.missing_pi)}
            for d in policy.sdks
        ],
        "permission_purposes": [
            {"group": p.group, "permissions": list(p.permissions), "found": p.found,
             "where": p.where}
            for p in policy.purposes
        ],
    }
