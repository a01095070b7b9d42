"""Seconds and peak RSS of ``piplkit app check`` on a generated APK of a given size.

Writes a real APK (``piplkit.discover.samples.apk``): a binary manifest with 20 permissions and SDK
components, several dex files of 50,000 classes each (app code plus the classes of 12 SDKs) with
method-name filler strings, and incompressible native libraries for the rest of the size, as in
real large apps. Then runs the real CLI (``--format json`` with a policy) in a child process
and reads the child's peak resident set size from ``getrusage``: the archive reader streams
members, so peak memory follows the largest dex file, not the APK.

With ``--rest`` the same APK also goes through the REST endpoint (``POST /api/v1/apps/check``)
of a real server (uvicorn in a child process, a SQLite register in the temporary folder): the
client streams the file as multipart; the script prints the request's seconds and the server's
resident memory before the first upload, its peak (``VmHWM``) and what it holds after each of
``--uploads`` uploads (memory that stayed would show as a rising ``rss_after_mb``).

    python benchmarks/bench_app.py --size-mb 100
    python benchmarks/bench_app.py --size-mb 100 --size-mb 300
    python benchmarks/bench_app.py --size-mb 100 --rest --uploads 3
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from piplkit.discover.samples.apk import SampleApk, write_apk
from piplkit.discover.samples.app_demo import DEMO_APK, DEMO_POLICY_ZH

SDK_CLASSES = [
    "cn.jpush.android.api.JPushInterface", "com.amap.api.location.AMapLocationClient",
    "com.tencent.bugly.crashreport.CrashReport", "com.umeng.analytics.MobclickAgent",
    "com.igexin.sdk.PushManager", "com.tencent.mm.opensdk.openapi.WXAPIFactory",
    "com.alipay.sdk.app.PayTask", "com.bytedance.sdk.openadsdk.TTAdSdk",
    "com.qq.e.comm.GDTADManager",
    "com.sina.weibo.sdk.WbSdk", "com.google.firebase.analytics.FirebaseAnalytics",
    "com.tencent.smtt.sdk.QbSdk",
]
CLASSES_PER_DEX = 50_000
DEX_FILES = 4
FILLER_PER_DEX = 150_000


def build(path: Path, size_mb: int) -> dict[str, int]:
    dex = []
    for d in range(DEX_FILES):
        names = [f"com.example.big.m{d}.p{i // 500}.C{i}" for i in range(CLASSES_PER_DEX)]
        names += [f"{c}{d}" for c in SDK_CLASSES]
        dex.append(names)
    filler = {d: (f"method{d}_{i:07d}_doSomethingUseful" for i in range(FILLER_PER_DEX))
              for d in range(DEX_FILES)}
    spec = SampleApk(**{**DEMO_APK.__dict__, "dex": dex, "native_libs": {}})
    write_apk(spec, path, dex_filler=filler)
    rest = max(size_mb * 1024 * 1024 - path.stat().st_size, 0)
    libs = {f"lib/arm64-v8a/libpart{i}.so": rest // 8 for i in range(8)}
    spec = SampleApk(**{**spec.__dict__, "native_libs": libs})
    filler = {d: (f"method{d}_{i:07d}_doSomethingUseful" for i in range(FILLER_PER_DEX))
              for d in range(DEX_FILES)}
    write_apk(spec, path, dex_filler=filler)
    return {"bytes": path.stat().st_size}


def run(apk: Path, policy: Path, out: Path) -> tuple[float, float]:
    cmd = [sys.executable, "-c", "from piplkit.faces.cli.app import main; main()",
           "app", "check", str(apk), "--policy", str(policy),
           "--type", "map_navigation", "--format", "json", "-o", str(out)]
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    start = time.perf_counter()
    subprocess.run(cmd, check=True, stderr=subprocess.DEVNULL)
    seconds = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return seconds, max(peak, before) / 1024


#: The server of ``--rest``: a register in the temporary folder, one editor and its API token
#: (printed for the benchmark), the web application (REST API included) on the given port.
SERVER = """
import sys
import uvicorn
from piplkit.platform.auth import service
from piplkit.map.register.store import open_register
from piplkit.faces.server import create_app
reg = open_register(sys.argv[1])
with reg.write("bench") as s:
    service.add_user(s, "bench", "editor")
    print(service.issue_token(s, "bench"), flush=True)
uvicorn.run(create_app(reg), host="127.0.0.1", port=int(sys.argv[2]), log_level="warning",
            access_log=False)
"""


def _status_mb(pid: int, field: str) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1]) / 1024
    raise KeyError(field)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def run_rest(apk: Path, policy: Path, folder: Path, uploads: int) -> list[dict[str, float]]:
    """Upload ``apk`` ``uploads`` times to a fresh server; seconds and server memory per upload."""
    import httpx

    port = _free_port()
    env = {**os.environ, "TMPDIR": str(folder)}
    server = subprocess.Popen(
        [sys.executable, "-c", SERVER, f"sqlite:///{folder / 'bench.db'}", str(port)],
        stdout=subprocess.PIPE, text=True, env=env)
    try:
        assert server.stdout is not None
        token = server.stdout.readline().strip()
        base = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 60
        while True:
            try:
                httpx.get(f"{base}/api/v1/health", timeout=2)
                break
            except httpx.TransportError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.2)
        results = []
        baseline = _status_mb(server.pid, "VmRSS")
        for _ in range(uploads):
            with apk.open("rb") as fh, policy.open("rb") as pol:
                start = time.perf_counter()
                r = httpx.post(
                    f"{base}/api/v1/apps/check", headers={"Authorization": f"Bearer {token}"},
                    files={"apk": (apk.name, fh), "policy": (policy.name, pol)},
                    data={"type": "map_navigation"}, timeout=600)
                seconds = time.perf_counter() - start
            r.raise_for_status()
            report = r.json()
            results.append({
                "seconds": round(seconds, 2), "findings": len(report["findings"]),
                "sdks": len(report["sdks"]), "server_rss_before_mb": round(baseline, 1),
                "server_peak_rss_mb": round(_status_mb(server.pid, "VmHWM"), 1),
                "server_rss_after_mb": round(_status_mb(server.pid, "VmRSS"), 1),
                "temp_files_left": len([p for p in folder.iterdir()
                                        if p.name.startswith("piplkit-app-")]),
            })
        return results
    finally:
        server.terminate()
        server.wait(10)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size-mb", type=int, action="append")
    parser.add_argument("--rest", action="store_true", help="Also upload it to the REST API.")
    parser.add_argument("--uploads", type=int, default=3, help="Uploads with --rest.")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="piplkit-bench-app-") as tmp:
        policy = Path(tmp) / "policy.html"
        policy.write_text(DEMO_POLICY_ZH, encoding="utf-8")
        for size in args.size_mb or [100]:
            apk = Path(tmp) / f"app-{size}mb.apk"
            meta = build(apk, size)
            out = Path(tmp) / "report.json"
            seconds, peak_mb = run(apk, policy, out)
            report = json.loads(out.read_text(encoding="utf-8"))
            apk_mb = round(meta["bytes"] / 1024 / 1024, 1)
            print(json.dumps({
                "via": "cli", "apk_mb": apk_mb,
                "classes": report["app"]["classes"],
                "dex_files": report["app"]["dex_files"], "sdks": len(report["sdks"]),
                "findings": len(report["findings"]), "seconds": round(seconds, 2),
                "peak_rss_mb": round(peak_mb, 1),
            }))
            if args.rest:
                for i, row in enumerate(run_rest(apk, policy, Path(tmp), args.uploads), 1):
                    print(json.dumps({"via": "rest", "upload": i, "apk_mb": apk_mb, **row}))
            apk.unlink()


if __name__ == "__main__":
    main()
