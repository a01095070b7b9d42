# ruff: noqa: E501  (the specs are document text, one paragraph a line)
"""Build the DOCX and PDF documents of the tracker's blind set heldout11 from the specs below.

Written blind (without reading the tracker's code or running it on these documents) for issue
16, so that the set measures the tracker on publishers' styles it has not met: a German law
firm's English client alert (PDF) with a German dateline and bold run-in headlines between a
"Practical Recommendations" section and an "Ihre Ansprechpartner" contact block, and a Hong Kong
chamber of commerce's traditional-Chinese policy brief (DOCX) whose policy review items sit
between its position paper digest and its events. The spec syntax is ``make_docs.py``'s (``#
title``, ``## heading``, ``**bold** rest``, ``- entry``, ``| table |``); this script reuses its
DOCX and PDF builders. Run ``python tests/data/track/make_docs_blind11.py`` after editing a spec;
the generated files are shipped in ``docs/`` so tests need neither reportlab nor this script.
Events are real where the documents do not say otherwise; some events, names and figures are
fictional, as each document's disclaimer line says.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_docs import DOCS, write_docs

DEALERT_EN_PDF = """\
# Client Alert | Data Protection China
Müller Vogt Rechtsanwälte PartG mbB · Frankfurt am Main, 4. Dezember 2025
Illustrative sample written to test the piplkit tracker; the Suzhou fine, the Lin-gang list, the Shanghai judgment, the firm and its lawyers are fictional; the other events are real.
## Legislation
**Cybersecurity Law Amended.** On 28 October 2025, the Standing Committee of the National People's Congress adopted the Decision on Amending the Cybersecurity Law. The amended Cybersecurity Law will take effect on 1 January 2026.
**Certification Route for Data Exports.** On 17 October 2025, the Cyberspace Administration of China (CAC) and the State Administration for Market Regulation (SAMR) issued the Measures for the Certification of Outbound Transfers of Personal Information, which take effect on 1 January 2026.
**Lin-gang Updates Its Automotive Data Export List.** On 21 November 2025, the Administration of the Lin-gang Special Area published the Data Export Negative List for the Automotive Sector (2025 Revision), which took effect on the same day.
## Enforcement and Courts
**Suzhou Fines German Automotive Supplier.** On 19 November 2025, the Suzhou Municipal Cyberspace Administration fined a German-invested automotive supplier RMB 1.2 million for exporting vehicle test data without a security assessment, under the Data Security Law.
**Shanghai Court Awards Damages for Data Breach.** On 25 November 2025, the Shanghai No. 1 Intermediate People's Court ordered a hotel group to pay a guest RMB 50,000 in damages for a breach of her booking data, under the Personal Information Protection Law.
## Practical Recommendations
**Review Transfer Mechanisms.** German groups should decide before 1 January 2026 whether certification suits their intra-group transfers.
**Update Incident Response Plans.** The amended Cybersecurity Law raises fines; check reporting lines to the CAC.
## Ihre Ansprechpartner
Dr. Anna Beispiel, Partnerin, Frankfurt (anna.beispiel@example.de, +49 69 0000 000)
Impressum: Müller Vogt Rechtsanwälte PartG mbB. This alert does not constitute legal advice.
"""

CHAMBER_ZHTW_DOCX = """\
# 香港示例商會 數據合規政策簡報（2025年12月號）
香港示例商會 數據及科技委員會 編　出版日期：2025年12月5日
本簡報為測試 piplkit 編寫的示例；大灣區指引的更新、私隱專員公署的指引及本會均為虛構，其餘事件屬實。
## 一、本會立場書摘要
本會於11月向有關部門提交立場書，建議簡化大灣區個人信息跨境流動的備案手續，並為中小企提供《個人信息出境認證辦法》的申請指南。
## 二、政策回顧
**內地修改《網絡安全法》**
2025年10月28日，全國人大常委會通過關於修改《網絡安全法》的決定，修改後的《網絡安全法》自2026年1月1日起施行。
**《個人信息出境認證辦法》出台**
10月17日，國家網信辦、國家市場監管總局公布《個人信息出境認證辦法》，自2026年1月1日起施行。
**大灣區標準合同實施指引更新**
11月20日，國家網信辦與香港特區政府創新科技及工業局更新《粵港澳大灣區（內地、香港）個人信息跨境流動標準合同實施指引》，自即日起施行。
**私隱專員公署發布工作間監察指引**
11月27日，個人資料私隱專員公署發布《工作間監察個人資料指引》，供僱主參考。
## 三、會員活動
網上研討會：「個人信息出境認證實務」，2026年1月8日下午3時，歡迎會員報名。
## 秘書處聯絡
電話：+852 0000 0000　電郵：policy@example.hk
免責聲明：本簡報僅供會員參考，不構成法律意見。
"""

SPECS = {
    "blind11_dealert_en_2025_12.pdf": DEALERT_EN_PDF,
    "blind11_chamber_zhtw_2025_12.docx": CHAMBER_ZHTW_DOCX,
}
_HEADERS = {"blind11_dealert_en_2025_12.pdf": "Müller Vogt · Client Alert"}


def main(names: list[str]) -> None:
    """Write the named documents (all of them when no name is given) into ``docs/``."""
    write_docs(SPECS, _HEADERS, names, DOCS)


if __name__ == "__main__":
    main(sys.argv[1:])
