"""Single process vs Spark local[2]: full scan throughput, peak memory, and time vs data size.

Generates a Parquet table of people (resident ID, name, mobile, bank card, e-mail, city, a short
free-text note, an amount) and runs the real commands in child processes:

* ``piplkit scan FILE --full`` (one process: a Parquet file is read by one core),
* ``piplkit spark scan FILE --master local[2]`` (the JVM plus two Python workers),

and, with ``--task deid`` or ``both``, ``piplkit deid`` vs ``piplkit spark deid`` with a policy
that declares the identifier columns and detects PI in the note.

Sizes are megabytes of Parquet on disk, written *without* compression or dictionary encoding so
that the on-disk size is the data size (a compressed 1 GB file would hold several GB of text).
Rows are generated in blocks of 50 000 and
eight different blocks (400 000 rows, e-mail addresses unique across them) are cycled: both
scanners check each *distinct* value of a column once per batch (``scan.arrow_counts``), so a
table that repeated one block would let a batch of 320 000 rows cost what 50 000 cost and make
the single process look several times faster than on real data; a batch never spans more than
400 000 rows, so no value repeats within one except where real data repeats too (names,
cities, notes, amounts). Peak memory is the largest sum of the resident set sizes of
the child and all its descendants (JVM, Python workers), sampled every 0.2 s.

    python benchmarks/bench_spark.py                       # 1 GB comparison, 256/512/1024 MB
    python benchmarks/bench_spark.py --compare-mb 200 --base-mb 50   # about 10 minutes here
    python benchmarks/bench_spark.py --json spark.json     # keep the numbers
    python benchmarks/bench_spark.py --master spark://127.0.0.1:7077 \
        --executor-python /opt/piplkit-env/bin/python --compare-mb 196 --skip-scaling --repeat 3

With ``--master`` the Spark commands go to that cluster (e.g. the standalone master and two
1-core workers of docs/spark.md) instead of ``local[2]``; ``--executor-python`` is the executors'
interpreter, an environment already unpacked on every worker ("cached on the executors"; default:
this interpreter). The data folder must be readable by the workers (same machine, or ``--workdir``
on a shared file system).

``--repeat N`` runs the comparison N times, single process and Spark alternately (so both meet
the same machine load), after one unmeasured warm-up run of each (page cache, ``.pyc`` files);
it prints every run, the best and the median of each engine, and Spark's time as a multiple of
the single process's (the issue-20 floor: within 3× on two single-core workers), also run by
run. ``--spark-b-conf KEY=VALUE`` (repeatable) adds a second Spark engine with those settings,
run in turn with the other two, to compare a setting under the same load (e.g.
``--spark-b-conf spark.sql.limit.initialNumPartitions=1``: the sample job on one partition).

The machine is shared: wall times include waiting for a core; CPU seconds are printed too.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from piplkit.discover.samples.identifiers import bank_card, mobile, resident_id

NAMES = ("王伟", "李娜", "张敏", "刘洋", "陈静", "杨磊", "欧阳娜娜", "黄勇", "赵艳", "周杰")
CITIES = ("北京", "上海", "广州", "深圳", "杭州", "成都", "武汉", "西安")
BLOCK_ROWS = 50_000
DISTINCT_BLOCKS = 8
ROW_GROUP_ROWS = 200_000
SLICE_ROWS = 10_000
AS_OF = "2026-11-25"
KEY = "benchmark-key-0123456789abcdef"
DEID_POLICY = (
    "columns:\n"
    "  id: {type: cn_resident_id, op: pseudonymize}\n"
    "  name: person_name\n"
    "  phone: cn_mobile\n"
    "  card: bank_card\n"
    "  email: email\n"
    "  city: keep\n"
    "  amount: keep\n"
    "  note: detect\n"
)
_CLI = "from piplkit.faces.cli.app import main; main()"


def block(seed: int = 1) -> pa.Table:
    rng = random.Random(seed)
    rows: dict[str, list[Any]] = {k: [] for k in ("id", "name", "phone", "card", "email")}
    rows.update(city=[], note=[], amount=[])
    for i in range(BLOCK_ROWS):
        rows["id"].append(resident_id(rng))
        rows["name"].append(rng.choice(NAMES))
        rows["phone"].append(mobile(rng))
        rows["card"].append(bank_card(rng))
        rows["email"].append(f"user{seed * BLOCK_ROWS + i}@example.cn")
        rows["city"].append(rng.choice(CITIES))
        rows["note"].append(
            rng.choice(("按时还款", f"回访电话{mobile(rng)}", "无", "客户要求改约到下周三上午"))
        )
        rows["amount"].append(rng.randrange(1, 100_000))
    return pa.table(rows)


def generate(path: Path, size_mb: float, blocks: list[pa.Table]) -> int:
    """Write about ``size_mb`` MB of uncompressed Parquet cycling through ``blocks``; return
    rows."""
    target = size_mb * 1e6
    rows = 0
    schema = blocks[0].schema
    with pq.ParquetWriter(path, schema, compression="none", use_dictionary=False) as writer:
        while path.stat().st_size < target:
            # Slices of a block, so that the size stops close to the target.
            base = blocks[(rows // BLOCK_ROWS) % len(blocks)]
            part = base.slice(rows % BLOCK_ROWS, SLICE_ROWS)
            writer.write_table(part, row_group_size=ROW_GROUP_ROWS)
            rows += part.num_rows
    return rows


class TreeMemory:
    """Peak total RSS and CPU time of a process and its descendants, polled from /proc.

    CPU time is the sum over every process seen of its last polled user+system time (the JVM's
    Python workers are not waited for by us, so ``os.times`` would miss them). On a standalone
    cluster the executors are the workers' children, not ours: with ``executors_of`` (the master's
    URL) set, what the master's workers on this machine start (executor JVMs and their Python
    workers) counts too, so the Spark side's CPU time and memory are the whole application's.
    """

    def __init__(self, pid: int, executors_of: str | None = None) -> None:
        self.pid = pid
        self.executors_of = executors_of
        self.peak = 0
        self.ticks: dict[int, int] = {}
        self.roles: dict[int, str] = {}
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self) -> TreeMemory:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()

    def _run(self) -> None:
        while not self._stop.is_set():
            more = _executor_pids(self.executors_of) if self.executors_of else []
            tree = _tree(self.pid, more)
            self.peak = max(self.peak, sum(_rss(p) for p in tree))
            for pid in tree:
                self.ticks[pid] = max(self.ticks.get(pid, 0), _cpu_ticks(pid))
                if self.roles.get(pid, "other") == "other":  # a launcher script may exec java
                    self.roles[pid] = "command" if pid == self.pid else _role(pid)
            self._stop.wait(0.2)

    @property
    def cpu_seconds(self) -> float:
        return sum(self.ticks.values()) / os.sysconf("SC_CLK_TCK")

    @property
    def cpu_by_role(self) -> dict[str, float]:
        """CPU seconds per kind of process (see ``_role``)."""
        out: dict[str, float] = {}
        for pid, ticks in self.ticks.items():
            role = self.roles.get(pid, "other")
            out[role] = out.get(role, 0.0) + ticks / os.sysconf("SC_CLK_TCK")
        return out


def _role(pid: int) -> str:
    """What a process of a run is: the driver's JVM, an executor JVM, a Python worker."""
    try:
        with open(f"/proc/{pid}/cmdline", "rb") as fh:
            argv = fh.read()
    except OSError:
        return "other"
    if b"CoarseGrainedExecutorBackend" in argv:
        return "executor_jvm"
    if b"org.apache.spark.deploy.SparkSubmit" in argv:
        return "driver_jvm"
    if b"pyspark.daemon" in argv or b"pyspark.worker" in argv:
        return "python_workers"
    return "other"


def _executor_pids(master: str) -> list[int]:
    """Processes started by the standalone workers of ``master`` on this machine (the executor
    JVMs; their Python workers are their descendants). Executors of other clusters on the same
    machine are not counted."""
    workers, parents = [], {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/cmdline", "rb") as fh:
                argv = fh.read().split(b"\0")
            with open(f"/proc/{entry}/stat", encoding="ascii", errors="replace") as fh:
                parents[int(entry)] = int(fh.read().rsplit(")", 1)[1].split()[1])
        except (OSError, IndexError, ValueError):
            continue
        if b"org.apache.spark.deploy.worker.Worker" in argv and master.encode() in argv:
            workers.append(int(entry))
    return [pid for pid, parent in parents.items() if parent in workers]


def _tree(root: int, more: list[int]) -> list[int]:
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", encoding="ascii", errors="replace") as fh:
                ppid = int(fh.read().rsplit(")", 1)[1].split()[1])
        except (OSError, IndexError, ValueError):
            continue
        children.setdefault(ppid, []).append(int(entry))
    out: list[int] = []
    todo = [root, *more]
    while todo:
        pid = todo.pop()
        if pid in out:
            continue
        out.append(pid)
        todo.extend(children.get(pid, []))
    return out


def _cpu_ticks(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii", errors="replace") as fh:
            fields = fh.read().rsplit(")", 1)[1].split()
        return int(fields[11]) + int(fields[12])  # utime, stime (fields 14 and 15 of stat)
    except (OSError, IndexError, ValueError):
        return 0


def _rss(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    return 0


def run(command: list[str]) -> dict[str, float]:
    """Run one CLI command; wall seconds, CPU seconds of the tree (with a cluster's executors),
    peak tree RSS, the 1- and 5-minute load averages at start and end."""
    env = {
        **os.environ,
        "PIPLKIT_HMAC_KEY": KEY,
        "PYSPARK_PYTHON": sys.executable,
        "SPARK_LOCAL_IP": "127.0.0.1",
    }
    load = os.getloadavg()
    start = time.perf_counter()
    with subprocess.Popen(
        [sys.executable, "-c", _CLI, *command],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    ) as child:
        cluster = SPARK_TARGET[1] if SPARK_TARGET[1] != "local[2]" else None
        with TreeMemory(child.pid, executors_of=cluster) as memory:
            _, err = child.communicate()
        if child.returncode != 0:
            tail = err.decode("utf-8", "replace").strip().splitlines()[-3:]
            raise SystemExit(f"command failed ({child.returncode}): {' '.join(tail)}")
    seconds = time.perf_counter() - start
    roles = {f"cpu_{k}": v for k, v in sorted(memory.cpu_by_role.items())}
    return {
        "seconds": seconds,
        "cpu_seconds": memory.cpu_seconds,
        **roles,
        "peak_rss_mb": memory.peak / 1e6,
        "load_at_start": load[0],
        "load_at_end": os.getloadavg()[0],
        "load5_at_start": load[1],
        "load5_at_end": os.getloadavg()[1],
    }


SPARK_TARGET: list[str] = ["--master", "local[2]"]
#: ``--spark-b-conf`` settings: a second Spark engine ("spark_b") run in turn with the others.
SPARK_B_CONF: list[str] = []


def scan_commands(source: Path, out: Path) -> dict[str, list[str]]:
    common = ["--format", "json", "--as-of", AS_OF]
    spark = ["spark", "scan", str(source), *SPARK_TARGET, *common]
    return {
        "single": ["scan", str(source), "--full", *common, "-o", str(out / "single.json")],
        "spark": [*spark, "-o", str(out / "spark.json")],
        "spark_b": [*spark, *SPARK_B_CONF, "-o", str(out / "spark_b.json")],
    }


def deid_commands(source: Path, out: Path, policy: Path) -> dict[str, list[str]]:
    common = ["--policy", str(policy), "--as-of", AS_OF]
    spark = ["spark", "deid", str(source), str(out / "spark_out"), *SPARK_TARGET]
    return {
        "single": ["deid", str(source), str(out / "single.parquet"), *common],
        "spark": [*spark, "--overwrite", *common],
        "spark_b": [*spark, *SPARK_B_CONF, "--overwrite", *common],
    }


def measure(
    task: str, source: Path, folder: Path, engines: list[str], repeat: int = 1
) -> dict[str, Any]:
    """Each engine ``repeat`` times, alternately; the best run of each (all runs under "runs").
    With ``repeat`` > 1 one warm-up run of each engine comes first and is not counted."""
    policy = folder / "policy.yaml"
    policy.write_text(DEID_POLICY, encoding="utf-8")
    commands = (
        scan_commands(source, folder) if task == "scan" else deid_commands(source, folder, policy)
    )
    size_mb = source.stat().st_size / 1e6
    rows = pq.ParquetFile(source).metadata.num_rows
    if repeat > 1:
        for engine in engines:
            run(commands[engine])
    runs: dict[str, list[dict[str, float]]] = {engine: [] for engine in engines}
    for _ in range(repeat):
        for engine in engines:
            result = run(commands[engine])
            result["mb_per_s"] = size_mb / result["seconds"]
            result["rows_per_s"] = rows / result["seconds"]
            runs[engine].append({k: round(v, 2) for k, v in result.items()})
    if task == "scan":
        for other in engines[1:]:
            _check_same(folder / "single.json", folder / f"{other}.json")
        if "spark_b" in engines:
            same = _untimed(folder / "spark.json") == _untimed(folder / "spark_b.json")
            print(f"scan  reports of spark and spark_b identical (but for timings): {same}")
    out: dict[str, Any] = {}
    for engine, series in runs.items():
        seconds = sorted(r["seconds"] for r in series)
        best = min(series, key=lambda r: r["seconds"])
        out[engine] = {**best, "median_seconds": seconds[len(seconds) // 2], "runs": series}
    return out


def _check_same(single: Path, spark: Path) -> None:
    """The benchmark is only meaningful if both engines found the same thing."""

    def columns(path: Path) -> Any:
        report = json.loads(path.read_text("utf-8"))["files"][0]
        return report["rows"], [(c["name"], c["pi_type"], c["matches"]) for c in report["columns"]]

    if columns(single) != columns(spark):
        raise SystemExit("single-process and Spark scan reports differ")


def _untimed(path: Path) -> Any:
    """A JSON scan report without its timings."""
    report = json.loads(path.read_text("utf-8"))
    for entry in report["files"]:
        entry.pop("seconds", None)
    return report


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--compare-mb", type=float, default=1024, help="size for 1 vs Spark")
    parser.add_argument("--base-mb", type=float, default=256, help="Spark scaling: 1x, 2x, 4x")
    parser.add_argument("--task", choices=("scan", "deid", "both"), default="scan")
    parser.add_argument("--skip-compare", action="store_true")
    parser.add_argument("--skip-scaling", action="store_true")
    parser.add_argument("--workdir", type=Path, default=None, help="where to put the data")
    parser.add_argument("--json", type=Path, default=None, help="also write the numbers here")
    parser.add_argument("--master", default="local[2]", help="Spark master for the Spark runs")
    parser.add_argument("--executor-python", default=sys.executable, help="executors' python")
    parser.add_argument("--repeat", type=int, default=1, help="comparison runs of each engine")
    parser.add_argument(
        "--spark-b-conf",
        action="append",
        default=[],
        metavar="KEY=VALUE",
        help="also run Spark with these settings (engine spark_b), in turn with the others",
    )
    args = parser.parse_args()
    for item in args.spark_b_conf:
        SPARK_B_CONF.extend(["--conf", item])
    if args.master != "local[2]":
        python = f"spark.pyspark.python={args.executor_python}"
        SPARK_TARGET[:] = ["--master", args.master, "--conf", python]
    engine_name = f"Spark {args.master}"
    tasks = ["scan", "deid"] if args.task == "both" else [args.task]
    results: dict[str, Any] = {
        "cores": os.cpu_count(),
        "master": args.master,
        "compare": {},
        "scaling": {},
    }
    base = [block(seed) for seed in range(1, DISTINCT_BLOCKS + 1)]
    with tempfile.TemporaryDirectory(dir=args.workdir) as tmp:
        folder = Path(tmp)
        if not args.skip_compare:
            source = folder / "compare.parquet"
            rows = generate(source, args.compare_mb, base)
            size = source.stat().st_size / 1e6
            print(f"== single process vs {engine_name}: {size:.0f} MB, {rows} rows", flush=True)
            for task in tasks:
                engines = ["single", "spark"] + (["spark_b"] if SPARK_B_CONF else [])
                measured = measure(task, source, folder, engines, args.repeat)
                single, spark = measured["single"], measured["spark"]
                ratio = {
                    "best": round(spark["seconds"] / single["seconds"], 2),
                    "median": round(spark["median_seconds"] / single["median_seconds"], 2),
                }
                results["compare"][task] = {
                    "size_mb": round(size, 1),
                    "rows": rows,
                    **measured,
                    "spark_over_single": ratio,
                }
                for engine, r in measured.items():
                    for i, each in enumerate(r["runs"], 1):
                        print(f"{task:5} {engine:7} run {i} {_line(each)}", flush=True)
                    print(f"{task:5} {engine:7} best  {_line(r)}", flush=True)
                print(
                    f"{task:5} Spark / single process: {ratio['best']:.2f}x (best runs), "
                    f"{ratio['median']:.2f}x (medians), per run: {_per_run(measured, 'spark')}",
                    flush=True,
                )
                if "spark_b" in measured:
                    b = measured["spark_b"]
                    print(
                        f"{task:5} Spark with {' '.join(args.spark_b_conf)} / single process: "
                        f"{b['seconds'] / single['seconds']:.2f}x (best runs), "
                        f"{b['median_seconds'] / single['median_seconds']:.2f}x (medians), "
                        f"per run: {_per_run(measured, 'spark_b')}",
                        flush=True,
                    )
            source.unlink()
        if not args.skip_scaling:
            print(f"== {engine_name}, time vs size (base {args.base_mb:.0f} MB)", flush=True)
            for factor in (1, 2, 4):
                source = folder / f"scale_{factor}.parquet"
                rows = generate(source, args.base_mb * factor, base)
                size = source.stat().st_size / 1e6
                for task in tasks:
                    measured = measure(task, source, folder, ["spark"])["spark"]
                    entry = {"factor": factor, "size_mb": round(size, 1), "rows": rows, **measured}
                    results["scaling"].setdefault(task, []).append(entry)
                    print(f"{task:5} {factor}x {size:7.0f} MB  {_line(measured)}", flush=True)
                source.unlink()
            for task, series in results["scaling"].items():
                first = series[0]["seconds"]
                ratios = ", ".join(f"{s['factor']}x: {s['seconds'] / first:.2f}" for s in series)
                print(f"{task} time relative to 1x: {ratios}", flush=True)
    if args.json:
        args.json.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")


def _per_run(measured: dict[str, Any], engine: str) -> str:
    """Each run's time over the single-process run just before it."""
    pairs = zip(measured[engine]["runs"], measured["single"]["runs"], strict=True)
    return ", ".join(f"{s['seconds'] / one['seconds']:.2f}x" for s, one in pairs)


def _line(r: dict[str, float]) -> str:
    return (
        f"{r['seconds']:8.1f} s  {r['mb_per_s']:6.2f} MB/s  {r['rows_per_s']:9.0f} rows/s  "
        f"cpu {r['cpu_seconds']:7.1f} s  peak RSS {r['peak_rss_mb']:7.0f} MB  "
        f"load {r['load_at_start']:4.1f}-{r['load_at_end']:4.1f}"
        f" (5 min {r.get('load5_at_start', 0):4.1f}-{r.get('load5_at_end', 0):4.1f})"
        + "".join(
            f"  {k[4:]} {v:.1f}"
            for k, v in r.items()
            if k.startswith("cpu_") and k != "cpu_seconds"
        )
    )


if __name__ == "__main__":
    main()
