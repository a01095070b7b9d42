"""Evaluation of PI detection: a seeded synthetic evaluation set and its scorer.

:func:`generate` writes labelled sentences (Faker zh_CN values in hand-written carriers), hard
negatives and CSV tables (UTF-8 and GB18030) with gold answers into a folder; :func:`evaluate`
scores the detector span-exactly per type and the scan column classifier per column, against the
floors of issue 2. The same scorer reads held-out sets in the same format.
"""

from piplkit.discover.evaluation.dataset import DatasetError, GenerateOptions, generate, load
from piplkit.discover.evaluation.run import evaluate, format_report
from piplkit.discover.evaluation.scorer import FLOORS, Counts, SentenceScore, score_records

__all__ = [
    "FLOORS",
    "Counts",
    "DatasetError",
    "GenerateOptions",
    "SentenceScore",
    "evaluate",
    "format_report",
    "generate",
    "load",
    "score_records",
]
