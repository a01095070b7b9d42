"""The demo company's rights requests, consents and incidents, dated from the demo's run day.

``piplkit demo`` loads a register; without these the rights-request, consent and incident pages
and the dashboard's "overdue and due soon" panel would open empty. Everything goes through the
same functions the CLI, the API and the web forms call (:mod:`piplkit.respond`), so identifiers
are validated, hashed with the demo's key and masked, notes are redacted, and every step is in
the audit trail. The people are synthetic: Faker zh_CN names, and mobile and resident-ID numbers
from :mod:`piplkit.discover.samples.identifiers` that pass the check-digit rules but belong to
nobody.

Deadlines are counted as for any request: in Chinese working days from the day of receipt, with
the register's organisational target (``register init`` sets one; the demo sets the same when
there is none). Receipt days are chosen by that arithmetic so that, on the run day, some open
requests are overdue and some fall due within the dashboard's "due soon" window, whatever the
holidays around it. Seeding happens once: a register that already holds the demo's requests is
left as it is.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from dataclasses import dataclass

from faker import Faker
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from piplkit.assess.law.calendar import CHINA_TZ
from piplkit.assess.rules.response_deadlines import china_date, request_deadline
from piplkit.discover.samples.identifiers import mobile, resident_id
from piplkit.faces.cli.demo_register import ORG
from piplkit.map.register import repository as repo
from piplkit.map.register.store import Register
from piplkit.respond import consent, dsr, incidents, settings
from piplkit.respond.models import ConsentRecord, Incident, RightsRequest

#: Prefix of the demo's request, consent and incident ids (how a re-run recognises its records).
PREFIX = "demo-"
#: The dashboard's window for "due soon" (``piplkit.faces.web.respond_alerts.SOON_DAYS``).
SOON_DAYS = 3
#: The notices people were shown: version and text (the ledger keeps the text's SHA-256).
NOTICES = {
    "member": (
        "member-v2025.06",
        "会员服务隐私政策：为提供会员注册、积分与权益服务，我们处理您的姓名和手机号码。",
    ),
    "real_name": (
        "realname-v2025.06",
        "实名认证单独同意：为完成会员实名认证，我们处理您的身份证号码。",
    ),
    "export": (
        "export-v2025.06",
        "出境单独同意：您的会员信息将提供给德国总部，用于全球会员权益互通。",
    ),
    "marketing": (
        "marketing-v2025.06",
        "营销短信同意：我们将向您发送促销活动短信，您可随时退订。",
    ),
}


@dataclass(frozen=True, slots=True)
class DemoRespond:
    """What the demo holds afterwards, as the pages will show it on the run day."""

    requests: int
    overdue: int
    due_soon: int
    consents: int
    withdrawn: int
    incidents: int
    open_incidents: int
    target_working_days: int | None
    seeded: bool
    note: str | None = None


@dataclass(frozen=True, slots=True)
class Person:
    name: str
    mobile: str
    email: str
    resident_id: str


def add_respond_facts(
    reg: Register, key: bytes, now: dt.datetime, *, default_target: int
) -> DemoRespond:
    """Seed the requests, consents and incidents (once) and count what is due on ``now``."""
    today = china_date(now)
    with reg.write("demo") as s:
        if settings.dsr_target(s) is None:
            settings.set_setting(s, settings.DSR_TARGET, default_target)
        target = settings.dsr_target(s)
        present = s.scalar(
            select(func.count())
            .select_from(RightsRequest)
            .where(RightsRequest.name.startswith(PREFIX))
        )
    note = None
    if not present:
        persons = people()
        with reg.write("demo") as s:
            _consents(s, key, persons, now)
        with reg.write("demo") as s:
            note = _requests(s, key, persons, now, target)
        with reg.write("demo") as s:
            _incidents(s, now)
    return _count(reg, today, target, seeded=not present, note=note)


def people(seed: int = 20261205) -> list[Person]:
    """The demo's eight people: generated, the same on every run."""
    fake = Faker("zh_CN")
    fake.seed_instance(seed)
    rng = random.Random(seed)
    out = []
    for _ in range(8):
        born = dt.date(1965, 1, 1) + dt.timedelta(days=rng.randrange(0, 365 * 40))
        out.append(
            Person(
                name=fake.name(),
                mobile=mobile(rng),
                email=f"{fake.user_name()}{rng.randrange(100, 999)}@example.cn",
                resident_id=resident_id(rng, born),
            )
        )
    return out


def child_id(today: dt.date) -> str:
    """A synthetic resident ID of a ten-year-old (a consent that needs the guardian's)."""
    return resident_id(random.Random(7), today.replace(month=1, day=1) - dt.timedelta(days=3650))


def _at(day: dt.date, hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour, minute), CHINA_TZ)


def _received_for(
    today: dt.date, target: int | None, wanted: Callable[[int], bool], prefer: list[int]
) -> dt.date | None:
    """The latest receipt day whose deadline lies ``gap`` days from today with ``wanted(gap)``
    (the gaps listed in ``prefer`` first), by the working-day arithmetic of every request."""
    found: dict[int, dt.date] = {}
    for back in range(0, 90):
        day = today - dt.timedelta(days=back)
        due = request_deadline(_at(day, 10), target).due_on
        if due is None:
            continue
        gap = (due - today).days
        if wanted(gap) and gap not in found:
            found[gap] = day
    for gap in prefer:
        if gap in found:
            return found[gap]
    return max(found.values()) if found else None


def _requests(
    s: Session, key: bytes, people: list[Person], now: dt.datetime, target: int | None
) -> str | None:
    """Eight requests: two overdue, two due soon, one not yet due, and three answered."""
    today = china_date(now)
    overdue = _received_for(today, target, lambda g: g < 0, [-4, -3, -5, -2, -6, -1])
    late = _received_for(today, target, lambda g: g < -7, [-11, -10, -12, -9, -13, -8])
    soon = _received_for(today, target, lambda g: 1 <= g <= SOON_DAYS, [2, 1, 3])
    soonest = _received_for(today, target, lambda g: 0 <= g <= SOON_DAYS, [1, 3, 0, 2])
    missing = [n for n, d in (("overdue", overdue), ("due soon", soon)) if d is None]
    note = None
    if missing:
        note = (
            f"the working-day calendar could not date {' and '.join(missing)} requests around "
            f"{today} (holiday schedule not known for that year)"
        )
    fallback = today - dt.timedelta(days=1)
    p = people
    plans: list[tuple[str, dict[str, object], dt.date, list[tuple[str, object]]]] = [
        (
            "01",
            {
                "kind": "access",
                "identifier_type": "cn_mobile",
                "identifier": p[0].mobile,
                "channel": "web",
                "note": f"会员{p[0].name}要求查阅其订单记录和会员积分明细",
            },
            overdue or fallback,
            [("start_verification", None), ("verify", "短信验证码核验手机号码")],
        ),
        (
            "02",
            {
                "kind": "deletion",
                "identifier_type": "email",
                "identifier": p[1].email,
                "channel": "email",
                "scope": ["members", "orders"],
                "note": "用户注销账号后要求删除全部会员资料",
            },
            late or fallback,
            [("start_verification", None)],
        ),
        (
            "03",
            {
                "kind": "correction",
                "identifier_type": "cn_mobile",
                "identifier": p[2].mobile,
                "channel": "phone",
                "note": f"客户{p[2].name}来电要求更正收货地址",
            },
            soon or fallback,
            [],
        ),
        (
            "04",
            {
                "kind": "copy",
                "identifier_type": "cn_resident_id",
                "identifier": p[3].resident_id,
                "channel": "web",
                "scope": ["members"],
                "note": "要求导出会员资料副本（电子版）",
            },
            soonest or soon or fallback,
            [("verify", "身份证件照片人工核验")],
        ),
        (
            "05",
            {
                "kind": "explanation",
                "identifier_type": "account",
                "identifier": "M-2025-00417",
                "channel": "api",
                "note": "询问个性化推荐的处理规则",
            },
            today,
            [],
        ),
    ]
    for suffix, fields, day, steps in plans:
        _submit(s, key, f"{PREFIX}dsr-{suffix}", fields, _at(day, 10, 15), now, steps)
    # answered requests, received well before
    _submit(
        s, key, f"{PREFIX}dsr-06",
        {"kind": "withdraw_consent", "identifier_type": "cn_mobile", "identifier": p[4].mobile,
         "channel": "phone", "scope": ["营销短信"], "note": "来电要求停止发送营销短信"},
        _at(today - dt.timedelta(days=20), 9, 40), now,
        [("verify", "回拨预留手机号码确认"), ("close", None)], offset_days=19,
    )  # fmt: skip
    _submit(
        s, key, f"{PREFIX}dsr-07",
        {"kind": "deletion", "identifier_type": "cn_mobile", "identifier": p[5].mobile,
         "channel": "web", "scope": ["orders"], "note": "要求删除近一年的订单记录"},
        _at(today - dt.timedelta(days=35), 14, 5), now,
        [("verify", "短信验证码核验手机号码"),
         ("refuse", "订单交易信息依《电子商务法》第三十一条须自交易完成之日起保存不少于三年，"
                    "保存期满后删除；已停止除保存以外的处理")],
        offset_days=6,
    )  # fmt: skip
    _submit(
        s, key, f"{PREFIX}dsr-08",
        {"kind": "next_of_kin", "identifier_type": "cn_resident_id",
         "identifier": p[6].resident_id, "requester_identifier_type": "cn_mobile",
         "requester_identifier": p[7].mobile, "relation": "spouse", "scope": ["access"],
         "channel": "post", "note": "近亲属凭死亡证明和结婚证申请查阅已故会员的订单记录"},
        _at(today - dt.timedelta(days=50), 11, 0), now,
        [("verify", "核验死亡证明、结婚证及申请人身份证件"), ("complete", None), ("close", None)],
        offset_days=9,
    )  # fmt: skip
    return note


def _submit(
    s: Session,
    key: bytes,
    request_id: str,
    fields: dict[str, object],
    received: dt.datetime,
    now: dt.datetime,
    steps: list[tuple[str, object]],
    *,
    offset_days: int = 1,
) -> None:
    """Submit one request and take it through ``steps``, each a day or so after receipt."""
    received = min(received, now - dt.timedelta(minutes=5))  # never later than the run
    organisation = ORG if repo.organisations.find(s, ORG) is not None else None
    payload = {"request_id": request_id, "organisation": organisation, **fields}
    dsr.submit(s, {**payload, "received_at": received}, key=key, now=now)
    at = min(received + dt.timedelta(days=offset_days, hours=2), now)
    for action, arg in steps:
        if action == "start_verification":
            dsr.start_verification(s, request_id)
        elif action == "verify":
            dsr.verify_identity(s, request_id, str(arg), now=at)
        elif action == "complete":
            dsr.complete(s, request_id, now=at)
        elif action == "refuse":
            dsr.refuse(s, request_id, str(arg), now=at)
        elif action == "close":
            dsr.close(s, request_id, now=min(at + dt.timedelta(days=1), now))


def _consents(s: Session, key: bytes, people: list[Person], now: dt.datetime) -> None:
    """Member, real-name, export and marketing consents; one withdrawn by the person's call,
    one by a rights request (``_requests``), one a child's with the guardian's consent."""
    today = china_date(now)

    def give(n: int, person_field: tuple[str, str], purpose: str, kind: str, cats: list[str],
             notice: str, days_ago: int, **extra: object) -> None:  # fmt: skip
        id_type, value = person_field
        version, text = NOTICES[notice]
        consent.record_consent(
            s,
            {
                "consent_id": f"{PREFIX}consent-{n:02d}",
                "identifier_type": id_type,
                "identifier": value,
                "purpose": purpose,
                "purpose_kind": kind,
                "pi_categories": cats,
                "notice_version": version,
                "notice_hash": consent.notice_hash(text),
                "separate": kind != "general",
                "channel": "app",
                "given_at": _at(today - dt.timedelta(days=days_ago), 20, 30),
                **extra,
            },
            key=key,
            now=now,
        )

    p = people
    member = ["person_name", "cn_mobile"]
    give(1, ("cn_mobile", p[0].mobile), "会员服务", "general", member, "member", 320)
    give(2, ("cn_mobile", p[0].mobile), "会员实名认证", "sensitive", ["cn_resident_id"],
         "real_name", 320)  # fmt: skip
    give(3, ("cn_mobile", p[1].mobile), "会员服务", "general", member, "member", 210)
    give(4, ("cn_mobile", p[1].mobile), "会员数据至德国总部", "cross_border", member,
         "export", 150)  # fmt: skip
    give(5, ("cn_mobile", p[4].mobile), "营销短信", "general", ["cn_mobile"], "marketing", 90)
    give(6, ("cn_mobile", p[4].mobile), "会员服务", "general", member, "member", 90)
    give(7, ("email", p[2].email), "会员服务", "general", ["person_name", "email"], "member", 40)
    child = child_id(today)
    give(8, ("cn_resident_id", child), "会员服务", "general", ["person_name"], "member", 12,
         guardian_identifier_type="cn_mobile", guardian_identifier=p[3].mobile)  # fmt: skip
    # the member who later asked the hotline to stop the export to Germany
    consent.withdraw(
        s, "cn_mobile", p[1].mobile, key=key, purposes=["会员数据至德国总部"],
        at=_at(today - dt.timedelta(days=8), 16, 10), ref="客服工单 demo-ticket-0815",
    )  # fmt: skip


def _incidents(s: Session, now: dt.datetime) -> None:
    """One incident whose reporting clock is running, one handled, reported and closed."""
    discovered = now - dt.timedelta(minutes=95)
    incidents.record_incident(
        s,
        {
            "incident_id": f"{PREFIX}inc-01",
            "title": "会员系统接口异常批量导出会员数据",
            "kind": "leak",
            "operator_type": "other",
            "discovered_at": discovered,
            "occurred_at": discovered - dt.timedelta(hours=6),
            "individuals_affected": 12_480,
            "sensitive_individuals": 3_215,
            "assessed_grade": "relatively_major",
            "assessment_reason": "示例：涉及已识别的重要数据（会员数据集）泄露，依《网络安全事件"
            "分级指南》研判为较大网络安全事件",
            "systems": ["会员系统"],
            "pi_categories": ["person_name", "cn_mobile", "cn_resident_id"],
            "description": "安全监测发现会员系统查询接口被异常调用，夜间批量导出会员记录。",
            "measures": "已封禁异常账号与来源地址，关闭该接口的批量查询功能。",
        },
    )
    incidents.update_incident(
        s, f"{PREFIX}inc-01", {"authority_notified_at": now - dt.timedelta(minutes=20)}
    )
    found = now - dt.timedelta(days=48, hours=3)
    incidents.record_incident(
        s,
        {
            "incident_id": f"{PREFIX}inc-02",
            "title": "电商平台遭受勒索软件攻击导致订单服务中断",
            "kind": "ransomware",
            "operator_type": "cii",
            "discovered_at": found,
            "assessed_grade": "relatively_major",
            "assessment_reason": "示例：关键信息基础设施订单服务中断约三小时，依《网络安全事件"
            "分级指南》研判为较大网络安全事件",
            "systems": ["电商平台"],
            "description": "订单数据库服务器被勒索软件加密，订单服务中断约三小时；未发现数据外传。",
            "cause": "运维跳板机弱口令被利用。",
            "measures": "隔离受感染主机，从离线备份恢复订单数据库；"
            "全面更换运维口令并启用双因素认证。",
        },
    )
    incidents.update_incident(
        s,
        f"{PREFIX}inc-02",
        {
            "reported_at": found + dt.timedelta(minutes=50),
            "authority_notified_at": found + dt.timedelta(hours=2),
            "individuals_notified_at": found + dt.timedelta(hours=20),
            "handling_ended_at": found + dt.timedelta(days=3),
            "summary_reported_at": found + dt.timedelta(days=12),
            "status": "closed",
        },
    )


def _count(
    reg: Register, today: dt.date, target: int | None, *, seeded: bool, note: str | None
) -> DemoRespond:
    with reg.read() as s:
        open_requests = [r for r in dsr.list_requests(s) if r.state in dsr.OPEN_STATES]
        gaps = [(r.due_on - today).days for r in open_requests if r.due_on is not None]
        consents = list(s.scalars(select(ConsentRecord)))
        all_incidents = list(s.scalars(select(Incident)))
        return DemoRespond(
            requests=s.scalar(select(func.count()).select_from(RightsRequest)) or 0,
            overdue=sum(1 for g in gaps if g < 0),
            due_soon=sum(1 for g in gaps if 0 <= g <= SOON_DAYS),
            consents=len(consents),
            withdrawn=sum(1 for c in consents if c.withdrawn_at is not None),
            incidents=len(all_incidents),
            open_incidents=len(incidents.list_incidents(s, open_only=True)),
            target_working_days=target,
            seeded=seeded,
            note=note,
        )
