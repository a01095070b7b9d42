"""RoPA export speed: XLSX and CSV of a register with many processing activities.

Every cell of a spreadsheet piplkit writes passes the formula neutraliser and the character
cleaner (:mod:`piplkit.assess.sheets`); this measures what that costs on a large register. A tenth
of the activities carry formula-looking names and a control character, so both paths run.

    python benchmarks/bench_exports.py                  # 5,000 activities, best of 3
    python benchmarks/bench_exports.py --activities 500 --repeat 1
    python benchmarks/bench_exports.py --no-control     # also runs on versions without the cleaner
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from sqlalchemy import text

from piplkit.map.register import repository as repo
from piplkit.map.register.ropa import export_ropa
from piplkit.map.register.schemas import ActivityIn, DatasetIn, OrganisationIn, SystemIn
from piplkit.map.register.store import open_register


def build(url: str, activities: int, control: bool) -> None:
    reg = open_register(url)
    with reg.write("bench") as s:
        repo.organisations.create(s, OrganisationIn(name="示例科技有限公司"))
        repo.systems.create(s, SystemIn(name="会员系统", organisation="示例科技有限公司"))
        repo.datasets.create(s, DatasetIn(name="members", system="会员系统"))
        for i in range(activities):
            name = f'=HYPERLINK("http://x/{i}")' if i % 10 == 0 else f"处理活动{i:05d}"
            repo.activities.create(
                s,
                ActivityIn(
                    name=name,
                    organisation="示例科技有限公司",
                    purpose=f"为会员提供第{i}项服务，并进行必要的统计分析",
                    legal_basis="consent",
                    pi_categories=["cn_mobile", "email"],
                    individuals_count=i * 7,
                    retention="会员注销后3年",
                    datasets=["members"],
                ),
            )
    if control:  # a stored control character, as older versions allowed
        with reg.engine.begin() as conn:
            conn.execute(text("UPDATE processing_activity SET purpose = purpose || char(11)"))
    reg.dispose()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--activities", type=int, default=5000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument(
        "--no-control",
        action="store_true",
        help="Store no control characters (versions before the cleaner fail on them).",
    )
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        url = f"sqlite:///{Path(folder) / 'bench.db'}"
        build(url, args.activities, not args.no_control)
        reg = open_register(url)
        for suffix in (".xlsx", ".csv"):
            best = float("inf")
            for _ in range(args.repeat):
                began = time.perf_counter()
                with reg.read() as session:
                    rows = export_ropa(session, Path(folder) / f"ropa{suffix}")
                best = min(best, time.perf_counter() - began)
            size = (Path(folder) / f"ropa{suffix}").stat().st_size
            print(
                f"RoPA {suffix[1:]:4}  {rows} activities  {best:6.2f} s  "
                f"{rows / best:7.0f} rows/s  {size / 1e6:5.1f} MB"
            )
        reg.dispose()


if __name__ == "__main__":
    main()
