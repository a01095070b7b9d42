"""Property tests: any text splits without error, deterministically, and every item is
accounted for by a block of the input."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from piplkit.track import TrackInputError, parse_document

LINES = st.sampled_from(
    [
        "Legislative Developments",
        "一、立法动态",
        "（一）国家网信办发布《小部件办法》",
        "On 14 November, the CAC released the Widget Measures (Draft for Comments).",
        "2023年5月30日，国家互联网信息办公室发布《小部件办法》。",
        "本月3日，工信部通报了10款APP。",
        "- On 3 May, MIIT fined a company RMB 10,000.",
        "1. CAC Issues Rules",
        "| Date | Authority | Title |",
        "|---|---|---|",
        "| 3 May 2024 | CAC | Widget Rules |",
        "Key highlights",
        "Our Views",
        "Subscribe to our newsletter at news@example.com",
        "This update does not constitute legal advice.",
        "1 https://example.org/1",
        "Read More",
        "Feb 21 2025",
        "",
    ]
)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.one_of(LINES, st.text(max_size=80)), max_size=30))
def test_any_document_splits_without_error(lines: list[str]) -> None:
    text = "\n\n".join(lines)
    try:
        first = parse_document(text, "x.txt")
    except TrackInputError:
        assert not text.strip()
        return
    second = parse_document(text, "x.txt")
    assert [i.title for i in first.items] == [i.title for i in second.items]
    for item in first.items:
        assert item.title.strip()
    for entry in first.skipped:
        assert entry.reason and entry.blocks >= 1
