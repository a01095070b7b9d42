# ruff: noqa: E501
"""heldout13 (fix16z): numbered headings that each head one report are headlines, not parts;
the author's closing words and the readers' comments are no developments.

The documents are written for these tests (a Markdown blog post with "### 1) …" headings and an
HTML forum answer with "（一）" headings), not copied from the blind set's Q&A answer."""

from __future__ import annotations

from piplkit.track.extract import ingest

_POST = """# What changed for app makers this autumn

Posted by a product counsel, 6 December 2025

Five things I would put in front of any product team.

### 1) A second road for data leaving the country

On 17 October 2025, the Cyberspace Administration of China and the State Administration for Market Regulation published the Measures for the Certification of Personal Information Exports, effective 1 January 2026.

### 2) One rulebook for incident reports

On 15 September 2025, the Cyberspace Administration of China published the National Cybersecurity Incident Reporting Management Measures, effective 1 November 2025.

### 3) A bookkeeping app pays the price

On 20 November 2025, the Zhejiang Internet Information Office fined the operator of a bookkeeping app RMB 2 million for reading users' bank text messages without their knowledge, under the Personal Information Protection Law.

### Final thoughts

On 1 January 2026 the certification measures apply; review your export paperwork before then.

### Comments

On 6 December 2025 a reader asked whether reading one-time codes is allowed.
"""

_PARTS = """# Data protection digest, November 2025

### 1. Rule-making

On 3 November 2025, the Cyberspace Administration of China released draft rules on mini-programs for comment.

On 10 November 2025, the Ministry of Industry and Information Technology issued a notice on app permissions.

### 2. Enforcement

On 12 November 2025, the Shanghai Municipal Internet Information Office fined a delivery platform RMB 800,000.

On 18 November 2025, the Beijing Municipal Internet Information Office fined a travel app RMB 500,000.

### 3. Courts

On 20 November 2025, the Beijing Internet Court ruled against a smart-speaker maker over children's recordings.

On 25 November 2025, the Hangzhou Internet Court ruled that face recognition may not be the only way into a housing estate.
"""

_FORUM = """<html><body>
<h1>今年数据合规有哪些新规？</h1>
<div class="answer">
<p>按时间说三件事。</p>
<h3>（一）出境认证有了办法</h3>
<p>2025年10月17日，国家网信办、市场监管总局联合公布《个人信息出境认证办法》，自2026年1月1日起施行。</p>
<h3>（二）事件报告有了统一时限</h3>
<p>2025年9月15日，国家网信办公布《国家网络安全事件报告管理办法》，自2025年11月1日起施行。</p>
<h3>（三）一家物业公司败诉</h3>
<p>2025年12月2日，杭州互联网法院判决物业公司删除业主的人脸信息。</p>
<h3>写在最后</h3>
<p>2026年1月1日起认证办法施行，建议年底前把出境材料准备好。</p>
</div>
<h3>全部评论</h3>
<p>2025年12月6日，网友问：读短信验证码违规吗？</p>
</body></html>
"""


def _titles(text: str, name: str) -> list[str]:
    return [d.title for d in ingest(text, name)[1]]


def test_numbered_headings_over_one_report_each_are_headlines() -> None:
    titles = _titles(_POST, "post.md")
    assert titles == [
        "A second road for data leaving the country",
        "One rulebook for incident reports",
        "A bookkeeping app pays the price",
    ]


def test_chinese_numbered_headings_are_headlines_and_closing_words_skipped() -> None:
    titles = _titles(_FORUM, "answer.html")
    assert titles == [
        "出境认证有了办法",
        "事件报告有了统一时限",
        "一家物业公司败诉",
    ]


def test_control_numbered_parts_over_several_reports_stay_parts() -> None:
    titles = _titles(_PARTS, "digest.md")
    assert len(titles) == 6
    assert all(t.startswith("On ") for t in titles)
