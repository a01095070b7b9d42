"""Throughput of ``piplkit.track.ingest`` in MB/s of update text.

The corpus is built from the development newsletters (``PIPLKIT_TRACK_SEEDS``, default
/work/shared/seeds) and the shipped test newsletters, each copied many times with its day numbers,
amounts and app counts re-drawn at random, so that per-string caches (dates) do not turn the run
into a replay of a few documents. Usage: ``python benchmarks/bench_track.py [--mb 2] [--seed 1]``.
"""

from __future__ import annotations

import argparse
import os
import random
import re
import time
from pathlib import Path

from piplkit.track import ingest

ROOT = Path(__file__).resolve().parents[1]
SEEDS = Path(os.environ.get("PIPLKIT_TRACK_SEEDS", "/work/shared/seeds"))


def _sources() -> list[tuple[str, str]]:
    paths = sorted(SEEDS.glob("*.txt")) + sorted((ROOT / "tests/data/track/docs").glob("*.*"))
    return [(p.name, p.read_text("utf-8")) for p in paths]


_MONTH_DAY = re.compile(
    r"\b(January|February|March|April|May|June|July|August|September|October|November|December)"
    r" ([12]?\d)\b|\b([12]?\d) (January|February|March|April|May|June|July|August|September|"
    r"October|November|December)\b|(\d{1,2})月(\d{1,2})日"
)


def _day(m: re.Match[str], rng: random.Random) -> str:
    day = rng.randint(1, 28)
    if m.group(1):
        return f"{m.group(1)} {day}"
    if m.group(4):
        return f"{day} {m.group(4)}"
    return f"{m.group(5)}月{day}日"


def _variant(text: str, rng: random.Random) -> str:
    text = _MONTH_DAY.sub(lambda m: _day(m, rng), text)
    return re.sub(r"\b(\d{2,3}),000\b", lambda m: f"{rng.randint(10, 999)},000", text)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--mb", type=float, default=2.0, help="corpus size in MB (default 2)")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    sources = _sources()
    if not sources:
        raise SystemExit("no newsletters found (set PIPLKIT_TRACK_SEEDS)")
    corpus: list[tuple[str, bytes]] = []
    size = 0
    while size < args.mb * 1_000_000:
        name, text = sources[len(corpus) % len(sources)]
        data = _variant(text, rng).encode("utf-8")
        corpus.append((name, data))
        size += len(data)
    ingest(corpus[0][1], corpus[0][0])  # load vocabularies and compile patterns once
    start = time.perf_counter()
    cpu = time.process_time()
    items = 0
    for name, data in corpus:
        _, devs = ingest(data, name)
        items += len(devs)
    elapsed = time.perf_counter() - start
    cpu = time.process_time() - cpu
    print(
        f"track ingest: {size / 1e6:.2f} MB in {len(corpus)} documents, {items} developments, "
        f"{elapsed:.2f} s wall -> {size / 1e6 / elapsed:.2f} MB/s "
        f"(CPU {cpu:.2f} s -> {size / 1e6 / cpu:.2f} MB/s; they differ on a shared machine)"
    )


if __name__ == "__main__":
    main()
