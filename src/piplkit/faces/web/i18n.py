"""Chinese and English labels for the web UI: one YAML catalogue per language.

The language comes from the ``piplkit_lang`` cookie (set by the switch in the header), else the
browser's ``Accept-Language``, else Chinese. A missing key shows as the key itself, and a test
checks that both catalogues have the same keys.
"""

from __future__ import annotations

from functools import cache
from importlib import resources
from typing import Literal

import yaml

Lang = Literal["zh", "en"]
LANGS: tuple[Lang, ...] = ("zh", "en")
COOKIE = "piplkit_lang"


@cache
def catalogue(lang: Lang) -> dict[str, str]:
    text = (resources.files("piplkit.faces.web") / "i18n" / f"{lang}.yaml").read_text(
        encoding="utf-8"
    )
    data = yaml.safe_load(text)
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


def pick(cookie: str | None, accept_language: str | None) -> Lang:
    if cookie in LANGS:
        return cookie
    if accept_language and accept_language.lower().lstrip().startswith("en"):
        return "en"
    return "zh"
