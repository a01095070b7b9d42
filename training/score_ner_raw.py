"""Raw span scores of the tagger as ``PIPLKIT_NER_MODEL`` selects it (issue 12, names14).

The tagger alone, no recognizer rules: the CRF (default), the neural tagger (``neural``) or the
average of both (``ensemble``), with the neural files of ``PIPLKIT_NER_NEURAL_MODEL``. Scores
span-exact NAME/ADDR F1 on the tune half (default), or on the whole dev split as
``train_ner.py`` reports the CRF (``--part dev``: that includes the test half, so it is run once
at the end, not while choosing).

Usage: ``PIPLKIT_NER_MODEL=ensemble python training/score_ner_raw.py [--part tune|dev]``
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from piplkit.discover.detect.ner.tagger import NerTagger

sys.path.insert(0, str(Path(__file__).resolve().parent))
from evaluate_ner import holdout_half
from train_ner import DEFAULT_DATA, load, span_scores, split


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--part", choices=("tune", "dev"), default="tune")
    args = ap.parse_args(argv)
    _, dev = split(load(args.data, aux=True))
    if args.part == "tune":
        dev = [ex for ex in dev if holdout_half(ex.text) == "tune"]
    found = NerTagger().spans_many([ex.text for ex in dev])
    gold = [set(ex.entities) for ex in dev]
    pred = [{(s.label, s.start, s.end) for s in spans} for spans in found]
    print(json.dumps({"part": args.part, "sentences": len(dev), **span_scores(gold, pred)}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
