"""``dsr submit``'s options are the request descriptor's intake fields: every input of the core's
request model, flag and help from the descriptor, help from the zh/en catalogue entries."""

from __future__ import annotations

from typing import Any

import typer

from piplkit.faces.cli.app import app as cli
from piplkit.faces.cli.respond_dsr_cmd import intake_help
from piplkit.platform.service.i18n import LANGS, translate
from piplkit.platform.service.respond_entities import REQUEST
from piplkit.respond.dsr import RequestIn

#: Options of ``dsr submit`` that are not inputs of the request.
PLUMBING = {"key_file", "as_json", "db"}
#: The CLI's parameter names where they differ from the request model's keys.
RENAMED = {"requester_type": "requester_identifier_type", "requester": "requester_identifier"}


def _params() -> dict[str, Any]:
    group: Any = typer.main.get_command(cli)
    ctx = group.context_class(group)
    submit = group.get_command(ctx, "dsr").get_command(ctx, "submit")
    return {RENAMED.get(p.name, p.name): p for p in submit.params if p.name not in PLUMBING}


def test_every_input_of_a_request_is_an_intake_field_and_an_option() -> None:
    names = [f.name for f in REQUEST.intake]
    assert len(names) == len(set(names))
    assert set(names) == set(RequestIn.model_fields)
    params = _params()
    assert set(params) == set(names)
    for field in REQUEST.intake:
        option = params[field.name]
        assert option.opts == [field.flag], field.name
        assert option.multiple == field.repeat, field.name


def test_option_help_comes_from_the_catalogue() -> None:
    params = _params()
    for field in REQUEST.intake:
        text = params[field.name].help
        assert text == intake_help(field), field.name
        assert text.startswith(translate("en", field.label)), field.name
        if field.help is not None:
            assert translate("en", field.help) in text, field.name
        for value in field.choices:
            assert value in text, (field.name, value)
        zh = intake_help(field, "zh")
        assert zh.startswith(translate("zh", field.label)) and zh != text, field.name


def test_intake_keys_are_in_both_catalogues() -> None:
    keys = {k for f in REQUEST.intake for k in (f.label, f.help) if k is not None}
    keys |= {"cli.one_of", "cli.repeat"}
    for lang in LANGS:
        assert [k for k in sorted(keys) if translate(lang, k) == k] == [], lang
