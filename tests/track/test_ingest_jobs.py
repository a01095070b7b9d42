"""``piplkit track ingest --jobs N``: the same output as one process, in input order, errors alike.

The worker pool is forced on small batches by setting the small-batch floor to 0; the tests that
ingest every shipped document or start processes by ``spawn`` are marked slow.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import psutil
import pytest
from typer.testing import CliRunner

from piplkit.faces.cli.app import app
from piplkit.track import batch
from piplkit.track.batch import ingest_file, ingest_files, resolve_jobs

from .conftest import DOCS, GOLD

runner = CliRunner()
ROOT = Path(__file__).resolve().parents[2]

#: two documents of every format the tracker reads (11 files, about 110 KB)
MIXED = [
    DOCS / name
    for name in (
        "blind4_blog_2025_09.html",
        "blind4_cases_zh_2025_q3.docx",
        "blind4_faq_tc260_en.md",
        "blind4_huibian_zh_2024.txt",
        "blind4_radar_2025_11.pdf",
        "blind5_changelog_2025_11.md",
        "blind5_email_2025_10.txt",
        "blind5_nfra_notice_zh.docx",
        "blind5_slides_2025_07.pdf",
        "blind5_yaowen_zh_2025_06.html",
        "blind6_zhoubao_zh_2025_12.pdf",
    )
]


@pytest.fixture
def pool_always(monkeypatch: pytest.MonkeyPatch) -> None:
    """Workers for any batch of two or more documents (the floor is for speed, not results)."""
    monkeypatch.setattr(batch, "MIN_PARALLEL_BYTES", 0)


def _cli(args: list[str]) -> tuple[int, str, str]:
    result = runner.invoke(app, ["track", *args])
    return result.exit_code, result.stdout, result.stderr


@pytest.mark.usefixtures("pool_always")
@pytest.mark.parametrize(
    "options",
    [["--skipped", "--proposals"], ["--format", "json"], ["--format", "table", "--proposals"]],
    ids=["jsonl", "json", "table"],
)
def test_jobs_2_prints_what_jobs_1_prints(options: list[str]) -> None:
    files = [str(p) for p in MIXED]
    one = _cli(["ingest", *files, *options])
    two = _cli(["ingest", *files, *options, "--jobs", "2"])
    assert one[0] == 0, one[2]
    assert two == one
    assert one[1].count("\n") > 20  # (a control: there is output to compare)


@pytest.mark.slow
def test_every_shipped_document_same_output_with_two_jobs() -> None:
    """All 88 shipped documents (1.1 MB, over the floor): jsonl with --skipped and --proposals,
    developments merged across documents."""
    files = sorted(str(p) for p in DOCS.iterdir())
    assert sum(os.path.getsize(f) for f in files) > batch.MIN_PARALLEL_BYTES
    one = _cli(["ingest", *files, "--skipped", "--proposals"])
    two = _cli(["ingest", *files, "--skipped", "--proposals", "-j", "2"])
    assert two == one
    assert '"also_in": ["' in one[1]  # (merged across documents)


@pytest.mark.usefixtures("pool_always")
def test_results_come_back_in_input_order() -> None:
    files = [str(p) for p in reversed(MIXED)]
    alone = [ingest_file(f) for f in files]
    pooled = list(ingest_files(files, 2))
    assert [r.path for r in pooled] == files
    assert [[d.to_dict() for d in r.devs] for r in pooled] == [
        [d.to_dict() for d in r.devs] for r in alone
    ]
    assert [r.data for r in pooled] == [Path(f).read_bytes() for f in files]


@pytest.mark.usefixtures("pool_always")
def test_bad_files_among_good_ones_are_named_as_with_one_job(tmp_path: Path) -> None:
    bad_pdf = tmp_path / "broken.pdf"
    bad_pdf.write_bytes(b"%PDF-1.7 not really")
    missing = tmp_path / "missing.txt"
    files = [str(MIXED[0]), str(bad_pdf), str(MIXED[3]), str(missing), str(MIXED[4])]
    one = _cli(["ingest", *files])
    two = _cli(["ingest", *files, "--jobs", "2"])
    assert two == one
    assert one[0] == 1
    assert f"error: {missing}: no such file" in one[2]
    assert f"error: {bad_pdf}" in one[2] and "Traceback" not in one[2]
    assert one[1].count("\n") > 3  # the good documents are still printed


def test_store_with_two_jobs_stores_what_one_job_stores(tmp_path: Path, pool_always: None) -> None:
    files = [str(p) for p in MIXED[:3]]
    listed = []
    for jobs in ("1", "2"):
        db = f"sqlite:///{tmp_path / f'jobs{jobs}.db'}"
        code, _, err = _cli(["ingest", *files, "--store", "--db", db, "--jobs", jobs])
        assert code == 0, err
        assert "stored" in err
        listed.append(_cli(["list", "--format", "jsonl", "--db", db])[1])
    assert listed[0] == listed[1] and listed[0].count("\n") > 5


def test_small_batches_start_no_workers(monkeypatch: pytest.MonkeyPatch) -> None:
    started: list[int] = []
    real_pool = batch._pool

    def counting_pool(workers: int, context: object) -> object:
        started.append(workers)
        return real_pool(workers, context)  # type: ignore[arg-type]

    monkeypatch.setattr(batch, "_pool", counting_pool)
    for few in ([str(MIXED[0])], [str(MIXED[0]), str(MIXED[1])]):  # (the first in-process)
        assert [r.path for r in ingest_files(few, 2, min_parallel_bytes=0)] == few
    small = [str(p) for p in MIXED[:3]]
    assert sum(os.path.getsize(f) for f in small) < batch.MIN_PARALLEL_BYTES
    assert len(list(ingest_files(small, 2))) == 3
    assert len(list(ingest_files(small * 9, 1, min_parallel_bytes=0))) == 27
    assert started == []
    # control: the same small batch over a lower floor does start them
    assert len(list(ingest_files(small, 2, min_parallel_bytes=0))) == 3
    assert started == [2]


def _crash_on_marker(data: bytes | str, name: str) -> object:
    if name.endswith("crash.txt"):
        os._exit(9)  # what the kernel's OOM killer or a segfault leaves: no exception
    return _real_ingest(data, name)


_real_ingest = batch.ingest


def test_a_dying_worker_is_a_clear_error_naming_the_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    crash = tmp_path / "crash.txt"
    crash.write_text("x", encoding="utf-8")
    monkeypatch.setattr(batch, "ingest", _crash_on_marker)  # (inherited by forked workers)
    files = [str(MIXED[0]), str(crash), str(MIXED[3]), str(MIXED[5])]
    fork = multiprocessing.get_context("fork")
    results = list(ingest_files(files, 2, min_parallel_bytes=0, mp_context=fork))
    assert [r.path for r in results] == files
    assert [r.error is None for r in results] == [True, False, True, True]
    assert (
        results[1].error
        == f"{crash}: the worker process ingesting it stopped (killed, or out of memory?)"
    )
    assert all(r.devs for i, r in enumerate(results) if i != 1)


@pytest.mark.slow
def test_spawned_workers_give_the_same_results() -> None:
    """``spawn`` (macOS, Windows, Python 3.14's default is forkserver): workers import the
    tracker afresh and see none of the parent's state."""
    files = [str(p) for p in MIXED[:4]]
    spawn = multiprocessing.get_context("spawn")
    pooled = list(ingest_files(files, 2, min_parallel_bytes=0, mp_context=spawn))
    assert [[d.to_dict() for d in r.devs] for r in pooled] == [
        [d.to_dict() for d in ingest_file(f).devs] for f in files
    ]


@pytest.mark.slow
def test_ctrl_c_stops_the_workers(tmp_path: Path) -> None:
    files = sorted(str(p) for p in DOCS.iterdir()) * 3
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    code = "import sys; from piplkit.faces.cli.app import main; sys.exit(main())"
    proc = subprocess.Popen(
        [sys.executable, "-c", code, "track", "ingest", *files, "--jobs", "2"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        env=env,
        # (a shell without job control starts background commands with Ctrl-C ignored)
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    parent = psutil.Process(proc.pid)
    deadline = time.monotonic() + 60
    workers: list[psutil.Process] = []
    while len(workers) < 2 and time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.2)
        workers = parent.children()
    assert len(workers) >= 2, "no workers started"
    time.sleep(0.5)
    proc.send_signal(signal.SIGINT)
    try:
        _, err = proc.communicate(timeout=20)
    except subprocess.TimeoutExpired:
        proc.kill()
        raise
    assert proc.returncode == 130  # (Click's exit status for an interrupt)
    assert b"Traceback" not in err
    _, alive = psutil.wait_procs(workers, timeout=10)
    assert not alive


def test_jobs_0_means_one_per_cpu_and_negative_is_refused() -> None:
    assert resolve_jobs(0) >= 1 and resolve_jobs(3) == 3
    code, _, err = _cli(["ingest", str(MIXED[0]), "--jobs", "-1"])
    assert code == 2 and "--jobs" in err
    code, out, _ = _cli(["ingest", str(MIXED[0]), "--jobs", "0"])
    assert code == 0 and out


@pytest.mark.usefixtures("pool_always")
def test_score_with_two_jobs_reports_what_one_job_reports() -> None:
    files = [str(p) for p in sorted(DOCS.iterdir())[:6]]
    one = _cli(["score", str(GOLD), *files])
    two = _cli(["score", str(GOLD), *files, "--jobs", "2"])
    assert one[0] == 0, one[2]
    assert two == one and '"total"' in one[1]
