"""Detection over many texts with several worker processes, results in input order.

The recognizers are pure Python and hold the GIL, so threads do not add throughput; worker
processes do. Each worker builds its own :class:`~piplkit.discover.detect.engine.Detector` once
(the name and address model loads per process). Texts travel in batches to keep the per-task
overhead low, and only a few batches per worker are in flight, so memory stays bounded on files of
any size. Findings come back as JSON-ready dicts (what callers print), not as ``Finding`` objects.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import date
from itertools import islice
from typing import TYPE_CHECKING, Any, TypeVar

from piplkit.discover.detect.engine import Detector
from piplkit.discover.detect.registry import default_registry

if TYPE_CHECKING:  # custom types (pydantic) are imported only by the workers that need them
    from concurrent.futures import Future

    from piplkit.discover.detect.custom import CustomTypeSpec

Tag = TypeVar("Tag")
Findings = list[dict[str, Any]]

_worker_detector: Detector | None = None


def _start_worker(
    types: Sequence[str] | None,
    as_of: date,
    min_score: float,
    custom: Sequence[CustomTypeSpec],
    prose: bool = False,
) -> None:
    global _worker_detector
    if custom:  # a worker started by spawn/forkserver has not seen the parent's custom types
        from piplkit.discover.detect.custom import add_to_registry

        add_to_registry(default_registry(), custom)
    _worker_detector = Detector(types, as_of=as_of, min_score=min_score, prose=prose)


def prepare(detector: Detector, texts: Sequence[str | None]) -> None:
    """Let recognizers that work faster on a whole batch (the name/address model) see the texts
    before they are asked one at a time; each distinct ``prepare_batch`` hook runs once."""
    hooks: set[Callable[[list[str]], object]] = {
        hook for r in detector.recognizers if (hook := getattr(r, "prepare_batch", None))
    }
    if hooks:
        batch = [t for t in texts if t]
        for hook in hooks:
            hook(batch)


def _detect_batch(texts: list[str | None]) -> list[Findings | None]:
    detector = _worker_detector
    assert detector is not None, "worker not initialised"
    prepare(detector, texts)
    return [
        None if text is None else [f.to_dict() for f in detector.detect(text)] for text in texts
    ]


#: Characters read ahead in one process before detecting (bounds memory on long lines).
_BATCH_CHARS = 262_144


def _batches(
    items: Iterator[tuple[str | None, Tag]], count: int, chars: int
) -> Iterator[list[tuple[str | None, Tag]]]:
    """Consecutive lists of at most ``count`` items and (about) ``chars`` characters."""
    batch: list[tuple[str | None, Tag]] = []
    size = 0
    for item in items:
        batch.append(item)
        size += len(item[0] or "")
        if len(batch) >= count or size >= chars:
            yield batch
            batch, size = [], 0
    if batch:
        yield batch


def detect_many(
    items: Iterable[tuple[str | None, Tag]],
    *,
    types: Sequence[str] | None = None,
    as_of: date,
    min_score: float,
    jobs: int,
    batch_size: int = 256,
    custom: Sequence[CustomTypeSpec] = (),
    prose: bool = False,
) -> Iterator[tuple[Tag, Findings | None]]:
    """``(tag, findings)`` for each ``(text, tag)`` of ``items``, in order; a ``None`` text
    (an unreadable line, say) passes through with ``None`` findings. ``prose``: the texts are
    running text, not table cells (``Detector(prose=...)``)."""
    if jobs <= 1:
        detector = Detector(types, as_of=as_of, min_score=min_score, prose=prose)
        # Lines of one sentence are short: 16 x 256 of them (about 150,000 characters of
        # prose, under ``_BATCH_CHARS``) per tagging pass spread its fixed numpy costs further.
        detect = detector.detect
        for batch in _batches(iter(items), 16 * batch_size, _BATCH_CHARS):
            prepare(detector, [text for text, _ in batch])
            for text, tag in batch:
                if text is None:
                    yield tag, None
                    continue
                found = detect(text)  # (most lines: none, and no list comprehension for them)
                yield tag, [f.to_dict() for f in found] if found else []
        return
    # (imported here: the process pool and multiprocessing are 5 ms of every start of
    # ``piplkit detect`` with one job)
    from concurrent.futures import ProcessPoolExecutor

    source = iter(items)
    in_flight: deque[tuple[list[Tag], Future[list[Findings | None]]]] = deque()
    with ProcessPoolExecutor(
        max_workers=jobs,
        initializer=_start_worker,
        initargs=(types, as_of, min_score, tuple(custom), prose),
    ) as pool:
        while True:
            while len(in_flight) < 4 * jobs:
                chunk = list(islice(source, batch_size))
                if not chunk:
                    break
                texts = [text for text, _ in chunk]
                in_flight.append(([tag for _, tag in chunk], pool.submit(_detect_batch, texts)))
            if not in_flight:
                return
            tags, future = in_flight.popleft()
            yield from zip(tags, future.result(), strict=True)
