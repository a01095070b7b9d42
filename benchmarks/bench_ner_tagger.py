"""CPU seconds per million characters of the name/address tagger alone (issue 12, names14).

Features are computed once, outside the clock; then each way of tagging runs over the same
batches (chunks grouped up to the tagger's 65,536 characters, as ``NerTagger`` groups them) on
this process's one thread, best of ``--repeat``: the CRF's emissions and decoding (``main``), the
neural network alone (``PIPLKIT_NER_NEURAL_MODEL`` files, onnxruntime on one thread), the network
with its decoding, and the CRF + network ensemble. Only CPU time counts, so a shared machine
slows the numbers less than wall time, but does not leave them alone.

Usage: ``PIPLKIT_NER_NEURAL_MODEL=/tmp/nn/A python benchmarks/bench_ner_tagger.py
[--sentences 6000] [--repeat 3]``
"""

from __future__ import annotations

import argparse
import itertools
import json
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np

from piplkit.discover.detect.ner.features import code_points, feature_codes, layout, scan_text
from piplkit.discover.detect.ner.lexicon import lexicon
from piplkit.discover.detect.ner.neural import neural_tagger
from piplkit.discover.detect.ner.spans import chunk_bounds
from piplkit.discover.detect.ner.tagger import bundled_model

DEFAULT_DATA = Path("/work/shared/data/cluener2020/train.jsonl")
_GROUP = 65_536

Batch = tuple[np.ndarray, np.ndarray]


def batches(text: str) -> list[Batch]:
    """Feature codes and chunk lengths of ``text``, in groups of at most ``_GROUP`` characters."""
    starts, ends = chunk_bounds(text)
    out: list[Batch] = []
    first = 0
    while first < len(starts):
        last = first
        while last < len(starts) and ends[last] - starts[first] <= _GROUP:
            last += 1
        last = max(last, first + 1)
        base, stop = int(starts[first]), int(ends[last - 1])
        piece = text[base:stop]
        chunked = layout(piece, starts[first:last] - base, ends[first:last] - base)
        cps = code_points(piece)
        codes = feature_codes(chunked, scan=scan_text(piece, lexicon(), cps), cps=cps)
        out.append((codes, chunked.lengths))
        first = last
    return out


def seconds_per_million(
    run: Callable[[np.ndarray, np.ndarray], object], data: list[Batch], repeat: int
) -> float:
    """Best CPU seconds of ``repeat`` passes over ``data``, per million tagged characters."""
    tagged = sum(int(lengths.sum()) for _, lengths in data)
    best = float("inf")
    for _ in range(repeat):
        t0 = time.process_time()
        for codes, lengths in data:
            run(codes, lengths)
        best = min(best, time.process_time() - t0)
    return round(best / tagged * 1e6, 3)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--sentences", type=int, default=6000)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args(argv)
    with args.data.open(encoding="utf-8") as fh:
        lines = itertools.islice(fh, args.sentences)
        texts = [json.loads(line)["text"] for line in lines]
    data = batches("\n".join(texts))
    crf, net = bundled_model(), neural_tagger()
    result = {
        "characters_tagged": sum(int(lengths.sum()) for _, lengths in data),
        "crf_emissions_and_decoding": seconds_per_million(
            lambda c, n: crf.decode(crf.emissions(c), n), data, args.repeat
        ),
        "network_alone": seconds_per_million(net.emissions, data, args.repeat),
        "network_and_decoding": seconds_per_million(net.decode, data, args.repeat),
        "ensemble": seconds_per_million(lambda c, n: net.decode(c, n, crf), data, args.repeat),
    }
    print(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
