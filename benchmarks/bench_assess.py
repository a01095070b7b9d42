"""Benchmark: evaluate 10,000 generated profiles and report profiles per second.

Run: python benchmarks/bench_assess.py [--n 10000] [--seed 7]
Profiles are random but reproducible (seeded), spread over the 2021-2026 regimes, with 0-4
transfers each and random processing facts, so every rule and route is exercised.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import time
from collections import Counter
from typing import Any

from piplkit.law.kb import load_knowledge_base
from piplkit.rules import evaluate, profile_from_data

PURPOSES = [
    "other",
    "other",
    "other",
    "contract_with_individual",
    "hr_management",
    "emergency",
    "collected_abroad_returned",
]
CATEGORIES = ["biometric", "medical_health", "financial_account", "whereabouts"]
START = dt.date(2021, 11, 1)
SPAN = (dt.date(2026, 12, 31) - START).days


def random_profile(rng: random.Random, i: int) -> dict[str, Any]:
    transfers = []
    for k in range(rng.randint(0, 4)):
        vols = []
        for year in range(2021, 2027):
            if rng.random() < 0.6:
                n = int(10 ** rng.uniform(0, 6.5))
                vols.append(
                    {
                        "year": year,
                        "individuals": n,
                        "sensitive_individuals": rng.randint(0, n) if rng.random() < 0.3 else 0,
                    }
                )
        transfers.append(
            {
                "name": f"T{k}",
                "recipient": {"name": "R", "country": rng.choice(["DE", "US", "SG", "JP"])},
                "purpose": rng.choice(PURPOSES),
                "important_data": rng.random() < 0.05,
                "volumes": vols,
            }
        )
    minors = rng.random() < 0.1
    return {
        "handler": {
            "name": f"H{i}",
            "ciio": rng.random() < 0.05,
            "individuals_processed": int(10 ** rng.uniform(2, 7.5)),
        },
        "processing": {
            "sensitive_categories": rng.sample(CATEGORIES, rng.randint(0, 2)),
            "minors_under_14": minors,
            "automated_decision_making": rng.random() < 0.3,
            "entrusted_processing": rng.random() < 0.5,
            "provides_to_other_handlers": rng.random() < 0.3,
            "facial_recognition": {"stored_individuals": rng.randint(0, 300_000)}
            if rng.random() < 0.2
            else None,
        },
        "transfers": transfers,
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--n", type=int, default=10_000)
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    load_knowledge_base()  # load once, outside the timing, as a long-running process would
    raw = [random_profile(rng, i) for i in range(args.n)]
    days = [START + dt.timedelta(days=rng.randrange(SPAN)) for _ in range(args.n)]

    t0 = time.perf_counter()
    profiles = [profile_from_data(d) for d in raw]
    t1 = time.perf_counter()
    routes: Counter[str] = Counter()
    obligations = 0
    for p, day in zip(profiles, days, strict=True):
        result = evaluate(p, day)
        routes.update(t.route for t in result.transfers)
        obligations += len(result.obligations)
    t2 = time.perf_counter()

    print(f"profiles: {args.n}")
    print(f"validate: {t1 - t0:.2f} s ({args.n / (t1 - t0):,.0f} profiles/s)")
    print(f"evaluate: {t2 - t1:.2f} s ({args.n / (t2 - t1):,.0f} profiles/s)")
    print(f"end to end: {args.n / (t2 - t0):,.0f} profiles/s")
    print(f"routes: {dict(routes)}; obligations: {obligations}")


if __name__ == "__main__":
    main()
