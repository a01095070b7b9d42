"""Seconds and peak RSS of ``piplkit app check`` on a generated APK of a given size.

Writes a real APK (``piplkit.samples.apk``): a binary manifest with 20 permissions and SDK
components, several dex files of 50,000 classes each (app code plus the classes of 12 SDKs) with
method-name filler strings, and incompressible native libraries for the rest of the size, as in
real large apps. Then runs the real CLI (``--format json`` with a policy) in a child process
and reads the child's peak resident set size from ``getrusage``: the archive reader streams
members, so peak memory follows the largest dex file, not the APK.

    python benchmarks/bench_app.py --size-mb 100
    python benchmarks/bench_app.py --size-mb 100 --size-mb 300
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from piplkit.samples.apk import SampleApk, write_apk
from piplkit.samples.app_demo import DEMO_APK, DEMO_POLICY_ZH

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
    cmd = [sys.executable, "-c", "from piplkit.cli.app import main; main()",
           "app", "check", str(apk), "--policy", str(policy),
           "--type", "map_navigation", "--format", "json", "-o", str(out)]
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    start = time.perf_counter()
    subprocess.run(cmd, check=True, stderr=subprocess.DEVNULL)
    seconds = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return seconds, max(peak, before) / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size-mb", type=int, action="append")
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
            print(json.dumps({
                "apk_mb": round(meta["bytes"] / 1024 / 1024, 1),
                "classes": report["app"]["classes"],
                "dex_files": report["app"]["dex_files"], "sdks": len(report["sdks"]),
                "findings": len(report["findings"]), "seconds": round(seconds, 2),
                "peak_rss_mb": round(peak_mb, 1),
            }))
            apk.unlink()


if __name__ == "__main__":
    main()
