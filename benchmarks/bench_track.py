"""Throughput of ``piplkit.track.ingest`` in MB/s, overall and per input format.

The text corpus is built from the development newsletters (``PIPLKIT_TRACK_SEEDS``, default
/work/shared/seeds) and the shipped plain-text, Markdown and HTML documents, each copied many
times with its day numbers, amounts and app counts re-drawn at random, so that per-string caches
(dates) do not turn the run into a replay of a few documents. PDF and DOCX documents cannot be
re-drawn; they are ingested repeatedly with the tracker's caches cleared before each one.
HTML pages go through trafilatura's main-content extraction, which dominates their cost.

``--jobs N`` then ingests the same corpus again, from files, through the path of
``piplkit track ingest --jobs`` (``piplkit.track.batch.ingest_files``), once in-process (1) and
once in N forked workers, back to back, and prints each format's wall-clock MB/s: what a batch of
that format gains from N cores. Every per-text cache is emptied before each pass (and before each
PDF/DOCX document, in the workers too); the vocabularies are loaded before the workers are forked,
so neither the figures nor the comparison include the start-up a real ``track ingest`` pays.

Usage: ``python benchmarks/bench_track.py [--mb 2] [--seed 1] [--repeat 1] [--fresh] [--jobs N]
[--no-freeze]``.
"""

from __future__ import annotations

import argparse
import gc
import multiprocessing
import os
import pkgutil
import random
import re
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

from piplkit import track
from piplkit.track import batch, ingest

ROOT = Path(__file__).resolve().parents[1]
SEEDS = Path(os.environ.get("PIPLKIT_TRACK_SEEDS", "/work/shared/seeds"))
DOCS = ROOT / "tests/data/track/docs"
TEXT_FORMATS = {".txt": "text", ".md": "markdown", ".html": "html"}
BINARY_FORMATS = {".pdf": "pdf", ".docx": "docx"}


def _sources() -> list[tuple[str, str]]:
    paths = sorted(SEEDS.glob("*.txt")) + sorted(
        p for p in DOCS.iterdir() if p.suffix in TEXT_FORMATS
    )
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


def _clear_caches() -> None:
    """Empty every per-text cache of the tracker (dates, sentences, words, tokens, patterns of a
    document's own abbreviations); the vocabularies, loaded once per process, stay."""
    for info in pkgutil.iter_modules(track.__path__):
        module = sys.modules.get(f"piplkit.track.{info.name}")
        for value in vars(module).values() if module else ():
            parameters = getattr(value, "cache_parameters", None)
            if callable(parameters) and parameters().get("maxsize"):
                value.cache_clear()


def _run(corpus: list[tuple[str, bytes]], clear: bool) -> tuple[dict[str, list[float]], int]:
    """Per format: [bytes, wall seconds, CPU seconds, documents]; and the developments found."""
    totals: dict[str, list[float]] = defaultdict(lambda: [0.0, 0.0, 0.0, 0.0])
    items = 0
    for name, data in corpus:
        if clear:
            _clear_caches()
        start, cpu = time.perf_counter(), time.process_time()
        _, devs = ingest(data, name)
        row = totals[(TEXT_FORMATS | BINARY_FORMATS)[Path(name).suffix]]
        row[0] += len(data)
        row[1] += time.perf_counter() - start
        row[2] += time.process_time() - cpu
        row[3] += 1
        items += len(devs)
    return totals, items


def _ingest_fresh(data: bytes | str, name: str) -> Any:
    """``ingest`` with every per-text cache emptied first, as ``_run`` does for PDF and DOCX."""
    _clear_caches()
    return ingest(data, name)


def _pooled(
    corpus: list[tuple[str, bytes]], binaries: list[tuple[str, bytes]], jobs: int, fresh: bool
) -> dict[str, list[float]]:
    """Per format: [bytes, wall seconds, developments] of ``batch.ingest_files`` over the
    documents written to files, one batch per format (so each pays its own pool start)."""
    fork = multiprocessing.get_context("fork")  # the workers inherit the loaded vocabularies
    totals: dict[str, list[float]] = defaultdict(lambda: [0.0, 0.0, 0.0])
    with tempfile.TemporaryDirectory(prefix="bench_track_") as tmp:
        by_format: dict[str, list[str]] = defaultdict(list)
        for i, (name, data) in enumerate(corpus + binaries):
            path = Path(tmp) / f"{i:05d}_{name}"
            path.write_bytes(data)
            by_format[(TEXT_FORMATS | BINARY_FORMATS)[path.suffix]].append(str(path))
            totals[(TEXT_FORMATS | BINARY_FORMATS)[path.suffix]][0] += len(data)
        for fmt, paths in sorted(by_format.items()):
            # (a forked worker runs the module's ``ingest`` as the parent set it at the fork)
            clear_each = fresh or fmt in BINARY_FORMATS.values()
            batch.ingest = _ingest_fresh if clear_each else ingest  # type: ignore[assignment]
            _clear_caches()
            start = time.perf_counter()
            found = batch.ingest_files(paths, jobs, min_parallel_bytes=0, mp_context=fork)
            totals[fmt][2] = sum(len(r.devs) for r in found)
            totals[fmt][1] = time.perf_counter() - start
    batch.ingest = ingest  # type: ignore[assignment]
    return totals


def _report_pooled(
    corpus: list[tuple[str, bytes]], binaries: list[tuple[str, bytes]], args: argparse.Namespace
) -> None:
    """``--jobs N``: wall MB/s per format through ``track ingest``'s path, 1 and N processes."""
    load = os.getloadavg()
    best: dict[int, dict[str, list[float]]] = {}
    for _ in range(max(1, args.repeat)):
        for jobs in (1, args.jobs):
            found = _pooled(corpus, binaries * 5, jobs, args.fresh)
            for fmt, row in found.items():
                if fmt not in best.setdefault(jobs, {}) or row[1] < best[jobs][fmt][1]:
                    best[jobs][fmt] = row
    one, many = best[1], best[args.jobs]
    print(
        f"track ingest --jobs (batch.ingest_files from files, one batch per format, forked "
        f"workers): wall MB/s with 1 and {args.jobs} processes; load average "
        f"{load[0]:.2f} before, {os.getloadavg()[0]:.2f} after, {os.cpu_count()} CPUs"
    )
    for fmt in sorted(one):
        nbytes, wall1, devs1 = one[fmt]
        walln, devsn = many[fmt][1], many[fmt][2]
        same = "" if devs1 == devsn else f"  (developments differ: {devs1:.0f} vs {devsn:.0f})"
        print(
            f"  {fmt:9s} {nbytes / 1e6:6.2f} MB  {nbytes / 1e6 / wall1:6.2f} MB/s wall (1)  "
            f"{nbytes / 1e6 / walln:6.2f} MB/s wall ({args.jobs})  x{wall1 / walln:4.2f}{same}"
        )
    nbytes = sum(r[0] for r in one.values())
    wall1, walln = sum(r[1] for r in one.values()), sum(r[1] for r in many.values())
    print(
        f"  {'all':9s} {nbytes / 1e6:6.2f} MB  {nbytes / 1e6 / wall1:6.2f} MB/s wall (1)  "
        f"{nbytes / 1e6 / walln:6.2f} MB/s wall ({args.jobs})  x{wall1 / walln:4.2f}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--mb", type=float, default=2.0, help="text corpus size in MB (default 2)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument(
        "--repeat",
        type=int,
        default=1,
        help="passes over the corpus, every per-text cache emptied before each; the fastest "
        "pass of each format is reported (a shared machine slows some passes down)",
    )
    parser.add_argument(
        "--fresh",
        action="store_true",
        help="empty every per-text cache before each text, Markdown and HTML document too: "
        "re-drawn copies of a few documents share most of their paragraphs (headings, "
        "boilerplate, undated items), which the caches otherwise serve from the copies before",
    )
    parser.add_argument(
        "--jobs",
        type=int,
        default=0,
        help="also ingest the corpus through track ingest --jobs's path with 1 and this many "
        "worker processes and print wall-clock MB/s per format (default: not)",
    )
    parser.add_argument(
        "--no-freeze",
        action="store_true",
        help="do not gc.freeze() after the warm-up (track ingest freezes after its first "
        "document; this measures what that saves)",
    )
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
    binaries = [
        (p.name, p.read_bytes()) for p in sorted(DOCS.iterdir()) if p.suffix in BINARY_FORMATS
    ]
    for name, data in corpus[: len(sources)] + binaries:
        ingest(data, name)  # load vocabularies, compile patterns, import readers once
    if not args.no_freeze:
        # as ``piplkit track ingest`` does after its first document: the collector no longer
        # walks the long-lived objects loaded so far (vocabularies, patterns, readers)
        gc.freeze()
    text_totals: dict[str, list[float]] = {}
    bin_totals: dict[str, list[float]] = {}
    for _ in range(max(1, args.repeat)):
        _clear_caches()
        text_pass, text_items = _run(corpus, clear=args.fresh)
        bin_pass, bin_items = _run(binaries * 5, clear=True)
        for best, found in ((text_totals, text_pass), (bin_totals, bin_pass)):
            for fmt, row in found.items():
                if fmt not in best or row[2] < best[fmt][2]:
                    best[fmt] = row
    wall = sum(r[1] for r in text_totals.values())
    cpu = sum(r[2] for r in text_totals.values())
    print(
        f"track ingest (text, Markdown, HTML): {size / 1e6:.2f} MB in {len(corpus)} documents, "
        f"{text_items} developments, {wall:.2f} s wall -> {size / 1e6 / wall:.2f} MB/s "
        f"(CPU {cpu:.2f} s -> {size / 1e6 / cpu:.2f} MB/s; they differ on a shared machine)"
    )
    for fmt, (nbytes, fwall, fcpu, docs) in sorted((text_totals | bin_totals).items()):
        print(
            f"  {fmt:9s} {nbytes / 1e6:6.2f} MB ({docs:.0f} docs of {nbytes / docs / 1e3:5.1f} KB)"
            f"  {nbytes / 1e6 / fwall:6.2f} MB/s wall  {nbytes / 1e6 / fcpu:6.2f} MB/s CPU"
        )
    if args.repeat > 1:
        print(f"  (fastest of {args.repeat} passes per format)")
    if args.fresh:
        print("  (--fresh: per-text caches emptied before every document)")
    print(f"  (PDF/DOCX: {len(binaries)} documents x 5, {bin_items} developments)")
    if args.jobs > 1:
        _report_pooled(corpus, binaries, args)


if __name__ == "__main__":
    main()
