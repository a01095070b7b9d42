"""Build a mypyc-compiled copy of the tracker's extraction modules, to measure what compiling
them would gain; the package itself is neither changed nor built this way.

Six passes of exact shortcuts cut 0.5-4% each; what is left is Python work spread over some
twenty functions (docs/track.md, Throughput), which only a change of execution model removes.
This script copies ``src/piplkit`` to ``OUT``, compiles ``MODULES`` there with mypyc (the
venv's, with the C compiler on the machine) and prints the ``PYTHONPATH`` under which
``bench_track.py``, ``bench_track_instructions.py`` and ``track_identity.py`` then run the
compiled copy. Whether the package should ship compiled is a packaging decision; this only
gives it numbers.

Usage: ``python benchmarks/track_mypyc.py [OUT] [--modules textutil,dates,...]`` (about 5
minutes on an idle core; 15 or more on the shared machine).
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
#: the modules that hold the per-line and per-item work (splitting, finders, vocabulary lookups)
MODULES = (
    "textutil",
    "dates",
    "layout",
    "authorities",
    "instruments",
    "split",
    "roles",
    "blocktext",
    "kinds",
    "penalties",
    "cues",
    "extract",
)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("out", type=Path, nargs="?", default=Path("/tmp/piplkit-mypyc"))
    parser.add_argument("--modules", default=",".join(MODULES))
    args = parser.parse_args()
    out: Path = args.out.resolve()
    if out.exists():
        shutil.rmtree(out)
    shutil.copytree(ROOT / "src/piplkit", out / "piplkit")
    mypyc = Path(sys.executable).with_name("mypyc")
    paths = [f"piplkit/track/{name}.py" for name in args.modules.split(",")]
    # run from the copy, without the project's mypy settings (its overrides name modules the
    # copy's compile does not check); missing stubs are ignored as the project's settings do
    subprocess.run(
        [str(mypyc), "--ignore-missing-imports", *paths],
        cwd=out,
        check=True,
        stdout=subprocess.DEVNULL,
    )
    print(f"PYTHONPATH={out}")


if __name__ == "__main__":
    main()
