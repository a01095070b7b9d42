"""The issue-12 experiment scripts of ``training/`` read their inputs right (no model is trained
here): the People's Daily word/tag format, LAC's tag sequences, the silver JSON lines that
``train_ner.py --extra`` reads back, and the ONNX initializer reader behind the cluster features."""

from __future__ import annotations

import importlib.util
import json
import struct
import sys
from pathlib import Path
from types import ModuleType

import numpy as np
import pytest

ROOT = Path(__file__).parents[2]


def _script(name: str) -> ModuleType:
    sys.path.insert(0, str(ROOT / "training"))
    try:
        spec = importlib.util.spec_from_file_location(name, ROOT / "training" / f"{name}.py")
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module  # dataclasses look their module up while the class is built
        spec.loader.exec_module(module)
        return module
    finally:
        sys.path.remove(str(ROOT / "training"))


def test_corpus_sentences_and_their_own_spans(tmp_path: Path) -> None:
    silver = _script("build_silver")
    corpus = tmp_path / "corpus.txt"
    corpus.write_text(
        "记者/n  张/nr  小明/nr  在/p  [上海/ns  分公司/n]nt  说/v  。/w  "
        "他/r  来自/v  杭州/ns  市区/n  。/w\n",
        encoding="utf-8",
    )
    sentences = silver.read_corpus(corpus)
    texts = ["".join(w for w, _ in s) for s in sentences]
    assert texts == ["记者张小明在上海分公司说。", "他来自杭州市区。"]
    # Surname and given name are two nr words: one name span; the bracket's own tag is not used.
    assert silver.pku_spans(sentences[0]) == [("name", 2, 5), ("address", 6, 8)]


def test_pku_names_places_and_what_is_skipped(tmp_path: Path) -> None:
    silver = _script("build_silver")
    words = [("江", "nr"), ("泽民", "nr"), ("李", "nr"), ("鹏", "nr"), ("会见", "v")]
    words += [("克林顿", "nr"), ("叶利钦", "nr"), ("于", "p"), ("北京", "ns"), ("海淀", "ns")]
    words += [("新华社", "nt"), ("中共中央", "nt"), ("。", "w")]
    # A list written without separators stays one name per surname and given name; foreign
    # names are one word each; a run of places is one place; organisations are not joined.
    assert silver.pku_spans(words) == [
        ("name", 0, 3),
        ("name", 3, 5),
        ("name", 7, 10),
        ("name", 10, 13),
        ("address", 14, 18),
        ("organization", 18, 21),
        ("organization", 21, 25),
    ]
    assert ("address", 14, 18) not in silver.pku_spans(words, places=False)
    corpus = tmp_path / "corpus.txt"
    corpus.write_text(
        "记者/n  张/nr  小明/nr  报道/v  １９９８年/t  。/w  "
        "江/nr  主席/n  说/v  好/a  了/y  。/w  "
        "今天/t  北京/ns  的/u  天气/n  很/d  好/a  。/w\n",
        encoding="utf-8",
    )
    out = tmp_path / "pku.jsonl"
    silver.main(["--corpus", str(corpus), "--out", str(out), "--labels", "pku", "--count", "5"])
    records = [json.loads(line) for line in out.read_text("utf-8").splitlines()]
    # Half-width digits as CLUENER writes them; the surname alone before a title is skipped.
    assert [r["text"] for r in records] == ["记者张小明报道1998年。", "今天北京的天气很好。"]
    assert records[0]["label"] == {"name": {"张小明": [[2, 4]]}}
    assert records[1]["label"] == {"address": {"北京": [[2, 3]]}}
    # Only sentences whose persons all have a listed surname, when asked.
    corpus.write_text("记者/n  张/nr  小明/nr  会见/v  克林顿/nr  。/w\n", encoding="utf-8")
    silver.main(["--corpus", str(corpus), "--out", str(out), "--labels", "pku"])
    assert len(out.read_text("utf-8").splitlines()) == 1
    silver.main(
        ["--corpus", str(corpus), "--out", str(out), "--labels", "pku", "--surname-names-only"]
    )
    assert out.read_text("utf-8") == ""


def test_lac_tags_become_spans_and_json_lines_round_trip(tmp_path: Path) -> None:
    silver = _script("build_silver")
    tags = ["n-B", "PER-B", "PER-I", "PER-I", "p-B", "LOC-B", "LOC-I", "ORG-I", "ORG-I", "w-B"]
    spans = silver.Lac._decode(tags)
    # A stray I- opens a span of its own kind.
    assert spans == [("name", 1, 4), ("address", 5, 7), ("organization", 7, 9)]
    text = "记者张小明在上海某厂。"
    out = tmp_path / "silver.jsonl"
    out.write_text(json.dumps(silver.record(text, spans), ensure_ascii=False) + "\n", "utf-8")
    pytest.importorskip("pycrfsuite")  # train_ner needs the train extra
    train_ner = _script("train_ner")
    (example,) = train_ner.load(out, aux=True)
    assert example.text == text
    assert set(example.entities) == {("NAME", 1, 4), ("ADDR", 5, 7), ("ORG", 7, 9)}


def _field(number: int, payload: bytes) -> bytes:
    """A length-delimited protobuf field (the test's messages stay under 128 bytes)."""
    assert len(payload) < 128
    return bytes([number << 3 | 2, len(payload)]) + payload


def test_onnx_initializer_reader(tmp_path: Path) -> None:
    clusters = _script("build_char_clusters")
    weights = np.arange(6, dtype="<f4").reshape(2, 3)
    dims = bytes([1 << 3, 2, 1 << 3, 3])  # two unpacked dims
    tensor = dims + _field(8, b"emb") + _field(9, weights.tobytes())
    other = _field(8, b"bias") + _field(9, struct.pack("<f", 1.0))
    graph = _field(5, other) + _field(5, tensor)
    model = tmp_path / "m.onnx"
    model.write_bytes(bytes([1 << 3, 7]) + _field(7, graph))  # ir_version 7, then the graph
    assert np.array_equal(clusters.onnx_initializer(model, "emb"), weights)


def test_spherical_kmeans_separates_directions() -> None:
    clusters = _script("build_char_clusters")
    rng = np.random.default_rng(1)
    x = np.vstack([rng.normal([5, 0, 0], 0.3, (20, 3)), rng.normal([0, 0, 5], 0.3, (20, 3))])
    x /= np.linalg.norm(x, axis=1, keepdims=True)
    ids = clusters.spherical_kmeans(x, 2, 10, np.random.default_rng(0))
    assert len(set(ids[:20].tolist())) == 1 and len(set(ids[20:].tolist())) == 1
    assert ids[0] != ids[20]


def test_train_ner_imports_without_crfsuite(monkeypatch: pytest.MonkeyPatch) -> None:
    """``evaluate_ner.py`` imports ``train_ner``: without the ``train`` extra (python-crfsuite)
    installed it must still import, crfsuite being needed only to train or export."""
    monkeypatch.setitem(sys.modules, "pycrfsuite", None)  # import fails as if not installed
    module = _script("train_ner")
    assert callable(module.is_dev) and callable(module.load)


def test_latin_names_file_regenerates_byte_for_byte(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``build_lexicons.py --latin-only`` writes the shipped ``latin_names.tsv`` again (Faker
    only, no jieba), so the file is what its header says it is."""
    import faker

    build = _script("build_lexicons")
    shipped = build.DATA / "latin_names.tsv"
    header = shipped.read_text(encoding="utf-8").split("\n", 4)[2]
    if f"Faker {faker.VERSION} " not in header:
        # another Faker release holds other names: the file says which one it was built from
        pytest.skip(f"Faker {faker.VERSION} installed, the file was built from: {header[2:40]}")
    monkeypatch.setattr(build, "LATIN", tmp_path / "latin_names.tsv")
    build.main(["--latin-only"])
    assert (tmp_path / "latin_names.tsv").read_bytes() == shipped.read_bytes()


def test_hold_out_fold_leaves_one_quarter_of_the_training_portion_out() -> None:
    """``train_ner.py --hold-out-fold K/N``: folds are fixed by a hash of the sentence, cover the
    training portion, and are independent of the dev split (names13)."""
    train = _script("train_ner")
    texts = [f"第{k}句：张{k}在杭州工作。" for k in range(400)]
    folds = [train.combiner_fold(t, 4) for t in texts]
    assert folds == [train.combiner_fold(t, 4) for t in texts]  # deterministic
    assert set(folds) == {0, 1, 2, 3} and all(60 < folds.count(k) < 140 for k in range(4))
    dev = [train.is_dev(t) for t in texts]
    # the fold hash is not the dev hash: dev sentences fall into every fold
    assert {f for f, d in zip(folds, dev, strict=True) if d} == {0, 1, 2, 3}
    args = train.parse_args(["--hold-out-fold", "1/4"])
    assert args.hold_out_fold == "1/4"
    assert train.parse_args([]).hold_out_fold is None  # control: the default trains on all
