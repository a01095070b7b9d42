"""How many raw PI values survive ``piplkit deid`` (default policy) on tables written by others?

Tables are generated the way other people's exports look: Faker zh_CN values under headers in
Chinese, English and pinyin, stored as CSV (UTF-8 and GB18030), XLSX, JSONL and Parquet, with
dirty and out-of-range values mixed in — phone numbers in data-only segments (14x), ``+86`` and
spaced writings, full-width digits, typos, resident IDs with province-level region codes (Faker's
own ``ssn`` makes many), wrong check digits, 15-digit and decorated IDs, e-mails in angle
brackets, odd date writings. Business columns (order numbers, amounts, statuses) sit beside them.

The real CLI runs in a child process with ``--src`` first on ``PYTHONPATH``, so the same tables
measure any checkout: run it once on the code before a change and once after.

A PI cell *survives* when its output equals its input, or (identifier types) when the input's
letters and digits appear unbroken in the output. Counts are printed per table and type and in
total; no value is printed.

    python benchmarks/bench_deid_survivors.py --src src
    python benchmarks/bench_deid_survivors.py --src /path/to/old/checkout/src --rows 2000
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import random
import re
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from faker import Faker

#: Types whose values are identifiers: their letters and digits must not survive unbroken.
IDENTIFIERS = frozenset(
    {"cn_mobile", "cn_landline", "cn_resident_id", "bank_card", "email", "passport", "imei",
     "license_plate", "qq_number", "mac_address", "vin"}
)  # fmt: skip
_ALNUM = re.compile(r"[^0-9A-Za-z]")
_FULLWIDTH = str.maketrans("0123456789", "０１２３４５６７８９")


@dataclass(frozen=True)
class Column:
    header: str
    type_id: str | None  # None: a business column, not PI
    make: Callable[[Faker, random.Random], Any]


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def phone(fake: Faker, rng: random.Random) -> str:
    value = fake.phone_number()
    roll = rng.random()
    if roll < 0.08:  # data-only / IoT segments: no mobile recognizer accepts them
        return "14" + rng.choice("01468") + _digits(rng, 8)
    if roll < 0.12:
        return f"+86 {value[:3]} {value[3:7]} {value[7:]}"
    if roll < 0.15:
        return f"{value[:3]}-{value[3:7]}-{value[7:]}"
    if roll < 0.17:
        return value.translate(_FULLWIDTH)
    if roll < 0.21:
        return value[:-1] if rng.random() < 0.5 else value + rng.choice("0123456789")
    if roll < 0.23:
        return f"{value}(微信同号)"
    return value


def resident_id(fake: Faker, rng: random.Random) -> str:
    value = fake.ssn()  # region codes are often province-level (310000…): not valid IDs
    roll = rng.random()
    if roll < 0.05:
        return value[:-1] + ("0" if value[-1] != "0" else "1")  # wrong check character
    if roll < 0.08:
        return value[:6] + value[8:17]  # the old 15-digit form (no check character)
    if roll < 0.10:
        return value.lower()
    if roll < 0.12:
        return f"{value[:6]} {value[6:14]} {value[14:]}"
    if roll < 0.14:
        return f"{value}（已核验）"
    return value


def bank_card(fake: Faker, rng: random.Random) -> str:
    from piplkit.discover.samples.identifiers import bank_card as card

    value = card(rng, prefix=rng.choice(["622202", "621700", "622848", "436742"]))
    roll = rng.random()
    if roll < 0.1:
        return " ".join(value[i : i + 4] for i in range(0, len(value), 4))
    if roll < 0.18:
        return value[:-1] + str((int(value[-1]) + 1) % 10)  # fails the Luhn check
    return value


def email(fake: Faker, rng: random.Random) -> str:
    value = fake.email()
    roll = rng.random()
    if roll < 0.05:
        return f"{fake.name()} <{value}>"
    if roll < 0.1:
        return value.upper()
    if roll < 0.13:
        return value.rsplit(".", 1)[0]  # no top-level domain
    return value


def name(fake: Faker, rng: random.Random) -> str:
    value = fake.name()
    roll = rng.random()
    if roll < 0.05:
        return " ".join(value)
    if roll < 0.08:
        return value + rng.choice(["先生", "女士", "(VIP)"])
    return value


def landline(fake: Faker, rng: random.Random) -> str:
    area = rng.choice(["010", "021", "0755", "0571", "028"])
    value = f"{area}-{rng.randint(2, 8)}{_digits(rng, 7)}"
    return value + "-" + _digits(rng, 3) if rng.random() < 0.1 else value


def birth(fake: Faker, rng: random.Random) -> str:
    day = fake.date_of_birth(minimum_age=1, maximum_age=90)
    return rng.choice(
        [day.isoformat(), f"{day:%Y/%m/%d}", f"{day:%Y%m%d}", f"{day:%d/%m/%Y}",
         f"{day.year}年{day.month}月{day.day}日", f"{day.year}年{day.month}月"]
    )  # fmt: skip


def plate(fake: Faker, rng: random.Random) -> str:
    value = fake.license_plate().replace("-", "")
    return value if rng.random() > 0.1 else value[:2] + "·" + value[2:]


def passport(fake: Faker, rng: random.Random) -> str:
    value = rng.choice("EG") + _digits(rng, 8)
    return value if rng.random() > 0.1 else value.lower()


def imei(fake: Faker, rng: random.Random) -> str:
    from stdnum import luhn

    body = "35" + _digits(rng, 12)
    return body + luhn.calc_check_digit(body)


def coordinates(fake: Faker, rng: random.Random) -> str:
    return f"{float(fake.latitude()):.6f},{float(fake.longitude()):.6f}"


def order_no(fake: Faker, rng: random.Random) -> str:
    from piplkit.discover.samples.identifiers import order_number

    return order_number(rng)


C = Column
TABLES: dict[str, list[Column]] = {
    "customers": [
        C("订单号", None, order_no), C("客户姓名", "person_name", name),
        C("手机号", "cn_mobile", phone), C("身份证号", "cn_resident_id", resident_id),
        C("收货地址", "address", lambda f, r: f.address()),
        C("金额", None, lambda f, r: f"{r.randint(1, 99999)}.{r.randint(0, 99):02d}"),
        C("状态", None, lambda f, r: r.choice(["已支付", "已发货", "已退款"])),
    ],
    "hr": [
        C("xm", "person_name", name), C("sfzh", "cn_resident_id", resident_id),
        C("lxdh", "cn_mobile", phone), C("email", "email", email),
        C("gzdw", "employer", lambda f, r: f.company()), C("rzrq", None, lambda f, r: f.date()),
    ],
    "bank": [
        C("customer_name", "person_name", name), C("id_card_no", "cn_resident_id", resident_id),
        C("card_no", "bank_card", bank_card), C("mobile", "cn_mobile", phone),
        C("balance", "account_balance", lambda f, r: f"{r.uniform(0, 1e6):.2f}"),
    ],
    "clinic": [
        C("患者姓名", "person_name", name), C("出生日期", "birth_date", birth),
        C("联系电话", "cn_mobile", phone), C("家庭电话", "cn_landline", landline),
        C("证件号码", "cn_resident_id", resident_id),
        C("科室", None, lambda f, r: r.choice(["内科", "外科", "儿科"])),
    ],
    "app_users": [
        C("userName", "person_name", name), C("phoneNumber", "cn_mobile", phone),
        C("email", "email", email), C("lastLoginIp", "ipv4", lambda f, r: f.ipv4()),
        C("imei", "imei", imei), C("location", "geo_coordinates", coordinates),
    ],
    "fleet": [
        C("车主", "person_name", name), C("车牌号", "license_plate", plate),
        C("护照号", "passport", passport), C("手机", "cn_mobile", phone),
        C("里程", None, lambda f, r: str(r.randint(100, 300000))),
    ],
}  # fmt: skip
FORMATS = {"customers": "csv", "hr": "gb18030.csv", "bank": "xlsx", "clinic": "jsonl",
           "app_users": "parquet", "fleet": "csv"}  # fmt: skip


def generate(folder: Path, rows: int, seed: int) -> dict[str, tuple[Path, list[list[Any]]]]:
    fake = Faker("zh_CN")
    fake.seed_instance(seed)
    rng = random.Random(seed)
    out: dict[str, tuple[Path, list[list[Any]]]] = {}
    for table, columns in TABLES.items():
        data = [[c.make(fake, rng) for c in columns] for _ in range(rows)]
        header = [c.header for c in columns]
        kind = FORMATS[table]
        path = folder / f"{table}.{kind.rsplit('.', 1)[-1]}"
        if kind.endswith("csv"):
            encoding = "gb18030" if kind.startswith("gb18030") else "utf-8"
            with path.open("w", encoding=encoding, newline="") as fh:
                csv.writer(fh).writerows([header, *data])
        elif kind == "xlsx":
            from openpyxl import Workbook

            book = Workbook(write_only=True)
            sheet = book.create_sheet("data")
            sheet.append(header)
            for row in data:  # Excel users type card and phone numbers as numbers
                sheet.append([int(v) if str(v).isdigit() and len(str(v)) < 16 else v for v in row])
            book.save(path)
        elif kind == "jsonl":
            with path.open("w", encoding="utf-8") as fh:
                for row in data:
                    fh.write(json.dumps(dict(zip(header, row, strict=True)), ensure_ascii=False))
                    fh.write("\n")
        else:
            import pyarrow as pa
            import pyarrow.parquet as pq

            pq.write_table(pa.table({h: [r[i] for r in data] for i, h in enumerate(header)}), path)
        out[table] = (path, data)
    return out


def read_back(path: Path, header: list[str]) -> list[list[Any]]:
    if path.suffix == ".csv":
        for encoding in ("utf-8", "gb18030"):
            try:
                with path.open(encoding=encoding, newline="") as fh:
                    return list(csv.reader(fh))[1:]
            except UnicodeDecodeError:
                continue
    if path.suffix == ".xlsx":
        from openpyxl import load_workbook

        book = load_workbook(path, read_only=True)
        return [list(r) for r in book.worksheets[0].iter_rows(values_only=True)][1:]
    if path.suffix == ".jsonl":
        lines = path.read_text(encoding="utf-8").splitlines()
        return [[json.loads(line).get(h) for h in header] for line in lines]
    import pyarrow.parquet as pq

    table = pq.read_table(path)
    return [list(r.values()) for r in table.to_pylist()]


def survives(before: Any, after: Any, type_id: str) -> bool:
    raw, out = "" if before is None else str(before), "" if after is None else str(after)
    if not raw.strip():
        return False
    if out == raw:
        return True
    if type_id in IDENTIFIERS:
        core = _ALNUM.sub("", raw.translate({0xFF10 + i: 0x30 + i for i in range(10)}))
        return len(core) >= 7 and core in _ALNUM.sub("", out)
    return False


def run(src: Path, rows: int, seed: int, workdir: Path | None) -> dict[str, Any]:
    env = {**os.environ, "PYTHONPATH": str(src.resolve())}
    env.pop("PIPLKIT_HMAC_KEY", None)
    entry = "from piplkit.faces.cli.app import main; main()"
    totals: Counter[str] = Counter()
    per_type: dict[str, Counter[str]] = {}
    tables: list[dict[str, Any]] = []
    with tempfile.TemporaryDirectory(dir=workdir) as tmp:
        folder = Path(tmp)
        started = time.perf_counter()
        for table, (path, data) in generate(folder, rows, seed).items():
            target = folder / f"{table}.out{path.suffix}"
            command = [sys.executable, "-c", entry, "deid", str(path), str(target),
                       "--as-of", "2026-11-25"]  # fmt: skip
            done = subprocess.run(command, env=env, capture_output=True, text=True)
            if done.returncode != 0:
                raise SystemExit(f"{table}: piplkit deid failed: {done.stderr.strip()[-300:]}")
            header = [c.header for c in TABLES[table]]
            out = read_back(target, header)
            counts: Counter[str] = Counter()
            for row_in, row_out in zip(data, out, strict=True):
                for i, column in enumerate(TABLES[table]):
                    if column.type_id is None:
                        counts["business_cells"] += 1
                        counts["business_changed"] += str(row_in[i]) != str(row_out[i])
                        continue
                    if row_in[i] is None or not str(row_in[i]).strip():
                        continue
                    hit = survives(row_in[i], row_out[i], column.type_id)
                    counts["pi_cells"] += 1
                    counts["survivors"] += hit
                    bucket = per_type.setdefault(column.type_id, Counter())
                    bucket["cells"] += 1
                    bucket["survivors"] += hit
            totals.update(counts)
            tables.append({"table": table, "format": FORMATS[table], **counts})
        seconds = time.perf_counter() - started
    return {
        "src": str(src),
        "rows_per_table": rows,
        "tables": tables,
        "by_type": {t: dict(c) for t, c in sorted(per_type.items())},
        "pi_cells": totals["pi_cells"],
        "survivors": totals["survivors"],
        "business_cells": totals["business_cells"],
        "business_changed": totals["business_changed"],
        "seconds": round(seconds, 1),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--src", type=Path, default=Path(__file__).parent.parent / "src")
    parser.add_argument("--rows", type=int, default=2000, help="rows per table (6 tables)")
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--workdir", type=Path, default=None)
    args = parser.parse_args()
    print(json.dumps(run(args.src, args.rows, args.seed, args.workdir), ensure_ascii=False))


if __name__ == "__main__":
    main()
