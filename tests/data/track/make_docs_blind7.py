# ruff: noqa: E501  (the specs are document text, one paragraph a line)
"""Build the DOCX and PDF documents of the tracker's blind set heldout7 from the specs below.

Written blind (without reading the tracker's code or running it on these documents) for issue
16, so that the set measures the tracker on publishers' styles it has not met. The spec syntax
is ``make_docs.py``'s (``# title``, ``## heading``, ``**bold** rest``, ``!! bold headline``,
``- entry``, ``| table |``, ``^N`` superscripts); this script reuses its DOCX and PDF builders.
Run ``python tests/data/track/make_docs_blind7.py`` after editing a spec; the generated files
are shipped in ``docs/`` so tests need neither reportlab nor this script. Events are real where
the documents do not say otherwise; some events, names and figures are fictional, as each
document's disclaimer line says.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_docs import DOCS, write_docs

DIGITAL_LAW_UPDATE_PDF = """\
# Digital Law Update — China | Issue 12, December 2025
Example Advisory LLP · Tax & Legal Services · 5 December 2025
Illustrative sample written to test the piplkit tracker; some events, names and figures are fictional.
In this issue: 1. Legislation and policy · 2. Enforcement · 3. Disputes · 4. Key dates
## 1. Legislation and policy
!! 1.1 CAC finalises personal information rules for large online platforms
On 28 November 2025, the Cyberspace Administration of China (CAC) issued the Provisions on Personal Information Protection Obligations of Large Online Platforms, which take effect on 1 March 2026. Platforms with more than 50 million users must set up an independent oversight body and publish an annual social responsibility report on personal information protection.
What this means for you: platform operators should start forming the oversight body now, as its members must be appointed before the Provisions take effect.
!! 1.2 TC260 seeks comments on a biometric data standard
On 1 December 2025, TC260 released the Data Security Technology — Security Requirements for Biometric Information Processing (Draft for Comments) for public comment until 30 January 2026.
!! 1.3 Amended Cybersecurity Law: MIIT plans implementing rules
On 26 November 2025, the Ministry of Industry and Information Technology (MIIT) said that it is drafting the Measures for Cybersecurity Administration in the Telecommunications Sector to implement the amended Cybersecurity Law.
## 2. Enforcement
!! 2.1 Jiangsu regulator fines a telecom reseller
On 20 November 2025, the Jiangsu Communications Administration fined a mobile phone card reseller RMB 300,000 and confiscated RMB 45,000 of illegal gains for registering SIM cards with customers' identity data without their knowledge, in breach of the Cybersecurity Law.
!! 2.2 Tianjin orders a hospital group to rectify data leaks
On 24 November 2025, the Tianjin Municipal Internet Information Office summoned a private hospital group whose patient database had been exposed online, issued a warning and ordered it to complete rectification within 30 days. No fine was imposed.
## 3. Disputes
!! 3.1 Beijing Internet Court rules on employee monitoring
On 18 November 2025, the Beijing Internet Court held that an employer which read employees' private messages on work phones without telling them infringed their personal information rights, and ordered it to apologise and pay each of the three plaintiffs RMB 8,000 in damages.
## 4. Key dates
| Date | Event |
| 1 January 2026 | Amended Cybersecurity Law takes effect |
| 30 January 2026 | Comments due on the draft biometric standard |
| 1 March 2026 | Large-platform provisions take effect |
Contacts: Helen Xu, Partner, Digital Law, helen.xu@example-advisory.com
This publication contains general information only and is not a substitute for professional advice. © 2025 Example Advisory LLP.
"""

ZHIFA_ZH_DOCX = """\
# 苏州市市场监管局通报个人信息保护领域执法情况
发布时间：2025-11-14　来源：苏州市市场监督管理局　浏览次数：1032
本文为测试 piplkit 编写的示例，企业名称、案情与数字均为虚构。
今年以来，我局聚焦消费领域个人信息保护突出问题，共立案查处侵害消费者个人信息案件27件，罚没款合计216万元。现将部分典型案件情况通报如下。
9月12日，我局对苏州某科技有限公司作出行政处罚决定。该公司在其小程序注册页面默认勾选同意接收商业性信息，并将消费者手机号码提供给合作商家，违反《中华人民共和国消费者权益保护法》第二十九条，被责令改正并处罚款20万元。
10月9日，苏州市吴中区市场监督管理局对某教育咨询有限公司作出行政处罚决定。该公司通过购买所得的学生家长信息进行电话营销，被处罚款15万元，没收违法所得3.2万元。
上月24日，我局对某物业服务有限公司强制业主录入人脸信息作为唯一通行方式的行为立案调查。该公司已删除全部人脸信息并恢复刷卡通行，我局依法对其予以警告。
本月5日，我局对某连锁药房有限公司作出行政处罚决定。该公司员工私自导出会员病历信息用于推销保健品，该公司被处罚款8万元，对直接负责的主管人员处罚款1万元。
下一步，我局将持续开展个人信息保护专项执法行动，对侵害消费者个人信息的违法行为保持高压态势。
【打印本页】【关闭窗口】
主办单位：苏州市市场监督管理局　地址：苏州市某某路1号　邮编：215000
"""

DASHIJI_ZH_DOCX = """\
# 2025年个人信息保护大事记
示例数据合规研究院　2025年12月20日
本大事记为测试 piplkit 编写的示例，部分事件、日期与数字为虚构或与实际不符。
2025年，我国个人信息保护制度持续完善，配套规章和国家标准密集出台。我们按月梳理了全年的重要事件，供读者参考。
## 一月
- 1月1日，国务院公布的《网络数据安全管理条例》正式施行。
## 二月
- 2月14日，国家互联网信息办公室公布《个人信息保护合规审计管理办法》，自2025年5月1日起施行。
## 三月
- 3月14日，国家互联网信息办公室、工业和信息化部、公安部、国家广播电视总局联合发布《人工智能生成合成内容标识办法》，自2025年9月1日起施行。
## 五月
- 5月1日，《个人信息保护合规审计管理办法》正式施行，个人信息处理者应定期开展合规审计。
- 5月23日，公安部、国家互联网信息办公室等六部门联合公布《国家网络身份认证公共服务管理办法》，自2025年7月15日起施行。
## 九月
- 9月1日，《人工智能生成合成内容标识办法》和强制性国家标准《网络安全技术 人工智能生成合成内容标识方法》（GB 45438-2025）同时施行。
- 9月15日，国家互联网信息办公室公布《国家网络安全事件报告管理办法》，自2025年11月1日起施行。
## 十月
- 10月17日，国家互联网信息办公室、国家市场监督管理总局联合公布《个人信息出境认证办法》，自2026年1月1日起施行。
- 10月28日，全国人民代表大会常务委员会表决通过关于修改《中华人民共和国网络安全法》的决定，修改后的法律自2026年1月1日起施行。
## 展望2026
- 2026年1月1日，修改后的网络安全法和《个人信息出境认证办法》将同时施行。
- 多项配套国家标准预计将于2026年上半年发布。
编写：示例数据合规研究院　如需转载，请注明出处。
"""

SPECS = {
    "blind7_dlu_2025_12.pdf": DIGITAL_LAW_UPDATE_PDF,
    "blind7_zhifa_zh_2025_11.docx": ZHIFA_ZH_DOCX,
    "blind7_dashiji_zh_2025.docx": DASHIJI_ZH_DOCX,
}

_HEADERS = {
    "blind7_dlu_2025_12.pdf": "Example Advisory | Digital Law Update — China | December 2025",
}


def main(names: list[str]) -> None:
    """Write the named documents (all of them when no name is given) into ``docs/``."""
    write_docs(SPECS, _HEADERS, names, DOCS)


if __name__ == "__main__":
    main(sys.argv[1:])
