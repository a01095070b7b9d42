"""Throughput (MB/s) and peak RSS of ``piplkit deid`` on generated CSV files.

Generates a CSV of the requested size (identifiers from ``piplkit.discover.samples.identifiers``,
names and cities from small fixed lists, a short free-text note per row), then runs the real CLI in
a child process and reads the child's peak resident set size from ``getrusage``. Constant memory
shows as the same peak RSS for files of very different sizes.

    python benchmarks/bench_deid.py --size-mb 100 --size-mb 1000 --mode declared
    python benchmarks/bench_deid.py --size-mb 100 --mode detect
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from piplkit.discover.samples.identifiers import bank_card, mobile, resident_id

NAMES = ("王伟", "李娜", "张敏", "刘洋", "陈静", "杨磊", "欧阳娜娜", "黄勇", "赵艳", "周杰")
CITIES = ("北京", "上海", "广州", "深圳", "杭州", "成都", "武汉", "西安")
#: ``declared``: every identifier column has a whole-cell rule, only the note is scanned.
#: ``detect``: no column rules, every cell is scanned by the detector (the default policy).
POLICIES = {
    "declared": (
        "columns:\n"
        "  id: {type: cn_resident_id, op: pseudonymize}\n"
        "  name: person_name\n"
        "  phone: cn_mobile\n"
        "  card: bank_card\n"
        "  birth: {op: generalize, to: age_band}\n"
        "  city: keep\n"
        "  note: detect\n"
    ),
    "detect": "other_columns: detect\n",
    #: ``structured``: like ``declared`` but the note is kept: operators and I/O only, no detector.
    "structured": (
        "columns:\n"
        "  id: {type: cn_resident_id, op: pseudonymize}\n"
        "  name: person_name\n"
        "  phone: cn_mobile\n"
        "  card: bank_card\n"
        "  birth: {op: generalize, to: age_band}\n"
        "  city: keep\n"
        "  note: keep\n"
    ),
}


def generate(path: Path, size_bytes: int, seed: int = 1, block_bytes: int | None = None) -> int:
    """Write about ``size_bytes`` of CSV. With ``block_bytes``, rows are generated until the file
    holds that much and then the same rows are repeated (much faster for GB files; operators do
    the same work on repeated values, so throughput and memory are unaffected)."""
    if block_bytes is not None and block_bytes < size_bytes:
        block = path.with_suffix(".block")
        rows = generate(block, block_bytes, seed)
        data = block.read_bytes()
        body = data[data.index(b"\n") + 1 :]
        with path.open("wb") as fh:
            fh.write(data)
            while fh.tell() < size_bytes:
                fh.write(body)
                rows += rows_in(body)
        block.unlink()
        return rows
    rng = random.Random(seed)
    rows = 0
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["id", "name", "phone", "card", "birth", "city", "note"])
        while fh.tell() < size_bytes:
            for _ in range(1000):
                rid = resident_id(rng)
                note = rng.choice(
                    ("按时还款", f"回访电话{mobile(rng)}", "无", f"客户{rng.choice(NAMES)}要求改约")
                )
                writer.writerow(
                    [rid, rng.choice(NAMES), mobile(rng), bank_card(rng),
                     f"{rid[6:10]}-{rid[10:12]}-{rid[12:14]}", rng.choice(CITIES), note]
                )  # fmt: skip
            rows += 1000
    return rows


def rows_in(body: bytes) -> int:
    return body.count(b"\n")


def run(source: Path, target: Path, policy: Path) -> dict[str, float]:
    env = {**os.environ, "PIPLKIT_HMAC_KEY": "benchmark-key-0123456789"}
    entry = "from piplkit.faces.cli.app import main; main()"
    command = [sys.executable, "-c", entry, "deid", str(source), str(target),
               "--policy", str(policy), "--as-of", "2026-11-25"]  # fmt: skip
    start = time.perf_counter()
    subprocess.run(
        command, check=True, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    seconds = time.perf_counter() - start
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = usage.ru_utime + usage.ru_stime
    size_mb = source.stat().st_size / 1e6
    return {
        "size_mb": round(size_mb, 1),
        "seconds": round(seconds, 1),
        "mb_per_s": round(size_mb / seconds, 2),
        # CPU time is the fair measure on a shared machine: wall time includes waiting for a core.
        "cpu_seconds": round(cpu, 1),
        "mb_per_cpu_s": round(size_mb / cpu, 2),
        "peak_rss_mb": round(usage.ru_maxrss / 1024, 1),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size-mb", type=int, action="append", help="file size(s) to test")
    parser.add_argument("--mode", choices=sorted(POLICIES), default="declared")
    parser.add_argument("--workdir", type=Path, default=None, help="where to put the files")
    parser.add_argument(
        "--block-mb", type=int, default=None, help="generate this much, then repeat it"
    )
    args = parser.parse_args()
    sizes = args.size_mb or [100]
    with tempfile.TemporaryDirectory(dir=args.workdir) as tmp:
        folder = Path(tmp)
        policy = folder / "policy.yaml"
        policy.write_text(POLICIES[args.mode], encoding="utf-8")
        for size in sizes:
            source, target = folder / f"in_{size}.csv", folder / f"out_{size}.csv"
            block = args.block_mb * 1_000_000 if args.block_mb else None
            rows = generate(source, size * 1_000_000, block_bytes=block)
            # Each size in its own interpreter, so getrusage(CHILDREN) is this run's peak alone.
            result = subprocess.run(
                [sys.executable, __file__, "--_one", str(source), str(target), str(policy)],
                check=True, capture_output=True, text=True,
            )  # fmt: skip
            measured = json.loads(result.stdout)
            print(json.dumps({"mode": args.mode, "rows": rows, **measured}), flush=True)
            source.unlink()
            target.unlink()


if __name__ == "__main__":
    if len(sys.argv) == 5 and sys.argv[1] == "--_one":
        print(json.dumps(run(Path(sys.argv[2]), Path(sys.argv[3]), Path(sys.argv[4]))))
    else:
        main()
