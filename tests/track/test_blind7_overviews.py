# ruff: noqa: E501  (the documents below are document text, one paragraph a line)
"""heldout7 causes about paragraphs that read like news but are none, and about an enforcement
kind, each fixed by a rule for any publisher and tested on other wordings than the blind set's:

- a paragraph that counts the issue's own entries ("本期共梳理国家标准动态4条", "This issue
  covers three developments: …") describes the document;
- an overview of a period's totals that closes by announcing the cases below it ("具体情况如下：",
  "The main cases are summarised below.") is an introduction, not a development;
- a regulator opening a case (立案调查) or giving a warning (警告) is enforcement, though 案
  alone leans judicial.

Each has a control: the near miss that stays as it was.
"""

from __future__ import annotations

from piplkit.track import ingest, kinds

OVERVIEW_PAGE = """<html><body><div class="main">
<h1>杭州市网信办通报近期网络数据安全执法案例</h1>
<p>信息来源：杭州市互联网信息办公室 | 更新日期：2025-08-20</p>
<p>近期，我办持续加大网络数据安全执法力度，共查处违法违规案件12件，具体情况如下：</p>
<p>7月30日，我办对杭州某网络科技有限公司未履行数据安全保护义务的行为立案调查，依法给予警告。</p>
<p>8月8日，我办对某直播平台运营公司作出行政处罚决定，处罚款5万元。</p>
</div></body></html>"""


def test_overview_announcing_the_cases_is_no_item() -> None:
    _, devs = ingest(OVERVIEW_PAGE, "page.html")
    assert [d.date for d in devs] == ["2025-07-30", "2025-08-08"]


REVIEW_MD = """# Regional enforcement review, October 2025

Published: 31 October 2025

So far this year the Zhejiang Communications Administration has closed 40 cases and fined operators RMB 3 million in total. The main cases are summarised below.

On 9 October 2025, the Zhejiang Communications Administration fined a SIM card reseller RMB 200,000.

On 21 October 2025, the Zhejiang Communications Administration fined an app developer RMB 50,000.
"""


def test_english_overview_announcing_the_cases_is_no_item() -> None:
    _, devs = ingest(REVIEW_MD, "review.md")
    assert [d.penalty_cny for d in devs] == [200000, 50000]


CONTENTS_HTML = """<html><body><div class="main">
<h1>数据安全国家标准月报（2025年9月）</h1>
<p>本期共梳理国家标准动态3条，其中国家市场监督管理总局发布2项、征求意见1项。</p>
<p>9月5日，国家市场监督管理总局、国家标准化管理委员会发布《网络安全技术 个人信息去标识化效果评估指南》，自2026年4月1日起实施。</p>
<p>9月12日，市场监管总局批准发布强制性国家标准《数据安全技术 数据出境安全评估要求》，将于2027年1月1日起实施。</p>
<p>9月19日，全国网络安全标准化技术委员会发布《网络安全技术 智能网联汽车数据处理安全规范（征求意见稿）》，公开征求意见。</p>
</div></body></html>"""


def test_count_of_the_issues_entries_is_no_item() -> None:
    _, devs = ingest(CONTENTS_HTML, "monthly.html")
    assert [d.date for d in devs] == ["2025-09-05", "2025-09-12", "2025-09-19"]


def test_overview_rules_on_their_own() -> None:
    from piplkit.track import overview  # new with these rules

    assert overview.counts_contents("本月共收录网络安全领域国家标准动态6项：即将实施2项。")
    assert overview.counts_contents(
        "This issue covers three developments: the CAC's new labelling rule, a fine and a ruling."
    )
    assert overview.announces_cases("今年以来，全省共立案查处案件40件。现将典型案例通报如下。")
    assert overview.announces_cases(
        "截至10月31日，全省共立案查处案件40件，现将部分案件情况通报如下："
    )
    # controls: a dated development that ends by introducing its points, and a count of a
    # regulator's actions (which can be a development of its own), are no overviews
    assert not overview.announces_cases(
        "9月5日，国家网信办印发《网络数据标注规定》，主要内容如下："
    )
    assert not overview.describes_document("今年以来，全市网信部门共约谈网站平台32家。")
    assert not overview.describes_document(
        "On 3 May 2025, the CAC issued the Measures. Their key points are as follows:"
    )
    assert not overview.describes_document(
        "The CAC on 3 May issued the Measures. Their key points are as follows:"
    )


#: control: a paragraph that opens with its date and ends by announcing what follows stays an item
POINTS_MD = """# Data rules digest — May 2025

On 3 May 2025, the CAC issued the Measures on Personal Information Audits, effective 1 August 2025. Their key obligations are summarised below.

On 9 May 2025, the Shanghai Municipal Public Security Bureau fined a courier company RMB 80,000.
"""


def test_dated_paragraph_announcing_its_points_stays_an_item() -> None:
    _, devs = ingest(POINTS_MD, "digest.md")
    assert [d.date for d in devs] == ["2025-05-03", "2025-05-09"]


def test_opening_a_case_and_a_warning_are_enforcement() -> None:
    assert (
        kinds.classify(
            "8月3日，某区市场监管局对某物业公司强制业主录入人脸信息的行为立案调查。",
            "该公司已删除人脸信息，我局依法对其予以警告。",
            None,
        )
        == "enforcement"
    )
    # control: a court docketing a case stays judicial
    assert (
        kinds.classify("某区人民法院对某公司侵害个人信息纠纷一案立案受理。", "", None) == "judicial"
    )
