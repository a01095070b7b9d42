"""A numbered headline over a paragraph that opens with its date (issue 19, item 14).

"2. TC260 releases draft standard" above "On November 14, TC260 released …" is one item: the
headline without its numbering is the title, the dated paragraph is the body, and the date comes
from the paragraph. Newsletters write this many ways: a blank line or a bare line break between
the two, the date in bold, items among dated paragraphs that have no headline at all, and the
Chinese numberings 一、 （一） 1.
"""

from __future__ import annotations

import pytest

from piplkit.track import ingest
from piplkit.track.split import NO_TEXT

REPRO = (
    "2. TC260 releases draft standard\n\n"
    "On November 14, TC260 released the draft … for comments until December 14.\n"
)
TC260_BODY = "On November 14, TC260 released the draft … for comments until December 14."


def _item(text: str, name: str, title: str) -> tuple[object, object]:
    doc, devs = ingest(text, name)
    assert not [s for s in doc.skipped if s.reason == NO_TEXT], doc.skipped
    by_title = {d.title: d for d in devs}
    assert title in by_title, [d.title for d in devs]
    return doc, by_title[title]


@pytest.mark.parametrize("name", ["update.md", "update.txt"])
def test_the_reported_newsletter_item(name: str) -> None:
    text = (
        "Data Protection Newsletter – December 2025\n\n"
        "1. CAC publishes certification measures\n\n"
        "On 10 October 2025, the CAC published the Measures for the Certification of "
        "Cross-border Personal Information Transfers.\n\n" + REPRO
    )
    _, dev = _item(text, name, "TC260 releases draft standard")
    assert dev.date == "2025-11-14"  # type: ignore[attr-defined]
    assert dev.summary.startswith("On November 14, TC260 released")  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("lead", "name"),
    [
        ("**On November 14**, TC260", "update.md"),
        ("**On November 14,** TC260", "update.md"),
        ("<strong>On November 14</strong>, TC260", "update.html"),
    ],
)
def test_a_date_in_bold_is_not_a_run_in_headline(lead: str, name: str) -> None:
    paragraphs = [
        "Privacy Update December 2025",
        "1. CAC publishes certification measures",
        lead.replace("November 14", "October 10").replace("TC260", "the CAC")
        + " published the Measures for the Certification of Cross-border Transfers.",
        "2. TC260 releases draft standard",
        lead + " released the draft standard on sensitive PI for comments until December 14.",
    ]
    if name.endswith(".html"):
        text = "<html><body><article>" + "".join(f"<p>{p}</p>" for p in paragraphs)
        text += "</article></body></html>"
    else:
        text = "\n\n".join(paragraphs) + "\n"
    _, dev = _item(text, name, "TC260 releases draft standard")
    assert [d.title for d in ingest(text, name)[1]] == [
        "CAC publishes certification measures",
        "TC260 releases draft standard",
    ]
    assert dev.date == "2025-11-14"  # type: ignore[attr-defined]
    assert dev.summary.startswith("On November 14")  # type: ignore[attr-defined]


def test_headline_and_dated_body_on_consecutive_markdown_lines() -> None:
    text = (
        "# Newsletter, December 2025\n\n"
        "1. CAC publishes certification measures\n"
        "On 10 October 2025, the CAC published the Measures for Certification.\n\n"
        "2. TC260 releases draft standard\n" + TC260_BODY + "\n"
    )
    doc, dev = _item(text, "update.md", "TC260 releases draft standard")
    assert [i.title for i in doc.items] == [
        "CAC publishes certification measures",
        "TC260 releases draft standard",
    ]
    assert dev.summary == TC260_BODY  # type: ignore[attr-defined]
    assert dev.date == "2025-11-14"  # type: ignore[attr-defined]


def test_numbered_headline_among_dated_paragraphs_without_headlines() -> None:
    text = (
        "Data Protection Update – November 2025\n\n"
        "On October 10, 2025, the CAC published the Measures for Certification of "
        "Cross-border Transfers.\n\n"
        "On October 20, 2025, the MIIT named 12 apps that collected PI without consent.\n\n"
        "On October 28, 2025, the SAMR fined a retailer RMB 200,000 for unlawful processing.\n\n"
        + REPRO
        + "\nOn November 18, 2025, the CAC released answers to questions on data export.\n"
    )
    doc, dev = _item(text, "update.txt", "TC260 releases draft standard")
    assert len(doc.items) == 5
    assert dev.summary == TC260_BODY  # type: ignore[attr-defined]
    assert dev.date == "2025-11-14"  # type: ignore[attr-defined]
    # the headline is not glued to the item before it
    assert "TC260 releases" not in doc.items[2].body_text


ZH_BODY = (
    "11月14日，全国网络安全标准化技术委员会发布《数据安全技术 敏感个人信息处理安全要求》"
    "征求意见稿，征求意见截止12月14日。"
)
ZH_TITLE = "全国网安标委发布标准征求意见稿"


NUMBERINGS = [("一、", "二、"), ("（一）", "（二）"), ("1.", "2.")]


@pytest.mark.parametrize(("first", "second"), NUMBERINGS)
@pytest.mark.parametrize("separator", ["\n\n", "\n"])
def test_chinese_numbering_over_a_dated_paragraph(first: str, second: str, separator: str) -> None:
    text = (
        f"{first}网信办发布个人信息出境认证办法{separator}"
        "2025年10月10日，国家网信办发布《个人信息出境认证办法》。\n\n"
        f"{second}{ZH_TITLE}{separator}{ZH_BODY}\n"
    )
    doc, dev = _item(text, "digest.txt", ZH_TITLE)
    assert [i.title for i in doc.items] == ["网信办发布个人信息出境认证办法", ZH_TITLE]
    assert dev.summary.startswith("11月14日")  # type: ignore[attr-defined]
    assert dev.date == "2025-11-14"  # type: ignore[attr-defined]


@pytest.mark.parametrize("second", ["二、", "（二）", "2."])
def test_chinese_numbered_headline_among_dated_paragraphs(second: str) -> None:
    text = (
        "2025年10月10日，国家网信办发布《个人信息出境认证办法》。\n\n"
        "2025年10月20日，工业和信息化部通报12款违规收集个人信息的App。\n\n"
        f"{second}{ZH_TITLE}\n\n{ZH_BODY}\n\n"
        "2025年11月18日，市场监管总局对某零售商罚款20万元。\n"
    )
    doc, dev = _item(text, "digest.txt", ZH_TITLE)
    assert len(doc.items) == 4
    assert dev.summary.startswith("11月14日")  # type: ignore[attr-defined]
    assert dev.date == "2025-11-14"  # type: ignore[attr-defined]
    assert ZH_TITLE not in doc.items[1].body_text


def test_chinese_date_in_bold_opens_the_body() -> None:
    text = (
        "# 数据合规月报（2025年12月）\n\n"
        "一、网信办发布个人信息出境认证办法\n\n"
        "**2025年10月10日**，国家网信办发布《个人信息出境认证办法》。\n\n"
        f"二、{ZH_TITLE}\n\n**11月14日**，{ZH_BODY.removeprefix('11月14日，')}\n"
    )
    doc, dev = _item(text, "digest.md", ZH_TITLE)
    assert [i.title for i in doc.items] == ["网信办发布个人信息出境认证办法", ZH_TITLE]
    assert dev.date == "2025-11-14"  # type: ignore[attr-defined]


def test_a_bold_run_in_headline_still_splits() -> None:
    text = (
        "# Bulletin — May 2024\n\n"
        "**Court Fines Data Broker** — On 9 May 2024, a court in Hangzhou fined a data broker "
        "CNY 1.2 million.\n\n"
        "**Regulator Names Apps.** On 12 May 2024, the Guangdong Communications Administration "
        "named 12 apps.\n"
    )
    _, devs = ingest(text, "bulletin.md")
    assert [d.title for d in devs] == ["Court Fines Data Broker", "Regulator Names Apps."]


def test_a_hard_wrapped_markdown_paragraph_is_not_split_before_a_date() -> None:
    text = (
        "# Update, December 2025\n\n"
        "## CAC finalises the certification measures\n\n"
        "On 10 October 2025, the CAC published the Measures, which take effect on\n"
        "1 January 2026 and apply to every handler that certifies its transfers.\n"
    )
    doc, _ = ingest(text, "update.md")
    assert [i.title for i in doc.items] == ["CAC finalises the certification measures"]
    assert doc.items[0].body_text.endswith("apply to every handler that certifies its transfers.")
