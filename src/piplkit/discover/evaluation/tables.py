"""CSV tables with a gold PI type per column, in UTF-8 and GB18030.

Headers are the ones found in Chinese business exports (pinyin initials such as ``sfzh``,
Chinese, English); some columns get an opaque header (``col3``) so that a classifier must judge
by content. Non-PI columns (order numbers, amounts, notes, timestamps) have gold type ``None``.
"""

from __future__ import annotations

import csv
import io
import random
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from piplkit.discover.evaluation.model import TableSpec
from piplkit.discover.evaluation.values import ValueFactory

ENCODINGS = ("utf-8", "gb18030")
_BLANK_RATE = 0.05
_OPAQUE_HEADER_RATE = 0.15

_NOTES = (
    "放门口",
    "加急",
    "工作日送货",
    "已电话确认",
    "发票随货",
    "周末不在家",
    "易碎品轻放",
    "无",
    "",
    "请勿敲门",
    "到付",
    "赠品已附",
)
_STATUSES = ("已支付", "已发货", "已签收", "退款中", "已取消")


@dataclass(frozen=True)
class ColumnKind:
    """A column family: its gold type, its usual headers, and how a cell is made."""

    type: str | None
    headers: tuple[str, ...]
    cell: Callable[[ValueFactory], str]


def _amount(f: ValueFactory) -> str:
    return f"{f.rng.randint(1, 99999)}.{f.rng.randint(0, 99):02d}"


def _slot(name: str) -> Callable[[ValueFactory], str]:
    return lambda f: f.draw(name).text


COLUMN_KINDS: tuple[ColumnKind, ...] = (
    ColumnKind(
        "cn_resident_id",
        ("sfzh", "身份证号", "证件号码", "id_card", "身份证"),
        _slot("cn_resident_id"),
    ),
    ColumnKind("cn_mobile", ("手机号", "mobile", "phone", "联系电话", "sjh"), _slot("cn_mobile")),
    ColumnKind("person_name", ("姓名", "name", "xm", "客户姓名", "收件人"), _slot("person_name")),
    ColumnKind("address", ("地址", "address", "住址", "收货地址", "dz"), _slot("address")),
    ColumnKind("email", ("邮箱", "email", "电子邮件"), _slot("email")),
    ColumnKind("bank_card", ("银行卡号", "card_no", "yhkh", "账号"), _slot("bank_card")),
    ColumnKind("cn_landline", ("座机", "tel", "办公电话"), _slot("cn_landline")),
    ColumnKind("ipv4", ("ip", "登录IP", "client_ip"), _slot("ipv4")),
    ColumnKind("ipv6", ("ipv6", "ip6_addr"), _slot("ipv6")),
    ColumnKind("passport", ("护照号", "passport_no", "hzh"), _slot("passport")),
    ColumnKind("license_plate", ("车牌号", "plate", "cph"), _slot("license_plate")),
    ColumnKind("hk_macau_permit", ("通行证号", "permit_no", "txzh"), _slot("hk_macau_permit")),
    ColumnKind("cn_uscc", ("统一社会信用代码", "uscc", "tyshxydm"), _slot("cn_uscc")),
    ColumnKind(None, ("order_no", "订单号", "ddh"), _slot("order_no")),
    ColumnKind(None, ("amount", "金额", "je"), _amount),
    ColumnKind(None, ("备注", "remark", "note"), lambda f: f.rng.choice(_NOTES)),
    ColumnKind(None, ("created_at", "下单时间", "update_time"), _slot("timestamp")),
    ColumnKind(None, ("status", "状态"), lambda f: f.rng.choice(_STATUSES)),
    ColumnKind(None, ("qty", "数量"), lambda f: str(f.rng.randint(1, 500))),
    ColumnKind(None, ("运单号", "tracking_no"), _slot("tracking_no")),
    ColumnKind(None, ("公司名称", "company"), _slot("company")),
    ColumnKind(None, ("邮编", "postcode", "yb"), _slot("postcode")),
    ColumnKind(None, ("sku", "商品编码"), _slot("sku")),
    ColumnKind(None, ("version", "版本号"), _slot("version")),
)

_PI_KINDS = [k for k in COLUMN_KINDS if k.type is not None]
_OTHER_KINDS = [k for k in COLUMN_KINDS if k.type is None]


def _choose_columns(index: int, rng: random.Random) -> list[ColumnKind]:
    """Four PI and three non-PI columns; table ``index`` starts where the previous one ended in a
    fixed shuffled cycle, so that every kind appears once the set has a few tables."""
    pi = [_PI_KINDS[(index * 4 + i) % len(_PI_KINDS)] for i in range(4)]
    other = [_OTHER_KINDS[(index * 3 + i) % len(_OTHER_KINDS)] for i in range(3)]
    columns = pi + other
    rng.shuffle(columns)
    return columns


def _headers(columns: Sequence[ColumnKind], rng: random.Random) -> list[str]:
    headers: list[str] = []
    for i, kind in enumerate(columns, 1):
        header = f"col{i}" if rng.random() < _OPAQUE_HEADER_RATE else rng.choice(kind.headers)
        while header in headers:
            header += "_2"
        headers.append(header)
    return headers


def _rows(columns: Sequence[ColumnKind], count: int, factory: ValueFactory) -> Iterator[list[str]]:
    for _ in range(count):
        yield ["" if factory.rng.random() < _BLANK_RATE else k.cell(factory) for k in columns]


def write_tables(out_dir: Path, count: int, rows: int, factory: ValueFactory) -> list[TableSpec]:
    """Write ``count`` CSV files under ``out_dir`` alternating encodings; return their specs."""
    out_dir.mkdir(parents=True, exist_ok=True)
    specs: list[TableSpec] = []
    for index in range(count):
        encoding = ENCODINGS[index % len(ENCODINGS)]
        columns = _choose_columns(index, factory.rng)
        headers = _headers(columns, factory.rng)
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\n")
        writer.writerow(headers)
        writer.writerows(_rows(columns, rows, factory))
        name = f"t{index + 1:02d}_{encoding.replace('-', '')}.csv"
        (out_dir / name).write_bytes(buffer.getvalue().encode(encoding))
        specs.append(
            TableSpec(
                file=f"{out_dir.name}/{name}",
                encoding=encoding,
                rows=rows,
                columns=tuple((h, k.type) for h, k in zip(headers, columns, strict=True)),
            )
        )
    return specs


#: The fixed column set of the large benchmark table: a typical customer/order export.
BENCH_COLUMNS: tuple[str, ...] = (
    "id",
    "姓名",
    "sfzh",
    "手机号",
    "email",
    "地址",
    "银行卡号",
    "order_no",
    "amount",
    "备注",
    "created_at",
)
#: Gold column type of the benchmark table (``None``: not PI).
BENCH_GOLD: dict[str, str | None] = {
    "id": None,
    "姓名": "person_name",
    "sfzh": "cn_resident_id",
    "手机号": "cn_mobile",
    "email": "email",
    "地址": "address",
    "银行卡号": "bank_card",
    "order_no": None,
    "amount": None,
    "备注": None,
    "created_at": None,
}
_BENCH_KINDS = {
    "姓名": "person_name",
    "sfzh": "cn_resident_id",
    "手机号": "cn_mobile",
    "email": "email",
    "地址": "address",
    "银行卡号": "bank_card",
    "order_no": "order_no",
    "created_at": "timestamp",
}


def stream_bench_csv(path: Path, size_bytes: int, seed: int = 0, pool_size: int = 5000) -> int:
    """Write a UTF-8 CSV of about ``size_bytes`` to ``path`` without holding it in memory.

    A pool of generated rows is drawn once; the file repeats random pool rows under a running id,
    because drawing every cell from Faker would make a 1 GB file take far longer to write than to
    scan. Returns the number of data rows written.
    """
    factory = ValueFactory(seed)
    pool: list[bytes] = []
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    for _ in range(pool_size):
        row = []
        for col in BENCH_COLUMNS[1:]:
            if col == "amount":
                row.append(_amount(factory))
            elif col == "备注":
                row.append(factory.rng.choice(_NOTES))
            else:
                row.append(factory.draw(_BENCH_KINDS[col]).text)
        writer.writerow(row)
        pool.append(buffer.getvalue().encode("utf-8"))
        buffer.seek(0)
        buffer.truncate()
    rng = random.Random(seed)
    count = 0
    with path.open("wb") as fh:
        header = (",".join(BENCH_COLUMNS) + "\n").encode("utf-8")
        fh.write(header)
        written = len(header)
        while written < size_bytes:
            chunk = []
            for row_bytes in rng.choices(pool, k=1000):
                count += 1
                chunk.append(b"%d,%s" % (count, row_bytes))
            data = b"".join(chunk)
            fh.write(data)
            written += len(data)
    return count
