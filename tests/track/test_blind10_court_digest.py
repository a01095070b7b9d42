# ruff: noqa: E501  (the documents below are document text, one paragraph a line)
"""heldout10's 裁判文书摘编 (issue 16, branch fix16r): a PDF digest of judgments whose 目录
repeats the case headings word for word, each case heading over a row of labelled fields (案号,
审理法院, 裁判日期), a keyword line and the holding. On main no case was found: the contents
entries and the headings, each on the page twice, were dropped as running headers; the field row
and the keyword line read as headlines; 编者说明 was an item. The documents below are a law
firm's 司法观察 with other labels (判决日期；审判法院；案号 joined by semicolons, 关键字, 编辑说明)
and an English row; controls keep real running headers dropped and prose with colons prose."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from piplkit.track import ingest
from piplkit.track.kinds import classify
from piplkit.track.layout import label_line
from piplkit.track.model import Block
from piplkit.track.penalties import penalty_cny
from piplkit.track.read_binary import _drop_running, _Line

DIGEST = """\
# 数据合规司法观察（第12期）
某律师事务所数据团队 · 2025年11月28日
## 编辑说明
本期选取三件近期公开的个人信息案件，供客户参考；案件当事人均作匿名处理，裁判要点由本所律师摘录，不代表法院观点，亦不构成对任何个案的法律意见。
## 目录
周某诉某出行平台个人信息保护纠纷案
某区人民检察院诉孙某侵犯公民个人信息案
某物流公司诉某市市场监督管理局行政处罚案
## 周某诉某出行平台个人信息保护纠纷案
判决日期：2025年9月9日；审判法院：广州互联网法院；案号：（2025）粤0192民初77号
关键字：行踪轨迹；告知同意
广州互联网法院认为，平台未经告知同意向第三方提供原告行踪轨迹信息，判令其赔礼道歉并赔偿损失3000元。平台辩称其已在隐私政策中概括告知，法院认为概括告知不能替代对具体接收方的告知，该抗辩不能成立。本案提示出行平台在共享行踪数据前应逐一告知接收方名称和处理目的。
## 某区人民检察院诉孙某侵犯公民个人信息案
判决日期：2025年10月14日；审判法院：成都市武侯区人民法院；案号：（2025）川0107刑初15号
关键字：出售个人信息
成都市武侯区人民法院以侵犯公民个人信息罪判处被告人孙某有期徒刑一年，并处罚金人民币3万元，另判令其支付公益损害赔偿款5万元。被告人通过网络群组出售快递面单信息一万余条，检察机关同时提起附带民事公益诉讼。本案提示快递面单信息仍是黑灰产的重要来源。
## 某物流公司诉某市市场监督管理局行政处罚案
判决日期：2025年11月3日；审判法院：宁波市海曙区人民法院；案号：（2025）浙0203行初9号
关键字：行政处罚
宁波市海曙区人民法院认为，被告依据《中华人民共和国个人信息保护法》对原告罚款50万元并无不当，判决驳回原告诉讼请求。原告主张其仅为数据的受托处理方，法院认为原告自行决定了处理目的和方式，应当认定为个人信息处理者。本案提示受托方超出约定处理个人信息的，应承担处理者责任。
## 版权声明
本刊内容仅供参考，转载请注明出处。
"""


def _build_pdf(spec: str, path: Path) -> None:
    pytest.importorskip("reportlab")
    here = Path(__file__).resolve().parents[1] / "data" / "track" / "make_docs.py"
    loader = importlib.util.spec_from_file_location("make_docs_fix16r", here)
    assert loader is not None and loader.loader is not None
    module = importlib.util.module_from_spec(loader)
    loader.loader.exec_module(module)
    module.build_pdf(spec, path, "某律师事务所 · 数据合规司法观察")


def test_a_pdf_digest_of_judgments_gives_one_item_per_case(tmp_path: Path) -> None:
    path = tmp_path / "sifa.pdf"
    _build_pdf(DIGEST, path)
    _, devs = ingest(path.read_bytes(), path.name)
    got = [(d.title, d.date, d.authorities, d.kind, d.penalty_cny) for d in devs]
    assert got == [
        ("周某诉某出行平台个人信息保护纠纷案", "2025-09-09", ["广州互联网法院"], "judicial", None),
        (
            "某区人民检察院诉孙某侵犯公民个人信息案",
            "2025-10-14",
            ["成都市武侯区人民法院"],
            "judicial",
            30000,
        ),
        (
            "某物流公司诉某市市场监督管理局行政处罚案",
            "2025-11-03",
            ["宁波市海曙区人民法院"],
            "judicial",
            500000,
        ),
    ]


def test_the_same_digest_in_markdown() -> None:
    _, devs = ingest(DIGEST.replace("\n", "\n\n"), "sifa.md")  # (a paragraph a line)
    assert [(d.title, d.date) for d in devs] == [
        ("周某诉某出行平台个人信息保护纠纷案", "2025-09-09"),
        ("某区人民检察院诉孙某侵犯公民个人信息案", "2025-10-14"),
        ("某物流公司诉某市市场监督管理局行政处罚案", "2025-11-03"),
    ]


def _label(text: str) -> tuple[str, str] | None:
    return label_line(Block(text=text))


def test_rows_of_fields_and_keyword_lines_are_labelled() -> None:
    assert (
        _label("案号：（2025）京0491民初1号　审理法院：北京互联网法院　裁判日期：2025年10月22日")
        is not None
    )
    assert (
        _label(
            "Court: Shanghai Financial Court | Decided: 3 May 2025 | Case No.: (2025) Hu 74 Min Chu 12"
        )
        is not None
    )
    assert _label("审理法院：广州互联网法院 宣判日期：2025年9月3日") == (
        "row",
        "审理法院：广州互联网法院 宣判日期：2025年9月3日",
    )
    assert _label("Keywords: biometrics, consent") is not None
    assert _label("关键词：人脸信息　单独同意") is not None


def test_control_prose_with_colons_is_no_row() -> None:
    # a sentence with a colon, and a lead-in, stay text
    assert _label("法院认为：被告未取得单独同意即处理原告人脸信息，违反了个人信息保护法。") is None
    assert _label("Note: the CAC said on Monday that it will publish the rules soon.") is None
    assert (
        _label("重点内容：一是明确适用范围；二是细化单独同意的情形和方式，并规定了法律责任。")
        is None
    )


_PAGES = ("first", "second", "third")


def _line(page: int, y: float, text: str) -> _Line:
    return _Line(page, y, 50.0, 10.0, text=text, chars=len(text))


def test_running_headers_are_dropped_but_repeated_headings_inside_a_page_kept() -> None:
    lines: list[_Line] = []
    for page in range(3):
        lines.append(_line(page, 800, "Example Chambers · Court Watch"))
        lines += [
            _line(page, 700 - 20 * i, f"{word} paragraph of the {_PAGES[page]} page.")
            for i, word in enumerate(("First", "Second", "Third", "Fourth", "Fifth", "Last"))
        ]
        lines.append(_line(page, 30, f"Page {page + 1}"))
    # the contents on page 1 repeats the case heading that opens page 2 below its header
    lines.insert(3, _line(0, 660, "Zhou v. A Travel Platform"))
    lines.insert(12, _line(1, 720, "Zhou v. A Travel Platform"))
    kept, skipped = _drop_running(lines, 3)
    texts = [ln.text for ln in kept]
    assert texts.count("Zhou v. A Travel Platform") == 2
    assert "Example Chambers · Court Watch" not in texts
    assert skipped and skipped[0].blocks == 6  # three headers, three page numbers


def test_a_lawsuit_headline_is_judicial_even_about_a_fine() -> None:
    body = "The court upheld the bureau's fine of RMB 200,000 and dismissed the claim."
    assert classify("C Logistics Co. v. D City Market Regulation Bureau", body, None) == "judicial"
    assert (
        classify(
            "某物流公司诉某市市场监督管理局行政处罚案", "法院认为被告罚款50万元并无不当。", None
        )
        == "judicial"
    )


def test_control_a_complaint_is_no_lawsuit() -> None:
    # 投诉 (a complaint to a regulator) is enforcement's, not a court's
    assert (
        classify(
            "某市市场监督管理局处理投诉案 罚款10万元",
            "某市市场监督管理局对某公司罚款10万元。",
            None,
        )
        == "enforcement"
    )


def test_damages_named_after_the_fine_are_no_fine() -> None:
    assert (
        penalty_cny("判处有期徒刑一年，并处罚金人民币3万元，另判令其支付公益损害赔偿款5万元。")
        == 30000
    )
    assert (
        penalty_cny(
            "The court fined the defendant RMB 50,000 and ordered compensation of RMB 20,000."
        )
        == 50000
    )
    # control: a fine after the compensation still counts
    assert penalty_cny("责令赔偿损失，并处罚款30万元。") == 300000
