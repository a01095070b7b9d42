"""Check that a change to the scanner leaves its reports unchanged: write them, then compare.

Speed work on the full scan (``scan/arrow_counts.py``, ``scan/fullscan.py``, the profiles) must
not move a single count, type, example or reason. This script scans fixed inputs in several
modes and writes each JSON report with its timing fields removed; run it before a change with
``--out`` and after it with ``--compare``: it prints which reports differ (file and column
names, never a cell value) and exits 1 when one does.

Inputs: the benchmark CSV of ``bench_scan.py`` (``--bench-mb``, default 48 MB, so that it spans
several chunks), and the business-table sets given with ``--set`` (folders written by
``bench_columns.py --out``, ``bench_columns_heldout.py --generate-only --out``, ...).
Modes: ``sample`` (the default scan), ``full`` (``--full --jobs 2``) and ``full-small`` (``--full
--jobs 2`` with a 100-row sample and 64 KB chunks, so that small tables span several chunks and
the full counts, not the sample, decide). Runs under a fixed ``PYTHONHASHSEED``.

    python benchmarks/scan_identity.py --out /tmp/before --set /tmp/bset --set /tmp/hset
    python benchmarks/scan_identity.py --compare /tmp/before --set /tmp/bset --set /tmp/hset
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import time
from datetime import date
from pathlib import Path
from typing import Any

from piplkit.discover.evaluation.tables import stream_bench_csv
from piplkit.discover.scan import fullscan
from piplkit.discover.scan.options import ScanOptions
from piplkit.discover.scan.scanner import scan

AS_OF = date(2026, 12, 1)
HASH_SEED = "0"
_TIMING = frozenset({"seconds"})
MODES: dict[str, dict[str, Any]] = {
    "sample": {},
    "full": {"full": True, "jobs": 2},
    "full-small": {"full": True, "jobs": 2, "sample_rows": 100, "chunk_bytes": 64 * 1024},
}


def _strip(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _strip(v) for k, v in value.items() if k not in _TIMING}
    if isinstance(value, list):
        return [_strip(v) for v in value]
    return value


def _files(folder: Path) -> list[str]:
    return sorted(
        str(p) for p in folder.iterdir() if p.is_file() and not p.name.startswith("manifest")
    )


def run(targets: list[str], mode: str, root: Path) -> dict[str, Any]:
    """The report of ``targets`` in ``mode``, timing removed and paths relative to ``root``."""
    settings = dict(MODES[mode])
    chunk = settings.pop("chunk_bytes", fullscan.CHUNK_BYTES)
    defaults = fullscan.ranges.__defaults__
    fullscan.ranges.__defaults__ = (chunk,)
    try:
        report = scan(targets, ScanOptions(as_of=AS_OF, **settings)).to_json_dict()
    finally:
        fullscan.ranges.__defaults__ = defaults
    text = json.dumps(_strip(report), ensure_ascii=False, sort_keys=True)
    return json.loads(text.replace(str(root) + os.sep, ""))


def differences(before: dict[str, Any], after: dict[str, Any]) -> list[str]:
    """Where two reports differ, by file and column name (values are not printed)."""
    out: list[str] = []
    old = {f["path"] + "#" + str(f.get("table")): f for f in before["files"]}
    new = {f["path"] + "#" + str(f.get("table")): f for f in after["files"]}
    for key in sorted(old.keys() | new.keys()):
        a, b = old.get(key), new.get(key)
        if a is None or b is None:
            out.append(f"{key}: only {'after' if a is None else 'before'}")
            continue
        if a == b:
            continue
        cols_a = {c["name"]: c for c in a.get("columns", [])}
        cols_b = {c["name"]: c for c in b.get("columns", [])}
        changed = [n for n in cols_a.keys() | cols_b.keys() if cols_a.get(n) != cols_b.get(n)]
        fields = sorted(k for k in a.keys() | b.keys() if a.get(k) != b.get(k))
        out.append(f"{key}: fields {fields}, columns {sorted(changed)}")
    if before["summary"] != after["summary"] and not out:
        out.append("summary differs")
    return out


def _cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def main(argv: list[str] | None = None) -> int:
    if os.environ.get("PYTHONHASHSEED") != HASH_SEED:
        # Some decisions once followed the iteration order of sets of type ids; a fixed seed
        # keeps the comparison about the change, not about the process.
        env = {**os.environ, "PYTHONHASHSEED": HASH_SEED}
        return subprocess.call([sys.executable, __file__, *(argv or sys.argv[1:])], env=env)
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--set", type=Path, action="append", default=[], help="a table folder")
    parser.add_argument("--bench-mb", type=float, default=48.0, help="0: no benchmark CSV")
    parser.add_argument("--work", type=Path, default=Path("/tmp/piplkit-identity"))
    parser.add_argument("--modes", default=",".join(MODES))
    group = parser.add_mutually_exclusive_group(required=True)
    group.add_argument("--out", type=Path, help="write the reports here")
    group.add_argument("--compare", type=Path, help="compare with the reports written here")
    args = parser.parse_args(argv)

    inputs: dict[str, tuple[list[str], Path]] = {}
    if args.bench_mb:
        args.work.mkdir(parents=True, exist_ok=True)
        bench = args.work / f"bench_{args.bench_mb:g}mb.csv"
        if not bench.is_file():
            stream_bench_csv(bench, int(args.bench_mb * 1_000_000), seed=0)
        inputs["bench"] = ([str(bench)], args.work)
    for folder in args.set:
        inputs[folder.name] = (_files(folder), folder)
    if args.out:
        args.out.mkdir(parents=True, exist_ok=True)
    failed = 0
    for name, (targets, root) in inputs.items():
        for mode in args.modes.split(","):
            began, cpu = time.perf_counter(), _cpu()
            report = run(targets, mode, root)
            timing = f"{time.perf_counter() - began:.1f} s wall, {_cpu() - cpu:.1f} s CPU"
            target = f"{name}.{mode}.json"
            if args.out:
                (args.out / target).write_text(
                    json.dumps(report, ensure_ascii=False, sort_keys=True, indent=1) + "\n",
                    encoding="utf-8",
                )
                print(f"{target}: written ({timing})")
                continue
            before = json.loads((args.compare / target).read_text(encoding="utf-8"))
            diff = differences(before, report)
            failed += bool(diff)
            print(f"{target}: {'DIFFERENT' if diff else 'identical'} ({timing})")
            for line in diff:
                print(f"  {line}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
