# ruff: noqa: E501  (the documents below are document text, one paragraph a line)
"""heldout10's spurious items from a document's own frame (issue 16, branch fix16s).

An internal memo numbers its parts "1 Purpose", "2.1 Legislation", "3 Recommended Actions": the
purpose, the recommendations and the next steps are the memo's frame, not developments, and the
run-in points under them ("3.1 Certification.") are no headlines. A law firm's "Key Takeaways for
Korean Companies" is its advice, however it addresses its readers, and a community bulletin's
"会员问答" answers its members. The documents below are written in other styles than the blind
ones (Markdown memos, an HTML alert, a plain-text 简报); controls keep headlines that merely
contain the words."""

from __future__ import annotations

from piplkit.track import ingest
from piplkit.track.layout import section_key

MEMO = """# Internal note: privacy developments in October 2025

Prepared for the Board Risk Committee · 4 November 2025

## 1 Purpose of this note

1.1 This note reports the regulatory changes of October 2025 and asks the committee to approve two actions.

## 2 Developments

### 2.1 Shenzhen regulator fines a courier app

On 9 October 2025, the Shenzhen Municipal Cyberspace Administration fined a courier app RMB 300,000 for exposing recipients' phone numbers.

### 2.2 TC260 consults on a children's data standard

On 22 October 2025, TC260 released the Cybersecurity Technology — Guidelines for Processing Children's Personal Information (Draft for Comments).

## 3 Recommendations

### 3.1 Courier data.

Mask recipients' numbers on our own labels by 1 December 2025.

### 3.2 Children's data.

Review the kids' mode of our reading app against the draft before 31 December 2025.

## 4 Suggested next steps

4.1 Legal will brief the committee again on 2 December 2025.
"""


def test_a_memos_purpose_recommendations_and_next_steps_are_no_items() -> None:
    _, devs = ingest(MEMO, "note.md")
    assert [d.title for d in devs] == [
        "2.1 Shenzhen regulator fines a courier app",
        "2.2 TC260 consults on a children's data standard",
    ]


ZH_MEMO = """# 关于10月数据合规动态的报告

法务部　2025年11月5日

## 一、目的

本报告汇总10月份与公司业务相关的数据合规动态，并提出工作建议。

## 二、动态

### （一）广州市互联网信息办公室约谈一家外卖平台

10月15日，广州市互联网信息办公室约谈一家外卖平台，责令其整改骑手个人信息过度收集问题。

### （二）国家网信办发布个人信息保护合规审计指引

10月28日，国家互联网信息办公室发布《个人信息保护合规审计指引》。

## 三、建议事项

### （一）落实合规审计要求

请法务部于2025年12月1日前对照《个人信息保护合规审计管理办法》完成首次合规审计。
"""


def test_a_chinese_reports_purpose_and_suggestions_are_no_items() -> None:
    _, devs = ingest(ZH_MEMO, "baogao.md")
    assert len(devs) == 2
    assert all("合规审计要求" not in d.title for d in devs)


ALERT = """<html><body>
<h1>Privacy Alert — November 2025</h1>
<p>Example Attorneys · 28 November 2025</p>
<h2>Developments</h2>
<h3>CAC issues network data labelling measures</h3>
<p>On 20 November 2025, the Cyberspace Administration of China issued the Measures for Labelling Network Data, which take effect on 1 March 2026.</p>
<h2>Key takeaways for our Japanese clients</h2>
<h3>Plan for March 2026.</h3>
<p>Labelling duties apply from 1 March 2026; update the data inventories of Chinese subsidiaries.</p>
<h2>Next steps for multinational employers</h2>
<p>Review group transfer agreements before the new year.</p>
</body></html>"""


def test_takeaways_and_next_steps_addressed_to_readers_are_no_items() -> None:
    _, devs = ingest(ALERT, "alert.html")
    assert [d.title for d in devs] == ["CAC issues network data labelling measures"]


JIANBAO = """# 数据合规简报（2025年第11期）

## 一、监管动态

### 北京市通信管理局通报8款违规App

11月10日，北京市通信管理局通报8款违规收集个人信息的App，要求限期整改。

## 二、读者答疑

### 问：App隐私政策需要多久更新一次？

答：法律没有规定固定周期，业务变化时应当及时更新。

## 三、会员问答

**问：** 《促进和规范数据跨境流动规定》施行后，员工信息出境还要申报吗？

**答：** 视数量和类型而定，规定第五条列明了免予申报的情形。
"""


def test_members_questions_are_no_items() -> None:
    _, devs = ingest(JIANBAO, "jianbao.md")
    assert [d.title for d in devs] == ["北京市通信管理局通报8款违规App"]


def test_a_memos_outline_number_is_not_part_of_the_section_name() -> None:
    assert section_key("2.1 Legislation") == "legislation"
    assert section_key("1 Purpose") == "purpose"
    assert section_key("2.1.1 Certification Measures") == "certification measures"
    # controls: a year, and a number that counts what the heading reports
    assert section_key("2025 Highlights") == "highlights"
    assert section_key("12 apps named by MIIT") == "apps named by miit"


#: controls: headlines that contain the words report developments
CONTROL = """# Data Law Weekly — 14 November 2025

## Next steps for China's AI labelling rules

On 12 November 2025, the Cyberspace Administration of China published answers on the Measures for Labelling AI-Generated Content.

## Purpose limitation case decided in Hangzhou

On 13 November 2025, the Hangzhou Internet Court held that a lender breached the purpose limitation rule of the Personal Information Protection Law.

## Recommendations from TC260 on cross-border data

On 10 November 2025, TC260 released a practice guide recommending how processors certify cross-border transfers.
"""


def test_control_headlines_with_the_words_stay_items() -> None:
    _, devs = ingest(CONTROL, "weekly.md")
    assert len(devs) == 3
