# ruff: noqa: E501
"""heldout15 (fixtrack15): a news site's article page is one story titled by its <h1>; its
standfirst and photo caption are no items; a byline's time of day does not hide its date (H15-2).

The pages are written for these tests (another site, another case), not copied from the blind
set's article."""

from __future__ import annotations

from piplkit.track import ingest
from piplkit.track.model import Block
from piplkit.track.pagedate import meta_field

_STORY = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Hangzhou regulator fines gym chain over members' fingerprints - Tech - Example Wire</title>
</head><body>
<header><nav><ul><li><a href="/">Home</a></li><li><a href="/tech">Tech</a></li><li><a href="/policy">Policy</a></li></ul></nav></header>
<main><article>
<h1>Hangzhou regulator fines gym chain over members' fingerprints</h1>
<p class="dek">The market watchdog says the chain made fingerprint scans the only way into its clubs and kept them after members left</p>
<div class="byline">By Sam Example · Updated 11 Sept 2025, 09:40 · 3 min read</div>
<figure><img src="/gym.jpg" alt=""><figcaption>Members queue at the entrance of a fitness club in Hangzhou. Photo: Example Wire</figcaption></figure>
<p>A gym chain in Hangzhou has been fined RMB 300,000 for forcing members to register their fingerprints, in one of the first local penalties over biometric entry systems.</p>
<p>The Hangzhou Administration for Market Regulation said the chain had offered no other way into its clubs and had kept the fingerprint templates of former members for years, in breach of the Personal Information Protection Law.</p>
<p>The chain said it would offer membership cards as an alternative from next month.</p>
<p>Several other cities are reviewing the entry systems of gyms and swimming pools, people familiar with the matter said.</p>
</article></main>
<footer><p>© 2025 Example Wire</p></footer>
</body></html>
"""


def test_a_news_page_is_one_story_titled_by_its_h1() -> None:
    _, devs = ingest(_STORY, "story.html")
    assert [(d.title, d.date, d.kind, d.penalty_cny) for d in devs] == [
        (
            "Hangzhou regulator fines gym chain over members' fingerprints",
            "2025-09-11",
            "enforcement",
            300000,
        )
    ]


def test_photo_captions_end_in_their_credit() -> None:
    from piplkit.track.articlehead import photo_caption  # (new in fixtrack15)

    assert photo_caption(
        Block("Delegates at the forum in Wuzhen on Tuesday. Photograph: Example Agency")
    )
    assert photo_caption(Block("市民在地铁站使用刷脸进站闸机。（新华社记者 张示例 摄）"))
    assert not photo_caption(
        Block("The CAC issued the Measures on 3 May; they take effect on 1 June.")
    )


def test_a_byline_date_with_its_time_is_a_field() -> None:
    line = "By Sam Example · Updated 11 Sept 2025, 09:40 · 3 min read"
    start = line.index("11 Sept")
    assert meta_field(line, start, start + len("11 Sept 2025"))


def test_control_a_roundup_page_keeps_its_items_and_byline_date() -> None:
    page = (
        _STORY.replace(
            "<h1>Hangzhou regulator fines gym chain over members' fingerprints</h1>",
            "<h1>China privacy roundup: two fines and a draft</h1>",
        )
        .replace(
            "<p>A gym chain",
            "<h3>Gym chain fined over fingerprints</h3><p>On 9 September 2025, a gym chain",
        )
        .replace(
            "<p>The chain said",
            "<h3>TC260 drafts rules on biometric entry</h3><p>On 10 September 2025, TC260 released a draft standard on biometric entry systems for comment.</p><p>The chain said",
        )
    )
    _, devs = ingest(page, "roundup.html")
    assert [d.title for d in devs] == [
        "Gym chain fined over fingerprints",
        "TC260 drafts rules on biometric entry",
    ]


def test_control_a_story_whose_lead_dates_its_event_keeps_that_date() -> None:
    page = _STORY.replace("<p>A gym chain", "<p>On 8 September 2025, a gym chain")
    _, devs = ingest(page, "dated_story.html")
    assert [(d.title, d.date) for d in devs] == [
        ("Hangzhou regulator fines gym chain over members' fingerprints", "2025-09-08")
    ]
