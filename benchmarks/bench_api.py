"""Load benchmark of the REST API on loopback: requests/s and p99 latency, reads and writes.

Starts ``piplkit serve``'s application with uvicorn on 127.0.0.1 against a fresh register
(SQLite file, and PostgreSQL when ``--postgres URL`` or ``PIPLKIT_TEST_POSTGRES_URL`` is given),
drives it with a bounded number of concurrent httpx clients for a bounded number of requests
(and a time cap), then checks that every acknowledged write is in the register exactly once
(no lost or duplicated writes) and that the audit trail holds one event per write.

    python benchmarks/bench_api.py --clients 8 --writes 400 --reads 1600
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import socket
import tempfile
import threading
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from pathlib import Path

import httpx
import uvicorn
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from piplkit.faces.api import Settings
from piplkit.faces.server import create_app
from piplkit.map.register.store import Register, open_register
from piplkit.platform.auth import service


@dataclass
class Phase:
    backend: str
    kind: str
    requests: int
    errors: int
    seconds: float
    rps: float
    p50_ms: float
    p99_ms: float


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _pct(values: list[float], q: float) -> float:
    if not values:
        return 0.0
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))] * 1000


@contextmanager
def _postgres_schema(base: str) -> Iterator[str]:
    schema = f"bench_{uuid.uuid4().hex[:12]}"
    admin = create_engine(base)
    with admin.begin() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    url = make_url(base).update_query_dict({"options": f"-csearch_path={schema}"})
    try:
        yield url.render_as_string(hide_password=False)
    finally:
        with admin.begin() as conn:
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


@contextmanager
def _server(reg: Register) -> Iterator[str]:
    port = _free_port()
    config = uvicorn.Config(
        create_app(reg, Settings()),
        host="127.0.0.1",
        port=port,
        log_level="warning",
        access_log=False,
    )
    srv = uvicorn.Server(config)
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 15
    while not srv.started and time.monotonic() < deadline:
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        srv.should_exit = True
        thread.join(timeout=15)


async def _drive(
    base: str, token: str, jobs: list[tuple[str, str, dict | None]], clients: int, cap: float
) -> tuple[list[float], list[int], float, set[str]]:
    latencies: list[float] = []
    statuses: list[int] = []
    acknowledged: set[str] = set()
    queue: asyncio.Queue[tuple[str, str, dict | None]] = asyncio.Queue()
    for job in jobs:
        queue.put_nowait(job)
    began = time.perf_counter()
    headers = {"Authorization": f"Bearer {token}"}

    async def worker(client: httpx.AsyncClient) -> None:
        while not queue.empty() and time.perf_counter() - began < cap:
            method, path, body = queue.get_nowait()
            t0 = time.perf_counter()
            r = await client.request(method, path, json=body, headers=headers)
            latencies.append(time.perf_counter() - t0)
            statuses.append(r.status_code)
            if method == "POST" and r.status_code == 201 and body is not None:
                acknowledged.add(body["name"])

    limits = httpx.Limits(max_connections=clients)
    async with httpx.AsyncClient(base_url=base, timeout=60, limits=limits) as client:
        await asyncio.gather(*(worker(client) for _ in range(clients)))
    return latencies, statuses, time.perf_counter() - began, acknowledged


def _phase(backend: str, kind: str, lat: list[float], st: list[int], secs: float) -> Phase:
    errors = sum(1 for s in st if s >= 400)
    return Phase(
        backend,
        kind,
        len(st),
        errors,
        round(secs, 2),
        round(len(st) / secs, 1),
        round(_pct(lat, 0.5), 1),
        round(_pct(lat, 0.99), 1),
    )


def run_backend(backend: str, url: str, args: argparse.Namespace) -> tuple[list[Phase], dict]:
    reg = open_register(url)
    try:
        with reg.write("bench") as s:
            service.add_user(s, "bench", "editor")
            token = service.issue_token(s, "bench")
        with _server(reg) as base:
            run = uuid.uuid4().hex[:6]
            writes = [
                (
                    "POST",
                    "/api/v1/systems",
                    {"name": f"bench-{run}-{i}", "owner": "load test", "description": "x" * 100},
                )
                for i in range(args.writes)
            ]
            lat, st, secs, acked = asyncio.run(
                _drive(base, token, writes, args.clients, args.max_seconds)
            )
            write_phase = _phase(backend, "write", lat, st, secs)
            reads = [
                ("GET", "/api/v1/systems?limit=50", None)
                if i % 2
                else ("GET", f"/api/v1/systems/bench-{run}-{i % max(1, args.writes)}", None)
                for i in range(args.reads)
            ]
            lat, st, secs, _ = asyncio.run(
                _drive(base, token, reads, args.clients, args.max_seconds)
            )
            read_phase = _phase(backend, "read", lat, st, secs)
        with reg.read() as s:
            from sqlalchemy import func, select

            from piplkit.map.register.models import AuditEvent, System

            names = list(s.scalars(select(System.name).where(System.name.like(f"bench-{run}-%"))))
            audits = s.scalar(
                select(func.count())
                .select_from(AuditEvent)
                .where(AuditEvent.entity == "system", AuditEvent.actor == "api:bench")
            )
        check = {
            "backend": backend,
            "acknowledged": len(acked),
            "stored": len(names),
            "distinct_stored": len(set(names)),
            "lost": len(acked - set(names)),
            "unacknowledged_but_stored": len(set(names) - acked),
            "audit_events": int(audits or 0),
            "ok": set(names) == acked and len(names) == len(set(names)) == audits,
        }
        return [write_phase, read_phase], check
    finally:
        reg.dispose()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=8, help="concurrent clients")
    parser.add_argument("--writes", type=int, default=400)
    parser.add_argument("--reads", type=int, default=1600)
    parser.add_argument("--max-seconds", type=float, default=60.0, help="time cap per phase")
    parser.add_argument("--postgres", default=os.environ.get("PIPLKIT_TEST_POSTGRES_URL"))
    parser.add_argument("--json", type=Path, help="also write the results here")
    args = parser.parse_args()

    phases: list[Phase] = []
    checks: list[dict] = []
    with tempfile.TemporaryDirectory(prefix="piplkit-bench-") as folder:
        p, c = run_backend("sqlite", f"sqlite:///{Path(folder) / 'bench.db'}", args)
        phases += p
        checks.append(c)
    if args.postgres:
        with _postgres_schema(args.postgres) as url:
            p, c = run_backend("postgresql", url, args)
            phases += p
            checks.append(c)
    else:
        print("PostgreSQL skipped: pass --postgres URL or set PIPLKIT_TEST_POSTGRES_URL")

    print(
        f"{'backend':<11} {'kind':<6} {'requests':>8} {'errors':>6} {'req/s':>8} "
        f"{'p50 ms':>8} {'p99 ms':>8}"
    )
    for ph in phases:
        print(
            f"{ph.backend:<11} {ph.kind:<6} {ph.requests:>8} {ph.errors:>6} {ph.rps:>8} "
            f"{ph.p50_ms:>8} {ph.p99_ms:>8}"
        )
    for c in checks:
        print(
            f"{c['backend']}: {c['acknowledged']} writes acknowledged, {c['stored']} stored, "
            f"{c['lost']} lost, {c['unacknowledged_but_stored']} extra, "
            f"{c['audit_events']} audit events -> {'OK' if c['ok'] else 'MISMATCH'}"
        )
    if args.json:
        args.json.write_text(
            json.dumps({"phases": [asdict(p) for p in phases], "checks": checks}, indent=2)
        )
    if not all(c["ok"] for c in checks) or any(p.errors for p in phases):
        raise SystemExit(1)


if __name__ == "__main__":
    main()
