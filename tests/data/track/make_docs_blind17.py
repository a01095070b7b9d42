# ruff: noqa: E501  (the specs are document text, one paragraph a line)
"""Build the DOCX and PDF documents of the tracker's blind set heldout17 from the specs below.

Written blind (without reading the tracker's code or running it on these documents) for issue
16. Like heldout14-16, this set measures the mainstream, the documents a privacy team in China
receives every month, from ten further kinds of publisher. Here: a foreign chamber of commerce's
English "Policy & Regulatory Update" PDF whose items open with a bold run-in headline; an
advisory firm's English monthly report to one client in DOCX whose developments are paragraphs
that open with their date; a Big-4 firm's Chinese 数据合规观察 PDF with 要点速览 and bold
headlines under 一、二、 sections; and a law firm's Chinese 客户简报 DOCX whose developments are
the rows of a 日期 | 发布机关 | 文件 | 要点 | 影响 table. The spec syntax is ``make_docs.py``'s
(``# title``, ``## heading``, ``**bold** rest``, ``!! headline``, ``- entry``, ``| table |``);
this script reuses its DOCX and PDF builders. Run ``python tests/data/track/make_docs_blind17.py``
after editing a spec; the generated files are shipped in ``docs/`` so tests need neither
reportlab nor this script. Events are real where the documents do not say otherwise; the
others, and the publishers, are fictional, as each document's disclaimer line says.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_docs import DOCS, write_docs

CHAMBER_EN_PDF = """\
# Policy & Regulatory Update: Digital Economy, Q4 2025
Example European Business Chamber in China | Government Affairs Team | 12 December 2025
This update is an illustrative sample written to test the piplkit tracker: the Chamber, its working group, the CAC draft on minors' devices, the MIIT telecoms measures, the Tianjin fine and the Guangzhou judgment are fictional; the Cybersecurity Law amendments are real.
Dear members, this quarterly update summarises the data, privacy and cybersecurity developments since our September edition and the Chamber's work on them.
## In this update
- NPC Standing Committee adopts amended Cybersecurity Law
- CAC releases draft rules on minors' data in smart devices
- MIIT issues data security measures for the telecoms sector
- Tianjin regulator fines logistics company over customer data
- Guangzhou Internet Court rules against data scraper
## Data, privacy and cybersecurity
**NPC Standing Committee adopts amended Cybersecurity Law.** On 28 October 2025, the NPC Standing Committee adopted the Decision on Amending the Cybersecurity Law. The amended law takes effect on 1 January 2026 and raises the maximum fines for the most serious violations to RMB 10 million.
**CAC releases draft rules on minors' data in smart devices.** On 1 December 2025, the Cyberspace Administration of China (CAC) released the Provisions on the Protection of Minors' Personal Information in Smart Devices (Draft for Comment), with comments due by 31 December 2025. The draft would require makers of smart watches and tablets for children to switch off location sharing by default.
Chamber view: members support the aim of the draft but have asked for a transition period of at least twelve months for devices already on the market.
**MIIT issues data security measures for the telecoms sector.** On 20 November 2025, the Ministry of Industry and Information Technology (MIIT) issued the Measures for Data Security Management in the Telecommunications Sector, which take effect on 1 February 2026. Carriers must classify the data they hold and report their catalogues of important data to MIIT every year.
## Enforcement and courts
**Tianjin regulator fines logistics company over customer data.** On 25 November 2025, the Tianjin Municipal Internet Information Office fined a logistics company RMB 500,000 for failing to protect customers' addresses and phone numbers in its order system, in breach of the Personal Information Protection Law. Its general manager was fined a further RMB 50,000.
**Guangzhou Internet Court rules against data scraper.** On 2 December 2025, the Guangzhou Internet Court ruled that a data analytics firm had competed unfairly by scraping user reviews and profiles from a lifestyle platform, and ordered it to pay RMB 1 million in damages under the Anti-Unfair Competition Law.
## Member input requested
The Digital Economy Working Group is collecting members' comments on the CAC's draft provisions on minors' personal information. Please send them to policy@example-chamber.example.org by 19 December 2025 so that the Chamber can submit a joint position before the deadline.
## Upcoming Chamber events
- 15 January 2026, Beijing: breakfast briefing on the amended Cybersecurity Law
- 22 January 2026, online: working group meeting on data exports and certification
## About this update
The Policy & Regulatory Update is prepared by the Chamber's Government Affairs Team for members only. It is for information and does not constitute legal advice. Contact: policy@example-chamber.example.org
"""

CLIENTREPORT_EN_DOCX = """\
# China Privacy Monthly Report: December 2025
Prepared for Example Retail (China) Ltd by Example Advisory | 15 December 2025 | Reporting period: 16 November to 15 December 2025 | Confidential
This report is an illustrative sample written to test the piplkit tracker: Example Advisory, its client, the automobile sales standard, the retail guidelines, the data property measures, the Shenzhen fine, the Beijing summons and the Beijing judgment are fictional; the Cybersecurity Law amendments and the certification measures are real.
## 1. Summary
This month regulators finalised a national standard for car dealers, consulted on guidelines for identifying important data in retail and issued rules on registering data property, while enforcement focused on marketing messages and location data. Only the retail guidelines call for action from Example Retail before the end of the year (see section 4).
## 2. Regulatory developments
On 18 November 2025, the State Administration for Market Regulation (SAMR) and the Standardization Administration of China (SAC) published the national standard Data Security Technology — Security Requirements for Personal Information Processing in Automobile Sales and Services, which will take effect on 1 June 2026. It applies to dealers, after-sales outlets and their online channels.
The standard also limits the copying of customers' identity cards to what vehicle registration requires, which matters for Example Retail's car accessories counters that register warranty claims.
On 24 November 2025, the Cyberspace Administration of China (CAC) released the Guidelines for Identifying Important Data in the Retail Sector (Draft for Comment), with comments due by 24 December 2025. Purchase histories of more than one million individuals would be presumed to be important data.
On 5 December 2025, the National Data Administration (NDA) and the CAC jointly issued the Measures for the Registration of Data Property Rights, which took effect on the day of issue. Registered data products must show that any personal information in them was collected lawfully or has been anonymised.
## 3. Enforcement and court decisions
On 20 November 2025, the Shenzhen Municipal Administration for Market Regulation fined a car dealership group RMB 300,000 for sending marketing messages to customers who had withdrawn their consent, under the Law on the Protection of Consumer Rights and Interests.
On 2 December 2025, the Beijing Municipal Internet Information Office summoned the operators of three car-rental apps over the continued collection of drivers' location data after trips had ended. The office ordered them to rectify within 15 days.
On 9 December 2025, the Beijing Internet Court ruled that a membership-card operator had unlawfully shared a customer's purchase history with an insurer, and ordered it to pay RMB 20,000 in damages. The court applied the Personal Information Protection Law.
## 4. Recommendations for Example Retail
- Submit comments on the retail guidelines through the retail association by 20 December 2025; we can draft them.
- Check whether the loyalty programme's purchase histories exceed the one-million threshold of the draft.
- Review the consent withdrawal flow of the marketing platform against the Shenzhen decision before the spring campaign.
## 5. Outlook for January 2026
On 1 January 2026, the amended Cybersecurity Law and the Measures for the Certification of Personal Information Outbound Transfers take effect. We will report on the first certification applications in the next report.
## 6. About this report
Example Advisory prepares this report every month for Example Retail's legal and compliance team. It is confidential and is not legal advice. Questions: china-privacy@example-advisory.example.com
"""

GUANCHA_ZH_PDF = """\
# 数据合规观察（2025年12月刊）
示例会计师事务所风险咨询服务部　2025年12月11日
本刊为测试 piplkit 编写的示例，本所、审计机构管理办法征求意见稿、企业数据合规管理指引、日志记录国家标准、浙江罚款和最高人民法院第二批典型案例均为虚构。
## 要点速览
- 国家网信办就个人信息保护合规审计机构管理办法公开征求意见
- 国家数据局会同市场监管总局印发企业数据合规管理指引
- 个人信息处理活动日志记录国家标准发布
- 浙江省网信办对某连锁酒店集团罚款150万元
- 最高人民法院发布第二批个人信息保护典型案例
## 一、立法与监管动态
!! 国家网信办发布《个人信息保护合规审计机构管理办法（征求意见稿）》
11月28日，国家互联网信息办公室发布《个人信息保护合规审计机构管理办法（征求意见稿）》，向社会公开征求意见，意见反馈截止日期为12月28日。征求意见稿对专业机构开展个人信息保护合规审计的资质、独立性和质量控制提出了要求。
!! 国家数据局会同市场监管总局印发《企业数据合规管理指引》
12月2日，国家数据局会同国家市场监督管理总局印发《企业数据合规管理指引》，自印发之日起施行。指引要求企业明确数据合规管理的牵头部门，建立数据资产台账，并定期开展合规评估。
!! 国家标准《数据安全技术 个人信息处理活动日志记录规范》发布
11月19日，国家市场监督管理总局、国家标准化管理委员会发布国家标准《数据安全技术 个人信息处理活动日志记录规范》，该标准将于2026年6月1日起实施。标准规定了个人信息处理活动日志的记录内容、保存期限和防篡改要求。
## 二、执法动态
!! 浙江省网信办对某连锁酒店集团作出行政处罚
11月21日，浙江省互联网信息办公室依据《中华人民共和国个人信息保护法》，对某连锁酒店集团处以罚款150万元，对直接负责的主管人员处以罚款8万元。经查，该集团未对住客身份证件信息采取加密等安全技术措施，导致信息泄露。
## 三、司法实践
!! 最高人民法院发布第二批个人信息保护典型案例
12月4日，最高人民法院发布第二批个人信息保护典型案例，涉及人脸识别、App违规收集和个人信息买卖等领域。案例明确了敏感个人信息处理中“单独同意”的认定标准。
## 四、我们的建议
修改后的《中华人民共和国网络安全法》将于2026年1月1日起施行。建议企业对照《企业数据合规管理指引》完善数据合规管理体系，在2026年1月31日前完成年度个人信息保护合规审计，并评估日志记录标准对现有系统的影响。
## 五、联系我们
如需进一步了解，请联系风险咨询服务部数据合规团队：dataprivacy@example-cpa.cn
本刊物中所载资料仅供一般参考之用，并非针对任何个人或团体的个别情况而提供，不构成专业意见。
"""

JIANBAO_ZH_DOCX = """\
# 数据合规客户简报（2025年12月第2期）
示例律师事务所数据合规团队　2025年12月16日
本简报为测试 piplkit 编写的示例，本所、投诉举报处理规定、人脸识别标准征求意见稿、工信领域应急预案、上海罚款和北京判决均为虚构。
尊敬的客户：现将12月上半月与个人信息保护和数据安全相关的主要监管动态整理如下，供参考。
## 一、监管动态一览
| 序号 | 日期 | 发布机关 | 文件 | 要点 | 对企业的影响 |
| 1 | 2025年12月1日 | 国家互联网信息办公室 | 《互联网平台个人信息保护投诉举报处理规定》 | 规定要求平台建立便捷的个人信息保护投诉举报渠道，并在收到投诉举报之日起15个工作日内处理和反馈，自2026年2月1日起施行。 | 平台企业需在施行前更新投诉处理流程和客服话术。 |
| 2 | 2025年12月4日 | 全国网络安全标准化技术委员会 | 《网络安全技术 人脸识别数据安全要求（征求意见稿）》 | 征求意见稿规定了人脸识别数据收集、存储、使用和删除的安全要求，意见反馈截止日期为2026年2月2日。 | 使用人脸识别门禁或支付的企业可评估差距并反馈意见。 |
| 3 | 2025年12月5日 | 工业和信息化部 | 《工业和信息化领域数据安全事件应急预案》 | 预案自印发之日起施行，明确了数据安全事件的四级分级标准和企业报告时限。 | 工业企业应修订内部应急预案。 |
| 4 | 2025年12月8日 | 上海市互联网信息办公室 | 对某外卖平台作出行政处罚决定 | 该平台违反《中华人民共和国个人信息保护法》，向商户过度提供消费者手机号码，被处罚款200万元，直接负责的主管人员被处罚款10万元。 | 平台向合作方提供个人信息应遵循最小必要原则。 |
| 5 | 2025年12月10日 | 北京互联网法院 | 某购物App运营者侵害个人信息权益纠纷案一审判决 | 法院判决被告停止向第三方提供原告的购物记录、删除相关信息，并赔偿原告经济损失及合理维权费用共计1.2万元。 | 企业共享用户数据前应取得有效同意。 |
## 二、律师观察
从上半月的动态看，监管重点正从规则制定转向规则落地：投诉举报处理规定和行业应急预案均着眼于企业内部流程，执法和司法案件则继续集中在向第三方提供个人信息的环节。
## 三、近期关注
2026年1月1日，修改后的《中华人民共和国网络安全法》和《个人信息出境认证办法》将同步施行，我们将在下期简报中作专题解读。
如需了解详情，请联系：示例律师，电话010-00000000，邮箱data@example-law.cn
免责声明：本简报仅供参考，不构成本所的法律意见。
"""

SPECS = {
    "blind17_chamber_en_2025_12.pdf": CHAMBER_EN_PDF,
    "blind17_clientreport_en_2025_12.docx": CLIENTREPORT_EN_DOCX,
    "blind17_guancha_zh_2025_12.pdf": GUANCHA_ZH_PDF,
    "blind17_jianbao_zh_2025_12.docx": JIANBAO_ZH_DOCX,
}
_HEADERS = {
    "blind17_chamber_en_2025_12.pdf": "Example European Business Chamber in China · Policy & Regulatory Update",
    "blind17_guancha_zh_2025_12.pdf": "示例会计师事务所 · 数据合规观察",
}


def main(names: list[str]) -> None:
    """Write the named documents (all of them when no name is given) into ``docs/``."""
    write_docs(SPECS, _HEADERS, names, DOCS)


if __name__ == "__main__":
    main(sys.argv[1:])
