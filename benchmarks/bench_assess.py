"""Benchmark: evaluate 10,000 generated profiles and report profiles per second.

Run: python benchmarks/bench_assess.py [--n 10000] [--seed 7] [--facts all|classic]
Profiles are random but reproducible (seeded), spread over the 2021-2026 regimes, with 0-4
transfers each and random processing facts, so every rule and route is exercised. ``--facts
classic`` generates only the facts of the first assess release (to compare with older runs);
``all`` (default) adds free-trade zones, minors, algorithms, platforms, automobiles, audits and
planned or projected volumes. Wall-clock rates depend on the machine's load; the CPU-time rate
(process time) is the steadier number on a shared machine.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import time
from collections import Counter
from typing import Any

from piplkit.assess.law.free_trade_zones import load_free_trade_zones
from piplkit.assess.law.kb import load_knowledge_base
from piplkit.assess.rules import evaluate, profile_from_data

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
ZONES = ["tianjin", "beijing", "shanghai", "hainan", "zhejiang"]
START = dt.date(2021, 11, 1)
SPAN = (dt.date(2026, 12, 31) - START).days


def _new_facts(rng: random.Random, data: dict[str, Any]) -> None:
    """Facts added by issue 13, at rates that exercise every new rule and route."""
    h, pr = data["handler"], data["processing"]
    zone = rng.choice(ZONES) if rng.random() < 0.15 else None
    h["free_trade_zone"] = zone
    h["online_platform"] = rng.random() < 0.1
    h["plans_foreign_listing"] = rng.random() < 0.1
    h["automotive_data_handler"] = rng.random() < 0.05
    h["large_platform"] = rng.random() < 0.03
    h["ciio_procurement_national_security_risk"] = rng.random() < 0.05
    if rng.random() < 0.02:
        h["audit_ordered_on"] = "2025-06-01"
    pr["minors"] = rng.random() < 0.15
    pr["algorithm_recommendation"] = rng.random() < 0.15
    pr["deep_synthesis"] = rng.random() < 0.05
    pr["generative_ai"] = rng.random() < 0.05
    pr["public_opinion_or_mobilisation"] = rng.random() < 0.3
    if rng.random() < 0.2:
        pr["algorithm_service_launched_on"] = "2025-03-03"
    for t in data["transfers"]:
        if zone is not None:
            t["negative_list_categories"] = [] if rng.random() < 0.5 else ["personal_information"]
            if zone != "tianjin" and t["negative_list_categories"]:
                t["negative_list_categories"] = ["customer data"]
        roll = rng.random()
        if roll < 0.2 and t["volumes"]:
            last = t["volumes"][-1]
            t["planned"] = [
                {
                    "year": last["year"],
                    "individuals": last["individuals"] * 3,
                    "sensitive_individuals": last["sensitive_individuals"] * 2,
                }
            ]
        elif roll < 0.3:
            t["projection"] = "ledger_rate"


def random_profile(rng: random.Random, i: int, facts: str = "all") -> dict[str, Any]:
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
    data = {
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
    if facts == "all":
        _new_facts(rng, data)
    return data


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--n", type=int, default=10_000)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--facts", choices=("all", "classic"), default="all")
    args = ap.parse_args()
    rng = random.Random(args.seed)
    load_knowledge_base()  # load once, outside the timing, as a long-running process would
    load_free_trade_zones()
    raw = [random_profile(rng, i, args.facts) for i in range(args.n)]
    days = [START + dt.timedelta(days=rng.randrange(SPAN)) for _ in range(args.n)]

    t0, c0 = time.perf_counter(), time.process_time()
    profiles = [profile_from_data(d) for d in raw]
    t1, c1 = time.perf_counter(), time.process_time()
    routes: Counter[str] = Counter()
    obligations = plans = 0
    for p, day in zip(profiles, days, strict=True):
        result = evaluate(p, day)
        routes.update(t.route for t in result.transfers)
        obligations += len(result.obligations)
        plans += sum(t.plan is not None for t in result.transfers)
    t2, c2 = time.perf_counter(), time.process_time()

    print(f"profiles: {args.n} (facts: {args.facts})")
    print(f"validate: {t1 - t0:.2f} s wall, {c1 - c0:.2f} s CPU")
    print(f"evaluate: {t2 - t1:.2f} s wall, {c2 - c1:.2f} s CPU")
    print(
        f"end to end: {args.n / (t2 - t0):,.0f} profiles/s wall, "
        f"{args.n / (c2 - c0):,.0f} profiles/s CPU"
    )
    print(f"routes: {dict(routes)}; obligations: {obligations}; plans: {plans}")


if __name__ == "__main__":
    main()
