"""Transfer ledger: distinct individuals per transfer and calendar year, by keyed hash."""

from __future__ import annotations

import json
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from faker import Faker
from hypothesis import given
from hypothesis import strategies as st
from openpyxl import Workbook
from sqlalchemy import select, text
from tests.register.conftest import TEST_KEY
from tests.register.helpers import populate, write_csv

from piplkit.assess.rules.profile import profile_from_data
from piplkit.map.register.errors import InvalidInputError, NotFoundError
from piplkit.map.register.facts import register_profile
from piplkit.map.register.ledger import add_batch
from piplkit.map.register.ledger_report import transfer_volumes, volumes
from piplkit.map.register.pseudonym import (
    ENV_KEY,
    LedgerKeyError,
    load_key,
    normalise_identifier,
)
from piplkit.map.register.store import Register


def people(n: int, seed: int) -> list[tuple[str, str]]:
    """(identifier, mobile) pairs; identifiers are 18-character synthetic strings."""
    fake = Faker("zh_CN")
    fake.seed_instance(seed)
    return [(f"1101051990{i:07d}X", fake.phone_number()) for i in range(n)]


def batch_file(path: Path, rows: list[tuple[str, str]], diagnosed: set[int] = frozenset()) -> Path:  # type: ignore[assignment]
    return write_csv(
        path,
        ["id_no", "mobile", "diagnosis", "city"],
        [
            [ident, mobile, "病" if i in diagnosed else "", "上海"]
            for i, (ident, mobile) in enumerate(rows)
        ],
    )


def add(reg: Register, path: Path, year: int, **kwargs: object):  # type: ignore[no-untyped-def]
    kwargs.setdefault("id_column", "id_no")
    kwargs.setdefault("use_register_sensitivity", False)
    with reg.write("test") as s:
        return add_batch(s, "members to HQ", path, key=TEST_KEY, year=year, **kwargs)  # type: ignore[arg-type]


def test_distinct_across_batches_and_years(reg: Register, tmp_path: Path) -> None:
    populate(reg)
    crowd = people(120, seed=1)
    first = add(reg, batch_file(tmp_path / "a.csv", crowd[:80]), 2024)
    # batch b overlaps a by 30 people, and lists one person twice
    second = add(reg, batch_file(tmp_path / "b.csv", [*crowd[50:120], crowd[60]]), 2024)
    third = add(reg, batch_file(tmp_path / "c.csv", crowd[:10]), 2025)
    assert (first.individuals, first.new_individuals) == (80, 80)
    assert (second.rows, second.individuals, second.new_individuals) == (71, 70, 40)
    assert second.year_individuals == 120
    assert (third.new_individuals, third.year_individuals) == (10, 10)
    with reg.read() as s:
        got = transfer_volumes(s)
    assert got["members to HQ"] == [
        {"year": 2024, "individuals": 120, "sensitive_individuals": 0},
        {"year": 2025, "individuals": 10, "sensitive_individuals": 0},
    ]


def test_sensitive_individuals_are_distinct_and_sticky(reg: Register, tmp_path: Path) -> None:
    populate(reg)
    crowd = people(40, seed=2)
    add(
        reg,
        batch_file(tmp_path / "a.csv", crowd, diagnosed={0, 1, 2}),
        2024,
        sensitive_columns=["diagnosis"],
    )
    # person 5 is not sensitive in batch a but is in batch b; persons 0-2 again: no double count
    second = add(
        reg,
        batch_file(tmp_path / "b.csv", crowd[:6], diagnosed={0, 5}),
        2024,
        sensitive_columns=["diagnosis"],
    )
    assert second.sensitive_individuals == 2
    assert (second.year_individuals, second.year_sensitive_individuals) == (40, 4)


def test_register_marks_sensitive_columns(reg: Register, tmp_path: Path) -> None:
    populate(reg)  # the register marks id_no and diagnosis sensitive
    result = add(
        reg,
        batch_file(tmp_path / "a.csv", people(5, 3), diagnosed={1}),
        2024,
        use_register_sensitivity=True,
    )
    assert result.sensitive_columns == ("id_no", "diagnosis")
    assert result.sensitive_individuals == 5


def test_id_column_defaults_to_the_registers_identifier(reg: Register, tmp_path: Path) -> None:
    populate(reg)
    with reg.write() as s:
        result = add_batch(
            s,
            "members to HQ",
            batch_file(tmp_path / "a.csv", people(3, 4)),
            key=TEST_KEY,
            year=2024,
        )
    assert result.id_column == "id_no"


def test_identifier_spellings_count_once(reg: Register, tmp_path: Path) -> None:
    populate(reg)
    a = write_csv(tmp_path / "a.csv", ["mobile"], [["13812345678"], ["+86 138-1234-5678"]])
    b = write_csv(tmp_path / "b.csv", ["mobile"], [["０１３８１２３４５６７８"], ["1381234 5678"]])
    add(reg, a, 2024, id_column="mobile")
    result = add(reg, b, 2024, id_column="mobile")
    assert result.year_individuals in (1, 2)  # full-width with a leading 0 is a different string
    assert (
        add(
            reg,
            write_csv(tmp_path / "c.csv", ["mobile"], [["138 1234 5678"]]),
            2024,
            id_column="mobile",
        ).new_individuals
        == 0
    )


def test_no_raw_identifier_reaches_the_database(reg: Register, tmp_path: Path) -> None:
    populate(reg)
    crowd = people(20, seed=5)
    add(reg, batch_file(tmp_path / "a.csv", crowd), 2024)
    with reg.engine.connect() as conn:
        dumped = " ".join(
            str(row)
            for table in ("ledger_subject", "ledger_batch", "ledger_key", "audit_event")
            for row in conn.execute(text(f"SELECT * FROM {table}"))
        )
    for ident, mobile in crowd:
        assert ident not in dumped and ident.lower() not in dumped
        assert mobile not in dumped
    assert TEST_KEY.decode() not in dumped


def test_other_key_is_refused(reg: Register, tmp_path: Path) -> None:
    populate(reg)
    add(reg, batch_file(tmp_path / "a.csv", people(3, 6)), 2024)
    with (
        pytest.raises(LedgerKeyError, match="not the key the ledger was started with"),
        reg.write() as s,
    ):
        add_batch(
            s,
            "members to HQ",
            batch_file(tmp_path / "b.csv", people(4, 6)),
            key=b"another-key-0123456789",
            id_column="id_no",
            year=2024,
        )
    with reg.read() as s:
        assert [v.individuals for v in volumes(s)] == [3]


def test_missing_and_short_keys(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv(ENV_KEY, raising=False)
    with pytest.raises(LedgerKeyError, match=f"set {ENV_KEY} or pass --key-file"):
        load_key()
    monkeypatch.setenv(ENV_KEY, "short")
    with pytest.raises(LedgerKeyError, match="too short"):
        load_key()
    key_file = tmp_path / "ledger.key"
    key_file.write_text("0123456789abcdef0123\n")
    assert load_key(key_file) == b"0123456789abcdef0123"
    with pytest.raises(LedgerKeyError, match="cannot read key file"):
        load_key(tmp_path / "missing.key")


def test_bad_input_names_the_problem(reg: Register, tmp_path: Path) -> None:
    populate(reg)
    f = batch_file(tmp_path / "a.csv", people(3, 7))
    with pytest.raises(InvalidInputError, match="no column\\(s\\) 'passport'"):
        add(reg, f, 2024, id_column="passport")
    with pytest.raises(InvalidInputError, match="no column\\(s\\) 'blood'"):
        add(reg, f, 2024, sensitive_columns=["blood"])
    with pytest.raises(NotFoundError, match="no transfer named"), reg.write() as s:
        add_batch(s, "nope", f, key=TEST_KEY, id_column="id_no", year=2024)
    empty = write_csv(tmp_path / "e.csv", ["id_no"], [[""], [" "]])
    with pytest.raises(InvalidInputError, match="no row has a value"):
        add(reg, empty, 2024)
    other = tmp_path / "x.docx"
    other.write_bytes(b"not really")
    with pytest.raises(InvalidInputError, match="not a CSV"):
        add(reg, other, 2024)
    add(reg, f, 2024)
    with pytest.raises(InvalidInputError, match="already recorded"):
        add(reg, f, 2024)
    with reg.read() as s:
        assert [v.batches for v in volumes(s)] == [1]


def test_jsonl_xlsx_parquet(reg: Register, tmp_path: Path) -> None:
    populate(reg)
    crowd = people(30, seed=8)
    jsonl = tmp_path / "a.jsonl"
    jsonl.write_text(
        "\n".join(json.dumps({"id_no": i, "mobile": m}, ensure_ascii=False) for i, m in crowd[:10]),
        encoding="utf-8",
    )
    book = Workbook()
    sheet = book.active
    sheet.append(["id_no", "mobile"])
    for row in crowd[5:20]:
        sheet.append(list(row))
    book.save(tmp_path / "b.xlsx")
    pq.write_table(
        pa.table({"id_no": [i for i, _ in crowd[15:30]], "mobile": [m for _, m in crowd[15:30]]}),
        tmp_path / "c.parquet",
    )
    results = [add(reg, tmp_path / name, 2024) for name in ("a.jsonl", "b.xlsx", "c.parquet")]
    assert [r.new_individuals for r in results] == [10, 10, 10]
    assert results[-1].year_individuals == 30


def test_profile_from_register_validates(reg: Register, tmp_path: Path) -> None:
    populate(reg)
    add(
        reg,
        batch_file(tmp_path / "a.csv", people(12, 9), diagnosed={3}),
        2025,
        sensitive_columns=["diagnosis"],
    )
    with reg.read() as s:
        data = register_profile(s)
    profile = profile_from_data(data)
    transfer = profile.transfers[0]
    assert transfer.name == "members to HQ"
    assert (transfer.volumes[0].individuals, transfer.volumes[0].sensitive_individuals) == (12, 1)
    assert str(transfer.contract_effective_on) == "2024-06-01"
    assert profile.handler.individuals_processed == 250_000
    assert "medical_health" in profile.processing.sensitive_categories


@given(
    st.text(alphabet="0123456789Xx", min_size=1, max_size=20),
    st.lists(st.sampled_from([" ", "-", "\u3000"]), max_size=3),
)
def test_normalisation_ignores_separators_and_case(ident: str, seps: list[str]) -> None:
    spaced = ident
    for i, sep in enumerate(seps):
        cut = min(len(spaced), i + 1)
        spaced = spaced[:cut] + sep + spaced[cut:]
    assert normalise_identifier(spaced) == normalise_identifier(ident.upper())
    once = normalise_identifier(ident)
    assert once is not None and normalise_identifier(once) == once


def test_subject_rows_hold_only_hashes(reg: Register, tmp_path: Path) -> None:
    populate(reg)
    add(reg, batch_file(tmp_path / "a.csv", people(4, 10)), 2024)
    from piplkit.map.register.models import LedgerSubject

    with reg.read() as s:
        hashes = list(s.scalars(select(LedgerSubject.subject_hash)))
    assert len(hashes) == 4 and all(len(h) == 64 and int(h, 16) >= 0 for h in hashes)


def test_assess_from_register_uses_the_exported_counts(
    reg: Register, db_url: str, tmp_path: Path
) -> None:
    """`piplkit assess --from-register`: the route comes from what the ledger recorded."""
    from typer.testing import CliRunner

    from piplkit.faces.cli.app import app

    populate(reg)
    add(reg, batch_file(tmp_path / "a.csv", people(12, 9)), 2025)
    runner = CliRunner()
    result = runner.invoke(
        app,
        ["assess", "--from-register", "--db", db_url, "--as-of", "2025-06-30", "--format", "json"],
    )
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    (transfer,) = [t for t in data["transfers"] if t["name"] == "members to HQ"]
    # 12 individuals since 1 January 2025, no sensitive PI, non-CIIO: below 100,000, exempt
    # (2024 Provisions Art. 5(4))
    assert transfer["route"] == "exempt"
    assert data["as_of"] == "2025-06-30"
    both = runner.invoke(app, ["assess", "profile.yaml", "--from-register"])
    assert both.exit_code != 0
