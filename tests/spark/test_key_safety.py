"""The pseudonymisation key never travels in a Spark setting; a session whose settings carry it
is refused before anything is written. (The cluster test, test_cluster.py, reads the UI's REST
endpoint, the event log and the process list of a real run.)"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from piplkit.protect.spark.keysafety import REDACTION_REGEX, exposed_settings

KEY = b"0123456789abcdef-cluster-key"


def test_settings_naming_or_holding_the_key_are_found() -> None:
    settings = [
        ("spark.executorEnv.PIPLKIT_HMAC_KEY", "whatever"),
        ("spark.yarn.appMasterEnv.piplkit_hmac_key", "x"),
        ("spark.app.name", f"job {KEY.decode()}"),
        ("spark.custom.hex", KEY.hex()),
        ("spark.master", "spark://127.0.0.1:7077"),
    ]
    assert exposed_settings(settings, KEY) == [
        "spark.app.name",
        "spark.custom.hex",
        "spark.executorEnv.PIPLKIT_HMAC_KEY",
        "spark.yarn.appMasterEnv.piplkit_hmac_key",
    ]
    assert exposed_settings([("spark.master", "local[2]")], KEY) == []
    assert exposed_settings([("spark.master", "local[2]")], None) == []


def test_redaction_pattern_covers_the_key_variable_and_sparks_defaults() -> None:
    pattern = re.compile(REDACTION_REGEX)
    for name in (
        "spark.executorEnv.PIPLKIT_HMAC_KEY",
        "spark.kubernetes.driverEnv.PIPLKIT_HMAC_KEY",
        "spark.hadoop.fs.s3a.secret.key",
        "spark.ssl.keyPassword",
    ):
        assert pattern.search(name), name
    assert not pattern.search("spark.executor.memory")


@pytest.fixture()
def leaky_session(spark: Any) -> Iterator[Any]:
    conf = spark.sparkContext._conf  # the live SparkConf, as spark-submit --conf would set it
    conf.set("spark.executorEnv.PIPLKIT_HMAC_KEY", KEY.decode())
    try:
        yield spark
    finally:
        conf._jconf.remove("spark.executorEnv.PIPLKIT_HMAC_KEY")


def test_deid_refuses_a_session_carrying_the_key(
    leaky_session: Any, people_csv: Path, tmp_path: Path
) -> None:
    from tests.spark.test_spark import AS_OF, POLICY

    from piplkit.protect.spark.deid_job import DeidJobError, spark_deid
    from piplkit.protect.spark.inputs import open_input

    source = open_input(leaky_session, str(people_csv))
    target = tmp_path / "out"
    with pytest.raises(DeidJobError, match=r"spark\.executorEnv\.PIPLKIT_HMAC_KEY") as caught:
        spark_deid(leaky_session, source, str(target), POLICY, key=KEY, as_of=AS_OF)
    assert KEY.decode() not in str(caught.value)
    assert "--key-file" in str(caught.value)
    assert not target.exists()


@pytest.mark.parametrize(
    "setting",
    ["spark.executorEnv.PIPLKIT_HMAC_KEY=whatever", f"spark.app.name=job {KEY.hex()}"],
)
def test_cli_refuses_before_any_session_starts(
    setting: str, people_csv: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A key among the settings stops the command before Spark starts: on a cluster no
    application is registered, no executor is launched with it, no event log is opened."""
    pytest.importorskip("pyspark")
    from typer.testing import CliRunner

    import piplkit.protect.spark
    from piplkit.faces.cli.app import app

    started: list[object] = []

    def no_session(*args: object, **kwargs: object) -> object:
        started.append(args)
        raise AssertionError("a Spark session was started")

    monkeypatch.setattr(piplkit.protect.spark, "session_scope", no_session)
    key_file = tmp_path / "deid.key"
    key_file.write_bytes(KEY)
    policy = tmp_path / "p.yaml"
    policy.write_text("columns:\n  sfzh: {type: cn_resident_id, op: pseudonymize}\n", "utf-8")
    out = tmp_path / "out"
    args = ["spark", "deid", str(people_csv), str(out), "--policy", str(policy)]
    result = CliRunner().invoke(app, [*args, "--key-file", str(key_file), "--conf", setting])
    assert result.exit_code == 2, result.output
    assert "passed as a Spark setting" in result.output
    assert "the application was not started" in result.output
    assert KEY.hex() not in result.output and KEY.decode() not in result.output
    assert started == []
    assert not out.exists()
