# ruff: noqa: E501  (the documents below are document text, one row or paragraph a line)
"""heldout11's tables whose columns the vocabulary did not know (issue 16, branch fix16t).

A 行政处罚 disclosure page named its columns as the disclosure rules word them (作出机关,
决定日期, 主要违法事实, 处罚内容, 处罚依据) and a traditional-script (繁體) wiki wrote 機關, 說明
and "法規／事件": neither header was recognised, so every row was lost. A header cell is now
read again in simplified script, by the parts of a slashed name and by its head word (a
Chinese column name ends with it: 执法机构 is a 机构, 处罚时间 a 时间), and a column of the legal
basis gives the row's cited instruments. Traditional-script section names (待辦事項, 版本紀錄)
are read the same way. The documents below word their columns otherwise; controls keep a
statistics table, a party column and simplified headings as they were."""

from __future__ import annotations

from piplkit.track import ingest
from piplkit.track.tables import column_role

#: a county bureau's disclosure table, in other words than heldout11's (HTML)
DISCLOSURE = """<html><head><title>某县公安局网络安全行政处罚结果公示</title></head><body>
<h1>某县公安局2025年第三季度网络安全行政处罚结果公示</h1>
<p>发布日期：2025-10-09</p>
<p>根据政府信息公开有关规定，现将本季度网络安全行政处罚结果公示如下。</p>
<table>
<tr><th>编号</th><th>被处罚单位</th><th>违法行为</th><th>法律依据</th><th>处罚结果</th><th>执法机构</th><th>处罚时间</th></tr>
<tr><td>1</td><td>某县甲网吧</td><td>未落实上网用户实名登记制度</td><td>《中华人民共和国网络安全法》第二十四条、第六十一条</td><td>罚款3万元</td><td>某县公安局</td><td>2025年7月15日</td></tr>
<tr><td>2</td><td>某县乙科技公司</td><td>未采取技术措施防范网络攻击，导致用户数据被窃取</td><td>《中华人民共和国数据安全法》第二十七条、第四十五条</td><td>警告，并处罚款8万元</td><td>某县公安局</td><td>2025年8月2日</td></tr>
<tr><td>3</td><td>某县丙酒店</td><td>违规留存住客身份证复印件</td><td>《中华人民共和国个人信息保护法》第六十六条</td><td>警告</td><td>某县公安局</td><td>2025年9月20日</td></tr>
</table>
<h2>信息公开统计</h2>
<table>
<tr><th>类别</th><th>件数</th><th>备注</th></tr>
<tr><td>主动公开</td><td>12</td><td>无</td></tr>
</table>
</body></html>
"""


def test_a_disclosure_tables_rows_are_cases_by_their_head_words() -> None:
    _, devs = ingest(DISCLOSURE, "gongshi.html")
    assert [d.date for d in devs] == ["2025-07-15", "2025-08-02", "2025-09-20"]
    assert devs[0].title == "未落实上网用户实名登记制度"
    assert all(d.authorities == ["某县公安局"] for d in devs)  # never the punished company
    assert [d.penalty_cny for d in devs] == [30000, 80000, None]  # 警告 alone is no fine
    assert [[(m.name, m.stage) for m in d.instruments] for d in devs] == [
        [("中华人民共和国网络安全法", "other")],
        [("中华人民共和国数据安全法", "other")],
        [("中华人民共和国个人信息保护法", "other")],
    ]
    assert {d.kind for d in devs} == {"enforcement"}


#: a Hong Kong team's traditional-script tracker (Markdown), other column names than the wiki's
TRACKER = """# 內地數據法規追蹤表

## 法規動態

| 發布日期 | 主管機關 | 法規名稱／事項 | 備註 |
| --- | --- | --- | --- |
| 2025-09-15 | 國家網信辦 | 《國家網絡安全事件報告管理辦法》 | 國家網信辦公布《國家網絡安全事件報告管理辦法》，自2025年11月1日起施行。 |
| 2025-11-05 | 廣東省互聯網信息辦公室 | 某物流公司遭罰款30萬元 | 廣東省互聯網信息辦公室依據《個人信息保護法》對某物流公司罰款30萬元。 |

## 待辦事項

| 日期 | 事項 | 說明 |
| --- | --- | --- |
| 2025-12-20 | 更新內部數據出境清單 | 由法務組負責，完成後通知各業務部門。 |

## 版本紀錄

| 版本 | 日期 | 修改人 | 說明 |
| --- | --- | --- | --- |
| 2.1 | 2025-11-06 | 法務組 | 新增廣東處罰案 |
| 2.0 | 2025-09-16 | 法務組 | 新增事件報告辦法 |
"""


def test_a_traditional_tables_columns_and_sections_are_read_in_simplified_script() -> None:
    _, devs = ingest(TRACKER, "tracker.md")
    assert [d.title for d in devs] == ["《國家網絡安全事件報告管理辦法》", "某物流公司遭罰款30萬元"]
    rule, fine = devs
    assert rule.date == "2025-09-15" and rule.authorities == ["CAC"]
    assert fine.authorities == ["廣東省互聯網信息辦公室"] and fine.penalty_cny == 300000


def test_header_cells_by_head_word_script_and_parts() -> None:
    assert column_role("作出机关") == "authority"
    assert column_role("決定日期") == "date"
    assert column_role("主要违法事实") == "summary"
    assert column_role("处罚内容") == "penalty"
    assert column_role("处罚依据") == "basis"
    assert column_role("法規／事件") == "title"
    assert column_role("Legal basis") == "basis"


def test_control_a_party_column_is_no_authority() -> None:
    assert column_role("被处罚单位") is None
    assert column_role("当事人") is None
    assert column_role("处罚对象所属部门") is None
    # a task list's owner and deadline are no public body and no event's date
    assert column_role("负责部门") is None
    assert column_role("截止时间") is None
    assert column_role("计划完成日期") is None


def test_control_simplified_names_and_statistics_tables_are_unchanged() -> None:
    assert column_role("发布机关") == "authority"  # the vocabulary's own word
    assert column_role("项目") is None
    assert column_role("本年新收申请") is None
    assert column_role("版本") is None


#: control: a table of counts under a heading is no list of developments
COUNTS = """# 2025年政府信息公开工作年度报告

## 收到和处理政府信息公开申请情况

| 项目 | 本年新收申请 | 上年结转 | 予以公开 |
| --- | --- | --- | --- |
| 数量（件） | 14 | 2 | 11 |
"""


def test_control_a_table_of_counts_gives_no_development() -> None:
    _, devs = ingest(COUNTS, "nianbao.md")
    assert devs == []
