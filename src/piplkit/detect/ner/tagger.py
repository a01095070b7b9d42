"""Loading the bundled CRF model and tagging text with it.

The model (``detect/models/ner_zh.crfsuite``) is trained by ``training/train_ner.py`` on the
CLUENER2020 training split. Tagging is gated: a chunk is only passed to the CRF when it contains
Chinese characters and at least one character that could begin a name or end an address, so
ASCII-only log lines or number columns cost one regex search. Results for the last few texts are
cached because the person-name and address recognizers both ask for the same text in a row.
"""

from __future__ import annotations

import re
import threading
from collections import OrderedDict
from importlib import resources
from pathlib import Path

import pycrfsuite

from piplkit.detect.ner.features import chunk_features
from piplkit.detect.ner.lexicon import Lexicon, lexicon
from piplkit.detect.ner.spans import Span, bio_spans, chunks

MODEL_NAME = "ner_zh.crfsuite"
_CJK = re.compile(r"[\u4e00-\u9fff]")


class ModelMissingError(RuntimeError):
    """The bundled model file is absent (a broken install or an untrained checkout)."""


def model_bytes() -> bytes:
    """The bundled model file's content, read through ``importlib.resources`` so that it loads
    from a zipped package too (a wheel on a Spark cluster's ``--py-files``), not only from a
    folder on disk."""
    resource = resources.files("piplkit.detect").joinpath("models", MODEL_NAME)
    try:
        return resource.read_bytes()
    except (FileNotFoundError, NotADirectoryError) as exc:
        raise ModelMissingError(
            f"NER model {MODEL_NAME} is missing from the piplkit package; "
            "run `python training/train_ner.py` to build it"
        ) from exc


def _trigger_regex(lex: Lexicon) -> re.Pattern[str]:
    """Characters that can start a Chinese name or belong to an address."""
    chars = set(lex.surnames) | {s[0] for s in lex.compound_surnames} | lex.address_suffix_chars
    return re.compile("[" + re.escape("".join(sorted(chars))) + "]")


class NerTagger:
    """A CRF tagger over the bundled model; one per thread (crfsuite is not thread-safe)."""

    def __init__(self, path: Path | None = None) -> None:
        self._tagger = pycrfsuite.Tagger()
        if path is None:
            # crfsuite reads the model in place: the bytes must live as long as the tagger.
            self._model = model_bytes()
            self._tagger.open_inmemory(self._model)
        else:
            self._tagger.open(str(path))
        self._lex = lexicon()
        self._trigger = _trigger_regex(self._lex)

    def tag_chunk(self, text: str) -> list[str]:
        """BIO tags for one chunk (no gating, no splitting)."""
        return list(self._tagger.tag(chunk_features(text, self._lex)))

    def spans(self, text: str) -> list[Span]:
        """All name and address spans in ``text``, with offsets into ``text``."""
        out: list[Span] = []
        if not _CJK.search(text):
            return out
        for start, end in chunks(text):
            piece = text[start:end]
            if not _CJK.search(piece) or not self._trigger.search(piece):
                continue
            tags = self._tagger.tag(chunk_features(piece, self._lex))
            for label, s, e in bio_spans(tags):
                marginal = sum(self._tagger.marginal(tags[k], k) for k in range(s, e))
                out.append(Span(label, start + s, start + e, marginal / (e - s)))
        return out


_local = threading.local()
_CACHE_SIZE = 8


def _state() -> tuple[NerTagger, OrderedDict[str, tuple[Span, ...]]]:
    state = getattr(_local, "state", None)
    if state is None:
        state = (NerTagger(), OrderedDict())
        _local.state = state
    return state


def ner_spans(text: str) -> tuple[Span, ...]:
    """Name and address spans of ``text`` from this thread's cached tagger (memoised per text)."""
    tagger, cache = _state()
    hit = cache.get(text)
    if hit is not None:
        cache.move_to_end(text)
        return hit
    result = tuple(tagger.spans(text))
    cache[text] = result
    if len(cache) > _CACHE_SIZE:
        cache.popitem(last=False)
    return result
