"""A tie between two candidate types is decided the same way in every process.

``ZY`` (职业 job or 专业 major) names both job titles and education; a column of job titles
fits both profiles' loose shapes in full. The winner once followed the iteration order of a set
of type ids, i.e. the interpreter's string hash seed: the held-out business set scored 0.9906 or
0.9892 from one run to the next.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from piplkit.discover.scan.columns import ColumnStats, decide
from piplkit.discover.scan.hints import load_hints

_SNIPPET = """
from collections import Counter
from piplkit.discover.scan.columns import ColumnStats, decide
from piplkit.discover.scan.hints import load_hints
stats = ColumnStats("ZY", sampled=500, non_empty=500)
stats.fits = Counter({"education": 500, "job_title": 500})
stats.strong = Counter({"job_title": 480})
print(decide(stats, load_hints().analyse("ZY"), set()).pi_type)
"""


def _tied_stats() -> ColumnStats:
    stats = ColumnStats("ZY", sampled=500, non_empty=500)
    stats.fits.update({"education": 500, "job_title": 500})
    stats.strong.update({"job_title": 480})
    return stats


def test_a_tie_goes_to_the_type_more_values_fit_strongly() -> None:
    header = load_hints().analyse("ZY")
    assert set(header.types) == {"education", "job_title"}
    assert decide(_tied_stats(), header, set()).pi_type == "job_title"


def test_a_tie_is_decided_alike_under_every_hash_seed() -> None:
    src = str(Path(__file__).resolve().parents[2] / "src")
    chosen = set()
    for seed in range(6):
        env = {**os.environ, "PYTHONHASHSEED": str(seed), "PYTHONPATH": src}
        out = subprocess.run(
            [sys.executable, "-c", _SNIPPET], env=env, capture_output=True, text=True, check=True
        )
        chosen.add(out.stdout.strip())
    assert chosen == {"job_title"}
