"""Instructions ``piplkit.track.ingest`` executes per format, counted by valgrind (callgrind).

On a machine shared with other jobs, CPU seconds move by ±5% or more from run to run, which
hides a change of a few per cent. Instruction counts do not depend on the load. The script
runs itself under callgrind twice per format. The first run only warms up: it imports, loads
the vocabularies and ingests each source document once. The second also ingests ``--docs``
documents with every per-text cache emptied before each. It prints the difference. Text,
Markdown and HTML documents are the shipped ones with days and amounts re-drawn, as
``bench_track.py`` draws them; PDF documents are the shipped ones, repeated.

Usage: ``python benchmarks/bench_track_instructions.py [--docs 30] [--formats markdown,html]
[--no-freeze]``
(needs ``valgrind``; about a minute per format on an idle core).
"""

from __future__ import annotations

import argparse
import gc
import os
import pkgutil
import random
import re
import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve()
FORMATS = {"text": ".txt", "markdown": ".md", "html": ".html", "pdf": ".pdf", "docx": ".docx"}


def _ingest(fmt: str, count: int) -> int:
    """Warm up, then ingest ``count`` documents of ``fmt``; the bytes ingested."""
    sys.path.insert(0, str(HERE.parent))
    import bench_track as bench

    from piplkit import track
    from piplkit.track import ingest

    rng = random.Random(1)
    if fmt in {"pdf", "docx"}:
        warm = [
            (p.name, p.read_bytes())
            for p in sorted(bench.DOCS.iterdir())
            if p.suffix == FORMATS[fmt]
        ]
        corpus = (warm * (count // max(1, len(warm)) + 1))[:count]
    else:
        sources = [s for s in bench._sources() if s[0].endswith(FORMATS[fmt])]
        warm = [(name, text.encode("utf-8")) for name, text in sources]
        corpus = [
            (
                sources[i % len(sources)][0],
                bench._variant(sources[i % len(sources)][1], rng).encode(),
            )
            for i in range(count)
        ]
    for name, data in warm:
        ingest(data, name)
    if not os.environ.get("BENCH_NO_FREEZE"):
        gc.freeze()  # as ``piplkit track ingest`` does after its first document
    clears = []
    for info in pkgutil.iter_modules(track.__path__):
        module = sys.modules.get(f"piplkit.track.{info.name}")
        for value in vars(module).values() if module else ():
            parameters = getattr(value, "cache_parameters", None)
            if callable(parameters) and parameters().get("maxsize"):
                clears.append(value.cache_clear)
    for name, data in corpus:
        for clear in clears:
            clear()
        ingest(data, name)
    return sum(len(data) for _, data in corpus)


def _count(fmt: str, docs: int) -> tuple[int, int]:
    """(instructions, bytes) of one run under callgrind."""
    done = subprocess.run(
        [
            "valgrind",
            "--tool=callgrind",
            "--callgrind-out-file=/dev/null",
            sys.executable,
            str(HERE),
            "--child",
            fmt,
            str(docs),
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    total = re.search(r"Collected : (\d+)", done.stderr)
    size = re.search(r"^BYTES (\d+)$", done.stdout, re.M)
    if total is None or size is None:
        raise SystemExit(f"callgrind gave no count for {fmt}:\n{done.stderr[-2000:]}")
    return int(total.group(1)), int(size.group(1))


def main() -> None:
    if sys.argv[1:2] == ["--child"]:
        print(f"BYTES {_ingest(sys.argv[2], int(sys.argv[3]))}")
        return
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--docs", type=int, default=30)
    parser.add_argument("--formats", default="markdown,html,pdf,text")
    parser.add_argument(
        "--no-freeze",
        action="store_true",
        help="do not gc.freeze() after the warm-up (what track ingest does after its first "
        "document); counts before branch speedpdf were taken without it",
    )
    args = parser.parse_args()
    if args.no_freeze:
        os.environ["BENCH_NO_FREEZE"] = "1"  # (read by the child runs)
    if shutil.which("valgrind") is None:
        raise SystemExit("valgrind is not installed")
    for fmt in args.formats.split(","):
        if fmt not in FORMATS:
            raise SystemExit(f"unknown format {fmt!r} (one of {', '.join(FORMATS)})")
        warm, _ = _count(fmt, 0)
        total, size = _count(fmt, args.docs)
        work = total - warm
        print(
            f"{fmt:9s} {args.docs} documents, {size / 1e3:.1f} KB: {work / 1e6:.1f} M instructions "
            f"({work / size:,.0f} per byte, {work / args.docs / 1e6:.2f} M per document)"
        )


if __name__ == "__main__":
    main()
