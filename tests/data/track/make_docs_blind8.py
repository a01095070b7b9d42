# ruff: noqa: E501  (the specs are document text, one paragraph a line)
"""Build the DOCX and PDF documents of the tracker's blind set heldout8 from the specs below.

Written blind (without reading the tracker's code or running it on these documents) for issue
16, so that the set measures the tracker on publishers' styles it has not met: a bank's internal
compliance bulletin, an English court-judgment summary and an annual-report excerpt. The spec
syntax is ``make_docs.py``'s (``# title``, ``## heading``, ``**bold** rest``, ``!! bold
headline``, ``- entry``, ``| table |``, ``^N`` superscripts); this script reuses its DOCX and PDF
builders. Run ``python tests/data/track/make_docs_blind8.py`` after editing a spec; the generated
files are shipped in ``docs/`` so tests need neither reportlab nor this script. Events are real
where the documents do not say otherwise; some events, names and figures are fictional, as each
document's disclaimer line says.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_docs import DOCS, write_docs

HEGUI_ZH_DOCX = """\
# 合规简报
示例银行股份有限公司法律合规部　2025年第12期（总第48期）　2025年12月5日
内部资料　注意保存
本简报为测试 piplkit 编写的示例，银行名称、案情与数字均为虚构（《个人信息出境认证办法》为真实事件）。
## 一、外规速递
!! （一）《个人信息出境认证办法》将于2026年1月1日起施行
10月17日，国家互联网信息办公室、国家市场监督管理总局联合公布《个人信息出境认证办法》，自2026年1月1日起施行。办法明确了个人信息处理者通过认证方式向境外提供个人信息的条件和程序。
!! （二）金融监管总局就银行业客户信息保护指引公开征求意见
11月21日，国家金融监督管理总局发布《银行业金融机构客户信息保护指引（征求意见稿）》，要求银行业金融机构建立客户信息分级授权查询机制，意见反馈截止时间为12月21日。
## 二、监管处罚信息
!! （一）某股份制银行信用卡中心违规查询客户个人信息被罚
11月14日，国家金融监督管理总局上海监管局对某股份制银行信用卡中心罚款80万元，对两名相关责任人员各罚款5万元，该中心存在员工违规查询并泄露客户个人信息等问题。
!! （二）某城商行数据安全管理不到位被罚
11月25日，国家金融监督管理总局江苏监管局对某城市商业银行罚款60万元，该行未落实数据分类分级保护要求，违反《中华人民共和国数据安全法》。
!! （三）某支付公司违规提供客户信息被罚
上月28日，中国人民银行浙江省分行对某支付公司罚款150万元，没收违法所得20万元，该公司违规向合作机构提供客户交易信息。
## 三、我行落实要求
!! （一）开展客户信息出境业务排查
各分行应于2025年12月20日前完成涉及客户个人信息出境业务的排查，并将结果报总行法律合规部。
!! （二）加强员工查询权限管理
各部门应对照上述处罚案例，于本月底前完成客户信息查询权限的清理。
编辑：法律合规部　联系电话：021-00000000　本简报仅供行内参阅，请勿外传。
"""

JUDGMENT_EN_DOCX = """\
# Li v. A Technology Co., Ltd.: Beijing Internet Court holds that uploading users' contact lists without separate consent infringes their personal information rights
Case Summary · Example Law Reports (China) · Prepared by the editors, November 2025
Illustrative sample written to test the piplkit tracker; the case, parties and figures are fictional.
Court: Beijing Internet Court
Case No.: (2025) Jing 0491 Min Chu No. 00000 (example)
Date of judgment: 12 November 2025
Cause of action: dispute over infringement of personal information rights
## Facts
The plaintiff, Ms Li, installed the defendant's social app, which uploaded her entire phone contact list to its servers when she first signed in and used it to recommend "people you may know" to other users.
## Issues
Whether the upload required the plaintiff's separate consent, and whether the defendant's privacy policy was enough.
## Holding
On 12 November 2025, the Beijing Internet Court held that the contact list contained the personal information of third parties and that uploading it without the plaintiff's separate consent infringed her personal information rights under the Personal Information Protection Law and the Civil Code. The court ordered the defendant to delete the uploaded data, apologise to the plaintiff and pay her RMB 3,000 in damages and RMB 2,000 in reasonable costs.
## Significance
The judgment is one of the first to treat a contact list as the personal information of the people in it, not only of the phone's owner.
## Related summaries
- Zhang v. B Network Co., Ltd. (facial recognition at a residential compound)
- Wang v. C Information Co., Ltd. (marketing calls)
Example Law Reports summaries are prepared for information only and are not legal advice. Subscribe at reports@example-lawreports.com.
"""

ANNUAL_EN_PDF = """\
# Example Holdings Limited — Annual Report 2025 (excerpt)
Regulatory overview · For the year ended 30 September 2025 · Published 15 December 2025
Illustrative sample written to test the piplkit tracker; the company, its subsidiary's inspection and the figures are fictional.
## Forward-looking statements
This report contains forward-looking statements that involve risks and uncertainties. Actual results may differ materially from those expressed or implied.
## Regulation of data protection and cybersecurity in the PRC
Our business is subject to PRC laws on data protection and cybersecurity. The following developments during and after the financial year are relevant to us.
**Amended Cybersecurity Law.** On 28 October 2025, the NPC Standing Committee adopted amendments to the Cybersecurity Law, which take effect on 1 January 2026. The amendments raise the maximum fines for serious violations.
**Outbound certification.** On 17 October 2025, the CAC and SAMR published the Measures for the Certification of Personal Information Outbound Transfers, effective 1 January 2026.
**Incident reporting.** On 15 September 2025, the CAC issued the Measures for the Administration of National Cybersecurity Incident Reporting, which took effect on 1 November 2025.
**Network data regulations.** The Regulations on Network Data Security Management, promulgated by the State Council, took effect on 1 January 2025.
**Inspection of our subsidiary.** In August 2025, the Shanghai Municipal Internet Information Office inspected the data processing of our subsidiary Example Shanghai Information Co., Ltd. and fined it RMB 300,000 for failing to conduct a required personal information protection impact assessment. The subsidiary has paid the fine and completed rectification.
## Risk factors
Failure to comply with these laws could subject us to fines of up to RMB 50 million or 5% of our annual turnover, suspension of business or revocation of licences, and could harm our reputation.
## Our data protection programme
We have established a data protection committee chaired by our Chief Legal Officer, and we review our data processing activities each year.
Example Holdings Limited · Incorporated in the Cayman Islands with limited liability · Stock code: 0000 (example)
"""

SPECS = {
    "blind8_hegui_zh_2025_12.docx": HEGUI_ZH_DOCX,
    "blind8_judgment_2025_11.docx": JUDGMENT_EN_DOCX,
    "blind8_annual_2025_12.pdf": ANNUAL_EN_PDF,
}

_HEADERS = {
    "blind8_annual_2025_12.pdf": "Example Holdings Limited | Annual Report 2025",
}


def main(names: list[str]) -> None:
    """Write the named documents (all of them when no name is given) into ``docs/``."""
    write_docs(SPECS, _HEADERS, names, DOCS)


if __name__ == "__main__":
    main(sys.argv[1:])
