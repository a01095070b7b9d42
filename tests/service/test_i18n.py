"""The zh/en catalogues, shared by the web pages and the command line's help."""

from __future__ import annotations

from importlib import resources

import yaml

from piplkit.platform.service.i18n import LANGS, catalogue, count, translate


def test_both_catalogues_have_the_same_keys() -> None:
    assert catalogue("zh").keys() == catalogue("en").keys()
    assert len(catalogue("en")) > 700


def test_the_fast_loader_reads_what_the_python_loader_reads() -> None:
    """libyaml is used when PyYAML has it; the pure-Python loader must give the same labels."""
    for lang in LANGS:
        text = (resources.files("piplkit.platform.service") / "i18n" / f"{lang}.yaml").read_text(
            encoding="utf-8"
        )
        plain = {str(k): str(v) for k, v in yaml.safe_load(text).items()}
        assert catalogue(lang) == plain


def test_translate_formats_counts_and_shows_unknown_keys() -> None:
    assert translate("en", "common.total", n=12480) == "12,480 in total"
    assert translate("zh", "no.such.key") == "no.such.key"
    assert count(True) is True and count("x") == "x"
