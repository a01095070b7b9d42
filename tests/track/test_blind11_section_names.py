# ruff: noqa: E501  (the document below is document text, one paragraph a line)
"""heldout11's skipped sections named in words the vocabulary lacked (issue 16, branch fix16u):
a German firm's "Practical Recommendations" (bold run-ins naming the CAC read as items), a
Substack letter's "What I'm reading" and a Hong Kong chamber's 會員活動 (traditional script).
The document below is another publisher's: "Key Recommendations", "What we're watching" and
會員動態; controls keep "Key developments" and a headline that starts "Practical" items."""

from __future__ import annotations

import pytest

from piplkit.track import ingest
from piplkit.track.headingkeys import qualified_key
from piplkit.track.layout import sections

PULSE = """\
# Privacy Pulse: November 2025

*By the data team · 28 November 2025*

## Key developments

### Guangdong issues data broker rules

On 12 November 2025 the Guangdong Provincial Cyberspace Administration issued the Guangdong Data Broker Administrative Measures, effective 1 January 2026.

### Xiamen fines a clinic

On 20 November 2025 the Xiamen Municipal Cyberspace Administration fined a dental clinic RMB 80,000 for leaking patient records, under the Personal Information Protection Law.

## Practical effects of the broker rules

On 25 November 2025 the CAC published the Data Broker Filing Guidelines (Draft for Comments).

## Key Recommendations

### Map your brokers.

Companies should list every data broker they buy from before the CAC filing window opens on 1 March 2026.

## What we're watching

- A conference talk on the Network Data Security Management Regulations, in force since 1 January 2025.

## 會員動態

本會於11月20日舉辦數據合規研討會，國家網信辦官員介紹《網絡數據安全管理條例》。
"""


def test_qualified_reading_list_and_traditional_asides_are_skipped() -> None:
    _, devs = ingest(PULSE, "pulse.md")
    assert [(d.title, d.date) for d in devs] == [
        ("Guangdong issues data broker rules", "2025-11-12"),
        ("Xiamen fines a clinic", "2025-11-20"),
        ("Practical effects of the broker rules", "2025-11-25"),
    ]


@pytest.mark.parametrize(
    ("key", "marked", "expected"),
    [
        ("practical recommendations", True, "recommendations"),
        ("our key takeaways", True, "takeaways"),
        ("what i'm reading", True, "recommended reading"),
        ("what we are listening to", True, "recommended reading"),
        ("worth reading", True, "recommended reading"),
        ("會員活動", True, "会员活动"),
        # controls: a qualified name of no skipped section, a headline, a plain line
        ("key developments", True, None),
        ("practical effects of the broker rules", True, None),
        ("recommendations", True, None),  # (already in the vocabulary: nothing to reduce)
        ("what changed", True, None),
        ("會員活動", False, None),  # a contents entry in plain text stays one
        ("國家網信辦發布指引", True, None),
    ],
)
def test_heading_keys(key: str, marked: bool, expected: str | None) -> None:
    assert qualified_key(key, sections(), marked) == expected
