"""Spark jobs give the single-process results: same scan report, same de-identified rows.

Runs on a local[2] session (see conftest.py); skipped when PySpark is not installed.
"""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq
import pytest
from tests import skips
from tests.scan.helpers import AS_OF, HEADER, write_csv
from typer.testing import CliRunner

from piplkit.discover.scan import ScanOptions, scan
from piplkit.faces.cli.app import app
from piplkit.protect.deid import Deidentifier, load_policy
from piplkit.protect.deid.io import deidentify_file
from piplkit.protect.deid.policy import policy_from_text
from piplkit.protect.deid.report import ChangeReport

pytest.importorskip(
    "pyspark", reason=skips.spark("PySpark is not installed", "pip install -e '.[spark]'")
)

from piplkit.protect.spark.deid_job import DeidJobError, spark_deid
from piplkit.protect.spark.inputs import InputError, open_input
from piplkit.protect.spark.scan_job import spark_scan

KEY = b"spark-test-key-0123456789abcdef"
POLICY = policy_from_text(
    "columns:\n"
    "  sfzh: {type: cn_resident_id, op: pseudonymize, format_preserving: true}\n"
    "  姓名: person_name\n"
    "  手机号: {type: cn_mobile, op: pseudonymize}\n"
    "  email: email\n"
    "  地址: {type: address, op: generalize, to: city}\n"
    "  备注: detect\n"
    "  amount: keep\n"
    "  order_no: detect\n"
)
# a sample over 999 rows, so counts in warnings print with a thousands separator (1,200)
OPTIONS = ScanOptions(as_of=AS_OF, sample_rows=1200, full=True, jobs=1)


def comparable(report: Any) -> dict[str, Any]:
    """The report of the one file, less timing, and less the warnings only Spark gives."""
    [only] = report.files
    out = only.model_dump(exclude={"seconds", "path"})
    out["warnings"] = [w for w in out["warnings"] if "Spark" not in w]
    return out


def single_deid(source: Path, target: Path, encoding: str = "utf-8") -> ChangeReport:
    deid = Deidentifier(POLICY, key=KEY, as_of=AS_OF, report=ChangeReport())
    return deidentify_file(source, target, deid, encoding=encoding)


def csv_rows(path: Path, encoding: str = "utf-8") -> tuple[list[str], list[list[str]]]:
    """Header and data rows of a CSV file or of a folder of part files (one header each)."""
    files = sorted(path.glob("part-*")) if path.is_dir() else [path]
    header: list[str] = []
    rows: list[list[str]] = []
    for f in files:
        with f.open(encoding=encoding, newline="") as fh:
            records = list(csv.reader(fh))
        header = records[0]
        rows.extend(records[1:])
    return header, rows


@pytest.mark.parametrize("kind", ["csv", "parquet"])
def test_scan_equals_single_process(
    spark: Any, kind: str, people_csv: Path, people_parquet: Path
) -> None:
    path = people_csv if kind == "csv" else people_parquet
    single = scan([str(path)], OPTIONS)
    distributed = spark_scan(spark, [str(path)], OPTIONS)
    assert source_partitions(spark, path) > 1  # merging across partitions is exercised
    assert not distributed.summary.errors
    assert comparable(distributed) == comparable(single)
    columns = {c.name: (c.pi_type, c.matches) for c in distributed.files[0].columns}
    assert columns["sfzh"][0] == "cn_resident_id"
    assert columns["手机号"] == ("cn_mobile", distributed.files[0].rows)
    assert distributed.files[0].minors > 0


def source_partitions(spark: Any, path: Path) -> int:
    return int(open_input(spark, str(path)).df.rdd.getNumPartitions())


def test_deid_csv_equals_single_process(spark: Any, people_csv: Path, tmp_path: Path) -> None:
    expected = single_deid(people_csv, tmp_path / "single.csv")
    source = open_input(spark, str(people_csv))
    report = spark_deid(spark, source, str(tmp_path / "spark"), POLICY, key=KEY, as_of=AS_OF)
    assert csv_rows(tmp_path / "spark") == csv_rows(tmp_path / "single.csv")
    assert report.rows == expected.rows
    assert report.cells_changed == expected.cells_changed
    assert report.by_column() == expected.by_column()
    _, rows = csv_rows(tmp_path / "spark")
    _, original = csv_rows(people_csv)
    assert all(a[0] != b[0] and len(a[0]) == 18 for a, b in zip(rows, original, strict=True))


def test_deid_parquet_equals_single_process(
    spark: Any, people_parquet: Path, tmp_path: Path
) -> None:
    expected = single_deid(people_parquet, tmp_path / "single.parquet")
    source = open_input(spark, str(people_parquet))
    report = spark_deid(spark, source, str(tmp_path / "spark"), POLICY, key=KEY, as_of=AS_OF)
    single = pq.read_table(tmp_path / "single.parquet")
    distributed = pq.read_table(tmp_path / "spark")
    assert distributed.column_names == single.column_names
    assert distributed.to_pylist() == single.to_pylist()
    assert distributed.schema.field("amount").type == single.schema.field("amount").type
    assert report.by_column() == expected.by_column()
    assert report.rows == expected.rows == single.num_rows


def test_gb18030_csv_with_multiline_fields(
    spark: Any, people: list[list[str]], tmp_path: Path
) -> None:
    rows = [list(r) for r in people[:400]]
    for i in range(0, 400, 7):
        rows[i][6] = f"第一行\n第二行 {rows[i][2]}"  # a quoted line break and a phone number
    path = write_csv(tmp_path / "gbk.csv", rows, encoding="gb18030")
    source = open_input(spark, str(path))
    assert source.encoding == "gb18030"
    assert any("multiLine" in w for w in source.warnings)
    assert comparable(spark_scan(spark, [str(path)], OPTIONS)) == comparable(
        scan([str(path)], OPTIONS)
    )
    single_deid(path, tmp_path / "single.csv", encoding="gb18030")
    spark_deid(spark, source, str(tmp_path / "spark"), POLICY, key=KEY, as_of=AS_OF)
    # Spark's CSV writer turns a line break inside a quoted field into its line separator
    # (documented limit): compare cells with line endings normalised.
    assert unix_breaks(csv_rows(tmp_path / "spark", "gb18030")) == unix_breaks(
        csv_rows(tmp_path / "single.csv", "gb18030")
    )


def unix_breaks(table: tuple[list[str], list[list[str]]]) -> list[list[str]]:
    header, rows = table
    return [header, *([c.replace("\r\n", "\n") for c in row] for row in rows)]


def test_folder_of_csv_files_is_one_table(
    spark: Any, people: list[list[str]], tmp_path: Path
) -> None:
    folder = tmp_path / "lake"
    folder.mkdir()
    write_csv(folder / "a.csv", people[:300])
    write_csv(folder / "b.csv", people[300:500])
    (folder / "_SUCCESS").write_text("")
    report = spark_scan(spark, [str(folder)], OPTIONS)
    assert not report.summary.errors
    assert report.files[0].rows == 500
    assert report.files[0].kind == "csv"


# -- bad input --------------------------------------------------------------------------------


def test_missing_and_unreadable_inputs_are_report_errors(spark: Any, tmp_path: Path) -> None:
    broken = tmp_path / "broken.parquet"
    broken.write_bytes(b"PAR1 this is not parquet at all PAR1")
    unknown = tmp_path / "notes.docx"
    unknown.write_bytes(b"x")
    report = spark_scan(spark, [str(tmp_path / "nope.csv"), str(broken), str(unknown)], OPTIONS)
    assert not report.files
    messages = [e.message for e in report.summary.errors]
    assert len(messages) == 3
    assert "no such file" in messages[0]
    assert "broken.parquet" in messages[1] and "Traceback" not in messages[1]
    assert "unknown file type" in messages[2]


def test_mixed_encodings_fail_and_write_nothing(
    spark: Any, people: list[list[str]], tmp_path: Path
) -> None:
    path = write_csv(tmp_path / "mixed.csv", people[:50])
    with path.open("ab") as fh:
        fh.write("110105194912310021,王五,13800000000,1,a@b.cn,北京,备注,1\n".encode("gb18030"))
    source = open_input(spark, str(path), encoding="utf-8")
    target = tmp_path / "out"
    with pytest.raises(DeidJobError, match="mixed encodings"):
        spark_deid(spark, source, str(target), POLICY, key=KEY, as_of=AS_OF)
    assert not target.exists()
    assert [p.name for p in tmp_path.iterdir()] == ["mixed.csv"]  # no temporary folder left


def test_existing_output_and_output_inside_input_are_refused(
    spark: Any, people_csv: Path, tmp_path: Path
) -> None:
    source = open_input(spark, str(people_csv))
    existing = tmp_path / "exists"
    existing.mkdir()
    (existing / "keep.txt").write_text("user data")
    with pytest.raises(DeidJobError, match="already exists"):
        spark_deid(spark, source, str(existing), POLICY, key=KEY, as_of=AS_OF)
    assert (existing / "keep.txt").read_text() == "user data"
    with pytest.raises(DeidJobError, match="must not be"):
        spark_deid(spark, source, str(people_csv), POLICY, key=KEY, as_of=AS_OF)


def test_broken_delta_table_is_a_clear_error(spark: Any, tmp_path: Path) -> None:
    table = tmp_path / "table"
    (table / "_delta_log").mkdir(parents=True)
    with pytest.raises(InputError, match="Delta Lake"):
        open_input(spark, str(table))


def test_delta_table_scans_like_its_parquet(spark: Any, people_csv: Path, tmp_path: Path) -> None:
    """A Delta table (written by delta-rs) is read through its transaction log: only the live
    files of the current version count, and the report equals the single-process one."""
    deltalake = pytest.importorskip(
        "deltalake", reason=skips.spark("deltalake is not installed", "pip install -e '.[spark]'")
    )
    import pyarrow.csv as pacsv

    data = pacsv.read_csv(people_csv)
    table = tmp_path / "delta"
    deltalake.write_deltalake(str(table), data.slice(0, 10))  # version 0, replaced below
    deltalake.write_deltalake(str(table), data, mode="overwrite")
    parquet = tmp_path / "same.parquet"
    pq.write_table(data, parquet)
    from_delta = comparable(spark_scan(spark, [str(table)], OPTIONS))
    single = comparable(scan([str(parquet)], OPTIONS))
    assert from_delta["rows"] == data.num_rows
    from_delta.pop("kind"), single.pop("kind")
    assert from_delta == single


# -- command line -----------------------------------------------------------------------------


def test_cli_scan_json_and_deid(spark: Any, people_csv: Path, tmp_path: Path) -> None:
    runner = CliRunner()
    result = runner.invoke(
        app, ["spark", "scan", str(people_csv), "--format", "json", "--as-of", AS_OF.isoformat()]
    )
    assert result.exit_code == 0, result.output
    assert '"cn_resident_id"' in result.stdout
    key_file = tmp_path / "k.key"
    key_file.write_bytes(KEY)
    policy = tmp_path / "p.yaml"
    policy.write_text("columns:\n  sfzh: {type: cn_resident_id, op: pseudonymize}\n", "utf-8")
    out = tmp_path / "out"
    args = ["spark", "deid", str(people_csv), str(out), "--policy", str(policy)]
    missing_key = runner.invoke(app, args, env={"PIPLKIT_HMAC_KEY": ""})
    assert missing_key.exit_code == 2
    assert "no key was given" in missing_key.output
    assert not out.exists()
    done = runner.invoke(
        app, [*args, "--key-file", str(key_file), "--report", str(tmp_path / "r.json")]
    )
    assert done.exit_code == 0, done.output
    assert (out / "_SUCCESS").exists()
    assert spark.sparkContext._jsc is not None  # the test session was left running
    header, _ = csv_rows(out)
    assert header == HEADER


def test_unknown_policy_key_fails_before_spark_runs(tmp_path: Path, people_csv: Path) -> None:
    policy = tmp_path / "bad.yaml"
    policy.write_text("colums: {}\n", "utf-8")
    result = CliRunner().invoke(
        app, ["spark", "deid", str(people_csv), str(tmp_path / "o"), "--policy", str(policy)]
    )
    assert result.exit_code == 2
    assert "colums" in result.output
    assert load_policy  # the same loader as `piplkit deid`


def test_delta_deid_writes_a_delta_table(spark: Any, people_csv: Path, tmp_path: Path) -> None:
    deltalake = pytest.importorskip(
        "deltalake", reason=skips.spark("deltalake is not installed", "pip install -e '.[spark]'")
    )
    import pyarrow.csv as pacsv

    data = pacsv.read_csv(people_csv)
    source = tmp_path / "delta"
    deltalake.write_deltalake(str(source), data)
    target = tmp_path / "out"
    spark_deid(spark, open_input(spark, str(source)), str(target), POLICY, key=KEY, as_of=AS_OF)
    written = deltalake.DeltaTable(str(target)).to_pyarrow_table()
    assert written.num_rows == data.num_rows
    # the policy pseudonymises resident IDs: none of the input IDs is left
    assert not set(written.column("sfzh").to_pylist()) & set(data.column("sfzh").to_pylist())


def test_classified_columns_on_spark_equal_single_process(spark: Any, tmp_path: Path) -> None:
    """The driver classifies the columns, executors apply the type rules to every cell: invalid
    phone numbers and IDs are masked (not copied) and counted, as in ``piplkit deid``."""
    from tests.deid.test_classified import HEADER as DIRTY_HEADER
    from tests.deid.test_classified import _dirty_table

    from piplkit.protect.deid import default_policy

    rows = _dirty_table(2500)
    src = tmp_path / "dirty.csv"
    with src.open("w", encoding="utf-8", newline="") as fh:
        csv.writer(fh).writerows([DIRTY_HEADER, *rows])
    deid = Deidentifier(default_policy(), as_of=AS_OF, report=ChangeReport())
    expected = deidentify_file(src, tmp_path / "single.csv", deid)
    source = open_input(spark, str(src))
    assert source_partitions(spark, src) > 1
    report = spark_deid(spark, source, str(tmp_path / "spark"), default_policy(), as_of=AS_OF)
    assert csv_rows(tmp_path / "spark") == csv_rows(tmp_path / "single.csv")
    assert report.classified == expected.classified
    assert sorted(report.classified) == ["客户手机", "证件号码"]
    assert report.invalid == expected.invalid and sum(report.invalid.values()) > 0
    assert report.by_column() == expected.by_column()
    _, out = csv_rows(tmp_path / "spark")
    assert all(a[1] != b[1] and a[2] != b[2] for a, b in zip(out, rows, strict=True))


def test_custom_types_reach_the_executors(spark: Any, tmp_path: Path) -> None:
    """A types file installed on the driver is installed in the executors' Python workers: the
    full count there finds the custom types, as the single-process full scan does."""
    from tests.scan.test_custom_types import EXAMPLE, _staff

    from piplkit.discover.scan.custom_types import install, load_types_file, uninstall

    path = _staff(tmp_path / "staff.csv", rows=400)
    custom = load_types_file(EXAMPLE)
    install(custom)
    try:
        distributed = spark_scan(spark, [str(path)], OPTIONS, custom=custom)
        local = scan([str(path)], OPTIONS)
    finally:
        uninstall()
    [report] = distributed.files
    types = {c.name: (c.pi_type, c.matches) for c in report.columns}
    assert types["工号"] == ("employee_no", 400)
    assert types["会员卡号"] == ("member_card", 400)
    assert types["血型"] == ("blood_group", 400)
    assert comparable(distributed) == comparable(local)
