"""Whole-process throughput of ``piplkit detect`` (all types) on Chinese prose, one core,
with Presidio's pattern recognizers on the same text in the same run (issue 12).

The prose is CLUENER2020's training split (news, finance, games, entertainment, government and
company text; the same file ``training/train_ner.py`` reads), repeated until ``--chars``
characters, written twice: one sentence a line, and ``--para`` sentences a line. Each file goes
through ``piplkit detect FILE`` in a child process pinned to one CPU; characters per second are
counted on the child's CPU time (user + system, start-up and model loading included) and on wall
time. Presidio's ``AnalyzerEngine`` with its default pattern recognizers (blank spaCy pipeline,
``presidio_offline.py``) analyses the sentences of the first ``--presidio-chars`` characters in
this process, pinned to the same CPU; only the time inside ``analyze`` counts for it, which
flatters Presidio.

    python benchmarks/bench_names.py                       # 4 M characters, best of 3
    python benchmarks/bench_names.py --chars 1000000 --repeat 1 --no-presidio   # quick look
    python benchmarks/bench_names.py --held-out      # only the ~10 % the tagger never trained on

``--held-out`` keeps the sentences ``training/train_ner.py`` holds back (its CRC32 dev bucket, the
tune and test halves of ``training/evaluate_ner.py``): on its own training sentences the CRF is
surer than on new prose, which flatters any step that runs only where the CRF is unsure.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(Path(__file__).resolve().parent))
DEFAULT_DATA = Path("/work/shared/data/cluener2020/train.jsonl")
#: The ``piplkit`` console script, run by the interpreter of this process.
_CLI = "from piplkit.faces.cli.app import main; main()"


def sentences(path: Path) -> list[str]:
    out = []
    with path.open(encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            try:
                out.append(json.loads(line)["text"].replace("\n", " "))
            except (ValueError, KeyError, TypeError):
                raise SystemExit(f"{path}:{lineno}: not a CLUENER record") from None
    return out


def held_out(texts: list[str]) -> list[str]:
    """The sentences the shipped tagger was not trained on (``train_ner``'s own dev split)."""
    sys.path.insert(0, str(ROOT / "training"))
    from train_ner import is_dev

    return [t for t in texts if is_dev(t)]


def corpus(texts: list[str], chars: int) -> list[str]:
    out, size, k = [], 0, 0
    while size < chars:
        text = texts[k % len(texts)]
        out.append(text)
        size += len(text)
        k += 1
    return out


def run_detect(path: Path, cpu: int, extra: list[str]) -> dict[str, float]:
    """CPU and wall seconds of one ``piplkit detect`` child process pinned to ``cpu``."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    began = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-c", _CLI, "detect", str(path), *extra],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        preexec_fn=lambda: os.sched_setaffinity(0, {cpu}),
        check=False,
    )
    wall = time.perf_counter() - began
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode != 0:
        raise SystemExit(f"piplkit detect failed: {done.stderr.decode()[-500:]}")
    cpu_seconds = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return {"cpu_seconds": cpu_seconds, "wall_seconds": wall}


def presidio_rate(texts: list[str], chars: int, repeat: int) -> dict[str, Any]:
    from presidio_offline import build_analyzer

    analyzer = build_analyzer()
    sample = corpus(texts, chars)
    analyzer.analyze(sample[0], language="en")
    best = float("inf")
    for _ in range(repeat):
        began = time.process_time()
        for text in sample:
            analyzer.analyze(text, language="en")
        best = min(best, time.process_time() - began)
    n = sum(map(len, sample))
    return {"chars": n, "cpu_seconds": round(best, 3), "chars_per_s": round(n / best)}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--chars", type=int, default=4_000_000)
    ap.add_argument("--para", type=int, default=10, help="sentences per line, paragraph file")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--presidio-chars", type=int, default=400_000)
    ap.add_argument("--no-presidio", action="store_true")
    ap.add_argument("--types", help="passed to piplkit detect --types (default: all types)")
    ap.add_argument("--json", type=Path)
    ap.add_argument(
        "--held-out", action="store_true", help="only the sentences the tagger never trained on"
    )
    args = ap.parse_args(argv)
    if not args.data.is_file():
        print(f"prose not found: {args.data}", file=sys.stderr)
        return 2
    cpu = min(os.sched_getaffinity(0))
    os.sched_setaffinity(0, {cpu})
    texts = sentences(args.data)
    if args.held_out:
        texts = held_out(texts)
    lines = corpus(texts, args.chars)
    n_chars = sum(map(len, lines))
    extra = ["--types", args.types] if args.types else []
    results: dict[str, Any] = {
        "cpu": cpu,
        "chars": n_chars,
        "load_average_at_start": round(os.getloadavg()[0], 2),
        "held_out_only": args.held_out,
    }
    with tempfile.TemporaryDirectory() as tmp:
        files = {
            "sentence per line": Path(tmp) / "lines.txt",
            f"{args.para} sentences per line": Path(tmp) / "paragraphs.txt",
        }
        files["sentence per line"].write_text("\n".join(lines) + "\n", encoding="utf-8")
        paragraphs = ["".join(lines[i : i + args.para]) for i in range(0, len(lines), args.para)]
        files[f"{args.para} sentences per line"].write_text(
            "\n".join(paragraphs) + "\n", encoding="utf-8"
        )
        rows: dict[str, dict[str, float]] = {}
        for _ in range(args.repeat):  # interleaved passes, best of each
            for name, path in files.items():
                run = run_detect(path, cpu, extra)
                best = rows.setdefault(name, dict(run))
                for key in run:
                    best[key] = min(best[key], run[key])
    for row in rows.values():
        row["chars_per_s_cpu"] = round(n_chars / row["cpu_seconds"])
        row["chars_per_s_wall"] = round(n_chars / row["wall_seconds"])
    results["piplkit detect"] = rows
    print(
        f"piplkit detect {'--types ' + args.types if args.types else '(all types)'}, "
        f"{n_chars:,} characters of Chinese prose, CPU {cpu}, best of {args.repeat}"
    )
    for name, row in rows.items():
        print(
            f"  {name:<24} {row['cpu_seconds']:7.2f} s CPU {row['chars_per_s_cpu']:>10,} chars/s"
            f"   {row['wall_seconds']:7.2f} s wall {row['chars_per_s_wall']:>10,} chars/s"
        )
    if not args.no_presidio:
        presidio = presidio_rate(texts, args.presidio_chars, args.repeat)
        results["presidio default patterns"] = presidio
        print(
            f"  Presidio default pattern recognizers, analyze() only: "
            f"{presidio['chars_per_s']:,} chars/s ({presidio['chars']:,} chars)"
        )
        for name, row in rows.items():
            ratio = row["chars_per_s_cpu"] / presidio["chars_per_s"]
            results.setdefault("ratio_to_presidio", {})[name] = round(ratio, 2)
            print(f"  ratio piplkit ({name}, CPU) / Presidio: {ratio:.2f}x")
    results["load_average_at_end"] = round(os.getloadavg()[0], 2)
    print(f"  load average {results['load_average_at_start']} -> {results['load_average_at_end']}")
    if args.json:
        args.json.write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
