"""Splitting documents into items, across layouts, with footnotes and source lists."""

from __future__ import annotations

import pytest

from piplkit.track import TrackInputError, ingest, parse_document

TEXT = """Monthly Update - March 2023 Issue

Legislation

CAC Issues Draft Rules on Widgets

On March 3, the Cyberspace Administration of China ("CAC") released the Widget Rules \
(Draft for Comments) for public comment.1

MIIT Publishes Guidelines on Gadgets

On March 9, MIIT issued the Gadget Guidelines. The Guidelines take effect on April 1, 2023.2

Enforcement Cases

Company Fined RMB 500,000 for Selling Data

On March 12, the Shanghai Municipal Administration for Market Regulation fined a company \
RMB 500,000.3

1 https://example.org/a

2 https://example.org/b

3 https://example.org/c

The content of this article is intended to provide a general guide to the subject matter.
"""


def test_plain_text_items_sections_and_footnotes() -> None:
    doc = parse_document(TEXT, "update.txt")
    assert doc.layout == "text"
    assert [i.title for i in doc.items] == [
        "CAC Issues Draft Rules on Widgets",
        "MIIT Publishes Guidelines on Gadgets",
        "Company Fined RMB 500,000 for Selling Data",
    ]
    assert [i.footnotes for i in doc.items] == [[1], [2], [3]]
    assert doc.sources == {
        1: ["https://example.org/a"],
        2: ["https://example.org/b"],
        3: ["https://example.org/c"],
    }
    assert [i.section_kind for i in doc.items] == ["legislation", "legislation", "enforcement"]
    # the glued footnote number is gone from the body, the amount before it is intact
    assert doc.items[2].body_text.endswith("RMB 500,000.")
    assert doc.published == "2023-03-31"
    assert not any("intended to provide" in i.body_text for i in doc.items)


def test_footnote_glued_to_a_number_is_taken_when_it_is_the_next_footnote() -> None:
    _, devs = ingest(TEXT, "update.txt")
    assert devs[2].penalty_cny == 500000
    assert devs[2].sources == ["https://example.org/c"]


MARKDOWN = """# Bulletin — May 2024

## Enforcement

### Regulator Names 12 Apps

On 3 May, the Guangdong Communications Administration named 12 apps.[^1] See [the notice](https://example.org/notice).

**Court Fines Data Broker** — On 9 May, a court in Hangzhou imposed a fine of CNY 1.2 million \
on a data broker.[^2]

[^1]: https://example.org/1
[^2]: https://example.org/2
"""


def test_markdown_headings_bold_headlines_and_footnote_definitions() -> None:
    doc, devs = ingest(MARKDOWN, "bulletin.md")
    assert doc.layout == "markdown"
    assert [d.title for d in devs] == ["Regulator Names 12 Apps", "Court Fines Data Broker"]
    assert devs[0].sources == ["https://example.org/1", "https://example.org/notice"]
    assert devs[1].penalty_cny == 1_200_000
    assert devs[1].date == "2024-05-09"


HTML = """<html><body><h1>Update</h1>
<h2>Enforcement</h2>
<p><strong>MIIT Orders Rectification of 30 Apps</strong></p>
<p>On June 2, 2024, MIIT ordered 30 apps to rectify.<sup>1</sup></p>
<ol><li><p>Headline in a list item without a paragraph</p></li></ol>
<h2>Notes</h2><ol><li><a href="https://example.org/x">source</a></li></ol>
</body></html>"""


def test_html_bold_headline_sup_footnotes_and_ordered_source_list() -> None:
    doc, devs = ingest(HTML, "page.html")
    assert doc.layout == "html"
    assert devs[0].title == "MIIT Orders Rectification of 30 Apps"
    assert devs[0].footnotes == [1]
    assert devs[0].sources == ["https://example.org/x"]
    assert devs[0].kind == "enforcement"


def test_title_without_text_is_skipped_with_a_reason() -> None:
    doc, devs = ingest(HTML, "page.html")
    assert not any(d.title.startswith("Headline in a list item") for d in devs)
    reasons = {s.text: s.reason for s in doc.skipped}
    assert "title without text" in reasons["Headline in a list item without a paragraph"]


def test_one_line_development_is_kept_with_a_warning() -> None:
    text = (
        "Enforcement\n\nCAC fines a ride-hailing platform over data processing on 3 May 2024\n\n"
        "Our articles\n\nWhat you need to know about data export\n"
    )
    doc, devs = ingest(text, "brief.txt")
    assert [d.title for d in devs] == [
        "CAC fines a ride-hailing platform over data processing on 3 May 2024"
    ]
    assert any("one-line item" in w for w in devs[0].warnings)
    assert any("articles" in s.reason and s.blocks == 2 for s in doc.skipped)


def test_paragraph_without_headline_is_kept_with_a_warning() -> None:
    text = (
        "Legislation\n\nCAC Issues Rules\n\nOn May 1, CAC issued the Widget Rules.\n\n"
        "On May 2, MIIT fined a company RMB 10,000 for selling data.\n"
    )
    _, devs = ingest(text, "x.txt")
    assert len(devs) == 1  # the second paragraph continues the first item's body
    text2 = "Legislation\n\nOn May 1, CAC issued the Widget Rules to regulate the market.\n"
    _, devs2 = ingest(text2, "y.txt")
    assert len(devs2) == 1 and any("without a headline" in w for w in devs2[0].warnings)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "empty"),
        (b"   \n\n ", "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
        (bytes(range(256)) * 4, "binary"),
    ],
)
def test_bad_input_raises_a_clear_error(data: bytes, message: str) -> None:
    with pytest.raises(TrackInputError, match=message):
        parse_document(data, "bad.bin")


def test_unknown_layout_is_reported_not_silently_empty() -> None:
    doc = parse_document("just one line of words", "odd.txt")
    assert doc.items == []
    assert any("no development items" in w for w in doc.warnings)


def test_gbk_encoded_chinese_is_decoded() -> None:
    text = (
        "执法动态\n\n某公司被罚款50万元\n\n"
        "2023年3月2日，浙江省市场监督管理局对某公司处以罚款50万元。\n"
    )
    _, devs = ingest(text.encode("gb18030"), "gbk.txt")
    assert devs[0].penalty_cny == 500000
    assert devs[0].date == "2023-03-02"
