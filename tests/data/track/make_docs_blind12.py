# ruff: noqa: E501  (the specs are document text, one paragraph a line)
"""Build the DOCX and PDF documents of the tracker's blind set heldout12 from the specs below.

Written blind (without reading the tracker's code or running it on these documents) for issue
16, so that the set measures the tracker on publishers' styles it has not met: a law journal's
issue contents with abstracts, where only the "Recent Developments" notes report developments
(PDF); a broker's research weekly (券商行业周报) whose policy table sits among market data, an
investment view, risk warnings and analyst disclosures (PDF); an industry association's 自律公约
notice with its annexes (PDF); a law firm's Q&A-format client alert whose numbered topics carry
"Q: … / A: …" pairs (DOCX); and a listed company's announcement of a penalty decision it received
(DOCX). The spec syntax is ``make_docs.py``'s (``# title``, ``## heading``, ``**bold** rest``,
``!! headline``, ``- entry``, ``| table |``); this script reuses its DOCX and PDF builders. Run
``python tests/data/track/make_docs_blind12.py`` after editing a spec; the generated files are
shipped in ``docs/`` so tests need neither reportlab nor this script. Events are real where the
documents do not say otherwise; some events, names and figures are fictional, as each document's
disclaimer line says.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_docs import DOCS, write_docs

JOURNAL_EN_PDF = """\
# China Data Law Review — Volume 4, Issue 4 (December 2025): Contents
Example University Press · Published 10 December 2025 · ISSN 0000-0000
Illustrative sample written to test the piplkit tracker; the journal, its articles, authors and reviews, the Shanghai judgment and the Jiangsu fine are fictional; the certification measures and the Cybersecurity Law amendments are real.
## Editorial
!! Editors' Introduction: An Autumn of Amendments
Mei Zhou and Daniel Park · pp. 301–303
This issue goes to press as China prepares for the amended Cybersecurity Law. We thank our reviewers and welcome two new members of the editorial board.
## Articles
!! Consent Fatigue in Chinese Mobile Apps: Evidence from 200 Privacy Notices
Lin Qiao · pp. 305–338 · DOI 10.0000/cdlr.2025.0401
Since the Personal Information Protection Law took effect on 1 November 2021, app operators have asked users for consent more often, not less. Coding 200 privacy notices collected in 2024, this article finds that bundled consent persists and proposes a layered notice model.
!! Important Data Catalogues after the Network Data Regulations
Wei Shen and Anna Kowalski · pp. 339–366 · DOI 10.0000/cdlr.2025.0402
The Regulations on Network Data Security Management, promulgated by the State Council on 24 September 2024 and in force since 1 January 2025, left the identification of important data to sectoral catalogues. We compare the catalogues of five sectors and find three ways of defining scale.
## Recent Developments
!! A Third Route for Personal Information Exports: The Certification Measures
Note by Li Wen · pp. 367–372 · DOI 10.0000/cdlr.2025.0403
On 17 October 2025, the Cyberspace Administration of China (CAC) and the State Administration for Market Regulation (SAMR) issued the Measures for the Certification of Outbound Transfers of Personal Information, which take effect on 1 January 2026. This note explains who may rely on certification and how it differs from the standard contract.
!! Higher Fines and New AI Provisions: The Cybersecurity Law Amended
Note by Hu Jing · pp. 373–378 · DOI 10.0000/cdlr.2025.0404
On 28 October 2025, the Standing Committee of the National People's Congress adopted the Decision on Amending the Cybersecurity Law; the amended law takes effect on 1 January 2026. The note maps the new fines against the old ones.
!! Credit Data Sharing before the Shanghai Financial Court
Note by Ren Yue · pp. 379–383 · DOI 10.0000/cdlr.2025.0405
On 13 November 2025, the Shanghai Financial Court held that a consumer-finance company had shared a borrower's repayment records with a debt collection agency without a lawful basis under the Personal Information Protection Law, and ordered it to pay RMB 15,000 in damages. The note reads the judgment against earlier credit reporting cases.
!! Jiangsu's Largest Data Security Fine So Far
Note by Gao Ming · pp. 384–388 · DOI 10.0000/cdlr.2025.0406
On 21 November 2025, the Jiangsu Provincial Internet Information Office fined a genetic testing company RMB 3 million and confiscated illegal gains of RMB 800,000 for providing human genetic data to an overseas partner without a security assessment, under the Data Security Law. The note asks how the fine was calculated.
## Book Reviews
!! Review of Data Sovereignty in Practice by R. Example (Example Academic Press, 2025)
Reviewed by Sara Lund · pp. 389–392
A readable account of how states localise data, with two chapters on China that predate the 2025 amendments.
## Call for Papers
Special issue on artificial intelligence and personal information: submissions close on 31 March 2026. Authors should follow the style guide on the journal's website.
© 2025 Example University Press. Abstracts may be reproduced with attribution; the full texts are available to subscribers.
"""

YANBAO_ZH_PDF = """\
# 计算机行业周报（2025年第49期）：数据安全政策密集落地，合规服务需求有望提升
证券研究报告 · 行业周报 · 2025年12月7日　　行业评级：推荐（维持）
分析师：赵某某（执业证书编号：S0000000000001）　联系人：钱某某
本报告为测试 piplkit 编写的示例，证券公司、分析师、行情数据、个股以及文中的政策、案件与金额均为虚构。
## 投资要点
- 政策：国家数据局印发公共数据资源授权运营实施规范，国家网信办就个人信息保护认证机构管理办法征求意见，上海市网信办对某出行平台罚款300万元。
- 行情：本周计算机（申万）指数下跌1.2%，跑输沪深300指数0.8个百分点。
- 建议：关注数据安全、合规审计与隐私计算相关标的。
## 一、本周政策跟踪
本周（12月1日至12月5日）数据安全与个人信息保护领域政策密集出台，我们梳理如下。
表1：本周数据安全相关政策与执法动态
| 日期 | 发布部门 | 政策/事件 | 主要内容 |
| 12月1日 | 国家数据局 | 《公共数据资源授权运营实施规范（试行）》 | 国家数据局印发《公共数据资源授权运营实施规范（试行）》，自2026年1月1日起施行，明确授权运营机构的数据安全管理责任。 |
| 12月2日 | 国家网信办 | 《个人信息保护认证机构管理办法（征求意见稿）》 | 国家网信办就《个人信息保护认证机构管理办法（征求意见稿）》向社会公开征求意见，意见反馈截止时间为2026年1月1日。 |
| 12月3日 | 工业和信息化部 | 通报28款侵害用户权益的APP | 工业和信息化部通报28款存在违规收集个人信息等问题的APP，要求相关企业于12月15日前完成整改。 |
| 12月4日 | 上海市网信办 | 某出行平台违法处理个人信息案 | 上海市网信办依据《个人信息保护法》对某出行平台处罚款300万元，对直接负责的主管人员处罚款10万元。 |
| 12月4日 | 北京市人大常委会 | 《北京市数据条例》 | 北京市人大常委会表决通过《北京市数据条例》，自2026年3月1日起施行。 |
| 12月5日 | 全国网安标委 | 《数据安全技术 数据出境安全评估实施指南（征求意见稿）》 | 全国网络安全标准化技术委员会发布该项国家标准征求意见稿，征求意见截止至2026年2月3日。 |
资料来源：各部门官网，示例证券研究所整理
## 二、行情回顾
本周计算机（申万）指数下跌1.2%，跑输沪深300指数0.8个百分点，在31个申万一级行业中排名第24位。数据安全板块逆势上涨2.3%。
表2：本周计算机板块涨幅前三个股
| 股票代码 | 股票简称 | 周涨跌幅 | 所属领域 |
| 688001 | 示例安全 | 12.4% | 数据安全 |
| 300002 | 示例隐私 | 9.8% | 隐私计算 |
| 688003 | 示例审计 | 7.1% | 合规审计 |
资料来源：示例金融终端，示例证券研究所
## 三、投资建议
随着《网络安全法》修正案将于2026年1月1日起施行、个人信息保护合规审计走向常态化，我们认为数据安全与合规服务需求有望持续释放，维持行业“推荐”评级，建议关注示例安全、示例隐私、示例审计。
## 四、风险提示
政策落地不及预期；行业竞争加剧；下游客户IT支出不及预期。
## 分析师声明
本报告署名分析师具有中国证券业协会授予的证券投资咨询执业资格，保证报告所采用的数据均来自合规渠道，分析逻辑基于作者的职业理解。
## 评级说明
推荐：预期未来6个月内行业指数表现强于沪深300指数10%以上；中性：预期与沪深300指数持平。
## 免责声明
本报告仅供示例证券股份有限公司的客户使用，不构成投资建议或法律意见。市场有风险，投资需谨慎。
"""

ZILV_ZH_PDF = """\
# 中国示例网络空间安全协会关于发布《移动互联网应用程序个人信息保护自律公约》的通知
示网安协〔2025〕21号
本文为测试 piplkit 编写的示例，协会、公约、文号与联系人均为虚构。
各会员单位、有关单位：
为贯彻落实《中华人民共和国个人信息保护法》《网络数据安全管理条例》等法律法规要求，推动移动互联网行业规范处理个人信息，协会组织会员单位起草了《移动互联网应用程序个人信息保护自律公约》（以下简称《公约》）。《公约》已经协会第三届理事会第五次会议审议通过，现予发布，自2026年1月1日起施行。
请各会员单位认真组织学习，于2025年12月31日前签署并报送《公约》签署回执（见附件2）。协会将适时开展《公约》落实情况评估，并向会员单位通报评估结果。
联系人：王某　电话：010-00000000　邮箱：zilv@example.org.cn
附件：1. 移动互联网应用程序个人信息保护自律公约
2. 《公约》签署回执
中国示例网络空间安全协会
2025年12月3日
## 附件1
## 移动互联网应用程序个人信息保护自律公约
第一条　为规范移动互联网应用程序处理个人信息的活动，保护个人信息权益，根据《中华人民共和国个人信息保护法》等法律法规，制定本公约。
第二条　签约单位承诺不以默认勾选、捆绑授权等方式取得个人同意，不强制索取非必要权限。
第三条　签约单位发生个人信息泄露事件的，应当依照《国家网络安全事件报告管理办法》及时报告，并通知受影响的个人。
第四条　本公约自2026年1月1日起施行。
## 附件2
## 《公约》签署回执
| 单位名称 | 统一社会信用代码 | 联系人 | 签署日期 |
| （盖章） |  |  |  |
"""

QA_EN_DOCX = """\
# China Data Q&A — December 2025
Lim & Example LLP · China Data Practice · Singapore and Shanghai · 8 December 2025
Illustrative sample written to test the piplkit tracker; the draft standard, the Shanghai fine, the Haidian judgment, the firm and its lawyers are fictional; the Cybersecurity Law amendments and the certification measures are real.
Every month our clients ask us the same questions. This month we answer them in one place: one development per numbered topic, then what to do about it.
## 1. The amended Cybersecurity Law
**Q: What happened?**
A: On 28 October 2025, the Standing Committee of the National People's Congress adopted the Decision on Amending the Cybersecurity Law.
**Q: When does it apply?**
A: The amended Cybersecurity Law takes effect on 1 January 2026.
**Q: Do the higher fines apply to what we did in 2025?**
A: As a rule, no: conduct is judged under the law in force when it happened.
## 2. Certification for personal information exports
**Q: What happened?**
A: On 17 October 2025, the Cyberspace Administration of China (CAC) and the State Administration for Market Regulation (SAMR) issued the Measures for the Certification of Outbound Transfers of Personal Information.
**Q: When do they apply?**
A: From 1 January 2026.
## 3. A draft standard for smart wearables
**Q: What happened?**
A: On 26 November 2025, TC260 released the Cybersecurity Technology — Security Requirements for Personal Information Processing by Smart Wearable Devices (Draft for Comments).
**Q: Can we comment?**
A: Yes, until 25 January 2026.
## 4. A fine for a fitness app
**Q: What happened?**
A: On 20 November 2025, the Shanghai Municipal Internet Information Office fined a fitness app operator RMB 450,000 for sharing users' heart-rate data with advertisers without separate consent, under the Personal Information Protection Law.
**Q: Was anyone fined personally?**
A: Yes. The person directly in charge was fined a further RMB 30,000.
## 5. A prison sentence for a data broker
**Q: What happened?**
A: On 27 November 2025, the People's Court of Haidian District, Beijing sentenced a data broker to two years' imprisonment and a fine of RMB 50,000 for selling the personal information of 40,000 people, under the Criminal Law.
## What should we do now?
**Q: Which deadline comes first?**
A: 1 January 2026, when both the amended Cybersecurity Law and the certification measures apply. Map your transfers and update incident plans before then.
**Q: Should we comment on the wearables draft?**
A: If you make or sell wearables in China, yes: send comments to TC260 before 25 January 2026.
## Contacts
Tan Wei Ling, Partner, Singapore · weiling.tan@example.sg
Zhang Hao, Counsel, Shanghai · hao.zhang@example.cn
This Q&A is general information only and does not constitute legal advice.
"""

GONGGAO_ZH_DOCX = """\
证券代码：688000　　证券简称：示例智联　　公告编号：2025-086
# 示例智联科技股份有限公司关于收到行政处罚决定书的公告
本公司董事会及全体董事保证本公告内容不存在任何虚假记载、误导性陈述或者重大遗漏，并对其内容的真实性、准确性和完整性依法承担法律责任。
本公告为测试 piplkit 编写的示例，公司、证券代码、文号、处罚事实与金额均为虚构。
重要内容提示：
● 本次行政处罚不涉及《上海证券交易所科创板股票上市规则》规定的重大违法强制退市情形。
● 罚款金额合计人民币180万元，公司已于2025年12月4日缴纳完毕。
## 一、基本情况
2025年12月2日，公司收到浙江省互联网信息办公室出具的《行政处罚决定书》（浙网信罚〔2025〕12号）。公司此前已于2025年9月15日披露《关于收到立案告知书的公告》（公告编号：2025-061）。
## 二、《行政处罚决定书》主要内容
（一）当事人：示例智联科技股份有限公司。
（二）违法事实：公司运营的“示例行车”App在未取得用户单独同意的情况下，将车辆行驶轨迹数据提供给第三方保险机构用于保险定价，违反了《中华人民共和国个人信息保护法》第二十三条和《网络数据安全管理条例》第二十一条的规定。
（三）处罚决定：依据《中华人民共和国个人信息保护法》第六十六条，浙江省互联网信息办公室决定对公司给予警告，没收违法所得35.6万元，并处罚款170万元；对直接负责的主管人员张某处罚款10万元。
## 三、对公司的影响及拟采取的措施
本次行政处罚对公司2025年度利润的影响金额约为205.6万元，公司生产经营正常。公司已完成整改，停止向第三方提供行驶轨迹数据，并将进一步健全个人信息保护合规管理体系。
敬请广大投资者注意投资风险。
特此公告。
示例智联科技股份有限公司董事会
2025年12月5日
"""

SPECS = {
    "blind12_journal_en_2025_12.pdf": JOURNAL_EN_PDF,
    "blind12_yanbao_zh_2025_12.pdf": YANBAO_ZH_PDF,
    "blind12_zilv_zh_2025_12.pdf": ZILV_ZH_PDF,
    "blind12_qa_en_2025_12.docx": QA_EN_DOCX,
    "blind12_gonggao_zh_2025_12.docx": GONGGAO_ZH_DOCX,
}
_HEADERS = {
    "blind12_journal_en_2025_12.pdf": "China Data Law Review · Vol. 4 No. 4 · Contents",
    "blind12_yanbao_zh_2025_12.pdf": "示例证券研究所 · 计算机行业周报 · 请务必阅读正文之后的免责声明",
    "blind12_zilv_zh_2025_12.pdf": "中国示例网络空间安全协会",
}


def _fitted_table() -> Any:
    """A reportlab Table that gives each column the width its widest cell needs (shared fairly
    when the page is too narrow), as a report's layout does. The shared builder lets reportlab
    size columns by their narrowest word, which breaks a Chinese date cell after every character
    ("12 / 月 / 1 / 日"), a PDF no publisher would make."""
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.platypus import Table

    class FittedTable(Table):  # type: ignore[misc]
        def __init__(self, data: list[list[Any]], *args: Any, **kwargs: Any) -> None:
            if kwargs.get("colWidths") is None and data:
                kwargs["colWidths"] = _widths(data, stringWidth)
            super().__init__(data, *args, **kwargs)

    return FittedTable


def _widths(data: list[list[Any]], measure: Any, page: float = 451.0) -> list[float]:
    natural = [
        max(
            measure(cell.getPlainText(), cell.style.fontName, cell.style.fontSize) + 14
            for cell in column
        )
        for column in zip(*data, strict=True)
    ]
    widths = [0.0] * len(natural)
    left, open_columns = page, sorted(range(len(natural)), key=lambda i: natural[i])
    while open_columns:
        share = left / len(open_columns)
        index = open_columns.pop(0)
        widths[index] = min(natural[index], share) if open_columns else share
        left -= widths[index]
    return widths


def main(names: list[str]) -> None:
    """Write the named documents (all of them when no name is given) into ``docs/``."""
    import reportlab.platypus

    shared = reportlab.platypus.Table
    reportlab.platypus.Table = _fitted_table()  # the builder imports Table when it draws one
    try:
        write_docs(SPECS, _HEADERS, names, DOCS)
    finally:
        reportlab.platypus.Table = shared


if __name__ == "__main__":
    main(sys.argv[1:])
