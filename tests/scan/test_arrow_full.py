"""The Arrow full-scan path must count what the row-by-row path counts, on realistic tables:
same column types, same matches, same findings by type, same minors."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.conftest import AS_OF

from piplkit.discover.evaluation.tables import write_tables
from piplkit.discover.evaluation.values import ValueFactory
from piplkit.discover.scan import ScanOptions, fullscan, scan


def _summary(report) -> list:  # type: ignore[no-untyped-def]
    out = []
    for f in report.files:
        out.append(
            (
                f.path,
                f.rows,
                f.findings_by_type,
                f.minors,
                [
                    (c.name, c.pi_type, c.matches, c.non_empty, c.findings_by_type)
                    for c in f.columns
                ],
            )
        )
    return out


@pytest.fixture(scope="module")
def tables(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    out = tmp_path_factory.mktemp("tables")
    write_tables(out, count=6, rows=400, factory=ValueFactory(11))
    return sorted(out.rglob("*.csv"))


def test_arrow_and_row_paths_agree(tables: list[Path], monkeypatch: pytest.MonkeyPatch) -> None:
    options = ScanOptions(as_of=AS_OF, full=True, jobs=1, sample_rows=50)
    targets = [str(p) for p in tables]
    arrow = scan(targets, options)
    assert not arrow.summary.errors
    monkeypatch.setattr(fullscan, "_parse_with_arrow", lambda raw, plan, width: None)
    rows = scan(targets, options)
    assert _summary(arrow) == _summary(rows)


def test_threads_do_not_change_counts(tables: list[Path]) -> None:
    one = scan([str(p) for p in tables], ScanOptions(as_of=AS_OF, full=True, jobs=1))
    two = scan([str(p) for p in tables], ScanOptions(as_of=AS_OF, full=True, jobs=2))
    assert _summary(one) == _summary(two)


def test_parquet_arrow_and_row_paths_agree(
    tables: list[Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import pyarrow as pa
    import pyarrow.csv as pacsv
    import pyarrow.parquet as pq

    from piplkit.discover.scan.readers import parquet_reader

    targets = []
    for index, csv_path in enumerate(tables[:3]):
        if "gb18030" in csv_path.name:
            continue
        table = pacsv.read_csv(csv_path)  # typed columns: numbers stay numbers
        table = table.append_column("n", pa.array(range(table.num_rows), pa.int64()))
        target = tmp_path / f"t{index}.parquet"
        pq.write_table(table, target)
        targets.append(str(target))
    options = ScanOptions(as_of=AS_OF, full=True, jobs=1, sample_rows=50)
    arrow = scan(targets, options)
    assert not arrow.summary.errors
    original = parquet_reader.open_parquet

    def rows_only(path: Path):  # type: ignore[no-untyped-def]
        table = original(path)
        table.arrow_batches = None
        return table

    monkeypatch.setattr(parquet_reader, "open_parquet", rows_only)
    from piplkit.discover.scan import sources

    if hasattr(sources, "open_parquet"):
        monkeypatch.setattr(sources, "open_parquet", rows_only)
    rows = scan(targets, options)
    assert _summary(arrow) == _summary(rows)
