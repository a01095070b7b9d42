"""File-system questions asked through Spark's own Hadoop client, so that local paths, HDFS and
object stores (s3a://, abfss://, …) answer the same way on a laptop and on a cluster.

Only metadata and the first bytes of a file are read on the driver; data is read by Spark.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from pyspark.sql import SparkSession

#: Names Spark and Hadoop write next to data files; never data themselves.
_HIDDEN = ("_", ".")


@dataclass(frozen=True, slots=True)
class Entry:
    path: str
    name: str
    is_dir: bool
    size: int


class HadoopFS:
    """A thin wrapper over ``org.apache.hadoop.fs.FileSystem`` for one session."""

    def __init__(self, spark: SparkSession) -> None:
        self._jvm: Any = spark.sparkContext._jvm
        self._conf: Any = spark.sparkContext._jsc.hadoopConfiguration()

    def _fs(self, path: str) -> tuple[Any, Any]:
        jpath = self._jvm.org.apache.hadoop.fs.Path(path)
        return jpath.getFileSystem(self._conf), jpath

    def qualify(self, path: str) -> str:
        """The absolute URI of ``path`` (``file:/…`` for a local path)."""
        fs, jpath = self._fs(path)
        return str(fs.makeQualified(jpath).toString())

    def stat(self, path: str) -> Entry | None:
        fs, jpath = self._fs(path)
        if not fs.exists(jpath):
            return None
        status = fs.getFileStatus(jpath)
        return Entry(path, str(jpath.getName()), bool(status.isDirectory()), int(status.getLen()))

    def children(self, path: str, *, include_metadata: bool = False) -> list[Entry]:
        """Visible entries of a folder, sorted by name (Spark's own metadata files such as
        ``_SUCCESS`` skipped unless ``include_metadata``; hidden ``.`` files always skipped)."""
        fs, jpath = self._fs(path)
        out = []
        for status in fs.listStatus(jpath):
            name = str(status.getPath().getName())
            if name.startswith(".") or (name.startswith(_HIDDEN) and not include_metadata):
                continue
            out.append(
                Entry(
                    str(status.getPath().toString()),
                    name,
                    bool(status.isDirectory()),
                    int(status.getLen()),
                )
            )
        return sorted(out, key=lambda e: e.name)

    def data_files(self, path: str) -> list[Entry]:
        """Every visible file under ``path`` (recursively, in name order); ``path`` if a file."""
        entry = self.stat(path)
        if entry is None:
            return []
        if not entry.is_dir:
            return [entry]
        out: list[Entry] = []
        for child in self.children(path):
            out.extend(self.data_files(child.path) if child.is_dir else [child])
        return out

    def has_child(self, path: str, name: str) -> bool:
        fs, jpath = self._fs(path)
        return bool(fs.exists(self._jvm.org.apache.hadoop.fs.Path(jpath, name)))

    def head(self, path: str, size: int) -> tuple[bytes, bool]:
        """The first ``size`` bytes of a file and whether that is the whole file."""
        fs, jpath = self._fs(path)
        length = int(fs.getFileStatus(jpath).getLen())
        want = min(size, length)
        stream = fs.open(jpath)
        try:
            # A Java byte[] comes back through py4j as Python bytes, in one transfer.
            data = self._jvm.org.apache.commons.io.IOUtils.toByteArray(stream, want)
        finally:
            stream.close()
        return bytes(data), want >= length

    def rename(self, source: str, target: str) -> bool:
        fs, src = self._fs(source)
        return bool(fs.rename(src, self._jvm.org.apache.hadoop.fs.Path(target)))

    def mkdirs(self, path: str) -> None:
        fs, jpath = self._fs(path)
        fs.mkdirs(jpath)

    def delete(self, path: str) -> None:
        fs, jpath = self._fs(path)
        if fs.exists(jpath):
            fs.delete(jpath, True)
