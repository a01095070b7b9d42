"""The scorer on hand-made records and a scripted detector: counts, P/R/F1, error kinds, masking."""

from __future__ import annotations

from pathlib import Path

import pytest

from piplkit.discover.detect.model import Finding
from piplkit.discover.evaluation.model import Record, Span, TableSpec
from piplkit.discover.evaluation.scorer import Counts, DetectFn, check_floors, score_records
from piplkit.discover.evaluation.tablescore import NOT_REPORTED, score_tables

TEXT = "客户王小明，电话13812345678，订单202411051230456789。"
#: name 2-5, mobile 8-19, order number 22-40
RECORD = Record(
    id="r1",
    domain="t",
    carrier=0,
    text=TEXT,
    spans=(Span(2, 5, "person_name", "len3"), Span(8, 19, "cn_mobile", "plain")),
    negatives=(Span(22, 40, "order_no", "date_prefixed18"),),
)
CLEAN = Record(id="n1", domain="negative", carrier=0, text="版本v1.2.3已发布。")


def _f(start: int, end: int, type_id: str) -> Finding:
    return Finding(start, end, type_id, 0.9, "*" * (end - start))


def _scripted(answers: dict[str, list[Finding]]) -> DetectFn:
    by_text = {
        TEXT: answers.get("r1", []),
        CLEAN.text: answers.get("n1", []),
    }
    return lambda text: by_text[text]


def test_counts_properties() -> None:
    c = Counts(tp=8, fp=2, fn=8)
    assert c.precision == pytest.approx(0.8)
    assert c.recall == pytest.approx(0.5)
    assert c.f1 == pytest.approx(2 * 0.8 * 0.5 / 1.3)
    assert Counts().f1 == 0.0


def test_perfect_detector() -> None:
    score = score_records(
        [RECORD, CLEAN], _scripted({"r1": [_f(2, 5, "person_name"), _f(8, 19, "cn_mobile")]})
    )
    assert score.per_type["cn_mobile"].f1 == 1.0
    assert score.per_type["person_name"].f1 == 1.0
    assert score.identifier_micro.to_dict()["f1"] == 1.0
    assert not score.errors
    assert score.clean_sentences == 1


def test_boundary_error_counts_fp_and_fn() -> None:
    score = score_records(
        [RECORD], _scripted({"r1": [_f(2, 6, "person_name"), _f(8, 19, "cn_mobile")]})
    )
    name = score.per_type["person_name"]
    assert (name.tp, name.fp, name.fn) == (0, 1, 1)
    assert score.error_kinds == {"boundary": 1}
    assert score.errors[0].offset == "start+0 end+1"


def test_wrong_type_missed_and_negative_hit() -> None:
    findings = [_f(8, 19, "cn_landline"), _f(22, 40, "bank_card")]
    score = score_records([RECORD, CLEAN], _scripted({"r1": findings, "n1": [_f(2, 8, "ipv4")]}))
    assert score.per_type["cn_mobile"].fn == 1
    assert score.per_type["cn_landline"].fp == 1
    assert score.per_type["bank_card"].fp == 1
    assert score.per_type["person_name"].fn == 1
    assert score.error_kinds == {"wrong_type": 1, "negative": 2, "missed": 1}
    assert score.negative_hits == {"order_no": 1, "clean_sentence": 1}
    assert score.clean_sentence_findings == 1
    micro = score.identifier_micro
    assert (micro.tp, micro.fp, micro.fn) == (0, 3, 1)


def test_spurious_prose_finding() -> None:
    score = score_records(
        [RECORD],
        _scripted(
            {"r1": [_f(0, 2, "person_name"), _f(2, 5, "person_name"), _f(8, 19, "cn_mobile")]}
        ),
    )
    assert score.error_kinds == {"spurious": 1}
    name = score.per_type["person_name"]
    assert (name.tp, name.fp, name.fn) == (1, 1, 0)
    assert name.precision == pytest.approx(0.5)


def test_uscc_reported_as_pi_is_counted() -> None:
    text = "税号91310000MA1FL0000X。"
    record = Record("u", "t", 0, text, spans=(Span(2, 20, "cn_uscc", "uscc"),))
    score = score_records([record], lambda _t: [_f(2, 20, "cn_resident_id")])
    assert score.uscc_as_pi == 1
    assert score.per_type["cn_uscc"].fn == 1


def test_error_context_is_masked() -> None:
    score = score_records([RECORD], _scripted({"r1": [_f(2, 5, "person_name")]}))
    (missed,) = score.errors
    assert missed.kind == "missed"
    assert "13812345678" not in missed.context
    assert "王小明" not in missed.context
    assert "[13*******78]" in missed.context
    assert "王**" in missed.context
    assert "202411051230456789" not in str(score.to_dict())


def test_check_floors() -> None:
    assert check_floors({"identifier_micro_f1": 0.99, "person_name_f1": 0.9}) == []
    failed = check_floors({"identifier_micro_f1": 0.96, "address_f1": 0.8})
    assert failed == ["identifier_micro_f1 = 0.9600 < 0.97"]


def test_table_accuracy(tmp_path: Path) -> None:
    (tmp_path / "tables").mkdir()
    (tmp_path / "tables" / "a.csv").write_text("sfzh,amount\n", encoding="utf-8")
    (tmp_path / "tables" / "b.csv").write_text("手机号,备注\n", encoding="gb18030")
    specs = [
        TableSpec("tables/a.csv", "utf-8", 0, (("sfzh", "cn_resident_id"), ("amount", None))),
        TableSpec("tables/b.csv", "gb18030", 0, (("手机号", "cn_mobile"), ("备注", None))),
    ]
    answers = {
        "a.csv": ("utf-8", [("sfzh", "cn_resident_id"), ("amount", "bank_card")]),
        "b.csv": ("iso8859-5", [("ÊÖ»úºÅ", "cn_mobile"), ("±¸×¢", None)]),
    }
    score = score_tables(tmp_path, specs, lambda p: answers[p.name])
    assert (score.columns, score.correct) == (4, 1)
    assert score.accuracy == pytest.approx(0.25)
    assert score.encodings_correct == 1
    assert score.confusion[(None, "bank_card")] == 1
    assert score.confusion[("cn_mobile", NOT_REPORTED)] == 1
    assert score.confusion[(None, NOT_REPORTED)] == 1


def test_gold_span_swallowed_by_neighbouring_finding_is_listed() -> None:
    score = score_records([RECORD], _scripted({"r1": [_f(2, 12, "person_name")]}))
    assert score.error_kinds == {"boundary": 1, "overlapped": 1}
    assert score.per_type["cn_mobile"].fn == 1
    overlapped = next(e for e in score.errors if e.kind == "overlapped")
    assert (overlapped.gold_type, overlapped.found_type) == ("cn_mobile", "person_name")
