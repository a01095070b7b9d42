"""``piplkit spark scan|deid``: the full scan and de-identification as Spark jobs.

PySpark is an optional extra; it is imported only when one of these commands runs, and its
absence is one clear error saying what to install. Under ``spark-submit`` the session (and its
master) comes from spark-submit; otherwise ``--master`` (default ``local[*]``) starts one.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from piplkit.faces.cli.errors import fail, stderr, warn
from piplkit.faces.cli.options import (
    AsOfOption,
    TypesFileOption,
    install_types_file,
    parse_as_of,
    parse_types,
)

if TYPE_CHECKING:
    from pyspark.sql import SparkSession

spark_app = typer.Typer(
    help="Scan and de-identify big tables (Parquet, CSV/TSV, Delta Lake) on Apache Spark with "
    "the same recognizers and policies as `piplkit scan --full` and `piplkit deid`. "
    "Needs the extra: pip install 'piplkit\\[spark]'.",
    no_args_is_help=True,
)

MasterOption = Annotated[
    str | None,
    typer.Option(
        "--master",
        help="Spark master URL (default: local[*], or the one spark-submit was given).",
    ),
]
ConfOption = Annotated[
    list[str] | None,
    typer.Option("--conf", help="Extra Spark setting KEY=VALUE (repeatable)."),
]
InputFormatOption = Annotated[
    str | None,
    typer.Option("--input-format", help="parquet, csv, tsv or delta (default: from the path)."),
]
EncodingOption = Annotated[
    str | None,
    typer.Option("--encoding", help="CSV/TSV encoding (default: sniffed from the first file)."),
]


def register(app: typer.Typer) -> None:
    app.add_typer(spark_app, name="spark")


def _settings(conf: list[str] | None) -> dict[str, str]:
    """``--conf KEY=VALUE`` items as a dict (an item without ``=`` is an error)."""
    settings: dict[str, str] = {}
    for item in conf or []:
        key, sep, value = item.partition("=")
        if not sep or not key.strip():
            fail(f"--conf: {item!r} is not KEY=VALUE")
        settings[key.strip()] = value.strip()
    return settings


def _session(master: str | None, conf: list[str] | None) -> AbstractContextManager[SparkSession]:
    """A session scope; a session that was already running (tests, notebooks) is left running."""
    from piplkit.protect.spark import SparkUnavailable, require_pyspark, session_scope

    settings = _settings(conf)
    try:
        require_pyspark()
    except SparkUnavailable as exc:
        fail(str(exc))
    return _failing_cleanly(session_scope(master, conf=settings))


def _refuse_exposed_key(conf: list[str] | None, key: bytes | None) -> None:
    """Stop before the session starts when its settings carry the key (spark/keysafety.py)."""
    from piplkit.protect.spark import SparkUnavailable, require_pyspark
    from piplkit.protect.spark.keysafety import KeyExposedError, refuse_before_start

    try:
        require_pyspark()
        refuse_before_start(_settings(conf), key)
    except (SparkUnavailable, KeyExposedError) as exc:
        fail(str(exc))


@contextmanager
def _failing_cleanly(scope: AbstractContextManager[SparkSession]) -> Iterator[SparkSession]:
    from piplkit.protect.spark import SparkUnavailable

    try:
        with scope as session:
            yield session
    except SparkUnavailable as exc:
        fail(str(exc))


@spark_app.command("scan")
def scan(
    targets: Annotated[
        list[str], typer.Argument(help="Files or folders (local, hdfs://, s3a:// …).")
    ],
    fmt: Annotated[str, typer.Option("--format", "-f", help="table, json or html.")] = "table",
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write the report here.")
    ] = None,
    sample: Annotated[
        int, typer.Option("--sample", min=1, help="Rows classified before the full count.")
    ] = 1000,
    types: Annotated[
        str | None, typer.Option("--types", help="Comma-separated PI type ids (default: all).")
    ] = None,
    input_format: InputFormatOption = None,
    encoding: EncodingOption = None,
    as_of: AsOfOption = None,
    master: MasterOption = None,
    conf: ConfOption = None,
    types_file: TypesFileOption = None,
) -> None:
    """Count PI in every row of big tables; the report is that of `piplkit scan --full`."""
    from piplkit.discover.scan import ScanOptions
    from piplkit.faces.cli.scan_cmd import FORMATS, render_report

    if fmt not in FORMATS:
        fail(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    custom = install_types_file(types_file)
    chosen = parse_types(types)
    options = ScanOptions(
        as_of=parse_as_of(as_of),
        sample_rows=sample,
        full=True,
        jobs=1,
        types=tuple(chosen) if chosen else None,
    )
    try:
        with _session(master, conf) as spark:
            from piplkit.protect.spark.scan_job import spark_scan

            report = spark_scan(
                spark,
                targets,
                options,
                input_format=input_format,
                encoding=encoding,
                custom=custom,
            )
    except KeyError as exc:  # unknown type id from --types
        fail(str(exc.args[0]) if exc.args else "unknown PI type id")
    if fmt != "table" or output is not None:
        for error in report.summary.errors:
            warn(error.message)
    render_report(report, fmt, output)
    if not report.files:
        stderr.print("[bold red]error:[/] nothing could be scanned")
        raise typer.Exit(1)


@spark_app.command("deid")
def deid(
    source: Annotated[str, typer.Argument(help="Input file, folder or table (never modified).")],
    target: Annotated[
        str, typer.Argument(help="Output folder (part files), written whole or not at all.")
    ],
    policy: Annotated[
        Path | None, typer.Option("--policy", help="Policy YAML (default: the bundled policy).")
    ] = None,
    key_file: Annotated[
        Path | None,
        typer.Option("--key-file", help="HMAC key file for pseudonyms (else $PIPLKIT_HMAC_KEY)."),
    ] = None,
    columns_as: Annotated[
        list[str] | None,
        typer.Option("--columns-as", help="COLUMN=TYPE (or detect, keep, suppress); repeatable."),
    ] = None,
    input_format: InputFormatOption = None,
    encoding: EncodingOption = None,
    report_path: Annotated[
        Path | None, typer.Option("--report", help="Also write the change report as JSON here.")
    ] = None,
    overwrite: Annotated[
        bool, typer.Option("--overwrite", help="Replace an existing output folder.")
    ] = False,
    as_of: AsOfOption = None,
    master: MasterOption = None,
    conf: ConfOption = None,
    types_file: TypesFileOption = None,
) -> None:
    """De-identify a big table by a policy; output cells equal those of `piplkit deid`."""
    from piplkit.faces.cli.deid_cmd import parse_columns_as, print_change_report, write_json
    from piplkit.protect.deid import KeyMaterialError, PolicyError, load_policy, policy_key

    when = parse_as_of(as_of)
    custom = install_types_file(types_file)
    try:
        rules = load_policy(policy)
        extra = parse_columns_as(columns_as or [])
        rules = rules.with_columns(extra) if extra else rules
        key = policy_key(rules, key_file)
    except (PolicyError, KeyMaterialError) as exc:
        fail(str(exc))
    _refuse_exposed_key(conf, key)
    with _session(master, conf) as spark:
        from piplkit.protect.spark.deid_job import DeidJobError, spark_deid
        from piplkit.protect.spark.inputs import InputError, open_input, summarize_error

        error: str | None = None
        try:
            source_input = open_input(spark, source, input_format, encoding)
            report = spark_deid(
                spark,
                source_input,
                target,
                rules,
                key=key,
                as_of=when,
                overwrite=overwrite,
                custom_text=custom.text if custom else None,
            )
        except (InputError, DeidJobError, PolicyError, KeyMaterialError) as exc:
            error = str(exc)
        except Exception as exc:  # never a traceback; the output was not moved into place
            error = f"{source}: unexpected error ({summarize_error(exc)}); nothing was written"
        if error is not None:
            fail(error)
    print_change_report(report)
    if report_path is not None:
        write_json(report_path, report.to_dict())
    for message in report.warnings:
        warn(message)
