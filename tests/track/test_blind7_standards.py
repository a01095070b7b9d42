# ruff: noqa: E501  (the documents below are document text, one paragraph a line)
"""heldout7 causes about instruments and their stages, each fixed by a rule for any publisher
and tested on documents of other wordings and formats than the blind set's:

- a row of a standards table (标准名称 / Standard column) is about that standard: its name is
  the row's instrument even without 《》, "即将实施"/"Upcoming" is adopted with the row's date of
  effect, a "现行"/"In force" row is dated by its date of effect, a draft row names its 归口单位;
- titles that are together the subject of 施行 ("《A》与《B》同步实施", "《C》开始施行") are in
  force from the item's date.

Each has a control: the near miss that stays as it was.
"""

from __future__ import annotations

from piplkit.track import ingest

STANDARDS_MD = """# 数据安全国家标准月报（2025年9月）

| 标准名称 | 标准编号 | 状态 | 发布日期 | 实施日期 | 发布部门 |
| --- | --- | --- | --- | --- | --- |
| 网络安全技术 个人信息去标识化效果评估指南 | GB/T 47001-2025 | 即将实施 | 2025-09-05 | 2026-04-01 | 市场监管总局、国家标准委 |
| 数据安全技术 数据接口安全要求 | GB/T 46002-2025 | 现行 | 2025-03-28 | 2025-09-01 | 市场监管总局、国家标准委 |

| 标准名称 | 归口单位 | 发布日期 | 意见截止日期 |
| --- | --- | --- | --- |
| 网络安全技术 智能网联汽车数据处理安全规范（征求意见稿） | 全国网络安全标准化技术委员会 | 2025-09-12 | 2025-11-11 |
"""


def test_standards_rows_are_their_standards() -> None:
    _, devs = ingest(STANDARDS_MD, "standards.md")
    assert [(d.date, d.kind) for d in devs] == [
        ("2025-09-05", "legislation"),
        ("2025-09-01", "legislation"),
        ("2025-09-12", "legislation"),
    ]
    assert [[(i.name, i.stage, i.effective_date) for i in d.instruments] for d in devs] == [
        [("网络安全技术 个人信息去标识化效果评估指南", "adopted", "2026-04-01")],
        [("数据安全技术 数据接口安全要求", "in_force", "2025-09-01")],
        [("网络安全技术 智能网联汽车数据处理安全规范（征求意见稿）", "draft", None)],
    ]
    assert devs[2].authorities == ["TC260"]


STANDARDS_HTML = """<html><body><div class="main">
<h1>Standards watch — September 2025</h1>
<p>Prepared by the Standards Desk | 26 September 2025</p>
<table>
<thead><tr><th>Standard</th><th>Status</th><th>Published</th><th>Effective</th><th>Issuer</th></tr></thead>
<tbody>
<tr><td>Information security technology - Guide for assessing personal information de-identification</td><td>Upcoming</td><td>2025-09-05</td><td>2026-04-01</td><td>SAMR, SAC</td></tr>
<tr><td>Data security technology - Security requirements for data interfaces</td><td>In force</td><td>2025-03-28</td><td>2025-09-01</td><td>SAMR, SAC</td></tr>
</tbody>
</table>
</div></body></html>"""


def test_english_standards_table() -> None:
    _, devs = ingest(STANDARDS_HTML, "standards.html")
    assert [d.date for d in devs] == ["2025-09-05", "2025-09-01"]
    assert [[(i.stage, i.effective_date) for i in d.instruments] for d in devs] == [
        [("adopted", "2026-04-01")],
        [("in_force", "2025-09-01")],
    ]


#: control: a 文件名称 column may also list penalty decisions: those rows name no instrument
DOCUMENTS_MD = """# 数据合规动态（2025年第三季度）

| 日期 | 发布机关 | 文件名称 | 状态 |
| --- | --- | --- | --- |
| 2025年7月15日 | 某市市场监督管理局 | 对某出行平台作出行政处罚决定 | 已作出 |
| 2025年8月1日 | 国家互联网信息办公室 | 《网络数据标注安全规定》 | 发布 |
"""


def test_documents_column_listing_a_decision_names_no_instrument() -> None:
    _, devs = ingest(DOCUMENTS_MD, "table.md")
    assert devs[0].instruments == []
    assert [(i.name, i.stage) for i in devs[1].instruments] == [("网络数据标注安全规定", "adopted")]


CHRONICLE_MD = """# 数据合规大事记（2025年第四季度）

- 10月1日，《网络数据安全管理条例配套办法》与《数据出境补充规定》同步实施。
- 11月1日，《网络安全事件报告办法》开始施行。
"""


def test_titles_taking_effect_together_are_in_force() -> None:
    _, devs = ingest(CHRONICLE_MD, "chronicle.md")
    assert [[(i.name, i.stage, i.effective_date) for i in d.instruments] for d in devs] == [
        [
            ("网络数据安全管理条例配套办法", "in_force", "2025-10-01"),
            ("数据出境补充规定", "in_force", "2025-10-01"),
        ],
        [("网络安全事件报告办法", "in_force", "2025-11-01")],
    ]


#: controls: an issue with a later date of effect, and one that will take effect with another
ISSUED_MD = """# 数据合规大事记（2025年第四季度）

- 10月9日，国家互联网信息办公室公布《网络数据分类分级办法》，自2026年3月1日起施行。
- 10月20日，国家互联网信息办公室公布《网络数据标注安全规定》，与《数据标注平台管理办法》将于2026年1月1日同时施行。
"""


def test_future_date_of_effect_is_no_entry_into_force() -> None:
    _, devs = ingest(ISSUED_MD, "chronicle.md")
    assert [(i.name, i.stage, i.effective_date) for i in devs[0].instruments] == [
        ("网络数据分类分级办法", "adopted", "2026-03-01")
    ]
    assert all(i.stage != "in_force" for i in devs[1].instruments)
