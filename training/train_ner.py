"""Train the character CRF behind the person-name and address recognizers.

Data: CLUENER2020 ``train.jsonl`` only (the training split; its other splits are held out by the
evaluators and must not be used). A deterministic ~10 % of it (CRC32 of the sentence, bucket 0 of
10) is held out as the dev split used for the numbers reported by this script; the model is
trained on the remaining ~90 %. Only the ``name`` and ``address`` labels become entity tags (NAME,
ADDR, BIO scheme); with ``--aux`` the organisation-like labels become an ORG tag so the model
learns that place names inside company names are not addresses.

Augmentation (``--augment N``, default 3): news text names mostly famous people, so the model
learns their characters rather than the shape of a name. Each training sentence with a Chinese
name (surname from the shipped list + 1–2 characters) gets N copies in which every such name is
replaced by a random surname from the shipped list plus the given name of another name of the
*same training portion*. No outside names and no other CLUENER split are used.

Training is deterministic: L-BFGS over a data order and augmentation fixed by ``--seed``.

Usage::

    python training/train_ner.py [--data PATH] [--out PATH] [--iterations N] [--c1 X] [--c2 Y]
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
import zlib
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from piplkit.discover.detect.ner.features import TEMPLATES, feature_strings
from piplkit.discover.detect.ner.lexicon import lexicon
from piplkit.discover.detect.ner.linear_crf import LinearCrf
from piplkit.discover.detect.ner.tagger import NerTagger

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DATA = Path("/work/shared/data/cluener2020/train.jsonl")
DEFAULT_OUT = ROOT / "src" / "piplkit" / "discover" / "detect" / "models" / "ner_zh.npz"
ENTITY_TAGS = {"name": "NAME", "address": "ADDR"}
AUX_TAGS = {"company": "ORG", "government": "ORG", "organization": "ORG"}
DEV_BUCKETS = 10


@dataclass(frozen=True, slots=True)
class Example:
    text: str
    #: (label, start, end_exclusive) of the NAME/ADDR (and ORG) entities.
    entities: tuple[tuple[str, int, int], ...]


def is_dev(text: str) -> bool:
    """Deterministic dev-split membership: bucket 0 of CRC32(text) mod 10."""
    return zlib.crc32(text.encode("utf-8")) % DEV_BUCKETS == 0


def load(path: Path, aux: bool) -> list[Example]:
    """Read CLUENER JSON lines; a broken line stops with its line number."""
    wanted = {**ENTITY_TAGS, **(AUX_TAGS if aux else {})}
    examples: list[Example] = []
    with path.open(encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
                text = record["text"]
                entities = [
                    (wanted[kind], start, end + 1)
                    for kind, surfaces in record.get("label", {}).items()
                    if kind in wanted
                    for spans in surfaces.values()
                    for start, end in spans
                ]
            except (ValueError, KeyError, TypeError) as exc:
                raise SystemExit(f"{path}:{lineno}: not a CLUENER record ({exc})") from None
            examples.append(Example(text, tuple(sorted(entities, key=lambda e: e[1]))))
    return examples


def bio_tags(example: Example) -> list[str]:
    tags = ["O"] * len(example.text)
    for label, start, end in example.entities:
        if any(t != "O" for t in tags[start:end]):
            continue  # overlapping annotation: keep the first
        tags[start] = "B-" + label
        for k in range(start + 1, end):
            tags[k] = "I-" + label
    return tags


def combiner_fold(text: str, folds: int) -> int:
    """Fold of a training-portion sentence for ``--hold-out-fold`` (a second hash, independent of
    the dev split). A second-stage model stacked on the CRF must learn from the CRF's outputs on
    sentences it did not see, never from its own training fit: the CRFs of ``--hold-out-fold
    K/N`` give such outputs on fold K (issue 12, names13: docs/evaluation.md)."""
    return zlib.crc32(("combiner:" + text).encode("utf-8")) % folds


def split(examples: Iterable[Example]) -> tuple[list[Example], list[Example]]:
    train, dev = [], []
    for ex in examples:
        (dev if is_dev(ex.text) else train).append(ex)
    return train, dev


def _chinese_name_surname(name: str) -> str | None:
    """The surname of a 2–4 character Chinese name from the shipped list, else ``None``."""
    if not 2 <= len(name) <= 4 or not all("\u4e00" <= c <= "\u9fff" for c in name):
        return None
    surname = lexicon().surname_of(name)
    return surname if surname and 1 <= len(name) - len(surname) <= 2 else None


def _name_shape(name: str) -> str:
    """The pool a training name is swapped within: ``latin`` (Latin script), ``other`` (Chinese
    script without a listed surname: transliterations, pen names, characters of games)."""
    if all(c.isascii() for c in name):
        return "latin"
    return "other"


def augment(
    examples: list[Example], copies: int, rng: random.Random, every_name: bool = False
) -> list[Example]:
    """Copies of name-bearing sentences with their names swapped for recombined names.

    Chinese names become a random listed surname plus the given name of another name. With
    ``every_name``, the other names are swapped too, each for another training name of the same
    shape (Latin script for Latin script, other Chinese-script names among themselves), so that
    the model learns where such names stand rather than the few it saw.
    """
    given: list[str] = []
    pools: dict[str, list[str]] = {"latin": [], "other": []}
    for ex in examples:
        for label, start, end in ex.entities:
            name = ex.text[start:end]
            surname = _chinese_name_surname(name) if label == "NAME" else None
            if surname:
                given.append(name[len(surname) :])
            elif label == "NAME" and every_name and len(name) >= 2:
                pools[_name_shape(name)].append(name)
    surnames = sorted(lexicon().surnames | lexicon().compound_surnames)
    out: list[Example] = []
    for ex in examples:
        targets = {
            e: "chinese"
            if _chinese_name_surname(ex.text[e[1] : e[2]])
            else _name_shape(ex.text[e[1] : e[2]])
            for e in ex.entities
            if e[0] == "NAME"
            and (_chinese_name_surname(ex.text[e[1] : e[2]]) or (every_name and e[2] - e[1] >= 2))
        }
        if not targets or not given:
            continue
        for _ in range(copies):
            text, entities, shift = ex.text, [], 0
            for label, start, end in ex.entities:
                kind = targets.get((label, start, end))
                start, end = start + shift, end + shift
                if kind is not None:
                    if kind == "chinese":
                        new = rng.choice(surnames) + rng.choice(given)
                    else:
                        new = rng.choice(pools[kind]) if pools[kind] else text[start:end]
                    text = text[:start] + new + text[end:]
                    shift += len(new) - (end - start)
                    end = start + len(new)
                entities.append((label, start, end))
            out.append(Example(text, tuple(entities)))
    return out


def train(
    examples: list[Example],
    out: Path,
    *,
    c1: float,
    c2: float,
    iterations: int,
    seed: int,
    copies: int = 1,
    every_name: bool = False,
    extra: list[Example] | None = None,
) -> None:
    """Fit a crfsuite CRF (L-BFGS) on ``examples`` plus augmented copies and the ``extra``
    (silver) sentences, which are not augmented; write it to ``out``."""
    import pycrfsuite  # the `train` extra: only training needs it, not evaluate_ner.py's imports

    lex = lexicon()
    rng = random.Random(seed)
    order = list(examples) + augment(examples, copies, rng, every_name) + list(extra or [])
    rng.shuffle(order)
    trainer = pycrfsuite.Trainer(verbose=False)
    for ex in order:
        trainer.append(feature_strings(ex.text, lex), bio_tags(ex))
    trainer.set_params(
        {
            "c1": c1,
            "c2": c2,
            "max_iterations": iterations,
            "feature.possible_transitions": True,
        }
    )
    out.parent.mkdir(parents=True, exist_ok=True)
    trainer.train(str(out))


def export(crfsuite_model: Path, out: Path) -> None:
    """Write the weights of a crfsuite model as the ``.npz`` that :class:`LinearCrf` reads.

    Attributes are ``template:code``; per template the file holds the sorted codes (``k:``) and a
    weight row per code (``w:``, one column per label), plus the label names and transitions.
    """
    import pycrfsuite  # the `train` extra (see train())

    tagger = pycrfsuite.Tagger()
    tagger.open(str(crfsuite_model))
    info = tagger.info()
    labels = sorted(info.labels, key=lambda name: int(info.labels[name]))
    column = {name: k for k, name in enumerate(labels)}
    per_template: dict[str, dict[int, np.ndarray]] = {name: {} for name in TEMPLATES}
    for (attribute, label), weight in info.state_features.items():
        name, _, code = attribute.partition(":")
        row = per_template[name].setdefault(int(code), np.zeros(len(labels), dtype=np.float32))
        row[column[label]] = weight
    transitions = np.zeros((len(labels), len(labels)), dtype=np.float32)
    for (source, target), weight in info.transitions.items():
        transitions[column[source], column[target]] = weight
    arrays: dict[str, np.ndarray] = {
        "labels": np.array(labels),
        "transitions": transitions,
    }
    for name, rows in per_template.items():
        codes = sorted(rows)
        arrays[f"k:{name}"] = np.array(codes, dtype=np.int64)
        weights = np.array([rows[c] for c in codes], dtype=np.float32)
        arrays[f"w:{name}"] = weights.reshape(len(codes), len(labels))
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("wb") as fh:
        np.savez_compressed(fh, **arrays)


def prf(tp: int, n_pred: int, n_gold: int) -> dict[str, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4), "gold": n_gold}


def span_scores(
    gold: Iterable[set[tuple[str, int, int]]], pred: Iterable[set[tuple[str, int, int]]]
) -> dict[str, dict[str, float]]:
    """Exact-span precision/recall/F1 per label over paired gold/predicted span sets."""
    counts: dict[str, list[int]] = {}
    for g, p in zip(gold, pred, strict=True):
        for label in ENTITY_TAGS.values():
            gl = {s for s in g if s[0] == label}
            pl = {s for s in p if s[0] == label}
            c = counts.setdefault(label, [0, 0, 0])
            c[0] += len(gl & pl)
            c[1] += len(pl)
            c[2] += len(gl)
    return {label: prf(*c) for label, c in counts.items()}


def evaluate_model(model: Path, dev: list[Example]) -> dict[str, dict[str, float]]:
    """Raw CRF span scores on ``dev`` (no recognizer post-processing), tagged as piplkit does."""
    tagger = NerTagger(LinearCrf.from_bytes(model.read_bytes()))
    gold, pred = [], []
    for ex, spans in zip(dev, tagger.spans_many([ex.text for ex in dev]), strict=True):
        gold.append(set(ex.entities))
        pred.append({(s.label, s.start, s.end) for s in spans})
    return span_scores(gold, pred)


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    ap.add_argument("--c1", type=float, default=0.1)
    ap.add_argument("--c2", type=float, default=0.01)
    ap.add_argument("--iterations", type=int, default=200)
    ap.add_argument("--seed", type=int, default=20200101)
    ap.add_argument("--augment", type=int, default=3, help="recombined-name copies per sentence")
    ap.add_argument("--aux", action=argparse.BooleanOptionalAction, default=True)
    ap.add_argument(
        "--augment-every-name",
        action=argparse.BooleanOptionalAction,
        default=False,
        help="also swap Latin-script and other non-surname names in the augmented copies",
    )
    ap.add_argument(
        "--extra",
        type=Path,
        help="silver sentences (CLUENER-style JSON lines, e.g. build_silver.py's) to train on too",
    )
    ap.add_argument(
        "--hold-out-fold",
        metavar="K/N",
        help="leave fold K of N (combiner_fold) of the training portion out of training",
    )
    ap.add_argument(
        "--keep-crfsuite", action="store_true", help="keep the crfsuite model next to --out"
    )
    ap.add_argument("--metrics", type=Path, default=ROOT / "training" / "ner_metrics.json")
    return ap.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    if not args.data.is_file():
        print(f"training data not found: {args.data}", file=sys.stderr)
        return 2
    train_set, dev_set = split(load(args.data, args.aux))
    if args.hold_out_fold:
        k, _, n = args.hold_out_fold.partition("/")
        train_set = [ex for ex in train_set if combiner_fold(ex.text, int(n)) != int(k)]
    t0 = time.perf_counter()
    crfsuite_model = args.out.with_suffix(".crfsuite")
    train(
        train_set,
        crfsuite_model,
        c1=args.c1,
        c2=args.c2,
        iterations=args.iterations,
        seed=args.seed,
        copies=args.augment,
        every_name=args.augment_every_name,
        extra=load(args.extra, args.aux) if args.extra else None,
    )
    seconds = time.perf_counter() - t0
    export(crfsuite_model, args.out)
    if not args.keep_crfsuite:
        crfsuite_model.unlink()
    scores = evaluate_model(args.out, dev_set)
    metrics = {
        "train_sentences": len(train_set),
        "dev_sentences": len(dev_set),
        "params": {
            "c1": args.c1,
            "c2": args.c2,
            "iterations": args.iterations,
            "aux": args.aux,
            "augment": args.augment,
            "augment_every_name": args.augment_every_name,
            "extra": str(args.extra) if args.extra else None,
            "seed": args.seed,
            "hold_out_fold": args.hold_out_fold,
        },
        "train_seconds": round(seconds, 1),
        "model_bytes": args.out.stat().st_size,
        "dev_crf_spans": scores,
    }
    args.metrics.write_text(json.dumps(metrics, indent=2, ensure_ascii=False) + "\n")
    print(json.dumps(metrics, indent=2, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
