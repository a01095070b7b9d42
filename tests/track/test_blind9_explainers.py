# ruff: noqa: E501  (the documents below are document text, one paragraph a line)
"""heldout9's 政策解读 article (issue 16, branch fix16p): an explainer of one instrument
("图解｜一文读懂《…》", "《…》要点解读", "Explainer: …") is one development, as a regulator's
Q&A on one instrument is: its question headings ("为什么要出台这部办法？") are the article's parts,
not headlines. The documents below are an English explainer in Markdown and a Chinese one
without a date-of-effect sentence (the blind one is a Chinese web page); controls keep a
digest's question headlines as items."""

from __future__ import annotations

from piplkit.track import ingest
from piplkit.track.notice import notice_score
from piplkit.track.readers import read_document

EXPLAINER = """# Explainer: the Measures for Personal Information Protection Compliance Audits

Published: 12 March 2025 · By the Data Desk

On 14 February 2025, the Cyberspace Administration of China issued the Measures for Personal Information Protection Compliance Audits, which take effect on 1 May 2025.

## Who has to run an audit?

Handlers processing the personal information of more than ten million people must audit themselves at least once every two years.

## What does the regulator ask for?

Where the CAC finds serious risks, it may order a handler to commission a professional institution to audit it.

## What should companies do now?

We suggest mapping processing activities before May and choosing an audit firm early.
"""

ZH = """# 《网络数据安全管理条例》要点解读

发布时间：2024-10-08 作者：合规研究组

2024年9月30日，国务院公布《网络数据安全管理条例》，明确了网络数据处理者的一般规定。

## 条例适用于哪些主体？

在境内开展网络数据处理活动及其安全监督管理，适用本条例。

## 企业需要关注哪些义务？

网络数据处理者应当建立健全网络数据安全管理制度，落实网络安全等级保护制度。
"""


def test_an_english_explainer_is_one_development() -> None:
    _, devs = ingest(EXPLAINER, "explainer.md")
    assert len(devs) == 1
    dev = devs[0]
    assert dev.title.startswith("Explainer: the Measures")
    assert dev.date == "2025-03-12"  # its publication line, not the issue it explains (H9-2)
    assert [(m.stage, m.effective_date) for m in dev.instruments][:1] == [("adopted", "2025-05-01")]


def test_a_chinese_explainer_without_a_date_of_effect_is_one_development() -> None:
    _, devs = ingest(ZH, "jiedu.md")
    assert [(d.title, d.date) for d in devs] == [("《网络数据安全管理条例》要点解读", "2024-10-08")]


#: control: a digest whose headlines are questions keeps one item per headline
DIGEST = """# Privacy questions of the week

## Did the CAC publish new audit rules?

On 14 February 2025, the Cyberspace Administration of China issued the Measures for Personal Information Protection Compliance Audits.

## Who was fined in Shanghai?

On 20 February 2025, the Shanghai Administration for Market Regulation fined a retailer RMB 300,000 for selling customer data.
"""


def test_control_question_headlines_without_an_explainer_title() -> None:
    _, devs = ingest(DIGEST, "digest.md")
    assert len(devs) == 2


def test_explainer_title_shapes_and_controls() -> None:
    blocks = read_document(ZH, "jiedu.md").blocks
    for title in (
        "图解｜一文读懂《个人信息出境认证办法》",
        "一图读懂《网络数据安全管理条例》",
        "政策解读｜《数据出境安全评估办法》",
        "Understanding the Network Data Security Regulations",
    ):
        assert notice_score(title, blocks) >= 3, title
    # controls: a newsletter title and a report's title name an instrument without explaining it
    assert notice_score("数据合规月报：一文读懂本月《条例》动态", blocks) < 3
    assert notice_score("Privacy questions of the week", blocks) < 3
