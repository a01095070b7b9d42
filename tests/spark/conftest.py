"""One local Spark session for the whole test run (it takes ~5 s to start) and shared inputs.

Small files are split into several partitions on purpose (``maxPartitionBytes`` 256 KiB, Parquet
row groups of 700 rows) so that merging per-partition results is exercised.
"""

from __future__ import annotations

import os
import shutil
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from tests import skips
from tests.scan.helpers import HEADER, people_rows, write_csv

ROWS = 3000


@pytest.fixture(scope="session")
def spark() -> Iterator[Any]:
    pytest.importorskip(
        "pyspark", reason=skips.spark("PySpark is not installed", "pip install -e '.[spark]'")
    )
    if shutil.which("java") is None and not os.environ.get("JAVA_HOME"):
        pytest.skip(skips.spark("no Java 17", "apt-get install -y openjdk-17-jre-headless"))
    os.environ["PYSPARK_PYTHON"] = sys.executable
    os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")
    from piplkit.protect.spark import spark_session

    session = spark_session(
        "local[2]",
        conf={
            "spark.ui.enabled": "false",
            "spark.sql.shuffle.partitions": "2",
            "spark.sql.files.maxPartitionBytes": str(256 * 1024),
            "spark.sql.files.openCostInBytes": str(64 * 1024),
        },
    )
    yield session
    session.stop()


@pytest.fixture(scope="session")
def people() -> list[list[str]]:
    return people_rows(ROWS, minors_every=10)


@pytest.fixture(scope="session")
def people_csv(tmp_path_factory: pytest.TempPathFactory, people: list[list[str]]) -> Path:
    return write_csv(tmp_path_factory.mktemp("csv") / "people.csv", people)


@pytest.fixture(scope="session")
def people_parquet(tmp_path_factory: pytest.TempPathFactory, people: list[list[str]]) -> Path:
    import pyarrow as pa
    import pyarrow.parquet as pq

    columns: dict[str, Any] = {h: [r[i] for r in people] for i, h in enumerate(HEADER)}
    columns["amount"] = pa.array([int(v) for v in columns["amount"]], type=pa.int64())
    path = tmp_path_factory.mktemp("parquet") / "people.parquet"
    pq.write_table(pa.table(columns), path, row_group_size=700)
    return path
