"""Peak memory of scanning zip bombs: the CLI, and the server's scan upload (issue 18 item 1).

Bombs are generated here (``piplkit.discover.evaluation.hostile``), never shipped: a 1.5 MB workbook
whose sheet inflates to 1.5 GiB (``space``: whitespace between elements, deflate's best case,
1000:1), the same size as millions of small rows with no ``<dimension>`` (``rows``) and as one
huge cell (``cell``), and a DOCX whose body inflates to 1.5 GiB.

1. CLI: ``piplkit scan BOMB --full`` in a child process; its peak resident memory (VmHWM) is
   printed. Floor: under 400 MB.
2. Streaming under the limits: the ``rows`` bomb at ``--stream-mb`` with the guard's limits
   raised (``PIPLKIT_ZIP_MAX_RATIO``), read in full: peak memory and rows/s.
3. Server: ``piplkit serve`` on loopback with a fresh register; the resident memory of the
   server process before and after uploading the bomb (any editor token, uploads up to
   50 MiB), and after a 44 MB JSON of tiny records whose whole-document parse needs more
   than the scan worker's default 1.5 GiB.

``--src`` measures another checkout's code (the CLI and server processes get it as
``PYTHONPATH``; the bombs are still made by this one):

    python benchmarks/bench_zipbomb.py                    # this checkout
    python benchmarks/bench_zipbomb.py --src /work/main/src --skip-stream
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import httpx

from piplkit.discover.evaluation.hostile import docx_bomb, xlsx_bomb

GIB = 1024**3
MIB = 1024**2
CLI_FLOOR_MB = 400
#: Runs the CLI, then reports the process's own peak resident memory (VmHWM; ru_maxrss would
#: carry over the forking process's peak through exec).
_MEASURED_CLI = """
import sys
from piplkit.faces.cli.app import main
try:
    main()
finally:
    peak = open("/proc/self/status").read().split("VmHWM:")[1].split()[0]
    sys.stderr.write(f"\\npeak_kb {peak}\\n")
"""


def _cli(args: list[str], env: dict[str, str], timeout: float) -> tuple[float | None, float, str]:
    """(peak MB or None on timeout, seconds, last stderr line before the peak)."""
    began = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, "-c", _MEASURED_CLI, *args],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        start_new_session=True,
    )
    try:
        _, err = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.communicate()
        return None, time.perf_counter() - began, f"killed after {timeout:.0f} s"
    seconds = time.perf_counter() - began
    lines = [line for line in err.strip().splitlines() if line.strip()]
    peak = next((int(x.split()[1]) / 1024 for x in lines if x.startswith("peak_kb")), None)
    said = [x for x in lines if not x.startswith("peak_kb")]
    return peak, seconds, (said[0] if said else "")[:160]


def _status_mb(pid: int, field: str) -> float:
    text = Path(f"/proc/{pid}/status").read_text()
    return int(text.split(f"{field}:")[1].split()[0]) / 1024


def _descendants(pid: int) -> list[int]:
    out: list[int] = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        parent = int(stat.rsplit(")", 1)[1].split()[1])
        if parent == pid:
            child = int(entry.name)
            out += [child, *_descendants(child)]
    return out


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _piplkit(*args: str, env: dict[str, str]) -> str:
    cmd = [sys.executable, "-c", "from piplkit.faces.cli.app import main; main()", *args]
    return subprocess.run(cmd, check=True, capture_output=True, text=True, env=env).stdout


def cli_bombs(work: Path, env: dict[str, str], timeout: float) -> dict[str, Any]:
    out: dict[str, Any] = {}
    bombs = {
        f"xlsx_{shape}": xlsx_bomb(work / f"{shape}.xlsx", int(1.5 * GIB), shape)
        for shape in ("space", "rows", "cell")
    }
    bombs["docx"] = docx_bomb(work / "bomb.docx", int(1.5 * GIB))
    for name, path in bombs.items():
        peak, seconds, said = _cli(["scan", str(path), "--full", "--format", "json"], env, timeout)
        out[name] = {
            "file_mb": round(path.stat().st_size / 1e6, 2),
            "peak_mb": None if peak is None else round(peak),
            "seconds": round(seconds, 1),
            "ok": peak is not None and peak < CLI_FLOOR_MB,
            "message": said,
        }
        shown = "did not finish" if peak is None else f"{peak:.0f} MB peak"
        print(
            f"CLI {name:10s} ({path.stat().st_size / 1e6:.1f} MB file, 1.5 GiB inflated): "
            f"{shown}, {seconds:.1f} s (floor < {CLI_FLOOR_MB} MB) — {said}"
        )
        path.unlink()
    return out


def stream_under_limits(work: Path, env: dict[str, str], mb: int, timeout: float) -> dict[str, Any]:
    path = xlsx_bomb(work / "stream.xlsx", mb * MIB, "rows")
    loose = {**env, "PIPLKIT_ZIP_MAX_RATIO": "5000", "PIPLKIT_ZIP_MAX_MB": "8192"}
    report = work / "stream.json"
    peak, seconds, said = _cli(
        ["scan", str(path), "--full", "--jobs", "1", "--format", "json", "-o", str(report)],
        loose,
        timeout,
    )
    rows = json.loads(report.read_text())["files"][0]["rows"] if report.exists() else None
    path.unlink()
    result = {
        "inflated_mb": mb,
        "rows": rows,
        "peak_mb": None if peak is None else round(peak),
        "seconds": round(seconds, 1),
        "rows_per_s": round(rows / seconds) if rows else None,
    }
    print(
        f"streaming a {mb} MiB sheet of small rows under raised limits, every row: "
        f"{result['peak_mb']} MB peak, {rows} rows in {seconds:.1f} s"
        + (f" ({result['rows_per_s']:,} rows/s)" if rows else f" — {said}")
    )
    return result


def server(
    work: Path, env: dict[str, str], timeout: float, memory_mb: int | None = None
) -> dict[str, Any]:
    db = f"sqlite:///{work / 'register.db'}"
    _piplkit("user", "add", "editor", "--role", "editor", "--no-password", "--db", db, env=env)
    try:  # `user token create` since per-token management; `user token` before it
        token = _piplkit("user", "token", "create", "editor", "--db", db, env=env)
    except subprocess.CalledProcessError:
        token = _piplkit("user", "token", "editor", "--db", db, env=env)
    token = token.strip().splitlines()[0]
    port = _free_port()
    proc = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "from piplkit.faces.cli.app import main; main()",
            "serve",
            "--db",
            db,
            "--port",
            str(port),
            *(["--scan-memory-mb", str(memory_mb)] if memory_mb else []),
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env=env,
        start_new_session=True,
    )
    base = f"http://127.0.0.1:{port}"
    out: dict[str, Any] = {}
    try:
        for _ in range(200):
            try:
                httpx.get(f"{base}/api/v1/health", timeout=1)
                break
            except httpx.HTTPError:
                time.sleep(0.1)
        headers = {"Authorization": f"Bearer {token}"}
        small = "手机,姓名\n13812345678,张伟\n".encode()
        httpx.post(  # warm up: imports and detectors, as after a first real upload
            f"{base}/api/v1/scans/run",
            headers=headers,
            files={"file": ("warm.csv", small)},
            data={"import": "false"},
            timeout=timeout,
        )
        out["rss_mb_warm"] = round(_status_mb(proc.pid, "VmRSS"))
        bomb = xlsx_bomb(work / "upload.xlsx", int(1.5 * GIB), "space").read_bytes()
        hog = ("[" + ",".join(f'{{"k":{n},"v":"x"}}' for n in range(2_400_000)) + "]").encode()
        uploads = (("bomb.xlsx", bomb), (f"hog.json ({len(hog) / 1e6:.0f} MB)", hog))
        for name, data in uploads:
            began = time.perf_counter()
            r = httpx.post(
                f"{base}/api/v1/scans/run",
                headers=headers,
                files={"file": (name.split()[0], data)},
                data={"import": "false"},
                timeout=timeout,
            )
            seconds = time.perf_counter() - began
            after = _status_mb(proc.pid, "VmRSS")
            peak = _status_mb(proc.pid, "VmHWM")
            others = sum(_status_mb(p, "VmRSS") for p in _descendants(proc.pid))
            out[name] = {
                "status": r.status_code,
                "detail": r.json().get("detail", "")[:160] if r.status_code >= 400 else "",
                "seconds": round(seconds, 1),
                "server_rss_mb_after": round(after),
                "server_peak_mb": round(peak),
                "helper_processes_rss_mb": round(others),
            }
            print(
                f"server, upload {name}: HTTP {r.status_code} in {seconds:.1f} s; server "
                f"{out['rss_mb_warm']} MB warm -> {after:.0f} MB after (peak {peak:.0f} MB); "
                f"scan helper processes {others:.0f} MB — {out[name]['detail']}"
            )
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        proc.wait(timeout=30)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--timeout", type=float, default=600.0)
    parser.add_argument("--stream-mb", type=int, default=256)
    parser.add_argument("--skip-cli", action="store_true")
    parser.add_argument("--skip-stream", action="store_true")
    parser.add_argument("--skip-server", action="store_true")
    parser.add_argument("--json", type=Path, help="write the results here as well")
    parser.add_argument("--src", type=Path, help="measure the piplkit in this src folder")
    parser.add_argument(
        "--scan-memory-mb", type=int, help="serve --scan-memory-mb (the scan worker's limit)"
    )
    args = parser.parse_args(argv)
    env = dict(os.environ)
    if args.src:
        env["PYTHONPATH"] = str(args.src.resolve())
    results: dict[str, Any] = {"load_average_at_start": os.getloadavg()[0]}
    print(f"load average {os.getloadavg()[0]:.1f}")
    with tempfile.TemporaryDirectory(prefix="piplkit-bomb-") as folder:
        work = Path(folder)
        if not args.skip_cli:
            results["cli"] = cli_bombs(work, env, args.timeout)
        if not args.skip_stream:
            results["stream"] = stream_under_limits(work, env, args.stream_mb, args.timeout)
        if not args.skip_server:
            results["server"] = server(work, env, args.timeout, args.scan_memory_mb)
    if args.json:
        args.json.write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
