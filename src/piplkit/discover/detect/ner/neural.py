"""An opt-in neural tagger in place of (or averaged with) the CRF's emissions (issue 12, names14).

``training/train_neural_ner.py`` trains a small dilated convolutional tagger with a CRF layer on
the CRF's own training portion of CLUENER, over the same characters and dictionary features that
:func:`piplkit.discover.detect.ner.features.feature_codes` computes, in the CRF's label set. It is
exported as ONNX (the network) and ``.npz`` (vocabulary, feature codes, transitions) and run with
onnxruntime (the ``names`` extra) on one thread. docs/evaluation.md ("A character-level neural
tagger trained here") has what it measured and why it is not the default.

``PIPLKIT_NER_MODEL``: unset or ``crf`` tags with the CRF alone (default, unchanged);
``neural`` decodes the neural emissions with the neural transitions; ``ensemble`` decodes the
weighted average of the CRF's and the neural tagger's emissions and transitions (the network's
weight ``PIPLKIT_NER_ENSEMBLE_WEIGHT``, 0.5 by default). The model files are
``PIPLKIT_NER_NEURAL_MODEL`` (a path without suffix: ``STEM.onnx`` and ``STEM.npz``), else
``ner_zh_neural.onnx``/``.npz`` in the package's models folder.
"""

from __future__ import annotations

import io
import os
from functools import lru_cache
from importlib import resources
from pathlib import Path

import numpy as np

from piplkit.discover.detect.ner.features import TEMPLATES
from piplkit.discover.detect.ner.linear_crf import Decoded, LinearCrf, _max_marginals

#: Environment switch: ``crf`` (default), ``neural`` or ``ensemble``.
ENV = "PIPLKIT_NER_MODEL"
#: Environment override of the model files' path stem.
PATH_ENV = "PIPLKIT_NER_NEURAL_MODEL"
#: Environment: the network's share of the ``ensemble`` scores (0.5 unless set; 0.3 measured best).
WEIGHT_ENV = "PIPLKIT_NER_ENSEMBLE_WEIGHT"
_MODES = ("crf", "neural", "ensemble")
STEM = "ner_zh_neural"
_U0 = TEMPLATES.index("u0")


def mode() -> str:
    """The switch's value; an unknown value stops with the accepted ones."""
    value = os.environ.get(ENV, "crf").strip().lower() or "crf"
    if value not in _MODES:
        raise ValueError(f"{ENV}={value!r}: expected one of {', '.join(_MODES)}")
    return value


class NeuralTagger:
    """Emissions of the neural tagger for feature codes laid out as the CRF reads them."""

    def __init__(self, onnx_bytes: bytes, tables: bytes) -> None:
        import onnxruntime as ort  # the `names` extra; only when the switch asks for it

        with np.load(io.BytesIO(tables)) as archive:
            self.labels: tuple[str, ...] = tuple(str(x) for x in archive["labels"])
            self.transitions = archive["transitions"].astype(np.float32)
            self._chars = archive["chars"]
            self._gap = int(archive["gap"])
            templates = [str(t) for t in archive["templates"]]
            self._rows = [TEMPLATES.index(t) for t in templates]
            self._keys = [archive[f"fk:{t}"] for t in templates]
        options = ort.SessionOptions()
        options.intra_op_num_threads = 1  # one core per process, like the rest of detection
        options.inter_op_num_threads = 1
        self._session = ort.InferenceSession(
            onnx_bytes, options, providers=["CPUExecutionProvider"]
        )
        self.weight = float(os.environ.get(WEIGHT_ENV, "0.5"))
        if not 0.0 <= self.weight <= 1.0:
            raise ValueError(f"{WEIGHT_ENV}={self.weight}: expected a number from 0 to 1")
        #: A model trained on characters alone has no ``feats`` input (ONNX drops unused inputs).
        self._with_feats = any(i.name == "feats" for i in self._session.get_inputs())

    @staticmethod
    def _ids(keys: np.ndarray, codes: np.ndarray, offset: int, unknown: int) -> np.ndarray:
        """Id of each code in the sorted ``keys`` (index + ``offset``), ``unknown`` if absent."""
        if len(keys) == 0:
            return np.full(len(codes), unknown, dtype=np.int64)
        where = np.searchsorted(keys, codes)
        clipped = np.minimum(where, len(keys) - 1)
        found = keys[clipped] == codes
        return np.where(found, clipped + offset, unknown).astype(np.int64)

    def emissions(self, codes: np.ndarray, lengths: np.ndarray) -> np.ndarray:
        """Emission scores (positions × labels) of the chunks of ``lengths`` whose feature codes
        (templates × positions) are ``codes``. The chunks are laid out in one sequence with
        ``gap`` zero positions between them, which the network (masked after every layer) reads
        as each chunk padded alone, as it was trained."""
        m = codes.shape[1]
        if m == 0:
            return np.zeros((0, len(self.labels)), dtype=np.float32)
        slots = lengths + self._gap
        base = np.cumsum(slots) - slots + self._gap
        first = np.cumsum(lengths) - lengths
        q = np.arange(m, dtype=np.int64) + np.repeat(base - first, lengths)
        size = int(slots.sum()) + self._gap
        chars = np.zeros((1, size), dtype=np.int64)
        chars[0, q] = self._ids(self._chars, codes[_U0], 2, 1)
        feats = np.zeros((1, len(self._rows), size), dtype=np.int64)
        for k, (row, keys) in enumerate(zip(self._rows, self._keys, strict=True)):
            feats[0, k, q] = self._ids(keys, codes[row], 1, 0)
        inputs = {"chars": chars, "feats": feats} if self._with_feats else {"chars": chars}
        out = self._session.run(None, inputs)[0]
        emissions: np.ndarray = out[0, q].astype(np.float32)
        return emissions

    def decode(
        self, codes: np.ndarray, lengths: np.ndarray, crf: LinearCrf | None = None
    ) -> Decoded:
        """Labels and confidences of every position: the neural emissions decoded with the
        neural transitions, or with ``crf`` the weighted average of both models' scores."""
        scores = self.emissions(codes, lengths)
        transitions = self.transitions
        if crf is not None:
            w = self.weight
            scores = w * scores + (1.0 - w) * crf.emissions(codes)
            transitions = w * transitions + (1.0 - w) * crf.transitions
        if len(scores) == 0:
            return Decoded(np.zeros(0, dtype=np.int64), np.ones(0, dtype=np.float32))
        best, conf = _max_marginals(scores, lengths, transitions)
        return Decoded(best, conf)


def _model_files() -> tuple[bytes, bytes]:
    override = os.environ.get(PATH_ENV)
    if override:
        stem = Path(override)
        return stem.with_suffix(".onnx").read_bytes(), stem.with_suffix(".npz").read_bytes()
    folder = resources.files("piplkit.discover.detect").joinpath("models")
    return (
        folder.joinpath(STEM + ".onnx").read_bytes(),
        folder.joinpath(STEM + ".npz").read_bytes(),
    )


@lru_cache(maxsize=1)
def neural_tagger() -> NeuralTagger:
    """The neural tagger, loaded once per process (its files: see the module docstring)."""
    try:
        onnx_bytes, tables = _model_files()
    except (FileNotFoundError, NotADirectoryError) as exc:
        raise FileNotFoundError(
            f"{ENV} asks for the neural tagger but its model files are missing; "
            f"train one with training/train_neural_ner.py and point {PATH_ENV} at it"
        ) from exc
    return NeuralTagger(onnx_bytes, tables)
