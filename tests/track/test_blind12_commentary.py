# ruff: noqa: E501
"""heldout12 (fix16w): posts labelled as comment or a reader's question are no developments.

The page is written for these tests (a Markdown weekly with "## Opinion:" and "## 读者来信："),
not copied from the blind set's live blog."""

from __future__ import annotations

from piplkit.track.extract import ingest

_WEEKLY = """# Data desk weekly

Published 2025-11-28

## SAMR fines a ticketing app

On 26 November 2025, the State Administration for Market Regulation fined a ticketing app RMB 300,000 for selling buyers' personal information, under the Personal Information Protection Law.

## Opinion: the ticketing fine is a warning to every platform

On 27 November 2025 our editor argued that the Personal Information Protection Law will now be enforced against smaller apps as well.

## 读者来信：境外公司也要遵守《个人信息保护法》吗？

2025年11月27日，读者问：境外公司处理境内个人信息是否适用《个人信息保护法》？

## MIIT: 18 apps named for excessive permissions

On 25 November 2025, the Ministry of Industry and Information Technology named 18 apps that requested excessive permissions.
"""


def test_comment_and_reader_question_are_no_developments() -> None:
    titles = [d.title for d in ingest(_WEEKLY, "weekly.md")[1]]
    assert not any(t.startswith(("Opinion:", "读者来信")) for t in titles)


def test_control_a_headline_with_a_colon_stays() -> None:
    titles = [d.title for d in ingest(_WEEKLY, "weekly.md")[1]]
    assert "SAMR fines a ticketing app" in titles
    assert "MIIT: 18 apps named for excessive permissions" in titles
