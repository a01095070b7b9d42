"""Synthetic addresses: province, city and district always belong together.

cpca, the address parser piplkit already uses, is the judge: it reads an address back to the
six-digit adcode of its county-level division, which must be the division it was built from.
"""

from __future__ import annotations

import csv
import random
import sqlite3
from pathlib import Path

import pytest

from piplkit.discover.samples import divisions
from piplkit.discover.samples.generate import generate_samples

cpca = pytest.importorskip("cpca")


def _adcodes(addresses: list[str]) -> list[str]:
    frame = cpca.transform(addresses)
    return [str(code)[:6] if code else "" for code in frame["adcode"]]


def test_every_division_of_the_table_round_trips_through_cpca() -> None:
    rng = random.Random(7)
    table = divisions.divisions()
    assert len(table) > 2800
    addresses = [divisions.street_address(rng, d) for d in table]
    wrong = [
        (a, d.adcode, got)
        for a, d, got in zip(addresses, table, _adcodes(addresses), strict=True)
        if got != d.adcode
    ]
    assert not wrong, wrong[:10]


def test_municipalities_and_direct_counties_are_written_as_in_real_addresses() -> None:
    by_code = {d.adcode: d for d in divisions.divisions()}
    assert by_code["110105"].head == "北京市朝阳区"  # no 北京市北京市, no 市辖区
    assert by_code["500229"].head == "重庆市城口县"  # the table's "县" row is no city
    assert by_code["429004"].head == "湖北省仙桃市"  # directly under the province
    assert by_code["440305"].head == "广东省深圳市南山区"


def test_generation_is_deterministic() -> None:
    first = [divisions.street_address(random.Random(3)) for _ in range(3)]
    assert first == [divisions.street_address(random.Random(3)) for _ in range(3)]


def incoherent(addresses: list[str]) -> list[str]:
    """Addresses that do not start with the province/city/county cpca reads from them."""
    by_code = {d.adcode: d for d in divisions.divisions()}
    return [
        a
        for a, code in zip(addresses, _adcodes(addresses), strict=True)
        if code not in by_code or not a.startswith(by_code[code].head)
    ]


def test_the_coherence_check_rejects_fakers_random_combinations() -> None:
    assert incoherent(["天津市西宁市南湖哈尔滨街b座 469074", "广西壮族自治区天津市江北蒋路H座"])
    assert not incoherent(["广东省深圳市南山区科技路12号", "北京市朝阳区建设路3号"])


def test_demo_files_hold_only_coherent_addresses(tmp_path: Path) -> None:
    """The demo's customer CSV and shop database: no 天津市西宁市… any more."""
    generate_samples(tmp_path, rows=60)
    with (tmp_path / "customers.csv").open(encoding="utf-8", newline="") as fh:
        addresses = [row["收货地址"] for row in csv.DictReader(fh)]
    with sqlite3.connect(tmp_path / "shop.db") as conn:
        addresses += [row[0] for row in conn.execute("SELECT address FROM orders")]
    assert len(addresses) >= 100
    bad = incoherent(addresses)
    assert not bad, bad[:5]
