# ruff: noqa: E501
"""heldout17 (fixtrack17): a chat post's greeting, an outlook named with its period, a firm's
own advice and a chamber's own events are no developments; an association's e-mailed 转发
notice is one notice; clause words make no body; a 高院's release of cases is judicial; 各 per
person named; a row's summary cell puts its title cell's instrument in force; a police bureau
breaking up a ring is enforcement (H17-2 … H17-10).

The texts are written for these tests, not copied from the blind set."""

from __future__ import annotations

from piplkit.track import authorities, ingest
from piplkit.track.kinds import classify
from piplkit.track.penalties import penalty_cny
from piplkit.track.release import publisher_kind

_CHAT = """# Data protection roundup – week of 1 December

**Casey Example** posted in **Legal › Privacy** · Monday 8 December 2025, 08:55

Hey team 🙌 a quick look at what moved in China last week. Short version: new rules from the CAC, a MIIT draft and a fine in Shanghai.

**Rules**

- On 2 December, the CAC published the Measures for the Security Management of Smart Home Data, which take effect on 1 March 2026.
- On 3 December, MIIT released the draft Guidelines for App Permission Requests for public comment.

**Enforcement**

- On 4 December, the Shanghai Municipal Internet Information Office fined a ride-hailing app RMB 250,000 for collecting passengers' contacts without consent.
"""


def test_a_greeting_closed_by_an_emoji_in_a_chat_post_is_no_development() -> None:
    _, devs = ingest(_CHAT.encode(), "chat.md")
    assert len(devs) == 3
    assert not any(d.title.startswith("Hey team") for d in devs)


_REPORT = """# Privacy Monthly for Example Foods – November 2025

Example Consulting | 3 December 2025

## 1. Regulatory developments

On 12 November 2025, the CAC issued the Provisions on the Security of Personal Information in Food Delivery Platforms, which take effect on 1 March 2026.

On 19 November 2025, SAMR released the draft Guidelines on Consumer Data in Catering for public comment.

## 2. Enforcement

On 25 November 2025, the Chengdu Municipal Internet Information Office fined a restaurant chain RMB 180,000 for keeping diners' phone numbers without a retention limit.

## 3. Outlook for February 2026

On 1 February 2026, the Measures for the Security Assessment of Food Platform Data take effect.
"""


def test_an_outlook_named_with_its_period_is_no_development() -> None:
    doc, devs = ingest(_REPORT.encode(), "report.md")
    assert len(devs) == 3
    assert not any(d.title.startswith("On 1 February 2026") for d in devs)
    reasons = {s.text: s.reason for s in doc.skipped}
    assert reasons["Outlook for February 2026"].startswith("summary or highlights")


_GUANCHA = """# 数据合规月报（2025年11月）

示例律师事务所　2025年12月2日

## 一、立法动态

**国家网信办发布《网络数据分类分级指引（征求意见稿）》**

11月18日，国家网信办发布《网络数据分类分级指引（征求意见稿）》，向社会公开征求意见。

## 二、执法动态

**上海市网信办对某电商平台作出行政处罚**

11月21日，上海市互联网信息办公室对某电商平台处以罚款60万元。

## 三、我们的建议

修改后的《中华人民共和国网络安全法》将于2026年1月1日起施行，建议企业尽快更新网络安全事件应急预案。
"""


def test_the_firms_own_advice_part_is_no_development() -> None:
    doc, devs = ingest(_GUANCHA.encode(), "guancha.md")
    assert len(devs) == 2
    assert "我们的建议" not in [d.title for d in devs]
    reasons = {s.text: s.reason for s in doc.skipped}
    assert reasons["我们的建议"].startswith("the team's own matters")


_CHAMBER = """# Digital Policy Update – November 2025

Example Business Association in Shanghai | 28 November 2025

## Data and privacy

**CAC issues rules on data labelling.** On 10 November 2025, the CAC issued the Measures for Labelling Training Data, which take effect on 1 February 2026.

**MIIT fines telecoms reseller.** On 14 November 2025, MIIT fined a telecoms reseller RMB 300,000 for leaking subscriber records.

## Forthcoming Association events

- 12 January 2026, Shanghai: lunch seminar on the amended Personal Information Protection Law
- 20 January 2026, online: members' meeting on data exports

## About this update

This update is prepared by the Association's policy team for members only.
"""


def test_a_chambers_own_events_are_no_developments() -> None:
    _, devs = ingest(_CHAMBER.encode(), "chamber.md")
    assert len(devs) == 2
    assert not any("seminar" in d.title or "meeting" in d.title for d in devs)


_FORWARDED = """发件人：示例市软件行业协会秘书处 <office@example.org.cn>
发送时间：2025年11月20日（星期四）10:05
收件人：全体会员
主题：转发：关于转发《示例市互联网信息办公室关于开展小程序个人信息收集专项整治的通知》的通知

关于转发《示例市互联网信息办公室关于开展小程序个人信息收集专项整治的通知》的通知

示软协〔2025〕12号

各会员单位：

近日，示例市互联网信息办公室印发《示例市互联网信息办公室关于开展小程序个人信息收集专项整治的通知》，决定在全市开展专项整治。现将通知转发给你们，请认真贯彻落实。

一、请各会员单位于2025年12月10日前完成自查，并将自查表报送协会，协会将汇总后报送市网信办。

附件：示例市互联网信息办公室关于开展小程序个人信息收集专项整治的通知

示例市软件行业协会
2025年11月20日

附件

示例市互联网信息办公室关于开展小程序个人信息收集专项整治的通知

各区网信办：

为落实《中华人民共和国个人信息保护法》，市网信办决定开展小程序个人信息收集专项整治。

示例市互联网信息办公室
2025年11月12日
"""


def test_an_e_mailed_forwarding_notice_is_one_notice_dated_by_its_signature() -> None:
    _, devs = ingest(_FORWARDED.encode(), "forwarded.txt")
    assert len(devs) == 1
    dev = devs[0]
    assert dev.title.startswith("关于转发《示例市互联网信息办公室")
    assert dev.date == "2025-11-20"
    assert dev.kind == "enforcement"
    assert dev.authorities == ["示例市互联网信息办公室"]
    forwarded = "示例市互联网信息办公室关于开展小程序个人信息收集专项整治的通知"
    assert [(m.name, m.stage) for m in dev.instruments] == [(forwarded, "adopted")]


def test_clause_words_before_a_head_make_no_local_body() -> None:
    text = "协会将汇总后报送市网信办。该案体现了人民法院对个人信息的保护。"
    assert authorities.extract(text, [], {}) == []
    assert authorities.extract("杭州市互联网信息办公室印发通知。", [], {}) == [
        "杭州市互联网信息办公室"
    ]


def test_a_high_courts_release_of_cases_is_judicial() -> None:
    assert publisher_kind("浙江高院发布数据权益保护典型案例") == "judicial"
    assert publisher_kind("某市公安局公布打击侵犯公民个人信息犯罪典型案例") == "enforcement"


def test_a_criminal_fine_each_counts_per_person_named() -> None:
    text = "法院以侵犯公民个人信息罪判处被告人甲某有期徒刑二年，并处罚金人民币10万元；判处被告人乙某、丙某、丁某有期徒刑一年，并处罚金各人民币3万元。"
    assert penalty_cny(text) == 190_000


_TABLE = """# 数据合规双周报（2025年第23期）

示例律师事务所　2025年12月5日

| 序号 | 日期 | 发布机关 | 文件 | 要点 |
|---|---|---|---|---|
| 1 | 2025年11月24日 | 国家网信办 | 《网络数据安全风险评估办法》 | 办法将于2026年3月1日起施行，明确了风险评估的频次和报告内容。 |
| 2 | 2025年11月28日 | 工业和信息化部 | 《工业数据分类分级实施细则》 | 细则自印发之日起施行，规定了工业数据的三级分类方法。 |
"""


def test_a_rows_summary_cell_in_force_on_issue_puts_its_instrument_in_force() -> None:
    _, devs = ingest(_TABLE.encode(), "table.md")
    row = next(d for d in devs if "工业数据分类分级实施细则" in d.title)
    assert [(m.name, m.stage, m.effective_date) for m in row.instruments] == [
        ("工业数据分类分级实施细则", "in_force", "2025-11-28")
    ]


def test_police_breaking_up_a_ring_is_enforcement() -> None:
    assert (
        classify(
            "Ningbo police bust data-selling gang",
            "On 2 December 2025, the Ningbo Municipal Public Security Bureau said it had broken up a gang that sold 40,000 patient records, detaining six people.",
            None,
        )
        == "enforcement"
    )
