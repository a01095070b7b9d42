# ruff: noqa: E501  (the document below is document text, one paragraph a line)
"""heldout9's 電子報 in simplified script (issue 16, branch fix16q): sections numbered with the
formal numerals 壹、贰、叁、肆 were no list lines, so the contents' entries ran together as one
paragraph and the contents never ended: every item was skipped. Rules: a line opening with
壹、… is a list line and its numbering no part of a section's name; a short numbered section
name inside the contents that is not yet listed is an entry (the last one, 肆、读者来信, is over
the 编者序, not a section of its own); readers' letters (读者来信) are the publisher's, no
development. Written in another wording than the blind issue; with a control."""

from __future__ import annotations

from piplkit.track import ingest

ISSUE = """某某律师事务所　跨境数据合规简讯
第 30 期　出版日期：2025年12月19日

※ 本简讯为测试编写，所载机构、案件均为虚构。

【本期目录】
壹、立法与标准动态
贰、执法与司法动态
叁、本所动态
肆、读者来信

编者序
年底前监管动态较多，本期择要介绍，并答复读者提问。

壹、立法与标准动态

一、国家数据局发布《公共数据资源登记管理暂行办法》
12月10日，国家数据局发布《公共数据资源登记管理暂行办法》，自2026年3月1日起施行。
资料来源：https://www.nda.example.gov.cn/2025-12/10/dengji.html

二、全国网络安全标准化技术委员会发布两项标准草案
12月12日，全国网络安全标准化技术委员会发布《网络安全技术 数据出境风险评估指南（征求意见稿）》，公开征求意见。

贰、执法与司法动态

三、某市网信办对某直播平台处以罚款
12月15日，某市互联网信息办公室对某直播平台处以罚款人民币50万元，该平台违规收集用户人脸信息。

叁、本所动态
本所将于1月8日在上海举办数据出境合规沙龙，欢迎报名。

肆、读者来信
问：境外母公司可否直接调取境内员工数据？
答：须视数据类型及数量而定，可考虑标准合同途径。
"""


def test_formal_numeral_sections_and_their_contents() -> None:
    _, devs = ingest(ISSUE, "jianxun.txt")
    assert [d.title for d in devs] == [
        "国家数据局发布《公共数据资源登记管理暂行办法》",
        "全国网络安全标准化技术委员会发布两项标准草案",
        "某市网信办对某直播平台处以罚款",
    ]
    assert [d.kind for d in devs] == ["legislation", "legislation", "enforcement"]


#: control: the same issue with sections numbered 一、二、三 over items numbered (一)(二)
PLAIN = (
    ISSUE.replace("一、国家", "（一）国家")
    .replace("二、全国", "（二）全国")
    .replace("三、某市", "（三）某市")
    .replace("壹、", "一、")
    .replace("贰、", "二、")
    .replace("叁、", "三、")
    .replace("肆、", "四、")
)


def test_control_sections_in_plain_numerals() -> None:
    _, devs = ingest(PLAIN, "jianxun_plain.txt")
    assert "国家数据局发布《公共数据资源登记管理暂行办法》" in [d.title for d in devs]
