"""``register <entity> add`` is generated from the descriptors: one option per field, typed by
its widget, required and defaulted as the input schema says, choices from the enumerations."""

from __future__ import annotations

import json
from enum import StrEnum
from pathlib import Path
from typing import Any

import pytest
import typer
from typer.testing import CliRunner

from piplkit.faces.cli.app import app as cli
from piplkit.faces.cli.register_add import help_line, options
from piplkit.platform.service.entities import DESCRIPTORS, EntityDescriptor
from piplkit.platform.service.i18n import LANGS, translate

RUNNER = CliRunner()


def _params(key: str) -> dict[str, Any]:
    """The add command's parameters (Typer's click objects, read by duck type: Typer may bring
    its own copy of click)."""
    group: Any = typer.main.get_command(cli)
    ctx = group.context_class(group)
    add = group.get_command(ctx, "register").get_command(ctx, key).get_command(ctx, "add")
    return {p.name: p for p in add.params if p.name}


@pytest.mark.parametrize("entity", DESCRIPTORS.values(), ids=lambda d: d.key)
def test_every_field_is_an_option(entity: EntityDescriptor) -> None:
    params = _params(entity.key)
    fields = options(entity)
    out = RUNNER.invoke(cli, ["register", entity.key, "add", "--help"], env={"COLUMNS": "400"})
    assert out.exit_code == 0, out.output
    assert set(params) == {"name", "db", *(f.name for f in fields)}
    assert params["name"].param_type_name == "argument" and params["name"].required
    for f in fields:
        p = params[f.name]
        assert p.param_type_name == "option"
        assert p.opts == [f.flag], f.name
        assert p.required == entity.required(f.name), f.name
        assert p.multiple == (f.posted == "list"), f.name
        assert p.is_flag == (f.posted == "flag"), f.name
        if f.choices is not None:
            listed = "|".join(m.value for m in f.choices)
            assert (f"<list[{listed}]>" if p.multiple else f"<{listed}>") in out.stdout
        default = entity.default(f.name)
        if not p.required and f.posted == "scalar" and default is not None:
            shown = default.value if isinstance(default, StrEnum) else default
            assert p.default == shown, f.name


@pytest.mark.parametrize("entity", DESCRIPTORS.values(), ids=lambda d: d.key)
def test_option_help_is_the_form_label_from_the_catalogue(entity: EntityDescriptor) -> None:
    """One wording for a field: the CLI's help starts with the web form's label (English), and
    carries the form's help text for a single value; list options say they repeat instead."""
    params = _params(entity.key)
    for f in options(entity):
        text = params[f.name].help
        assert text == help_line(f), f.name
        assert text.startswith(translate("en", f.label)), f.name
        if f.posted == "list":
            assert text.endswith(translate("en", "cli.repeat")), f.name
        elif f.help is not None:
            assert translate("en", f.help) in text, f.name
        zh = help_line(f, "zh")
        assert zh.startswith(translate("zh", f.label)) and zh != text, f.name


@pytest.mark.parametrize("entity", DESCRIPTORS.values(), ids=lambda d: d.key)
def test_field_keys_are_in_both_catalogues(entity: EntityDescriptor) -> None:
    keys = {k for f in entity.fields for k in (f.label, f.help) if k is not None}
    keys |= {c.label for c in entity.table} | {"cli.repeat", "cli.date"}
    for lang in LANGS:
        assert [k for k in sorted(keys) if translate(lang, k) == k] == [], lang


def test_only_the_column_editor_is_left_to_scans() -> None:
    for entity in DESCRIPTORS.values():
        left = {f.name for f in entity.fields} - {f.name for f in options(entity)}
        assert left <= {"name", "columns"}
    assert DESCRIPTORS["organisation"].fields  # its form lives elsewhere; add still has fields


def test_generated_options_reach_the_register(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'r.db'}"

    def run(*args: str) -> str:
        out = RUNNER.invoke(cli, ["register", *args, "--db", db])
        assert out.exit_code == 0, out.output
        return out.stdout

    run("dataset", "add", "DS", "--sensitivity", "pi", "--rows", "12")
    run("recipient", "add", "Rec", "--role", "third_party", "--country", "de")
    run(
        "transfer", "add", "T", "--dataset", "DS", "--recipient", "Rec",
        "--filing-reference", "A-1", "--filing-reference", "A-2",
        "--effective-on", "2025-03-01", "--important-data",
    )  # fmt: skip
    dataset = json.loads(run("dataset", "list", "--format", "json"))[0]
    assert (dataset["sensitivity"], dataset["rows"], dataset["grade"]) == ("pi", 12, "general")
    assert json.loads(run("recipient", "list", "--format", "json"))[0]["country"] == "DE"
    transfer = json.loads(run("transfer", "list", "--format", "json"))[0]
    assert transfer["filing_references"] == ["A-1", "A-2"]
    assert transfer["mechanism_effective_on"] == "2025-03-01" and transfer["important_data"]
    assert (transfer["purpose"], transfer["mechanism"]) == ("other", "undecided")
    bad = RUNNER.invoke(
        cli, ["register", "transfer", "add", "T2", "--dataset", "DS", "--recipient", "Rec",
              "--effective-on", "2025-02-30", "--db", db],
    )  # fmt: skip
    assert bad.exit_code != 0 and "--effective-on" in bad.stderr
    missing = RUNNER.invoke(cli, ["register", "activity", "add", "A", "--db", db])
    assert missing.exit_code != 0 and "--purpose" in missing.stderr
