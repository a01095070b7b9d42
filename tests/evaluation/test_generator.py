"""The generator: deterministic per seed, exact gold spans, valid identifiers, true negatives."""

from __future__ import annotations

import csv
import io
import json
import re
from datetime import date
from itertools import pairwise
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from stdnum import luhn
from stdnum.cn import ric, uscc

from piplkit.discover.evaluation import GenerateOptions, generate, load
from piplkit.discover.evaluation.carriers import CARRIERS, NEGATIVE_CARRIERS
from piplkit.discover.evaluation.model import ALL_TYPES
from piplkit.discover.evaluation.negatives import NEGATIVE_MAKERS
from piplkit.discover.evaluation.sentences import TemplateError, fill, load_carriers, slots_of
from piplkit.discover.evaluation.values import ValueFactory

SMALL = GenerateOptions(seed=7, sentences=448, negatives=128, tables=4, rows=30)

_SHAPES: dict[str, re.Pattern[str]] = {
    "cn_resident_id": re.compile(r"[0-9]{15}|[0-9]{17}[0-9X]"),
    "cn_mobile": re.compile(r"(\+86 ?)?1[3-9][0-9](-| )?[0-9]{4}(-| )?[0-9]{4}"),
    "cn_landline": re.compile(r"0[1-9][0-9]{1,2}-[2-8][0-9]{6,7}"),
    "bank_card": re.compile(r"[0-9 ]{16,23}"),
    "email": re.compile(r"[a-z0-9._]+@[a-z0-9.-]+\.[a-z]{2,}"),
    "ipv4": re.compile(r"[0-9]{1,3}(\.[0-9]{1,3}){3}"),
    "ipv6": re.compile(r"[0-9a-f:]+"),
    "passport": re.compile(r"E[0-9]{8}|E[A-HJ-NP-Z][0-9]{7}|[GDSP][0-9]{8}"),
    "license_plate": re.compile(r"[\u4e00-\u9fff][A-HJ-NP-Z]·?[A-HJ-NP-Z0-9]{5,6}"),
    "hk_macau_permit": re.compile(r"C[0-9]{8}|[HM][0-9]{8}([0-9]{2})?"),
    "cn_uscc": re.compile(r"[0-9]{8}[0-9A-HJ-NPQRTUWXY]{10}"),
    "person_name": re.compile(r"[\u4e00-\u9fff]{2,4}"),
    "address": re.compile(r"[\u4e00-\u9fff0-9A-Za-z]{6,}"),
    "imei": re.compile(r"[0-9]{15,16}|[0-9]{2}([- ])[0-9]{6}\1[0-9]{6}\1[0-9]"),
    "mac_address": re.compile(
        r"[0-9A-Fa-f]{2}([:-])[0-9A-Fa-f]{2}(\1[0-9A-Fa-f]{2}){4}|[0-9a-f]{4}(\.[0-9a-f]{4}){2}"
    ),
    "vin": re.compile(r"[0-9A-HJ-NPR-Z]{13}[0-9]{4}"),
    "geo_coordinates": re.compile(r".*[0-9]{2,3}.*[0-9]{2,3}.*"),
    "taiwan_permit": re.compile(r"[0-9]{8}([0-9]{2}(\([A-Z]\))?)?"),
    "foreign_permanent_resident_id": re.compile(r"9[0-9]{16}[0-9X]|[A-Z]{3}[0-9]{12}"),
    "military_id": re.compile(r"([\u4e00-\u9fff]字第)?[0-9]{6,8}号?"),
    "device_id": re.compile(
        r"[0-9a-fA-F]{8}(-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}|[0-9a-f]{16}|[0-9a-f]{64}"
    ),
    "qq_number": re.compile(r"[1-9][0-9]{4,10}"),
    "wechat_id": re.compile(r"wxid_[a-z0-9]+|[a-z][-_a-z0-9]{5,19}"),
    "birth_date": re.compile(
        r"(19|20)[0-9]{2}([-/][0-9]{1,2}[-/][0-9]{1,2}|年[0-9]{1,2}月([0-9]{1,2}日)?|[0-9]{4})"
    ),
    "password": re.compile(r"[!-~]{3,64}"),
}


@pytest.fixture(scope="module")
def small_set(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("evalset")
    generate(root, SMALL)
    return root


def _files(root: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()
    }


def test_same_seed_same_bytes(small_set: Path, tmp_path: Path) -> None:
    generate(tmp_path, SMALL)
    assert _files(tmp_path) == _files(small_set)


def test_other_seed_other_set(small_set: Path, tmp_path: Path) -> None:
    other = GenerateOptions(seed=8, sentences=448, negatives=128, tables=4, rows=30)
    generate(tmp_path, other)
    assert (tmp_path / "sentences.jsonl").read_bytes() != (
        small_set / "sentences.jsonl"
    ).read_bytes()


def test_parts_have_independent_seeds(small_set: Path, tmp_path: Path) -> None:
    """Asking for more sentences must not change the tables."""
    generate(tmp_path, GenerateOptions(seed=7, sentences=10, negatives=5, tables=4, rows=30))
    assert (tmp_path / "tables.jsonl").read_bytes() == (small_set / "tables.jsonl").read_bytes()


def test_carrier_coverage() -> None:
    assert len(CARRIERS) >= 8
    assert sum(len(t) for t in CARRIERS.values()) >= 200
    assert len(NEGATIVE_CARRIERS) >= 50
    used = {s.partition(":")[0] for ts in CARRIERS.values() for t in ts for s in slots_of(t)}
    used = {o for s in used for o in s.split("|")}
    assert set(ALL_TYPES) <= used
    for t in NEGATIVE_CARRIERS:
        assert all(s.partition(":")[0] in NEGATIVE_MAKERS for s in slots_of(t)), t


def test_carrier_prose_holds_no_long_numbers() -> None:
    """Unlabelled PI in the prose would be scored as false positives."""
    for templates in [*CARRIERS.values(), NEGATIVE_CARRIERS]:
        for t in templates:
            assert not re.search(r"[0-9]{5,}", re.sub(r"\{[^}]+\}", "", t)), t


def test_gold_spans_slice_to_values(small_set: Path) -> None:
    data = load(small_set)
    assert len(data.sentences) == SMALL.sentences
    seen = set()
    for record in data.sentences:
        for span in record.spans:
            value = record.text[span.start : span.end]
            assert _SHAPES[span.label].fullmatch(value), (record.id, span.label, span.variant)
            seen.add(span.label)
        ends = sorted((s.start, s.end) for s in (*record.spans, *record.negatives))
        assert all(a[1] <= b[0] for a, b in pairwise(ends)), record.id
    assert seen == set(ALL_TYPES)


def test_negatives_file_has_no_pi_spans(small_set: Path) -> None:
    data = load(small_set)
    assert len(data.negatives) == SMALL.negatives
    assert all(not r.spans for r in data.negatives)
    assert sum(len(r.negatives) for r in data.negatives) > SMALL.negatives // 2


def test_identifier_values_pass_their_checks() -> None:
    factory = ValueFactory(11)
    for _ in range(400):
        v = factory.draw("cn_resident_id")
        if v.variant == "ric18":
            assert ric.is_valid(v.text)
        elif v.variant == "ric18_unknown_region":
            assert ric.calc_check_digit(v.text) == v.text[-1]
        else:
            assert len(v.text) == 15
            date(1900 + int(v.text[6:8]), int(v.text[8:10]), int(v.text[10:12]))
        assert luhn.is_valid(factory.draw("bank_card").text.replace(" ", ""))
        assert uscc.is_valid(factory.draw("cn_uscc").text)


def _is_date(yyyymmdd: str) -> bool:
    try:
        date(int(yyyymmdd[:4]), int(yyyymmdd[4:6]), int(yyyymmdd[6:]))
    except ValueError:
        return False
    return yyyymmdd < "2090"


def test_hard_negatives_fail_the_checks_they_imitate() -> None:
    factory = ValueFactory(12)
    for _ in range(300):
        order = factory.draw("order_no").text
        if order.isdigit() and len(order) == 18:
            assert ric.calc_check_digit(order) != order[-1]
            assert not luhn.is_valid(order)
        bad = factory.draw("bad_date_id").text
        assert ric.calc_check_digit(bad) == bad[-1]
        assert not _is_date(bad[6:14])
        assert not luhn.is_valid(factory.draw("card_like").text)


def test_forced_variant_and_alternatives() -> None:
    factory = ValueFactory(3)
    text, spans, _ = fill("旧证{cn_resident_id:ric15}，电话{cn_mobile|cn_landline}", factory)
    assert spans[0].variant == "ric15"
    assert text[spans[0].start : spans[0].end].isdigit()
    assert spans[1].label in ("cn_mobile", "cn_landline")


def test_tables_decode_with_their_encoding(small_set: Path) -> None:
    data = load(small_set)
    assert {t.encoding for t in data.tables} == {"utf-8", "gb18030"}
    for spec in data.tables:
        raw = (small_set / spec.file).read_bytes()
        rows = list(csv.reader(io.StringIO(raw.decode(spec.encoding))))
        assert rows[0] == [name for name, _ in spec.columns]
        assert len(rows) == spec.rows + 1
        if spec.encoding == "gb18030":
            with pytest.raises(UnicodeDecodeError):
                raw.decode("utf-8")


def test_load_carriers_file(tmp_path: Path) -> None:
    path = tmp_path / "held_out.txt"
    path.write_text("# comment\nbank\t请转账到{bank_card}\n联系{cn_mobile}\n", encoding="utf-8")
    assert load_carriers(path) == {"bank": ["请转账到{bank_card}"], "custom": ["联系{cn_mobile}"]}
    path.write_text("联系{icq_number}\n", encoding="utf-8")
    with pytest.raises(TemplateError, match="icq_number"):
        load_carriers(path)


def test_manifest_records_sizes(small_set: Path) -> None:
    manifest = json.loads((small_set / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["seed"] == 7
    assert manifest["sentences"] == SMALL.sentences
    assert manifest["tables"] == SMALL.tables


_LITERAL = st.text(
    alphabet=st.characters(blacklist_characters="{}", blacklist_categories=("Cs",)), max_size=8
)
_SLOT = st.sampled_from(sorted(ValueFactory.known_slots()))


@settings(max_examples=60, deadline=None)
@given(
    parts=st.lists(st.tuples(_LITERAL, _SLOT), max_size=5), tail=_LITERAL, seed=st.integers(0, 99)
)
def test_fill_spans_always_slice_to_their_values(
    parts: list[tuple[str, str]], tail: str, seed: int
) -> None:
    template = "".join(f"{lit}{{{slot}}}" for lit, slot in parts) + tail
    factory, replay = ValueFactory(seed), ValueFactory(seed)
    text, spans, negatives = fill(template, factory)
    ordered = sorted((*spans, *negatives), key=lambda s: s.start)
    assert [s.label for s in ordered] == [slot for _, slot in parts]
    for span in ordered:
        assert text[span.start : span.end] == replay.draw(span.label).text
    assert text.endswith(tail)
