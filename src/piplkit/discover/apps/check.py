"""``check_app``: read the APK, find SDKs, map permissions and SDKs to PI, check the policy.

The flow is data-driven: the PI each permission and SDK exposes, the necessary PI of the app
type, the policy elements and the rules (severity, law, fix) all come from data files; this
module only decides which rule applies to which fact and records the evidence.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path

from piplkit.assess.law.app_scope import AppType, load_app_scope
from piplkit.assess.law.pi_types import load_catalogue
from piplkit.discover.apps.apk import ApkFacts, read_apk
from piplkit.discover.apps.archive import ApkLimits
from piplkit.discover.apps.legal import SEVERITY_ORDER, PolicyElement, manual_checks, rules
from piplkit.discover.apps.permissions import PermissionUse, classify, group
from piplkit.discover.apps.policy_check import (
    AppTraits,
    DeclaredShare,
    PolicyAnalysis,
    SdkDisclosure,
    analyse_policy,
    register_disclosures,
)
from piplkit.discover.apps.policy_text import read_policy
from piplkit.discover.apps.report import AppReport, CollectedDraft, Finding, SharedDraft
from piplkit.discover.apps.sdks import SdkMatch, find_sdks

#: permission groups that expose no PI and are judged by other rules (pop-ups, installs)
_NOT_PI_GROUPS = frozenset({"notifications", "biometric", "overlay", "install"})
#: below this target SDK Android allows cleartext HTTP unless the app says otherwise
CLEARTEXT_DEFAULT_OFF_FROM = 28


def _finding(rule_id: str, evidence: Sequence[str] = (), **values: str) -> Finding:
    rule = rules()[rule_id]
    zh = {k: v for k, v in values.items() if not k.endswith("_en")}
    en = {k.removesuffix("_en"): v for k, v in values.items() if k.endswith("_en")}
    en = {**zh, **en}
    return Finding(
        rule=rule_id,
        severity=rule.severity,
        title_zh=rule.zh.format(**zh),
        title_en=rule.en.format(**en),
        rule_zh=rule.rule_zh.format(**zh),
        rule_en=rule.rule_en.format(**en),
        fix_zh=rule.fix_zh.format(**zh),
        fix_en=rule.fix_en.format(**en),
        citations=rule.citations,
        evidence=tuple(evidence),
    )


def _pi_name(type_id: str, lang: str) -> str:
    t = load_catalogue().types[type_id]
    return t.name_zh if lang == "zh" else t.name_en


def _names(type_ids: Sequence[str], lang: str) -> str:
    sep = "、" if lang == "zh" else ", "
    return sep.join(_pi_name(t, lang) for t in type_ids)


def sdk_evidence(match: SdkMatch) -> str:
    parts = []
    for e in match.evidence:
        if e.kind == "package":
            parts.append(f"package {e.value} ({e.classes:,} classes)")
        else:
            parts.append(f"{e.kind.replace('_', ' ')} {e.value}")
    return f"SDK {match.sdk.id}: " + "; ".join(parts)


def pi_sources(perms: list[PermissionUse], sdks: list[SdkMatch]) -> dict[str, list[str]]:
    """PI type → what gives access to it, in catalogue order."""
    found: dict[str, list[str]] = {}
    for p in perms:
        for t in p.pi:
            found.setdefault(t, []).append(f"permission:{p.name}")
    for m in sdks:
        for t in m.sdk.pi:
            found.setdefault(t, []).append(f"sdk:{m.sdk.id}")
    order = list(load_catalogue().types)
    return {t: found[t] for t in order if t in found}


def _scope_findings(app_type: AppType, sources: dict[str, list[str]],
                    perms: list[PermissionUse]) -> list[Finding]:
    out = []
    necessary = app_type.necessary_types()
    basis = (f"Necessary PI Provisions {app_type.article} ({app_type.name_zh}): "
             + ("no PI needed" if app_type.needs_no_pi
                else "; ".join(i.zh for i in app_type.necessary))
             + ("" if app_type.verified else " [unverified]"))
    for type_id, via in sources.items():
        if type_id in necessary:
            continue
        out.append(_finding(
            "beyond_necessary", [*via, basis],
            app_type=app_type.name_zh, app_type_en=app_type.name_en,
            pi=_pi_name(type_id, "zh"), pi_en=_pi_name(type_id, "en"),
        ))
    capability = sorted({
        p.name for p in perms
        if p.asks_user and not p.pi and p.group and p.group not in _NOT_PI_GROUPS
    })
    if capability:
        shorts = ", ".join(n.rsplit(".", 1)[-1] for n in capability)
        out.append(_finding(
            "capability_beyond_necessary", [f"permission:{n}" for n in capability] + [basis],
            app_type=app_type.name_zh, app_type_en=app_type.name_en, permissions=shorts,
        ))
    return out


def _sdk_findings(disclosures: list[SdkDisclosure]) -> list[Finding]:
    out = []
    for d in disclosures:
        sdk = d.match.sdk
        label_zh = f"{sdk.name_zh}（{sdk.vendor_zh}）"
        label_en = f"{sdk.name_en} ({sdk.vendor_en})"
        evidence = [sdk_evidence(d.match)]
        if not d.in_policy and not d.in_register:
            out.append(_finding("sdk_not_disclosed", evidence, sdk=label_zh, sdk_en=label_en))
        elif d.missing_pi:
            if d.where:
                evidence.append(f"policy: {d.where}")
            if d.in_register:
                evidence.append("register: sharing list")
            out.append(_finding(
                "sdk_pi_incomplete", evidence, sdk=label_zh, sdk_en=label_en,
                pi=_names(d.missing_pi, "zh"), pi_en=_names(d.missing_pi, "en"),
            ))
    return out


def _policy_findings(policy: PolicyAnalysis) -> list[Finding]:
    out = []
    for p in policy.purposes:
        if not p.found:
            g = group(p.group)
            out.append(_finding(
                "permission_no_purpose", [f"permission:{x}" for x in p.permissions],
                group=g.name_zh, group_en=g.name_en, permissions=", ".join(p.permissions),
            ))
    for e in policy.elements:
        if e.applies and not e.found:
            out.append(_element_finding(e.element))
    from piplkit.discover.apps.legal import policy_elements

    specs = policy_elements().lists
    for r in policy.lists:
        if not r.found:
            spec = specs[r.kind]  # type: ignore[index]
            out.append(_finding("list_missing", [f"policy: {policy.name}"],
                                list=spec.zh, list_en=spec.en))
    return out


def _element_finding(element: PolicyElement) -> Finding:
    base = _finding(
        "policy_element_missing", [f"policy element: {element.id}"],
        element=element.zh, element_en=element.en,
        rule=f"隐私政策应说明：{element.zh}",
        rule_en=f"The privacy policy must cover {element.en}.",
        fix=element.fix_zh, fix_en=element.fix_en,
    )
    return Finding(**{**base.__dict__, "citations": element.citations,
                      "severity": element.severity})


def _apk_findings(facts: ApkFacts) -> list[Finding]:
    m = facts.manifest
    out = []
    if m.debuggable:
        out.append(_finding("debuggable", ["manifest: application android:debuggable=true"]))
    if m.cleartext_traffic:
        out.append(_finding("cleartext",
                            ["manifest: application android:usesCleartextTraffic=true"],
                            how="", how_en=""))
    elif m.cleartext_traffic is None and (m.target_sdk or 0) < CLEARTEXT_DEFAULT_OFF_FROM:
        out.append(_finding(
            "cleartext", [f"manifest: targetSdkVersion={m.target_sdk}, no usesCleartextTraffic"],
            how=f"（targetSdkVersion {m.target_sdk} 低于 28 时的默认行为）",
            how_en=f" (the default below targetSdkVersion 28; this app targets {m.target_sdk})",
        ))
    if not facts.dex_files:
        out.append(_finding("packed", [f"archive: {facts.members:,} members, no classes*.dex"]))
    return out


def drafts(perms: list[PermissionUse], sdks: list[SdkMatch]) -> tuple[list[CollectedDraft],
                                                                      list[SharedDraft]]:
    """Draft collected-PI and sharing lists from what the APK shows (purposes to confirm)."""
    collected: list[CollectedDraft] = []
    seen: set[tuple[str, str]] = set()
    for p in perms:
        if not p.group:
            continue
        g = group(p.group)
        for t in p.pi:
            if (t, p.group) in seen:
                continue
            seen.add((t, p.group))
            collected.append(CollectedDraft(
                pi=t, scenario_zh=f"{g.name_zh}权限", scenario_en=f"{g.name_en} permission",
                purpose_zh=f"待确认：使用{g.name_zh}权限的功能",
                purpose_en=f"To confirm: the feature that uses the {g.name_en.lower()} permission",
                collected_by="app", source=p.name,
            ))
    shared: list[SharedDraft] = []
    for m in sdks:
        sdk = m.sdk
        for t in sdk.pi:
            collected.append(CollectedDraft(
                pi=t, scenario_zh=f"第三方 SDK：{sdk.name_zh}",
                scenario_en=f"Third-party SDK: {sdk.name_en}",
                purpose_zh=sdk.purpose_zh, purpose_en=sdk.purpose_en,
                collected_by=sdk.id, source=f"sdk:{sdk.id}",
            ))
        if sdk.pi:
            shared.append(SharedDraft(
                sdk=sdk.id, recipient_zh=sdk.vendor_zh, recipient_en=sdk.vendor_en,
                country=sdk.country, pi=sdk.pi, purpose_zh=sdk.purpose_zh,
                purpose_en=sdk.purpose_en,
                method_zh=f"嵌入 {sdk.name_zh}，由第三方直接收集",
                method_en=f"collected directly by the embedded {sdk.name_en}",
                policy_title=sdk.policy_title_zh, policy_url=sdk.policy_url,
            ))
    return collected, shared


def check_app(
    apk: Path,
    *,
    policy: Path | None = None,
    app_type: str | None = None,
    declared: list[DeclaredShare] | None = None,
    as_of: dt.date | None = None,
    limits: ApkLimits | None = None,
) -> AppReport:
    """Check ``apk`` (and its ``policy``) as of ``as_of``; raises AppCheckError on bad input.

    ``app_type`` is one of the 39 types (id, number or Chinese name); ``declared`` is the
    register's sharing list (None: the register was not consulted).
    """
    day = as_of or dt.date.today()
    kind = None
    if app_type is not None:
        try:
            kind = load_app_scope().get(app_type)
        except KeyError:
            from piplkit.discover.apps.errors import AppCheckError

            raise AppCheckError(
                f"--type {app_type!r}: not one of the 39 app types (see `piplkit app types`)"
            ) from None
    policy_text = read_policy(policy) if policy is not None else None
    facts = read_apk(apk, limits)
    perms = classify(facts.manifest)
    sdks = find_sdks(facts)
    sources = pi_sources(perms, sdks)
    cat = load_catalogue()
    sensitive = [t for t in sources if cat.types[t].sensitive_on(day)]
    traits = AppTraits(
        sensitive=bool(sensitive),
        abroad=any(m.sdk.country != "CN" for m in sdks),
        advertising=any(m.sdk.category == "advertising" for m in sdks),
        third_party=bool(sdks),
    )
    findings: list[Finding] = []
    analysis = None
    if policy_text is not None:
        analysis = analyse_policy(policy_text, sdks=sdks, permissions=perms, traits=traits,
                                  declared=declared)
        findings += _sdk_findings(analysis.sdks)
        findings += _policy_findings(analysis)
    else:
        findings.append(_finding("no_policy"))
        if declared is not None:
            findings += _sdk_findings(register_disclosures(sdks, declared))
    if kind is not None:
        findings += _scope_findings(kind, sources, perms)
    for m in sdks:
        if m.sdk.country != "CN":
            findings.append(_finding("sdk_abroad", [sdk_evidence(m)],
                                     sdk=m.sdk.name_zh, sdk_en=m.sdk.name_en,
                                     country=m.sdk.country))
    if sensitive:
        findings.append(_finding(
            "sensitive_pi", [f"{t}: {', '.join(sources[t])}" for t in sensitive],
            pi=_names(sensitive, "zh"), pi_en=_names(sensitive, "en"),
        ))
    findings += _apk_findings(facts)
    findings.sort(key=lambda f: (SEVERITY_ORDER[f.severity], f.rule))
    collected, shared = drafts(perms, sdks)
    return AppReport(
        as_of=day, apk=facts, permissions=perms, sdks=sdks, pi_sources=sources,
        app_type=kind, findings=findings, manual_checks=manual_checks(),
        collected=collected, shared=shared, policy=analysis,
        register_used=declared is not None, warnings=list(facts.warnings),
    )
