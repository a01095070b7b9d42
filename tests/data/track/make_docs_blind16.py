# ruff: noqa: E501  (the specs are document text, one paragraph a line)
"""Build the DOCX and PDF documents of the tracker's blind set heldout16 from the specs below.

Written blind (without reading the tracker's code or running it on these documents) for issue
16. Like heldout14 and heldout15, this set measures the mainstream, the documents a privacy team
in China receives every month, from ten further kinds of publisher. Here: an English law firm's
"H2 round-up" PDF whose developments are paragraphs that open with their date, closed by a
key-dates table (an outlook); a multinational's internal privacy-office bulletin in DOCX with
bold headline paragraphs and the group's own news and reminders; a Chinese law firm's
数据合规月报 PDF with 一、/（一） headings; and a fund manager's 合规周报 DOCX whose
developments are bulleted paragraphs that open with their date. The spec syntax is
``make_docs.py``'s (``# title``, ``## heading``, ``**bold** rest``, ``!! headline``, ``- entry``,
``| table |``); this script reuses its DOCX and PDF builders. Run
``python tests/data/track/make_docs_blind16.py`` after editing a spec; the generated files are
shipped in ``docs/`` so tests need neither reportlab nor this script. Events are real where the
documents do not say otherwise; the others, and the publishers, are fictional, as each
document's disclaimer line says.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_docs import DOCS, write_docs

REVIEW_EN_PDF = """\
# China Data Protection: H2 2025 Round-up
Example Partners LLP | Data, Privacy & Cybersecurity | Published 18 December 2025
Illustrative sample written to test the piplkit tracker: the firm, its people, the Guangdong fine, the police campaign figures and the Hangzhou judgment are fictional; the incident reporting measures, the certification measures and the Cybersecurity Law amendments are real.
## Introduction
The second half of 2025 completed much of the framework that the Personal Information Protection Law sketched four years ago. Below we recap the developments our clients asked us about most, in date order within each topic, and list the dates to plan for in 2026.
## Legislation and policy
On 15 September 2025, the Cyberspace Administration of China (CAC) issued the National Cybersecurity Incident Reporting Management Measures, which took effect on 1 November 2025. Operators must report particularly major incidents to the CAC within one hour and follow up with a full report once the incident has been handled.
On 17 October 2025, the CAC and the State Administration for Market Regulation (SAMR) issued the Measures for the Certification of Personal Information Outbound Transfers, which will take effect on 1 January 2026. Certification becomes the third route for exports of personal information, next to the security assessment and the standard contract.
On 28 October 2025, the Standing Committee of the National People's Congress adopted the Decision on Amending the Cybersecurity Law. The amended law takes effect on 1 January 2026.
The amendments raise the fines for the most serious violations to up to RMB 10 million and add provisions on the security of artificial intelligence. In our view, the higher ceilings will change how companies weigh remediation costs against enforcement risk.
## Enforcement
On 22 August 2025, the Guangdong Provincial Internet Information Office fined a ride-hailing platform RMB 1.8 million for recording passengers' conversations inside vehicles without their consent, in breach of the Personal Information Protection Law. The person directly in charge was fined a further RMB 80,000.
On 14 November 2025, the Ministry of Public Security announced that police had solved more than 2,300 cases of personal information crime since the launch of a nationwide campaign in May. Most of the cases involved insiders at logistics, telecoms and property management companies selling customer records.
## Courts
On 20 November 2025, the Hangzhou Internet Court ruled that a smart-doorbell maker unlawfully uploaded video of a user's neighbours to its cloud service. The court applied the Personal Information Protection Law and ordered the company to delete the footage and to pay RMB 50,000 in damages.
## Key dates for 2026
| Date | Event |
| 1 January 2026 | The amended Cybersecurity Law and the certification measures take effect |
| 31 January 2026 | First annual compliance audit reports due from processors of more than 10 million individuals' data |
| 1 March 2026 | Expected date of effect of further national standards on personal information |
## Contacts
Li Example, Partner, Beijing. li.example@examplepartners.example.com
Sam Sample, Counsel, Shanghai. sam.sample@examplepartners.example.com
This round-up is for general information only and does not constitute legal advice. (c) 2025 Example Partners LLP.
"""

PRIVACY_EN_DOCX = """\
# Global Privacy Office: China Regulatory Bulletin, December 2025
Example Group Global Privacy Office | Internal use only | 9 December 2025
This bulletin is an illustrative sample written to test the piplkit tracker: Example Group, its privacy office and people, the platform provisions, the Shenzhen sentence, the Shanghai fine and the draft standard are fictional.
Dear colleagues, this bulletin summarises the Chinese regulatory developments of the past month that matter to Example Group's business in China, and what the Global Privacy Office is doing about them.
## Regulatory developments
**CAC issues provisions on personal information protection by large online platforms**
On 28 November 2025, the CAC issued the Provisions on Personal Information Protection by Large Online Platforms, which take effect on 1 April 2026. Platforms with more than 50 million users must set up an independent oversight body and publish an annual social responsibility report on personal information protection.
For us: our consumer app stays below the user threshold, but the Global Privacy Office will track the count every quarter.
**TC260 releases draft standard on employee personal information**
On 5 December 2025, TC260 released the draft national standard Data Security Technology — Requirements for Processing Employees' Personal Information for public comment until 3 February 2026. The draft limits workplace monitoring to what is necessary for security and attendance and requires notice before any monitoring starts.
## Enforcement and litigation
**Shenzhen court sentences data broker**
On 19 November 2025, the Shenzhen Nanshan District People's Court sentenced a data broker to three years in prison and a criminal fine of RMB 200,000 under Article 253-1 of the Criminal Law for selling 400,000 customer records. The records came from the call centres of two consumer electronics retailers.
**Shanghai regulator fines car maker over camera footage**
On 2 December 2025, the Shanghai Municipal Internet Information Office fined a car manufacturer RMB 1.5 million under the Data Security Law for storing footage from vehicle cameras on overseas servers without a security assessment. The regulator also ordered the company to move the footage back to China within 30 days.
## What this means for Example Group
Our connected products send no camera footage abroad, but the Global Privacy Office will review the telemetry of the new smart-home line before its launch in March.
## Privacy Office news
Our new China data protection officer joined the Shanghai office on 1 December. The office has also completed the annual review of our personal information processing register.
## Reminders
- Business units must complete the refresh of their personal information protection impact assessments by 31 January 2026.
- Incident reporting drills under the National Cybersecurity Incident Reporting Management Measures take place in the week of 12 January 2026.
Questions? Contact the Global Privacy Office at privacy-office@examplegroup.example.com.
Confidential: for internal use by Example Group employees only. Not legal advice.
"""

YUEBAO_ZH_PDF = """\
# 数据合规月报（2025年第11期）
示例律师事务所数据合规与网络安全团队　2025年12月5日
本月报为测试 piplkit 编写的示例，本所及其律师、个人数据流通管理办法征求意见稿、四川罚款、工信部通报和北京判决均为虚构；国家网络安全事件报告管理办法为真实事件。
## 卷首语
11月，网络安全事件报告制度正式落地，数据流通规则加快完善，执法和司法案件持续聚焦个人信息的收集和对外提供。本期月报梳理当月重要动态，供各位客户参考。
## 一、立法动态
!! （一）《国家网络安全事件报告管理办法》正式施行
2025年11月1日，国家互联网信息办公室于2025年9月15日公布的《国家网络安全事件报告管理办法》正式施行。办法明确了网络运营者报告网络安全事件的时限、内容和程序，特别重大网络安全事件须在1小时内报告。
!! （二）国家数据局就《个人数据可信流通管理办法（征求意见稿）》公开征求意见
11月20日，国家数据局发布《个人数据可信流通管理办法（征求意见稿）》，向社会公开征求意见，意见反馈截止日期为12月20日。征求意见稿提出，个人数据在可信数据空间内流通的，应当经个人同意并采取匿名化或者去标识化措施。
## 二、执法动态
!! （三）四川省网信办对某在线教育平台作出行政处罚
11月12日，四川省互联网信息办公室依据《中华人民共和国个人信息保护法》，对某在线教育平台作出罚款80万元的行政处罚，并对直接负责的主管人员处罚款5万元。经查，该平台未经监护人同意收集未成年人的人脸信息和学习轨迹。
!! （四）工业和信息化部通报37款侵害用户权益的APP
11月25日，工业和信息化部通报37款存在违规收集个人信息、频繁索取权限等问题的APP，要求相关企业于12月5日前完成整改。逾期未完成整改的，将依法依规予以处置。
## 三、司法动态
!! （五）北京互联网法院审结一起人脸信息侵权案
11月27日，北京互联网法院审结一起小区物业强制业主“刷脸”进门引发的个人信息保护纠纷案，判决物业公司删除原告的人脸信息，并赔偿原告经济损失及维权合理开支共计6000元。法院认为，物业公司未提供其他合理验证方式，违反了《中华人民共和国个人信息保护法》关于处理敏感个人信息的规定。
## 四、律师提示
修改后的《中华人民共和国网络安全法》将于2026年1月1日起施行，《个人信息出境认证办法》亦将于同日起施行。建议企业尽快梳理数据出境场景，评估通过认证方式出境的可行性，并更新网络安全事件应急预案。
## 联系我们
如需进一步了解，请联系本所数据合规与网络安全团队：dataprotection@example-lawfirm.cn
免责声明：本月报仅供参考，不构成本所的法律意见。
"""

ZHOUBAO_ZH_DOCX = """\
# 合规周报（2025年第48期）
示例基金管理有限公司合规与风险管理部　2025年12月12日（周五）　内部资料
本周报为测试 piplkit 编写的示例，本公司、周报所列指引、自律规则、监管措施、罚款和征求意见稿均为虚构。
本期周报汇总本周与客户信息保护和数据安全相关的监管动态，请各部门结合业务对照落实。
## 一、监管动态
- 12月8日，中国证监会发布《证券期货经营机构客户个人信息保护指引》，自2026年3月1日起施行。指引要求经营机构建立客户个人信息分级保护制度，并对代销机构的客户信息使用情况开展年度检查。
- 12月9日，中国证券业协会发布《证券公司客户信息安全管理自律规则》，自发布之日起施行。规则要求证券公司对员工查询客户信息的行为进行全程留痕。
- 12月11日，全国网络安全标准化技术委员会就《网络安全标准实践指南——金融类App个人信息收集使用规范（征求意见稿）》公开征求意见，意见截止日期为2026年1月10日。
## 二、行业处罚
- 12月10日，中国证监会上海监管局对某基金销售机构采取责令改正的行政监管措施，原因是其向第三方推广机构提供客户身份信息前未取得客户单独同意。
- 上周五（12月5日），中国人民银行北京市分行对某第三方支付机构罚款120万元，并对1名相关责任人罚款6万元，原因是其未按规定保存和使用客户身份信息。
## 三、公司合规提示
- 各销售部门应于12月31日前完成代销机构客户信息使用情况自查，并将自查报告报合规与风险管理部。
- 信息技术部应于2026年2月底前按照《证券期货经营机构客户个人信息保护指引》的要求完成客户信息分级。
## 四、部门动态
- 12月10日，合规与风险管理部组织开展客户信息保护专题培训，共126人参加。
如有疑问，请联系合规与风险管理部（内线8899）。本周报仅供公司内部使用，请勿外传。
"""

SPECS = {
    "blind16_review_en_2025_12.pdf": REVIEW_EN_PDF,
    "blind16_privacy_en_2025_12.docx": PRIVACY_EN_DOCX,
    "blind16_yuebao_zh_2025_12.pdf": YUEBAO_ZH_PDF,
    "blind16_zhoubao_zh_2025_12.docx": ZHOUBAO_ZH_DOCX,
}
_HEADERS = {
    "blind16_review_en_2025_12.pdf": "Example Partners LLP · China Data Protection: H2 2025 Round-up",
    "blind16_yuebao_zh_2025_12.pdf": "示例律师事务所 · 数据合规月报",
}


def main(names: list[str]) -> None:
    """Write the named documents (all of them when no name is given) into ``docs/``."""
    write_docs(SPECS, _HEADERS, names, DOCS)


if __name__ == "__main__":
    main(sys.argv[1:])
