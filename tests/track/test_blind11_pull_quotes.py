# ruff: noqa: E501  (the documents below are document text, one paragraph a line)
"""heldout11's pull quotes (issue 16, branch fix16u): a clinic blog's month in review set
'> "Four hours is a very short clock …" — our clinic director' between its bold-dated
paragraphs, and the quotation became the title of the paragraph under it. Its dated paragraphs
also gave an instrument named "— The Administrative Measures …" (the dash after the bold date).
The documents below are other publishers': curly quotes and an en dash in Markdown, a Chinese
monthly's “……”——某人 in plain text; controls keep a dated paragraph that opens with a quotation
an item and a quoted campaign name over a headline's action no pull quote."""

from __future__ import annotations

import pytest

from piplkit.track import ingest, parse_document
from piplkit.track.pullquotes import pull_quote

MONTH = """# The Month in Privacy: November 2025

*Published on 1 December 2025 by the editors*

**3 November** – The Guangdong Provincial Cyberspace Administration issued the Guangdong Data Broker Administrative Measures, effective 1 January 2026.

> “Consent means consent, even on a small screen.” – Jane Doe, one of our readers

**18 November** – The Xiamen Municipal Public Security Bureau fined a dental clinic RMB 80,000 for leaking patient records.

**24 November** – “We will not tolerate data brokers,” the Guangdong Provincial Cyberspace Administration said as it opened a campaign against them.
"""

YUEBAO = """2025年11月数据合规月报

示例咨询公司 合规研究组 2025年12月1日

11月3日，广东省互联网信息办公室发布《广东省数据经纪管理办法》，自2026年1月1日起施行。

“四小时的报告时限对跨国企业是很大的考验。”——某外企合规负责人

11月18日，厦门市公安局对某诊所处以罚款8万元，该诊所泄露患者信息。
"""


def test_a_pull_quote_between_dated_paragraphs_is_no_title() -> None:
    _, devs = ingest(MONTH, "month.md")
    got = [(d.title[:30], d.date, d.penalty_cny) for d in devs]
    assert got == [
        ("3 November – The Guangdong Pro", "2025-11-03", None),
        ("18 November – The Xiamen Munic", "2025-11-18", 80000),
        ("24 November – “We will not tol", "2025-11-24", None),  # (a quotation opens it: an item)
    ]


def test_a_chinese_pull_quote_is_skipped_as_one() -> None:
    doc = parse_document(YUEBAO, "yuebao.txt")
    assert [i.title[:6] for i in doc.items] == ["11月3日，", "11月18日"]
    assert any(
        s.reason.startswith("pull quote") and s.text.startswith("“四小时") for s in doc.skipped
    )


def test_a_dash_after_a_date_lead_is_not_part_of_an_instruments_name() -> None:
    _, devs = ingest(
        "**Nov. 3** — The Measures for the Security of Smart Home Data took effect.\n\n**Nov. 9** – The Data Broker Rules were issued by the CAC.\n",
        "dash.md",
    )
    assert [[m.name for m in d.instruments] for d in devs] == [
        ["Measures for the Security of Smart Home Data"],
        ["Data Broker Rules"],
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            '"Four hours is a very short clock for a multinational." — our clinic director, on the new reporting rules',
            True,
        ),
        ("“四小时的报告时限对跨国企业是很大的考验。”——某外企合规负责人", True),
        ("「合規不是一次性的工作。」—— 受訪企業法務", True),
        # controls: a quoted name over a headline's action, a quotation in a sentence, no attribution
        ('"Clean Cyberspace" — CAC launches a campaign on minors', False),
        ('"We will enforce," the CAC said on 3 November 2025.', False),
        ("“Consent means consent, even on a small screen.”", False),
    ],
)
def test_pull_quotes(text: str, expected: bool) -> None:
    assert pull_quote(text) is expected
