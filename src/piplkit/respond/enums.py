"""Closed vocabularies of the respond tables, stored as short strings with CHECK constraints."""

from __future__ import annotations

from enum import StrEnum


class RequestKind(StrEnum):
    """What an individual asks for (PIPL Arts. 44-49)."""

    ACCESS = "access"  # Art. 45(1) 查阅
    COPY = "copy"  # Art. 45(1) 复制
    PORTABILITY = "portability"  # Art. 45(3) 转移
    CORRECTION = "correction"  # Art. 46 更正、补充
    DELETION = "deletion"  # Art. 47 删除
    EXPLANATION = "explanation"  # Art. 48 解释说明处理规则
    WITHDRAW_CONSENT = "withdraw_consent"  # Art. 15 撤回同意
    NEXT_OF_KIN = "next_of_kin"  # Art. 49 近亲属


class RequestState(StrEnum):
    RECEIVED = "received"
    VERIFYING = "verifying"
    IN_PROGRESS = "in_progress"
    COMPLETED = "completed"
    REFUSED = "refused"
    CLOSED = "closed"


class PurposeKind(StrEnum):
    """Purposes for which PIPL asks for *separate* consent, and the general case."""

    GENERAL = "general"
    PROVIDE_TO_HANDLER = "provide_to_handler"  # Art. 23
    PUBLIC_DISCLOSURE = "public_disclosure"  # Art. 25
    PUBLIC_CAMERA = "public_camera"  # Art. 26
    SENSITIVE = "sensitive"  # Art. 29
    CROSS_BORDER = "cross_border"  # Art. 39


class OperatorType(StrEnum):
    """Who reports under Art. 4 of the incident reporting measures (each has its own limit)."""

    CII = "cii"
    CENTRAL_ORGAN = "central_organ"
    OTHER = "other"


class IncidentGrade(StrEnum):
    """The Grading Guide's four grades, lowest first."""

    GENERAL = "general"
    RELATIVELY_MAJOR = "relatively_major"
    MAJOR = "major"
    ESPECIALLY_MAJOR = "especially_major"

    @property
    def rank(self) -> int:
        return list(IncidentGrade).index(self)


class IncidentKind(StrEnum):
    LEAK = "leak"
    TAMPERING = "tampering"
    LOSS = "loss"
    RANSOMWARE = "ransomware"
    INTRUSION = "intrusion"
    OUTAGE = "outage"
    OTHER = "other"


class IncidentStatus(StrEnum):
    OPEN = "open"
    CONTAINED = "contained"
    CLOSED = "closed"
