"""The scorer itself, and the quality floors on the gold-labelled newsletters."""

from __future__ import annotations

from pathlib import Path

import pytest

from piplkit.track import ingest
from piplkit.track.scoring import (
    FIELDS,
    Score,
    by_layout,
    read_jsonl,
    read_manifest,
    score_items,
    summary_recall,
    title_score,
)

from .conftest import DOCS, GOLD

BASE = {
    "title": "CAC Issues Draft Rules",
    "date": "2022-05-01",
    "authorities": ["CAC"],
    "instruments": [
        {"name": "Widget Rules (Draft for Comments)", "stage": "draft", "effective_date": None}
    ],
    "kind": "legislation",
    "penalty_cny": None,
    "footnotes": [1],
    "sources": ["https://example.org/1"],
    "summary": "CAC released draft widget rules",
}


def test_identical_records_score_perfectly() -> None:
    s = score_items([BASE], [dict(BASE)])
    assert (s.precision, s.recall, s.f1) == (1.0, 1.0, 1.0)
    assert s.field_accuracy() == 1.0


def test_each_wrong_field_is_counted_once() -> None:
    wrong = dict(BASE, date="2022-05-02", kind="enforcement", footnotes=[2])
    s = score_items([BASE], [wrong])
    assert s.field_correct["date"] == 0 and s.field_correct["kind"] == 0
    assert s.field_correct["footnotes"] == 0 and s.field_correct["sources"] == 1
    assert s.field_accuracy() == pytest.approx((len(FIELDS) - 3) / len(FIELDS))


def test_items_match_by_title_and_count_misses_and_extras() -> None:
    other = dict(BASE, title="Completely Different Headline About Courts")
    s = score_items(
        [BASE, other], [dict(BASE, title="CAC issues draft rules"), dict(BASE, title="Noise")]
    )
    assert s.matched_items == 1
    assert s.precision == 0.5 and s.recall == 0.5
    assert len(s.missed) == 1 and len(s.spurious) == 1


def test_authorities_compare_through_the_vocabulary_and_fuzzily() -> None:
    g = dict(BASE, authorities=["TC260", "People's Court of Liangxi District, Wuxi City"])
    p = dict(BASE, authorities=["NISTC", "People's Court of Liangxi District"])
    assert score_items([g], [p]).field_correct["authorities"] == 1
    p2 = dict(BASE, authorities=["MIIT", "People's Court of Liangxi District"])
    assert score_items([g], [p2]).field_correct["authorities"] == 0


def test_instrument_stage_and_effective_date_are_checked_on_paired_names() -> None:
    p = dict(
        BASE,
        instruments=[
            {"name": "Widget Rules (Draft for Comment)", "stage": "adopted", "effective_date": None}
        ],
    )
    s = score_items([BASE], [p])
    assert s.field_correct["instruments"] == 1
    assert s.field_correct["instrument_stages"] == 0
    assert s.field_correct["effective_dates"] == 1


def test_penalties_compare_as_numbers() -> None:
    g = dict(BASE, penalty_cny=500000)
    assert score_items([g], [dict(BASE, penalty_cny=500000.0)]).field_correct["penalty_cny"] == 1
    assert score_items([g], [dict(BASE, penalty_cny=None)]).field_correct["penalty_cny"] == 0


def test_summary_recall() -> None:
    assert (
        summary_recall("CAC released draft rules", "On 1 May, CAC released the draft rules.") == 1.0
    )
    assert summary_recall("CAC released draft rules", "Something else") == 0.0


def test_read_jsonl_names_the_bad_line(tmp_path: Path) -> None:
    bad = tmp_path / "g.jsonl"
    bad.write_text('{"title": "ok"}\n{not json\n', "utf-8")
    with pytest.raises(ValueError, match=r"g\.jsonl:2"):
        read_jsonl(bad)


def _score(files: list[Path]) -> Score:
    total = Score()
    for path in files:
        _, devs = ingest(path.read_bytes(), path.name)
        total.add(
            score_items(
                read_jsonl(GOLD / f"{path.stem}.jsonl"), [d.to_dict() for d in devs], path.name
            )
        )
    return total


def test_floors_on_the_development_set(seed_files: list[Path]) -> None:
    s = _score(seed_files)
    assert s.gold_items == 69
    assert s.f1 >= 0.95
    assert s.field_accuracy() >= 0.90


MANIFEST = read_manifest(DOCS.parent / "manifest.yaml")
SHIPPED = {name: entry for name, entry in MANIFEST.items() if entry["set"] != "seed"}


def test_manifest_covers_every_shipped_document() -> None:
    assert set(SHIPPED) == {p.name for p in DOCS.iterdir()}
    layouts = {e["layout"] for e in SHIPPED.values()}
    formats = {e["format"] for e in SHIPPED.values()}
    assert len(layouts) >= 6 and len(formats) >= 3
    assert {e["language"] for e in SHIPPED.values()} == {"en", "zh"}


#: Layout groups of a blind set whose fixes are not finished: scored like every other group and
#: expected to fail while below a floor (the issue-16 note says what is left). Strict, so a group
#: that comes to meet the floors fails here until its entry is removed.
#: (heldout8's two entries removed by branch fix16o, which fixed them.) heldout11 was merged blind
#: on 2026-12-07 with its first run's item F1 / field accuracy per layout; its fixes come next.
#: (Branch fix16t removed table-rows and list-entries, which it fixed, and numbered-headlines,
#: which its byline and fiction-note rules brought to 1.000 / 1.000.)
#: (heldout11's dated-paragraphs, heading-tags, headline-body, numbered-headlines, run-in-headlines
#: and single-notice removed by branch fix16u, which fixed them.)
#: heldout12 was merged blind on 2026-12-07 with its first run's numbers per layout; branches
#: fix16v and fix16w removed five of its layouts, fix16x the last two (heading-tags, table-rows).
#: heldout13 was merged blind on 2026-12-07 with its first run's numbers per layout (table-rows
#: passed on its first run).
#: (heldout13's dated-paragraphs (issue_en), numbered-headlines (zhihu_zh) and single-notice
#: (panjue_zh) removed by branch fix16z, which fixed them; heading-tags and headline-body by
#: branch fix16y; list-entries (legco_zhhk, course_en, gongbao_zhmo) when both were merged.)
#: heldout14 (the mainstream) was merged blind on 2026-12-07 with its first run's numbers per
#: layout (heading-tags, headline-body, list-entries and numbered-headlines passed on their
#: first run); branch fixtrack14 removed dated-paragraphs, run-in-headlines, single-notice and
#: table-rows, which its fixes brought to 1.000 / 1.000.
#: heldout15 (the mainstream, a second examiner) was merged blind on 2026-12-07 with its first
#: run's numbers per layout (dated-paragraphs, heading-tags and table-rows passed).
#: (heldout15's headline-body, numbered-headlines, run-in-headlines and single-notice removed by
#: branch fixtrack15, which fixed them.)
FIXES_UNFINISHED: dict[str, str] = {}


def _groups() -> list[object]:
    groups = sorted({f"{e['set']}/{e['layout']}" for e in SHIPPED.values()})
    return [
        pytest.param(g, marks=pytest.mark.xfail(strict=True, reason=FIXES_UNFINISHED[g]))
        if g in FIXES_UNFINISHED
        else g
        for g in groups
    ]


@pytest.mark.parametrize("group", _groups())
def test_floors_per_layout_on_the_shipped_documents(group: str) -> None:
    """Item F1 >= 0.95 and field accuracy >= 0.90 on every layout, development and held-out."""
    names = sorted(n for n, e in SHIPPED.items() if f"{e['set']}/{e['layout']}" == group)
    s = _score([DOCS / n for n in names])
    assert s.gold_items > 0
    assert s.f1 >= 0.95, s.to_dict()["missed"] + s.to_dict()["spurious"]
    assert s.field_accuracy() >= 0.90, s.errors


def test_scores_by_layout_group_documents_through_the_manifest() -> None:
    a = score_items([{"title": "A b c", "kind": "other"}], [{"title": "A b c", "kind": "other"}])
    b = score_items([{"title": "D e f"}], [])
    groups = by_layout(
        {"x.txt": a, "y.txt": b, "z.txt": Score()},
        {"x.txt": {"layout": "l1", "set": "dev"}, "y.txt": {"layout": "l1", "set": "dev"}},
    )
    assert groups["dev/l1"]["gold"] == 2 and groups["dev/l1"]["matched"] == 1
    assert groups["?/unlisted"]["documents"] == ["z.txt"]


def test_truncated_or_longer_derived_titles_still_pair() -> None:
    sentence = (
        "On 14 November, the Shanghai Municipal Communications Administration named 17 mobile "
        "apps that collected personal information beyond what their services required."
    )
    assert title_score(sentence, sentence[:90]) >= 95
    assert title_score(sentence, sentence + " The apps must rectify within five days.") >= 95
    assert title_score("CVERC Reports 12 APPs", "Jiangsu Reports 14 Vehicle Makers") < 90
