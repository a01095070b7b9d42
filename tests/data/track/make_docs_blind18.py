# ruff: noqa: E501  (the specs are document text, one paragraph a line)
"""Build the DOCX and PDF documents of the tracker's blind set heldout18 from the specs below.

Written blind (without reading the tracker's code or running it on these documents) for issue
16. Like heldout14-17, this set measures the mainstream, the documents a privacy team in China
receives every month, from ten further kinds of publisher. Here: an insurer's English APAC
horizon-scanning table in DOCX; a consultancy's English enforcement monitor PDF whose entries
open with their date; a bank's Chinese 合规月报 PDF with a statistics table and （一） headlines;
and a provincial 市场监管局's Chinese 典型案例 DOCX. The spec syntax is ``make_docs.py``'s; this
script reuses its DOCX and PDF builders. Run ``python tests/data/track/make_docs_blind18.py``
after editing a spec; the generated files are shipped in ``docs/``. Events are real where the
documents do not say otherwise; the others, and the publishers, are fictional, as each
document's disclaimer line says.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_docs import DOCS, write_docs

HORIZON_EN_DOCX = """\
# APAC Regulatory Horizon Scan: China Data and Privacy
Prepared by Group Compliance APAC | 12 December 2025 | Internal – for business owners
This horizon scan is an illustrative sample written to test the piplkit tracker: the insurer, the draft insurance data measures, the Shanghai fine, the deletion standard and the Beijing judgment are fictional; the certification measures are real.
This scan lists the Chinese developments of the past weeks that the Group's China businesses need to plan for. Owners are asked to confirm their actions by 9 January 2026.
## Developments
| Date | Regulator | Development | Status | Effective date | Business owner | RAG |
| 17 Oct 2025 | CAC, SAMR | Measures for the Certification of Personal Information Outbound Transfers issued | Issued | 1 Jan 2026 | Group Data Office | Amber |
| 2 Dec 2025 | NFRA | Measures for Data Security Management of Insurance Institutions released as a draft for comment | Draft for comment | n/a | China Life & Health | Amber |
| 5 Dec 2025 | NFRA Shanghai Office | Insurer fined RMB 1.2 million for selling policyholder data to telemarketers; two executives fined RMB 50,000 each | Penalty decision | n/a | China General Insurance | Red |
| 8 Dec 2025 | TC260 | Data Security Technology — Requirements for Deletion of Personal Information published as a national standard | Published | 1 Jul 2026 | Group IT Security | Green |
| 10 Dec 2025 | Beijing Financial Court | Insurer ordered to pay damages for disclosing a claimant's medical records to an employer | Judgment | n/a | China Life & Health | Green |
## RAG legend
Red: action needed this quarter. Amber: action needed before the effective date. Green: monitor only.
## Actions for business owners
- Group Data Office: complete the inventory of outbound flows that will rely on certification before 31 December 2025.
- China General Insurance: review telemarketing vendor contracts against the Shanghai decision.
## Distribution
This document is for internal use within the Group only and is not legal advice. Questions: compliance-apac@example-insurer.example.com
"""

ENFORCEMENT_EN_PDF = """\
# China Data Enforcement Monitor – December 2025
Example Risk Consulting | Published 7 January 2026
This monitor is an illustrative sample written to test the piplkit tracker: the consultancy, the Shenzhen and SAMR fines, the Beijing summons and the SPC case release are fictional; the generative AI measures and the Personal Information Protection Law are real.
## Overview
In December we tracked 14 published penalty decisions on personal information and data security, four more than in November, with fines totalling about RMB 9 million. The entries below are the ones we consider most relevant to multinational clients.
## Key enforcement actions
2 December 2025 – The Shenzhen Municipal Internet Information Office fined a smart-lock maker RMB 600,000 for storing users' fingerprint templates unencrypted on servers abroad without a security assessment. The company has since moved the templates to a domestic data centre.
11 December 2025 – The State Administration for Market Regulation (SAMR) fined a recruitment platform RMB 3 million for using applicants' CVs to train its recommendation models without consent, in breach of the Personal Information Protection Law. The platform's chief technology officer was fined RMB 100,000.
17 December 2025 – The Beijing Municipal Internet Information Office summoned two generative AI service providers over chat logs used for model training without users' notice, under the Interim Measures for the Management of Generative Artificial Intelligence Services. Both were ordered to rectify within 30 days.
29 December 2025 – The Supreme People's Court released five typical cases on personal information protection in online consumption, including two on the resale of delivery addresses.
## Trends we see
Regulators are moving from app-level notices to fines on named executives, and local offices increasingly cite outbound transfer rules in cases that began as consumer complaints.
## What to expect in January
1 January 2026 – The amended Cybersecurity Law and the certification measures for outbound transfers take effect; we expect the first certified transfers to be announced in the first quarter.
## Methodology
The monitor covers decisions published by national and provincial regulators and courts between the first and last day of the month. Amounts are as published.
## Disclaimer
This monitor is for information only and does not constitute legal advice. © 2026 Example Risk Consulting. Contact: monitor@example-risk.example.com
"""

YUEBAO_ZH_PDF = """\
# 合规月报（2025年第11期）
示例银行股份有限公司合规部 编　2025年12月5日
说明：本月报为测试piplkit跟踪工具编写的示例，本行、征求意见稿、报告指引和各项处罚均为虚构；《中华人民共和国数据安全法》和《中华人民共和国银行业监督管理法》为真实法律。
各分行、各部门：现将2025年11月监管动态和同业处罚情况通报如下，请结合本条线工作认真学习。
## 一、监管处罚统计
| 监管机构 | 罚单数量（张） | 罚没金额（万元） | 其中涉及个人信息（张） |
| 国家金融监督管理总局及派出机构 | 96 | 8650 | 11 |
| 中国人民银行及分支机构 | 41 | 3120 | 7 |
| 合计 | 137 | 11770 | 18 |
## 二、监管动态
!! （一）国家金融监督管理总局就银行保险机构个人信息保护管理办法公开征求意见
11月21日，国家金融监督管理总局发布《银行保险机构个人信息保护管理办法（征求意见稿）》，向社会公开征求意见，意见反馈截止日期为12月21日。办法要求银行保险机构设立个人信息保护负责人，并每年开展一次合规审计。
!! （二）中国人民银行印发金融机构客户信息安全事件报告指引
11月28日，中国人民银行印发《金融机构客户信息安全事件报告指引》，自印发之日起施行。指引要求涉及1万人以上客户信息的安全事件在2小时内报告。
## 三、同业典型处罚案例
!! （一）某股份制银行信用卡中心违规查询客户信息被罚
11月14日，国家金融监督管理总局深圳监管局依据《中华人民共和国银行业监督管理法》对某股份制银行信用卡中心罚款180万元，对2名相关责任人各罚款10万元。该中心员工为完成营销指标，违规查询并对外提供客户征信信息。
!! （二）某城市商业银行数据安全管理不到位被罚
11月19日，中国人民银行浙江省分行对某城市商业银行罚款85万元，原因是该行未按《中华人民共和国数据安全法》的要求开展数据分类分级，且发生客户信息泄露后未及时报告。
!! （三）某消费金融公司催收中泄露借款人信息被罚
11月26日，国家金融监督管理总局北京监管局对某消费金融公司罚款120万元，并没收违法所得30万元。该公司委托的催收机构向借款人的通讯录联系人发送借款信息。
## 四、我行合规提示
请各分行于12月20日前完成客户信息查询权限的专项检查，并将检查报告报送总行合规部。
联系人：合规部　电话：0000-0000000
本月报仅供本行内部学习使用，请勿外传。
"""

ANLI_ZH_DOCX = """\
# 浙江省市场监督管理局发布2025年消费者个人信息保护典型案例
发布时间：2025年12月12日　来源：执法稽查处
说明：本文件为测试piplkit跟踪工具编写的示例，发布机关的本次发布、各案当事人和处罚决定均为虚构；所引法律法规为真实法律法规。
今年以来，全省市场监管部门聚焦房产中介、母婴、汽车销售、快递和网络平台等消费者个人信息泄露多发领域，共查处侵害消费者个人信息案件126件，罚没款1860万元。现选取5起典型案例予以发布。
### 案例一：某房产中介公司违法出售消费者个人信息案
【基本案情】当事人自2024年起将购房客户的姓名、电话和购房意向整理成册，以每条2元的价格出售给装修公司。
【处理结果】2025年6月18日，杭州市西湖区市场监督管理局依据《中华人民共和国消费者权益保护法》对当事人作出罚款20万元、没收违法所得3.2万元的行政处罚。
### 案例二：某母婴用品店未经同意向第三方提供会员信息案
【基本案情】当事人将会员的孕产信息提供给合作的月子中心，用于电话营销，未征得会员同意。
【处理结果】2025年7月9日，宁波市鄞州区市场监督管理局依据《侵害消费者权益行为处罚办法》对当事人罚款8万元。
### 案例三：某汽车销售服务公司强制采集人脸信息案
【基本案情】当事人要求所有到店看车的消费者在门口进行人脸识别登记，未告知用途，也不提供其他登记方式。
【处理结果】2025年8月21日，温州市鹿城区市场监督管理局依据《中华人民共和国消费者权益保护法实施条例》对当事人罚款15万元。
### 案例四：某快递网点泄露收件人信息案
【基本案情】当事人员工将快递面单信息拍照后通过社交软件出售，网点未建立面单信息管理制度。
【处理结果】2025年9月3日，嘉兴市南湖区市场监督管理局依据《中华人民共和国消费者权益保护法》对当事人给予警告，并处罚款5万元。
### 案例五：某网络购物平台过度收集消费者个人信息案
【基本案情】当事人在消费者下单时强制要求授权读取通讯录和位置信息，拒绝授权则无法完成购买。
【处理结果】2025年10月15日，浙江省市场监督管理局依据《中华人民共和国消费者权益保护法实施条例》对当事人罚款300万元。
## 市场监管部门提示
经营者收集、使用消费者个人信息，应当遵循合法、正当、必要的原则，明示收集、使用信息的目的、方式和范围，并经消费者同意。消费者发现个人信息被泄露的，可拨打12315投诉举报。
"""

SPECS = {
    "blind18_horizon_en_2025_12.docx": HORIZON_EN_DOCX,
    "blind18_enforcement_en_2026_01.pdf": ENFORCEMENT_EN_PDF,
    "blind18_yuebao_zh_2025_12.pdf": YUEBAO_ZH_PDF,
    "blind18_anli_zh_2025_12.docx": ANLI_ZH_DOCX,
}
_HEADERS = {
    "blind18_enforcement_en_2026_01.pdf": "Example Risk Consulting · China Data Enforcement Monitor",
    "blind18_yuebao_zh_2025_12.pdf": "示例银行合规部 · 合规月报",
}


def main(names: list[str]) -> None:
    """Write the named documents (all of them when no name is given) into ``docs/``."""
    write_docs(SPECS, _HEADERS, names, DOCS)


if __name__ == "__main__":
    main(sys.argv[1:])
