"""Part files of ``spark deid`` in input order: file by file (in name order), rows as read.

Spark does not keep input order on its own: it sorts the splits of the input files by size and
packs several small ones into one task, then names each part file after its task. So the job

1. plans the read so that every task reads exactly one split of one file (the split size is
   what Spark would choose, and opening a file is made to cost a whole split, so no two splits
   share a task) — :func:`one_split_per_task`;
2. has each task say which file and byte offset its rows came from (Spark's hidden
   ``_metadata`` column) — :func:`runs_of`;
3. renames the part files in the order of (file, offset) — :func:`arrange`.

A task that read more than one split (a Spark version that plans otherwise) is detected in
step 3: the output is then complete but its part files are not in input order, and a warning
says so.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING
from urllib.parse import unquote, urlsplit

import pyarrow as pa

from piplkit.protect.spark.hadoop import HadoopFS

if TYPE_CHECKING:
    from pyspark.sql import DataFrame, SparkSession

#: Columns added to the rows for the tasks to report where they read from (dropped on output).
FILE_COLUMN, START_COLUMN = "__piplkit_file", "__piplkit_block_start"
#: Where a task read from: (file URI, byte offset of its split).
Run = tuple[str, int]
#: Spark's part file names: ``part-00003-<job uuid>-c000.csv`` (then the rest).
_PART = re.compile(r"^part-(\d+)(-.*)$")
UNORDERED_WARNING = (
    "Spark read several input splits in one task: the output is complete, but its part files "
    "are not in input order"
)


def with_origin(df: DataFrame) -> DataFrame:
    """``df`` plus the file and split offset of every row (the last two columns)."""
    from pyspark.sql import functions as F

    return df.select(
        "*",
        F.col("_metadata.file_path").alias(FILE_COLUMN),
        F.col("_metadata.file_block_start").alias(START_COLUMN),
    )


def runs_of(batch: pa.RecordBatch, runs: list[Run]) -> pa.RecordBatch:
    """Record where ``batch``'s rows came from in ``runs`` and return the batch without the two
    origin columns."""
    files = batch.column(batch.num_columns - 2).to_pylist()
    starts = batch.column(batch.num_columns - 1).to_pylist()
    for origin in zip(files, starts, strict=True):
        if not runs or runs[-1] != origin:
            runs.append((str(origin[0]), int(origin[1])))
    return batch.select(list(range(batch.num_columns - 2)))


def _session_conf(spark: SparkSession) -> tuple[int, int, int]:
    conf = spark._jsparkSession.sessionState().conf()  # the JVM session's SQL settings
    parallelism = spark.conf.get("spark.sql.leafNodeDefaultParallelism", None)
    cores = int(parallelism) if parallelism else spark.sparkContext.defaultParallelism
    return int(conf.filesMaxPartitionBytes()), int(conf.filesOpenCostInBytes()), max(1, cores)


def split_settings(max_bytes: int, open_cost: int, cores: int, sizes: list[int]) -> int:
    """The split size Spark would choose for files of ``sizes`` (its ``maxSplitBytes``)."""
    total = sum(size + open_cost for size in sizes)
    return max(1, min(max_bytes, max(open_cost, total // cores)))


@contextmanager
def one_split_per_task(spark: SparkSession, sizes: list[int]) -> Iterator[None]:
    """Within the block, file reads are planned one split per task; the session's settings are
    restored afterwards (they are read when a job is planned)."""
    max_bytes, open_cost, cores = _session_conf(spark)
    split = split_settings(max_bytes, open_cost, cores, sizes)
    keys = ("spark.sql.files.maxPartitionBytes", "spark.sql.files.openCostInBytes")
    before = {k: spark.conf.get(k, None) for k in keys}
    for k in keys:
        spark.conf.set(k, str(split))
    try:
        yield
    finally:
        for k, v in before.items():
            if v is None:
                spark.conf.unset(k)
            else:
                spark.conf.set(k, v)


def _origin_key(run: Run) -> tuple[tuple[str, ...], int]:
    """Files in name order folder by folder (as ``HadoopFS.data_files`` lists them)."""
    path = unquote(urlsplit(run[0]).path)
    return tuple(path.split("/")), run[1]


def arrange(fs: HadoopFS, folder: str, runs: dict[int, list[Run]]) -> tuple[str, bool]:
    """Move the part files of ``folder`` into ``folder/_ordered`` under names in input order,
    with Spark's other files; return that folder and whether the order is the input order.

    ``runs`` maps a task's partition number to where its rows came from. Part files of tasks
    that read nothing (an empty output's one file) go last.
    """
    ordered = f"{folder.rstrip('/')}/_ordered"
    entries = [e for e in fs.children(folder, include_metadata=True) if e.name != "_ordered"]
    parts: list[tuple[tuple[int, tuple[tuple[str, ...], int], int], str, str]] = []
    others: list[str] = []
    for entry in entries:
        match = _PART.match(entry.name)
        if match is None:
            others.append(entry.name)
            continue
        task = int(match.group(1))
        origin = runs.get(task)
        key = (0, _origin_key(origin[0]), task) if origin else (1, ((), 0), task)
        parts.append((key, entry.name, match.group(2)))
    in_order = all(len(r) <= 1 for r in runs.values())
    fs.mkdirs(ordered)
    for rank, (_, name, rest) in enumerate(sorted(parts)):
        fs.rename(f"{folder}/{name}", f"{ordered}/part-{rank:05d}{rest}")
    for name in others:
        fs.rename(f"{folder}/{name}", f"{ordered}/{name}")
    return ordered, in_order
