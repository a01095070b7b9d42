# ruff: noqa: E501  (the specs are document text, one paragraph a line)
"""Build the DOCX and PDF documents of the tracker's blind set heldout19 from the specs below.

Written blind (without reading the tracker's code or running it on these documents) for issue
16. Like heldout14-18, this set measures the mainstream, the documents a privacy team in China
receives every month, from ten further kinds of publisher. Here: a global law firm's English
"2025 in Review and What to Expect in 2026" PDF whose look back and look ahead both carry bold
headlines; a Chinese law firm's English monthly "Legal Updates" in DOCX, numbered items with
"Issuing authority / Date of issue / Effective date" lines over a Highlights paragraph; a city
数据局's Chinese 政策文件汇编 DOCX whose rows list the quarter's policies by level (国家 / 省 /
市) with a 状态 and 施行日期 column and a reference table of 上位法; and a 中国国家标准公告 PDF
approving six standards, three of which have nothing to do with data. The spec syntax is
``make_docs.py``'s; this script reuses its DOCX and PDF builders. Run
``python tests/data/track/make_docs_blind19.py`` after editing a spec; the generated files are
shipped in ``docs/``. Events are real where the documents do not say otherwise; the others, and
the publishers, are fictional, as each document's disclaimer line says.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_docs import DOCS, write_docs

REVIEW_EN_PDF = """\
# China Data Protection: 2025 in Review and What to Expect in 2026
Example Global LLP | Data, Privacy & Cybersecurity | 14 January 2026
This review is an illustrative sample written to test the piplkit tracker: the firm, the Shanghai fine and the Hangzhou judgment are fictional; the measures, the Cybersecurity Law amendments and their dates are real.
## Contents
- 2025 at a glance
- Looking back: new rules
- Looking back: enforcement and the courts
- Looking ahead: 2026
- Contacts
## 2025 at a glance
2025 was the year China filled in the detail of its data protection framework. Regulators finalised rules on compliance audits, AI-generated content, facial recognition, incident reporting and the certification of outbound transfers, the legislature amended the Cybersecurity Law, and local regulators imposed some of the largest fines yet under the Personal Information Protection Law.
## Looking back: new rules
!! Compliance audit measures finalised
On 14 February 2025, the Cyberspace Administration of China (CAC) issued the Measures for Personal Information Protection Compliance Audits, which took effect on 1 May 2025. Processors that handle the personal information of more than 10 million individuals must audit their compliance at least once every two years.
!! Labels for AI-generated content
On 14 March 2025, the CAC and three other authorities issued the Measures for Labelling Artificial Intelligence-Generated Synthetic Content, which took effect on 1 September 2025. Service providers must add explicit labels that users can see and implicit labels in the metadata of generated text, images, audio and video.
!! Facial recognition rules
On 21 March 2025, the CAC and the Ministry of Public Security (MPS) issued the Security Management Measures for the Application of Facial Recognition Technology, which took effect on 1 June 2025. Where another method can achieve the same purpose, facial recognition may not be the only way offered to verify a person's identity.
!! Incident reporting measures
On 15 September 2025, the CAC issued the National Cybersecurity Incident Reporting Management Measures, which took effect on 1 November 2025. Network operators must report incidents above a set threshold to the cyberspace authority within hours of discovering them and file a review once the incident has been handled.
!! Cybersecurity Law amended
On 28 October 2025, the Standing Committee of the National People's Congress adopted the Decision on Amending the Cybersecurity Law. The amended law took effect on 1 January 2026; it raises the fines for the most serious violations to as much as RMB 10 million and adds provisions on the safe development of artificial intelligence.
!! Certification route for outbound transfers
In October 2025, the CAC and the State Administration for Market Regulation (SAMR) issued the Measures for the Certification of Personal Information Outbound Transfers, which took effect on 1 January 2026. Certification now stands beside the security assessment and the standard contract as a third route for sending personal information abroad.
## Looking back: enforcement and the courts
!! Shanghai fines car-sharing platform RMB 3 million
On 18 June 2025, the Shanghai Municipal Internet Information Office fined a car-sharing platform RMB 3 million for keeping users' precise location histories for years after their accounts were closed, in breach of the Personal Information Protection Law. The platform's head of data was fined a further RMB 200,000.
!! Hangzhou court awards damages over face-swap app
On 9 September 2025, the Hangzhou Internet Court ordered the operator of a face-swap app to pay RMB 30,000 in damages to a user whose photos had been used to train its models without consent, applying the Personal Information Protection Law and the Civil Code.
## Looking ahead: 2026
!! Certification goes live
The first certifications of outbound transfers are expected in the first half of 2026. Companies that cannot use the standard contract should prepare their applications now.
!! Penalties under the amended Cybersecurity Law
We expect the first fines at the new levels in 2026, most likely for incidents reported late or not at all.
!! More sector rules
The CAC has said it is drafting rules on personal information protection for large online platforms, and the National Data Administration plans guidelines on the authorised operation of public data.
## Contacts
Anna Example, Partner, Shanghai – anna.example@example-global.example.com
David Sample, Counsel, Beijing – david.sample@example-global.example.com
© 2026 Example Global LLP. This publication is for general information only and does not constitute legal advice.
"""

LEGALUPDATE_EN_DOCX = """\
# PRC Data Compliance Legal Updates
Issue No. 12 | December 2025 | Example Partners Law Firm (Beijing) | 10 December 2025
This newsletter is an illustrative sample written to test the piplkit tracker: the firm and every rule, draft, decision and judgment below are fictional.
Dear clients and friends, below are the major legislative, enforcement and judicial updates on data compliance in the PRC for the period from 16 November to 10 December 2025. Chinese texts and our English translations of the documents are available on request.
## I. New Laws and Regulations
### 1. Measures for the Security Management of Automotive Data Outbound Transfers
Issuing authorities: Cyberspace Administration of China; Ministry of Industry and Information Technology
Date of issue: 20 November 2025
Effective date: 1 March 2026
Highlights: The Measures require automobile data processors to file a catalogue of the important data they plan to transfer abroad, and allow vehicle operation data to be sent to overseas manufacturers for after-sales service without a security assessment.
### 2. Provisions on the Administration of Personal Information Protection Officers (Draft for Comment)
Issuing authority: Cyberspace Administration of China
Date of issue: 28 November 2025
Status: Open for public comment until 28 December 2025
Highlights: The draft would require processors that handle the personal information of more than one million individuals to appoint a personal information protection officer and to report the officer's contact details to the cyberspace authority.
### 3. Guidelines for the Classification and Grading of Financial Data
Issuing authority: People's Bank of China
Date of issue: 3 December 2025
Effective date: 3 December 2025
Highlights: The Guidelines divide the data held by financial institutions into five levels and set minimum controls for each level, including encryption of customer identity data at level three and above.
## II. Enforcement and Judicial Cases
### 4. Shanghai Market Regulator Fines Online Education Company for Selling Student Data
Regulator: Shanghai Municipal Administration for Market Regulation
Date of decision: 1 December 2025
Law applied: Personal Information Protection Law
Penalty: RMB 800,000 on the company; RMB 50,000 on the person directly in charge
Highlights: The company sold the contact details of about 120,000 parents collected through its trial classes to other training institutions without the parents' consent.
### 5. Beijing Internet Court Rules on Sharing of Health App Data with an Insurer
Court: Beijing Internet Court
Date of judgment: 5 December 2025
Highlights: The court held that a fitness app operator that shared a user's heart-rate and sleep records with an insurer without her separate consent had infringed her personal information rights under Article 29 of the Personal Information Protection Law, and ordered it to pay RMB 25,000 in damages.
## III. Firm News
On 18 December 2025, our data compliance team will host a half-day seminar in Beijing on preparing applications for the certification of personal information outbound transfers. Please contact us to register.
## Contact Us
Li Example, Partner – li.example@example-partners.example.cn
Zhou Sample, Senior Associate – zhou.sample@example-partners.example.cn
This newsletter is for reference only and does not constitute legal advice. To unsubscribe, please reply with "Unsubscribe" in the subject line.
"""

HUIBIAN_ZH_DOCX = """\
# 数据领域政策文件汇编（2025年第四季度）
宁波市数据局政策法规处 编　2025年12月30日
说明：本汇编为测试piplkit跟踪工具编写的示例，编印单位、所列国家数据局文件、浙江省文件和宁波市文件均为虚构；《个人信息出境认证办法》及所列上位法为真实文件。
编者按：为便于全市各部门、各区（县、市）数据主管部门和数据企业及时掌握数据领域政策动态，我处对本季度国家、省、市出台的数据领域政策文件进行了梳理汇编，供工作参考。所列文件以正式发布文本为准。
## 一、国家层面
| 序号 | 文件名称 | 发布机关 | 发布日期 | 状态 | 施行日期 | 主要内容 |
| 1 | 《个人信息出境认证办法》 | 国家互联网信息办公室、国家市场监督管理总局 | 2025年10月17日 | 尚未施行 | 2026年1月1日 | 明确个人信息出境认证的适用情形、申请程序和专业认证机构的义务。个人信息处理者可以通过认证方式向境外提供个人信息。 |
| 2 | 《公共数据资源授权运营实施细则（试行）》 | 国家数据局 | 2025年11月12日 | 现行有效 | 2025年11月12日 | 细化公共数据授权运营的申请、评审、协议签订和收益分配规则，要求运营机构建立个人信息和重要数据保护制度。 |
| 3 | 《数据流通安全管理办法（征求意见稿）》 | 国家数据局 | 2025年12月8日 | 征求意见 | — | 征求意见稿提出数据流通交易前的安全评估、流通过程中的风险监测和数据提供方的安全责任，意见反馈截止日期为2026年1月8日。 |
## 二、浙江省
| 序号 | 文件名称 | 发布机关 | 发布日期 | 状态 | 施行日期 | 主要内容 |
| 4 | 《浙江省数据要素市场化配置条例》 | 浙江省人民代表大会常务委员会 | 2025年11月28日 | 尚未施行 | 2026年3月1日 | 条例共七章五十条，对数据资源供给、数据交易场所、数据安全和个人信息保护作出规定。 |
| 5 | 《浙江省数据出境服务指引（2025年版）》 | 浙江省互联网信息办公室、浙江省商务厅 | 2025年10月20日 | 现行有效 | 2025年12月1日 | 指引列明数据出境安全评估、个人信息出境标准合同备案和认证的办理流程，并公布全省咨询服务窗口。 |
## 三、宁波市
| 序号 | 文件名称 | 发布机关 | 发布日期 | 状态 | 施行日期 | 主要内容 |
| 6 | 《宁波市公共数据开放管理办法》 | 宁波市人民政府 | 2025年12月15日 | 尚未施行 | 2026年2月1日 | 办法明确公共数据开放目录的编制和更新机制，规定涉及个人信息的公共数据经匿名化处理后方可开放。 |
## 附：相关上位法（供参考）
| 文件名称 | 施行日期 |
| 《中华人民共和国个人信息保护法》 | 2021年11月1日 |
| 《中华人民共和国数据安全法》 | 2021年9月1日 |
| 《网络数据安全管理条例》 | 2025年1月1日 |
联系人：政策法规处　电话：0574-00000000
内部资料　注意保存
"""

BIAOZHUN_ZH_PDF = """\
# 国家市场监督管理总局 国家标准化管理委员会 中国国家标准公告（2025年第32号）
说明：本公告为测试piplkit编写的示例，公告及所列标准的编号、名称和日期均为虚构。
国家市场监督管理总局（国家标准化管理委员会）批准《数据安全技术 个人信息保护合规审计要求》等6项推荐性国家标准，现予以公布。
| 序号 | 国家标准编号 | 国家标准名称 | 代替标准号 | 实施日期 |
| 1 | GB/T 46901—2025 | 数据安全技术 个人信息保护合规审计要求 |  | 2026-06-01 |
| 2 | GB/T 46902—2025 | 数据安全技术 个人信息出境认证要求 |  | 2026-06-01 |
| 3 | GB/T 46903—2025 | 网络安全技术 网络安全事件报告指南 |  | 2026-06-01 |
| 4 | GB/T 46904—2025 | 电动自行车用充电器通用技术条件 |  | 2026-06-01 |
| 5 | GB/T 46905—2025 | 冷链物流分类与基本要求 | GB/T 39901—2013 | 2026-06-01 |
| 6 | GB/T 46906—2025 | 家用和类似用途电器的除菌功能 通则 |  | 2026-12-01 |
上述标准文本可通过国家标准全文公开系统查阅。
国家市场监督管理总局
国家标准化管理委员会
2025年11月20日
"""

SPECS = {
    "blind19_review_en_2026_01.pdf": REVIEW_EN_PDF,
    "blind19_legalupdate_en_2025_12.docx": LEGALUPDATE_EN_DOCX,
    "blind19_huibian_zh_2025_12.docx": HUIBIAN_ZH_DOCX,
    "blind19_biaozhun_zh_2025_11.pdf": BIAOZHUN_ZH_PDF,
}
_HEADERS = {
    "blind19_review_en_2026_01.pdf": "Example Global LLP · China Data Protection: 2025 in Review",
    "blind19_biaozhun_zh_2025_11.pdf": "国家标准化管理委员会 · 国家标准公告",
}


def main(names: list[str]) -> None:
    """Write the named documents (all of them when no name is given) into ``docs/``."""
    write_docs(SPECS, _HEADERS, names, DOCS)


if __name__ == "__main__":
    main(sys.argv[1:])
