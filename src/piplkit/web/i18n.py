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
    text = (resources.files("piplkit.web") / "i18n" / f"{lang}.yaml").read_text(encoding="utf-8")
    data = yaml.safe_load(text)
    return {str(k): str(v) for k, v in data.items()}


def translate(lang: Lang, key: str, **values: object) -> str:
    text = catalogue(lang).get(key, key)
    return text.format(**values) if values else text


def pick(cookie: str | None, accept_language: str | None) -> Lang:
    if cookie in LANGS:
        return cookie
    if accept_language and accept_language.lower().lstrip().startswith("en"):
        return "en"
    return "zh"
