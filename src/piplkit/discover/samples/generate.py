"""Write a folder of sample business files holding synthetic Chinese PI, for the demo.

The files look like what a company's shares and databases hold: a customer CSV (UTF-8), an HR
export in GB18030, application logs (JSONL), a vendor list (XLSX), member records (Parquet),
a customer-service note (text) and a contract (DOCX), plus a small SQLite shop database. Every
value is generated (Faker zh_CN with a fixed seed), so the demo is reproducible and holds no real
person's data. Addresses come from ``divisions`` (province, city and district that belong
together), not from Faker, whose random combinations no Chinese reader would take for real.
"""

from __future__ import annotations

import csv
import json
import random
import sqlite3
from datetime import date, timedelta
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
from docx import Document
from faker import Faker
from openpyxl import Workbook

from piplkit.discover.samples import divisions
from piplkit.discover.samples import identifiers as ids


def generate_samples(target: Path, rows: int = 500, seed: int = 20261125) -> list[Path]:
    """Create the sample files under ``target`` and return their paths."""
    target.mkdir(parents=True, exist_ok=True)
    fake = Faker("zh_CN")
    fake.seed_instance(seed)
    rng = random.Random(seed)
    writers = (
        _customers_csv,
        _hr_gb18030_csv,
        _app_logs_jsonl,
        _vendors_xlsx,
        _members_parquet,
        _service_note_txt,
        _contract_docx,
        _shop_sqlite,
    )
    return [write(target, fake, rng, rows) for write in writers]


def _customers_csv(target: Path, fake: Faker, rng: random.Random, rows: int) -> Path:
    path = target / "customers.csv"
    with path.open("w", encoding="utf-8", newline="") as fh:
        out = csv.writer(fh)
        out.writerow(
            ["客户编号", "姓名", "身份证号", "手机号", "邮箱", "收货地址", "订单号", "金额", "备注"]
        )
        for i in range(rows):
            note = rng.choice(
                [
                    "",
                    "客户要求改约送货时间",
                    f"请联系{fake.name()}，电话{ids.mobile(rng)}",
                    "发票抬头已更新",
                    f"备用收件地址：{divisions.street_address(rng)}",
                ]
            )
            out.writerow(
                [
                    f"C{100000 + i}",
                    fake.name(),
                    ids.resident_id(rng),
                    ids.mobile(rng),
                    fake.email(),
                    divisions.street_address(rng),
                    ids.order_number(rng),
                    f"{rng.randrange(100, 100000) / 100:.2f}",
                    note,
                ]
            )
    return path


def _hr_gb18030_csv(target: Path, fake: Faker, rng: random.Random, rows: int) -> Path:
    path = target / "hr_export_gbk.csv"
    today = date(2026, 11, 1)
    with path.open("w", encoding="gb18030", newline="") as fh:
        out = csv.writer(fh)
        out.writerow(["工号", "xm", "sfzh", "yhkh", "入职日期", "部门"])
        for i in range(rows // 2):
            out.writerow(
                [
                    f"E{2000 + i}",
                    fake.name(),
                    ids.resident_id(rng),
                    ids.bank_card(rng),
                    (today - timedelta(days=rng.randrange(30, 4000))).isoformat(),
                    rng.choice(["财务部", "市场部", "研发中心", "人力资源部"]),
                ]
            )
    return path


def _app_logs_jsonl(target: Path, fake: Faker, rng: random.Random, rows: int) -> Path:
    path = target / "app_logs.jsonl"
    with path.open("w", encoding="utf-8") as fh:
        for i in range(rows):
            record = {
                "ts": f"2026-11-{1 + i % 28:02d}T{i % 24:02d}:{i % 60:02d}:00+08:00",
                "client_ip": fake.ipv4_public() if i % 5 else fake.ipv6(),
                "event": rng.choice(["login", "logout", "view", "pay"]),
                "app_version": f"5.{rng.randrange(0, 20)}.{rng.randrange(0, 9)}",
                "message": rng.choice(
                    [
                        "用户登录成功",
                        f"绑定手机号{ids.mobile(rng)}",
                        "支付完成",
                        f"用户{fake.name()}修改了收货地址",
                    ]
                ),
            }
            fh.write(json.dumps(record, ensure_ascii=False) + "\n")
    return path


def _vendors_xlsx(target: Path, fake: Faker, rng: random.Random, rows: int) -> Path:
    path = target / "vendors.xlsx"
    book = Workbook()
    sheet = book.active
    sheet.title = "供应商"
    sheet.append(["供应商名称", "统一社会信用代码", "联系人", "联系电话", "办公地址"])
    codes = ("91110108551385082Q", "91440300708461136T", "91310000717866186P", "913301007517011920")
    for _ in range(max(20, rows // 10)):
        sheet.append(
            [
                fake.company(),
                rng.choice(codes),
                fake.name(),
                _landline(rng),
                divisions.street_address(rng),
            ]
        )
    book.save(path)
    return path


def _landline(rng: random.Random) -> str:
    area = rng.choice(["010", "021", "020", "0755", "0571"])
    return f"{area}-{rng.randrange(2, 9)}{rng.randrange(0, 10**7):07d}"


def _members_parquet(target: Path, fake: Faker, rng: random.Random, rows: int) -> Path:
    path = target / "members.parquet"
    born = [
        date(2026, 11, 1) - timedelta(days=rng.randrange(365 * 6, 365 * 60)) for _ in range(rows)
    ]
    table = pa.table(
        {
            "member_id": [f"M{i:06d}" for i in range(rows)],
            "name": [fake.name() for _ in range(rows)],
            "id_no": [ids.resident_id(rng, b) for b in born],
            "phone": [ids.mobile(rng) for _ in range(rows)],
            "plate": [
                f"{rng.choice('京沪粤浙苏川')}{rng.choice('ABCDEF')}{rng.randrange(10000, 99999)}"
                for _ in range(rows)
            ],
            "points": [rng.randrange(0, 50000) for _ in range(rows)],
        }
    )
    pq.write_table(table, path)
    return path


def _service_note_txt(target: Path, fake: Faker, rng: random.Random, rows: int) -> Path:
    path = target / "service_notes.txt"
    lines = []
    for _ in range(max(20, rows // 20)):
        lines.append(
            f"{fake.date_this_year()} 客户{fake.name()}来电反映快递未送达，"
            f"留下手机{ids.mobile(rng)}，"
            f"收货地址为{divisions.street_address(rng)}。已登记工单，订单号{ids.order_number(rng)}。"
        )
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _contract_docx(target: Path, fake: Faker, rng: random.Random, rows: int) -> Path:
    path = target / "labour_contract.docx"
    doc = Document()
    doc.add_heading("劳动合同", level=1)
    doc.add_paragraph(f"甲方：{fake.company()}，统一社会信用代码 91110108551385082Q。")
    doc.add_paragraph(
        f"乙方：{fake.name()}，居民身份证号码 {ids.resident_id(rng)}，联系电话 {ids.mobile(rng)}，"
        f"住址 {divisions.street_address(rng)}。"
    )
    doc.add_paragraph(f"工资发放账户：{ids.bank_card(rng)}。")
    doc.save(str(path))
    return path


def _shop_sqlite(target: Path, fake: Faker, rng: random.Random, rows: int) -> Path:
    path = target / "shop.db"
    path.unlink(missing_ok=True)
    con = sqlite3.connect(path)
    with con:
        con.execute(
            "CREATE TABLE users (id INTEGER PRIMARY KEY, nickname TEXT, mobile TEXT, "
            "email TEXT, register_ip TEXT, created_at TEXT)"
        )
        con.execute(
            "CREATE TABLE orders (order_no TEXT PRIMARY KEY, user_id INTEGER, amount REAL, "
            "receiver TEXT, receiver_phone TEXT, address TEXT)"
        )
        for i in range(rows):
            con.execute(
                "INSERT INTO users VALUES (?,?,?,?,?,?)",
                (
                    i,
                    fake.user_name(),
                    ids.mobile(rng),
                    fake.email(),
                    fake.ipv4_public(),
                    f"2026-0{1 + i % 9}-1{i % 10} 08:00:00",
                ),
            )
            con.execute(
                "INSERT INTO orders VALUES (?,?,?,?,?,?)",
                (
                    ids.order_number(rng) + str(i),
                    i,
                    rng.randrange(100, 100000) / 100,
                    fake.name(),
                    ids.mobile(rng),
                    divisions.street_address(rng),
                ),
            )
    con.close()
    return path
