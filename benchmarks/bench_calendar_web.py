"""Benchmark: the compliance calendar over HTTP for a large register (issue 14 floor: < 1 s).

Run: python benchmarks/bench_calendar_web.py [--systems 1000] [--datasets 10000] [--seed 7]
     [--as-of 2026-01-10] [--repeat 5]

Builds the same seeded register as ``bench_calendar.py`` (not timed), serves it with the real
application (``piplkit.faces.server.create_app``: middleware, authentication, templates) in-process,
and times whole requests, end to end from the client's side, signed in or with a token as a user
would be:

* ``GET /calendar`` (list view, the first page of 100 rows, overdue first) and
  ``GET /calendar?view=month`` (the as-of month, every entry due in it) as a signed-in viewer;
* ``GET /calendar.ics?token=…`` as a calendar program subscribes (a viewer's token in the URL,
  and an editor's ``calendar:read`` token, in Chinese and English);
* ``GET /api/v1/calendar`` (JSON) and ``GET /api/v1/calendar.ics`` with a Bearer token.

Each line gives the best and the median wall time of ``--repeat`` requests, the best CPU time of
the process for one request (client and server threads; on a shared machine the wall clock also
counts other people's jobs) and the response size; the floor is the slowest best wall time.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import statistics
import tempfile
import time
from pathlib import Path

from bench_calendar import build
from fastapi.testclient import TestClient

from piplkit.assess.law.kb import load_knowledge_base
from piplkit.faces.server import create_app
from piplkit.map.register.store import open_register
from piplkit.platform.auth import service


def _time(
    client: TestClient, url: str, headers: dict[str, str], repeat: int
) -> tuple[float, float, float, int]:
    """Best and median wall time, best CPU time of the process (server threads included), size."""
    times: list[float] = []
    cpu: list[float] = []
    size = 0
    for _ in range(repeat):
        t0, c0 = time.perf_counter(), time.process_time()
        response = client.get(url, headers=headers)
        times.append(time.perf_counter() - t0)
        cpu.append(time.process_time() - c0)
        if response.status_code != 200:
            raise SystemExit(f"{url}: HTTP {response.status_code}: {response.text[:200]}")
        size = len(response.content)
    return min(times), statistics.median(times), min(cpu), size


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--systems", type=int, default=1000)
    ap.add_argument("--datasets", type=int, default=10_000)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--as-of", default="2026-01-10")
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()
    as_of = dt.date.fromisoformat(args.as_of).isoformat()
    with tempfile.TemporaryDirectory() as tmp:
        url = f"sqlite:///{Path(tmp) / 'bench.db'}"
        t0 = time.perf_counter()
        build(url, args.systems, args.datasets, args.seed)
        print(
            f"built {args.systems} systems, {args.datasets} datasets in "
            f"{time.perf_counter() - t0:.1f} s (not timed below)"
        )
        reg = open_register(url)
        with reg.write("bench") as s:
            service.add_user(s, "feed", "viewer")
            token = service.issue_token(s, "feed", label="calendar")
            cookie = service.start_web_session(s, "feed")
            service.add_user(s, "officer", "editor")
            scoped = service.issue_token(s, "officer", label="outlook", scope="calendar:read")
        load_knowledge_base()  # parsed once per process, as in a running server
        app = create_app(reg)
        bearer = {"Authorization": f"Bearer {token}"}
        with TestClient(app) as client:
            client.cookies.set("piplkit_session", cookie)
            cases = [
                ("web page, list", f"/calendar?as_of={as_of}", {}),
                ("web page, month", f"/calendar?as_of={as_of}&view=month", {}),
                ("feed .ics (?token=)", f"/calendar.ics?as_of={as_of}&token={token}", {}),
                (
                    "feed .ics, scoped, en",
                    f"/calendar.ics?as_of={as_of}&token={scoped}&lang=en",
                    {},
                ),
                ("web page, list, en", f"/calendar?as_of={as_of}", {"Accept-Language": "en"}),
                ("API JSON", f"/api/v1/calendar?as_of={as_of}", bearer),
                ("API .ics", f"/api/v1/calendar.ics?as_of={as_of}", bearer),
            ]
            client.get(cases[0][1])  # warm up: templates compiled, first connection
            worst = 0.0
            for name, path, headers in cases:
                if "token=" in path or "Authorization" in headers:
                    client.cookies.clear()
                else:
                    client.cookies.set("piplkit_session", cookie)
                best, median, cpu, size = _time(client, path, headers, args.repeat)
                worst = max(worst, best)
                print(
                    f"{name:22s} best {best * 1000:7.1f} ms  median {median * 1000:7.1f} ms  "
                    f"cpu {cpu * 1000:7.1f} ms  {size / 1024:8.1f} KiB"
                )
        reg.dispose()
    verdict = "met" if worst < 1 else "MISSED"
    load = os.getloadavg()[0]
    print(
        f"slowest best {worst * 1000:7.1f} ms  (floor 1000 ms: {verdict}; load average {load:.1f})"
    )


if __name__ == "__main__":
    main()
