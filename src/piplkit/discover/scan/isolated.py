"""Scan an untrusted file in a child process with a memory and a time limit (for servers).

A server that scans uploads in its own process keeps whatever memory a hostile file made it
take (CPython and the C allocators rarely give memory back): issue 18 measured a server going
from 0.2 GB to 2.4 GB after one upload, and staying there. Here every scan runs in a child
process whose address space is capped with ``RLIMIT_AS`` and which is killed when it runs out
of time; whatever it took goes back to the system when it exits. The server receives the JSON
report (counts and masked previews), or a :class:`ScanLimitError` saying which limit was hit.

Children are forked from a multiprocessing fork server that has imported piplkit and built the
detectors once (:mod:`piplkit.discover.scan.warm`), so a scan starts in milliseconds rather than the
seconds a fresh interpreter needs; the fork server's own memory does not grow with uploads.
"""

from __future__ import annotations

import multiprocessing
import resource
from dataclasses import dataclass
from datetime import date
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any, Literal

from piplkit.discover.containers.zipguard import size_text

_CONTEXT = multiprocessing.get_context("forkserver")
_CONTEXT.set_forkserver_preload(["piplkit.discover.scan.warm"])


@dataclass(frozen=True, slots=True)
class IsolationLimits:
    #: Address space of a child (``RLIMIT_AS``): a warm child starts at about 0.5 GiB of it.
    memory_bytes: int = 1536 * 1024 * 1024
    seconds: float = 300.0


class ScanLimitError(Exception):
    """The child hit a limit (``memory``, ``time``) or failed otherwise (``failed``)."""

    def __init__(self, kind: Literal["memory", "time", "failed"], message: str) -> None:
        super().__init__(message)
        self.kind = kind


def scan_isolated(
    path: Path,
    *,
    as_of: date,
    sample_rows: int | None = None,
    limits: IsolationLimits | None = None,
) -> dict[str, Any]:
    """The JSON report of scanning ``path`` (sampling, one worker), computed in a child."""
    limits = limits or IsolationLimits()
    # The fork server is a fresh interpreter: the custom types this process installed travel
    # to each child as their files' text.
    from piplkit.discover.scan.custom_types import installed

    custom = [(c.source, c.text) for c in installed()]
    receiver, sender = _CONTEXT.Pipe(duplex=False)
    child = _CONTEXT.Process(
        target=_child,
        args=(sender, str(path), as_of, sample_rows, limits.memory_bytes, custom),
        daemon=True,
    )
    child.start()
    sender.close()
    try:
        if not receiver.poll(limits.seconds):
            child.kill()
            raise ScanLimitError(
                "time", f"scanning took longer than the {limits.seconds:g} s limit"
            )
        try:
            outcome, payload = receiver.recv()
        except EOFError:  # the child died without a word: killed, or crashed in C code
            outcome, payload = "died", None
    finally:
        receiver.close()
        child.join(5)
        if child.is_alive():
            child.kill()
            child.join()
    if outcome == "ok":
        return payload  # type: ignore[no-any-return]
    if outcome in ("memory", "died"):
        raise ScanLimitError(
            "memory",
            f"scanning needs more than the {size_text(limits.memory_bytes)} memory limit of "
            "a scan worker",
        )
    raise ScanLimitError("failed", f"the scan worker failed ({payload})")


def _child(
    sender: Connection,
    path: str,
    as_of: date,
    sample_rows: int | None,
    memory_bytes: int,
    custom: list[tuple[str, str]],
) -> None:
    """Scan under the memory limit and send ``(outcome, payload)`` back."""
    resource.setrlimit(resource.RLIMIT_AS, (memory_bytes, memory_bytes))
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    try:
        from piplkit.discover.scan import ScanOptions, scan
        from piplkit.discover.scan.custom_types import install_text

        for source, text in custom:
            install_text(text, source)

        options = ScanOptions(as_of=as_of, jobs=1)
        if sample_rows:
            options = ScanOptions(as_of=as_of, jobs=1, sample_rows=sample_rows)
        result: tuple[str, Any] = ("ok", scan([path], options).to_json_dict())
    except MemoryError:
        result = ("memory", None)
    except Exception as exc:  # named by type only: messages may quote the input
        result = ("failed", type(exc).__name__)
    try:
        sender.send(result)
    except MemoryError:
        sender.send(("memory", None))
    finally:
        sender.close()
