# ruff: noqa: E501
"""heldout13 (fix16y): a line between a headline and its text that names the site carrying
the story, or counts votes, is metadata; a site line labelled as comment marks commentary.

The documents are written for these tests (a media-monitoring digest in plain text with
"Source name" lines, and a Markdown reader poll with "Votes: …" lines), not copied from the
blind set's alert e-mail or vote page."""

from __future__ import annotations

from piplkit.track import kinds
from piplkit.track.extract import ingest
from piplkit.track.model import Block

_DIGEST = """Media monitoring digest
Prepared for the legal team · 12 November 2025

PRESS

Guangdong regulator fines a dating app RMB 800,000 for exposing user locations
Sample Southern Courier
The Guangdong Provincial Communications Administration on 10 November fined a dating app RMB 800,000 because it showed users' exact locations to strangers, in breach of the Personal Information Protection Law ...
https://courier.example.org/2025/11/dating-app-fine

Standards body opens consultation on facial recognition security requirements
Sample Tech Observer
TC260 on 7 November published a draft national standard on the security of facial recognition data held by shops, stations and residential compounds, with comments due by 7 January 2026 ...
https://observer.example.org/tc260-face-draft

Dating app fine: a wake-up call for social platforms
Sample Southern Courier (commentary)
The RMB 800,000 fine shows that location data is treated as sensitive personal information, and every social platform should now review the defaults of its location features ...
https://courier.example.org/2025/11/comment-dating-app
"""

_POLL = """# Readers' poll: the privacy story of the month

Published 30 November 2025

## The results

### No. 1 | Beijing court rules on smart doorbell footage

Votes: 812 (41%)

On 18 November 2025, the Beijing Internet Court ruled that a homeowner's doorbell camera that filmed a neighbour's door infringed the neighbour's privacy, and ordered the footage deleted.

### No. 2 | MIIT names 15 apps over permissions

Votes: 604 (30%)

On 12 November 2025, the Ministry of Industry and Information Technology named 15 apps that requested permissions they did not need.
"""

_PLAIN = """Privacy notes

China fines a travel app over passenger data
The Shanghai Municipal Internet Information Office on 3 November 2025 fined a travel app RMB 400,000 for sharing passenger lists with hotels without consent.

Courts and Cameras
Shanghai Regional Notes
The Shanghai No. 1 Intermediate People's Court on 5 November 2025 ruled that a landlord's camera in a shared kitchen breached the tenants' privacy.
"""


def test_a_site_line_under_a_headline_is_no_title() -> None:
    titles = [d.title for d in ingest(_DIGEST, "digest.txt")[1]]
    assert (
        "Guangdong regulator fines a dating app RMB 800,000 for exposing user locations" in titles
    )
    assert "Standards body opens consultation on facial recognition security requirements" in titles
    assert not any(t.startswith("Sample ") for t in titles)


def test_a_site_line_labelled_as_commentary_drops_the_result() -> None:
    titles = [d.title for d in ingest(_DIGEST, "digest.txt")[1]]
    assert len(titles) == 2
    assert not any("wake-up call" in t for t in titles)


def test_a_vote_count_under_a_heading_is_no_title_and_the_rank_goes() -> None:
    titles = [d.title for d in ingest(_POLL, "poll.md")[1]]
    assert titles == [
        "Beijing court rules on smart doorbell footage",
        "MIIT names 15 apps over permissions",
    ]


def test_control_a_headline_right_over_its_text_keeps_it() -> None:
    titles = [d.title for d in ingest(_PLAIN, "plain.txt")[1]]
    assert "China fines a travel app over passenger data" in titles


def test_control_a_name_under_a_title_case_line_is_left_alone() -> None:
    """ "Courts and Cameras" over "Shanghai Regional Notes": two lines in title case, neither
    told from the other as headline and site, so the rule does not apply."""
    from piplkit.track.undermeta import meta_lines  # (new in fix16y)

    blocks = [Block(line) for line in _PLAIN.split("\n\n")[2].split("\n")]
    assert meta_lines(blocks) == set()


_AMENDED = "11月3日，全国人大常委会表决通过关于修改《数据安全法》的决定，修改后的《数据安全法》自2026年3月1日起施行。"
_AMENDED_EN = (
    "On 3 November 2025, the legislature adopted amendments to the Data Security Law, which "
    "apply from 1 March 2026."
)


def test_a_run_in_comment_has_no_vote_on_the_kind() -> None:
    comment = "推荐理由：这是该法施行以来的首次修改，大幅提高了罚款数额。"
    assert kinds.classify("《数据安全法》完成修改", f"{_AMENDED} {comment}", None) == "legislation"
    comment = (
        "Why it matters: the penalties rise sharply, and regulators fined 40 firms under the "
        "old law last year."
    )
    assert kinds.classify("Data Security Law changed", f"{_AMENDED_EN} {comment}", None) == (
        "legislation"
    )


def test_control_a_fine_in_the_report_itself_still_votes() -> None:
    text = "2025年11月3日，某市网信办对某公司处以罚款10万元。推荐理由：这是首例。"
    assert kinds.classify("某市网信办处罚某公司", text, None) == "enforcement"
