# ruff: noqa: E501  (the specs are document text, one paragraph a line)
"""Build the DOCX and PDF documents of the tracker's blind set heldout10 from the specs below.

Written blind (without reading the tracker's code or running it on these documents) for issue
16, so that the set measures the tracker on publishers' styles it has not met: a Korean law
firm's English China alert with ■ bold run-in headlines and ▶ takeaways, an in-house Word memo
whose items sit under 1 / 1.1 / 1.1.1 numbered headings, and a research centre's 裁判文书 digest (PDF) with
案号 / 审理法院 / 裁判日期 metadata lines. The spec syntax is ``make_docs.py``'s (``# title``,
``## heading``, ``**bold** rest``, ``- entry``, ``| table |``); this script reuses its DOCX and
PDF builders. Run ``python tests/data/track/make_docs_blind10.py`` after editing a spec; the
generated files are shipped in ``docs/`` so tests need neither reportlab nor this script. Events
are real where the documents do not say otherwise; some events, names and figures are
fictional, as each document's disclaimer line says.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_docs import DOCS, write_docs

KRALERT_EN_DOCX = """\
# China Data Law Brief — December 2025
Hanbit & Partners (한빛 법무법인) · China Practice Team · Seoul, 5 December 2025
Illustrative sample written to test the piplkit tracker; the Shanghai case, the draft standard, the firm and its lawyers are fictional; the other events are real.
한국어 버전은 당사 웹사이트에서 보실 수 있습니다 (Korean version available on our website).
## Legislation
**■ NPC Standing Committee Adopts Amendments to the Cybersecurity Law.** On October 28, 2025, the Standing Committee of the National People's Congress adopted the Decision on Amending the Cybersecurity Law (网络安全法). The amended Cybersecurity Law will take effect on January 1, 2026 and raises the maximum fines for serious violations.
▶ For Korean companies: review the security obligations of Korean-invested network operators in China before the new year.
**■ CAC and SAMR Issue Certification Measures for Outbound Personal Information.** On October 17, 2025, the Cyberspace Administration of China (CAC) and the State Administration for Market Regulation (SAMR) jointly issued the Measures for the Certification of Outbound Transfers of Personal Information (个人信息出境认证办法), which will take effect on January 1, 2026.
▶ For Korean companies: certification may suit group transfers from Chinese subsidiaries to Seoul headquarters.
**■ Incident Reporting Measures Take Effect.** On November 1, 2025, the Administrative Measures for Reporting National Cybersecurity Incidents (国家网络安全事件报告管理办法), issued by the CAC on September 15, 2025, took effect. Operators must report major incidents within four hours.
## Enforcement and Standards
**■ Shanghai Regulator Fines Korean-Invested Cosmetics Retailer.** On November 20, 2025, the Shanghai Municipal Cyberspace Administration fined a Korean-invested cosmetics retailer RMB 800,000 for transferring members' personal information to its Seoul headquarters without separate consent, in violation of the Personal Information Protection Law.
**■ TC260 Releases Draft Standard on Face Recognition Data.** On November 25, 2025, TC260 released the Cybersecurity Technology — Security Requirements for Face Recognition Data (Draft for Comments) for public comment until January 24, 2026.
## Key Takeaways for Korean Companies
**▶ Prepare for January 1, 2026.** Both the amended Cybersecurity Law and the certification measures apply from that date; update group data transfer agreements and incident response plans.
**▶ Watch the PIPC–CAC dialogue.** Korea's Personal Information Protection Commission and the CAC are expected to meet again in 2026.
## Contact
Kim Ji-won, Partner (jiwon.kim@example.kr, +82 2 0000 0000)
This alert is for general information only and does not constitute legal advice. © 2025 Hanbit & Partners.
"""

MEMO_EN_DOCX = """\
# MEMORANDUM
To: Executive Committee, Example Retail Holdings
From: Legal & Compliance (China)
Date: 3 December 2025
Re: China data protection developments, November 2025
Illustrative sample written to test the piplkit tracker; the MIIT draft, the Beijing cases and the company are fictional; the certification measures are real.
## 1 Purpose
1.1 This memo summarises the developments of November 2025 that affect our China operations and proposes actions for the committee's approval.
## 2 Developments
### 2.1 Legislation
**2.1.1 Certification Measures for Outbound Personal Information Issued**
On 17 October 2025, the Cyberspace Administration of China (CAC) and the State Administration for Market Regulation (SAMR) issued the Measures for the Certification of Outbound Transfers of Personal Information, which will take effect on 1 January 2026. We reported this late because the text was only published in English translation in November.
**2.1.2 MIIT Consults on App Personal Information Rules**
On 21 November 2025, the Ministry of Industry and Information Technology (MIIT) released the Measures for the Administration of Personal Information Protection in Mobile Internet Applications (Draft for Comments). Comments are due by 21 December 2025.
### 2.2 Enforcement and Courts
**2.2.1 Beijing Police Fine Logistics Platform**
On 14 November 2025, the Beijing Municipal Public Security Bureau fined a logistics platform RMB 1 million for failing to protect waybill data, under the Personal Information Protection Law.
**2.2.2 Beijing Internet Court Rules on Employee Monitoring**
On 26 November 2025, the Beijing Internet Court held that an employer's continuous screen monitoring of a remote employee infringed her personal information rights under the Personal Information Protection Law, and awarded her RMB 20,000 in damages.
## 3 Recommended Actions
**3.1 Certification.** Approve a feasibility study of certification under the Measures for the Certification of Outbound Transfers of Personal Information before 1 January 2026.
**3.2 Apps.** Ask the digital team to check our member app against the MIIT draft by 15 December 2025.
## 4 Next Steps
4.1 Legal will report again on 7 January 2026. Questions: legal-china@example.com.
PRIVILEGED AND CONFIDENTIAL — not legal advice to any third party.
"""

CAIPAN_ZH_PDF = """\
# 个人信息保护裁判文书摘编（2025年第4辑）
示例数据法研究中心 编 · 2025年12月8日
本文为测试 piplkit 编写的示例，文中案件、案号、当事人与法院裁判均为虚构。
## 编者说明
本辑摘编2025年10月至11月公开的个人信息保护裁判文书四篇，摘录裁判要旨，供研究参考，不代表法院观点。
## 目录
案例一 张某诉某科技公司个人信息保护纠纷案
案例二 某市人民检察院诉李某侵犯公民个人信息刑事附带民事公益诉讼案
案例三 王某诉某银行个人信息保护纠纷案
案例四 某数据公司诉某区网信办行政处罚案
## 案例一 张某诉某科技公司个人信息保护纠纷案
案号：（2025）京0491民初00001号　审理法院：北京互联网法院　裁判日期：2025年10月22日
关键词：人脸信息　单独同意
【裁判要旨】北京互联网法院认为，被告在未取得单独同意的情况下处理原告人脸信息，违反《中华人民共和国个人信息保护法》第二十九条，判令被告删除相关信息并赔偿原告经济损失5000元。
## 案例二 某市人民检察院诉李某侵犯公民个人信息刑事附带民事公益诉讼案
案号：（2025）浙0102刑初00002号　审理法院：杭州市上城区人民法院　裁判日期：2025年11月5日
关键词：公民个人信息　公益诉讼
【裁判要旨】杭州市上城区人民法院以侵犯公民个人信息罪判处被告人李某有期徒刑二年，并处罚金人民币8万元，判令其支付公益损害赔偿金12万元，依据《中华人民共和国刑法》第二百五十三条之一。
## 案例三 王某诉某银行个人信息保护纠纷案
案号：（2025）沪0115民初00003号　审理法院：上海市浦东新区人民法院　裁判日期：2025年11月12日
关键词：查阅复制权
【裁判要旨】上海市浦东新区人民法院认为，个人依据《中华人民共和国个人信息保护法》第四十五条请求查阅、复制其个人信息的，个人信息处理者应当及时提供，判令被告银行在十五日内向原告提供其个人信息副本。
## 案例四 某数据公司诉某区网信办行政处罚案
案号：（2025）粤0304行初00004号　审理法院：深圳市福田区人民法院　裁判日期：2025年11月19日
关键词：行政处罚　数据安全
【裁判要旨】深圳市福田区人民法院认为，被诉处罚决定依据《中华人民共和国数据安全法》对原告罚款20万元，事实清楚、程序合法，判决驳回原告的诉讼请求。
## 免责声明
本摘编仅供研究交流，不构成法律意见；裁判文书以法院公开文本为准。
"""

SPECS = {
    "blind10_kralert_en_2025_12.docx": KRALERT_EN_DOCX,
    "blind10_memo_en_2025_12.docx": MEMO_EN_DOCX,
    "blind10_caipan_zh_2025_12.pdf": CAIPAN_ZH_PDF,
}
_HEADERS = {"blind10_caipan_zh_2025_12.pdf": "示例数据法研究中心 · 裁判文书摘编"}


def main(names: list[str]) -> None:
    """Write the named documents (all of them when no name is given) into ``docs/``."""
    write_docs(SPECS, _HEADERS, names, DOCS)


if __name__ == "__main__":
    main(sys.argv[1:])
