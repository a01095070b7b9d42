"""Keep the pseudonymisation key out of everything Spark shows or records.

Spark prints its settings in the application's Environment page and REST endpoint, writes them
to the event log, and spark-submit puts every ``--conf`` on the java command line that ``ps``
shows. A key passed as a setting (``spark.executorEnv.PIPLKIT_HMAC_KEY=…``) is therefore exposed
to anyone who can read the UI, the history server or the process list. piplkit reads the key on
the driver (key file or the driver's environment) and hands it to the executors inside the
serialized tasks, never through a setting; this module refuses a session whose settings hold
the key anyway, so a key that has leaked is not used to make pseudonyms. The check runs twice:
before the session starts (:func:`refuse_before_start`: the ``--conf`` given to piplkit and, under
spark-submit, the settings spark-submit handed the JVM), so that no application is registered
with the cluster, no executor is launched with the key in its environment and no event log is
opened; and on the running session (:func:`refuse_exposed_key`), which also sees what a session
piplkit starts itself read from ``spark-defaults.conf``.

``REDACTION_REGEX`` is the second line of defence: Spark's own pattern plus the key's variable
name, so that a setting that names it is shown as ``*********(redacted)``.
"""

from __future__ import annotations

import base64
import os
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING

from piplkit.protect.deid.keys import ENV_VAR

if TYPE_CHECKING:
    from pyspark.sql import SparkSession

#: Spark's default ``spark.redaction.regex`` plus piplkit's key variable and HMAC keys.
REDACTION_REGEX = "(?i)secret|password|token|access[.]?key|piplkit_hmac_key|hmac"


class KeyExposedError(RuntimeError):
    """The key, or a setting meant to carry it, is among the session's Spark settings."""


def exposed_settings(settings: Iterable[tuple[str, str]], key: bytes | None) -> list[str]:
    """Names of the settings that name the key variable or hold the key (as text, hex or
    base64). Names only: the values are never returned."""
    spellings: list[str] = []
    if key:
        spellings.append(key.hex())
        spellings.append(base64.b64encode(key).decode("ascii"))
        text = key.decode("utf-8", errors="ignore")
        if len(text) >= 8:
            spellings.append(text)
    out = []
    for name, value in settings:
        if ENV_VAR.lower() in name.lower() or any(s in (value or "") for s in spellings):
            out.append(name)
    return sorted(set(out))


def refuse_exposed_key(spark: SparkSession, key: bytes | None) -> None:
    """Raise :class:`KeyExposedError` when the session's settings carry the key."""
    items = [(str(k), str(v)) for k, v in spark.sparkContext.getConf().getAll()]
    _refuse(exposed_settings(items, key), "nothing was written")


def refuse_before_start(given: Mapping[str, str], key: bytes | None) -> None:
    """Raise :class:`KeyExposedError` when the settings a session is about to start with carry
    the key: ``given`` (piplkit's ``--conf``) and, under spark-submit, every setting spark-submit
    handed the JVM (its ``--conf`` and ``spark-defaults.conf``), read from the JVM before a
    SparkContext exists. Refusing here keeps a leaked key off the cluster: the master never
    hears of the application, no executor gets it in its environment, no event log records it.
    """
    items = list(given.items())
    if "PYSPARK_GATEWAY_PORT" in os.environ:  # spark-submit started the JVM and set its settings
        from pyspark import SparkConf, SparkContext

        SparkContext._ensure_initialized()  # connects to spark-submit's JVM; starts nothing
        items.extend((str(k), str(v)) for k, v in SparkConf().getAll())
    _refuse(exposed_settings(items, key), "the application was not started")


def _refuse(names: list[str], outcome: str) -> None:
    if names:
        raise KeyExposedError(
            f"the pseudonymisation key is passed as a Spark setting ({', '.join(names)}); Spark "
            "shows settings in its UI, REST API and event log and spark-submit puts them on the "
            "java command line, so treat that key as exposed: make a new one and pass it with "
            f"--key-file (see docs/spark.md, 'Keys'); {outcome}"
        )
