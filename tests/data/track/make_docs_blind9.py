# ruff: noqa: E501  (the specs are document text, one paragraph a line)
"""Build the DOCX and PDF documents of the tracker's blind set heldout9 from the specs below.

Written blind (without reading the tracker's code or running it on these documents) for issue
16, so that the set measures the tracker on publishers' styles it has not met: a provincial
regulator's annual work report section (工作总结), a Japanese law firm's English client alert on
China rules with "I." / "1." / "(1)" numbering, and a Hong Kong firm's traditional-Chinese (繁體)
monthly on mainland rules. The spec syntax is ``make_docs.py``'s (``# title``, ``## heading``,
``**bold** rest``, ``- entry``, ``| table |``, ``^N`` superscripts); this script reuses its DOCX
and PDF builders. Run ``python tests/data/track/make_docs_blind9.py`` after editing a spec; the
generated files are shipped in ``docs/`` so tests need neither reportlab nor this script. Events
are real where the documents do not say otherwise; some events, names and figures are
fictional, as each document's disclaimer line says.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_docs import DOCS, write_docs

GONGZUO_ZH_PDF = """\
# 四川省互联网信息办公室2025年工作总结和2026年工作安排（节选）
2025年12月18日
本文为测试 piplkit 编写的示例，文中的文件、案件、数字与机构表述均为虚构。
## 一、2025年工作总结
2025年，我办坚持依法管网治网，统筹发展和安全，网络数据安全和个人信息保护工作取得新进展。现将主要工作总结如下。
## （一）健全制度规范
3月，我办会同四川省数据局出台《四川省网络数据分类分级管理实施细则》，自2025年4月1日起施行，明确了重要数据目录的报送程序。
6月，四川省人大常委会表决通过《四川省个人信息保护若干规定》，自2025年10月1日起施行，这是我省首部个人信息保护地方性法规。
## （二）强化执法监督
全年共查处网络数据安全和个人信息保护违法案件46起，罚没款合计312万元，约谈企业89家。
8月，我办依据《中华人民共和国数据安全法》对成都某科技有限公司未履行数据安全保护义务一案作出行政处罚，对该公司罚款50万元，对直接负责的主管人员罚款5万元。
9月，我办开展“清朗·蜀网”个人信息保护专项行动，约谈平台企业12家，下架违规App 37款。
## （三）推进标准与服务
11月5日，我办发布《四川省个人信息保护合规审计工作指引》，自发布之日起施行，为企业开展合规审计提供操作指引。
全年举办数据安全培训班8期，培训企业合规人员1600余人次。
## 二、2026年工作安排
一是推动出台《四川省网络数据安全管理办法》，完善地方配套制度。
二是继续开展个人信息保护专项执法，重点整治App违规收集使用个人信息问题。
三是加强网络安全事件报告工作，落实《国家网络安全事件报告管理办法》要求。
（联系人：省网信办政策法规处　电话：028-00000000）
"""

JPALERT_EN_DOCX = """\
# China Legal Update — November 2025
Example Sogo Law Office (エグザンプル総合法律事務所) · China Practice Group · 25 November 2025
Illustrative sample written to test the piplkit tracker; the Suzhou case, the draft MIIT rules, the firm and its lawyers are fictional; the other events are real.
This newsletter is also available in Japanese (日本語版はこちら).
## I. Legislative Developments
**1. Promulgation of the Measures for Certification of Cross-Border Transfer of Personal Information (个人信息出境认证办法)**
On October 17, 2025, the Cyberspace Administration of China (CAC) and the State Administration for Market Regulation (SAMR) jointly promulgated the Measures for Certification of Cross-Border Transfer of Personal Information, which will take effect on January 1, 2026. The Measures set out the conditions under which a personal information handler may transfer personal information abroad on the basis of certification.
**2. Amendment of the Cybersecurity Law (网络安全法)**
On October 28, 2025, the Standing Committee of the National People's Congress adopted the Decision on Amending the Cybersecurity Law. The amended Cybersecurity Law will take effect on January 1, 2026 and substantially increases the maximum administrative fines.
**3. Publication of Draft Rules on Automotive Data Export for Public Comment**
On November 12, 2025, the Ministry of Industry and Information Technology (MIIT) published the Guidelines on Security of Automotive Data Export (Draft for Comments) for public comment. Comments may be submitted until December 12, 2025.
## II. Enforcement Developments
**4. Administrative Penalty against a Japanese-Affiliated Manufacturer in Suzhou**
On November 10, 2025, the Suzhou Municipal Internet Information Office imposed a fine of RMB 200,000 on the Suzhou subsidiary of a Japanese manufacturer for transferring its employees' personal information to its Tokyo headquarters without separate consent, in violation of the Personal Information Protection Law.
## III. Points to Note for Japanese Companies
**(1) Choice of transfer mechanism**
Japanese companies that transfer employee data to their headquarters should review whether the standard contract, certification or security assessment applies to them before January 1, 2026.
**(2) Group-wide certification**
Under the new Measures, a Chinese subsidiary may apply for certification on behalf of the group; we recommend starting preparations early.
## Contact
For inquiries, please contact Taro Yamada (t.yamada@example-sogo.jp) or Li Wei (l.wei@example-sogo.jp), Example Sogo Law Office, Tokyo and Shanghai.
This newsletter is provided for general information only and does not constitute legal advice.
"""

HK_ZHTW_DOCX = """\
# 內地數據法規月報（2025年11月號）
示例律師事務所（香港）　數據及私隱業務組　2025年11月28日
本月報為測試 piplkit 編寫的示例：廣東省通信管理局的通報、前海法院的判決及本所資料均為虛構，其餘事件屬實。
## 本期目錄
全國人大常委會通過修改《網絡安全法》的決定
國家網信辦、市場監管總局公佈《個人信息出境認證辦法》
《國家網絡安全事件報告管理辦法》正式施行
廣東省通信管理局通報15款侵害用戶權益App
前海法院審結一宗跨境傳輸個人信息糾紛
## 編者的話
香港企業在內地的業務日益依賴數據流動。本期整理了十月下旬至十一月的內地數據法規動態，供客戶參考。
## 立法動態
**全國人大常委會通過修改《網絡安全法》的決定**
10月28日，全國人大常委會表決通過關於修改《中華人民共和國網絡安全法》的決定，修改後的法律自2026年1月1日起施行。修改提高了違法行為的罰款上限。
**國家網信辦、市場監管總局公佈《個人信息出境認證辦法》**
10月17日，國家互聯網信息辦公室、國家市場監督管理總局聯合公佈《個人信息出境認證辦法》，自2026年1月1日起施行。香港企業向內地關聯公司傳輸個人信息時，可考慮以認證方式合規。
**《國家網絡安全事件報告管理辦法》正式施行**
11月1日，國家互聯網信息辦公室於9月15日公佈的《國家網絡安全事件報告管理辦法》正式施行，網絡運營者發生較大以上網絡安全事件的，應當在4小時內報告。
## 執法及司法動態
**廣東省通信管理局通報15款侵害用戶權益App**
11月12日，廣東省通信管理局通報15款存在違規收集個人信息、頻繁自啟動等問題的App，要求其在10個工作日內完成整改。
**前海法院審結一宗跨境傳輸個人信息糾紛**
11月20日，深圳前海合作區人民法院就一宗香港居民起訴內地電商平台的案件作出一審判決，認定平台未經單獨同意向境外合作方提供原告的個人信息，違反《中華人民共和國個人信息保護法》，判令平台賠禮道歉並賠償原告損失人民幣1萬元。
## 本所動態
本所合夥人陳嘉欣律師將於12月10日在香港主持「內地數據出境新規」研討會，歡迎客戶報名。
## 聯絡我們
香港中環示例大廈18樓　電話：+852 0000 0000　電郵：dataprivacy@example-hk.com
免責聲明：本月報僅供一般參考，並不構成法律意見。English version available on request.
"""

SPECS = {
    "blind9_gongzuo_zh_2025_12.pdf": GONGZUO_ZH_PDF,
    "blind9_jpalert_en_2025_11.docx": JPALERT_EN_DOCX,
    "blind9_hk_zhtw_2025_11.docx": HK_ZHTW_DOCX,
}

_HEADERS = {
    "blind9_gongzuo_zh_2025_12.pdf": "四川省互联网信息办公室 · 工作总结",
}


def main(names: list[str]) -> None:
    """Write the named documents (all of them when no name is given) into ``docs/``."""
    write_docs(SPECS, _HEADERS, names, DOCS)


if __name__ == "__main__":
    main(sys.argv[1:])
