"""Consent ledger (proof, separate and guardian consent) and incidents (grade, deadlines, form)."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from tests.respond.helpers import ADULT_ID, CHILD_ID, MOBILE

from piplkit.assess.law.calendar import CHINA_TZ
from piplkit.map.register.errors import ConflictError, InvalidInputError
from piplkit.map.register.store import Register
from piplkit.respond import incidents
from piplkit.respond.consent import may_process, notice_hash, record_consent, withdraw
from piplkit.respond.identifiers import identify
from piplkit.respond.verify import verify_chain

NOTICE = notice_hash("个人信息处理规则 v3：我们为履行会员服务处理您的身份证号和手机号。")
GIVEN = dt.datetime(2025, 5, 1, 10, tzinfo=CHINA_TZ)


def consent(**over: object) -> dict[str, object]:
    base: dict[str, object] = {
        "consent_id": "c-1",
        "identifier_type": "cn_resident_id",
        "identifier": ADULT_ID,
        "purpose": "membership",
        "pi_categories": ["cn_mobile", "cn_resident_id"],
        "notice_version": "v3",
        "notice_hash": NOTICE,
        "separate": True,
        "given_at": GIVEN,
    }
    base.update(over)
    return base


def test_may_process_returns_the_proof(reg: Register, key: bytes) -> None:
    with reg.write() as s:
        record_consent(s, consent(), key=key)
    subject = identify("cn_resident_id", ADULT_ID, key=key).hash
    with reg.read() as s:
        yes = may_process(
            s,
            subject_hash=subject,
            category="cn_mobile",
            purpose="membership",
            at=GIVEN + dt.timedelta(days=1),
        )
        early = may_process(
            s,
            subject_hash=subject,
            category="cn_mobile",
            purpose="membership",
            at=GIVEN - dt.timedelta(seconds=1),
        )
        other = may_process(
            s,
            subject_hash=subject,
            category="email",
            purpose="membership",
            at=GIVEN + dt.timedelta(days=1),
        )
        report = verify_chain(s)
    assert yes.allowed and yes.proof is not None
    assert yes.proof["notice_hash"] == NOTICE and yes.proof["separate"] is True
    assert yes.proof["audit_entry"]["hash"] and report.ok
    assert not early.allowed and "given only at" in early.reasons[0]
    assert not other.allowed and "does not cover email" in other.reasons[0]
    json.dumps(yes.to_dict())  # JSON-ready for the API


def test_sensitive_pi_and_cross_border_need_separate_consent(reg: Register, key: bytes) -> None:
    with reg.write() as s:
        record_consent(s, consent(separate=False), key=key)
        record_consent(
            s,
            consent(
                consent_id="c-2",
                purpose="export",
                purpose_kind="cross_border",
                pi_categories=["cn_mobile"],
                separate=False,
            ),
            key=key,
        )
    subject = identify("cn_resident_id", ADULT_ID, key=key).hash
    at = GIVEN + dt.timedelta(days=2)
    with reg.read() as s:
        sensitive = may_process(
            s, subject_hash=subject, category="cn_resident_id", purpose="membership", at=at
        )
        plain = may_process(
            s, subject_hash=subject, category="cn_mobile", purpose="membership", at=at
        )
        export = may_process(s, subject_hash=subject, category="cn_mobile", purpose="export", at=at)
    assert not sensitive.allowed and "Art. 29" in sensitive.reasons[0]
    assert plain.allowed
    assert not export.allowed and "Art. 39" in export.reasons[0]


def test_child_under_14_needs_guardian_consent(reg: Register, key: bytes) -> None:
    child = consent(consent_id="c-k", identifier=CHILD_ID)
    with pytest.raises(InvalidInputError, match=r"Art\. 31"), reg.write() as s:
        record_consent(s, child, key=key)
    with pytest.raises(InvalidInputError, match="resident ID says"), reg.write() as s:
        record_consent(s, {**child, "minor": False}, key=key)
    with reg.write() as s:
        record, created = record_consent(
            s,
            {**child, "guardian_identifier_type": "cn_mobile", "guardian_identifier": MOBILE},
            key=key,
        )
        assert created and record.minor and record.guardian_masked == "138****5678"


def test_consent_idempotent_and_withdrawal_immediate(reg: Register, key: bytes) -> None:
    with reg.write() as s:
        record_consent(s, consent(), key=key)
    with reg.write() as s:
        _, created = record_consent(s, consent(), key=key)
    assert not created
    with pytest.raises(ConflictError), reg.write() as s:
        record_consent(s, consent(notice_version="v4"), key=key)
    with pytest.raises(InvalidInputError, match="notice_hash"), reg.write() as s:
        record_consent(s, consent(consent_id="c-x", notice_hash="abc"), key=key)
    with reg.write() as s:
        withdrawn = withdraw(s, "cn_resident_id", ADULT_ID, key=key)
    at = withdrawn[0].withdrawn_at
    assert at is not None
    subject = identify("cn_resident_id", ADULT_ID, key=key).hash
    with reg.read() as s:
        later = may_process(
            s,
            subject_hash=subject,
            category="cn_mobile",
            purpose="membership",
            at=dt.datetime.now(dt.UTC),
        )
    assert not later.allowed


INCIDENT = {
    "incident_id": "INC-1",
    "title": "会员库被拖库",
    "kind": "leak",
    "discovered_at": "2025-12-31T22:15:00+08:00",
    "individuals_affected": 1_200_000,
    "systems": ["会员系统"],
    "pi_categories": ["cn_mobile", "person_name"],
    "description": "攻击者导出会员表，样本含手机号13812345678",
}


def test_incident_grade_deadlines_and_report_form(reg: Register) -> None:
    with reg.write() as s:
        incident, created = incidents.record_incident(s, INCIDENT)
        assert created and incident.grade.value == "relatively_major"
    with reg.write() as s:
        _, again = incidents.record_incident(s, INCIDENT)
    assert not again
    with reg.read() as s:
        inc = incidents.get(s, "INC-1")
        data = incidents.to_dict(inc, now=dt.datetime(2026, 1, 1, 3, tzinfo=CHINA_TZ))
        form = incidents.report_form(inc, organisation="示例公司")
    report = next(d for d in data["deadlines"] if d["duty"] == "report")
    # 4 hours from discovery, over New Year's Eve (hours, not working days)
    assert report["due_at"] == "2026-01-01T02:15:00+08:00" and report["status"] == "overdue"
    items = {i["项目"]: i["内容"] for i in form["报告内容"]}
    assert items["事发单位名称"] == "示例公司"
    assert items["事件级别（研判）"].startswith("较大网络安全事件")
    assert items["事件原因初步分析"] == "待补报"
    assert "13812345678" not in json.dumps(form, ensure_ascii=False)
    assert "2026年01月01日 02:15" in json.dumps(form["报告与通知时限"], ensure_ascii=False)


def test_incident_update_regrades_and_records_duties(reg: Register) -> None:
    with reg.write() as s:
        incidents.record_incident(s, {**INCIDENT, "individuals_affected": 5000})
    with reg.write() as s:
        inc = incidents.update_incident(
            s,
            "INC-1",
            {
                "assessed_grade": "major",
                "assessment_reason": "关键信息基础设施主要功能中断",
                "reported_at": dt.datetime(2025, 12, 31, 23, tzinfo=CHINA_TZ),
            },
        )
        assert inc.grade.value == "major"
        data = incidents.to_dict(inc, now=dt.datetime(2026, 1, 2, tzinfo=CHINA_TZ))
    report = next(d for d in data["deadlines"] if d["duty"] == "report")
    assert report["status"] == "done"
    with pytest.raises(InvalidInputError, match="cannot change"), reg.write() as s:
        incidents.update_incident(s, "INC-1", {"title": "x"})
    with pytest.raises(InvalidInputError, match="discovered_at"), reg.write() as s:
        incidents.record_incident(
            s, {**INCIDENT, "incident_id": "INC-2", "discovered_at": "2025-12-31T22:15:00"}
        )
