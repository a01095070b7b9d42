"""A classified column's rule applies to every non-empty cell, valid or not (issue 18, item 9).

Tables written by others hold phone numbers in data-only segments (149…), IDs with province-level
region codes (110000…), typos and decorated values. Before, such cells were not recognised by span
detection and were copied unchanged; now the column classifier types the column and the type's
rule applies to each cell, with a safe fallback where the rule relies on a valid value.
"""

from __future__ import annotations

import csv
import json
import random
from pathlib import Path

from openpyxl import Workbook, load_workbook

from piplkit.discover.detect import Detector
from piplkit.discover.samples.identifiers import mobile, order_number, resident_id
from piplkit.protect.deid import Deidentifier, default_policy
from piplkit.protect.deid.io import deidentify_file
from piplkit.protect.deid.keys import PER_RUN_WARNING
from piplkit.protect.deid.policy import policy_from_text

from .conftest import AS_OF, KEY

HEADER = ["订单号", "客户手机", "证件号码", "金额", "备注"]


def _dirty_table(n: int = 60, seed: int = 3) -> list[list[str]]:
    """Rows as an export written by others: mostly valid, some out-of-range and dirty values."""
    rng = random.Random(seed)
    rows = []
    for i in range(n):
        phone = mobile(rng)
        ident = resident_id(rng)
        if i % 5 == 0:  # 149… is a data-only segment: no phone recognizer accepts it
            phone = "149" + "".join(rng.choice("0123456789") for _ in range(8))
        if i % 7 == 0:  # typo: one digit short
            phone = phone[:-1]
        if i % 6 == 0:  # province-level region code: not a county, so not a valid ID
            ident = "110000" + ident[6:]
        if i % 11 == 0:
            ident = ident + " (旧)"
        rows.append([order_number(rng), phone, ident, f"{rng.randint(1, 9999)}.00", "无"])
    return rows


def _write_csv(path: Path, rows: list[list[str]]) -> None:
    with path.open("w", encoding="utf-8", newline="") as fh:
        csv.writer(fh).writerows([HEADER, *rows])


def _read_csv(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.reader(fh))[1:]


def test_invalid_cells_of_classified_columns_do_not_survive(
    tmp_path: Path, detector: Detector
) -> None:
    rows = _dirty_table()
    src, dst = tmp_path / "in.csv", tmp_path / "out.csv"
    _write_csv(src, rows)
    deid = Deidentifier(default_policy(), as_of=AS_OF, detector=detector)
    report = deidentify_file(src, dst, deid)
    out = _read_csv(dst)
    for before, after in zip(rows, out, strict=True):
        assert after[1] != before[1] and after[2] != before[2]
        assert before[1] not in after[1] and before[2][:18] not in after[2]
        # Business columns are not PI and stay as they were.
        assert after[0] == before[0] and after[3] == before[3] and after[4] == before[4]
    assert sorted(report.classified) == ["客户手机", "证件号码"]
    assert report.classified["客户手机"][0] == "cn_mobile"
    assert report.classified["证件号码"][0] == "cn_resident_id"
    invalid_phones = sum(1 for i in range(len(rows)) if i % 5 == 0 or i % 7 == 0)
    invalid_ids = sum(1 for i in range(len(rows)) if i % 6 == 0 or i % 11 == 0)
    assert report.invalid[("客户手机", "cn_mobile")] == invalid_phones
    assert report.invalid[("证件号码", "cn_resident_id")] == invalid_ids
    counts = report.to_dict()
    assert counts["invalid_cells"] == {
        "客户手机": {"cn_mobile": invalid_phones},
        "证件号码": {"cn_resident_id": invalid_ids},
    }
    assert report.changes[("客户手机", "cn_mobile", "mask_fallback")] == invalid_phones
    # Counts only: no value of the input appears in the report.
    text = json.dumps(counts, ensure_ascii=False)
    assert not any(v in text for r in rows for v in r[1:3])


def test_fallback_masks_keep_a_short_start_and_no_end(detector: Detector) -> None:
    deid = Deidentifier(
        default_policy(),
        as_of=AS_OF,
        detector=detector,
        classified={"tel": "cn_mobile", "id": "cn_resident_id"},
    )
    assert deid.cell("13912345678", "tel") == "139****5678"  # valid: the customary 3 + 4
    assert deid.cell("14912345678", "tel") == "149********"
    assert deid.cell("1391234567", "tel") == "139*******"
    assert deid.cell("tel: 139-1234-5678 ext 2", "tel") == "tel: ***-****-**** *** *"
    assert deid.cell("11010519491231002X", "id") == "110105********002X"
    assert deid.cell("11000019491231002X", "id") == "110000************"
    assert deid.cell("--", "tel") == "**"  # nothing but punctuation is starred too
    assert deid.cell("  ", "tel") == "  "  # blank cells hold nothing and stay blank
    assert deid.report.invalid[("tel", "cn_mobile")] == 4
    assert deid.report.invalid[("id", "cn_resident_id")] == 1


def test_declared_columns_count_invalid_cells_too(detector: Detector) -> None:
    policy = policy_from_text("columns:\n  手机: cn_mobile\n")
    deid = Deidentifier(policy, as_of=AS_OF, detector=detector)
    assert deid.cell("14912345678", "手机") == "149********"
    assert deid.report.invalid[("手机", "cn_mobile")] == 1


def test_columns_classified_per_sheet_and_per_jsonl_field(
    tmp_path: Path, detector: Detector
) -> None:
    rows = _dirty_table(40)
    book = Workbook()
    sheet = book.active
    sheet.title = "客户"
    sheet.append(HEADER)
    for row in rows:
        sheet.append(row)
    other = book.create_sheet("其他")
    other.append(["客户手机"])
    other.append(["不是号码"])
    src = tmp_path / "in.xlsx"
    book.save(src)
    deid = Deidentifier(default_policy(), as_of=AS_OF, detector=detector)
    deidentify_file(src, tmp_path / "out.xlsx", deid)
    out = load_workbook(tmp_path / "out.xlsx", read_only=True)
    values = [list(r) for r in out["客户"].iter_rows(values_only=True)][1:]
    assert all(a[1] != b[1] and a[2] != b[2] for a, b in zip(values, rows, strict=True))
    # A sheet is a table of its own: the second sheet's column is not a phone column.
    assert [list(r) for r in out["其他"].iter_rows(values_only=True)][1] == ["不是号码"]

    jsonl = tmp_path / "in.jsonl"
    jsonl.write_text(
        "".join(
            json.dumps({"user": {"tel": r[1], "ids": [r[2]]}, "n": r[0]}, ensure_ascii=False) + "\n"
            for r in rows
        ),
        encoding="utf-8",
    )
    deid = Deidentifier(default_policy(), as_of=AS_OF, detector=detector)
    report = deidentify_file(jsonl, tmp_path / "out.jsonl", deid)
    assert report.classified["user.tel"][0] == "cn_mobile"
    assert report.classified["user.ids"][0] == "cn_resident_id"
    records = [json.loads(line) for line in (tmp_path / "out.jsonl").read_text().splitlines()]
    for record, row in zip(records, rows, strict=True):
        assert record["user"]["tel"] != row[1] and record["user"]["ids"][0] != row[2]
        assert record["n"] == row[0]


def test_classification_can_be_switched_off(tmp_path: Path, detector: Detector) -> None:
    rows = _dirty_table()
    src, dst = tmp_path / "in.csv", tmp_path / "out.csv"
    _write_csv(src, rows)
    policy = policy_from_text("classify_columns: false\n")
    report = deidentify_file(src, dst, Deidentifier(policy, as_of=AS_OF, detector=detector))
    assert report.classified == {}
    out = _read_csv(dst)
    # Span detection alone: the invalid cells pass unchanged (the behaviour item 9 reported).
    assert any(a[1] == b[1] for a, b in zip(out, rows, strict=True))


def test_pseudonyms_without_a_key_use_a_per_run_key(detector: Detector) -> None:
    policy = default_policy()
    imei = "490154203237518"
    first = Deidentifier(policy, as_of=AS_OF, detector=detector, classified={"d": "imei"})
    second = Deidentifier(policy, as_of=AS_OF, detector=detector, classified={"d": "imei"})
    one = first.cell(imei, "d")
    assert one == first.cell(imei, "d")  # joins within a run
    assert one != second.cell(imei, "d")  # never across runs
    assert first.report.warnings == [PER_RUN_WARNING]
    keyed = Deidentifier(policy, key=KEY, as_of=AS_OF, detector=detector, classified={"d": "imei"})
    again = Deidentifier(policy, key=KEY, as_of=AS_OF, detector=detector, classified={"d": "imei"})
    assert keyed.cell(imei, "d") == again.cell(imei, "d") and keyed.report.warnings == []


def test_a_user_rule_that_pseudonymizes_still_needs_a_key(detector: Detector) -> None:
    policy = policy_from_text("types:\n  cn_mobile: {op: pseudonymize}\n")
    assert policy.needs_key
    try:
        Deidentifier(policy, as_of=AS_OF, detector=detector)
    except ValueError as exc:
        assert "no key was given" in str(exc)
    else:  # pragma: no cover - the assertion is the point
        raise AssertionError("a policy that refuses per-run keys ran without a key")


def test_the_sample_is_the_scanners() -> None:
    from piplkit.discover.scan.options import DEFAULT_SAMPLE_ROWS
    from piplkit.protect.deid.classify import SAMPLE_ROWS

    assert SAMPLE_ROWS == DEFAULT_SAMPLE_ROWS
