"""The dataset form's column editor in a real browser: rows added and removed in place, the
sensitivity following the picked type, saved; and the same form with JavaScript off."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import httpx
import pytest
from tests import skips

pytest.importorskip(
    "playwright", reason=skips.browser("playwright is not installed", "pip install -e '.[test]'")
)

from tests.api.helpers import PASSWORD
from tests.web.test_admin_browser import shots, site  # noqa: F401  (fixtures)


def _sign_in(page: Any, base: str) -> None:
    page.set_viewport_size({"width": 1400, "height": 900})
    page.goto(base + "/login")
    page.fill("#name", "editor")
    page.fill("#password", PASSWORD)
    page.click("form.stacked button[type=submit]")
    page.wait_for_url(base + "/")


def _stored(base: str, env: Any, name: str) -> list[dict[str, Any]]:
    auth = {"Authorization": f"Bearer {env.tokens['viewer']}"}
    columns: list[dict[str, Any]] = httpx.get(
        f"{base}/api/v1/datasets/{name}", headers=auth
    ).json()["columns"]
    return columns


def test_add_remove_pick_and_save(page: Any, site: Any, shots: Path) -> None:  # noqa: F811
    base, env = site
    _sign_in(page, base)
    page.goto(base + "/datasets/new")
    page.fill("#f-name", "客户档案")
    rows = page.locator("#f-columns tbody tr.col-row")
    assert rows.count() == 3
    assert page.locator("#f-columns .col-remove-btn").first.is_visible()  # the script ran
    page.click("#f-columns .col-add")
    assert rows.count() == 4
    assert page.locator("#f-columns tbody tr.col-row .col-no").last.inner_text() == "4"

    def fill(i: int, name: str, pi_type: str) -> Any:
        row = rows.nth(i)
        row.locator("input.col-name").fill(name)
        row.locator("select.col-type").select_option(pi_type)
        return row

    card = fill(0, "银行卡号", "bank_card")
    box = card.locator("input.col-sensitive")
    assert box.is_checked() and box.is_disabled()
    assert "敏感个人信息" in card.locator(".col-reason").inner_text()
    ident = fill(1, "身份证号", "cn_resident_id")
    assert ident.locator("input.col-sensitive").is_checked()
    assert ident.locator("input.col-sensitive").is_enabled()  # the readings differ
    ident.locator("input.col-sensitive").uncheck()
    fill(2, "临时列", "email")
    phone = fill(3, "手机号", "cn_mobile")
    assert not phone.locator("input.col-sensitive").is_checked()
    assert "未成年人" in phone.locator(".col-reason").inner_text()
    page.screenshot(path=str(shots / "columns_editor.png"), full_page=True)

    rows.nth(2).locator(".col-remove-btn").click()
    assert rows.count() == 3
    assert [rows.nth(i).locator(".col-no").inner_text() for i in range(3)] == ["1", "2", "3"]
    page.click("main button[type=submit]:has-text('保存')")
    page.wait_for_url("**/datasets/view?name=*")
    assert [(c["name"], c["pi_type"], c["sensitive"]) for c in _stored(base, env, "客户档案")] == [
        ("银行卡号", "bank_card", True),
        ("身份证号", "cn_resident_id", False),
        ("手机号", "cn_mobile", False),
    ]

    # a bad row comes back named, with the others as typed
    page.goto(base + "/datasets/edit?name=" + "客户档案")
    page.click("#f-columns .col-add")
    rows.last.locator("input.col-name").fill("手机号")
    page.click("main button[type=submit]:has-text('保存')")
    error = page.locator("#f-columns tr.invalid .error")
    assert error.inner_text() == "第 4 行（手机号）：字段名与第 3 行重复。"  # numbered as shown
    assert page.locator("#f-columns tr.invalid .col-no").inner_text() == "4"
    page.screenshot(path=str(shots / "columns_editor_error.png"), full_page=True)


def test_without_javascript(browser: Any, site: Any, shots: Path) -> None:  # noqa: F811
    base, env = site
    context = browser.new_context(java_script_enabled=False, locale="zh-CN")
    page = context.new_page()
    try:
        _sign_in(page, base)
        page.goto(base + "/datasets/edit?name=members")
        rows = page.locator("#f-columns tbody tr.col-row")
        assert rows.count() == 7  # four stored, three empty
        assert not page.locator("#f-columns .col-add").is_visible()
        rows.nth(3).locator("input[name$='-remove']").check()  # city
        rows.nth(4).locator("input.col-name").fill("银行卡")
        rows.nth(4).locator("select.col-type").select_option("bank_card")
        page.screenshot(path=str(shots / "columns_editor_nojs.png"), full_page=True)
        page.click("main button[type=submit]:has-text('保存')")
        page.wait_for_url("**/datasets/view?name=members")
    finally:
        context.close()
    stored = {c["name"]: c for c in _stored(base, env, "members")}
    assert list(stored) == ["id_no", "mobile", "diagnosis", "银行卡"]
    assert stored["银行卡"]["sensitive"] is True  # the catalogue's, though the box was not sent
    assert stored["mobile"]["examples_masked"] == ["138****5678"]
