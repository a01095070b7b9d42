"""CPU seconds of a full scan's counting on one CSV: the byte ranges' thread CPU time, summed.

``bench_scan.py`` times the whole CLI; this measures the part the issue-11 floor is about
(counting must cost at most 40 CPU seconds per GB, what 50 MB/s on two cores allows): each
range's ``fullscan.scan_range`` is timed with its thread's CPU clock (both threads summed), and
the whole process (start-up excluded: sample, classification, report) is printed beside it.
On a shared machine CPU seconds say more than wall time; the load average is printed too, so
interleave runs of the code being compared.

    python benchmarks/bench_scan.py --size-mb 128 --pool-rows 200000 --skip-full --keep --dir /tmp/h
    python benchmarks/scan_ranges_cpu.py /tmp/h/bench_128mb.csv --repeat 2
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import time
from datetime import date
from pathlib import Path
from typing import Any

from piplkit.discover.scan import fullscan
from piplkit.discover.scan.options import ScanOptions
from piplkit.discover.scan.scanner import scan


def _process_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def measure(path: Path, jobs: int) -> tuple[float, float, float]:
    """(ranges' CPU seconds, process CPU seconds, wall seconds) of one full scan of ``path``."""
    spent: list[float] = []
    inner = fullscan.scan_range

    def timed(*args: Any, **kwargs: Any) -> fullscan.ChunkResult:
        began = time.thread_time()
        try:
            return inner(*args, **kwargs)
        finally:
            spent.append(time.thread_time() - began)

    fullscan.scan_range = timed
    try:
        cpu, wall = _process_cpu(), time.perf_counter()
        scan([str(path)], ScanOptions(as_of=date(2026, 12, 1), full=True, jobs=jobs))
        return sum(spent), _process_cpu() - cpu, time.perf_counter() - wall
    finally:
        fullscan.scan_range = inner


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("csv", type=Path)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--repeat", type=int, default=1)
    args = parser.parse_args(argv)
    gb = args.csv.stat().st_size / 1e9
    for _ in range(args.repeat):
        load = os.getloadavg()[0]
        ranges, process, wall = measure(args.csv, args.jobs)
        print(
            f"ranges {ranges:.2f} CPU s ({ranges / gb:.1f} s/GB), process {process:.2f} CPU s "
            f"({process / gb:.1f} s/GB), wall {wall:.1f} s, load average {load:.1f} -> "
            f"{os.getloadavg()[0]:.1f}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
