"""``piplkit register <entity> add``, generated from the entity's descriptor.

Each add command's options are the descriptor's fields (``platform/service/entities.py``), the
same ones the web form shows: a field's widget gives the option's type (a number, a date, a
yes/no flag, one of an enumeration's members, a repeated option for a list), the input schema
says whether it is required and its default, the descriptor gives its name. The help line is
the web form's label and help text, from the same zh/en catalogue entries
(``platform/service/i18n``), in English: help is built before any option is read, and the
command line has no language setting of its own (``--lang`` chooses the language of a command's
output, not of its help). A field added to a descriptor is an option of ``add`` without touching
this module; validation stays the register's pydantic model.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable
from typing import Annotated, Any

import typer

from piplkit.faces.cli.register_common import DbOption, opened, parse_date, stdout
from piplkit.map.register.schemas import validate
from piplkit.platform.service.entities import EntityDescriptor, FieldSpec
from piplkit.platform.service.i18n import Lang, translate

#: What ``add --help`` says each command does.
ABOUT = {
    "organisation": "Add an organisation (a personal-information handler).",
    "system": "Add a system (application, database, service).",
    "dataset": "Add a dataset by hand (scans add them with `register import-scan`).",
    "activity": "Add a processing activity.",
    "recipient": "Add a recipient (third party, entrusted processor or joint handler).",
    "transfer": "Add a transfer (a dataset provided to a recipient).",
}

_KIND = inspect.Parameter.KEYWORD_ONLY


def options(entity: EntityDescriptor) -> list[FieldSpec]:
    """The fields that are options: all but the name (the argument) and the dataset's column
    editor (columns come from scans, ``register import-scan``)."""
    return [f for f in entity.fields if f.name != "name" and f.posted != "columns"]


def help_line(spec: FieldSpec, lang: Lang = "en") -> str:
    """The option's help: the form's label, its help text, and how the option is typed.

    A list field's help text describes the form's box of comma-separated values, which is not
    how the option takes them (it is repeated, one value each), so such fields say that instead;
    a date says its format, which the form's date picker needs not say.
    """
    text = translate(lang, spec.label)
    colon = "：" if lang == "zh" else ": "
    if spec.posted == "list":
        return f"{text}{colon}{translate(lang, 'cli.repeat')}"
    if spec.help is not None:
        text = f"{text}{colon}{translate(lang, spec.help)}"
    if spec.widget == "date":
        text = f"{text} ({translate(lang, 'cli.date')})"
    return text


def _parameter(entity: EntityDescriptor, spec: FieldSpec) -> inspect.Parameter:
    """The typed, annotated parameter Typer turns into the field's option."""
    option = typer.Option(spec.flag, help=help_line(spec))
    required = entity.required(spec.name)
    default = entity.default(spec.name)
    kind: Any
    if spec.posted == "flag":
        kind, default = bool, bool(default)
    elif spec.posted == "list":
        kind, default = list[spec.choices or str] | None, None  # type: ignore[misc]
    elif spec.widget == "number":
        kind = int if required else int | None
    elif spec.choices is not None:
        kind = spec.choices
        default = None if default is None else spec.choices(default)
    else:  # text, a referred entity's name, a date (parsed below, to name the option)
        kind = str if required or default is not None else str | None
    empty = inspect.Parameter.empty
    return inspect.Parameter(
        spec.name, _KIND, annotation=Annotated[kind, option], default=empty if required else default
    )


def _value(spec: FieldSpec, value: Any) -> Any:
    if spec.posted == "list":
        return value or []
    if spec.widget == "date":
        return parse_date(value, spec.flag)
    if spec.upper and isinstance(value, str):
        return value.upper()
    return value


def add_command(entity: EntityDescriptor) -> Callable[..., None]:
    """The entity's ``add`` command: NAME, one option per field, --db."""
    fields = options(entity)
    repo = entity.repo

    def add(**given: Any) -> None:
        db = given.pop("db")
        data = {"name": given.pop("name")}
        data.update({f.name: _value(f, given[f.name]) for f in fields})
        clean = {k: v for k, v in data.items() if v is not None and v != []}
        with opened(db) as reg:
            item = validate(repo.schema, clean, repo.label)
            with reg.write() as session:
                repo.create(session, item)
        stdout.print(f"{repo.label} {clean['name']!r} added")

    name = Annotated[str, typer.Argument(help="Unique name.")]
    add.__signature__ = inspect.Signature(  # type: ignore[attr-defined]
        [
            inspect.Parameter("name", inspect.Parameter.POSITIONAL_OR_KEYWORD, annotation=name),
            *(_parameter(entity, f) for f in fields),
            inspect.Parameter("db", _KIND, annotation=DbOption, default=None),
        ]
    )
    add.__doc__ = ABOUT[entity.key]
    add.__name__ = f"{entity.key}_add"
    return add
