"""Benchmark: the compliance calendar of a large register (issue 14 floor: < 1 s).

Run: python benchmarks/bench_calendar.py [--systems 1000] [--datasets 10000] [--seed 7]
     [--as-of 2026-01-10] [--repeat 3] [--db sqlite:///path.db]

Builds a seeded synthetic register in a temporary SQLite file (not timed): 50 organisations,
``--systems`` systems (graded levels 1-4, about half filed, tests and self-inspections
recorded, a tenth with open rectification items, 5 % CII), ``--datasets`` datasets (3 %
important, 0.2 % core) and 500 cross-border transfers. Then times, best of ``--repeat``:
reading the facts (``service.calendar_facts``), computing the calendar (``agenda``), and
rendering it as JSON and as iCalendar. "total" is read + compute + iCalendar, what
``piplkit calendar --format ics`` does after opening the database.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import tempfile
import time
from pathlib import Path

from piplkit.assess.law.kb import load_knowledge_base
from piplkit.map.agenda import compute_calendar
from piplkit.map.agenda.ics import to_ics
from piplkit.map.register.enums import Grade, RecipientRole, RecordKind, TransferMechanism
from piplkit.map.register.models import (
    ComplianceRecord,
    Dataset,
    Organisation,
    Recipient,
    Rectification,
    System,
    Transfer,
)
from piplkit.map.register.store import open_register
from piplkit.platform.service.calendar_facts import calendar_facts

START = dt.date(2023, 1, 1)


def _day(rng: random.Random, span: int = 1000) -> dt.date:
    return START + dt.timedelta(days=rng.randrange(span))


def build(url: str, n_systems: int, n_datasets: int, seed: int) -> None:
    rng = random.Random(seed)
    reg = open_register(url)
    with reg.write("bench") as s:
        orgs = [
            Organisation(
                name=f"机构{i:03d}",
                ciio=i % 10 == 0,
                individuals_processed=rng.choice([50_000, 2_000_000, 20_000_000]),
                processes_minors=i % 7 == 0,
            )
            for i in range(50)
        ]
        s.add_all(orgs)
        systems = []
        for i in range(n_systems):
            level = rng.choice([1, 2, 2, 3, 3, 3, 4])
            graded = _day(rng)
            sysm = System(
                name=f"系统{i:05d}",
                organisation=orgs[i % len(orgs)],
                mlps_level=level,
                mlps_graded_on=graded,
                live_on=graded - dt.timedelta(days=rng.randrange(400)),
                cii=rng.random() < 0.05,
            )
            if sysm.cii:
                sysm.cii_designated_on = graded
            if level >= 2 and rng.random() < 0.5:
                sysm.mlps_filed_on = graded + dt.timedelta(days=20)
                sysm.mlps_filing_number = f"BA-{i:05d}"
            sysm.records = [
                ComplianceRecord(kind=RecordKind.MLPS_TEST, done_on=_day(rng)),
                ComplianceRecord(kind=RecordKind.MLPS_SELF_INSPECTION, done_on=_day(rng)),
            ]
            if rng.random() < 0.1:
                found = _day(rng)
                sysm.rectifications = [
                    Rectification(
                        title=f"整改项{k}", found_on=found, due_on=found + dt.timedelta(days=90)
                    )
                    for k in range(3)
                ]
            systems.append(sysm)
        s.add_all(systems)
        datasets = []
        for i in range(n_datasets):
            roll = rng.random()
            grade = (
                Grade.CORE if roll < 0.002 else Grade.IMPORTANT if roll < 0.03 else Grade.GENERAL
            )
            d = Dataset(name=f"数据集{i:06d}", system=systems[i % len(systems)], grade=grade)
            if grade != Grade.GENERAL:
                d.important_identified_on = _day(rng)
            datasets.append(d)
        s.add_all(datasets)
        recipients = [
            Recipient(name=f"Recipient {k}", role=RecipientRole.THIRD_PARTY, country="DE")
            for k in range(20)
        ]
        s.add_all(recipients)
        mechanisms = [
            TransferMechanism.STANDARD_CONTRACT,
            TransferMechanism.SECURITY_ASSESSMENT,
            TransferMechanism.CERTIFICATION,
        ]
        s.add_all(
            Transfer(
                name=f"出境{k:04d}",
                dataset=datasets[k * 7 % len(datasets)],
                recipient=recipients[k % len(recipients)],
                mechanism=mechanisms[k % 3],
                mechanism_effective_on=_day(rng),
            )
            for k in range(500)
        )
    reg.dispose()


def _best(fn, repeat: int) -> tuple[float, object]:  # type: ignore[no-untyped-def]
    best, out = float("inf"), None
    for _ in range(repeat):
        t0 = time.perf_counter()
        out = fn()
        best = min(best, time.perf_counter() - t0)
    return best, out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--systems", type=int, default=1000)
    ap.add_argument("--datasets", type=int, default=10_000)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--as-of", default="2026-01-10")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--db", help="an existing register to time instead of a generated one")
    args = ap.parse_args()
    as_of = dt.date.fromisoformat(args.as_of)
    with tempfile.TemporaryDirectory() as tmp:
        url = args.db
        if url is None:
            url = f"sqlite:///{Path(tmp) / 'bench.db'}"
            t0 = time.perf_counter()
            build(url, args.systems, args.datasets, args.seed)
            print(
                f"built {args.systems} systems, {args.datasets} datasets in "
                f"{time.perf_counter() - t0:.1f} s (not timed below)"
            )
        load_knowledge_base()  # parsed once per process, as in the CLI
        reg = open_register(url)

        def read():  # type: ignore[no-untyped-def]
            with reg.read() as s:
                return calendar_facts(s, as_of)

        t_read, facts = _best(read, args.repeat)
        t_compute, cal = _best(lambda: compute_calendar(facts, as_of), args.repeat)  # type: ignore[arg-type]
        t_json, _ = _best(lambda: json.dumps(cal.to_dict(), ensure_ascii=False), args.repeat)  # type: ignore[union-attr]
        t_ics, text = _best(lambda: to_ics(cal), args.repeat)  # type: ignore[arg-type]
        reg.dispose()
    counts = cal.counts()  # type: ignore[union-attr]
    print(
        f"entries: {len(cal.entries)} ({', '.join(f'{n} {k}' for k, n in counts.items())}); "  # type: ignore[union-attr]
        f"ics events: {str(text).count('BEGIN:VEVENT')}"
    )
    print(f"read facts   {t_read * 1000:8.1f} ms")
    print(f"compute      {t_compute * 1000:8.1f} ms")
    print(f"render json  {t_json * 1000:8.1f} ms")
    print(f"render ics   {t_ics * 1000:8.1f} ms")
    total = t_read + t_compute + t_ics
    print(
        f"total        {total * 1000:8.1f} ms  (floor 1000 ms: {'met' if total < 1 else 'MISSED'})"
    )


if __name__ == "__main__":
    main()
