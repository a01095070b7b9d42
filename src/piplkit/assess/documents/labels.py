"""The fixed wording of a report, one YAML file per language, and the engine-phrase translator.

Why a file per language: a reviewer fixing a Chinese term edits one place, and a test can check
that both languages define the same keys. The rules engine explains itself in English; for the
Chinese report, ``phrase()`` maps its known sentences (exact phrases, then whole-string regex
patterns whose named groups are translated in turn) and leaves unknown ones in English rather
than guessing.
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources
from typing import Any

import yaml

from piplkit.assess.law.languages import LANGS, Lang


class Labels:
    """Read-only access to one language's labels by dotted key (``labels["s1.title"]``)."""

    def __init__(self, data: dict[str, Any]) -> None:
        self.data = data
        self.lang: Lang = data["lang"]
        self._phrases: dict[str, str] = dict(data.get("phrases") or {})
        self._patterns = [(re.compile(p), t) for p, t in data.get("patterns") or []]
        self._articles = [(re.compile(p), t) for p, t in data.get("articles") or []]
        self._issuers: dict[str, str] = dict(data.get("issuers") or {})

    def __getitem__(self, key: str) -> Any:
        node: Any = self.data
        for part in key.split("."):
            node = node[part]
        return node

    def get(self, key: str, default: Any = None) -> Any:
        try:
            return self[key]
        except (KeyError, TypeError):
            return default

    def t(self, key: str, **values: Any) -> str:
        """A label with ``{name}`` placeholders filled."""
        return str(self[key]).format(**values)

    def flag(self, value: bool) -> str:
        return str(self["bool_yes"] if value else self["bool_no"])

    def issuer(self, issuer: str) -> str:
        return self._issuers.get(issuer, issuer)

    # -- engine phrases ---------------------------------------------------------------------
    def phrase(self, text: str) -> str:
        """The engine's English ``text`` in this language (unchanged when unknown)."""
        if not self._phrases and not self._patterns:
            return text
        return self._translate(text) or text

    def knows(self, text: str) -> bool:
        """True when ``phrase(text)`` is a translation, not the English fallback."""
        if not self._phrases and not self._patterns:
            return True
        return self._translate(text) is not None

    def _translate(self, text: str) -> str | None:
        if text in self._phrases:
            return self._phrases[text]
        for rx, template in self._patterns:
            m = rx.fullmatch(text)
            if m:
                return str(
                    template.format(**{k: self._group(k, v) for k, v in m.groupdict().items()})
                )
        if "; " in text:
            parts = [self._translate(p) for p in text.split("; ")]
            if all(p is not None for p in parts):
                return "；".join(p for p in parts if p is not None)
        return None

    def _group(self, name: str, value: str) -> str:
        if name == "purpose":
            return str(self.get(f"purposes.{value}", value))
        if name == "article":
            return self.article(value)
        return self._translate(value) or value

    # -- article numbers --------------------------------------------------------------------
    def article(self, article: str) -> str:
        """An article reference ("Art. 55(1)", "Arts. 5(4), 7, 8") in this language."""
        if not self._articles:
            return article
        if article.startswith("Arts. "):
            items = [a.strip() for a in article.removeprefix("Arts. ").split(",")]
            return str(self["list_sep"]).join(self.article(f"Art. {a}") for a in items)
        for rx, template in self._articles:
            m = rx.fullmatch(article)
            if m:
                return str(template.format(**m.groupdict()))
        return article


@cache
def load_labels(lang: Lang) -> Labels:
    """The labels of ``lang``; ValueError for a language piplkit has no labels for."""
    if lang not in LANGS:
        raise ValueError(f"unsupported report language {lang!r} (use one of: {', '.join(LANGS)})")
    package = resources.files("piplkit.assess.documents")
    text = package.joinpath(f"labels/{lang}.yaml").read_text("utf-8")
    return Labels(yaml.safe_load(text))
