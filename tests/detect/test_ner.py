"""Shared NER pieces: BIO decoding, chunking, features, the bundled model and its gate."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from piplkit.discover.detect.ner.features import feature_strings, normalise
from piplkit.discover.detect.ner.lexicon import lexicon
from piplkit.discover.detect.ner.spans import bio_spans, chunks
from piplkit.discover.detect.ner.tagger import NerTagger, model_bytes, ner_spans


def test_bio_spans_decodes_entities_and_stray_inside_tags() -> None:
    tags = ["O", "B-NAME", "I-NAME", "O", "I-ADDR", "I-ADDR", "B-ADDR", "B-NAME"]
    assert list(bio_spans(tags)) == [("NAME", 1, 3), ("ADDR", 4, 6), ("ADDR", 6, 7), ("NAME", 7, 8)]


@given(st.text(alphabet=st.sampled_from("张三，。！\n路号a1 "), max_size=300))
def test_chunks_cover_text_in_order_and_respect_max_len(text: str) -> None:
    pieces = list(chunks(text, max_len=20))
    ends = [0]
    for start, end in pieces:
        assert ends[-1] <= start < end <= len(text)
        assert end - start <= 20
        ends.append(end)


def test_features_one_row_per_character() -> None:
    text = "联系人：张伟先生，地址北京市朝阳区建国路88号"
    rows = feature_strings(text)
    assert len(rows) == len(text)
    assert f"u0:{ord('0')}" in rows[text.index("8")]  # digits normalised
    assert "cl1:1" in rows[text.index("张")]  # after 联系人：
    # Gazetteer: a province (rank 0, coded rank + 1) of 3 characters starts at 北, ends at 市 and
    # covers 京 (which also ends the 2-character 北京).
    assert f"gs:{(0 + 1) * 16 + 3}" in rows[text.index("北")]
    assert f"ge:{(0 + 1) * 16 + 3}" in rows[text.index("市")]
    assert f"gc:{(0 + 1) * 16 + 3}" in rows[text.index("京")]
    assert f"ge:{(0 + 1) * 16 + 2}" in rows[text.index("京")]
    assert normalise("Ａ座12") == "a座00"


def test_lexicon_sources_are_loaded() -> None:
    lex = lexicon()
    assert "王" in lex.surnames and "欧阳" in lex.compound_surnames
    assert lex.divisions["海淀区"][0].adcode == "110108"
    assert lex.surname_of("司马相如") == "司马"


def test_model_is_bundled_and_small() -> None:
    assert 0 < len(model_bytes()) < 8 * 1024 * 1024


def test_model_loads_from_a_zipped_package(tmp_path: Path) -> None:
    """As on a Spark executor given the package by ``--py-files``: no folder on disk."""
    import piplkit

    package = Path(piplkit.__file__).parent
    archive = tmp_path / "piplkit.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        for file in package.rglob("*"):
            if file.is_file() and "__pycache__" not in file.parts:
                zf.write(file, Path("piplkit") / file.relative_to(package))
    script = (
        "import piplkit.discover.detect.ner.tagger as t; assert '.zip' in t.__file__; "
        "print(len(t.NerTagger().spans('联系人张伟说，他住在北京市海淀区中关村。')))"
    )
    env = {**os.environ, "PYTHONPATH": str(archive)}
    done = subprocess.run(
        [sys.executable, "-c", script], env=env, cwd=tmp_path, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert int(done.stdout.strip()) >= 2


def test_gate_skips_text_without_chinese() -> None:
    tagger = NerTagger()
    assert tagger.spans("user=alice id=42 path=/var/log") == []
    assert ner_spans("") == ()


def test_tagger_finds_name_and_address() -> None:
    spans = ner_spans("联系人张伟说，他住在北京市海淀区中关村。")
    labels = {s.label for s in spans}
    assert "NAME" in labels
    assert all(0.0 <= s.confidence <= 1.0 for s in spans)
