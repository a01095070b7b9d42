"""Tagging text with the bundled name/address model, one text or a whole batch at a time.

The model (``detect/models/ner_zh.npz``) is the CRF trained by ``training/train_ner.py`` on the
CLUENER2020 training split, evaluated with numpy (:mod:`piplkit.discover.detect.ner.linear_crf`).
Texts are
cut into chunks at sentence ends; only chunks holding a Chinese character are tagged. A batch of
texts is joined and tagged in one pass, which is what makes tagging cheap per character: callers
that hold many texts (``piplkit detect`` reads lines in batches) call :func:`prime` first, and the
recognizers' later :func:`ner_spans` calls for those texts are dictionary look-ups.

``PIPLKIT_NER_MODEL=neural|ensemble`` swaps the CRF's emissions for (or averages them with) those
of a neural tagger (:mod:`piplkit.discover.detect.ner.neural`; measured for issue 12, not the
default).
"""

from __future__ import annotations

import re
import threading
from collections import OrderedDict
from collections.abc import Sequence
from functools import lru_cache
from importlib import resources
from typing import NamedTuple

import numpy as np

from piplkit.discover.detect.ner.features import code_points, feature_codes, layout, scan_text
from piplkit.discover.detect.ner.lac_opinion import lac_opinion, wanted
from piplkit.discover.detect.ner.lexicon import lexicon
from piplkit.discover.detect.ner.linear_crf import LinearCrf
from piplkit.discover.detect.ner.neural import NeuralTagger, mode, neural_tagger
from piplkit.discover.detect.ner.spans import Span, chunk_bounds

MODEL_NAME = "ner_zh.npz"
_CJK = re.compile(r"[\u4e00-\u9fff]")
#: Texts joined into one batch are separated by a sentence end, so no chunk crosses two texts.
_JOIN = "\n"
#: Characters tagged in one pass at most (feature codes take ~200 bytes per character).
_GROUP = 65_536


class Tagged(NamedTuple):
    """What tagging one text found: the model's spans, and the gazetteer divisions the
    dictionary scan behind its features saw (leftmost-longest, as ``(start, end)``), which the
    address grammar would otherwise look up again."""

    spans: tuple[Span, ...]
    divisions: tuple[tuple[int, int], ...]
    #: With the LAC second opinion on (:mod:`piplkit.discover.detect.ner.lac_opinion`): the windows
    # LAC
    #: read (around the spans the CRF was unsure of) and the person spans it found in them.
    checked: tuple[tuple[int, int], ...] = ()
    persons: tuple[tuple[int, int], ...] = ()


_NOTHING = Tagged((), ())
_span = tuple.__new__
#: Spans the CRF is less sure of than this (mean marginal) are shown to the second opinion.
UNSURE_BELOW = 0.8
#: Labels of the unsure spans the second opinion is asked about (asking about unsure addresses
#: and organisations too read 6x more text for no gain on the tune half; docs/evaluation.md).
_ASK_ABOUT = frozenset(("NAME",))
#: A window reaches this many characters beyond the unsure span, within its clause.
_WINDOW = 3
#: Characters a window does not reach across.
CLAUSE_STOP = frozenset('。！？!?；;\n\r，,、：:“”"（）()《》 \t')


class ModelMissingError(RuntimeError):
    """The bundled model file is absent (a broken install or an untrained checkout)."""


def model_bytes() -> bytes:
    """The bundled model file's content, read through ``importlib.resources`` so that it loads
    from a zipped package too (a wheel on a Spark cluster's ``--py-files``), not only from a
    folder on disk."""
    resource = resources.files("piplkit.discover.detect").joinpath("models", MODEL_NAME)
    try:
        return resource.read_bytes()
    except (FileNotFoundError, NotADirectoryError) as exc:
        raise ModelMissingError(
            f"NER model {MODEL_NAME} is missing from the piplkit package; "
            "run `python training/train_ner.py` to build it"
        ) from exc


@lru_cache(maxsize=1)
def bundled_model() -> LinearCrf:
    """The bundled model, loaded once per process (read-only, shared by threads)."""
    return LinearCrf.from_bytes(model_bytes())


class NerTagger:
    """Name and address spans from a CRF; the bundled model unless one is given."""

    def __init__(self, model: LinearCrf | None = None) -> None:
        self._model = model or bundled_model()
        labels = self._model.labels
        kinds = sorted({label[2:] for label in labels if label != "O"})
        self._kinds = kinds
        #: Per label index: entity kind number (0 for O, else 1 + index in ``kinds``) and B flag.
        self._kind = np.array([0 if x == "O" else 1 + kinds.index(x[2:]) for x in labels])
        self._begins = np.array([x.startswith("B-") for x in labels])
        #: With ``PIPLKIT_NER_MODEL=neural|ensemble`` (:mod:`piplkit.discover.detect.ner.neural`):
        #: the neural tagger whose emissions replace (or are averaged with) the CRF's.
        switch = mode()
        self._neural: NeuralTagger | None = None if switch == "crf" else neural_tagger()
        self._ensemble = switch == "ensemble"
        if self._neural is not None and self._neural.labels != labels:
            raise ValueError("the neural tagger's labels differ from the CRF's")

    def spans(self, text: str) -> list[Span]:
        """All name and address spans in ``text``, with offsets into ``text``."""
        return self.spans_many([text])[0]

    def spans_many(self, texts: Sequence[str]) -> list[list[Span]]:
        """:meth:`spans` of every text, computed in batches of at most ``_GROUP`` characters."""
        return [list(tagged.spans) for tagged in self.tag_many(texts)]

    def tag_many(self, texts: Sequence[str]) -> list[Tagged]:
        """Spans and divisions of every text, computed in batches of at most ``_GROUP``
        characters."""
        spans: list[list[Span]] = [[] for _ in texts]
        divisions: list[list[tuple[int, int]]] = [[] for _ in texts]
        joined = _JOIN.join(texts)
        if _CJK.search(joined):
            text_starts = np.cumsum([0] + [len(t) + len(_JOIN) for t in texts[:-1]])
            starts, ends = chunk_bounds(joined)
            cps = code_points(joined)
            cjk = (cps >= 0x4E00) & (cps <= 0x9FFF)
            seen = np.concatenate(([0], np.cumsum(cjk)))
            keep = seen[ends] > seen[starts]
            starts, ends = starts[keep], ends[keep]
            # Groups of consecutive chunks of at most ``_GROUP`` characters together (a chunk
            # longer than that alone), cut where a chunk would take a group over the limit.
            total = np.concatenate(([0], np.cumsum(ends - starts)))
            first = 0
            while first < len(starts):
                last = int(np.searchsorted(total, total[first] + _GROUP, side="right")) - 1
                last = max(last, first + 1)
                self._tag_group(
                    joined, cps, starts[first:last], ends[first:last], text_starts, spans, divisions
                )
                first = last
        if any(spans) and wanted():
            return self._with_opinion(texts, spans, divisions)
        return [
            Tagged(tuple(s), tuple(d)) if s or d else _NOTHING
            for s, d in zip(spans, divisions, strict=True)
        ]

    @staticmethod
    def _with_opinion(
        texts: Sequence[str],
        spans: list[list[Span]],
        divisions: list[list[tuple[int, int]]],
    ) -> list[Tagged]:
        """Run LAC on windows around the unsure spans of every text, in one batch."""
        windows: list[list[tuple[int, int]]] = [
            _windows(text, found) for text, found in zip(texts, spans, strict=True)
        ]
        flat = [(i, a, b) for i, ws in enumerate(windows) for a, b in ws]
        if not flat:
            return [
                Tagged(tuple(s), tuple(d)) if s or d else _NOTHING
                for s, d in zip(spans, divisions, strict=True)
            ]
        opinion = lac_opinion()
        assert opinion is not None  # wanted() said so
        found = opinion.person_spans([texts[i][a:b] for i, a, b in flat])
        persons: list[list[tuple[int, int]]] = [[] for _ in texts]
        for (i, a, _), pieces in zip(flat, found, strict=True):
            persons[i].extend((a + s, a + e) for s, e in pieces)
        return [
            Tagged(tuple(s), tuple(d), tuple(w), tuple(p)) if s or d else _NOTHING
            for s, d, w, p in zip(spans, divisions, windows, persons, strict=True)
        ]

    def _tag_group(
        self,
        joined: str,
        cps: np.ndarray,
        starts: np.ndarray,
        ends: np.ndarray,
        text_starts: np.ndarray,
        out: list[list[Span]],
        divisions: list[list[tuple[int, int]]],
    ) -> None:
        """Tag the chunks ``starts``/``ends`` (offsets into ``joined``, whose code points are
        ``cps``); add their spans to ``out`` and the divisions of the text they cover to
        ``divisions``."""
        base, stop = int(starts[0]), int(ends[-1])
        piece = joined[base:stop]
        piece_cps = cps[base:stop]
        chunked = layout(piece, starts - base, ends - base)
        scan = scan_text(piece, lexicon(), piece_cps)
        if len(scan.division_starts):
            d_starts = scan.division_starts + base
            owners = np.searchsorted(text_starts, d_starts, side="right") - 1
            offsets = text_starts[owners]
            for b, e, i in zip(
                (d_starts - offsets).tolist(),
                (scan.division_ends + base - offsets).tolist(),
                owners.tolist(),
                strict=True,
            ):
                divisions[i].append((b, e))
        model = self._model
        codes = feature_codes(chunked, scan=scan, cps=piece_cps)
        neural = self._neural
        if neural is None:
            decoded = model.decode(model.emissions(codes), chunked.lengths)
        else:
            decoded = neural.decode(codes, chunked.lengths, model if self._ensemble else None)
        kind = self._kind[decoded.labels]
        if not kind.any():
            return
        m = len(kind)
        first = np.zeros(m, dtype=bool)
        first[np.cumsum(chunked.lengths) - chunked.lengths] = True
        breaks = first | self._begins[decoded.labels]
        breaks[1:] |= kind[1:] != kind[:-1]
        segment_start = np.flatnonzero(breaks)
        segment_end = np.append(segment_start[1:], m)
        keep = kind[segment_start] > 0
        sums = np.add.reduceat(decoded.confidence.astype(np.float64), segment_start)
        segment_start, segment_end = segment_start[keep], segment_end[keep]
        mean = sums[keep] / (segment_end - segment_start)
        positions = chunked.positions + base
        begin_at = positions[segment_start]
        owner = np.searchsorted(text_starts, begin_at, side="right") - 1
        offsets = text_starts[owner]
        labels = [self._kinds[k - 1] for k in kind[segment_start].tolist()]
        for label, b, e, c, i in zip(
            labels,
            (begin_at - offsets).tolist(),
            (positions[segment_end - 1] + 1 - offsets).tolist(),
            mean.tolist(),
            owner.tolist(),
            strict=True,
        ):
            out[i].append(_span(Span, (label, b, e, c)))  # Span(label, b, e, c), one frame less


def _windows(text: str, spans: Sequence[Span]) -> list[tuple[int, int]]:
    """Merged windows around the spans the CRF is unsure of: ``_WINDOW`` characters either side,
    not across a clause end, so that LAC sees the words around the candidate."""
    out: list[tuple[int, int]] = []
    for span in spans:
        if span.confidence >= UNSURE_BELOW or span.label not in _ASK_ABOUT:
            continue
        a = span.start
        while a > 0 and span.start - a < _WINDOW and text[a - 1] not in CLAUSE_STOP:
            a -= 1
        b = span.end
        while b < len(text) and b - span.end < _WINDOW and text[b] not in CLAUSE_STOP:
            b += 1
        if out and a <= out[-1][1]:
            out[-1] = (out[-1][0], max(b, out[-1][1]))
        else:
            out.append((a, b))
    return out


@lru_cache(maxsize=1)
def default_tagger() -> NerTagger:
    """A tagger over the bundled model (stateless, so one serves every thread)."""
    return NerTagger()


_local = threading.local()
_CACHE_SIZE = 8


class _Cache:
    """This thread's results: the last primed batch and a few recent single texts."""

    def __init__(self) -> None:
        self.primed: dict[str, Tagged] = {}
        self.recent: OrderedDict[str, Tagged] = OrderedDict()


def _cache() -> _Cache:
    cache = getattr(_local, "cache", None)
    if cache is None:
        cache = _local.cache = _Cache()
    return cache


def prime(texts: Sequence[str]) -> None:
    """Tag ``texts`` in one batch so that :func:`ner_spans` answers them from memory.

    The previous primed batch is forgotten: memory stays bounded by one batch.
    """
    cache = _cache()
    unique = list(dict.fromkeys(t for t in texts if t))
    results = default_tagger().tag_many(unique) if unique else []
    cache.primed = dict(zip(unique, results, strict=True))


def tagged(text: str) -> Tagged:
    """Spans and divisions of ``text`` (memoised; see :func:`prime`)."""
    cache = _cache()
    hit = cache.primed.get(text)
    if hit is not None:
        return hit
    recent = cache.recent
    hit = recent.get(text)
    if hit is not None:
        recent.move_to_end(text)
        return hit
    result = default_tagger().tag_many([text])[0] if text else _NOTHING
    recent[text] = result
    if len(recent) > _CACHE_SIZE:
        recent.popitem(last=False)
    return result


def ner_spans(text: str) -> tuple[Span, ...]:
    """Name and address spans of ``text`` (memoised; see :func:`prime`)."""
    return tagged(text).spans
