"""Load the tracker's vocabularies (YAML under ``track/data``) once per process."""

from __future__ import annotations

from functools import cache
from importlib import resources
from typing import Any

import yaml


class VocabularyError(ValueError):
    """A shipped vocabulary file is malformed."""


@cache
def load(name: str) -> dict[str, Any]:
    """The parsed ``data/<name>.yaml`` mapping."""
    text = resources.files("piplkit.track").joinpath(f"data/{name}.yaml").read_text("utf-8")
    data = yaml.safe_load(text)
    if not isinstance(data, dict):
        raise VocabularyError(f"track/data/{name}.yaml: top level must be a mapping")
    return data
