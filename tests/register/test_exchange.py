"""Whole-register JSON export/import: lossless round trip, all-or-nothing import."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest
from tests.register.conftest import TEST_KEY
from tests.register.helpers import populate, write_csv

from piplkit.map.register import repository as repo
from piplkit.map.register.errors import ConflictError, InvalidInputError, NotFoundError
from piplkit.map.register.exchange import dumps, export_register, import_register
from piplkit.map.register.ledger import add_batch
from piplkit.map.register.ledger_report import transfer_volumes
from piplkit.map.register.store import Register, open_register


def exported(reg: Register) -> dict[str, Any]:
    with reg.read() as s:
        return json.loads(dumps(export_register(s)))


@pytest.fixture
def full(reg: Register, tmp_path: Path) -> Register:
    populate(reg)
    rows = [[f"ID{i:06d}", "病" if i % 4 == 0 else ""] for i in range(25)]
    with reg.write() as s:
        add_batch(
            s,
            "members to HQ",
            write_csv(tmp_path / "a.csv", ["id_no", "diagnosis"], rows),
            key=TEST_KEY,
            id_column="id_no",
            year=2024,
        )
    return reg


def test_round_trip_is_lossless(full: Register, tmp_path: Path) -> None:
    first = exported(full)
    other = open_register(f"sqlite:///{tmp_path / 'copy.db'}")
    try:
        with other.write() as s:
            import_register(s, first)
        second = exported(other)
        with other.read() as s:
            counts = transfer_volumes(s)
        # the ledger keeps counting after the move: same key, same people → no new individuals
        with other.write() as s:
            again = add_batch(
                s,
                "members to HQ",
                write_csv(tmp_path / "b.csv", ["id_no"], [["ID000001"], ["ID999999"]]),
                key=TEST_KEY,
                id_column="id_no",
                year=2024,
            )
    finally:
        other.dispose()
    assert second == first
    assert counts["members to HQ"] == [
        {"year": 2024, "individuals": 25, "sensitive_individuals": 25}
    ]
    assert again.new_individuals == 1
    assert first["ledger"]["subjects"][0]["subjects"][0][2] == 1
    assert first["datasets"][0]["columns"][1]["examples_masked"] == ["138****5678"]


def test_import_into_non_empty_register(full: Register) -> None:
    doc = exported(full)
    with pytest.raises(ConflictError, match="not empty"), full.write() as s:
        import_register(s, doc)
    doc["systems"][0]["owner"] = "IT 部"
    with full.write() as s:
        import_register(s, doc, replace=True)
    assert exported(full)["systems"][0]["owner"] == "IT 部"


def test_failed_import_leaves_register_unchanged(full: Register) -> None:
    before = exported(full)
    doc = copy.deepcopy(before)
    doc["systems"][0]["owner"] = "changed"
    doc["transfers"][0]["recipient"] = "nobody"
    with (
        pytest.raises(NotFoundError, match=r"transfers\[0\]: no recipient named 'nobody'"),
        full.write() as s,
    ):
        import_register(s, doc, replace=True)
    assert exported(full) == before


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: d.update(format="other"), "format"),
        (lambda d: d.update(version=99), "version"),
        (lambda d: d.update(extra=[]), "unknown top-level field"),
        (lambda d: d["datasets"][0].update(grade="secret"), r"datasets\[0\]\.grade"),
        (lambda d: d["datasets"][0]["columns"][0].update(colour="red"), "unknown field"),
        (lambda d: d["ledger"]["subjects"][0]["subjects"][0].__setitem__(0, "zz"), "ledger"),
    ],
)
def test_bad_documents(tmp_path: Path, full: Register, change: Any, message: str) -> None:
    doc = exported(full)
    change(doc)
    empty = open_register(f"sqlite:///{tmp_path / 'empty.db'}")
    try:
        with pytest.raises(InvalidInputError, match=message), empty.write() as s:
            import_register(s, doc)
        with empty.read() as s:
            assert repo.systems.count(s) == 0
    finally:
        empty.dispose()
