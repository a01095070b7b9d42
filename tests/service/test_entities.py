"""The register entities' descriptors, and the three faces rendered from them agreeing."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from tests.api.helpers import served
from typer.testing import CliRunner

from piplkit.faces.cli.app import app as cli
from piplkit.platform.service.entities import BY_SEGMENT, DESCRIPTORS, EntityDescriptor, Posted

WITH_FORMS = [d for d in DESCRIPTORS.values() if d.form]


@pytest.mark.parametrize("entity", DESCRIPTORS.values(), ids=lambda d: d.key)
def test_fields_and_columns_are_fields_of_the_input_schema(entity: EntityDescriptor) -> None:
    known = set(entity.schema.model_fields)
    assert {f.name for f in entity.form} <= known
    assert set(entity.summary) <= known
    assert entity.summary[0] == "name"
    assert BY_SEGMENT[entity.segment] is entity


@pytest.mark.parametrize("entity", WITH_FORMS, ids=lambda d: d.key)
def test_a_form_posts_each_field_once(entity: EntityDescriptor) -> None:
    kinds: tuple[Posted, ...] = ("scalar", "list", "flag", "columns")
    posted = [name for kind in kinds for name in entity.posted(kind)]
    assert sorted(posted) == sorted(f.name for f in entity.form)
    assert entity.form[0].name == "name" and entity.table[0].label == "common.name"


def test_how_posted_fields_become_input() -> None:
    activity = DESCRIPTORS["activity"]
    assert activity.posted("list") == [
        "datasets",
        "pi_categories",
        "sensitive_categories",
        "separate_consents",
    ]
    assert activity.posted("flag") == ["automated_decision_making"]
    assert DESCRIPTORS["dataset"].posted("columns") == ["columns"]
    assert "columns" not in DESCRIPTORS["dataset"].posted("scalar")


def test_required_marks_come_from_the_schema() -> None:
    transfer = DESCRIPTORS["transfer"]
    marked = [f.name for f in transfer.form if transfer.required(f.name)]
    assert marked == ["name", "dataset", "recipient"]
    assert not DESCRIPTORS["system"].required("organisation")


def test_the_three_faces_show_one_serialization(tmp_path: Path) -> None:
    """The API's item, the CLI's ``--format json`` list and the web edit form's values are the
    descriptor's serializer applied to the same stored row."""
    url = f"sqlite:///{tmp_path / 'p.db'}"
    with served(url) as env:
        expected: dict[str, list[dict[str, Any]]] = {}
        with env.reg.read() as session:
            for key, entity in DESCRIPTORS.items():
                expected[key] = [entity.serialize(o) for o in entity.repo.list(session)]
        assert all(expected.values()), "the sample register has a row of every entity"
        for key, entity in DESCRIPTORS.items():
            first = expected[key][0]
            got = env.client.get(
                f"/api/v1/{entity.segment}/{first['name']}", headers=env.auth("viewer")
            )
            assert got.status_code == 200 and got.json() == first
            listed = CliRunner().invoke(
                cli, ["register", key, "list", "--format", "json", "--db", url]
            )
            assert listed.exit_code == 0, listed.output
            assert json.loads(listed.output) == expected[key]
        env.sign_in("editor")
        recipient = expected["recipient"][0]
        page = env.client.get(f"/recipients/edit?name={recipient['name']}").text
        assert re.search(rf'name="country"[^>]*value="{recipient["country"]}"', page)


def test_web_list_pages_show_the_descriptor_columns(tmp_path: Path) -> None:
    with served(f"sqlite:///{tmp_path / 'p.db'}") as env:
        env.sign_in("viewer")
        env.client.cookies.set("piplkit_lang", "en")
        for entity in WITH_FORMS:
            page = env.client.get(f"/{entity.segment}")
            assert page.status_code == 200
            assert page.text.count("<th>") == len(entity.table)
        # viewers follow links to detail pages only; editors also reach edit forms
        assert "/systems/view?name=" in env.client.get("/systems").text
        assert "/transfers/edit?name=" not in env.client.get("/transfers").text
        env.sign_in("editor")
        assert "/transfers/edit?name=" in env.client.get("/transfers").text
