"""Ingest many documents, in several worker processes when that pays, results in input order.

Reading, splitting, extracting and linking a document depend on that document alone (the tracker's
caches only ever return what the function would compute), so a batch is spread over worker
processes one document per task; what needs every document (deduplication, proposals, the
register) stays with the caller, which receives the results in input order and so prints exactly
what one process would. Workers cost a start-up each (a fork copies the loaded tracker, a spawn
imports it again and loads its vocabularies), so a small batch is ingested in-process.

Errors keep their ``--jobs 1`` shape: a missing, unreadable or invalid file is a one-line
message naming it (``Ingested.error``), a bug is re-raised with its traceback. A worker that dies
(killed, out of memory) takes no other document with it: the documents not yet returned are run
again one at a time, so the one that kills its worker is named and the others still come out.
Workers ignore Ctrl-C; the caller's interrupt stops them (:func:`_stop`).
"""

from __future__ import annotations

import os
import signal
from collections import deque
from collections.abc import Callable, Generator, Iterator, Sequence
from dataclasses import dataclass, field
from functools import partial
from typing import TYPE_CHECKING

from piplkit.track.extract import ingest
from piplkit.track.linking import link_developments
from piplkit.track.model import Development, ParsedDocument
from piplkit.track.readers import TrackInputError

if TYPE_CHECKING:  # the pool is imported only when one is started (a few ms of every run)
    from concurrent.futures import Future, ProcessPoolExecutor
    from multiprocessing.context import BaseContext

#: Below this many bytes in all, a batch is ingested in-process. A judgement, not a measurement
#: (docs/track.md, Throughput, "Several cores"): about 0.3 s of ingestion on the 2-core machine
#: of 2026-12-07, where halving it first outweighs two forked workers' start-up (0.04 s) and
#: their loading of the readers the parent has not loaded (0.1-0.3 s each). On a machine with
#: no idle core more workers never pay; there ``--jobs 1`` is the right setting.
MIN_PARALLEL_BYTES = 200_000

#: Documents in flight per worker: enough that a long document does not leave the others idle,
#: few enough that an interrupt has little to cancel.
_IN_FLIGHT_PER_JOB = 8


@dataclass
class Ingested:
    """One document's outcome: parsed with its developments (linked), or a one-line error."""

    path: str
    data: bytes = b""
    doc: ParsedDocument | None = None
    devs: list[Development] = field(default_factory=list)
    #: the message to print after "error:", naming the file; None when it was ingested
    error: str | None = None


def ingest_file(path: str, link: bool = True) -> Ingested:
    """Read, split, extract and (``link``) link one document (what ``track ingest`` does per
    file; ``track score`` compares no links and skips them)."""
    if not os.path.isfile(path):
        return Ingested(path, error=f"{path}: no such file")
    try:
        with open(path, "rb") as handle:
            data = handle.read()
    except OSError as exc:
        return Ingested(path, error=f"{path}: cannot be read ({exc.strerror})")
    try:
        doc, devs = ingest(data, path)
    except TrackInputError as exc:
        return Ingested(path, data, error=str(exc))
    if link:
        link_developments(devs)
    return Ingested(path, data, doc, devs)


def resolve_jobs(jobs: int) -> int:
    """Worker processes for ``--jobs``: 0 means one per CPU this process may run on."""
    if jobs > 0:
        return jobs
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # (not on macOS or Windows)
        return max(1, os.cpu_count() or 1)


def _size(path: str) -> int:
    try:
        return os.stat(path).st_size
    except OSError:
        return 0


def ingest_files(
    paths: Sequence[str],
    jobs: int = 1,
    *,
    link: bool = True,
    min_parallel_bytes: int | None = None,
    mp_context: BaseContext | None = None,
) -> Generator[Ingested, None, None]:
    """:func:`ingest_file` of each path, in input order, in up to ``jobs`` processes (0: one per
    CPU). One job, two documents or fewer than ``min_parallel_bytes`` (default
    :data:`MIN_PARALLEL_BYTES`) in all run in-process. Close the iterator (``contextlib.closing``)
    when leaving it early: that stops the workers."""
    # (the first document is always ingested here, see below: the workers share the others)
    workers = min(resolve_jobs(jobs), len(paths) - 1)
    floor = MIN_PARALLEL_BYTES if min_parallel_bytes is None else min_parallel_bytes
    if workers <= 1 or sum(_size(p) for p in paths) < floor:
        for path in paths:
            yield ingest_file(path, link)
        return
    # The first document is ingested here: what it loads (vocabularies, its reader, compiled
    # patterns) is then loaded once, not once per worker (forked workers inherit it), which is
    # what a busy machine, where the workers do not run at once, pays for in wall time.
    yield ingest_file(paths[0], link)
    yield from _in_pool(paths[1:], partial(ingest_file, link=link), workers, mp_context)


def _ignore_interrupt() -> None:
    """Worker initializer: Ctrl-C reaches the whole process group; the parent stops the pool."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _pool(workers: int, mp_context: BaseContext | None) -> ProcessPoolExecutor:
    from concurrent.futures import ProcessPoolExecutor

    return ProcessPoolExecutor(
        max_workers=workers, mp_context=mp_context, initializer=_ignore_interrupt
    )


def _stop(pool: ProcessPoolExecutor) -> None:
    """Cancel what has not started and end the workers now (an interrupt, or a caller that
    stopped reading): ``shutdown`` alone would wait for the documents being ingested."""
    pool.shutdown(wait=False, cancel_futures=True)
    # (Python 3.14 has ``terminate_workers``; before it the processes are only reachable here)
    processes = getattr(pool, "_processes", None) or {}
    for process in list(processes.values()):
        process.terminate()


def _in_pool(
    paths: Sequence[str],
    task: Callable[[str], Ingested],
    workers: int,
    mp_context: BaseContext | None,
) -> Iterator[Ingested]:
    from concurrent.futures.process import BrokenProcessPool

    done = 0
    pool = _pool(workers, mp_context)
    try:
        in_flight: deque[Future[Ingested]] = deque()
        submitted = 0
        while done < len(paths):
            while submitted < len(paths) and len(in_flight) < workers * _IN_FLIGHT_PER_JOB:
                in_flight.append(pool.submit(task, paths[submitted]))
                submitted += 1
            try:
                result = in_flight.popleft().result()
            except BrokenProcessPool:
                break
            done += 1
            yield result
    except BaseException:
        _stop(pool)
        raise
    pool.shutdown(wait=True, cancel_futures=True)
    if done < len(paths):
        yield from _one_at_a_time(paths[done:], task, mp_context)


def _one_at_a_time(
    paths: Sequence[str], task: Callable[[str], Ingested], mp_context: BaseContext | None
) -> Iterator[Ingested]:
    """After a worker died: each remaining document alone in one worker, a new one after each
    death, so that the document that kills it is the one named."""
    from concurrent.futures.process import BrokenProcessPool

    pool = _pool(1, mp_context)
    try:
        for path in paths:
            try:
                result = pool.submit(task, path).result()
            except BrokenProcessPool:
                pool.shutdown(wait=True)
                pool = _pool(1, mp_context)
                result = Ingested(
                    path,
                    error=f"{path}: the worker process ingesting it stopped (killed, or out of "
                    "memory?)",
                )
            yield result
    except BaseException:
        _stop(pool)
        raise
    pool.shutdown(wait=True)
