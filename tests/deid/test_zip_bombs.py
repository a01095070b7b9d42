"""piplkit deid and the risk report refuse zip bombs before inflating them, writing nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from piplkit.discover.detect import Detector
from piplkit.discover.evaluation.hostile import xlsx_bomb
from piplkit.protect.deid import Deidentifier
from piplkit.protect.deid.io import DeidIOError, deidentify_file
from piplkit.protect.deid.io.columns import load_columns
from piplkit.protect.deid.policy import policy_from_text

from .conftest import AS_OF, KEY


def _deid(detector: Detector) -> Deidentifier:
    return Deidentifier(policy_from_text("columns: {}\n"), key=KEY, as_of=AS_OF, detector=detector)


def test_a_bomb_is_refused_and_nothing_is_written(tmp_path: Path, detector: Detector) -> None:
    bomb = xlsx_bomb(tmp_path / "bomb.xlsx", 256 * 1024 * 1024, "space")
    with pytest.raises(DeidIOError) as caught:
        deidentify_file(bomb, tmp_path / "out.xlsx", _deid(detector))
    message = str(caught.value)
    assert message.startswith(f"{bomb}: member xl/worksheets/sheet1.xml would inflate")
    assert "zip bomb" in message and "nothing was written" in message
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bomb.xlsx"]
    with pytest.raises(DeidIOError, match="zip bomb"):
        load_columns(bomb, ["name"])


def test_rows_missing_from_the_input_stay_empty_rows(tmp_path: Path, detector: Detector) -> None:
    book = Workbook()
    sheet = book.active
    sheet.append(["name", "phone"])
    sheet["A4"], sheet["B4"] = "张伟", "13812345678"
    src = tmp_path / "in.xlsx"
    book.save(src)
    deidentify_file(src, tmp_path / "out.xlsx", _deid(detector))
    out = load_workbook(tmp_path / "out.xlsx", read_only=True)
    rows = [list(r) for r in out.active.iter_rows(values_only=True)]
    assert len(rows) == 4 and rows[0] == ["name", "phone"]
    assert rows[3][1] != "13812345678" and rows[3][1] is not None
    table = load_columns(src, ["phone"])
    assert table.column("__row__").to_pylist() == [1, 2, 3]
