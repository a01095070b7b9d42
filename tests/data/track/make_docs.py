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

# A fourth held-out set (files ``blind4_*``): publishers' styles the tracker had not met, written
# and labelled blind (without reading the tracker's code or running it on them).
BLIND4_CASES_DOCX = """\
# 网络执法简报（2025年第3期）
江苏省互联网信息办公室　　　　2025年10月15日
本简报为测试 piplkit 编写的示例，案例、当事人与金额均为虚构。
2025年第三季度，全省网信部门坚持严格规范公正文明执法，依法查处网络数据安全和个人信息保护违法案件5起，罚款合计118万元，其中对某网络科技有限公司数据泄露案的罚款为本季度最高。现将有关案件情况公布如下：
| 序号 | 日期 | 执法机关 | 案件 | 处罚决定 |
| 1 | 2025年7月8日 | 江苏省互联网信息办公室 | 某网络科技有限公司未履行网络数据安全保护义务案 | 该公司运营的APP存在未授权访问漏洞，导致大量用户数据泄露。依据《中华人民共和国数据安全法》第四十五条，对该公司处罚款50万元，对直接负责的主管人员和其他直接责任人员2人各处罚款5万元。 |
| 2 | 8月12日 | 南京市互联网信息办公室 | 某教育培训机构违法处理未成年人个人信息案 | 未经监护人同意收集不满十四周岁未成年人的个人信息。依据《中华人民共和国个人信息保护法》第六十六条，责令改正，给予警告，没收违法所得12万元，并处罚款30万元。 |
| 3 | 2025.09.03 | 苏州市互联网信息办公室 | 某物流企业向境外提供个人信息未申报安全评估案 | 自2023年以来向境外提供超过10万人的个人信息，未依照《数据出境安全评估办法》申报数据出境安全评估。约谈企业负责人，责令限期整改。 |
| 4 | 9月18日至19日 | 无锡市互联网信息办公室 | 某医疗美容机构泄露客户照片案 | 员工将客户术前术后照片上传至社交平台。依据《中华人民共和国个人信息保护法》，对该机构处罚款8万元。 |
| 5 | 9月26日 | 江苏省互联网信息办公室、江苏省通信管理局 | 某智能网联汽车企业违规处理车外人脸信息案 | 车载摄像头采集的车外行人人脸信息未作匿名化处理即用于算法训练。依据《汽车数据安全管理若干规定（试行）》和《网络数据安全管理条例》，对该企业处罚款20万元。 |
下一步，全省网信部门将持续加大网络数据安全执法力度，督促企业落实数据安全主体责任。欢迎社会各界通过12377举报平台反映问题。
联系电话：025-00000000　　邮箱：zhifa@example.gov.cn
版权所有：江苏省互联网信息办公室（示例）
"""

BLIND4_RADAR_PDF = """\
# Regulatory Radar: Data & Privacy – November 2025
Published 28 November 2025 by the Technology Risk Advisory team of Example Advisory (China)
Illustrative sample written to test the piplkit tracker; some events, names and figures are fictional.
## At a glance
- The amended Cybersecurity Law takes effect on 1 January 2026.
- Shanghai regulator fines a consumer-finance platform RMB 1.2 million.
- Guangdong orders 21 apps to rectify by 5 December.
## Mainland China – National
- **Amended Cybersecurity Law adopted.** On 28 October, the NPC Standing Committee adopted amendments to the Cybersecurity Law of the People's Republic of China, raising the maximum fines and adding provisions on artificial intelligence safety.^1
> Status: Adopted | Effective: 1 January 2026
- **Incident reporting measures now in force.** On Nov. 1, the Measures for the Administration of National Cybersecurity Incident Reporting, issued by the Cyberspace Administration of China (CAC) on 15 September, took effect. Operators must report a major incident to the authorities within four hours.^2
> Status: In force | Effective: 1 November 2025
- **Draft standard on minors' personal information.** On 12 November, TC260 released Cybersecurity Technology – Security Requirements for Minors' Personal Information Protection (Draft for Comments), open for comment until 11 January 2026.
> Status: Draft | Effective: to be announced
## Shanghai
- **Consumer-finance platform fined.** On 6 Nov., the Shanghai Municipal Internet Information Office fined a consumer-finance platform RMB 1.2 million for sharing borrowers' contact lists with debt collectors in breach of the Personal Information Protection Law.^3
> Status: Penalty decision | Effective: n/a
- **Free trade zone data export list revised.** On 20 November, the Shanghai Municipal Commission of Commerce and the Shanghai Municipal Internet Information Office published the revised China (Shanghai) Pilot Free Trade Zone Negative List for Data Export Management, which took effect on publication.
> Status: In force | Effective: 20 November 2025
## Guangdong and Shenzhen
- **Court rules on employee monitoring software.** On 14 November, the Shenzhen Intermediate People's Court upheld a ruling that an employer infringed its employees' personal information rights by copying their private chat records through monitoring software.
> Status: Final judgment | Effective: n/a
- **Guangdong orders 21 apps to rectify.** From 3 to 7 November 2025, the Guangdong Communications Administration ran spot checks of 120 mobile apps and ordered 21 of them to stop collecting personal information beyond what their services need by 5 December.
> Status: Rectification ordered | Deadline: 5 December 2025
## Beijing
- **Public data operation measures issued.** On 25 November, the Beijing Municipal Bureau of Economy and Information Technology issued the Beijing Measures for the Authorised Operation of Public Data (Trial).
> Status: Issued | Effective: 1 January 2026
## Key dates ahead
1 January 2026 – amended Cybersecurity Law and Beijing public data measures take effect
11 January 2026 – comment deadline for the minors' personal information standard
## Related reading from Example Advisory
China's incident reporting clock: a four-hour checklist
Data export negative lists compared: Shanghai, Tianjin and Beijing
## Sources
1 http://www.npc.gov.cn/example/2025-10/28/csl-amendment.html
2 https://www.cac.gov.cn/example/2025-09/15/incident-reporting.htm
3 https://www.example.org/shanghai-consumer-finance-fine
To subscribe to Regulatory Radar, write to radar@example-advisory.com.
© 2025 Example Advisory. This publication contains general information only and does not constitute professional advice.
"""

BLIND4_MEMO_DOCX = """\
# MEMORANDUM
To: Data Protection Officer, Example Holdings (China) Co., Ltd.
From: Legal Department
Date: 22 September 2025
Re: Two regulatory developments for our China data programme
Illustrative sample written to test the piplkit tracker; some events, names and figures are fictional.
This memo reports two developments of the past week: new national rules on reporting cybersecurity incidents, and a Shanghai fine for an unassessed transfer of members' data abroad. We set out what each means for us.
On 15 September, the Cyberspace Administration of China issued the Measures for the Administration of National Cybersecurity Incident Reporting, which take effect on 1 November 2025.[^1] Operators of networks must report a major or more serious incident to the cyberspace authority of their province within four hours of discovering it.
For our group, the four-hour clock means that the incident response plan must name one person in China who can decide to report without waiting for approval from headquarters.[^2] We propose to update the plan by the end of October.
On 19 September, the Shanghai Municipal Internet Information Office imposed a fine of RMB 300,000 on the local subsidiary of a multinational retailer for transferring members' personal information to its overseas headquarters without the impact assessment required by the Personal Information Protection Law.[^3]
Our own transfers to headquarters rely on the standard contract we filed last year,[^4] but the underlying impact assessment is now more than a year old; we recommend refreshing it before December.
Please send any questions to the Legal Department at legal@example.com.
Privileged and confidential – prepared for the purpose of legal advice.
[^1]: CAC announcement: https://www.cac.gov.cn/example/2025-09/15/incident-reporting.htm
[^2]: The plan's escalation matrix currently requires two approvals outside China.
[^3]: https://www.example.org/shanghai-retailer-transfer-fine
[^4]: Internal record DP-2024-031.
"""

BLIND4_STANDARDS_PDF = """\
# 全国网络安全标准化技术委员会关于《数据安全技术 敏感个人信息处理安全要求》等4项国家标准正式发布的公告
本公告为测试 piplkit 编写的示例，部分标准编号与日期为示意。
各有关单位：
2025年4月25日，国家市场监督管理总局、国家标准化管理委员会批准发布了由全国网络安全标准化技术委员会归口的《数据安全技术 敏感个人信息处理安全要求》等4项国家标准，现将有关情况公告如下：
| 序号 | 标准编号 | 标准名称 | 代替标准号 | 实施日期 |
| 1 | GB/T 45574—2025 | 数据安全技术 敏感个人信息处理安全要求 |  | 2025-11-01 |
| 2 | GB/T 45652—2025 | 网络安全技术 生成式人工智能预训练和优化训练数据安全规范 |  | 2025-11-01 |
| 3 | GB/T 45654—2025 | 网络安全技术 生成式人工智能服务安全基本要求 |  | 2025-11-01 |
| 4 | GB/T 20988—2025 | 网络安全技术 信息系统灾难恢复规范 | GB/T 20988—2007 | 2026-05-01 |
请各有关单位做好标准的宣贯和实施工作。标准文本可通过国家标准全文公开系统查阅。
全国网络安全标准化技术委员会秘书处
2025年4月30日
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
    "blind4_cases_zh_2025_q3.docx": BLIND4_CASES_DOCX,
    "blind4_radar_2025_11.pdf": BLIND4_RADAR_PDF,
    "blind4_memo_2025_09.docx": BLIND4_MEMO_DOCX,
    "blind4_standards_zh.pdf": BLIND4_STANDARDS_PDF,
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

    notes = {
        m.group(1): m.group(2) for m in re.finditer(r"^\[\^(\d+)\]: (.*)$", spec, re.MULTILINE)
    }
    for line in _lines(spec):
        if line.startswith("|"):
            rows.append([c.strip() for c in line.strip().strip("|").split("|")])
            continue
        flush_table()
        if line.startswith("[^"):
            continue  # a Word footnote's text, written to the footnotes part below
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
    if notes:
        _add_footnotes(doc, notes)
    doc.core_properties.title = ""
    doc.save(str(path))


_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _add_footnotes(doc, notes: dict[str, str]) -> None:  # type: ignore[no-untyped-def]
    """Write real Word footnotes (python-docx has no API for them): a footnotes part."""
    from xml.sax.saxutils import escape

    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part

    body = "".join(
        f'<w:footnote w:id="{n}"><w:p><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
        f'<w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> {escape(text)}</w:t></w:r></w:p></w:footnote>'
        for n, text in notes.items()
    )
    xml = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f'<w:footnotes xmlns:w="{_W}">'
        '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
        '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
        f"{body}</w:footnotes>"
    )
    part = Part(
        PackURI("/word/footnotes.xml"),
        "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
        xml.encode("utf-8"),
        doc.part.package,
    )
    doc.part.relate_to(part, RT.FOOTNOTES)


def _docx_runs(para, text: str) -> None:  # type: ignore[no-untyped-def]
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    for part in re.split(r"(\[\^\d+\]|\^\d+)", text):
        if part.startswith("[^"):  # a reference to a Word footnote
            run = para.add_run()
            run.font.superscript = True
            ref = OxmlElement("w:footnoteReference")
            ref.set(qn("w:id"), part[2:-1])
            run._r.append(ref)
        elif part.startswith("^"):
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
    bullet = ParagraphStyle("bullet", parent=body, leftIndent=16, bulletIndent=4, spaceAfter=2)
    detail = ParagraphStyle("detail", parent=body, leftIndent=16, fontSize=9, leading=12)
    cell = ParagraphStyle("cell", parent=body, fontSize=9, leading=12, spaceAfter=0)
    story = []
    rows: list[list[str]] = []

    def flush_table() -> None:
        if not rows:
            return
        from reportlab.platypus import Table, TableStyle

        data = [[Paragraph(c.replace("&", "&amp;"), cell) for c in r] for r in rows]
        table = Table(data, repeatRows=1)
        table.setStyle(
            TableStyle(
                [("GRID", (0, 0), (-1, -1), 0.5, "black"), ("VALIGN", (0, 0), (-1, -1), "TOP")]
            )
        )
        story.append(table)
        story.append(Spacer(1, 8))
        rows.clear()

    for line in _lines(spec):
        if line.startswith("|"):
            rows.append([c.strip() for c in line.strip().strip("|").split("|")])
            continue
        flush_table()
        text = re.sub(r"\^(\d+)", r"<super>\1</super>", line.replace("&", "&amp;"))
        text = re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", text) if line.startswith("- ") else text
        if line.startswith("- "):
            story.append(Paragraph(text[2:], bullet, bulletText="•"))
            continue
        if line.startswith("> "):
            story.append(Paragraph(text[2:], detail))
            continue
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
    flush_table()

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
    "blind4_radar_2025_11.pdf": "Example Advisory | Regulatory Radar | Data & Privacy",
    "blind4_standards_zh.pdf": "全国网络安全标准化技术委员会 · 通知公告",
}


def write_docs(
    specs: dict[str, str], headers: dict[str, str], names: list[str], docs: Path
) -> None:
    """Write the named documents of ``specs`` (all of them when no name is given) into ``docs``:
    DOCX by their name, PDF with the running header ``headers`` gives them. Every set's
    generator calls this, so that one set's documents are built the way another's are."""
    for name, spec in specs.items():
        if names and name not in names:
            continue
        path = docs / name
        if name.endswith(".docx"):
            build_docx(spec, path)
        else:
            build_pdf(spec, path, headers.get(name, "Example Law – China Data Update"))
        print(f"wrote {path}")


def main(names: list[str]) -> None:
    write_docs(SPECS, _HEADERS, names, DOCS)


if __name__ == "__main__":
    main(sys.argv[1:])
