# ruff: noqa: E501  (the documents below are document text, one paragraph a line)
"""heldout8's report metadata line (issue 16, branch fix16n): "Regulatory overview · For the
year ended 30 September 2025 · Published 15 December 2025" is a metadata line, its labels
written without a colon, so it is no headline over the paragraph under it; its date is the
publication date, not the period's end. The document here is an interim report in another
style; the controls keep a headline that names a publication date and reports an action."""

from __future__ import annotations

from piplkit.track import ingest
from piplkit.track.pagelines import meta_date

INTERIM = """Example Networks Inc. — Interim Report 2025

Legal and regulatory update | For the six months ended 30 June 2025 | Released 28 August 2025

The figures and the inspection below are invented for this test.

On 9 May 2025, the Shenzhen Municipal Internet Information Office fined our subsidiary RMB 100,000 for failing to complete a security assessment before moving customer data abroad.

On 30 June 2025, the CAC issued the Measures for Personal Information Protection Audits of Platforms, which take effect on 1 October 2025.
"""


def test_a_report_period_line_is_metadata_dated_by_its_publication() -> None:
    line = "Legal and regulatory update | For the six months ended 30 June 2025 | Released 28 August 2025"
    assert meta_date(line) == "28 August 2025"
    assert meta_date("Posted on 3 Nov 2025 · 5 min read") == "3 Nov 2025"
    _, devs = ingest(INTERIM, "interim.txt")
    assert [d.date for d in devs] == ["2025-05-09", "2025-06-30"]
    assert all("six months" not in d.title for d in devs)


def test_controls_a_headline_with_a_publication_date_is_no_metadata() -> None:
    # control: a segment that reports an action is a headline, not a label
    assert meta_date("CAC fines a ride-hailing app · Published 3 Nov 2025") is None
    # control: one segment only (no separators) is no metadata line
    assert meta_date("Published 3 Nov 2025") is None
