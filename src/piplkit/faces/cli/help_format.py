"""Plain value names in ``--help``: TEXT, N, PATH, DATE, the choices, never Python type tags.

Typer 0.29 shows each option's Python type (``<str>``, ``<list[str]>``, ``<int range>
[x>=1]``, ``<bool>``), which reads like a stack trace to a privacy officer. Options that name
their own metavar (``--db URL``, ``--as-of DATE``) keep it; the others get a plain word from
their declared type here, once, before the command runs. Typer 0.29 carries its own copy of
click, so commands and parameters are handled by their attributes, not by click's classes.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, get_args, get_origin


def plain_metavars(command: Any) -> Any:
    """Give every parameter of ``command`` and its subcommands a plain metavar; returns it."""
    _plain_help_option(command)
    for param in command.params:
        if getattr(param, "param_type_name", "") == "argument":
            # an argument's metavar is its name in the usage line: only the type column changes
            word = _word(param)
            param.display_type_rich = lambda ctx, word=word: word
            if param.metavar is None and param.name:
                param.metavar = param.name.upper()  # TARGETS, not {targets}
            continue
        if param.metavar is not None:
            continue
        if getattr(param, "is_flag", False) or getattr(param, "count", False) or _is_bool(param):
            param.metavar = ""
            continue
        word = _word(param)
        low, high = getattr(param, "min", None), getattr(param, "max", None)
        if low is not None or high is not None:
            # the range joins the value name ("N ≥ 1") instead of a separate "[x>=1]"
            word += _range(low, high)
            param._get_number_range_help_str = lambda: None
        param.metavar = word
    for sub in (getattr(command, "commands", None) or {}).values():
        plain_metavars(sub)
    return command


def _plain_help_option(command: Any) -> None:
    """``--help`` is made when help is shown; give it an empty metavar then."""
    make = command.get_help_option

    def get_help_option(ctx: Any) -> Any:
        option = make(ctx)
        if option is not None and option.metavar is None:
            option.metavar = ""
        return option

    command.get_help_option = get_help_option


def _annotation(param: Any) -> Any:
    desc = getattr(param, "type_descriptor", None)
    annotation = getattr(desc, "annotation", None)
    if get_origin(annotation) is list:
        (annotation,) = get_args(annotation)
    return annotation


def _is_bool(param: Any) -> bool:
    return _annotation(param) is bool


def _word(param: Any) -> str:
    desc = getattr(param, "type_descriptor", None)
    if desc is not None and desc.is_choice and desc.choices:
        return "|".join(str(getattr(c, "value", c)) for c in desc.choices)
    if desc is not None and desc.is_datetime:
        return "DATE"
    if desc is not None and desc.is_path:
        return "PATH"
    annotation = _annotation(param)
    if annotation is int:
        return "N"
    if annotation is float:
        return "NUMBER"
    if isinstance(annotation, type) and issubclass(annotation, Path):
        return "PATH"
    return "TEXT"


def _range(low: object, high: object) -> str:
    if low is not None and high is not None:
        return f" ({low}–{high})"
    return f" ≥ {low}" if low is not None else f" ≤ {high}"
