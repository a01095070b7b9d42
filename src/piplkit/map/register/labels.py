"""Chinese and English labels for the register's enumerations, for RoPA files and the web UI.

Labels summarise the legal text and cite the article; the enum values stay the identifiers.
"""

from __future__ import annotations

from enum import StrEnum

from piplkit.assess.law.consent_purposes import PURPOSES as SEPARATE_CONSENT_PURPOSES
from piplkit.assess.law.languages import Lang
from piplkit.map.register.enums import (
    Grade,
    LegalBasis,
    RecipientRole,
    SensitiveCategory,
    Sensitivity,
    SeparateConsent,
    TransferMechanism,
    TransferPurpose,
)

_LABELS: dict[StrEnum, tuple[str, str]] = {
    Grade.GENERAL: ("一般数据", "General data"),
    Grade.IMPORTANT: ("重要数据", "Important data"),
    Grade.CORE: ("核心数据", "Core data"),
    Sensitivity.NONE: ("不含个人信息", "No personal information"),
    Sensitivity.PI: ("个人信息", "Personal information"),
    Sensitivity.SENSITIVE: ("敏感个人信息", "Sensitive personal information"),
    LegalBasis.CONSENT: ("取得个人同意（第十三条第一款第一项）", "Consent (Art. 13(1)(1))"),
    LegalBasis.CONTRACT_OR_HR: (
        "订立、履行合同或人力资源管理所必需（第十三条第一款第二项）",
        "Contract with the individual or HR management (Art. 13(1)(2))",
    ),
    LegalBasis.LEGAL_DUTY: (
        "履行法定职责或法定义务所必需（第十三条第一款第三项）",
        "Statutory duty or obligation (Art. 13(1)(3))",
    ),
    LegalBasis.EMERGENCY: (
        "应对突发公共卫生事件或紧急情况所必需（第十三条第一款第四项）",
        "Public-health emergency or protection of life, health and property (Art. 13(1)(4))",
    ),
    LegalBasis.NEWS_REPORTING: (
        "为公共利益实施新闻报道、舆论监督（第十三条第一款第五项）",
        "News reporting and public-opinion supervision (Art. 13(1)(5))",
    ),
    LegalBasis.DISCLOSED_PI: (
        "在合理范围内处理已公开的个人信息（第十三条第一款第六项）",
        "Disclosed personal information within a reasonable scope (Art. 13(1)(6))",
    ),
    LegalBasis.OTHER_LAW: (
        "法律、行政法规规定的其他情形（第十三条第一款第七项）",
        "Other cases under laws and administrative regulations (Art. 13(1)(7))",
    ),
    SensitiveCategory.BIOMETRIC: ("生物识别", "Biometrics"),
    SensitiveCategory.RELIGIOUS_BELIEF: ("宗教信仰", "Religious belief"),
    SensitiveCategory.SPECIFIC_IDENTITY: ("特定身份", "Specific identity"),
    SensitiveCategory.MEDICAL_HEALTH: ("医疗健康", "Medical and health"),
    SensitiveCategory.FINANCIAL_ACCOUNT: ("金融账户", "Financial accounts"),
    SensitiveCategory.WHEREABOUTS: ("行踪轨迹", "Whereabouts"),
    SensitiveCategory.MINORS_UNDER_14: ("不满十四周岁未成年人的个人信息", "PI of minors under 14"),
    RecipientRole.THIRD_PARTY: ("其他个人信息处理者（第三方）", "Third party (another handler)"),
    RecipientRole.ENTRUSTED_PROCESSOR: ("受托人（委托处理）", "Entrusted processor"),
    RecipientRole.JOINT_HANDLER: ("共同处理者", "Joint handler"),
    TransferPurpose.CONTRACT_WITH_INDIVIDUAL: (
        "订立、履行个人作为一方当事人的合同所必需",
        "Contract with the individual",
    ),
    TransferPurpose.HR_MANAGEMENT: ("跨境人力资源管理所必需", "Cross-border HR management"),
    TransferPurpose.EMERGENCY: (
        "紧急情况下保护自然人生命健康和财产安全",
        "Emergency protection of life, health and property",
    ),
    TransferPurpose.COLLECTED_ABROAD_RETURNED: (
        "境外收集并在境内处理后向境外提供",
        "Collected abroad, processed in China and sent back",
    ),
    TransferPurpose.OTHER: ("其他", "Other"),
    TransferMechanism.UNDECIDED: ("未确定", "Undecided"),
    TransferMechanism.SECURITY_ASSESSMENT: ("数据出境安全评估", "Security assessment"),
    TransferMechanism.STANDARD_CONTRACT: ("个人信息出境标准合同", "Standard contract"),
    TransferMechanism.CERTIFICATION: ("个人信息保护认证", "Certification"),
    TransferMechanism.EXEMPT: ("豁免申报", "Exempt"),
    TransferMechanism.DOMESTIC: ("境内提供（不出境）", "Domestic (no export)"),
}
# The separate-consent purposes are labelled where they are defined, once.
_LABELS.update(
    {SeparateConsent(p.key): (p.label_zh, p.label_en) for p in SEPARATE_CONSENT_PURPOSES}
)


def label(value: StrEnum | str, enum: type[StrEnum] | None = None, lang: Lang = "zh") -> str:
    """The label of an enum member (or of a stored value of ``enum``); unknown values as given."""
    member = value
    if enum is not None and not isinstance(value, enum):
        try:
            member = enum(value)
        except ValueError:
            return str(value)
    pair = _LABELS.get(member)  # type: ignore[arg-type]
    if pair is None:
        return str(value)
    return pair[0] if lang == "zh" else pair[1]
