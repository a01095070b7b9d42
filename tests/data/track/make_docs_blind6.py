# ruff: noqa: E501  (the specs are document text, one paragraph a line)
"""Build the DOCX and PDF documents of the tracker's blind set heldout6 from the specs below.

Written blind (without reading the tracker's code) for issue 16. The spec syntax is
``make_docs.py``'s (``# title``, ``## heading``, ``**bold** rest``, ``!! bold headline``, ``- entry``,
``| table |``, ``^N`` superscripts, ``[^N]`` Word footnotes); this script reuses its DOCX and
single-column PDF builders and adds a two-column PDF bulletin, the one layout that file lacks.
Run ``python tests/data/track/make_docs_blind6.py`` after editing a spec; the generated files
are shipped in ``docs/`` so tests need neither reportlab nor this script. Events are real where
the documents do not say otherwise; some events, names and figures are fictional, as each
document's disclaimer line says.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_docs import DOCS, build_docx, build_pdf

BULLETIN_2COL_PDF = """\
# Data Protection Bulletin — October 2025
Example Chambers · China Data Practice · 31 October 2025
Illustrative sample written to test the piplkit tracker; some events, names and figures are fictional.
## Legislation
!! CAC and SAMR Publish Certification Measures for Outbound Personal Information
On 17 October, the Cyberspace Administration of China (CAC) and the State Administration for Market Regulation (SAMR) published the Measures for the Certification of Personal Information Outbound Transfers, which will take effect on 1 January 2026. Processors that are not critical information infrastructure operators and that send abroad the personal information of 100,000 to 1 million people may use certification instead of a standard contract.^1
!! NPC Standing Committee Amends the Cybersecurity Law
On 28 October, the NPC Standing Committee adopted amendments to the Cybersecurity Law of the People's Republic of China, which will take effect on 1 January 2026. The amendments raise the fines for operators that fail to meet their security obligations and add provisions on artificial intelligence.^2
!! MIIT Consults on Data Security Rules for Mobile Apps
On 24 October, the Ministry of Industry and Information Technology (MIIT) released the Measures for the Security Management of Data in Mobile Internet Applications (Draft for Comments), with comments due by 23 November 2025.
## Enforcement
!! Shanghai Regulator Fines Ride-Hailing Platform RMB 800,000
On 21 October, the Shanghai Municipal Internet Information Office fined a ride-hailing platform RMB 800,000 for keeping passengers' trip records for years after the trips ended, in breach of the Personal Information Protection Law. The law allows a fine of up to RMB 1 million for such a violation where no serious circumstances exist.
## Courts
!! Beijing Internet Court Rules on an AI Voice Clone
On 14 October, the Beijing Internet Court held that an app which cloned a voice actor's voice without consent infringed her personality rights, and ordered the operator to apologise and pay RMB 25,000 in damages.
## Coming up
1 November: the Measures for the Administration of National Cybersecurity Incident Reporting take effect.
23 November: comments due on MIIT's draft app data security measures.
1 January 2026: the amended Cybersecurity Law and the certification measures take effect.
## Sources
1 https://www.example.org/bulletin/2025-10/outbound-certification
2 https://www.example.org/bulletin/2025-10/csl-amendments
Example Chambers · This bulletin is not legal advice · bulletin@example-chambers.com
"""

ZHOUBAO_ZH_PDF = """\
# 数据合规雷达周报（2025年第50期）
示例合规科技有限公司 研究中心　2025年12月12日
本周报为测试 piplkit 编写的示例，部分事件、名称与数字为虚构。
## 立法动态
!! 公安部就等级保护测评机构管理办法修订稿征求意见
12月8日，公安部就《网络安全等级保护测评机构管理办法（修订征求意见稿）》公开征求意见，意见反馈截止时间为2026年1月7日。修订稿拟强化对测评机构的能力评估和退出管理。
!! 修改后的网络安全法将于2026年1月1日起施行
10月28日，全国人民代表大会常务委员会表决通过了对《中华人民共和国网络安全法》的修改，修改后的法律将于2026年1月1日起施行。本周多家企业启动了配套制度的修订。
## 执法动态
!! 浙江省市场监督管理局查处违规推送商业短信案
12月9日，浙江省市场监督管理局对杭州某电商公司作出行政处罚决定。该公司未经同意向用户推送营销短信，违反《中华人民共和国个人信息保护法》。该法第六十六条规定，情节严重的最高可处五千万元或者上一年度营业额百分之五以下罚款；本案中该公司被处以罚款80万元。
!! 广东省通信管理局通报5款违规收集个人信息的SDK
12月11日，广东省通信管理局通报5款违规收集个人信息的第三方SDK，要求相关企业在10个工作日内完成整改，逾期未整改的将依法处置。
## 司法动态
!! 最高人民检察院发布侵犯公民个人信息犯罪典型案例
12月10日，最高人民检察院发布6件惩治侵犯公民个人信息犯罪典型案例，涉及非法获取快递面单、倒卖人脸数据等行为。
## 下期关注
12月15日：全国网络安全标准化技术委员会年会召开。
12月31日：《网络安全等级保护测评机构管理办法（修订征求意见稿）》意见征集进入最后一周。
## 附录：相关法规
| 法规名称 | 发布机关 | 施行日期 |
| 中华人民共和国个人信息保护法 | 全国人民代表大会常务委员会 | 2021年11月1日 |
| 中华人民共和国网络安全法 | 全国人民代表大会常务委员会 | 2017年6月1日 |
| 网络数据安全管理条例 | 国务院 | 2025年1月1日 |
如需订阅本周报，请联系 radar@example-compliance.cn。
"""

ALERT_EN_DOCX = """\
# Client Alert: Two New Rules and a Fine as China's Cybersecurity Regime Moves Into 2026
Client Alert | 3 November 2025
Illustrative sample written to test the piplkit tracker; some events, names and figures are fictional.
By Anna Lee and Zhang Wei, Data Protection Group — posted 5 November 2025
October brought the largest change to China's cybersecurity framework since 2017. This alert summarises four developments and what clients should do now.
## NPC Standing Committee amends the Cybersecurity Law
On 28 October 2025, the Standing Committee of the National People's Congress adopted amendments to the Cybersecurity Law of the People's Republic of China, which will take effect on 1 January 2026. The amendments raise the fines for network operators and add a chapter-level basis for artificial intelligence safety.
Action items:
- Update incident response plans before 1 January 2026.
- Review contracts with critical information infrastructure suppliers.
## CAC and SAMR publish outbound certification measures
On 17 October 2025, the Cyberspace Administration of China (CAC) and the State Administration for Market Regulation (SAMR) published the Measures for the Certification of Personal Information Outbound Transfers, which will take effect on 1 January 2026.[^1]
Action items:
- Check whether your outbound volumes fall within the certification thresholds.
## Guangdong regulator fines a recruitment platform
On 30 October, the Guangdong Communications Administration fined a recruitment platform RMB 400,000 for selling job seekers' résumés to training agencies, and fined two of its managers RMB 20,000 each.
Action items:
- Audit who can export résumé data from your systems.
## TC260 consults on a standard for automotive data
On 31 October, TC260 released the Data Security Technology — Security Requirements for Processing Personal Information in Connected Vehicles (Draft for Comments) for public comment until 30 December 2025.
## About the authors
Anna Lee and Zhang Wei advise clients on data protection in Shanghai and Hong Kong.
This alert is for information only and is not legal advice.
[^1]: Measures published on the CAC website, https://www.example.org/cac/2025-10-17/outbound-certification
"""

DIGEST_ZH_DOCX = """\
# 数据合规工作简讯（2025年第6期）
示例互联网行业协会秘书处　2025年11月28日
本简讯为测试 piplkit 编写的示例，部分事件、名称与数字为虚构。
## 行业动态
**协会发布《移动互联网应用程序个人信息保护自律公约》**
11月20日，协会在第三届会员大会上审议通过《移动互联网应用程序个人信息保护自律公约》，首批86家会员单位签署公约，承诺不强制索取非必要权限。
**协会批准《App个人信息收集使用合规评估规范》团体标准立项**
11月6日，协会标准工作委员会批准《App个人信息收集使用合规评估规范》团体标准立项，计划于2026年6月前完成编制。
## 监管动态
**工业和信息化部通报28款侵害用户权益的APP**
11月18日，工业和信息化部通报28款存在违规收集个人信息、强制频繁索权等问题的APP，要求相关企业于11月25日前完成整改。
**《个人信息出境认证办法》将于2026年1月1日起施行**
10月17日，国家互联网信息办公室、国家市场监督管理总局联合公布《个人信息出境认证办法》，该办法将于2026年1月1日起施行。协会将组织会员单位开展专题解读。
## 会员动态
11月12日，协会在杭州举办数据合规官培训班，120余名会员单位代表参加。
11月26日，协会秘书处走访5家会员单位，了解个人信息保护合规审计开展情况。
## 下期关注
12月上旬，协会将发布《App个人信息收集使用合规评估规范（征求意见稿）》。
联系人：协会秘书处　电话：010-00000000
"""

SPECS = {
    "blind6_bulletin_2col_2025_10.pdf": BULLETIN_2COL_PDF,
    "blind6_zhoubao_zh_2025_12.pdf": ZHOUBAO_ZH_PDF,
    "blind6_alert_2025_11.docx": ALERT_EN_DOCX,
    "blind6_jianxun_zh_2025_11.docx": DIGEST_ZH_DOCX,
}

_HEADERS = {
    "blind6_bulletin_2col_2025_10.pdf": "Example Chambers | Data Protection Bulletin | October 2025",
    "blind6_zhoubao_zh_2025_12.pdf": "示例合规科技 · 数据合规雷达周报",
}


def build_two_column_pdf(spec: str, path: Path, header: str) -> None:
    """A bulletin whose title spans the page and whose text flows down two columns."""
    from reportlab import rl_config
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
    from reportlab.platypus import (
        BaseDocTemplate,
        Frame,
        FrameBreak,
        NextPageTemplate,
        PageTemplate,
        Paragraph,
    )

    rl_config.invariant = 1  # the same bytes on every run
    base = getSampleStyleSheet()
    body = ParagraphStyle(
        "body", parent=base["Normal"], fontName="Helvetica", fontSize=9, leading=12, spaceAfter=6
    )
    title = ParagraphStyle("title", parent=body, fontName="Helvetica-Bold", fontSize=17, leading=21)
    section = ParagraphStyle(
        "section", parent=body, fontName="Helvetica-Bold", fontSize=11, leading=14, spaceBefore=4
    )
    headline = ParagraphStyle("headline", parent=body, fontName="Helvetica-Bold", spaceAfter=3)
    width, height = A4
    margin, gap, top = 54, 18, 96
    column = (width - 2 * margin - gap) / 2
    masthead = Frame(margin, height - margin - top, width - 2 * margin, top, id="masthead")

    def columns(upper: float) -> list[Frame]:
        return [
            Frame(margin + i * (column + gap), margin, column, upper - margin, id=f"col{i}")
            for i in range(2)
        ]

    def decorate(canvas, document) -> None:  # type: ignore[no-untyped-def]
        canvas.saveState()
        canvas.setFont("Helvetica", 7)
        canvas.drawString(margin, height - 30, header)
        canvas.drawRightString(width - margin, 30, f"Page {document.page}")
        canvas.restoreState()

    first = PageTemplate("first", [masthead, *columns(height - margin - top)], onPage=decorate)
    later = PageTemplate("later", columns(height - margin), onPage=decorate)
    doc = BaseDocTemplate(str(path), pagesize=A4, title="", author="", subject="")
    doc.addPageTemplates([first, later])
    story: list[object] = [NextPageTemplate("later")]
    lines = [line for line in spec.splitlines() if line.strip()]
    for number, line in enumerate(lines):
        text = re.sub(r"\^(\d+)", r"<super>\1</super>", line.replace("&", "&amp;"))
        if line.startswith("# "):
            story.append(Paragraph(text[2:], title))
        elif line.startswith("## "):
            story.append(Paragraph(text[3:], section))
        elif line.startswith("!! "):
            story.append(Paragraph(text[3:], headline))
        elif re.match(r"^\d+ https?://", line):
            num, url = line.split(" ", 1)
            story.append(Paragraph(f'{num} <link href="{url}">{url}</link>', body))
        else:
            story.append(Paragraph(text, body))
        if number == 2:  # the masthead holds the title, dateline and disclaimer
            story.append(FrameBreak())
    doc.build(story)


def main(names: list[str]) -> None:
    for name, spec in SPECS.items():
        if names and name not in names:
            continue
        path = DOCS / name
        if name.endswith(".docx"):
            build_docx(spec, path)
        elif name == "blind6_bulletin_2col_2025_10.pdf":
            build_two_column_pdf(spec, path, _HEADERS[name])
        else:
            build_pdf(spec, path, _HEADERS[name])
        print(f"wrote {path}")


if __name__ == "__main__":
    main(sys.argv[1:])
