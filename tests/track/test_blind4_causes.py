# ruff: noqa: E501  (the documents below are document text, one paragraph a line)
"""Causes found by the fourth held-out set (heldout4), each fixed by a rule for any publisher:
date-only headings, "Read more" links, memo headers, English Q&A pages, breadcrumbs and
previous/next links, dated bylines, article pages with subheadings, instrument names (article
references, standard numbers, "amended", order numbers, a short name given in full later),
PDF bullets with a bold run-in, status lines without a date of effect, case tables, fines after
confiscated gains, commentary headings, outline ranks, PDF tables and notices that list the
instruments they issue in a table."""

from __future__ import annotations

from piplkit.track import ingest, parse_document, read_binary, read_pdfium
from piplkit.track.cues import outranks
from piplkit.track.instruments import extract
from piplkit.track.kinds import classify
from piplkit.track.layout import boilerplate, is_date_heading, label_line
from piplkit.track.model import Block
from piplkit.track.penalties import penalty_cny
from piplkit.track.read_pdftable import find_tables, join_lines

from .conftest import DOCS

WEEKLY = """# Data Weekly — 10–14 November 2025

## Regulation

### Monday, 10 November

The Cyberspace Administration of China (CAC) released the Provisions on Data Export (Draft for Comments) and invited comments until 10 December.

[Read more →](https://example.com/2025/11/10/draft)

### Thursday, 13 November

TC260 announced that the national standard on data trading services had been approved.

[Read more →](https://example.com/2025/11/13/standard)
"""


def test_date_heading_dates_the_paragraph_under_it_and_is_not_its_headline() -> None:
    _, devs = ingest(WEEKLY, "w.md")
    assert [d.title[:20] for d in devs] == ["The Cyberspace Admin", "TC260 announced that"]
    assert [d.date for d in devs] == ["2025-11-10", "2025-11-13"]  # not "until 10 December"
    assert is_date_heading(Block("11月10日（周一）", heading=3))
    assert not is_date_heading(Block("CAC fines app on 10 November", heading=3))


def test_read_more_link_under_an_item_is_its_source() -> None:
    _, devs = ingest(WEEKLY, "w.md")
    assert devs[0].sources == ["https://example.com/2025/11/10/draft"]


def test_memo_header_lines_are_metadata_not_items() -> None:
    text = (
        "# MEMORANDUM\n\nTo: Data Protection Officer\n\nFrom: Legal Department\n\n"
        "Date: 22 September 2025\n\nRe: Two regulatory developments for our programme\n\n"
        "On 15 September, the Cyberspace Administration of China issued the Measures for "
        "Incident Reporting, which take effect on 1 November 2025.\n\n"
        "On 19 September, the Shanghai Municipal Internet Information Office fined a retailer "
        "RMB 300,000 for transferring personal information abroad without an assessment.\n"
    )
    _, devs = ingest(text, "m.md")
    assert [d.title[:15] for d in devs] == ["On 15 September", "On 19 September"]
    assert label_line(Block("Re: Two developments")) == ("header", "Two developments")


FAQ = """[Home](https://x.org/) › [Standards](https://x.org/s/) › [Interpretation](https://x.org/i/)

# Questions and Answers on the Release of the National Standard "Data Security Technology — Rules for Data Classification and Grading"

On March 15, the State Administration for Market Regulation released the national standard GB/T 43697-2024 Data Security Technology — Rules for Data Classification and Grading, which will take effect on October 1, 2024.

### Q1. Why was the standard developed?

**A.** Article 21 of the Data Security Law requires a graded data protection system.

### Q2. What grades does the standard define?

**A.** Data is graded as core data, important data and general data.

[Back to top](#) · [Previous: Incident grading](https://x.org/prev) · [Next: Practice guides](https://x.org/next)
"""


def test_english_qa_page_is_one_development_without_navigation_links() -> None:
    doc, devs = ingest(FAQ, "faq.md")
    assert doc.structure == "notice" and len(devs) == 1
    assert devs[0].title.startswith("Questions and Answers")
    assert devs[0].sources == []  # breadcrumbs and previous/next links are not sources
    names = [m.name for m in devs[0].instruments]
    assert "Data Security Technology — Rules for Data Classification and Grading" in names


def test_breadcrumbs_previous_next_and_dated_bylines_are_boilerplate() -> None:
    assert boilerplate("Home › Standards › Interpretation") == "navigation"
    assert boilerplate("Back to top · Previous: Incident grading · Next: Guides") == "navigation"
    assert boilerplate("Posted on September 26, 2025 by Li Wei and Anna Schmidt") == "authors"
    assert boilerplate("Published 28 November 2025 by the Risk Advisory team") == "authors"
    assert boilerplate("On 28 November 2025 the CAC published rules by which firms report.") is None
    # a development that opens with "Published … by" a public body is not a byline
    assert boilerplate("Published on 3 May 2025 by the CAC, the Measures require reports.") is None


def test_instrument_names_lose_article_references_numbers_and_order_numbers() -> None:
    found, _ = extract(
        "Relying on Article 73 of the Personal Information Protection Law, the court ruled.", None
    )
    assert [m.name for m in found] == ["Personal Information Protection Law"]
    found, _ = extract("SAMR released GB/T 43697-2024 Data Security Technology — Rules.", None)
    assert [m.name for m in found] == ["Data Security Technology — Rules"]
    found, _ = extract(
        "国务院公布《网络数据安全管理条例》（国务院令第790号），自2025年1月1日起施行。", None
    )
    assert [m.name for m in found] == ["网络数据安全管理条例"]


def test_a_short_title_named_in_full_later_is_one_instrument() -> None:
    found, _ = extract(
        "Amended Cybersecurity Law adopted. On 28 October, the NPC Standing Committee adopted "
        "amendments to the Cybersecurity Law of the People's Republic of China.",
        None,
    )
    assert [m.name for m in found] == ["Cybersecurity Law of the People's Republic of China"]


BLOG = """<html><head><title>Court: hashed location data is personal information | Blog</title></head>
<body><main><article>
<h1>Court: hashed location data is personal information</h1>
<p>Posted on September 26, 2025 by Li Wei</p>
<p>On September 26, 2025, the Beijing Internet Court held that a data broker unlawfully processed personal information when it sold device-level location trails to advertisers.</p>
<p>The claimant sued in March 2024 after an agency showed her a sample of her own commute.</p>
<h2>What the court decided</h2>
<p>Relying on Article 73 of the Personal Information Protection Law, the court found that a stable hashed identifier still singles out one person, and ordered the broker to delete the data.</p>
<h2>Why it matters</h2>
<p>Many adtech businesses rely on hashing to treat data as anonymous; they should not.</p>
</article></main></body></html>"""


def test_article_page_subheadings_continue_its_one_story() -> None:
    _, devs = ingest(BLOG, "blog.html")
    assert len(devs) == 1
    assert devs[0].title == "Court: hashed location data is personal information"
    assert devs[0].date == "2025-09-26" and devs[0].kind == "judicial"


def test_pdf_bullet_with_bold_run_in_is_a_headline_and_its_body() -> None:
    doc = parse_document((DOCS / "blind4_radar_2025_11.pdf").read_bytes(), "r.pdf")
    titles = [item.title for item in doc.items]
    assert "Consumer-finance platform fined." in titles
    assert "Shanghai" not in titles  # a region heading over run-in entries is a section
    fined = next(i for i in doc.items if i.title == "Consumer-finance platform fined.")
    assert fined.section == "Shanghai" and fined.body[0].startswith("On 6 Nov.")


def test_status_line_without_a_date_of_effect_gives_no_stage() -> None:
    text = (
        "# Radar — November 2025\n\n## Enforcement\n\n"
        "- **Platform fined.** On 6 Nov., the Shanghai Municipal Internet Information Office "
        "fined a platform RMB 1.2 million in breach of the Personal Information Protection Law.\n\n"
        "  Status: Penalty decision | Effective: n/a\n"
    )
    _, devs = ingest(text, "r.md")
    assert [(m.name, m.stage) for m in devs[0].instruments] == [
        ("Personal Information Protection Law", "other")
    ]


CASES = """网络执法简报（2025年第3期）

江苏省互联网信息办公室 2025年10月15日

2025年第三季度，全省网信部门依法查处案件2起，现将有关案件情况公布如下：

| 序号 | 日期 | 执法机关 | 案件 | 处罚决定 |
|---|---|---|---|---|
| 1 | 2025年8月12日 | 南京市互联网信息办公室 | 某教育培训机构违法处理未成年人个人信息案 | 依据《中华人民共和国个人信息保护法》第六十六条，责令改正，没收违法所得12万元，并处罚款30万元。 |
| 2 | 9月26日 | 江苏省通信管理局 | 某汽车企业违规处理车外人脸信息案 | 依据《汽车数据安全管理若干规定（试行）》，对该企业处罚款20万元。 |
"""


def test_case_table_rows_take_their_text_from_the_decision_column() -> None:
    _, devs = ingest(CASES, "c.md")
    assert [d.title for d in devs] == [
        "某教育培训机构违法处理未成年人个人信息案",
        "某汽车企业违规处理车外人脸信息案",
    ]
    assert [d.kind for d in devs] == ["enforcement", "enforcement"]
    assert [d.penalty_cny for d in devs] == [300000, 200000]
    assert [m.name for m in devs[0].instruments] == ["中华人民共和国个人信息保护法"]


def test_fine_after_confiscated_gains_counts_but_the_gains_do_not() -> None:
    assert penalty_cny("责令改正，没收违法所得12万元，并处罚款30万元。") == 300000
    assert (
        penalty_cny("It confiscated illegal gains of RMB 50,000 and fined it RMB 80,000.") == 80000
    )


TABLE_PAGE = """<html><head><title>数据合规观察</title></head><body><main><article>
<h1>数据合规观察（2025年6月刊）</h1>
<h2>监管动态一览</h2>
<table><tr><th>日期</th><th>机构</th><th>文件</th><th>要点</th></tr>
<tr><td>5月16日</td><td>中国人民银行</td><td>《中国人民银行业务领域数据安全管理办法》</td><td>明确数据分类分级要求，自2025年6月30日起施行。</td></tr>
<tr><td>6月24日</td><td>杭州互联网法院</td><td>某平台爬取用户公开信息侵权案判决</td><td>法院认定平台侵害个人信息权益，判令赔偿损失5万元。</td></tr>
</table>
<h2>律师点评</h2>
<p>从本月动态看，监管重心正从规则制定转向执行落地，建议企业及时更新个人信息处理规则。</p>
</article></main></body></html>"""


def test_table_page_authority_column_effective_date_and_commentary() -> None:
    doc, devs = ingest(TABLE_PAGE, "t.html")
    assert len(devs) == 2  # 律师点评 with no item above it is commentary
    assert devs[0].authorities == ["PBOC"] and devs[1].authorities == ["杭州互联网法院"]
    first = devs[0].instruments[0]
    assert (first.stage, first.effective_date) == ("adopted", "2025-06-30")
    assert any(s.reason.startswith("the publisher's commentary") for s in doc.skipped)


def test_higher_outline_number_opens_a_section_among_numbered_entries() -> None:
    assert outranks("zh1", "zh2") and not outranks("zh2", "zh1") and not outranks("bullet", "zh2")
    text = (
        "数据合规政策汇编（2024年度）\n\n一、法律法规\n\n（一）国务院公布《网络数据安全管理条例》\n"
        "2024年9月30日，国务院公布《网络数据安全管理条例》，自2025年1月1日起施行。\n\n"
        "四、执法与司法\n\n（一）公安部公布打击侵犯公民个人信息犯罪典型案例\n"
        "2024年7月，公安部公布10起打击侵犯公民个人信息犯罪典型案例，涉及非法获取快递面单信息。\n"
    )
    _, devs = ingest(text, "h.txt")
    assert [d.section for d in devs] == ["法律法规", "执法与司法"]
    assert devs[1].kind == "enforcement"
    assert classify("公安部公布打击侵犯公民个人信息犯罪典型案例", "", None) == "enforcement"


def test_pdf_table_cells_are_rebuilt_from_run_positions_in_both_readers() -> None:
    data = (DOCS / "blind4_standards_zh.pdf").read_bytes()
    for lines, _ in (
        read_binary._pdfium_lines(read_pdfium, data, "s.pdf"),
        read_binary._pypdf_lines(data, "s.pdf"),
    ):
        tables = find_tables(lines, join_lines)
        assert len(tables) == 1
        rows = tables[0][2]
        assert rows[0] == ["序号", "标准编号", "标准名称", "代替标准号", "实施日期"]
        assert rows[1][1:3] == ["GB/T 45574—2025", "数据安全技术 敏感个人信息处理安全要求"]
        assert rows[4][3:] == ["GB/T 20988—2007", "2026-05-01"]


def test_notice_listing_its_instruments_in_a_table_gives_each_with_its_date_of_effect() -> None:
    _, devs = ingest((DOCS / "blind4_standards_zh.pdf").read_bytes(), "s.pdf")
    assert len(devs) == 1
    got = {m.name.replace(" ", ""): (m.stage, m.effective_date) for m in devs[0].instruments}
    assert got["网络安全技术信息系统灾难恢复规范"] == ("adopted", "2026-05-01")
    assert got["数据安全技术敏感个人信息处理安全要求"] == ("adopted", "2025-11-01")
    assert len(got) == 4  # the replaced standard, given by its number only, is not one
