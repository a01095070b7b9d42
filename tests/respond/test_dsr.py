"""Rights requests: intake, idempotency, bad input, states, alerts, and no raw PI stored."""

from __future__ import annotations

import datetime as dt
import threading

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import select, text
from tests.respond.conftest import KEY
from tests.respond.helpers import ADULT_ID, MOBILE

from piplkit.assess.law.calendar import CHINA_TZ
from piplkit.map.register.errors import ConflictError, InvalidInputError
from piplkit.map.register.store import Register
from piplkit.respond import dsr
from piplkit.respond.consent import may_process, notice_hash, record_consent
from piplkit.respond.enums import RequestState
from piplkit.respond.identifiers import IDENTIFIER_TYPES, identify
from piplkit.respond.models import RightsRequest
from piplkit.respond.settings import DSR_TARGET, set_setting

RECEIVED = dt.datetime(2025, 9, 30, 10, tzinfo=CHINA_TZ)


def request(**over: object) -> dict[str, object]:
    base: dict[str, object] = {
        "request_id": "req-1",
        "kind": "access",
        "identifier_type": "cn_resident_id",
        "identifier": ADULT_ID,
        "received_at": RECEIVED,
    }
    base.update(over)
    return base


def test_submit_computes_deadline_from_the_org_target(reg: Register, key: bytes) -> None:
    with reg.write() as s:
        set_setting(s, DSR_TARGET, 15)
        out = dsr.submit(s, request(), key=key)
    assert out.created
    data = dsr.to_dict(out.request)
    assert data["due_on"] == "2025-10-28" and data["deadline_basis"] == "organisation_target"
    assert data["identifier"] != ADULT_ID and "*" in data["identifier"]


def test_duplicate_submission_is_idempotent(reg: Register, key: bytes) -> None:
    with reg.write() as s:
        first = dsr.submit(s, request(note="请尽快"), key=key)
    with reg.write() as s:
        again = dsr.submit(s, request(note="请尽快"), key=key)
    assert first.created and not again.created
    assert again.request.name == first.request.name
    with reg.read() as s:
        assert len(dsr.list_requests(s)) == 1
    with (
        pytest.raises(ConflictError, match="already used by a different request"),
        reg.write() as s,
    ):
        dsr.submit(s, request(kind="deletion"), key=key)


def test_request_names_its_organisation(reg: Register, key: bytes) -> None:
    from piplkit.map.register.repository import organisations
    from piplkit.map.register.schemas import OrganisationIn

    with reg.write() as s:
        organisations.create(s, OrganisationIn(name="示例科技有限公司"))
        out = dsr.submit(s, request(organisation="示例科技有限公司"), key=key)
    assert dsr.to_dict(out.request)["organisation"] == "示例科技有限公司"
    with (
        pytest.raises(InvalidInputError, match="organisation: no organisation named"),
        reg.write() as s,
    ):
        dsr.submit(s, request(request_id="req-2", organisation="Nobody Ltd"), key=key)
    with reg.write() as s:
        plain = dsr.submit(s, request(request_id="req-3"), key=key)
    assert dsr.to_dict(plain.request)["organisation"] is None


def test_concurrent_duplicates_store_one_request(reg: Register, key: bytes) -> None:
    results: list[bool] = []
    errors: list[BaseException] = []

    def send() -> None:
        try:
            with reg.write() as s:
                results.append(dsr.submit(s, request(request_id="same"), key=key).created)
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=send) for _ in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors and sorted(results) == [False] * 5 + [True]


@pytest.mark.parametrize(
    ("payload", "message"),
    [
        (request(kind="erase"), "kind: unknown value"),
        (request(identifier_type="qq_number"), "unknown identifier type"),
        (request(identifier="110105198001011239"), "not a valid cn_resident_id"),
        (request(identifier_type="cn_mobile", identifier="12345678901"), "not a valid cn_mobile"),
        (
            request(received_at=dt.datetime(2025, 1, 1, 9)),
            "received_at: Value error, needs a time zone",
        ),
        (request(unexpected=1), "unexpected: Extra inputs are not permitted"),
        (request(request_id="a b/c"), "request_id"),
        (request(kind="next_of_kin"), "requester_identifier"),
        (
            request(
                kind="next_of_kin",
                requester_identifier_type="cn_mobile",
                requester_identifier=MOBILE,
                relation="friend",
            ),
            "relation",
        ),
        (
            request(
                kind="next_of_kin",
                requester_identifier_type="cn_mobile",
                requester_identifier=MOBILE,
                relation="child",
                scope=["portability"],
            ),
            "Art. 49",
        ),
        (request(relation="spouse"), "only for next_of_kin"),
    ],
)
def test_bad_input_is_one_clear_error_without_the_value(
    reg: Register, key: bytes, payload: dict[str, object], message: str
) -> None:
    with pytest.raises(InvalidInputError, match=message) as caught, reg.write() as s:
        dsr.submit(s, payload, key=key)
    text_ = str(caught.value)
    assert ADULT_ID not in text_ and "110105198001011239" not in text_ and MOBILE not in text_


def test_not_a_json_object() -> None:
    with pytest.raises(InvalidInputError, match="JSON object"):
        dsr.parse_request(["access"])  # type: ignore[arg-type]


def test_next_of_kin_request(reg: Register, key: bytes) -> None:
    with reg.write() as s:
        out = dsr.submit(
            s,
            request(
                kind="next_of_kin",
                requester_identifier_type="cn_mobile",
                requester_identifier=MOBILE,
                relation="child",
            ),
            key=key,
        )
        assert out.request.scope == ["access", "copy", "correction", "deletion"]
        assert out.request.requester_hash == identify("cn_mobile", MOBILE, key=key).hash


def test_states_and_refusal_reason(reg: Register, key: bytes) -> None:
    with reg.write() as s:
        dsr.submit(s, request(), key=key)
        dsr.submit(s, request(request_id="req-2"), key=key)
    with reg.write() as s:
        dsr.start_verification(s, "req-1")
        dsr.verify_identity(s, "req-1", "ID card checked at the counter")
        dsr.complete(s, "req-1")
        dsr.close(s, "req-1")
    with pytest.raises(ConflictError, match="closed"), reg.write() as s:
        dsr.complete(s, "req-1")
    with pytest.raises(InvalidInputError, match=r"Art\. 50"), reg.write() as s:
        dsr.refuse(s, "req-2", "  ")
    with reg.write() as s:
        refused = dsr.refuse(s, "req-2", "身份无法核验，联系电话13812345678无人接听")
        assert refused.state == RequestState.REFUSED
        assert MOBILE not in (refused.refusal_reason or "")
    with reg.read() as s:
        actions = [e.changes.get("state") for e in dsr.history(s, "req-1")]
    assert actions[0] == "received" and actions[-1] == ["completed", "closed"]


def test_alerts_list_overdue_and_missing_deadlines(reg: Register, key: bytes) -> None:
    with reg.write() as s:
        dsr.submit(s, request(request_id="no-target"), key=key)
        set_setting(s, DSR_TARGET, 15)
        dsr.submit(s, request(request_id="late"), key=key)
        dsr.submit(s, request(request_id="done"), key=key)
    with reg.write() as s:
        dsr.verify_identity(s, "done", "video call")
        dsr.complete(s, "done")
    with reg.read() as s:
        found = {(a.request.name, a.level, a.days) for a in dsr.alerts(s, dt.date(2025, 10, 30))}
        today = {(a.request.name, a.level) for a in dsr.alerts(s, dt.date(2025, 10, 28))}
    assert found == {("no-target", "no_deadline", None), ("late", "overdue", 2)}
    assert ("late", "due_today") in today


def test_withdrawal_request_withdraws_consent_at_once(reg: Register, key: bytes) -> None:
    notice = notice_hash("我们将使用您的手机号发送营销短信。")
    given = dt.datetime(2025, 3, 1, 9, tzinfo=CHINA_TZ)
    with reg.write() as s:
        record_consent(
            s,
            {
                "consent_id": "c1",
                "identifier_type": "cn_mobile",
                "identifier": MOBILE,
                "purpose": "marketing",
                "pi_categories": ["cn_mobile"],
                "notice_version": "v1",
                "notice_hash": notice,
                "given_at": given,
            },
            key=key,
        )
        dsr.submit(
            s,
            {
                "request_id": "w1",
                "kind": "withdraw_consent",
                "identifier_type": "cn_mobile",
                "identifier": MOBILE,
                "scope": ["marketing"],
            },
            key=key,
        )
    at = dt.datetime(2025, 9, 1, 12, tzinfo=dt.UTC)
    with reg.write() as s:
        done = dsr.verify_identity(s, "w1", "SMS code", now=at)
        assert done.state == RequestState.COMPLETED
    subject = identify("cn_mobile", MOBILE, key=key).hash
    with reg.read() as s:
        before = may_process(
            s,
            subject_hash=subject,
            category="cn_mobile",
            purpose="marketing",
            at=at - dt.timedelta(seconds=1),
        )
        after = may_process(
            s, subject_hash=subject, category="cn_mobile", purpose="marketing", at=at
        )
    assert before.allowed and not after.allowed
    assert "withdrawn" in after.reasons[0]


def test_no_raw_identifier_anywhere_in_the_database(reg: Register, key: bytes) -> None:
    with reg.write() as s:
        dsr.submit(s, request(note=f"我的身份证号是{ADULT_ID}，手机{MOBILE}"), key=key)
    dump = []
    with reg.engine.connect() as conn:
        for table in ("dsr_request", "audit_event"):
            dump.extend(str(row) for row in conn.execute(text(f"SELECT * FROM {table}")))
    blob = "\n".join(dump)
    assert ADULT_ID not in blob and MOBILE not in blob
    with reg.read() as s:
        stored = s.scalar(select(RightsRequest))
        assert stored is not None and "身份证号是" in (stored.note_masked or "")


@settings(max_examples=150, deadline=None)
@given(type_id=st.sampled_from(IDENTIFIER_TYPES), value=st.text(max_size=40))
def test_identify_never_crashes_and_never_echoes(type_id: str, value: str) -> None:
    # A marker no message contains: if an error echoed the value, the marker would show.
    value = value[: len(value) // 2] + "\u2603" + value[len(value) // 2 :]
    try:
        result = identify(type_id, value, key=KEY)
    except InvalidInputError as exc:
        assert "\u2603" not in str(exc)
    else:
        assert len(result.hash) == 64
