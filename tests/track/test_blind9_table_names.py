# ruff: noqa: E501  (the documents below are document text, one row a line)
"""heldout9's legal-database export (issue 16, branch fix16q): a table's title cell that is an
instrument's name written without 《》 ("某省数据条例（2024年修订）") names the row's instrument,
without the amendment's year; a validity column (时效 / 时效性: 现行有效, 尚未生效, 征求意见稿)
is the row's stage; an instrument in force from a day after its publication and by the
document's date is dated by that day (H7-7, H9-3). Written in another style than the blind
export (a Markdown table with other headers); with controls."""

from __future__ import annotations

from piplkit.track import ingest
from piplkit.track.tables import column_role

#: a Markdown export of a provincial rules database, its validity column called 时效
EXPORT = """# 地方法规检索结果（数据领域）

导出日期：2025年12月20日

| 编号 | 法规名称 | 制定机关 | 公布日期 | 施行日期 | 时效 |
| --- | --- | --- | --- | --- | --- |
| A-1 | 某某省数据条例（2024年修订） | 某某省人民代表大会常务委员会 | 2025-11-28 | 2026-03-01 | 尚未生效 |
| A-2 | 某某市公共数据授权运营管理办法 | 某某市人民政府 | 2025-10-10 | 2025-12-01 | 现行有效 |
| A-3 | 某某市个人信息保护合规指引（征求意见稿） | 某某市数据局 | 2025-12-05 | — | 征求意见稿 |
| A-4 | 某科技公司违规收集个人信息被处罚 | 某某市市场监督管理局 | 2025-12-08 | — | — |
"""


def test_bare_names_in_a_title_column_are_the_rows_instruments() -> None:
    _, devs = ingest(EXPORT, "export.md")
    got = {d.title: d for d in devs}
    first = got["某某省数据条例（2024年修订）"]
    assert [(m.name, m.stage, m.effective_date) for m in first.instruments] == [
        ("某某省数据条例", "adopted", "2026-03-01")
    ]
    assert first.kind == "legislation"
    assert first.date == "2025-11-28"
    second = got["某某市公共数据授权运营管理办法"]
    assert [(m.name, m.stage, m.effective_date) for m in second.instruments] == [
        ("某某市公共数据授权运营管理办法", "in_force", "2025-12-01")
    ]
    assert second.date == "2025-12-01"  # in force by the export's date: dated by its entry
    third = got["某某市个人信息保护合规指引（征求意见稿）"]
    assert [(m.name, m.stage) for m in third.instruments] == [
        ("某某市个人信息保护合规指引（征求意见稿）", "draft")
    ]


def test_control_a_title_cell_that_reports_an_act_names_no_instrument() -> None:
    _, devs = ingest(EXPORT, "export.md")
    fine = next(d for d in devs if d.title.startswith("某科技公司"))
    assert fine.instruments == []
    assert fine.date == "2025-12-08"


def test_bare_name_shapes_and_controls() -> None:
    from piplkit.track.rowinstrument import bare_name, row_name  # (new on this branch)

    assert bare_name("信息安全技术 个人信息去标识化效果评估指南")
    assert bare_name("中华人民共和国网络安全法（2025年修正）")
    assert row_name("中华人民共和国网络安全法（2025年修正）") == "中华人民共和国网络安全法"
    assert row_name("某某指引（征求意见稿）") == "某某指引（征求意见稿）"
    # controls: a sentence, a headline reporting an act, a name in 《》 (the extractor's), English
    assert not bare_name("国家网信办发布《个人信息出境认证办法》")
    assert not bare_name("某平台因违反个人信息保护规定被罚款")
    assert not bare_name("《个人信息出境认证办法》")
    assert not bare_name("Measures for Personal Information Protection Certification")
    assert not bare_name("规定")


def test_validity_columns_are_stage_columns() -> None:
    assert column_role("时效性") == "stage"
    assert column_role("时效") == "stage"
    assert column_role("效力级别") is None  # control: a rank (法律, 部门规章) is no stage
