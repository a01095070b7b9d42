"""Synthetic test data for scan tests: valid resident IDs, Faker zh_CN people, tiny PDFs.

Resident IDs are built from a real region code (110105, Beijing Chaoyang) with the check
character computed by python-stdnum; Faker's ssn() is not used (its regions often fail stdnum).
"""

from __future__ import annotations

import csv
import random
from collections.abc import Callable, Mapping, Sequence
from datetime import date
from pathlib import Path

from faker import Faker
from stdnum.cn import ric

AS_OF = date(2026, 11, 25)
HEADER = ["sfzh", "姓名", "手机号", "order_no", "email", "地址", "备注", "amount"]


def resident_id(born: date, seq: int = 123) -> str:
    body = f"110105{born:%Y%m%d}{seq % 1000:03d}"
    number = body + ric.calc_check_digit(body + "0")
    assert ric.is_valid(number)
    return number


def random_id(rng: random.Random, *, minor: bool = False) -> str:
    year = rng.randint(2015, 2020) if minor else rng.randint(1950, 2005)
    return resident_id(date(year, rng.randint(1, 12), rng.randint(1, 28)), rng.randint(0, 999))


def order_number(rng: random.Random) -> str:
    """18 random digits starting with 9 (no province code starts with 9: never a valid ID)."""
    return "9" + "".join(rng.choice("0123456789") for _ in range(17))


def mobile(rng: random.Random) -> str:
    return rng.choice(["138", "139", "186", "150", "177"]) + f"{rng.randint(0, 99_999_999):08d}"


def people_rows(n: int, seed: int = 7, minors_every: int = 0) -> list[list[str]]:
    fake = Faker("zh_CN")
    fake.seed_instance(seed)
    rng = random.Random(seed)
    rows = []
    for i in range(n):
        minor = bool(minors_every) and i % minors_every == 0
        note = f"客户{fake.name()}来电，回拨{mobile(rng)}" if i % 5 == 0 else "已处理"
        rows.append(
            [
                random_id(rng, minor=minor),
                fake.name(),
                mobile(rng),
                order_number(rng),
                fake.email(),
                fake.address(),
                note,
                str(rng.randint(1, 9999)),
            ]
        )
    return rows


def write_csv(
    path: Path, rows: list[list[str]], *, encoding: str = "utf-8", delimiter: str = ","
) -> Path:
    with path.open("w", newline="", encoding=encoding) as fh:
        writer = csv.writer(fh, delimiter=delimiter)
        writer.writerow(HEADER)
        writer.writerows(rows)
    return path


def write_pdf(path: Path, lines: list[str]) -> Path:
    """A one-page PDF with ASCII text in Helvetica, written by hand (no PDF library needed)."""
    ops = ["BT /F1 11 Tf 50 780 Td 14 TL"]
    for line in lines:
        escaped = line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
        ops.append(f"({escaped}) Tj T*")
    ops.append("ET")
    stream = "\n".join(ops).encode("ascii")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    path.write_bytes(bytes(out))
    return path


#: The surnames and given-name characters most scan tests draw Chinese names from.
COMMON_SURNAMES = "张王李赵刘陈杨黄周吴"
COMMON_GIVEN = ("伟", "芳", "娜", "敏", "静", "磊", "洋", "艳", "勇", "军")


def chinese_name(
    rng: random.Random,
    surnames: Sequence[str] = COMMON_SURNAMES,
    given: Sequence[str] = COMMON_GIVEN,
) -> str:
    """A two- or three-character Chinese name (a surname and one or two given characters)."""
    return rng.choice(surnames) + rng.choice(given) + rng.choice(["", *given])


def pick(rng: random.Random, words: Sequence[str], n: int = 60) -> list[str]:
    """``n`` cells drawn from ``words``: a column of one vocabulary."""
    return [rng.choice(words) for _ in range(n)]


#: The columns a register of persons puts beside the column under test, in order.
NAME_AND_ID: dict[str, Callable[[random.Random], str]] = {
    "姓名": chinese_name,
    "身份证号": random_id,
}


def in_register(
    header: str,
    values: list[str],
    rng: random.Random,
    beside: Mapping[str, Callable[[random.Random], str]] = NAME_AND_ID,
) -> str | None:
    """The type the classifier gives ``header`` in a register of persons.

    Many rules read a column differently when the table records people, so these tests put the
    column beside a person's name and identifier columns (``beside``, filled in order) and ask for
    its type there.
    """
    from tests.scan.test_export_vocabulary import types

    n = len(values)
    table = {column: [make(rng) for _ in range(n)] for column, make in beside.items()}
    table[header] = values
    return types(table)[header]
