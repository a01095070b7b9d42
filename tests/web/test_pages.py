"""Web UI without a browser: sign-in, cookies, CSRF, forms with validation, languages."""

from __future__ import annotations

import re

from tests.api.helpers import PASSWORD, Served

from piplkit.platform.service.i18n import catalogue


def _nonce(html: str) -> str:
    found = re.search(r'name="csrf" value="([^"]+)"', html)
    assert found, "form has a CSRF field"
    return found.group(1)


def test_login_sets_safe_cookie_and_redirects(web: Served) -> None:
    c = web.client
    assert c.get("/").headers["location"] == "/login?next=/"
    page = c.get("/login?next=/map")
    nonce = _nonce(page.text)
    bad = c.post("/login", data={"csrf": nonce, "name": "admin", "password": "wrong-pass"})
    assert bad.status_code == 401
    assert "piplkit_session" not in bad.headers.get("set-cookie", "")
    nonce = _nonce(bad.text)
    ok = c.post(
        "/login", data={"csrf": nonce, "name": "admin", "password": PASSWORD, "next": "/map"}
    )
    assert ok.status_code == 303
    assert ok.headers["location"] == "/map"
    cookie = ok.headers["set-cookie"]
    assert "piplkit_session=" in cookie
    assert "HttpOnly" in cookie
    assert "SameSite=lax" in cookie or "samesite=lax" in cookie.lower()
    assert "Secure" not in cookie  # plain http
    assert c.get("/map").status_code == 200


def test_login_needs_its_form_token_and_refuses_open_redirects(web: Served) -> None:
    c = web.client
    c.get("/login")
    r = c.post("/login", data={"csrf": "forged", "name": "admin", "password": PASSWORD})
    assert r.status_code == 400
    nonce = _nonce(c.get("/login").text)
    r = c.post(
        "/login",
        data={"csrf": nonce, "name": "admin", "password": PASSWORD, "next": "//evil.example"},
    )
    assert r.headers["location"] == "/"


def test_secure_cookie_over_https(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from tests.api.helpers import served

    with served(f"sqlite:///{tmp_path / 'p.db'}", base_url="https://testserver") as env:
        nonce = _nonce(env.client.get("/login").text)
        r = env.client.post("/login", data={"csrf": nonce, "name": "viewer", "password": PASSWORD})
        assert r.status_code == 303
        assert "Secure" in r.headers["set-cookie"]


def test_forms_need_csrf(web: Served) -> None:
    web.sign_in("editor")
    r = web.client.post("/systems/new", data={"name": "NoToken"})
    assert r.status_code == 403
    r = web.client.post("/systems/new", data={"name": "NoToken", "csrf": "0" * 64})
    assert r.status_code == 403
    page = web.client.get("/systems/new")
    r = web.client.post("/systems/new", data={"name": "WithToken", "csrf": _nonce(page.text)})
    assert r.status_code == 303
    assert (
        web.client.get("/api/v1/systems/WithToken", headers=web.auth("viewer")).status_code == 200
    )


def _columns(*rows: tuple[str, ...]) -> dict[str, str]:
    """The column editor's fields for ``(name, type[, "sensitive"][, orig])`` rows."""
    data = {"columns-editor": "1"}
    for i, row in enumerate(rows):
        name, pi_type, *rest = row
        data[f"columns-{i}-name"] = name
        data[f"columns-{i}-type"] = pi_type
        if "sensitive" in rest:
            data[f"columns-{i}-sensitive"] = "on"
        data[f"columns-{i}-orig"] = next((r for r in rest if r != "sensitive"), "")
    return data


def test_dataset_form_validation_messages(web: Served) -> None:
    web.sign_in("editor")
    csrf = _nonce(web.client.get("/datasets/new").text)
    r = web.client.post(
        "/datasets/new",
        data={"csrf": csrf, "name": "", "rows": "-5", **_columns(("phone", "CN MOBILE"))},
    )
    assert r.status_code == 422
    # name, rows, the bad row, and the note under the column editor
    assert r.text.count('class="error"') == 4
    assert "必填项" in r.text and "第 1 行（phone）：个人信息目录中没有类型 CN MOBILE。" in r.text
    r = web.client.post(
        "/datasets/new",
        data={"csrf": csrf, "name": "members", "grade": "general", "sensitivity": "pi"},
    )
    assert r.status_code == 409
    assert "已存在同名记录" in r.text
    r = web.client.post(
        "/datasets/new",
        data={
            "csrf": csrf,
            "name": "leads",
            "system": "会员系统",
            "grade": "important",
            "sensitivity": "pi",
            "rows": "12",
            **_columns(("手机号", "cn_mobile"), ("备注", "")),
        },
    )
    assert r.status_code == 303
    data = web.client.get("/api/v1/datasets/leads", headers=web.auth("viewer")).json()
    assert [(c["name"], c["pi_type"]) for c in data["columns"]] == [
        ("手机号", "cn_mobile"),
        ("备注", None),
    ]
    events = web.client.get("/api/v1/audit?entity=dataset", headers=web.auth("admin")).json()
    assert events["items"][0]["actor"] == "web:editor"


def test_edit_keeps_scan_statistics(web: Served) -> None:
    web.sign_in("editor")
    page = web.client.get("/datasets/edit?name=members")
    assert 'name="columns-1-name" value="mobile"' in page.text
    assert '<option value="cn_mobile" selected>' in page.text
    r = web.client.post(
        "/datasets/edit?name=members",
        data={
            "csrf": _nonce(page.text),
            "name": "members",
            "system": "会员系统",
            "grade": "important",
            "sensitivity": "sensitive",
            **_columns(
                ("id_no", "cn_resident_id", "sensitive", "id_no"), ("手机", "cn_mobile", "mobile")
            ),
        },
    )
    assert r.status_code == 303, r.text
    data = web.client.get("/api/v1/datasets/members", headers=web.auth("viewer")).json()
    assert data["grade"] == "important"
    mobile = next(c for c in data["columns"] if c["name"] == "手机")  # renamed: samples follow
    assert mobile["examples_masked"] == ["138****5678"]
    assert [c["name"] for c in data["columns"]] == ["id_no", "手机"]


def test_language_switch_and_catalogues(web: Served) -> None:
    assert catalogue("zh").keys() == catalogue("en").keys()
    web.sign_in("viewer")
    assert "数据地图" in web.client.get("/").text
    r = web.client.get("/lang/en?next=/map")
    assert r.headers["location"] == "/map"
    web.client.cookies.set("piplkit_lang", "en")
    assert "Data map" in web.client.get("/map").text


def test_public_double_list_needs_no_login(web: Served) -> None:
    r = web.client.get("/public/double-list?org=示例科技有限公司&lang=en")
    assert r.status_code == 200
    assert "Personal information collected" in r.text
    assert "Example GmbH" in r.text
    assert "members" not in r.text  # dataset names stay internal
    assert web.client.get("/public/double-list?org=nope").status_code == 404


def test_ropa_export_button(web: Served) -> None:
    web.sign_in("viewer")
    page = web.client.get("/ropa")
    assert 'href="/export/ropa.xlsx' in page.text
    r = web.client.get("/export/ropa.xlsx")
    assert r.status_code == 200
    assert r.content[:2] == b"PK"


def test_security_headers(web: Served) -> None:
    r = web.client.get("/login")
    assert "script-src 'self'" in r.headers["content-security-policy"]
    assert r.headers["x-frame-options"] == "DENY"


def test_failed_sign_ins_are_throttled_per_address_and_per_name(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """After ``login_failure_limit`` failures, even the right password waits (429, Retry-After);
    a success does not count, and other accounts are throttled per address only."""
    import dataclasses
    import datetime as dt

    from tests.api.helpers import SETTINGS, served

    settings = dataclasses.replace(
        SETTINGS, login_failure_limit=3, login_failure_window=dt.timedelta(minutes=15)
    )
    with served(f"sqlite:///{tmp_path / 'p.db'}", settings) as env:
        c = env.client

        def attempt(name: str, password: str) -> int:
            nonce = _nonce(c.get("/login").text)
            r = c.post("/login", data={"csrf": nonce, "name": name, "password": password})
            if r.status_code == 429:
                assert int(r.headers["retry-after"]) > 0
                assert "分钟" in r.text or "minute" in r.text
            return r.status_code

        assert attempt("viewer", PASSWORD) == 303  # successes are not counted
        assert [attempt("admin", "wrong-pass") for _ in range(3)] == [401, 401, 401]
        assert attempt("admin", PASSWORD) == 429  # the right password waits too
        assert attempt("editor", PASSWORD) == 429  # same address
        # the per-name limit holds when the address changes (many machines, one account)
        env.client.app.state.login_throttle.by_address.clear()  # type: ignore[attr-defined]
        assert attempt("editor", PASSWORD) == 303
        assert attempt("admin", PASSWORD) == 429


def test_recipient_and_transfer_forms(web: Served) -> None:
    """Recipients and transfers are created and edited from the web, validated like the API."""
    web.sign_in("editor")
    csrf = _nonce(web.client.get("/recipients/new").text)
    r = web.client.post(
        "/recipients/new",
        data={"csrf": csrf, "name": "Acme GmbH", "role": "third_party", "country": "Germany"},
    )
    assert r.status_code == 422 and 'id="f-country"' in r.text  # not an ISO code
    r = web.client.post(
        "/recipients/new",
        data={"csrf": csrf, "name": "Acme GmbH", "role": "entrusted_processor", "country": "DE"},
    )
    assert r.status_code == 303 and r.headers["location"] == "/recipients"
    listed = web.client.get("/recipients").text
    assert "/recipients/edit?name=Acme%20GmbH" in listed and "/recipients/new" in listed

    csrf = _nonce(web.client.get("/transfers/new").text)
    form = {
        "csrf": csrf,
        "name": "crm-to-acme",
        "dataset": "members",
        "recipient": "Acme GmbH",
        "purpose": "other",
        "mechanism": "standard_contract",
        "mechanism_effective_on": "2025-03-01",
        "filing_references": "沪备2025-001， 沪备2025-002",
        "important_data": "false",
    }
    r = web.client.post("/transfers/new", data=form)
    assert r.status_code == 303, r.text
    api = web.client.get("/api/v1/transfers/crm-to-acme", headers=web.auth("viewer")).json()
    assert api["recipient"] == "Acme GmbH" and api["mechanism"] == "standard_contract"
    assert api["filing_references"] == ["沪备2025-001", "沪备2025-002"]
    assert api["important_data"] is False

    page = web.client.get("/transfers/edit", params={"name": "crm-to-acme"}).text
    assert 'value="沪备2025-001, 沪备2025-002"' in page
    r = web.client.post(
        "/transfers/edit",
        params={"name": "crm-to-acme"},
        data={**form, "csrf": _nonce(page), "important_data": "true"},
    )
    assert r.status_code == 303
    api = web.client.get("/api/v1/transfers/crm-to-acme", headers=web.auth("viewer")).json()
    assert api["important_data"] is True
    r = web.client.post("/transfers/new", data={**form, "name": "t2", "dataset": "no-such-set"})
    assert r.status_code == 422


def test_viewers_see_no_edit_links(web: Served) -> None:
    web.sign_in("viewer")
    assert "/recipients/new" not in web.client.get("/recipients").text
    assert web.client.get("/transfers/new").status_code == 403


def test_activity_form_with_checkbox_groups(web: Served) -> None:
    web.sign_in("editor")
    page = web.client.get("/activities/new").text
    assert 'type="checkbox" name="separate_consents" value="cross_border"' in page
    form: dict[str, str | list[str]] = {
        "csrf": _nonce(page),
        "name": "营销推送",
        "purpose": "向会员推送优惠信息",
        "legal_basis": "consent",
        "datasets": "members",
        "pi_categories": "cn_mobile， email",
        "separate_consents": ["sensitive_pi", "cross_border"],  # a checkbox group
        "automated_decision_making": "true",
    }
    r = web.client.post("/activities/new", data=form)
    assert r.status_code == 303, r.text
    api = web.client.get("/api/v1/activities/营销推送", headers=web.auth("viewer")).json()
    assert api["separate_consents"] == ["sensitive_pi", "cross_border"]
    assert api["pi_categories"] == ["cn_mobile", "email"]
    assert api["datasets"] == ["members"] and api["automated_decision_making"] is True
    edit = web.client.get("/activities/edit", params={"name": "营销推送"}).text
    assert 'value="cross_border" checked' in edit and 'value="public_disclosure" >' in edit
    bad = {**form, "name": "x", "legal_basis": "because", "separate_consents": ["whatever"]}
    r = web.client.post("/activities/new", data=bad)
    assert r.status_code == 422


def test_obligations_badge_counts_what_the_list_holds() -> None:
    """Issue 19 item 6: the badge said 10 and the list showed 8; every obligation is listed
    (the ninth and later under "N more")."""
    from types import SimpleNamespace

    from piplkit.faces.web.render import _env
    from piplkit.map.register.enums import TransferMechanism
    from piplkit.platform.service.i18n import translate

    obligations = [SimpleNamespace(title=f"duty {i}", title_zh=f"义务{i}") for i in range(10)]
    html = _env.get_template("_assessment.html").render(
        t=lambda key, **v: translate("zh", key, **v),
        enum_label=lambda value, enum=None: str(value),
        lang="zh",
        assess_error=None,
        transfer_rows=[],
        deadlines=[],
        route_class={},
        TransferMechanism=TransferMechanism,
        obligations=obligations,
    )
    badge = re.search(r'适用义务 <span class="badge grey">(\d+)</span>', html)
    assert badge and badge.group(1) == "10"
    section = html[badge.end() : html.index("</section>", badge.end())]
    assert section.count("<li>") == 10 and "另外 2 项" in section
