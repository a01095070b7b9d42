"""Detect throughput, piplkit vs Presidio (pattern recognizers), one core, same run, same text.

The corpus is the evaluation generator's output (labelled sentences and hard negatives, 3:1),
grouped into documents of ``--doc-sentences`` lines, so both engines see identical inputs and
pay their per-call overhead equally. Throughput is UTF-8 bytes of text per second of wall time
spent inside the detect/analyze calls (model loading and a warm-up call excluded). Passes of the
engines are interleaved and each engine's best of ``--repeat`` passes is kept, so that load from
other work on a shared machine does not favour one engine.

    python benchmarks/bench_detect.py                # ~4 MB for piplkit, 1 MB for Presidio
    python benchmarks/bench_detect.py --mb 1 --presidio-mb 0.3 --repeat 1   # quick look
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sys
import time
from collections.abc import Callable, Sequence
from itertools import chain
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from presidio_offline import MATCHED, build_analyzer, recognizer_names

from piplkit.discover.detect import Detector
from piplkit.discover.evaluation.carriers import CARRIERS, NEGATIVE_CARRIERS
from piplkit.discover.evaluation.model import IDENTIFIER_TYPES
from piplkit.discover.evaluation.sentences import generate_records
from piplkit.discover.evaluation.values import ValueFactory


def build_corpus(megabytes: float, seed: int, doc_sentences: int) -> list[str]:
    """Documents of generated sentences totalling about ``megabytes`` MB of UTF-8."""
    target = int(megabytes * 1_000_000)
    factory = ValueFactory(seed)
    per_round = 4 * sum(len(t) for t in CARRIERS.values())
    docs: list[str] = []
    size = 0
    lines: list[str] = []
    round_no = 0
    while size < target:
        labelled = generate_records(CARRIERS, per_round * 3 // 4, factory, f"b{round_no}-")
        clean = generate_records(
            {"negative": NEGATIVE_CARRIERS}, per_round // 4, factory, f"c{round_no}-"
        )
        for record in chain(labelled, clean):
            lines.append(record.text)
            if len(lines) == doc_sentences:
                doc = "\n".join(lines)
                docs.append(doc)
                size += len(doc.encode("utf-8"))
                lines = []
                if size >= target:
                    break
        round_no += 1
    return docs


def prefix(docs: Sequence[str], megabytes: float) -> list[str]:
    out, size = [], 0
    for doc in docs:
        if size >= megabytes * 1_000_000:
            break
        out.append(doc)
        size += len(doc.encode("utf-8"))
    return out


def one_pass(fn: Callable[[str], Any], docs: Sequence[str]) -> tuple[float, float, int]:
    """Wall seconds, CPU seconds of this process, findings."""
    began, cpu = time.perf_counter(), time.process_time()
    found = 0
    for doc in docs:
        found += len(fn(doc))
    return time.perf_counter() - began, time.process_time() - cpu, found


def measure_all(
    engines: dict[str, tuple[Callable[[str], Any], list[str]]], repeat: int
) -> dict[str, dict[str, Any]]:
    """Best pass per engine; passes are interleaved (A B C D A B C D …) so that load from other
    work on a shared machine hits every engine alike instead of whichever ran at the time."""
    best: dict[str, float] = {}
    best_cpu: dict[str, float] = {}
    found: dict[str, int] = {}
    for fn, docs in engines.values():
        fn(docs[0])  # warm-up: lazy model loads, regex compilation
    for _ in range(repeat):
        for name, (fn, docs) in engines.items():
            seconds, cpu, found[name] = one_pass(fn, docs)
            best[name] = min(best.get(name, float("inf")), seconds)
            best_cpu[name] = min(best_cpu.get(name, float("inf")), cpu)
    out = {}
    for name, (_fn, docs) in engines.items():
        nbytes = sum(len(d.encode("utf-8")) for d in docs)
        out[name] = {
            "bytes": nbytes,
            "seconds": round(best[name], 4),
            "mb_per_s": round(nbytes / 1e6 / best[name], 3),
            # CPU time of this process: on a shared machine it says what the work costs
            "cpu_seconds": round(best_cpu[name], 4),
            "mb_per_cpu_s": round(nbytes / 1e6 / best_cpu[name], 3),
            "findings": found[name],
        }
    return out


def pin_one_core() -> str:
    if hasattr(os, "sched_setaffinity"):
        cpu = min(os.sched_getaffinity(0))
        os.sched_setaffinity(0, {cpu})
        return f"pinned to CPU {cpu}"
    return "not pinned (no sched_setaffinity)"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=4.0, help="piplkit corpus size (MB)")
    parser.add_argument("--presidio-mb", type=float, default=1.0, help="Presidio corpus (MB)")
    parser.add_argument("--doc-sentences", type=int, default=20)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--no-presidio", action="store_true")
    parser.add_argument(
        "--no-all-types",
        action="store_true",
        help="skip Detector() with the name/address model (about 0.1 MB/s: minutes a pass)",
    )
    parser.add_argument("--json", type=Path, help="write the results here as well")
    args = parser.parse_args(argv)

    pinning = pin_one_core()
    docs = build_corpus(max(args.mb, args.presidio_mb), args.seed, args.doc_sentences)
    piplkit_docs = prefix(docs, args.mb)
    presidio_docs = prefix(docs, args.presidio_mb)
    results: dict[str, Any] = {
        "machine": f"{platform.machine()}, python {platform.python_version()}",
        "cpu": pinning,
        "load_average_at_start": os.getloadavg()[0],
        "doc_sentences": args.doc_sentences,
    }
    engines: dict[str, tuple[Callable[[str], Any], list[str]]] = {
        "piplkit identifiers": (Detector(IDENTIFIER_TYPES).detect, piplkit_docs),
    }
    if not args.no_all_types:
        engines["piplkit all types"] = (Detector().detect, piplkit_docs)
    if not args.no_presidio:
        default = build_analyzer()
        matched = build_analyzer(MATCHED)
        results["presidio_recognizers"] = recognizer_names(default)
        engines["presidio default patterns"] = (
            lambda t: default.analyze(t, language="en"),
            presidio_docs,
        )
        engines["presidio card+email+ip"] = (
            lambda t: matched.analyze(t, language="en"),
            presidio_docs,
        )
    rows = measure_all(engines, args.repeat)
    results["engines"] = rows
    print(
        f"detect throughput, one core ({pinning}), documents of {args.doc_sentences} sentences, "
        f"load average {os.getloadavg()[0]:.1f} at the end"
    )
    print(
        f"{'engine':<28}{'MB':>8}{'seconds':>10}{'MB/s':>10}{'CPU s':>10}{'MB/CPU-s':>10}"
        f"{'findings':>10}"
    )
    for name, r in rows.items():
        print(
            f"{name:<28}{r['bytes'] / 1e6:>8.2f}{r['seconds']:>10.3f}"
            f"{r['mb_per_s']:>10.3f}{r['cpu_seconds']:>10.3f}{r['mb_per_cpu_s']:>10.3f}"
            f"{r['findings']:>10}"
        )
    if not args.no_presidio:
        ratios = {
            f"{p} / {q}{' (CPU)' if cpu else ''}": round(rows[p][unit] / rows[q][unit], 2)
            for p in ("piplkit identifiers", "piplkit all types")
            if p in rows
            for q in ("presidio default patterns", "presidio card+email+ip")
            for cpu, unit in ((False, "mb_per_s"), (True, "mb_per_cpu_s"))
        }
        results["ratios"] = ratios
        print("\nthroughput ratios, wall and CPU time (floor: piplkit >= 10x Presidio):")
        for k, v in ratios.items():
            print(f"  {k:<62}{v:>8.2f}x")
    if args.json:
        args.json.write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
