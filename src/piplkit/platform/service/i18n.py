"""The zh/en label catalogues every face reads: one YAML file per language.

They began as the web UI's and moved here so that the command line, which may not import the
web face, takes its option help from the same entries as the web form's labels (a field's label
and help text are written once, in ``i18n/zh.yaml`` and ``i18n/en.yaml``). A missing key shows
as the key itself, and a test checks that both catalogues have the same keys. Which language a
reader gets is each face's business: the web's cookie or browser (``faces/web/i18n.py``); the
command line's help is in English.
"""

from __future__ import annotations

from functools import cache
from importlib import resources

from piplkit.assess.law.languages import LANGS, Lang
from piplkit.inputs.yaml_data import load_yaml

# the languages are defined once, in law/; the faces read them here with the catalogues
__all__ = ["LANGS", "Lang", "catalogue", "count", "translate"]


@cache
def catalogue(lang: Lang) -> dict[str, str]:
    text = (resources.files("piplkit.platform.service") / "i18n" / f"{lang}.yaml").read_text(
        encoding="utf-8"
    )
    # libyaml where PyYAML has it: every ``piplkit register`` command reads one for its help
    data = load_yaml(text)
    return {str(k): str(v) for k, v in data.items()}


def translate(lang: Lang, key: str, **values: object) -> str:
    """The label for ``key``; whole numbers in ``values`` are counts and get thousands
    separators (``12,480``), as every count a person reads in piplkit does."""
    text = catalogue(lang).get(key, key)
    return text.format(**{k: count(v) for k, v in values.items()}) if values else text


def count(value: object) -> object:
    """A number with thousands separators (``1,234,567``, ``1,234.5`` hours); anything else
    (text, dates, flags) unchanged."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        return f"{value:,}"
    return value
