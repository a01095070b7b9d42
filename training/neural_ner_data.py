"""Feature arrays for ``train_neural_ner.py``, computed with piplkit's own feature code.

The neural tagger (issue 12, branch names14) reads, per character, the normalised code point and
the small dictionary features of the CRF (:data:`NEURAL_TEMPLATES`), exactly as
:func:`piplkit.discover.detect.ner.features.feature_codes` computes them at run time, so training
and tagging cannot see different inputs. This step runs in the project's environment (the
lexicon needs cpca, jieba's word lists, pyahocorasick); the torch training step then needs only
the ``.npz`` this writes, not piplkit.

The split is ``train_ner.py``'s: its loader, its CRC32 dev split (the CRF's training portion is
the neural tagger's), its augmentation (recombined names, ``--augment`` copies, ``--seed``). The
dev split is stored in its two halves as ``evaluate_ner.py`` cuts them; the training step reads
the tune half only, and the test half is scored once at the end.

Usage: ``python training/neural_ner_data.py [--out /tmp/neural_ner_data.npz]``
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

import numpy as np

from piplkit.discover.detect.ner.features import TEMPLATES, feature_codes, layout
from piplkit.discover.detect.ner.tagger import NerTagger, bundled_model

sys.path.insert(0, str(Path(__file__).resolve().parent))
from evaluate_ner import holdout_half
from train_ner import DEFAULT_DATA, Example, augment, bio_tags, load, span_scores, split

#: The CRF templates the neural tagger reads besides the character itself (small code sets).
NEURAL_TEMPLATES: tuple[str, ...] = (
    "t", "s", "sfx", "cl0", "cl1", "cr1", "cr2", "cr3",
    "ws", "we", "js", "je", "jc", "gs", "ge", "gc", "tr", "trr", "lat",
)  # fmt: skip
_ROWS = [TEMPLATES.index(n) for n in NEURAL_TEMPLATES]
_U0 = TEMPLATES.index("u0")


def arrays(examples: list[Example], labels: tuple[str, ...]) -> dict[str, np.ndarray]:
    """Per character of every example: code point (``u0``), template codes, tag index."""
    index = {name: k for k, name in enumerate(labels)}
    texts = [ex.text for ex in examples]
    lengths = np.array([len(t) for t in texts], dtype=np.int64)
    starts = np.cumsum(lengths) - lengths
    joined = "".join(texts)
    codes = feature_codes(layout(joined, starts, starts + lengths))
    tags = np.array([index[t] for ex in examples for t in bio_tags(ex)], dtype=np.int8)
    return {
        "cps": codes[_U0].astype(np.int32),
        "feats": codes[_ROWS].astype(np.int32),
        "tags": tags,
        "lengths": lengths,
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--out", type=Path, default=Path("/tmp/neural_ner_data.npz"))
    ap.add_argument("--augment", type=int, default=3)
    ap.add_argument("--seed", type=int, default=20200101)
    args = ap.parse_args(argv)
    train, dev = split(load(args.data, aux=True))
    labels = bundled_model().labels
    rng = random.Random(args.seed)
    order = train + augment(train, args.augment, rng)
    rng.shuffle(order)
    tune = [ex for ex in dev if holdout_half(ex.text) == "tune"]
    test = [ex for ex in dev if holdout_half(ex.text) == "test"]
    out: dict[str, np.ndarray] = {
        "labels": np.array(labels),
        "templates": np.array(NEURAL_TEMPLATES),
    }
    for name, part in (("train", order), ("tune", tune), ("test", test)):
        for key, value in arrays(part, labels).items():
            out[f"{name}:{key}"] = value
    # The CRF's raw span scores on the tune half, for the comparison the training step prints.
    tagger = NerTagger()
    gold = [set(ex.entities) for ex in tune]
    pred = [
        {(s.label, s.start, s.end) for s in found}
        for found in tagger.spans_many([ex.text for ex in tune])
    ]
    print("CRF raw on tune half:", span_scores(gold, pred))
    np.savez_compressed(args.out, **out)
    print(
        f"train {len(order)} (from {len(train)}), tune {len(tune)}, test {len(test)} -> {args.out}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
