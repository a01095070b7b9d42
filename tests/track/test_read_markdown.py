"""The Rust-backed Markdown reader gives exactly the blocks markdown-it-py gives, or steps aside."""

from __future__ import annotations

import random

import pytest

from piplkit.track import read_markdown, readers

from .conftest import DOCS

SAMPLES = {
    # a paragraph with a "|" beside a real table: the table is no sign the parsers differ
    "piped_text_and_a_table": (
        "Docs | Changelog | Licence\n\n| 名称 | 施行日期 |\n| --- | --- |\n"
        "| 某办法 | 2026-01-01 |\n"
    ),
    "setext": "Title here\n==========\n\nSub title\n---------\n\nPara one **bold** end.\n",
    "lists": (
        "3. three\n4. four\n   - nested *em* a\n   - nested b\n\n     second para of nested\n"
        "5. five\n\n0. zero start\n1. next\n\n- loose a\n\n- loose b\n\n  more b\n\n"
        "* # heading in item\n* item with `code` and [link](https://example.com/a b) and "
        "<https://x.cn/中文?q=1>\n"
    ),
    "run-in": (
        "**CAC Fines Widget Maker.** On 3 May, the CAC fined a widget maker.\n\n"
        "**Short** word bold.\n\n***Both emphasis*** then text.\n\n"
        "**Bold with [link](http://a.b/c)** and rest.\n\n"
        "__Underscore Bold Headline Here__ — text after dash.\n\n"
        "<b>bold html</b> first. ![alt text](img.png) image.\n\n**Only bold paragraph**\n"
    ),
    "escapes": (
        "Escaped \\*star\\* and \\[bracket\\] &amp; &copy; &#20013; done.\nHard break  \n"
        "next line\\\nthird line\n\n`code **not bold**` and ``double `tick` code``\n\n"
        '[ref link][r1] and [another]\n\n[r1]: https://ref.example.com/path "Title"\n'
        "[another]: http://another.example.org\n"
    ),
    "tables": (
        "| Date | Authority | Title |\n|---|:---:|---:|\n"
        "| 3 May 2024 | **CAC** | [Rules](https://cac.gov.cn/x) |\n| | empty first | |\n"
        "| only one |\n| a | b | c | extra |\n\nPara after table.\n\n"
        "Date | Body\n--- | ---\n4 May | no pipes at ends\n"
    ),
    "footnotes": (
        "On 3 May, the CAC issued the Measures.[^1] Then more.[2]\n\n"
        "[^1]: https://www.cac.gov.cn/a\n[2]: https://www.miit.gov.cn/b\n\n## Sources\n\n"
        "1. [Source one](https://one.example.com)\n2. https://two.example.com\n"
    ),
    "chinese": (
        "# 数据安全周报（2024年第45期）\n\n一、**国家网信办发布《网络数据安全管理条例》。** "
        "11月14日，国家互联网信息办公室公布条例。\n\n- 上海市通信管理局约谈企业\n"
        "- 北京市**市场监管局**处罚某公司罚款50万元\n"
    ),
    "mixed": (
        "Intro line\nwith soft break\n\n---\n\n```\nfenced code\n```\n\n    indented code\n\n"
        "1) paren list\n2) second\n\n+ plus list\n+ second\n\n<div>\nhtml block\n</div>\n\n"
        '[link with title](https://t.example "t") [bad](javascript:alert(1))\n\n'
        "- a\n  - b\n    - c\n      1. d\n"
    ),
}


def _both(text: str, monkeypatch: pytest.MonkeyPatch) -> tuple[list, list]:  # type: ignore[type-arg]
    fast = readers.markdown_blocks(text)
    with monkeypatch.context() as patch:
        patch.setattr(readers, "_fast_markdown", lambda: None)  # as without markdown-it-pyrs
        slow = readers.markdown_blocks(text)
    return fast, slow


@pytest.mark.parametrize("name", sorted(SAMPLES))
def test_constructs_read_the_same_by_both_parsers(
    name: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = SAMPLES[name]
    assert read_markdown.blocks(readers._md_escaped(text)) is not None  # the Rust walk is used
    fast, slow = _both(text, monkeypatch)
    assert fast == slow


@pytest.mark.parametrize("path", sorted(DOCS.glob("*.md")), ids=lambda p: p.name)
def test_shipped_markdown_documents_read_the_same(path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    text = path.read_text("utf-8")
    assert read_markdown.blocks(readers._md_escaped(text)) is not None
    fast, slow = _both(text, monkeypatch)
    assert fast and fast == slow


@pytest.mark.parametrize(
    "text",
    [
        "> **Quoted.** On 3 May the CAC fined X.\n2. b\n",  # lazy continuation after a quote
        "Intro\n\n| only one |\n---\n\nAfter.\n",  # a table to markdown-it-py, a heading here
    ],
)
def test_where_the_parsers_may_differ_markdown_it_py_reads(
    text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert read_markdown.blocks(readers._md_escaped(text)) is None
    fast, slow = _both(text, monkeypatch)
    assert fast == slow


def test_documents_stitched_from_every_construct_read_the_same(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    lines = [ln for text in SAMPLES.values() for ln in text.split("\n")]
    lines += [p.read_text("utf-8").split("\n")[i] for p in DOCS.glob("*.md") for i in range(8)]
    lines += ["", "", "> quote", "| x | y |", "|---|---|", "***", "# Heading #", "  - indented"]
    rng = random.Random(16)
    for _ in range(300):
        text = "\n".join(rng.choice(lines) for _ in range(rng.randint(1, 20)))
        fast, slow = _both(text, monkeypatch)
        assert fast == slow, text


def test_deep_nesting_is_left_to_markdown_it_py(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "".join(f"{'  ' * level}- level {level}\n" for level in range(25))
    text += "*" * 30 + "deep" + "*" * 30 + "\n"
    assert read_markdown.blocks(readers._md_escaped(text)) is None
    fast, slow = _both(text, monkeypatch)
    assert fast == slow
