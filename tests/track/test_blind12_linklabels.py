# ruff: noqa: E501
"""heldout12 (fix16x): a link's label after a paragraph's last sentence is no part of its text.

The documents are written for these tests (a Markdown rolling-coverage page with "[Official
notice](…)" links and a Chinese HTML 快讯 with "查看原文" links), not copied from the blind set's
live blog."""

from __future__ import annotations

from piplkit.track.extract import ingest
from piplkit.track.linklabels import drop_link_labels, without_label
from piplkit.track.model import Block

_ROLLING = """# Privacy desk – rolling coverage

Updated 5 December 2025

## Shenzhen regulator fines courier firm

On 4 December, the Shenzhen Municipal Market Regulation Administration said it had fined a courier firm RMB 300,000 for leaking waybill data, under the Personal Information Protection Law. [Official notice](https://example.gov.cn/n/1)

The firm said it would appeal.

## Tianjin adopts data rules

On 3 December, the Standing Committee of the Tianjin Municipal People's Congress adopted the Tianjin Data Regulations, which take effect on 1 April 2026. [Text](https://example.gov.cn/n/2)

The rules set up a data exchange.

## MIIT names 12 apps

On 1 December, the Ministry of Industry and Information Technology named 12 apps that collected too much personal information.
"""

_KUAIXUN = """<html><head><meta charset="utf-8"><title>数据合规快讯 第48期</title></head><body>
<article>
<h1>数据合规快讯 第48期</h1>
<p>本期编辑：合规研究部 · 2025年11月28日</p>
<h3>浙江省通信管理局处罚一家智能门锁企业</h3>
<p>11月27日，浙江省通信管理局依据《数据安全法》对一家智能门锁企业处以罚款20万元，该企业将用户指纹数据存放在未加密的服务器上。<a href="https://zjca.example.gov.cn/n/1127">查看原文</a></p>
<p>企业表示已于当周完成整改。</p>
<h3>天津市人大常委会通过数据条例</h3>
<p>11月26日，天津市人大常委会表决通过《天津市数据条例》，自2026年4月1日起施行。<a href="https://tjrd.example.gov.cn/n/1126">条例全文</a></p>
<p>条例设立公共数据授权运营制度。</p>
<h3>工业和信息化部通报18款应用</h3>
<p>11月25日，工业和信息化部通报18款超范围收集个人信息的应用，要求12月10日前完成整改。</p>
</article></body></html>
"""


def test_posts_keep_their_headings_when_a_paragraph_ends_with_a_link() -> None:
    found = ingest(_ROLLING, "rolling.md")[1]
    titles = [d.title for d in found]
    assert titles == [
        "Shenzhen regulator fines courier firm",
        "Tianjin adopts data rules",
        "MIIT names 12 apps",
    ]
    assert found[0].sources == ["https://example.gov.cn/n/1"]
    assert not found[1].summary.endswith("Text")


def test_link_labels_leave_the_summary_and_the_source_stays() -> None:
    found = ingest(_KUAIXUN, "kuaixun.html")[1]
    assert len(found) == 3
    assert not any("查看原文" in d.summary or "条例全文" in d.summary for d in found)
    assert found[0].sources == ["https://zjca.example.gov.cn/n/1127"]


def test_labels_after_a_closed_sentence_are_taken_off() -> None:
    assert without_label("The regulator fined the firm under the Law. Read more (PDF)") == (
        "The regulator fined the firm under the Law."
    )
    assert without_label(
        "天津市人大常委会表决通过《天津市数据条例》，自2026年4月1日起施行。原文链接"
    ) == ("天津市人大常委会表决通过《天津市数据条例》，自2026年4月1日起施行。")


def test_control_sentences_and_long_tails_stay() -> None:
    kept = [
        "The fine was imposed by the U.S. Commerce Department",  # an abbreviation
        "It was fined on Monday. and then it appealed",  # goes on in lower case
        "The firm was fined. It said it would appeal against the decision soon",  # a sentence
        "The firm was fined. See the notice of 4 December",  # a date in the tail
        "Read the notice",  # the label alone
    ]
    for text in kept:
        assert without_label(text) == text


def test_control_blocks_without_links_or_headings_stay() -> None:
    text = "The firm was fined under the Law. Official notice"
    blocks = [Block(text), Block(text, heading=2, links=["https://example.org/a"])]
    assert drop_link_labels(blocks) == blocks
