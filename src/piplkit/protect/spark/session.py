"""Build (or reuse) a SparkSession set up for piplkit's Arrow UDFs.

Two settings matter for correctness and are applied to every session we build: Python workers
must run the driver's interpreter (else a ``python3`` on PATH without pyarrow or piplkit is
used), and the session time zone is UTC so timestamps turn into the same text as in the
single-process readers. On a cluster (``spark-submit``) the session already exists and we only
read it; the interpreter is then chosen by ``spark.pyspark.python`` / ``PYSPARK_PYTHON``.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from piplkit.discover.scan.tables import BATCH_ROWS
from piplkit.protect.spark.keysafety import REDACTION_REGEX

if TYPE_CHECKING:
    from pyspark.sql import SparkSession

INSTALL_HINT = "pip install 'piplkit[spark]'  (PySpark >= 3.5 and a Java 17 or 21 runtime)"


class SparkUnavailable(RuntimeError):
    """PySpark (or Java) is missing or Spark could not start; the message says how to fix it."""


def require_pyspark() -> None:
    """Raise :class:`SparkUnavailable` naming the extra to install when pyspark is missing."""
    try:
        import pyspark  # noqa: F401
    except ImportError:
        raise SparkUnavailable(
            f"PySpark is not installed; install it with: {INSTALL_HINT}"
        ) from None


def required_conf() -> dict[str, str]:
    """Settings the results depend on; also applied to a session that already runs."""
    return {
        # Timestamps become text in UTC, as the single-process readers print them.
        "spark.sql.session.timeZone": "UTC",
        # Spark 4 reads only Unicode charsets and Latin-1 unless allowed Java's: GB18030 files.
        "spark.sql.legacy.javaCharsets": "true",
    }


#: JVM options for the driver and the executors of a session piplkit starts (a user's own
#: ``spark.{driver,executor}.{extra,default}JavaOptions``, given as ``--conf`` or in
#: ``spark-defaults.conf``, replace them for that JVM: see ``_jvm_options``). The JVMs
#: of a piplkit job are short-lived and spend little time in Java code (the counting runs in Python
#: workers): the C1 compiler alone and the serial collector cut the CPU time of Spark's three JVMs
#: by 40 % on the 2 x 1-core benchmark of docs/spark.md ("Performance"), where C2 compiling Spark's
#: code and G1's threads cost more than they ever saved.
JVM_OPTIONS = "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC"


def default_conf() -> dict[str, str]:
    """Settings for a session piplkit starts itself (tuning, quiet console)."""
    return {
        **required_conf(),
        # Arrow batches the size of the scanner's batches.
        "spark.sql.execution.arrow.maxRecordsPerBatch": str(BATCH_ROWS),
        # Detection costs ~0.3 s per MB: 32 MB splits keep every core busy to the end.
        "spark.sql.files.maxPartitionBytes": str(32 * 1024 * 1024),
        "spark.ui.showConsoleProgress": "false",
        # Settings that name piplkit's key variable are shown redacted (second line of defence:
        # the key never travels in a setting, see spark/keysafety.py).
        "spark.redaction.regex": REDACTION_REGEX,
    }


def spark_session(
    master: str | None = None,
    app_name: str = "piplkit",
    conf: dict[str, str] | None = None,
) -> SparkSession:
    """The active session, or a new one on ``master`` (``local[*]`` when nothing says otherwise).

    A session that spark-submit already started keeps its master; our settings are applied on
    top as runtime SQL settings where Spark allows it.
    """
    require_pyspark()
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")
    from pyspark.sql import SparkSession

    active = SparkSession.getActiveSession()
    if active is not None:
        for k, v in {**required_conf(), **(conf or {})}.items():
            if k.startswith("spark.sql."):
                active.conf.set(k, v)
        return active
    settings = {**default_conf(), **_jvm_options(conf or {}), **(conf or {})}
    builder: Any = SparkSession.builder.appName(app_name)
    if master is not None:
        builder = builder.master(master)
    elif not _under_spark_submit():
        builder = builder.master("local[*]")
    if (master or "local").startswith("local") and not _under_spark_submit():
        settings.setdefault("spark.ui.enabled", "false")
    for k, v in settings.items():
        builder = builder.config(k, v)
    try:
        session: SparkSession = builder.getOrCreate()
    except Exception as exc:  # Java missing, bad master URL: py4j/pyspark raise many types
        raise SparkUnavailable(f"Spark could not start ({_first_line(exc)})") from None
    session.sparkContext.setLogLevel("ERROR")
    return session


@contextmanager
def session_scope(
    master: str | None = None, conf: dict[str, str] | None = None
) -> Iterator[SparkSession]:
    """A session for one command: stopped at the end only if this scope started it."""
    require_pyspark()
    from pyspark.sql import SparkSession

    existed = SparkSession.getActiveSession() is not None
    session = spark_session(master, conf=conf)
    try:
        yield session
    finally:
        if not existed:
            session.stop()


@contextmanager
def scoped_conf(spark: SparkSession, settings: dict[str, str]) -> Iterator[None]:
    """Runtime SQL settings for the jobs run inside the block (Spark reads them when it plans a
    job); the session's own values are restored afterwards, also on failure."""
    before = {k: spark.conf.get(k, None) for k in settings}
    for k, v in settings.items():
        spark.conf.set(k, v)
    try:
        yield
    finally:
        for k, old in before.items():
            if old is None:
                spark.conf.unset(k)
            else:
                spark.conf.set(k, old)


def _jvm_options(conf: dict[str, str]) -> dict[str, str]:
    """:data:`JVM_OPTIONS` for the driver and the executors, except for a JVM whose options the
    user chose (in ``conf`` or in the ``spark-defaults.conf`` spark-submit reads)."""
    chosen = set(conf) | _defaults_file_keys()
    out = {}
    for role in ("driver", "executor"):
        keys = {f"spark.{role}.extraJavaOptions", f"spark.{role}.defaultJavaOptions"}
        if not keys & chosen:
            out[f"spark.{role}.extraJavaOptions"] = JVM_OPTIONS
    return out


def _defaults_file_keys() -> set[str]:
    """Keys of the ``spark-defaults.conf`` that spark-submit will read (``SPARK_CONF_DIR``, else
    ``SPARK_HOME/conf``); unreadable or missing: none."""
    folder = os.environ.get("SPARK_CONF_DIR") or (
        os.path.join(os.environ["SPARK_HOME"], "conf") if os.environ.get("SPARK_HOME") else None
    )
    if folder is None:
        return set()
    try:
        with open(os.path.join(folder, "spark-defaults.conf"), encoding="utf-8") as fh:
            lines = fh.read().splitlines()
    except (OSError, UnicodeDecodeError):
        return set()
    keys = (line.split(None, 1)[0].split("=", 1)[0] for line in lines if line.strip())
    return {k for k in keys if not k.startswith("#")}


def _under_spark_submit() -> bool:
    """spark-submit (and the pyspark shell) start the JVM first and hand Python its port."""
    return "PYSPARK_GATEWAY_PORT" in os.environ


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return f"{type(exc).__name__}: {text[0][:200]}" if text else type(exc).__name__
