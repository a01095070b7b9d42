"""Business-table evaluation set for the column classifier, and its scorer.

:func:`generate_business` writes realistic exports of 17 Chinese business domains (hospital,
bank, credit, insurance, HR, recruitment, e-commerce, apps, telecom, school, travel,
ride-hailing, social, government, property, fitness, dating) as CSV (UTF-8, BOM, GB18030),
XLSX and Parquet, with the gold PI type of every column in ``manifest.json``;
:func:`score_business` classifies them through :func:`piplkit.discover.scan.scan` and reports column
type accuracy, sensitivity accuracy and non-PI columns reported as PI, with breakdowns.
"""

from piplkit.discover.evaluation.business.generate import (
    BusinessOptions,
    BusinessSetError,
    generate_business,
    load_manifest,
)

__all__ = ["BusinessOptions", "BusinessSetError", "generate_business", "load_manifest"]
