"""What the web audit page costs on a long trail: one page, filtered pages, a deep page, the
pickers, and the whole chain check, on a register holding ``--entries`` audit entries.

Entries are written through the chain hook (one write transaction per ``--batch``), spread over
a year, by a handful of actors, so filters match a realistic share. Prints milliseconds per call
(best of ``--repeat``).

    python benchmarks/bench_audit_page.py --entries 100000
    python benchmarks/bench_audit_page.py --url postgresql+psycopg://…  (an empty database)
"""

from __future__ import annotations

import argparse
import datetime as dt
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from piplkit.map.register.models import AuditEvent
from piplkit.map.register.store import Register, open_register
from piplkit.platform.service.audit import AuditFilter, audit_page, trail_values, verify_chain

ACTORS = ("web:alice", "api:alice", "web:bob", "cli", "api:etl-bot")
ACTIONS = ("create", "update", "update", "update", "delete")
ENTITIES = ("dataset", "system", "dsr_request", "consent_record", "api_token")


def fill(reg: Register, entries: int, batch: int) -> float:
    start = time.perf_counter()
    first = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
    step = dt.timedelta(days=365) / max(entries, 1)
    done = 0
    while done < entries:
        with reg.write("bench") as s:
            for i in range(done, min(done + batch, entries)):
                s.add(
                    AuditEvent(
                        at=first + i * step,
                        actor=ACTORS[i % len(ACTORS)],
                        action=ACTIONS[i % len(ACTIONS)],
                        entity=ENTITIES[(i // 3) % len(ENTITIES)],
                        entity_key=f"record-{i % 997}",
                        changes={"state": ["received", "verifying"], "n": i},
                    )
                )
        done = min(done + batch, entries)
    return time.perf_counter() - start


def best_ms(call: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        call()
        times.append(time.perf_counter() - start)
    return min(times) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=int, default=100_000)
    parser.add_argument("--batch", type=int, default=5_000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--url", help="register URL (default: a temporary SQLite file)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        url = args.url or f"sqlite:///{Path(folder) / 'bench.db'}"
        reg = open_register(url)
        try:
            seconds = fill(reg, args.entries, args.batch)
            print(f"{reg.engine.dialect.name}: wrote {args.entries:,} entries in {seconds:.1f} s")
            march = dt.date(2026, 3, 1)
            cases: dict[str, Callable[[], object]] = {
                "first page, no filter": lambda: audit_page(s, AuditFilter()),
                "actor 'alice' (two channels)": lambda: audit_page(s, AuditFilter(actor="alice")),
                "entity + action": lambda: audit_page(
                    s, AuditFilter(entity="dsr_request", action="delete")
                ),
                "one China day": lambda: audit_page(s, AuditFilter(since=march, until=march)),
                "page at offset 90% deep": lambda: audit_page(
                    s, AuditFilter(), offset=int(args.entries * 0.9)
                ),
                "pickers (3 DISTINCTs)": lambda: trail_values(s),
            }
            with reg.read() as s:
                for name, call in cases.items():
                    print(f"  {name:32} {best_ms(call, args.repeat):9.1f} ms")
                verify_ms = best_ms(lambda: verify_chain(s), 1)
                print(f"  {'verify the whole chain':32} {verify_ms:9.1f} ms")
        finally:
            reg.dispose()


if __name__ == "__main__":
    main()
