"""The generated pinyin header words are current with the Chinese hint words they come from."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).parents[2]


def test_header_pinyin_file_is_current() -> None:
    pytest.importorskip("pypinyin")
    spec = importlib.util.spec_from_file_location(
        "build_header_pinyin", ROOT / "training" / "build_header_pinyin.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    raw = yaml.safe_load(module.HINTS.read_text("utf-8"))
    expected = module.render(module.generate(raw))
    assert module.OUT.read_text("utf-8") == expected, (
        "header_pinyin.yaml is stale: run python training/build_header_pinyin.py"
    )


def test_pinyin_headers_are_recognised() -> None:
    from piplkit.discover.scan.hints import load_hints

    hints = load_hints()
    assert hints.analyse("chushengriqi").hint == "birth_date"
    assert hints.analyse("CSRQ").hint == "birth_date"
    assert hints.analyse("fwcs").hint == "employer"
    assert hints.analyse("ddh").hint is None  # 订单号, not a generated 钉钉号
