# ruff: noqa: E501  (the specs are document text, one paragraph a line)
"""Build the DOCX and PDF documents of the tracker's blind set heldout13 from the specs below.

Written blind (without reading the tracker's code or running it on these documents) for issue
16, so that the set measures the tracker on publishers' styles it has not met: a conference
organiser's programme whose time-slotted sessions report developments among registration,
breaks, a sponsor's slot, a fireside chat and speaker bios (DOCX); a Hong Kong Legislative
Council panel paper in traditional Chinese (繁體) with numbered paragraphs, where only the
paragraphs under 最新發展 report developments (DOCX); a CLE provider's course outline whose
lettered entries (A., B.) under Roman-numbered parts report developments beside a framework
refresher, an ethics segment and credit details (PDF); and a court's 民事判决书, one judgment
from its caption to the clerk's signature (PDF). The spec syntax is ``make_docs.py``'s
(``# title``, ``## heading``, ``**bold** rest``, ``!! headline``, ``- entry``, ``| table |``);
this script reuses its DOCX and PDF builders. Run ``python tests/data/track/make_docs_blind13.py``
after editing a spec; the generated files are shipped in ``docs/`` so tests need neither
reportlab nor this script. Events are real where the documents do not say otherwise; some
events, names and figures are fictional, as each document's disclaimer line says.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_docs import DOCS, write_docs

AGENDA_EN_DOCX = """\
# China Data & Privacy Forum 2025 — Programme
Example Events Ltd · Jing An Conference Centre, Shanghai · Wednesday 10 December 2025 · Programme as at 1 December 2025
Illustrative sample written to test the piplkit tracker; the forum, its speakers and sponsor, the Shenzhen fine and the Shanghai judgment are fictional; the Cybersecurity Law amendments and the certification measures are real.
Sessions are held in English and Chinese with simultaneous interpretation. Times are China Standard Time.
## 08:30–09:00  Registration and coffee
Collect your badge at the ground-floor desk; bring photo ID.
## 09:00–09:15  Welcome remarks
Chair: Helen Example, Managing Editor, Example Events.
## 09:15–10:00  Session 1: The amended Cybersecurity Law
On 28 October 2025, the Standing Committee of the National People's Congress adopted the Decision on Amending the Cybersecurity Law; the amended law takes effect on 1 January 2026. Panellists compare the new fines with the old ones and discuss the new provisions on artificial intelligence.
Speakers: Li Example (Example Law Firm); Maria Sample (Example Bank).
## 10:00–10:45  Session 2: Certification for personal information exports
On 17 October 2025, the Cyberspace Administration of China (CAC) and the State Administration for Market Regulation (SAMR) issued the Measures for the Certification of Outbound Transfers of Personal Information, which apply from 1 January 2026. When is certification better than a standard contract?
Speakers: Zhang Example (Example Certification Centre); Tom Sample (Example Retail).
## 10:45–11:15  Networking break, sponsored by Example Cloud
Visit the Example Cloud stand to see its data-mapping tool and win a year's subscription.
## 11:15–12:00  Session 3: Case clinic — the Shenzhen ride-hailing fine
On 14 November 2025, the Shenzhen Municipal Internet Information Office fined a ride-hailing platform RMB 1.5 million for recording passengers' in-car audio without telling them, under the Personal Information Protection Law. Two practitioners walk through the decision.
Speakers: Chen Example (Example Advisory); Priya Sample (Example Mobility).
## 12:00–13:30  Lunch
## 13:30–14:15  Session 4: Courts and facial recognition
On 20 November 2025, the Shanghai No. 2 Intermediate People's Court upheld a ruling that a shopping mall's use of facial recognition to count returning visitors without consent infringed their personal information rights, and ordered the mall to delete the face data. What the judgment means for retailers.
Speaker: Judge (ret.) Wang Example.
## 14:15–15:00  Session 5: Fireside chat — building a privacy team in China
How to staff a privacy office under the Personal Information Protection Law, from the first hire to a regional team.
Speakers: Anna Sample (Example Pharma) in conversation with Helen Example.
## 15:00  Close of forum
## Speakers
Li Example is a partner at Example Law Firm, where he advises on data compliance. Maria Sample heads privacy at Example Bank's China branch. Zhang Example leads the certification practice of Example Certification Centre.
## Registration
Early-bird fee RMB 2,800 until 5 December 2025; RMB 3,500 after. The forum is accredited for 4.5 CPD points. Register at events.example.com/cdpf2025 or write to forum@example-events.com.
"""

LEGCO_ZHHK_DOCX = """\
立法會CB(4)1234/2025(03)號文件
# 立法會政制及內地事務委員會
## 個人資料保護的最新發展
本文件為測試 piplkit 編寫的示例，文件編號、條例草案、模範框架、調查個案、判決及日期均為虛構；《個人資料（私隱）條例》及其2021年的修訂是真實的。
## 目的
1. 本文件向委員匯報自上次於二零二五年七月向事務委員會匯報以來，香港個人資料保護的最新發展。
## 背景
2. 《個人資料（私隱）條例》（第486章）於一九九六年十二月二十日生效，其打擊「起底」行為的修訂於二零二一年十月八日生效。條例由個人資料私隱專員公署（私隱專員公署）負責執行。
## 最新發展
3. 二零二五年十一月四日，政制及內地事務局提交《2025年個人資料（私隱）（修訂）條例草案》，建議引入強制性資料外洩事故通報機制及行政罰款。條例草案已於二零二五年十一月十二日首讀。
4. 二零二五年十一月十八日，私隱專員公署發出《人工智能：個人資料保障模範框架（2025年修訂版）》，協助機構在採購及使用人工智能系統時保障個人資料。
5. 二零二五年十一月二十六日，私隱專員公署就一間連鎖零售商的會員資料外洩事故完成調查，裁定該公司違反保障資料第4原則，並向其送達執行通知，要求於六十日內採取補救措施。
6. 二零二五年十二月一日，區域法院裁定一名男子在未獲同意下披露前同事的個人資料罪名成立，違反《個人資料（私隱）條例》第64條，判處監禁八個月。
## 下一步工作
7. 條例草案委員會預計於二零二六年第一季完成審議，政府屆時會恢復條例草案的二讀辯論。私隱專員公署亦會於明年為中小企舉辦講座，介紹新的通報機制。
## 徵詢意見
8. 請委員備悉本文件的內容。
政制及內地事務局
個人資料私隱專員公署
二零二五年十二月
"""

COURSE_EN_PDF = """\
# China Data Law: 2025 Year-End Update — Course Outline
Example CLE Institute · Live webcast, Tuesday 9 December 2025, 12:00–13:30 HKT · Course code CDL-1225
Illustrative sample written to test the piplkit tracker; the institute, its faculty, the Jiangsu fine and the Chengdu judgment are fictional; the incident reporting measures, the labelling measures and the Personal Information Protection Law are real.
## Course description
A ninety-minute update for in-house counsel and private practitioners on what changed in Chinese data protection law in 2025, with a thirty-minute ethics segment on using AI tools in legal work.
## Faculty
Grace Example, Partner, Example & Partners (Hong Kong). David Sample, Regional Privacy Counsel, Example Logistics.
## I. Framework refresher (10 minutes)
A. The Personal Information Protection Law, in force since 1 November 2021: legal bases, separate consent and cross-border transfers.
B. The Regulations on Network Data Security Management, in force since 1 January 2025: important data and platform duties.
## II. New rules (30 minutes)
A. On 15 September 2025, the Cyberspace Administration of China (CAC) issued the National Cybersecurity Incident Reporting Management Measures, which took effect on 1 November 2025. We walk through who must report, to whom, and what a report contains.
B. On 14 March 2025, the CAC, MIIT, the Ministry of Public Security and the National Radio and Television Administration issued the Measures for Labelling AI-Generated and Synthetic Content, which took effect on 1 September 2025. Explicit and implicit labels are compared with examples.
## III. Enforcement and the courts (20 minutes)
A. On 12 November 2025, the Jiangsu Provincial Internet Information Office fined a recruitment platform RMB 900,000 for selling job seekers' CVs to training companies, under the Personal Information Protection Law. The platform's chief operating officer was fined RMB 50,000.
B. On 21 November 2025, the Chengdu Intermediate People's Court held that a property manager's sharing of residents' vehicle records with a parking app operator required the residents' separate consent, and awarded damages of RMB 10,000 to each of the three claimants.
## IV. Ethics segment (30 minutes)
A. Competence and confidentiality when lawyers use generative AI tools: what to tell clients, what never to upload.
B. Supervising junior lawyers and vendors who use AI tools.
## CLE credit
This course is accredited for 1.5 CLE hours, including 0.5 ethics hours. To receive credit, attend the full webcast and submit the evaluation form within 7 days. Certificates are e-mailed within 30 days.
## Materials
Slides and a table of the instruments discussed are sent to registrants on the morning of the course. Questions: cle@example-institute.org.
"""

PANJUE_ZH_PDF = """\
# 北京示例区人民法院民事判决书
（2025）京0000民初12345号
本判决书为测试 piplkit 编写的示例，法院、案号、当事人、事实与金额均为虚构。
原告：李某，女，1990年出生，住北京市示例区。
被告：北京示例健康科技有限公司，住所地北京市示例区示例路1号。
法定代表人：张某，该公司执行董事。
原告李某与被告北京示例健康科技有限公司个人信息保护纠纷一案，本院于2025年6月9日立案后，依法适用普通程序，公开开庭进行了审理。本案现已审理终结。
李某向本院提出诉讼请求：1.判令被告停止向第三方提供原告的健康信息并删除已提供的信息；2.判令被告赔偿原告损失20000元。事实和理由：原告使用被告运营的“示例健康”App记录孕期信息，被告未经原告单独同意，将上述信息提供给母婴用品商家用于营销。
被告辩称，原告在注册时已同意隐私政策，被告的提供行为有合法依据。
本院经审理认定事实如下：被告在隐私政策中以概括方式告知可能与合作伙伴共享信息，未就向商家提供孕期信息取得原告的单独同意。
本院认为，孕期信息属于医疗健康信息，是敏感个人信息。依照《中华人民共和国个人信息保护法》第二十三条、第二十九条的规定，个人信息处理者向其他个人信息处理者提供敏感个人信息，应当取得个人的单独同意。被告仅以隐私政策概括告知，不构成单独同意，其行为侵害了原告的个人信息权益。
依照《中华人民共和国个人信息保护法》第二十三条、第二十九条、第六十九条，《中华人民共和国民法典》第一千零三十五条之规定，判决如下：
一、被告北京示例健康科技有限公司于本判决生效之日起十日内删除已向第三方提供的原告孕期信息，并停止提供；
二、被告北京示例健康科技有限公司于本判决生效之日起十日内赔偿原告李某损失5000元；
三、驳回原告李某的其他诉讼请求。
案件受理费100元，由被告负担。
如不服本判决，可以在判决书送达之日起十五日内，向本院递交上诉状，并按对方当事人的人数提出副本，上诉于北京市第四中级人民法院。
审判长　赵某
审判员　钱某
人民陪审员　孙某
二〇二五年十一月二十日
书记员　周某
"""

SPECS = {
    "blind13_agenda_en_2025_12.docx": AGENDA_EN_DOCX,
    "blind13_legco_zhhk_2025_12.docx": LEGCO_ZHHK_DOCX,
    "blind13_course_en_2025_12.pdf": COURSE_EN_PDF,
    "blind13_panjue_zh_2025_11.pdf": PANJUE_ZH_PDF,
}
_HEADERS = {
    "blind13_course_en_2025_12.pdf": "Example CLE Institute · CDL-1225 · Course materials",
    "blind13_panjue_zh_2025_11.pdf": "北京示例区人民法院",
}


def main(names: list[str]) -> None:
    """Write the named documents (all of them when no name is given) into ``docs/``."""
    write_docs(SPECS, _HEADERS, names, DOCS)


if __name__ == "__main__":
    main(sys.argv[1:])
