"""The dataset form's column editor: rows checked on the server, each problem named with its
row; sensitivity from the catalogue; scan statistics kept; wide datasets left untouched."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

import pytest
from tests.api.helpers import Served

from piplkit.faces.web import column_editor
from piplkit.faces.web.column_editor import MARKER, read_posted

TODAY = dt.date(2026, 6, 1)
STORED = [
    {
        "name": "mobile",
        "pi_type": "cn_mobile",
        "sensitive": False,
        "confidence": 0.98,
        "matches": 49,
        "sampled": 50,
        "examples_masked": ["138****5678"],
    },
    {"name": "legacy", "pi_type": "retired_custom_type", "sensitive": True},
]


def _form(*rows: dict[str, str]) -> dict[str, str]:
    out = {MARKER: "1"}
    for i, row in enumerate(rows):
        for key, value in row.items():
            out[f"columns-{i}-{key}"] = value
    return out


def _read(form: dict[str, str], lang: Any = "en", existing: Any = ()) -> Any:
    return read_posted(form, list(existing), lang, today=TODAY)


def test_a_form_without_the_editor_leaves_the_columns_alone() -> None:
    posted = _read({"columns-0-name": "x"})
    assert posted.columns is None and posted.rows is None and not posted.errors


def test_rows_become_columns_and_empty_or_removed_rows_are_skipped() -> None:
    posted = _read(
        _form(
            {"name": "手机号", "type": "cn_mobile"},
            {"name": "", "type": ""},
            {"name": "备注", "type": "", "sensitive": "on"},
            {"name": "old", "type": "email", "remove": "on"},
        )
    )
    assert posted.problems == []
    assert posted.columns == [
        {"name": "手机号", "pi_type": "cn_mobile", "sensitive": False},
        {"name": "备注", "pi_type": None, "sensitive": True},
    ]


def test_sensitivity_follows_the_catalogue() -> None:
    posted = _read(
        _form(
            {"name": "card", "type": "bank_card"},  # locked box, not posted: still sensitive
            {"name": "id", "type": "cn_resident_id"},  # readings differ: the person's call
            {"name": "kid_phone", "type": "cn_mobile", "sensitive": "on"},  # a child's PI
        )
    )
    assert [c["sensitive"] for c in posted.columns] == [True, False, True]


def test_every_problem_names_its_row_as_the_form_shows_it_again() -> None:
    posted = _read(
        _form(
            {"name": "", "type": "cn_mobile"},
            {"name": "", "type": ""},  # empty and removed rows are not shown again,
            {"name": "x", "type": "email", "remove": "on"},  # so they are not counted
            {"name": "phone", "type": "CN MOBILE"},
            {"name": "uscc", "type": "cn_uscc", "sensitive": "on"},
            {"name": "a", "type": ""},
            {"name": "a", "type": "email"},
            {"name": "bad\x07name", "type": ""},
        )
    )
    assert posted.problems == [
        "Row 1: enter the column name.",
        "Row 2 (phone): the PI catalogue has no type CN MOBILE.",
        "Row 3 (uscc): this type is not personal information, so it cannot be sensitive PI.",
        "Row 5 (a): the same name as row 4.",
        "Row 6: Remove the control character (copied text may carry invisible ones).",
    ]
    assert [r.name for r in posted.rows] == ["", "phone", "uscc", "a", "a", "bad\x07name"]
    assert posted.rows[1].error and posted.rows[0].error
    zh = _read(_form({"name": "phone", "type": "nope"}), "zh")
    assert zh.problems == ["第 1 行（phone）：个人信息目录中没有类型 nope。"]


def test_scan_statistics_follow_the_column_and_the_detected_type() -> None:
    renamed = _read(_form({"name": "手机", "type": "cn_mobile", "orig": "mobile"}), existing=STORED)
    assert renamed.columns == [{**STORED[0], "name": "手机"}]
    retyped = _read(_form({"name": "mobile", "type": "email", "orig": "mobile"}), existing=STORED)
    (column,) = retyped.columns
    assert column["pi_type"] == "email" and column["examples_masked"] == ["138****5678"]
    assert not {"confidence", "matches", "sampled"} & set(column)


def test_a_stored_type_the_catalogue_no_longer_has_is_kept() -> None:
    form = _form(
        {"name": "legacy", "type": "retired_custom_type", "orig": "legacy", "sensitive": "on"}
    )
    posted = _read(form, existing=STORED)
    assert posted.problems == [] and posted.columns[0]["pi_type"] == "retired_custom_type"
    assert posted.columns[0]["sensitive"] is True


def test_too_many_rows_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(column_editor, "MAX_COLUMNS", 2)
    rows = [{"name": f"c{i}", "type": ""} for i in range(3)]
    assert _read(_form(*rows)).problems == [
        "At most 2 columns per form; import more through the API or piplkit register import."
    ]
    rows = [{"name": f"c{i}", "type": ""} for i in range(6)]
    posted = _read(_form(*rows))
    assert posted.columns is None and posted.problems


# --- the form in the app ----------------------------------------------------------------------


def _csrf(html: str) -> str:
    found = re.search(r'name="csrf" value="([^"]+)"', html)
    assert found
    return found.group(1)


def test_the_edit_form_shows_rows_with_the_catalogue(web: Served) -> None:
    web.sign_in("editor")
    html = web.client.get("/datasets/edit?name=members", headers={"accept-language": "en"}).text
    names = re.findall(r'name="columns-(\d+)-name" value="([^"]*)"', html)
    assert names == [
        ("0", "id_no"),
        ("1", "mobile"),
        ("2", "diagnosis"),
        ("3", "city"),
        ("4", ""),
        ("5", ""),
        ("6", ""),
    ]
    assert '<optgroup label="Personal property information">' in html
    assert '<option value="bank_card">Bank card number · bank_card</option>' in html
    assert "<textarea" not in html.split('id="f-columns"')[1].split("</table>")[0]
    # the template row carries each type's rule for the script; ordinary rows do not
    rows, template = html.split('<template class="col-template">')
    assert "data-choice" not in rows
    assert '<option value="bank_card" data-choice="fixed" data-default="1"' in template
    assert '<option value="cn_mobile" data-choice="raise" data-default="0"' in template


def test_a_bad_row_comes_back_with_its_message_and_nothing_is_saved(web: Served) -> None:
    web.sign_in("editor")
    page = web.client.get("/datasets/edit?name=members")
    data = {
        "csrf": _csrf(page.text),
        "name": "members",
        "system": "会员系统",
        "grade": "general",
        "sensitivity": "sensitive",
        **_form({"name": "mobile", "type": "cn_mobile", "orig": "mobile"}, {"name": "mobile"}),
    }
    r = web.client.post("/datasets/edit?name=members", data=data)
    assert r.status_code == 422
    assert "第 2 行（mobile）：字段名与第 1 行重复。" in r.text
    assert 'class="col-row invalid"' in r.text
    stored = web.client.get("/api/v1/datasets/members", headers=web.auth("viewer")).json()
    assert len(stored["columns"]) == 4


def test_a_dataset_wider_than_the_form_keeps_its_columns(
    web: Served, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(column_editor, "MAX_COLUMNS", 3)
    web.sign_in("editor")
    page = web.client.get("/datasets/edit?name=members")
    assert 'id="columns-read-only"' in page.text and MARKER not in page.text
    data = {
        "csrf": _csrf(page.text),
        "name": "members",
        "system": "会员系统",
        "grade": "general",
        "sensitivity": "sensitive",
        "description": "wide",
    }
    assert web.client.post("/datasets/edit?name=members", data=data).status_code == 303
    stored = web.client.get("/api/v1/datasets/members", headers=web.auth("viewer")).json()
    assert stored["description"] == "wide" and len(stored["columns"]) == 4
