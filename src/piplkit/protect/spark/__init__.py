"""Scan and de-identify Spark DataFrames with the same recognizers and policies as one process.

Nothing here imports pyspark at module level: ``piplkit`` works without the ``spark`` extra, and
:func:`require_pyspark` turns a missing install into one clear message. The work is done in
Arrow batches (``mapInArrow``) by the very functions the single-process scanner and
de-identifier use, so results agree row for row (see docs/spark.md for the one documented limit).
"""

from piplkit.protect.spark.session import (
    SparkUnavailable,
    require_pyspark,
    session_scope,
    spark_session,
)

__all__ = ["SparkUnavailable", "require_pyspark", "session_scope", "spark_session"]
