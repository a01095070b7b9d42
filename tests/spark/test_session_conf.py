"""JVM options piplkit gives the JVMs of sessions it starts, and when it leaves them alone."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from piplkit.protect.spark.session import JVM_OPTIONS, _jvm_options

BOTH = {
    "spark.driver.extraJavaOptions": JVM_OPTIONS,
    "spark.executor.extraJavaOptions": JVM_OPTIONS,
}


@pytest.fixture
def no_defaults_file(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    monkeypatch.setenv("SPARK_CONF_DIR", str(tmp_path))
    monkeypatch.delenv("SPARK_HOME", raising=False)
    return tmp_path


def test_both_jvms_get_the_options_by_default(no_defaults_file: Path) -> None:
    assert _jvm_options({}) == BOTH


@pytest.mark.parametrize(
    "key",
    ["spark.driver.extraJavaOptions", "spark.driver.defaultJavaOptions"],
)
def test_a_users_driver_options_replace_ours_for_the_driver_only(
    no_defaults_file: Path, key: str
) -> None:
    assert _jvm_options({key: "-Xmx8g"}) == {"spark.executor.extraJavaOptions": JVM_OPTIONS}


def test_options_in_spark_defaults_conf_count_as_the_users(no_defaults_file: Path) -> None:
    (no_defaults_file / "spark-defaults.conf").write_text(
        "# comment spark.driver.extraJavaOptions\n"
        "spark.executor.defaultJavaOptions  -XX:+UseG1GC\n"
        "spark.eventLog.enabled=true\n",
        encoding="utf-8",
    )
    assert _jvm_options({}) == {"spark.driver.extraJavaOptions": JVM_OPTIONS}


def test_the_driver_jvm_of_a_started_session_runs_with_them(spark: Any) -> None:
    """The test session is started by ``spark_session`` without JVM options of its own."""
    args = spark.sparkContext._jvm.java.lang.management.ManagementFactory.getRuntimeMXBean()
    flags = list(args.getInputArguments())
    assert all(flag in flags for flag in JVM_OPTIONS.split())
