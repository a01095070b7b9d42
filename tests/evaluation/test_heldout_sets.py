"""Held-out column sets 9 onward hold what their manifests say, one module for every set: a new
set adds one ``HeldoutSet`` row to ``SETS`` (its floors and its messy variants as fields).

These tests look at the SET, never at the classifier: one seed writes the same bytes; every file
decodes strictly in its declared encoding and holds the declared headers, rows and layout rows;
every gold is a catalogue type id present in at least two columns; the brief's size, non-PI,
minors and format floors hold; identifiers carry valid check digits (checked with
``heldout_checks``' own code, from the standards); the messy variants each brief asks for are in
the files; a report's breakdowns name no cell value.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from piplkit.assess.law.pi_types import load_catalogue
from piplkit.discover.evaluation.breakdowns import (
    SET_9,
    SET_10,
    SET_11,
    SET_12,
    SET_13,
    SET_14,
    SET_15,
    SET_16,
    SET_17,
    SET_18,
    SET_19,
    SET_20,
    SET_21,
    SetBreakdowns,
)
from piplkit.discover.evaluation.heldout6.spec import STYLES
from piplkit.discover.evaluation.heldout9 import build as build9
from piplkit.discover.evaluation.heldout10 import build as build10
from piplkit.discover.evaluation.heldout11 import build as build11
from piplkit.discover.evaluation.heldout12 import build as build12
from piplkit.discover.evaluation.heldout13 import build as build13
from piplkit.discover.evaluation.heldout14 import build as build14
from piplkit.discover.evaluation.heldout15 import build as build15
from piplkit.discover.evaluation.heldout16 import build as build16
from piplkit.discover.evaluation.heldout17 import build as build17
from piplkit.discover.evaluation.heldout18 import build as build18
from piplkit.discover.evaluation.heldout19 import build as build19
from piplkit.discover.evaluation.heldout20 import build as build20
from piplkit.discover.evaluation.heldout21 import build as build21

from .heldout_checks import _luhn, _mod11_2, _read, _rid, _uscc, _vin

#: Tables already read, by folder, file and sheet: three tests read every table of a set, and
#: reading a workbook costs more than the checks (the size bound drops a finished set).
_READ: dict[tuple[str, str, str | None], tuple[list[Any], list[list[Any]]]] = {}


def _read_once(folder: Path, t: dict[str, Any]) -> tuple[list[Any], list[list[Any]]]:
    key = (str(folder), t["file"], t.get("sheet"))
    if key not in _READ:
        if len(_READ) >= 1000:
            _READ.clear()
        _READ[key] = _read(folder, t)
    return _READ[key]


#: The messy variants a brief may ask for, each a test of one cell (its value and its text).
MESSY: dict[str, Callable[[Any, str], bool]] = {
    "masked phone": lambda v, s: bool(re.fullmatch(r"1\d\d\*{4}\d{4}", s)),
    "masked id": lambda v, s: bool(re.fullmatch(r"\d{6}\*{8}\d{3}[\dX]", s)),
    "masked card": lambda v, s: bool(re.fullmatch(r"\d{4} \*{4} \*{4} \d{4}", s)),
    "masked name": lambda v, s: bool(re.fullmatch(r"[\u4e00-\u9fff]\*[\u4e00-\u9fff]?", s)),
    "+86": lambda v, s: s.startswith("+86 "),
    "spaced phone": lambda v, s: bool(re.fullmatch(r"1\d\d \d{4} \d{4}", s)),
    "full-width": lambda v, s: bool(re.search(r"[０-９]{11}", s)),
    "spaced id": lambda v, s: bool(re.fullmatch(r"\d{6} \d{8} \d{3}[\dXx]", s)),
    "apostrophe id": lambda v, s: bool(re.fullmatch(r"'\d{17}[\dX]", s)),
    "15-digit id": lambda v, s: bool(re.fullmatch(r"\d{15}", s)),
    "pinyin name": lambda v, s: bool(re.fullmatch(r"[A-Z]+/[A-Z]+|[A-Z][a-z]+ [A-Z][a-z]+", s)),
    "先生/女士": lambda v, s: bool(re.fullmatch(r".(先生|女士)", s)),
    "typed number": lambda v, s: isinstance(v, int) and v > 10**10,
    "chinese date": lambda v, s: bool(re.fullmatch(r"\d{4}年\d{1,2}月\d{1,2}日", s)),
    "two phones": lambda v, s: bool(re.fullmatch(r"1\d{10}/1\d{10}", s)),
    "phone tail": lambda v, s: bool(re.fullmatch(r"尾号\d{4}", s)),
    "json cell": lambda v, s: s.startswith(("{", "[{")),
    "json entries": lambda v, s: s.startswith('[{"name"') or s.startswith('{"颜色"'),
    "amount as text": lambda v, s: bool(re.fullmatch(r"\d{1,3}(,\d{3})+\.\d\d", s)),
    "trailing space": lambda v, s: s != s.rstrip() and bool(s.strip()),
    "phone and spaces": lambda v, s: bool(re.fullmatch(r"1\d{10} +", s)),
    "excel serial": lambda v, s: isinstance(v, int) and 20000 < v < 47000,
    "excel serial as text": lambda v, s: len(s) == 5 and s.isdigit() and 20000 < int(s) < 47000,
    "starred name": lambda v, s: bool(re.fullmatch(r"[\u4e00-\u9fff]\*{1,3}", s)),
    "tab prefix": lambda v, s: bool(re.fullmatch(r"\t\d{11,19}X?", s)),
}
#: The variants every set since 9 has.
_COMMON = ("masked phone", "masked id", "masked card", "+86", "spaced phone", "full-width",
           "pinyin name", "先生/女士", "typed number", "chinese date")  # fmt: skip
#: What the six identifier generators every set has are checked with.
_IDS = ("rid", "bank_card", "imei", "vin", "uscc", "fprid")
#: Blank cells of sets 10 to 12 (set 9 also wrote ``\\N``, sets 11 and 12 a lone space).
_BLANKS = (None, "", "-", "无", "NULL", "/", "N/A", "——", "暂无")
_BASE_CHECKS: dict[str, Callable[[str], bool]] = {
    "rid": _rid, "dl": _rid, "bank_card": _luhn, "imei": _luhn, "vin": _vin, "uscc": _uscc,
    "fprid": _mod11_2,
}  # fmt: skip


@dataclass(frozen=True)
class HeldoutSet:
    """What one held-out set's brief promised, as its tests check it."""

    number: int
    build: ModuleType  # its ``heldoutN.build`` (``generate``, ``all_tables``, ``DEFAULT_SEED``)
    breakdowns: SetBreakdowns
    seed: int
    reference_date: str
    # generator -> check digit test (``rid_int`` is never one: a workbook stores an 18-digit
    # number as a double, 16-17 digits kept), and the generators that must show 40 valid cells
    checks: Mapping[str, Callable[[str], bool]]
    counted: tuple[str, ...]
    # size floors: tables, files, columns; the non-PI share of columns; (format, encoding) pairs
    min_tables: int
    min_files: int
    non_pi: tuple[float, float]
    min_pairs: int
    messy: tuple[str, ...]  # keys of MESSY, each seen at least five times
    blanks: tuple[str | None, ...]
    blank_share: tuple[float, float]
    nfkc: bool = False  # identifiers are read NFKC-normalised (full-width ones, sets 11-12)
    births: tuple[str, ...] = ("birth",)  # generators of ISO birth dates
    min_domains: int = 0
    pairs: frozenset[tuple[str, str | None]] = frozenset()  # (format, encoding) pairs required
    headers: frozenset[str] = frozenset()  # headers the brief named
    phone_mixed: tuple[float, float] | None = None  # landline share of a ``phone_mixed`` column
    wide_and_narrow: tuple[int, int] = (0, 0)  # tables of 40+ columns, and of 2-3 columns

    @property
    def cutoff(self) -> str:
        """Born after this: under 14 on the reference date."""
        day = date.fromisoformat(self.reference_date)
        return day.replace(year=day.year - 14).isoformat()


SETS = (
    HeldoutSet(
        9, build9, SET_9, 920261206, "2026-12-06",
        checks={**_BASE_CHECKS, "rid_q": _rid}, counted=_IDS,
        min_tables=150, min_files=140, non_pi=(0.38, 0.46), min_pairs=10,
        messy=(*_COMMON, "spaced id", "apostrophe id", "15-digit id"),
        blanks=(*_BLANKS, "\\N"), blank_share=(0.02, 0.06), phone_mixed=(0.08, 0.2),
    ),
    HeldoutSet(
        10, build10, SET_10, 1020261206, "2026-12-06",
        checks={**_BASE_CHECKS, "rid_q": _rid, "co_vin": _vin, "dev_imei": _luhn},
        counted=(*_IDS, "co_vin"),
        min_tables=160, min_files=150, non_pi=(0.40, 1.0), min_pairs=9,
        messy=(*_COMMON, "spaced id", "apostrophe id", "15-digit id", "masked name",
               "two phones", "phone tail", "json cell", "amount as text", "trailing space"),
        blanks=_BLANKS, blank_share=(0.02, 0.08), min_domains=100,
        pairs=frozenset({("csv", "utf-8"), ("csv", "utf-8-sig"), ("csv", "gb18030"),
                         ("tsv", "utf-8"), ("xlsx", None), ("parquet", None), ("jsonl", None)}),
        headers=frozenset({"回鄉證號碼", "台胞證號", "联系电话（必填）", "体重(kg)", "col_3", "F07",
                           "字段12", "电话1", "电话2", "sfzh", "shenfenzheng",
                           "t_member.password"}),
    ),
    HeldoutSet(
        11, build11, SET_11, 1120261207, "2026-12-07",
        checks={**_BASE_CHECKS, "rid_fw": _rid}, counted=(*_IDS, "rid_fw", "dl"),
        min_tables=160, min_files=160, non_pi=(0.40, 0.55), min_pairs=9,
        messy=(*_COMMON, "two phones", "json entries", "phone and spaces", "excel serial"),
        blanks=(*_BLANKS, " "), blank_share=(0.02, 0.06), nfkc=True,
    ),
    HeldoutSet(
        12, build12, SET_12, 1220261207, "2026-12-07",
        checks={**_BASE_CHECKS, "rid_q": _rid, "rid_fw": _rid, "modem_imei": _luhn,
                "co_vin": _vin, "fprid_q": _mod11_2},
        counted=(*_IDS, "rid_q", "rid_fw", "dl", "modem_imei", "co_vin", "fprid_q"),
        min_tables=160, min_files=160, non_pi=(0.40, 0.60), min_pairs=9,
        messy=(*_COMMON, "two phones", "json entries", "phone and spaces", "excel serial"),
        blanks=(*_BLANKS, " "), blank_share=(0.02, 0.06), nfkc=True, births=("birth", "birth_q"),
    ),
    HeldoutSet(
        13, build13, SET_13, 1320261207, "2026-12-07",
        checks={**_BASE_CHECKS, "rid_fw": _rid, "sscard": _rid},
        counted=(*_IDS, "rid_fw", "dl", "sscard"),
        min_tables=160, min_files=160, non_pi=(0.40, 0.60), min_pairs=7,
        messy=(*_COMMON, "two phones", "starred name", "json entries", "phone and spaces",
               "excel serial as text"),
        blanks=(*_BLANKS, " "), blank_share=(0.02, 0.06), nfkc=True, births=("birth", "birth_q"),
        pairs=frozenset({("csv", "utf-8"), ("csv", "utf-8-sig"), ("csv", "gb18030"),
                         ("tsv", "utf-8"), ("xlsx", None), ("parquet", None), ("jsonl", None)}),
        wide_and_narrow=(4, 10),
    ),
    HeldoutSet(
        14, build14, SET_14, 1420261207, "2026-12-07",
        checks={**_BASE_CHECKS, "rid_fw": _rid, "sscard": _rid},
        counted=(*_IDS, "rid_fw", "sscard"),
        min_tables=160, min_files=160, non_pi=(0.40, 0.60), min_pairs=7,
        messy=(*_COMMON, "two phones", "json entries"),
        blanks=(*_BLANKS, " "), blank_share=(0.02, 0.06), nfkc=True, births=("birth", "birth_q"),
        pairs=frozenset({("csv", "utf-8"), ("csv", "utf-8-sig"), ("csv", "gb18030"),
                         ("tsv", "utf-8"), ("xlsx", None), ("parquet", None), ("jsonl", None)}),
        wide_and_narrow=(4, 10),
    ),
    HeldoutSet(
        15, build15, SET_15, 1520261207, "2026-12-07",
        checks={**_BASE_CHECKS, "rid_q": _rid, "sscard": _rid, "modem_imei": _luhn},
        counted=(*_IDS, "rid_q", "dl", "sscard"),
        min_tables=160, min_files=155, non_pi=(0.40, 0.60), min_pairs=7,
        messy=(*_COMMON, "two phones", "json entries", "trailing space", "excel serial",
               "amount as text", "starred name", "masked name"),
        blanks=(*_BLANKS, " "), blank_share=(0.02, 0.06), nfkc=True, births=("birth", "birth_q"),
        min_domains=50,
        pairs=frozenset({("csv", "utf-8"), ("csv", "utf-8-sig"), ("csv", "gb18030"),
                         ("tsv", "utf-8"), ("xlsx", None), ("parquet", None), ("jsonl", None)}),
        headers=frozenset({"电话（必填）", "联系电话（必填）", "体重(kg)", "电话1", "电话2",
                           "身份证号", "sfzh", "字段3"}),
        wide_and_narrow=(6, 10),
    ),
    HeldoutSet(
        16, build16, SET_16, 1620261207, "2026-12-07",
        checks={**_BASE_CHECKS, "rid_q": _rid, "sscard": _rid},
        counted=(*_IDS, "dl", "sscard"),
        min_tables=170, min_files=165, non_pi=(0.40, 0.60), min_pairs=7,
        messy=(*_COMMON, "two phones", "json cell", "trailing space", "excel serial",
               "amount as text", "starred name", "masked name", "phone tail"),
        blanks=(*_BLANKS, " "), blank_share=(0.02, 0.06), nfkc=True, births=("birth", "birth_q"),
        min_domains=32,
        pairs=frozenset({("csv", "utf-8"), ("csv", "utf-8-sig"), ("csv", "gb18030"),
                         ("tsv", "utf-8"), ("xlsx", None), ("parquet", None), ("jsonl", None)}),
        headers=frozenset({"电话（必填）", "体重(kg)", "电话1", "电话2", "身分證字號", "col_3",
                           "字段3", "F03"}),
        wide_and_narrow=(6, 10),
    ),
    HeldoutSet(
        17, build17, SET_17, 1720261207, "2026-12-07",
        checks={**_BASE_CHECKS, "rid_q": _rid, "sscard": _rid},
        counted=(*_IDS, "dl", "sscard"),
        min_tables=140, min_files=135, non_pi=(0.40, 0.55), min_pairs=7,
        messy=(*_COMMON, "two phones", "json cell", "trailing space", "excel serial",
               "amount as text", "starred name", "masked name", "phone tail", "apostrophe id",
               "spaced id", "tab prefix"),
        blanks=(*_BLANKS, " "), blank_share=(0.02, 0.06), nfkc=True, births=("birth", "birth_q"),
        min_domains=30,
        pairs=frozenset({("csv", "utf-8"), ("csv", "utf-8-sig"), ("csv", "gb18030"),
                         ("tsv", "utf-8"), ("xlsx", None), ("parquet", None), ("jsonl", None)}),
        headers=frozenset({"手机号*", "联系电话(必填)", "身份证号（18位）", "出生日期(yyyy-mm-dd)",
                           "收货人-姓名", "收货信息/手机", "紧急联系人_电话", "3、您的手机号码：",
                           "user_mobile(用户手机号)", "Q5_您的年龄段", "姓名 Name", "Mobile/手机"}),
        wide_and_narrow=(6, 10),
    ),
    HeldoutSet(
        18, build18, SET_18, 1820261207, "2026-12-07",
        checks={**_BASE_CHECKS, "rid_q": _rid, "sscard": _rid, "dl_q": _rid,
                "bank_card_tab": lambda s: _luhn(s.strip())},
        counted=(*_IDS, "sscard"),
        min_tables=140, min_files=140, non_pi=(0.40, 0.55), min_pairs=7,
        messy=(*_COMMON, "two phones", "json cell", "excel serial", "amount as text",
               "starred name", "masked name", "phone tail", "apostrophe id", "spaced id",
               "tab prefix"),
        blanks=(*_BLANKS, " "), blank_share=(0.02, 0.06), nfkc=True, births=("birth", "birth_q"),
        min_domains=28,
        pairs=frozenset({("csv", "utf-8"), ("csv", "utf-8-sig"), ("csv", "gb18030"),
                         ("tsv", "utf-8"), ("xlsx", None), ("parquet", None), ("jsonl", None)}),
        headers=frozenset({"手机号*", "联系电话(必填)", "身份证号（18位）", "出生日期(yyyy-mm-dd)",
                           "收货人-姓名", "收货信息/地址", "紧急联系人_电话", "2、您的手机号码：",
                           "phone(手机号)", "Q2_您的性取向", "姓名 Name", "Mobile/手机", "DOB",
                           "Tel.", "Addr1", "手机", "身份证"}),
        wide_and_narrow=(6, 10),
    ),
    HeldoutSet(
        19, build19, SET_19, 1920261207, "2026-12-07",
        checks={**_BASE_CHECKS, "rid_q": _rid, "sscard": _rid, "rid_fw": _rid, "rid_tab": _rid,
                "bank_card_tab": lambda s: _luhn(s.strip())},
        counted=(*_IDS, "sscard", "dl", "rid_q"),
        min_tables=140, min_files=140, non_pi=(0.40, 0.50), min_pairs=7,
        messy=(*_COMMON, "two phones", "json cell", "excel serial", "amount as text",
               "starred name", "masked name", "phone tail", "apostrophe id", "spaced id",
               "tab prefix"),
        blanks=(*_BLANKS, " "), blank_share=(0.02, 0.06), nfkc=True, births=("birth", "birth_q"),
        min_domains=28,
        pairs=frozenset({("csv", "utf-8"), ("csv", "utf-8-sig"), ("csv", "gb18030"),
                         ("tsv", "utf-8"), ("xlsx", None), ("parquet", None), ("jsonl", None)}),
        headers=frozenset({"手机号码*", "证件号码（18位）", "紧急联系人_电话", "姓名 Name",
                           "id_card_no(证件号码)", "nationality(民族)", "用户标识", "cPsn_Name",
                           "YQDZ", "xingming", "IMSI", "Full Name", "patientIdCard"}),
        wide_and_narrow=(6, 10),
    ),
    HeldoutSet(
        20, build20, SET_20, 2020261207, "2026-12-07",
        checks={**_BASE_CHECKS, "rid_q": _rid, "sscard": _rid,
                "bank_card_tab": lambda s: _luhn(s.strip())},
        counted=(*_IDS, "sscard", "dl"),
        min_tables=150, min_files=145, non_pi=(0.40, 0.52), min_pairs=7,
        messy=(*_COMMON, "two phones", "json cell", "amount as text", "starred name",
               "masked name", "phone tail", "apostrophe id", "spaced id", "tab prefix"),
        blanks=(*_BLANKS, " "), blank_share=(0.02, 0.06), nfkc=True, births=("birth", "birth_q"),
        min_domains=28,
        pairs=frozenset({("csv", "utf-8"), ("csv", "utf-8-sig"), ("csv", "gb18030"),
                         ("tsv", "utf-8"), ("xlsx", None), ("parquet", None), ("jsonl", None)}),
        headers=frozenset({"手机号*", "联系电话(必填)", "身份证号（18位）", "出生日期(yyyy-mm-dd)",
                           "收货人-姓名", "紧急联系人_电话", "姓名 Name", "手机 Mobile",
                           "孩子身份证号（保险用）", "$email", "event_params.page_location",
                           "firstName", "Billing Phone", "SFZH", "sfzh", "DOB"}),
        wide_and_narrow=(6, 10),
    ),
    HeldoutSet(
        21, build21, SET_21, 2120261208, "2026-12-08",
        checks={**_BASE_CHECKS, "rid_q": _rid, "sscard": _rid, "rid_fw": _rid, "rid_tab": _rid,
                "rid?88": _rid, "rid?60": _rid, "vin?25": _vin, "fprid?45": _mod11_2,
                "bank_card_tab": lambda s: _luhn(s.strip()), "bank_card?70": _luhn,
                "bank_card?40": _luhn},
        counted=("rid", "bank_card", "imei", "vin", "uscc", "fprid?45", "sscard", "dl", "rid_q"),
        min_tables=150, min_files=150, non_pi=(0.40, 0.50), min_pairs=7,
        messy=(*_COMMON, "two phones", "json cell", "amount as text", "starred name",
               "masked name", "phone tail", "apostrophe id", "spaced id", "tab prefix",
               "trailing space", "phone and spaces", "excel serial"),
        blanks=(*_BLANKS, " "), blank_share=(0.02, 0.06), nfkc=True, births=("birth", "birth_q"),
        min_domains=28,
        pairs=frozenset({("csv", "utf-8"), ("csv", "utf-8-sig"), ("csv", "gb18030"),
                         ("tsv", "utf-8"), ("xlsx", None), ("parquet", None), ("jsonl", None)}),
        headers=frozenset({"身份证号码（18位）", "紧急联系人_电话", "姓名 Name", "时薪(元/小时)",
                           "宝宝出生日期(yyyy-mm-dd)", "dm_id_no", "SFZH", "shenfenzheng",
                           "Recipient ID Number", "Start Position", "buyerIdNumber", "台胞证号",
                           "军官证号（军人优待）", "OpenID", "IMSI", "WORKER_NAME"}),
        wide_and_narrow=(6, 10),
    ),
)  # fmt: skip


@pytest.fixture(scope="module", params=SETS, ids=[f"set{s.number}" for s in SETS])
def heldout(request: pytest.FixtureRequest) -> HeldoutSet:
    return request.param  # type: ignore[no-any-return]


@pytest.fixture(scope="module")
def generated(
    heldout: HeldoutSet, tmp_path_factory: pytest.TempPathFactory
) -> tuple[Path, dict[str, Any]]:
    folder = tmp_path_factory.mktemp(f"h{heldout.number}")
    return folder, heldout.build.generate(folder)


def test_every_set_checks_what_it_counts() -> None:
    for s in SETS:
        assert set(s.counted) <= set(s.checks) and set(s.messy) <= set(MESSY), s.number


def _differing_files(one: Path, two: Path) -> list[str]:
    """The names of the files that are not byte for byte alike in two folders (a file in one
    folder only counts as differing)."""
    names = {p.name for p in one.iterdir()} | {p.name for p in two.iterdir()}
    return sorted(
        n for n in names
        if not ((one / n).is_file() and (two / n).is_file())
        or (one / n).read_bytes() != (two / n).read_bytes()
    )  # fmt: skip


def test_same_seed_same_bytes_other_seed_other_values(heldout: HeldoutSet, tmp_path: Path) -> None:
    """Determinism on four rows a table: every table's values are drawn row by row from the
    seed, so four rows exercise every maker and writer at a fraction of a full set's cost (the
    full set is written once, by the ``generated`` fixture)."""
    build = heldout.build
    first = build.generate(tmp_path / "a", rows=4)
    build.generate(tmp_path / "b", rows=4)
    assert _differing_files(tmp_path / "a", tmp_path / "b") == []
    build.generate(tmp_path / "c", seed=build.DEFAULT_SEED + 7, rows=4)
    f = first["tables"][0]["file"]
    assert (tmp_path / "a" / f).read_bytes() != (tmp_path / "c" / f).read_bytes()


def test_files_hold_the_manifest(
    heldout: HeldoutSet, generated: tuple[Path, dict[str, Any]]
) -> None:
    folder, manifest = generated
    assert manifest["name"] == "piplkit-business-columns" and manifest["seed"] == heldout.seed
    assert manifest["reference_date"] == heldout.reference_date
    for t in manifest["tables"]:
        headers, body = _read_once(folder, t)
        assert list(headers) == [c["header"] for c in t["columns"]], t["file"]
        assert len(body) == t["rows"] == 60 and all(len(r) == len(headers) for r in body)


def test_gold_types_and_styles(generated: tuple[Path, dict[str, Any]]) -> None:
    _, manifest = generated
    catalogue = set(load_catalogue().types)
    golds = Counter(c["gold"] for t in manifest["tables"] for c in t["columns"])
    assert {g for g in golds if g} <= catalogue
    assert [g for g in catalogue if golds[g] < 2] == []
    assert {c["style"] for t in manifest["tables"] for c in t["columns"]} <= set(STYLES)


def test_brief_floors(heldout: HeldoutSet) -> None:
    tables = heldout.build.all_tables()
    cols = [c for t in tables for c in t.columns]
    assert len(tables) >= heldout.min_tables and len(cols) >= 1200
    assert len({t.file for t in tables}) >= heldout.min_files
    low, high = heldout.non_pi
    assert low <= sum(c.gold is None for c in cols) / len(cols) <= high
    assert sum(not t.has_pi for t in tables) >= 25
    if heldout.min_domains:
        assert len({t.domain for t in tables}) >= heldout.min_domains
    pairs = {(t.fmt, t.encoding if t.fmt in ("csv", "tsv") else None) for t in tables}
    assert heldout.pairs <= pairs and len(pairs) >= heldout.min_pairs, pairs
    assert set(STYLES) <= {c.style for c in cols}
    assert all(sum(n for _, n in t.groups) == len(t.columns) for t in tables if t.groups)
    assert any(t.groups for t in tables) and any(t.totals_row for t in tables)
    assert any(t.title_rows for t in tables) and any(t.quote_all for t in tables)
    sheets = Counter(t.file for t in tables if t.fmt == "xlsx")
    assert sum(n == 2 for n in sheets.values()) >= 3
    wide, narrow = heldout.wide_and_narrow
    assert sum(len(t.columns) >= 40 for t in tables) >= wide
    assert sum(len(t.columns) <= 3 for t in tables) >= narrow


def test_minors_and_identifiers(
    heldout: HeldoutSet, generated: tuple[Path, dict[str, Any]]
) -> None:
    folder, manifest = generated
    minors = [
        (t["file"], c["header"])
        for t in manifest["tables"]
        for c in t["columns"]
        if (c["youngest_birth"] or "") > heldout.cutoff
    ]
    assert len(minors) >= 20 and len({f for f, _ in minors}) >= 8
    seen: Counter[str] = Counter()
    for t in manifest["tables"]:
        _, body = _read_once(folder, t)
        for col in t["columns"]:
            check, births = heldout.checks.get(col["generator"]), []
            for row in body:
                cell = str(row[col["position"]])
                if heldout.nfkc:
                    cell = unicodedata.normalize("NFKC", cell).strip()
                if check and (
                    (len(cell) >= 15 and cell[0].isdigit()) or (check is _vin and len(cell) == 17)
                ):
                    assert check(cell), (t["file"], col["header"])
                    seen[col["generator"]] += 1
                    if col["gold"] == "cn_resident_id":
                        births.append(f"{cell[6:10]}-{cell[10:12]}-{cell[12:14]}")
                if col["generator"] in heldout.births and re.fullmatch(r"\d{4}-\d\d-\d\d", cell):
                    births.append(cell)
            if births:
                assert max(births) <= col["youngest_birth"], (t["file"], col["header"])
    assert all(seen[g] >= 40 for g in heldout.counted), seen


def test_messy_values(heldout: HeldoutSet, generated: tuple[Path, dict[str, Any]]) -> None:
    folder, manifest = generated
    seen: Counter[str] = Counter({name: 0 for name in heldout.messy})
    pending = [(name, MESSY[name]) for name in heldout.messy]  # seen fewer than five times
    cells = blanks = 0
    for t in manifest["tables"]:
        _, body = _read_once(folder, t)
        for row in body:
            for v in row:
                s, cells = str(v), cells + 1
                blanks += v in heldout.blanks
                for name, test in pending:
                    seen[name] += test(v, s)
            pending = [(name, test) for name, test in pending if seen[name] < 5]
    assert min(seen.values()) >= 5, seen
    low, high = heldout.blank_share
    assert low <= blanks / cells <= high
    headers = {c["header"] for t in manifest["tables"] for c in t["columns"]}
    assert heldout.headers <= headers
    if heldout.phone_mixed is not None:
        low, high = heldout.phone_mixed
        for t in manifest["tables"]:
            _, body = _read_once(folder, t)
            for col in (c for c in t["columns"] if c["generator"] == "phone_mixed"):
                lines = sum(
                    bool(re.fullmatch(r"0\d{2,3}-\d{7,8}", str(r[col["position"]]))) for r in body
                )
                assert low <= lines / len(body) <= high, (t["file"], col["header"])


def test_breakdowns_name_no_value(
    heldout: HeldoutSet, generated: tuple[Path, dict[str, Any]]
) -> None:
    folder, manifest = generated
    t = next(
        x for x in manifest["tables"] if any(c["gold"] == "cn_resident_id" for c in x["columns"])
    )
    rid = next(c for c in t["columns"] if c["gold"] == "cn_resident_id")
    plain = next(c for c in t["columns"] if c["gold"] is None)
    errors = [
        {
            "file": t["file"],
            "sheet": t["sheet"],
            "column": rid["header"],
            "gold": "cn_resident_id",
            "predicted": None,
            "problem": "type",
        },
        {
            "file": t["file"],
            "sheet": t["sheet"],
            "column": plain["header"],
            "gold": None,
            "predicted": "cn_mobile",
            "problem": "type",
        },
    ]
    breakdowns = heldout.breakdowns
    data = breakdowns.breakdowns(manifest, {"errors": errors}, lambda g: g not in (None, "cn_uscc"))
    text = breakdowns.format_breakdowns(data)
    assert f"Set {heldout.number} breakdowns" in text
    assert len(data["non_pi_reported_as_pi"]) == 1
    _, body = _read_once(folder, t)
    assert not [v for row in body for v in row if isinstance(v, str) and len(v) >= 6 and v in text]
