"""The opt-in neural tagger (issue 12, names14): the switch, and the ONNX path.

The fixture ``tests/data/ner_neural_tiny`` is an untrained network of the shipped architecture
(``training/train_neural_ner.py --epochs 0 --hidden 8 --char-dim 4``): random weights, a
vocabulary of common characters, and the torch model's emissions on a fixed random input, so
that the ONNX file can be checked against the model it was exported from.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest

from piplkit.discover.detect.ner import neural, tagger
from piplkit.discover.detect.ner.features import feature_codes, layout
from piplkit.discover.detect.ner.tagger import NerTagger

pytest.importorskip("onnxruntime")

TINY = Path(__file__).resolve().parents[1] / "data" / "ner_neural_tiny"
TEXTS = (
    "联系人：张伟，电话见附件，收货地址为上海市浦东新区世纪大道100号。",
    "昨天下午王芳在会上介绍了新项目的进展。",
    "北京时间今晚八点，比赛将正式开始。",
)


@pytest.fixture
def tiny(monkeypatch: pytest.MonkeyPatch) -> Iterator[neural.NeuralTagger]:
    monkeypatch.setenv(neural.PATH_ENV, str(TINY))
    neural.neural_tagger.cache_clear()
    yield neural.neural_tagger()
    neural.neural_tagger.cache_clear()


def _codes(texts: tuple[str, ...]) -> tuple[np.ndarray, np.ndarray]:
    joined = "".join(texts)
    lengths = np.array([len(t) for t in texts], dtype=np.int64)
    starts = np.cumsum(lengths) - lengths
    return feature_codes(layout(joined, starts, starts + lengths)), lengths


def test_switch_off_is_the_crf(monkeypatch: pytest.MonkeyPatch) -> None:
    """Unset or ``crf``: the neural tagger is never loaded and the spans are the CRF's."""

    def refuse() -> None:
        raise AssertionError("the neural tagger was loaded with the switch off")

    monkeypatch.setattr(tagger, "neural_tagger", refuse)
    monkeypatch.delenv(neural.ENV, raising=False)
    default = NerTagger().tag_many(TEXTS)
    monkeypatch.setenv(neural.ENV, "crf")
    explicit = NerTagger().tag_many(TEXTS)
    assert default == explicit
    assert any(t.spans for t in default)


def test_unknown_switch_value_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(neural.ENV, "bilstm")
    with pytest.raises(ValueError, match="crf, neural, ensemble"):
        neural.mode()


def test_missing_model_files_say_how_to_build_them(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv(neural.PATH_ENV, str(tmp_path / "absent"))
    neural.neural_tagger.cache_clear()
    with pytest.raises(FileNotFoundError, match=r"train_neural_ner\.py"):
        neural.neural_tagger()
    neural.neural_tagger.cache_clear()


def test_onnx_computes_what_torch_computed(tiny: neural.NeuralTagger) -> None:
    """The exported network gives the torch model's emissions on the stored check input."""
    with np.load(TINY.with_suffix(".npz")) as archive:
        chars, feats = archive["check_chars"], archive["check_feats"]
        expected = archive["check_emissions"]
    got = tiny._session.run(None, {"chars": chars, "feats": feats})[0]
    np.testing.assert_allclose(got, expected, rtol=1e-4, atol=1e-4)


def test_chunks_tagged_together_equal_chunks_tagged_alone(tiny: neural.NeuralTagger) -> None:
    """The zero gap between chunks makes a batch read as each chunk padded alone."""
    codes, lengths = _codes(TEXTS)
    together = tiny.emissions(codes, lengths)
    alone = np.concatenate([tiny.emissions(*_codes((t,))) for t in TEXTS])
    np.testing.assert_allclose(together, alone, rtol=1e-4, atol=1e-4)
    assert together.shape == (int(lengths.sum()), len(tiny.labels))


def test_neural_and_ensemble_modes_tag_through_the_recognizer_path(
    tiny: neural.NeuralTagger, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Both modes run end to end; their spans lie inside the texts and use the CRF's kinds."""
    for value in ("neural", "ensemble"):
        monkeypatch.setenv(neural.ENV, value)
        for text, found in zip(TEXTS, NerTagger().tag_many(TEXTS), strict=True):
            for span in found.spans:
                assert 0 <= span.start < span.end <= len(text)
                assert span.label in {"NAME", "ADDR", "ORG"}
                assert 0.0 < span.confidence <= 1.0 + 1e-6


def test_ensemble_of_a_model_with_itself_decodes_as_that_model(
    tiny: neural.NeuralTagger,
) -> None:
    """Averaging is over emissions and transitions: the CRF averaged with a copy of itself
    decodes exactly as the CRF (a control on the ensemble's arithmetic)."""
    crf = tagger.bundled_model()
    codes, lengths = _codes(TEXTS)
    twin = neural.NeuralTagger.__new__(neural.NeuralTagger)
    twin.transitions = crf.transitions
    twin.weight = 0.3
    twin.emissions = lambda c, n: crf.emissions(c)  # type: ignore[method-assign]
    mixed = twin.decode(codes, lengths, crf)
    alone = crf.decode(crf.emissions(codes), lengths)
    np.testing.assert_array_equal(mixed.labels, alone.labels)


def test_ensemble_weight_zero_is_the_crf_and_one_is_the_network(
    tiny: neural.NeuralTagger,
) -> None:
    """``PIPLKIT_NER_ENSEMBLE_WEIGHT`` is the network's share: 0 decodes as the CRF, 1 as the
    network alone."""
    crf = tagger.bundled_model()
    codes, lengths = _codes(TEXTS)
    tiny.weight = 0.0
    np.testing.assert_array_equal(
        tiny.decode(codes, lengths, crf).labels, crf.decode(crf.emissions(codes), lengths).labels
    )
    tiny.weight = 1.0
    np.testing.assert_array_equal(
        tiny.decode(codes, lengths, crf).labels, tiny.decode(codes, lengths).labels
    )


def test_ensemble_weight_outside_zero_to_one_is_refused(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv(neural.PATH_ENV, str(TINY))
    monkeypatch.setenv(neural.WEIGHT_ENV, "1.5")
    neural.neural_tagger.cache_clear()
    with pytest.raises(ValueError, match="from 0 to 1"):
        neural.neural_tagger()
    neural.neural_tagger.cache_clear()
