"""Every YAML data file shipped in the package parses, with no key given twice (PyYAML keeps
the last of two equal keys silently, which has hidden a rule before)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

import piplkit
from piplkit.inputs import yaml_data

FILES = sorted(Path(piplkit.__file__).parent.rglob("*.yaml"))


class _StrictLoader(yaml.SafeLoader):
    pass


def _mapping(loader: _StrictLoader, node: yaml.MappingNode, deep: bool = False) -> Any:
    seen: set[Any] = set()
    for key_node, _ in node.value:
        key = loader.construct_object(key_node, deep=deep)  # type: ignore[no-untyped-call]
        if key in seen:
            raise AssertionError(f"key {key!r} given twice (line {key_node.start_mark.line + 1})")
        seen.add(key)
    return yaml.SafeLoader.construct_mapping(loader, node, deep)


_StrictLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _mapping)


def test_there_are_data_files() -> None:
    assert len(FILES) >= 10


@pytest.mark.parametrize("path", FILES, ids=[p.name for p in FILES])
def test_no_duplicate_keys(path: Path) -> None:
    yaml.load(path.read_text(encoding="utf-8"), _StrictLoader)


@pytest.mark.skipif(not hasattr(yaml, "CSafeLoader"), reason="PyYAML built without libyaml")
@pytest.mark.parametrize("path", FILES, ids=[p.name for p in FILES])
def test_c_loader_reads_the_same(path: Path) -> None:
    """Every data file is read with ``inputs.yaml_data.load_yaml``, which uses libyaml's safe
    loader when PyYAML has it (start-up of ``piplkit detect`` and ``scan``): it must give what
    the Python safe loader gives, for every data file."""
    assert yaml_data.LOADER is yaml.CSafeLoader  # the comparison below is C against Python
    text = path.read_text(encoding="utf-8")
    assert yaml_data.load_yaml(text) == yaml.safe_load(text)
