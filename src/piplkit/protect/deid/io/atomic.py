"""Write-then-rename: the target path only ever holds a complete file (or what it held before)."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path


class DeidIOError(Exception):
    """A file that cannot be read or written; the message names the file and place, no values."""


def same_file(a: Path, b: Path) -> bool:
    """Whether ``a`` and ``b`` are one file (same path after resolving links, or same inode)."""
    if a.resolve() == b.resolve():
        return True
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False


@contextlib.contextmanager
def atomic_output(target: Path) -> Iterator[Path]:
    """Yield a temporary path in ``target``'s folder; rename it to ``target`` on success."""
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise DeidIOError(f"{folder}: output folder does not exist")
    try:
        fd, name = tempfile.mkstemp(
            prefix=f".{target.name}.", suffix=f".part{target.suffix}", dir=folder
        )
    except OSError as exc:
        raise DeidIOError(f"{folder}: cannot create a file there ({exc.strerror})") from None
    os.close(fd)
    tmp = Path(name)
    try:
        _apply_umask(tmp)
        yield tmp
        with tmp.open("rb+") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def _apply_umask(path: Path) -> None:
    """mkstemp makes 0600 files; give the output the permissions a normal new file would get."""
    mask = os.umask(0)
    os.umask(mask)
    os.chmod(path, 0o666 & ~mask)
