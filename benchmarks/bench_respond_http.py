"""Load benchmark of rights-request intake and consent writes over HTTP on loopback.

Starts the web application (REST API included) with uvicorn on 127.0.0.1 against a fresh
register (SQLite, and PostgreSQL when ``--postgres URL`` or ``PIPLKIT_TEST_POSTGRES_URL`` is
set), then drives ``POST /api/v1/dsr/requests`` and ``POST /api/v1/consents`` with a bounded
number of concurrent clients, a bounded number of requests and a time cap. Every tenth
submission is sent twice with the same id, as a client retrying after a timeout would. Afterwards
it checks that every acknowledged request and consent is stored exactly once and that the
hash-chained audit trail still verifies.

    python benchmarks/bench_respond_http.py --clients 8 --requests 300 --consents 300
"""

from __future__ import annotations

import argparse
import asyncio
import hashlib
import os
import random
import tempfile
import time
import uuid
from pathlib import Path

import httpx
from bench_api import Phase, _pct, _postgres_schema, _server
from sqlalchemy import func, select

from piplkit.discover.samples import identifiers
from piplkit.map.register.store import open_register
from piplkit.platform.auth import service

KEY = "bench-respond-http-key-0123456789"


async def _drive(
    base: str, token: str, jobs: list[tuple[str, dict]], clients: int, cap: float
) -> tuple[list[float], list[int], float, set[str]]:
    latencies: list[float] = []
    statuses: list[int] = []
    acknowledged: set[str] = set()
    queue: asyncio.Queue[tuple[str, dict]] = asyncio.Queue()
    for job in jobs:
        queue.put_nowait(job)
    began = time.perf_counter()
    headers = {"Authorization": f"Bearer {token}"}

    async def worker(client: httpx.AsyncClient) -> None:
        while not queue.empty() and time.perf_counter() - began < cap:
            path, body = queue.get_nowait()
            t0 = time.perf_counter()
            r = await client.post(path, json=body, headers=headers)
            latencies.append(time.perf_counter() - t0)
            statuses.append(r.status_code)
            if r.status_code in (200, 201):
                acknowledged.add(body.get("request_id") or body["consent_id"])

    limits = httpx.Limits(max_connections=clients)
    async with httpx.AsyncClient(base_url=base, timeout=60, limits=limits) as client:
        await asyncio.gather(*(worker(client) for _ in range(clients)))
    return latencies, statuses, time.perf_counter() - began, acknowledged


def _jobs(run: str, requests: int, consents: int, rng: random.Random) -> list[tuple[str, dict]]:
    notice = hashlib.sha256(b"privacy notice v3").hexdigest()
    jobs: list[tuple[str, dict]] = []
    for i in range(requests):
        body = {
            "request_id": f"{run}-r{i}",
            "kind": rng.choice(["access", "copy", "correction", "deletion"]),
            "identifier_type": "cn_mobile",
            "identifier": identifiers.mobile(rng),
        }
        jobs += [("/api/v1/dsr/requests", body)] * (2 if i % 10 == 0 else 1)
    for i in range(consents):
        body = {
            "consent_id": f"{run}-c{i}",
            "identifier_type": "cn_mobile",
            "identifier": identifiers.mobile(rng),
            "purpose": "marketing",
            "pi_categories": ["cn_mobile"],
            "notice_version": "v3",
            "notice_hash": notice,
        }
        jobs += [("/api/v1/consents", body)] * (2 if i % 10 == 0 else 1)
    rng.shuffle(jobs)
    return jobs


def run_backend(backend: str, url: str, args: argparse.Namespace) -> tuple[Phase, dict]:
    from piplkit.map.register.models import AuditEvent
    from piplkit.respond.models import ConsentRecord, RightsRequest
    from piplkit.respond.verify import verify_chain

    reg = open_register(url)
    try:
        with reg.write("bench") as s:
            service.add_user(s, "bench", "editor")
            token = service.issue_token(s, "bench")
        run = uuid.uuid4().hex[:6]
        jobs = _jobs(run, args.requests, args.consents, random.Random(args.seed))
        with _server(reg) as base:
            lat, st, secs, acked = asyncio.run(
                _drive(base, token, jobs, args.clients, args.max_seconds)
            )
        errors = sum(1 for s in st if s >= 400)
        phase = Phase(
            backend,
            "write",
            len(st),
            errors,
            round(secs, 2),
            round(len(st) / secs, 1),
            round(_pct(lat, 0.5), 1),
            round(_pct(lat, 0.99), 1),
        )
        with reg.read() as s:
            request_ids = list(
                s.scalars(select(RightsRequest.name).where(RightsRequest.name.like(f"{run}-%")))
            )
            consent_ids = list(
                s.scalars(select(ConsentRecord.name).where(ConsentRecord.name.like(f"{run}-%")))
            )
            events = s.scalar(select(func.count()).select_from(AuditEvent))
            chain = verify_chain(s)
        stored = request_ids + consent_ids
        check = {
            "backend": backend,
            "acknowledged": len(acked),
            "stored": len(stored),
            "duplicates": len(stored) - len(set(stored)),
            "lost": len(acked - set(stored)),
            "audit_events": int(events or 0),
            "chain_ok": chain.ok,
        }
        check["ok"] = (
            check["lost"] == 0
            and check["duplicates"] == 0
            and set(stored) == acked
            and check["chain_ok"]
        )
        return phase, check
    finally:
        reg.dispose()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--requests", type=int, default=300)
    parser.add_argument("--consents", type=int, default=300)
    parser.add_argument("--max-seconds", type=float, default=120.0)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--postgres", default=os.environ.get("PIPLKIT_TEST_POSTGRES_URL"))
    args = parser.parse_args()
    os.environ.setdefault("PIPLKIT_HMAC_KEY", KEY)

    results: list[tuple[Phase, dict]] = []
    with tempfile.TemporaryDirectory(prefix="piplkit-bench-") as folder:
        results.append(run_backend("sqlite", f"sqlite:///{Path(folder) / 'bench.db'}", args))
    if args.postgres:
        with _postgres_schema(args.postgres) as url:
            results.append(run_backend("postgresql", url, args))
    else:
        print("PostgreSQL skipped: pass --postgres URL or set PIPLKIT_TEST_POSTGRES_URL")
    print(f"{'backend':<11} {'requests':>8} {'errors':>6} {'req/s':>8} {'p50 ms':>8} {'p99 ms':>8}")
    for phase, _ in results:
        print(
            f"{phase.backend:<11} {phase.requests:>8} {phase.errors:>6} {phase.rps:>8} "
            f"{phase.p50_ms:>8} {phase.p99_ms:>8}"
        )
    for _, check in results:
        print(check)


if __name__ == "__main__":
    main()
