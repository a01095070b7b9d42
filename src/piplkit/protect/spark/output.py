"""Write a Spark result whole or not at all.

Spark writes a folder of part files. We let it write into a hidden sibling folder and rename that
folder onto the target only after the job succeeded and its checks passed; on any failure the
sibling is deleted. The rename is atomic on HDFS and local disks; object stores emulate it by
copying (see docs/spark.md). An existing target is never touched unless ``overwrite`` is set.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable

from piplkit.protect.spark.hadoop import HadoopFS


class OutputError(RuntimeError):
    """The output cannot be written where asked; nothing was written."""


def check_target(fs: HadoopFS, source: str, target: str, *, overwrite: bool) -> None:
    """Refuse a target that is the input, holds it, lies inside it, or exists (no overwrite)."""
    src = fs.qualify(source).rstrip("/")
    dst = fs.qualify(target).rstrip("/")
    if src == dst or src.startswith(dst + "/") or dst.startswith(src + "/"):
        raise OutputError(f"{target}: the output must not be, contain or lie inside the input")
    if fs.stat(target) is not None and not overwrite:
        raise OutputError(f"{target}: already exists; remove it or pass --overwrite")


def temporary_sibling(target: str) -> str:
    head, _, name = target.rstrip("/").rpartition("/")
    hidden = f".{name}.piplkit-tmp-{uuid.uuid4().hex[:12]}"
    return f"{head}/{hidden}" if head else hidden


def write_atomically(
    fs: HadoopFS,
    target: str,
    write: Callable[[str], str | None],
    *,
    overwrite: bool,
    check: Callable[[], None] | None = None,
) -> None:
    """Run ``write(tmp)``, then ``check()``, then move ``tmp`` onto ``target``.

    ``write`` may return a folder inside ``tmp`` that holds the finished output (part files
    renamed into input order); that folder is moved instead."""
    tmp = temporary_sibling(target)
    try:
        finished = write(tmp) or tmp
        if check is not None:
            check()
        if overwrite:
            fs.delete(target)
        if not fs.rename(finished, target):
            raise OutputError(f"{target}: cannot move the finished output into place")
    finally:
        fs.delete(tmp)
