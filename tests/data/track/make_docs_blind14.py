# ruff: noqa: E501  (the specs are document text, one paragraph a line)
"""Build the DOCX and PDF documents of the tracker's blind set heldout14 from the specs below.

Written blind (without reading the tracker's code or running it on these documents) for issue
16. Unlike heldout4-13, which chased rare publishers' styles, this set measures the mainstream:
the documents a privacy team in China receives every month, in the most common styles of
publishers the tracker has not met. Here: a Big-4-style PDF "Regulatory Alert" on one new
measure (one development with a long body); a company's internal DOCX monthly bulletin whose
developments are the rows of a table; an English PDF quarterly review with bold headlines,
footnotes, a source list and a key-dates table; a consultancy's Chinese PDF 周报 whose items are
paragraphs that open with their date; and a Chinese-English bilingual DOCX 快讯 with bold run-in
headlines. The spec syntax is ``make_docs.py``'s (``# title``, ``## heading``, ``**bold** rest``,
``!! headline``, ``- entry``, ``| table |``, ``^N`` footnote markers, ``N https://…`` source
lines); this script reuses its DOCX and PDF builders. Run
``python tests/data/track/make_docs_blind14.py`` after editing a spec; the generated files are
shipped in ``docs/`` so tests need neither reportlab nor this script. Events are real where the
documents do not say otherwise; the others, and the publishers, are fictional, as each
document's disclaimer line says.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_docs import DOCS, write_docs

ALERT_EN_PDF = """\
# China Issues Measures for the Certification of Personal Information Outbound Transfers
Regulatory Alert | Issue 2025-31 | 24 October 2025
Illustrative sample written to test the piplkit tracker; the publisher, its people and its advice are fictional; the certification measures are real.
## In brief
- Certification becomes a fully regulated third route for sending personal information out of China.
- The rules apply from 1 January 2026.
- Companies that already rely on a standard contract do not need to switch, but should check whether certification would suit intra-group transfers better.
## What happened
On 17 October 2025, the Cyberspace Administration of China (CAC) and the State Administration for Market Regulation (SAMR) jointly issued the Measures for the Certification of Personal Information Outbound Transfers (the Measures), which take effect on 1 January 2026. The Measures complete the framework of Article 38 of the Personal Information Protection Law, which lists certification by a professional institution as one of the conditions for providing personal information abroad.
## Key requirements
- **Who may use certification.** A processor that is not a critical information infrastructure operator and whose transfers stay below the thresholds that trigger a security assessment may choose certification instead of a standard contract.
- **Who certifies.** Only certification bodies approved under the national certification rules may issue the certificate; the CAC and SAMR supervise them.
- **What is assessed.** The certification body reviews the legality of the transfer, the overseas recipient's protection level, the contract between the parties and the rights of the individuals concerned.
- **Validity and changes.** A certificate is valid for three years; a change in the purpose, scope or recipient of the transfer calls for a new application.
## What this means for your business
For groups that move employee and customer data to regional hubs, certification may replace a patchwork of standard contracts with one set of binding group rules. Smaller transfers that already run under a filed standard contract can stay as they are. Certification is not a shortcut, however: the body will expect documented impact assessments and audit trails.
## What you should do now
Map your outbound flows against the thresholds, decide by the end of the year whether certification suits your group, and budget for the audit. We expect the first certificates to be issued in the second quarter of 2026.
## How we can help
Our Data Protection team helps clients map transfers, prepare impact assessments and get ready for certification audits.
## Contacts
Anna Example, Partner, Risk Advisory, Shanghai. anna.example@example-advisory.com, +86 21 0000 0000
Ben Sample, Director, Data Protection, Beijing. ben.sample@example-advisory.com, +86 10 0000 0000
## Related publications
China's standard contract filings: lessons from the first two years
Security assessments for outbound data: a practical checklist
This publication contains general information only and is not a substitute for professional advice. Example Advisory accepts no liability for any loss arising from reliance on it. (c) 2025 Example Advisory.
"""

BULLETIN_EN_DOCX = """\
# Privacy & Data Compliance Monthly Bulletin — November 2025
Legal & Compliance Department, Example Manufacturing (China) Co., Ltd. · Issued 2 December 2025 · Internal use only
Illustrative sample written to test the piplkit tracker; the company, its people, the MIIT draft, the Suzhou fine, the industrial internet standard and the Shanghai judgment are fictional; the incident reporting measures are real.
Dear colleagues, this bulletin lists the regulatory developments of November 2025 that matter to our plants and offices in China, and what each means for us. The owners named below will follow up with the teams concerned.
## Regulatory developments
| No. | Date | Regulator | Development | What it means for us | Owner |
| 1 | 1 Nov 2025 | CAC | The National Cybersecurity Incident Reporting Management Measures took effect. | Our incident response plan must allow a report to the provincial cyberspace authority within four hours. | IT Security |
| 2 | 7 Nov 2025 | MIIT | MIIT released the Measures for Data Security Risk Assessment in the Industrial Sector (Draft for Comments); comments close on 7 December 2025. | If adopted, our Suzhou plant's production data would need a yearly risk assessment. | Legal |
| 3 | 12 Nov 2025 | Suzhou Municipal Public Security Bureau | Suzhou police fined a parts supplier RMB 100,000 under the Data Security Law for leaving a known vulnerability unfixed, which exposed its customers' order data. | The supplier is not ours, but our vendor audits should ask about patching. | Procurement |
| 4 | 20 Nov 2025 | SAMR; SAC | SAMR and SAC approved the national standard Cybersecurity Technology — Security Requirements for Industrial Internet Platforms, effective 1 June 2026. | Our equipment monitoring platform should be checked against it before June. | IT Security |
| 5 | 28 Nov 2025 | Shanghai No. 1 Intermediate People's Court | The court upheld a ruling that a car maker must delete in-car camera footage of a former employee and pay him RMB 8,000 in damages. | Footage from our company cars must not be kept after the driver leaves. | HR |
## Internal reminders
- Complete the annual personal information protection training by 19 December 2025.
- Update the records of processing activities for the new HR system by 31 December 2025.
- The amended Cybersecurity Law takes effect on 1 January 2026; the Legal team will brief managers in the week of 15 December.
## Questions
Please contact the Legal & Compliance Department at privacy@example-manufacturing.cn or on extension 8800.
This bulletin is for internal information only and is not legal advice. Do not forward outside the company.
"""

QUARTERLY_EN_PDF = """\
# China Privacy & Cybersecurity Quarterly Review
October–December 2025 · Published 15 December 2025 · Example Global Law Office, Technology Practice
Illustrative sample written to test the piplkit tracker; the firm, the MPS draft, the Beijing fine and the Pudong judgment are fictional; the Cybersecurity Law amendments and the certification measures are real.
## Executive summary
The quarter brought the first amendment of the Cybersecurity Law since 2017, a third route for transferring personal information abroad, a draft on video surveillance data, Beijing's largest data security fine of the year (RMB 3 million) and a court ruling against data scraping.
## 1. Legislation and policy
!! Cybersecurity Law amendments adopted
On 28 October 2025, the Standing Committee of the National People's Congress adopted the Decision on Amending the Cybersecurity Law. The amended law will take effect on 1 January 2026; it raises the fines for the most serious violations and adds provisions on the safe development of artificial intelligence.^1
!! Certification becomes a third route for personal information exports
On 17 October 2025, the CAC and the State Administration for Market Regulation issued the Measures for the Certification of Personal Information Outbound Transfers, which will take effect on 1 January 2026. Eligible processors may now choose certification instead of a standard contract.^2
!! Draft rules on personal information in public video systems
On 12 November 2025, the Ministry of Public Security released the Provisions on the Security Protection of Personal Information in Public Video Image Systems (Draft for Comment) for public comment until 12 December 2025. The draft limits where cameras that capture faces may be installed and how long footage may be kept.
## 2. Enforcement
!! Beijing fines online lender RMB 3 million
On 3 December 2025, the Beijing Municipal Internet Information Office fined an online lending platform RMB 3 million under the Data Security Law for failing to report a breach that exposed the records of 2.1 million borrowers. The platform's chief security officer was fined a further RMB 150,000.^3
## 3. Courts
!! Pudong court rules against scraping of user profiles
On 19 November 2025, the Shanghai Pudong New Area People's Court ordered a data analytics company to pay RMB 2 million in damages to a social media platform for scraping its users' profiles, holding that the scraping breached the Anti-Unfair Competition Law.^4
## Key dates
| Date | Event |
| 12 December 2025 | Comments close on the MPS draft on public video image systems |
| 1 January 2026 | Amended Cybersecurity Law and the certification measures take effect |
| 31 March 2026 | Expected deadline for annual compliance audit reports of large processors |
## Sources
1 https://www.npc.example.gov.cn/2025-10/28/csl-amendment.html
2 https://www.cac.example.gov.cn/2025-10/17/certification-measures.htm
3 https://www.beijing-cac.example.gov.cn/2025-12/03/penalty.html
4 https://www.pudong-court.example.gov.cn/2025-11/19/scraping.html
## Contacts
Claire Example, Partner, Shanghai, claire.example@example-global.com; Daniel Sample, Counsel, Beijing, daniel.sample@example-global.com
This review is provided for general information and does not constitute legal advice. (c) 2025 Example Global Law Office. To unsubscribe, reply with UNSUBSCRIBE.
"""

ZHOUBAO_ZH_PDF = """\
# 数据合规周报（2025年第48期）
示例咨询数据合规研究中心 · 2025年12月5日 · 统计区间：11月29日—12月5日
本周报为测试 piplkit 编写的示例，除另有说明外，事件、机构名称与金额均为虚构。
## 本周要点
- 国家网信办就互联网平台个人信息保护合规指引公开征求意见。
- 北京市数据条例通过，明年3月起施行。
- 深圳一物流公司因客户信息泄露被罚22万元。
## 一、立法动态
12月1日，国家网信办发布《互联网平台个人信息保护合规指引（征求意见稿）》，向社会公开征求意见，意见反馈截止时间为2025年12月31日。征求意见稿要求大型平台每年发布个人信息保护社会责任报告。
上周五（11月28日），北京市人民代表大会常务委员会表决通过《北京市数据条例》，自2026年3月1日起施行。条例对公共数据授权运营和数据交易场所作出规定。
## 二、执法动态
12月2日，江苏省通信管理局通报18款违规收集使用个人信息的APP，责令相关企业于12月12日前完成整改，逾期未整改的将依法处置。
12月3日，深圳市公安局南山分局对一家物流公司作出行政处罚，认定其未履行数据安全保护义务导致客户信息泄露，依据《中华人民共和国数据安全法》对其处以罚款20万元，对直接负责的主管人员处以罚款2万元。
## 三、行业动态
12月4日，中国网络空间安全协会发布《个人信息保护合规管理体系认证实施规范》团体标准，自发布之日起实施。该标准为企业申请合规管理体系认证提供依据。
## 四、下周关注
12月10日，全国网络安全标准化技术委员会将召开年度工作会议；12月12日，江苏省通报APP的整改期限届满。
## 五、合规小贴士
根据《中华人民共和国个人信息保护法》，处理敏感个人信息应当取得个人的单独同意。企业应检查App中人脸、位置等信息的授权弹窗是否单独设置。
联系我们：data@example-consulting.cn　电话：010-00000000
免责声明：本周报内容仅供参考，不构成任何法律意见或投资建议。
"""

KUAIXUN_ZH_DOCX = """\
# 数据合规快讯 Data Compliance Flash
2025年11月21日 / 21 November 2025 · 示例律师事务所 Example Law Firm
本快讯为测试 piplkit 编写的示例，浙江条例、北京互联网法院的判决及本所人员均为虚构；个人信息出境认证办法为真实事件。This flash is an illustrative sample written to test the piplkit tracker; the Zhejiang regulations, the Beijing judgment and our people are fictional; the certification measures are real.
本期快讯关注近一个月的四项进展。This issue covers four developments of the past month.
**《个人信息出境认证办法》正式发布 Certification Measures Issued**　10月17日，国家互联网信息办公室、国家市场监督管理总局联合公布《个人信息出境认证办法》，自2026年1月1日起施行。办法明确了个人信息处理者通过认证方式向境外提供个人信息的条件和程序。
On 17 October 2025, the Cyberspace Administration of China and the State Administration for Market Regulation jointly published the Measures for the Certification of Personal Information Outbound Transfers, which take effect on 1 January 2026. The measures set out when and how a processor may rely on certification to send personal information abroad.
**网信办通报38款违规App CAC Names 38 Non-compliant Apps**　11月14日，国家网信办通报38款违法违规收集使用个人信息的移动应用，并指导应用商店对其中12款予以下架。
On 14 November 2025, the CAC named 38 mobile apps that collected and used personal information unlawfully and directed app stores to take 12 of them down.
**浙江省个人信息保护条例获通过 Zhejiang Adopts Personal Information Regulations**　11月19日，浙江省人民代表大会常务委员会表决通过《浙江省个人信息保护条例》，自2026年5月1日起施行。条例对公共场所图像采集设备的设置作出专门规定。
On 19 November 2025, the Standing Committee of the Zhejiang Provincial People's Congress adopted the Zhejiang Provincial Regulations on Personal Information Protection, which take effect on 1 May 2026. The regulations contain special rules on cameras installed in public places.
**法院认定“一揽子授权”无效 Court Rejects Bundled Consent**　11月20日，北京互联网法院判决某阅读App运营者赔偿用户损失3000元，认定其以“一揽子授权”方式收集用户通讯录信息，违反《中华人民共和国个人信息保护法》。
On 20 November 2025, the Beijing Internet Court ordered the operator of a reading app to pay a user RMB 3,000 in damages, holding that collecting the user's contact list through bundled consent breached the Personal Information Protection Law.
## 联系我们 Contact us
王示例 合伙人 Wang Example, Partner｜wang.example@example-law.cn
李示例 律师 Li Example, Associate｜li.example@example-law.cn
如需订阅本所快讯，请发送邮件至 flash@example-law.cn。To subscribe, write to flash@example-law.cn.
免责声明：本快讯仅供参考，不构成法律意见。Disclaimer: this flash is for reference only and does not constitute legal advice.
"""

SPECS = {
    "blind14_alert_en_2025_10.pdf": ALERT_EN_PDF,
    "blind14_bulletin_en_2025_11.docx": BULLETIN_EN_DOCX,
    "blind14_quarterly_en_2025_12.pdf": QUARTERLY_EN_PDF,
    "blind14_zhoubao_zh_2025_12.pdf": ZHOUBAO_ZH_PDF,
    "blind14_kuaixun_zh_2025_11.docx": KUAIXUN_ZH_DOCX,
}
_HEADERS = {
    "blind14_alert_en_2025_10.pdf": "Example Advisory | Regulatory Alert | Data Protection",
    "blind14_quarterly_en_2025_12.pdf": "Example Global Law Office · China Privacy & Cybersecurity Quarterly Review",
    "blind14_zhoubao_zh_2025_12.pdf": "示例咨询 · 数据合规周报",
}


def main(names: list[str]) -> None:
    """Write the named documents (all of them when no name is given) into ``docs/``."""
    write_docs(SPECS, _HEADERS, names, DOCS)


if __name__ == "__main__":
    main(sys.argv[1:])
