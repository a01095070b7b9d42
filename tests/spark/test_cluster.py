"""The documented `spark-submit` commands, run verbatim on a real standalone cluster.

`tests/services.sh` (``./dev test``, and so ``.ci/run``, whenever pyspark and Java are installed;
``PIPLKIT_TEST_SPARK_CLUSTER=0`` turns it off) starts a master and two 1-core workers on 127.0.0.1
and exports ``PIPLKIT_TEST_SPARK_MASTER``; any other standalone master can be given there.
The blocks of docs/spark.md marked ``<!-- cluster-test: NAME -->`` are extracted and run by bash in
the order pack, key, submit, scan, deid, with the docs' "your values" replaced by the test's own;
cluster-wide settings (event log, UI port, split size) come from a ``spark-defaults.conf`` in
``SPARK_CONF_DIR``, as a cluster's administrators would set them, so the commands stay unchanged.

The packed environment is cached between runs under ``$XDG_CACHE_HOME/piplkit-test/spark-env/``
keyed by a hash of piplkit's sources and the driver's package versions (packing costs about 30 CPU
seconds, so a fresh machine pays it once).

While the deid job runs, a watcher reads the process list (command lines and environments of every
process) and the application's Environment REST endpoint; afterwards the event log and the
workers' folders and logs are searched. The key is in none of them. That the watcher does see
what it looks for is shown twice: a canary setting in ``spark-defaults.conf``
(``spark.executorEnv.PIPLKIT_TEST_CANARY``, a random value) must be found in the Environment
endpoint, the event log and an executor's environment of the same run; and a control run that
passes the key as ``spark.executorEnv.PIPLKIT_HMAC_KEY`` shows it on spark-submit's java command
line and is refused before the application starts (the master never hears of it, no event log).
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tarfile
import tempfile
import threading
import urllib.request
from pathlib import Path
from typing import Any

import pytest
from tests import skips
from tests.scan.helpers import HEADER, people_rows

ROOT = Path(__file__).resolve().parents[2]
CANARY = os.urandom(12).hex()
DOCS = ROOT / "docs" / "spark.md"
BLOCK = re.compile(r"<!-- cluster-test: (\w+) -->\s*```bash\n(.*?)```", re.S)
ENABLE = "./dev test tests/spark/test_cluster.py (starts one unless PIPLKIT_TEST_SPARK_CLUSTER=0)"
POLICY = (
    "columns:\n"
    "  sfzh: {type: cn_resident_id, op: pseudonymize, format_preserving: true}\n"
    "  姓名: person_name\n"
    "  手机号: {type: cn_mobile, op: pseudonymize}\n"
    "  email: email\n"
    "  地址: {type: address, op: generalize, to: city}\n"
    "  备注: detect\n"
    "  amount: keep\n"
    "  order_no: detect\n"
)


def doc_blocks() -> dict[str, str]:
    """The tested command blocks of docs/spark.md by name."""
    return {name: body for name, body in BLOCK.findall(DOCS.read_text("utf-8"))}


def test_docs_mark_every_tested_block() -> None:
    assert set(doc_blocks()) == {"pack", "key", "submit", "scan", "deid"}


def test_documented_submit_uses_the_jvm_options_of_piplkit_sessions() -> None:
    """The docs' spark-submit gives the driver and the executors the JVM options that sessions
    piplkit starts itself get (``session.JVM_OPTIONS``), so both ways of running are measured
    alike; the cluster tests below check that the executors were started with them."""
    from piplkit.protect.spark.session import JVM_OPTIONS

    submit_block = doc_blocks()["submit"]
    assert f"JVM_OPTS='{JVM_OPTIONS}'" in submit_block
    for role in ("driver", "executor"):
        assert f'--conf spark.{role}.extraJavaOptions="$JVM_OPTS"' in submit_block, role


@pytest.fixture(scope="module")
def cluster() -> dict[str, str]:
    pytest.importorskip(
        "pyspark", reason=skips.spark("PySpark is not installed", "pip install -e '.[spark]'")
    )
    if shutil.which("java") is None and not os.environ.get("JAVA_HOME"):
        pytest.skip(skips.spark("no Java 17", "apt-get install -y openjdk-17-jre-headless"))
    if shutil.which("venv-pack", path=str(Path(sys.executable).parent)) is None:
        pytest.skip(skips.spark("venv-pack is not installed", "pip install -e '.[spark]'"))
    master = os.environ.get("PIPLKIT_TEST_SPARK_MASTER")
    if not master:
        pytest.skip(
            skips.spark("no standalone cluster (PIPLKIT_TEST_SPARK_MASTER is not set)", ENABLE)
        )
    return {
        "master": master,
        "dir": os.environ.get("PIPLKIT_TEST_SPARK_DIR", ""),
        "ui": os.environ.get("PIPLKIT_TEST_SPARK_UI", ""),
    }


def source_hash() -> str:
    """Changes when piplkit's sources or the driver's package versions change."""
    digest = hashlib.sha256()
    for path in sorted((ROOT / "src").rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts:
            digest.update(str(path.relative_to(ROOT)).encode() + b"\0" + path.read_bytes())
    digest.update((ROOT / "pyproject.toml").read_bytes())
    freeze = subprocess.run(
        [sys.executable, "-m", "pip", "freeze", "--exclude-editable"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    digest.update(freeze.encode())
    return digest.hexdigest()[:16]


def bash_env(extra: dict[str, str] | None = None) -> dict[str, str]:
    """The driver's environment, as if it were activated: its bin first on PATH."""
    venv_bin = str(Path(sys.executable).parent)
    env = {k: v for k, v in os.environ.items() if k not in ("PYSPARK_PYTHON", "PIPLKIT_HMAC_KEY")}
    env.update(PATH=f"{venv_bin}:{env.get('PATH', '')}", VIRTUAL_ENV=str(Path(venv_bin).parent))
    env.update(PIP_DISABLE_PIP_VERSION_CHECK="1", SPARK_LOCAL_IP="127.0.0.1")
    env.update(extra or {})
    return env


def run_bash(script: str, cwd: Path, env: dict[str, str], timeout: float) -> None:
    done = subprocess.run(
        ["bash", "-euo", "pipefail", "-c", script],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
    )
    tail = f"{done.stdout[-3000:]}\n{done.stderr[-3000:]}"
    assert done.returncode == 0, f"exit {done.returncode}\n{tail}"


@pytest.fixture(scope="module")
def packed_env(cluster: dict[str, str], tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The docs' pack block, run once per source version; the archive is kept in the cache."""
    cache_root = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache"))
    cache = cache_root / "piplkit-test" / "spark-env" / source_hash()
    archive = cache / "piplkit-env.tar.gz"
    if archive.exists():
        os.utime(cache)
        return archive
    # the environment is built next to the cluster's folders (in memory when services.sh could)
    # and deleted after packing: 0.6 GB in 22 000 files
    scratch = cluster["dir"] or str(tmp_path_factory.getbasetemp())
    with tempfile.TemporaryDirectory(dir=scratch, prefix="pack-") as name:
        work = Path(name)
        # no PYTHONPATH: pip would take a piplkit found there (src/ in a dev checkout) as installed
        env = {k: v for k, v in bash_env().items() if k != "PYTHONPATH"}
        run_bash(f"PIPLKIT_SRC={ROOT}\n{doc_blocks()['pack']}", work, env, timeout=600)
        with tarfile.open(work / "piplkit-env.tar.gz") as packed:
            names = set(packed.getnames())
        site = f"lib/python{sys.version_info.major}.{sys.version_info.minor}/site-packages"
        assert f"{site}/piplkit/protect/spark/scan_job.py" in names, "piplkit is not in the archive"
        assert not any("/site-packages/pyspark/" in n for n in names), "pyspark was packed"
        cache.mkdir(parents=True, exist_ok=True)
        shutil.move(str(work / "piplkit-env.tar.gz"), archive)
    # keep the two newest versions (two checkouts sharing a machine do not evict each other)
    versions = sorted(cache.parent.iterdir(), key=lambda p: p.stat().st_mtime, reverse=True)
    for old in versions[2:]:
        shutil.rmtree(old, ignore_errors=True)
    return archive


@pytest.fixture(scope="module")
def workspace(
    cluster: dict[str, str], packed_env: Path, tmp_path_factory: pytest.TempPathFactory
) -> Path:
    """Submitting folder: the archive, a policy, the key (docs' key block), the data, a conf dir."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    work = tmp_path_factory.mktemp("submit")
    os.symlink(packed_env, work / "piplkit-env.tar.gz")
    (work / "policy.yaml").write_text(POLICY, "utf-8")
    run_bash(doc_blocks()["key"], work, bash_env(), timeout=60)
    rows = people_rows(4000, minors_every=10)
    columns: dict[str, Any] = {h: [r[i] for r in rows] for i, h in enumerate(HEADER)}
    columns["amount"] = pa.array([int(v) for v in columns["amount"]], type=pa.int64())
    (work / "lake" / "customers").mkdir(parents=True)
    pq.write_table(
        pa.table(columns), work / "lake" / "customers" / "part-0.parquet", row_group_size=500
    )
    conf = work / "conf"
    (conf / "events").mkdir(parents=True)
    ui_port = free_port()
    (conf / "spark-defaults.conf").write_text(
        "spark.eventLog.enabled true\n"
        f"spark.eventLog.dir file://{conf / 'events'}\n"
        # Spark 4 compresses event logs (zstd) by default; plain JSON lines can be searched
        # byte for byte (the canary below proves the search finds what is there)
        "spark.eventLog.compress false\n"
        f"spark.ui.port {ui_port}\n"
        "spark.port.maxRetries 0\n"
        "spark.ui.showConsoleProgress false\n"
        "spark.sql.files.maxPartitionBytes 131072\n"  # several tasks, so both workers work
        "spark.executor.memory 768m\n"
        f"spark.executorEnv.PIPLKIT_TEST_CANARY {CANARY}\n",
        "utf-8",
    )
    (conf / "ui_port").write_text(str(ui_port))
    return work


def free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def submit(workspace: Path, cluster: dict[str, str], command: str) -> subprocess.Popen[str]:
    blocks = doc_blocks()
    script = (
        f"SPARK_MASTER={cluster['master']}\nDATA={workspace / 'lake'}\n"
        f"{blocks['submit']}\n{command}"
    )
    env = bash_env({"SPARK_CONF_DIR": str(workspace / "conf")})
    if cluster["dir"]:  # the driver's scratch space (it unpacks --archives too) beside the workers'
        env["SPARK_LOCAL_DIRS"] = str(Path(cluster["dir"]) / "driver")
    return subprocess.Popen(
        ["bash", "-euo", "pipefail", "-c", script],
        cwd=workspace,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        start_new_session=True,  # its own process group, so finish() can end spark-submit's JVM
    )


def finish(proc: subprocess.Popen[str], timeout: float = 400) -> str:
    """The submitted command's output; one that hangs is killed with everything it started (the
    driver's JVM and Python would otherwise outlive the test and hold the cluster's cores)."""
    try:
        out, _ = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        out, _ = proc.communicate()
        pytest.fail(f"spark-submit did not finish in {timeout:.0f} s\n{out[-4000:]}")
    return out


def key_forms(workspace: Path) -> list[bytes]:
    key = (workspace / "deid.key").read_bytes().rstrip(b"\r\n")
    return [key, key.hex().encode(), base64.b64encode(key)]


class Watcher(threading.Thread):
    """Reads every process's command line and environment and the application's Environment
    REST endpoint while a job runs; records where a key form (``seen``) and the canary
    (``canary``) were found."""

    def __init__(self, forms: list[bytes], ui_port: str) -> None:
        super().__init__(daemon=True)
        self.forms, self.ui = forms, f"http://127.0.0.1:{ui_port}/api/v1/applications"
        self.stop, self.seen, self.canary = threading.Event(), set[str](), set[str]()
        self.environment_reads = self.process_reads = 0

    def hit(self, data: bytes) -> bool:
        return any(f in data for f in self.forms)

    def look(self, data: bytes, where: str) -> None:
        if self.hit(data):
            self.seen.add(where)
        if CANARY.encode() in data:
            self.canary.add(where)

    def run(self) -> None:
        while not self.stop.is_set():
            for proc in Path("/proc").iterdir():
                if not proc.name.isdigit():
                    continue
                for part in ("cmdline", "environ"):
                    try:
                        data = (proc / part).read_bytes()
                    except OSError:
                        continue
                    self.process_reads += 1
                    self.look(data, f"process {part}")
            try:
                with urllib.request.urlopen(self.ui, timeout=2) as resp:
                    apps = json.load(resp)
                for app in apps:
                    url = f"{self.ui}/{app['id']}/environment"
                    with urllib.request.urlopen(url, timeout=2) as resp:
                        body = resp.read()
                    self.environment_reads += 1
                    self.look(body, "Environment REST endpoint")
            except (OSError, ValueError):
                pass
            self.stop.wait(0.3)


def watched(workspace: Path, cluster: dict[str, str], command: str) -> tuple[int, str, Watcher]:
    watcher = Watcher(key_forms(workspace), (workspace / "conf" / "ui_port").read_text())
    watcher.start()
    proc = submit(workspace, cluster, command)
    try:
        out = finish(proc)
    finally:
        watcher.stop.set()
        watcher.join()
    events = workspace / "conf" / "events"
    for log in events.iterdir():  # a file, or a folder of rolled files (Spark 4's eventlog_v2_…)
        files = [log] if log.is_file() else [f for f in log.rglob("*") if f.is_file()]
        for f in files:
            data = f.read_bytes()
            if not f.name.startswith("."):  # Hadoop's .crc checksum files are binary
                assert not data or data.startswith(b'{"Event":'), f"{f.name}: not plain JSON"
            watcher.look(data, "event log")
        log.rename(events.parent / f"done-{log.name}")
    if cluster["dir"]:
        for path in Path(cluster["dir"]).rglob("*"):
            readable = path.is_file() and "environment" not in path.parts
            if readable and path.suffix != ".jar" and watcher.hit(path.read_bytes()):
                watcher.seen.add(f"worker file {path.name}")
    return proc.returncode, out, watcher


def single_process(workspace: Path, *args: str) -> None:
    env = bash_env()
    done = subprocess.run(
        [str(Path(sys.executable).parent / "piplkit"), *args],
        cwd=workspace,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]


def comparable_scan(path: Path) -> dict[str, Any]:
    report = json.loads(path.read_text("utf-8"))
    [only] = report["files"]
    for field in ("seconds", "path"):
        only.pop(field, None)
    only["warnings"] = [w for w in only["warnings"] if "Spark" not in w]
    return only


def test_documented_scan_on_the_cluster_equals_single_process(
    cluster: dict[str, str], workspace: Path
) -> None:
    proc = submit(workspace, cluster, doc_blocks()["scan"])
    out = finish(proc)
    assert proc.returncode == 0, out[-4000:]
    single_process(
        workspace, "scan", "lake/customers", "--full", "--format", "json", "-o", "single.json"
    )
    spark = comparable_scan(workspace / "scan.json")
    assert spark == comparable_scan(workspace / "single.json")
    assert spark["rows"] == 4000
    if cluster["dir"]:  # an executor of the application ran on each worker, with the options
        from piplkit.protect.spark.session import JVM_OPTIONS

        for i in (1, 2):
            logs = list((Path(cluster["dir"]) / f"work{i}").glob("app-*/*/stderr"))
            assert logs, i
            for log in logs:  # the worker writes the executor's java command line first
                command = next(
                    line
                    for line in log.read_text("utf-8", "replace").splitlines()
                    if line.startswith("Spark Executor Command:")
                )
                for option in JVM_OPTIONS.split():
                    assert f'"{option}"' in command, (log, option)


def test_documented_deid_equals_single_process_and_shows_no_key(
    cluster: dict[str, str], workspace: Path
) -> None:
    import pyarrow.parquet as pq

    code, out, watcher = watched(workspace, cluster, doc_blocks()["deid"])
    assert code == 0, out[-4000:]
    assert watcher.environment_reads > 0, "the Environment endpoint was never read"
    assert watcher.process_reads > 0
    assert watcher.seen == set(), f"key seen in: {sorted(watcher.seen)}"
    assert list((workspace / "conf").glob("done-*")), "no event log was written"
    # the watcher reads what it should: the canary setting is where a key setting would be
    assert watcher.canary >= {"Environment REST endpoint", "event log", "process environ"}, sorted(
        watcher.canary
    )

    single_process(
        workspace,
        "deid",
        "lake/customers/part-0.parquet",
        "single-deid.parquet",
        "--policy",
        "policy.yaml",
        "--key-file",
        "deid.key",
        "--report",
        "single-report.json",
    )
    target = workspace / "lake" / "customers_deid"
    parts = sorted(target.glob("part-*"))
    assert parts
    spark_rows = [r for p in parts for r in pq.read_table(p).to_pylist()]
    assert spark_rows == pq.read_table(workspace / "single-deid.parquet").to_pylist()
    spark_report = json.loads((workspace / "deid-report.json").read_text("utf-8"))
    single_report = json.loads((workspace / "single-report.json").read_text("utf-8"))
    # each names its own input and output; the rest (counts by column, type, operator) is equal
    assert spark_report.pop("source") == str(workspace / "lake" / "customers")
    assert spark_report.pop("target") == str(target)
    assert single_report.pop("source") == "lake/customers/part-0.parquet"
    assert single_report.pop("target") == "single-deid.parquet"
    for report in (spark_report, single_report):
        report.pop("seconds", None)
        report.pop("warnings", None)
    assert spark_report == single_report


def applications(cluster: dict[str, str]) -> int:
    """Applications the standalone master has heard of (running and finished)."""
    with urllib.request.urlopen(f"{cluster['ui']}/json/", timeout=5) as resp:
        state = json.load(resp)
    return len(state["activeapps"]) + len(state["completedapps"])


def test_key_as_a_spark_setting_is_seen_and_refused(
    cluster: dict[str, str], workspace: Path
) -> None:
    """The control: the watcher finds a key that is passed the way the old docs said, and the
    command stops before the application starts, so the key goes no further than the java
    command line on the submitting machine."""
    leaky = (
        doc_blocks()["deid"]
        .replace(
            '"${SUBMIT[@]}"',
            '"${SUBMIT[@]}" --conf spark.executorEnv.PIPLKIT_HMAC_KEY="$(cat deid.key)"',
        )
        .replace("customers_deid", "customers_leaky")
    )
    logs_before = sorted((workspace / "conf").glob("done-*"))
    apps_before = applications(cluster) if cluster["ui"] else 0
    code, out, watcher = watched(workspace, cluster, leaky)
    assert code != 0
    assert "passed as a Spark setting" in out
    assert "the application was not started" in out
    assert not (workspace / "lake" / "customers_leaky").exists()
    assert "process cmdline" in watcher.seen, sorted(watcher.seen)
    assert watcher.seen <= {"process cmdline", "process environ"}, sorted(watcher.seen)
    assert sorted((workspace / "conf").glob("done-*")) == logs_before, "an event log was written"
    if cluster["ui"]:
        assert applications(cluster) == apps_before, "the application was registered"
