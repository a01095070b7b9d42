"""Full-width ID numbers and phones (１１０１…, １３８…, Ｘ) count the same in ``--full`` as in the
sample: both paths fold them with ``tables.FULLWIDTH`` (the full scan used to miss them)."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.scan.helpers import AS_OF, people_rows, write_csv

from piplkit.discover.scan import ScanOptions, scan

#: ASCII digits and letters to their full-width forms (U+FF10…, U+FF21…, U+FF41…).
_WIDE = {
    code: code + 0xFEE0 for code in [*range(0x30, 0x3A), *range(0x41, 0x5B), *range(0x61, 0x7B)]
}
_ROWS = 300


def _columns(path: Path, *, full: bool) -> dict[str, tuple[str | None, int, dict[str, int]]]:
    options = ScanOptions(as_of=AS_OF, sample_rows=_ROWS, full=full, jobs=1)
    [report] = scan([str(path)], options).files
    assert report.rows == _ROWS
    return {c.name: (c.pi_type, c.matches, c.findings_by_type) for c in report.columns}


@pytest.fixture(scope="module")
def files(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    out = tmp_path_factory.mktemp("fullwidth")
    rows = people_rows(_ROWS, seed=11)
    wide = [[row[0].translate(_WIDE), row[1], row[2].translate(_WIDE), *row[3:]] for row in rows]
    return write_csv(out / "ascii.csv", rows), write_csv(out / "wide.csv", wide)


@pytest.mark.parametrize("column", ["sfzh", "手机号"])
def test_full_width_column_counts_the_same_in_full_as_in_the_sample(
    files: tuple[Path, Path], column: str
) -> None:
    _, wide = files
    sampled = _columns(wide, full=False)[column]
    full = _columns(wide, full=True)[column]
    assert sampled[0] in {"cn_resident_id", "cn_mobile"}
    assert sampled[1] >= _ROWS * 0.95
    assert full == sampled


@pytest.mark.parametrize("column", ["sfzh", "手机号"])
def test_full_width_column_counts_as_its_ascii_twin(files: tuple[Path, Path], column: str) -> None:
    ascii_file, wide = files
    assert _columns(wide, full=True)[column] == _columns(ascii_file, full=True)[column]


@pytest.mark.parametrize("column", ["sfzh", "手机号"])
def test_ascii_control_counts_the_same_in_full_as_in_the_sample(
    files: tuple[Path, Path], column: str
) -> None:
    ascii_file, _ = files
    full = _columns(ascii_file, full=True)[column]
    assert full[1] >= _ROWS * 0.95
    assert full == _columns(ascii_file, full=False)[column]
