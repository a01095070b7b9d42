# ruff: noqa: E501  (the specs are document text, one paragraph a line)
"""Build the DOCX and PDF documents of the tracker's development set from the specs below.

The generated files are shipped in ``docs/`` (so tests need neither reportlab nor this script);
run ``python tests/data/track/make_docs.py`` after editing a spec. reportlab is a development
dependency only (``pip install reportlab``). The texts are written for piplkit: events are real
where a source is given, the rest (and many names and figures) fictional.

Spec lines: ``# text`` title, ``## text`` section heading, ``**head** rest`` a paragraph with a
bold run-in headline, ``!! text`` a bold headline paragraph, ``1. text`` / ``- text`` list
entries, ``| a | b |`` table rows (first row is the header), ``^N`` a superscript footnote
marker, anything else a body paragraph.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

DOCS = Path(__file__).resolve().parent / "docs"

RUNIN_DOCX = """\
# China Data Protection Alert – September 2023
Illustrative sample written to test the piplkit tracker; some events, names and figures are fictional.
Prepared by the Privacy and Cybersecurity Group of Example Partners.
## Legislation
**CAC Consults on Easing Cross-Border Data Rules.** On 28 September, the Cyberspace Administration of China (CAC) released the Provisions on Regulating and Promoting Cross-border Data Flows (Draft for Comments), which would exempt several transfer scenarios from the outbound data transfer mechanisms.^1
The draft would exempt:
1. data generated in international trade that contains no personal information or important data;
2. personal information that must be transferred to perform a contract with the individual.
**Supreme People's Court Issues Judicial Interpretation on Online Defamation.** On 25 September, the Supreme People's Court, the Supreme People's Procuratorate and the Ministry of Public Security issued the Guiding Opinions on Punishing Online Violence Crimes in Accordance with the Law, which address doxxing and the illegal collection of personal information.^2
**Standards Committee Finalises Data Security Standard.** On 12 September, TC260 published the Information Security Technology — Data Security Risk Assessment Method (Draft for Comments) for public comment until 11 November 2023.^3
## Enforcement
**App Operator Fined over Location Tracking.** On 14 September, the Chongqing Municipal Internet Information Office fined an app operator RMB 100,000 for continuously collecting users' precise location data in the background.^4
**Data Broker Convicted of Selling Personal Information.** On 20 September, the People's Court of Xihu District, Hangzhou sentenced a data broker to three years in prison and a fine of RMB 200,000 for selling more than 50,000 pieces of personal information.^5
## Upcoming Events
Webinar: Cross-border data transfers after the new draft, 12 October 2023
## Sources
1 https://www.cac.gov.cn/example/2023-09/28/cross-border-draft.htm
2 https://www.court.gov.cn/example/2023-09/25/online-violence.html
3 https://www.tc260.org.cn/example/risk-assessment-draft
4 https://www.example.org/chongqing-fine
5 https://www.example.org/xihu-judgment
If you would like to subscribe to our alerts, please contact alerts@example.com.
"""

TABLE_ZH_DOCX = """\
# 数据监管动态一览（2024年1月）
本表为测试 piplkit 编写的示例，部分事件、名称与数字为虚构。
| 日期 | 发布机关 | 文件名称 | 主要内容 |
| 2024年1月4日 | 国家数据局 | 《“数据要素×”三年行动计划（2024—2026年）》 | 国家数据局等17部门联合印发行动计划，提出到2026年底数据要素应用广度和深度大幅拓展。 |
| 2023年12月8日 | 国家互联网信息办公室 | 《网络安全事件报告管理办法（征求意见稿）》 | 向社会公开征求意见，要求运营者在1小时内报告较大以上网络安全事件。 |
| 1月12日 | 工业和信息化部 | 《工业领域数据安全能力提升实施方案（征求意见稿）》 | 公开征求意见，提出分类分级保护、安全监测和应急处置等重点任务。 |
| 1月16日 | 上海市互联网信息办公室 | 某电商公司未履行个人信息保护义务案 | 对该公司处以罚款10万元，并责令限期整改。 |
| 1月22日 | 广州互联网法院 | 某医美机构泄露顾客照片案 | 判决被告删除照片、赔礼道歉并赔偿原告损失8000元。 |
如对本表有疑问，欢迎联系 data@example.cn。
"""

HEADLINE_PDF = """\
# China Data Update – December 2022
Illustrative sample written to test the piplkit tracker; some events, names and figures are fictional.
## Legislative Developments
!! CAC Issues Provisions on Deep Synthesis Services
On 11 December, the Cyberspace Administration of China (CAC), the Ministry of Industry and Information Technology (MIIT) and the Ministry of Public Security published the Provisions on the Administration of Deep Synthesis of Internet-based Information Services, which will take effect on 10 January 2023. Providers must label synthetic content that could confuse or mislead the public.^1
!! Central Government Publishes Opinions on a Basic Data System
On 19 December, the CPC Central Committee and the State Council published the Opinions on Building a Basic Data System to Better Leverage the Role of Data Elements, covering data property rights, circulation, income distribution and governance.^2
!! SAMR and CAC Announce Personal Information Protection Certification Rules
On 18 November, the State Administration for Market Regulation (SAMR) and the CAC announced the Implementation Rules for Personal Information Protection Certification, which set out the certification model and the steps a processor must take.^3
## Enforcement Developments
!! Shenzhen Regulator Penalises Hotel Chain over Guest Data
On 6 December, the Shenzhen Municipal Public Security Bureau fined a hotel chain RMB 80,000 for failing to fulfil its data security obligations after guest records were exposed online.^4
!! MIIT Names 37 Apps Infringing User Rights
On 1 December, MIIT named 37 apps that collected personal information excessively or forced users to accept targeted advertising, and ordered their developers to rectify.^5
## Judicial Developments
!! Court Rules Facial Recognition Entry Unlawful without Alternative
On 13 December, the Intermediate People's Court of Tianjin ruled that a residential community could not require facial recognition as the only way to enter and ordered the property company to delete the owner's facial data.^6
## Footnotes
1 http://www.cac.gov.cn/example/2022-12/11/deep-synthesis.htm
2 http://www.gov.cn/example/2022-12/19/data-opinions.htm
3 https://www.samr.gov.cn/example/pipc-rules
4 https://www.example.org/shenzhen-hotel
5 https://www.miit.gov.cn/example/apps-37
6 https://www.example.org/tianjin-frt
This update is for information purposes only and does not constitute legal advice.
"""

DATED_ZH_PDF = """\
# 个人信息保护月报（2023年4月）
本报告为测试 piplkit 编写的示例，部分事件、名称与数字为虚构。
## 一、立法动态
4月11日，国家互联网信息办公室发布《生成式人工智能服务管理办法（征求意见稿）》，向社会公开征求意见，意见反馈截止时间为2023年5月10日。
征求意见稿明确，提供者应当对生成式人工智能产品的预训练数据、优化训练数据来源的合法性负责。
4月3日，国家标准化管理委员会批准发布《信息安全技术 个人信息处理中告知和同意的实施指南》国家标准，该标准将于2023年10月1日起实施。
本月20日，广东省人民代表大会常务委员会审议通过《广东省数字经济促进条例》修正案。
## 二、执法动态
4月14日，浙江省杭州市市场监督管理局对一家连锁健身房作出行政处罚，认定其未经会员单独同意采集人脸信息，处以罚款15万元。
4月25日，工业和信息化部通报38款侵害用户权益的APP，要求相关企业于5月5日前完成整改。
## 三、司法动态
4月27日，最高人民法院发布一批个人信息保护典型案例，涉及人脸识别、个人信息删除权和数据爬取等问题。
免责声明：本报告仅供参考，不构成法律意见。
"""

# Held-out documents: written after the splitter was tuned, gold labelled by hand before the
# tracker was first run on them; scored, never tuned on.
HELDOUT_BULLETS_ZH_DOCX = """\
# 个人信息保护动态（2024年12月）
本文为测试 piplkit 编写的示例，部分事件与数字为虚构。
## 立法与政策
- 12月2日，国家网信办发布《个人信息出境认证办法（征求意见稿）》，向社会公开征求意见。
- 12月10日，全国网络安全标准化技术委员会发布《网络安全技术 敏感个人信息识别指南》国家标准征求意见稿。
## 执法
- 12月16日，江西省市场监督管理局对一家电商企业违法收集消费者个人信息的行为处以罚款30万元。
- 上月28日，国家网信办通报了一批违法违规收集个人信息的移动应用，责令相关企业限期整改。
"""

HELDOUT_RUNIN_PDF = """\
# Asia Data Regulatory Digest – China, August 2023
Illustrative sample written to test the piplkit tracker; some events are fictional.
## China
**Generative AI Measures Take Effect.** On 15 August, the Interim Measures for the Management of Generative Artificial Intelligence Services, issued by the CAC and six other authorities on 10 July 2023, took effect.
**CAC Releases Draft Personal Information Protection Compliance Audit Measures.** On 3 August, the CAC released the Measures for Personal Information Protection Compliance Audits (Draft for Comments), which would require processors of more than one million individuals' personal information to audit their compliance at least once a year.
**Draft Rules on Facial Recognition.** On 8 August, the CAC published the Provisions on the Security Management of Facial Recognition Technology Applications (Trial) (Draft for Comments), seeking public comment until 7 September 2023.
**Car Maker Fined for Collecting Vehicle Data.** On 24 August, the Shanghai Municipal Administration for Market Regulation fined a car maker RMB 350,000 for collecting in-car camera footage without notice.
Contact us: asia-data@example.com
"""

# A second held-out set, written and labelled after the fixes the first one prompted.
BLIND_TABLE_DOCX = """\
# Data Rules Tracker 2024
Illustrative sample written to test the piplkit tracker; some rows are fictional.
| Regulator | Date issued | Instrument | Status | Takes effect |
| NPC Standing Committee | 27 February 2024 | Law on Guarding State Secrets (2024 Revision) | Adopted | 1 May 2024 |
| CAC | 22 March 2024 | Provisions on Promoting and Regulating Cross-border Data Flows | Issued | 22 March 2024 |
| TC260 | 15 August 2024 | Cybersecurity Technology — Basic Requirements for Network Data Classification (Draft) | Draft for comment | |
| Zhejiang Provincial Administration for Market Regulation | 9 October 2024 | Penalty decision against a cloud service provider | Decided | |
"""

UNSEEN_ALERT_DOCX = """\
# Client Alert: China Finalises Personal Information Audit Rules and Labelling Rules for AI Content
March 2025
Illustrative sample written to test the piplkit tracker; some events, names and figures are fictional.
By the Data Protection Practice of Example & Partners LLP
Three developments of the past weeks will shape compliance programmes in China this year. We summarise each and what it means for multinational businesses.
## 1. Compliance audit measures finalised
On 14 February 2025, the Cyberspace Administration of China (CAC) issued the Measures for Personal Information Protection Compliance Audits, which take effect on 1 May 2025.^1 Processors handling the personal information of more than 10 million individuals must audit their compliance at least once every two years.
### What it means
Companies should check whether they cross the 10 million threshold and budget for an external auditor; the authorities may also order an audit after an incident.^2
## 2. Labels for AI-generated content
On 14 March 2025, the CAC, the Ministry of Industry and Information Technology, the Ministry of Public Security and the National Radio and Television Administration jointly issued the Measures for Labelling Artificial Intelligence-Generated Synthetic Content, effective 1 September 2025.^3
### What it means
Platforms that generate or distribute synthetic text, images, audio or video will need explicit labels visible to users and implicit labels in file metadata.
## 3. Car maker fined over in-vehicle camera data
On 3 March 2025, the Shanghai Municipal Internet Information Office fined a car maker RMB 500,000 for processing images of pedestrians captured by in-vehicle cameras without a lawful basis.^4
### What it means
Connected-vehicle businesses should review what their cameras record outside the car and how long the images are kept.
## Contacts
Jane Doe, Partner, Shanghai – jane.doe@example.com
John Roe, Counsel, Beijing – john.roe@example.com
## Endnotes
1 CAC announcement of 14 February 2025 (Chinese): https://www.cac.gov.cn/example/2025-02/14/audit-measures.htm
2 Article 64 of the Personal Information Protection Law allows the authorities to order an audit by a professional institution.
3 https://www.cac.gov.cn/example/2025-03/14/ai-labelling.htm
4 https://www.example.org/shanghai-car-camera-fine
This alert is for general information only and does not constitute legal advice.
"""

UNSEEN_QA_PDF = """\
# 国家互联网信息办公室有关负责人就《个人信息保护合规审计管理办法》答记者问
2025年02月14日　来源：中国网信网
本文为测试 piplkit 编写的示例，问答内容经过改写和删节。
近日，国家互联网信息办公室公布《个人信息保护合规审计管理办法》（以下简称《办法》），自2025年5月1日起施行。国家互联网信息办公室有关负责人就《办法》相关问题回答了记者提问。
!! 一、问：出台《办法》的背景是什么？
答：《中华人民共和国个人信息保护法》规定，个人信息处理者应当定期对其处理个人信息遵守法律、行政法规的情况进行合规审计。为细化这一规定，规范合规审计活动，国家互联网信息办公室制定了《办法》。
!! 二、问：《办法》适用于哪些情形？
答：《办法》适用于个人信息处理者自行开展合规审计，以及保护职责部门要求个人信息处理者委托专业机构开展合规审计两种情形。
!! 三、问：处理个人信息达到多大规模需要定期审计？
答：处理超过1000万人个人信息的个人信息处理者，应当每两年至少开展一次个人信息保护合规审计；其他个人信息处理者应当根据处理规模和风险合理确定审计频次。
!! 四、问：专业机构开展合规审计应当遵守哪些要求？
答：专业机构应当具备开展合规审计的能力，如实记录和报告审计情况，对审计中知悉的个人信息、商业秘密等依法予以保密，不得转委托。
"""

SPECS = {
    "runin_alert_2023_09.docx": RUNIN_DOCX,
    "table_zh_2024_01.docx": TABLE_ZH_DOCX,
    "headline_2022_12.pdf": HEADLINE_PDF,
    "dated_zh_2023_04.pdf": DATED_ZH_PDF,
    "heldout_bullets_zh_2024_12.docx": HELDOUT_BULLETS_ZH_DOCX,
    "heldout_digest_2023_08.pdf": HELDOUT_RUNIN_PDF,
    "blind_table_2024.docx": BLIND_TABLE_DOCX,
    "unseen_alert_2025_03.docx": UNSEEN_ALERT_DOCX,
    "unseen_qa_zh_2025_02.pdf": UNSEEN_QA_PDF,
}


def _lines(spec: str) -> list[str]:
    return [line for line in spec.splitlines() if line.strip()]


def build_docx(spec: str, path: Path) -> None:
    from docx import Document

    doc = Document()
    rows: list[list[str]] = []

    def flush_table() -> None:
        if not rows:
            return
        table = doc.add_table(rows=len(rows), cols=len(rows[0]))
        for r, cells in enumerate(rows):
            for c, text in enumerate(cells):
                table.cell(r, c).text = text
        rows.clear()

    for line in _lines(spec):
        if line.startswith("|"):
            rows.append([c.strip() for c in line.strip().strip("|").split("|")])
            continue
        flush_table()
        if line.startswith("# "):
            doc.add_paragraph(line[2:], style="Title")
        elif line.startswith("## "):
            doc.add_heading(line[3:], level=2)
        elif line.startswith("### "):
            doc.add_heading(line[4:], level=3)
        elif line.startswith("- "):
            _docx_runs(doc.add_paragraph(style="List Bullet"), line[2:])
        elif re.match(r"^\d+\. ", line) and not re.match(r"^\d+ https?://", line):
            _docx_runs(doc.add_paragraph(style="List Number"), line.split(" ", 1)[1])
        elif line.startswith("**"):
            head, rest = line[2:].split("**", 1)
            para = doc.add_paragraph()
            para.add_run(head).bold = True
            _docx_runs(para, rest)
        else:
            _docx_runs(doc.add_paragraph(), line)
    flush_table()
    doc.core_properties.title = ""
    doc.save(str(path))


def _docx_runs(para, text: str) -> None:  # type: ignore[no-untyped-def]
    for part in re.split(r"(\^\d+)", text):
        if part.startswith("^"):
            para.add_run(part[1:]).font.superscript = True
        elif part:
            para.add_run(part)


def build_pdf(spec: str, path: Path, header: str) -> None:
    from reportlab import rl_config
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

    rl_config.invariant = 1  # the same bytes on every run
    chinese = bool(re.search(r"[\u4e00-\u9fff]", spec[:200]))
    base = getSampleStyleSheet()
    if chinese:
        pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
        font = bold = "STSong-Light"
    else:
        font, bold = "Helvetica", "Helvetica-Bold"
    body = ParagraphStyle(
        "body", parent=base["Normal"], fontName=font, fontSize=10, leading=14, spaceAfter=8
    )
    title = ParagraphStyle(
        "title", parent=body, fontName=bold, fontSize=18, leading=22, spaceAfter=12
    )
    section = ParagraphStyle(
        "section", parent=body, fontName=bold, fontSize=13, leading=16, spaceBefore=6
    )
    headline = ParagraphStyle("headline", parent=body, fontName=bold, spaceAfter=4)
    story = []
    for line in _lines(spec):
        text = re.sub(r"\^(\d+)", r"<super>\1</super>", line.replace("&", "&amp;"))
        if line.startswith("# "):
            story.append(Paragraph(text[2:], title))
        elif line.startswith("## "):
            story.append(Paragraph(text[3:], section))
        elif line.startswith("!! "):
            story.append(Paragraph(text[3:], headline))
        elif line.startswith("**"):
            head, rest = text[2:].split("**", 1)
            story.append(Paragraph(f"<b>{head}</b>{rest}", body))
        elif re.match(r"^\d+ https?://", line):
            number, url = line.split(" ", 1)
            story.append(Paragraph(f'{number} <link href="{url}">{url}</link>', body))
        else:
            story.append(Paragraph(text, body))
        story.append(Spacer(1, 2))

    def decorate(canvas, document) -> None:  # type: ignore[no-untyped-def]
        canvas.saveState()
        canvas.setFont(font, 8)
        canvas.drawString(72, A4[1] - 40, header)
        canvas.drawRightString(A4[0] - 72, 30, f"Page {document.page}")
        canvas.restoreState()

    doc = SimpleDocTemplate(str(path), pagesize=A4, title="", author="", subject="")
    doc.build(story, onFirstPage=decorate, onLaterPages=decorate)


_HEADERS = {
    "dated_zh_2023_04.pdf": "示例律师事务所 · 个人信息保护月报",
    "heldout_digest_2023_08.pdf": "Asia Data Regulatory Digest",
    "unseen_qa_zh_2025_02.pdf": "中国网信网 · 政策解读",
}


def main(names: list[str]) -> None:
    for name, spec in SPECS.items():
        if names and name not in names:
            continue
        path = DOCS / name
        if name.endswith(".docx"):
            build_docx(spec, path)
        else:
            build_pdf(spec, path, _HEADERS.get(name, "Example Law – China Data Update"))
        print(f"wrote {path}")


if __name__ == "__main__":
    main(sys.argv[1:])
