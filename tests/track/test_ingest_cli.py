"""``piplkit track ingest``: skipped text shown to the user, several documents merged."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from piplkit.faces.cli.app import app
from piplkit.track import ingest
from piplkit.track.dedupe import dedupe, same_development
from piplkit.track.linking import link_developments

from .conftest import DOCS

runner = CliRunner()

NEWSLETTER = """Data Update – July 2022 Issue

Legislative Developments

On 7 July 2022, the Cyberspace Administration of China (CAC) released the Measures for the \
Security Assessment of Outbound Data Transfers, which will take effect on 1 September 2022.

Subscribe to our newsletter: news@example.com
"""

NOTICE = """国家互联网信息办公室令（第11号）《数据出境安全评估办法》全文

《数据出境安全评估办法》已经2022年5月19日国家互联网信息办公室室务会议审议通过，现予公布，\
自2022年9月1日起施行。

2022年7月7日
"""


def test_json_output_lists_developments_and_skipped_text(tmp_path: Path) -> None:
    path = tmp_path / "update.txt"
    path.write_text(NEWSLETTER, encoding="utf-8")
    result = runner.invoke(app, ["track", "ingest", str(path), "--format", "json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert report[0]["structure"] == "newsletter" and len(report[0]["developments"]) == 1
    reasons = {s["reason"] for s in report[0]["skipped"]}
    assert {"document title", "section heading", "subscription or contact blurb"} <= reasons
    assert "skipped: subscription or contact blurb" in result.stderr


def test_jsonl_skipped_lines_on_request(tmp_path: Path) -> None:
    path = tmp_path / "update.txt"
    path.write_text(NEWSLETTER, encoding="utf-8")
    plain = runner.invoke(app, ["track", "ingest", str(path)])
    assert all("skipped" not in json.loads(x) for x in plain.stdout.splitlines())
    shown = runner.invoke(app, ["track", "ingest", str(path), "--skipped"])
    lines = [json.loads(x) for x in shown.stdout.splitlines()]
    assert any("skipped" in x and x["skipped"]["reason"] == "document title" for x in lines)


def test_table_output_has_a_not_developments_table(tmp_path: Path) -> None:
    path = tmp_path / "update.txt"
    path.write_text(NEWSLETTER, encoding="utf-8")
    result = runner.invoke(app, ["track", "ingest", str(path), "--format", "table"])
    assert "Not developments" in result.stdout and "Developments" in result.stdout


def test_one_development_in_two_documents_is_printed_once(tmp_path: Path) -> None:
    first, second = tmp_path / "update.txt", tmp_path / "notice.txt"
    first.write_text(NEWSLETTER, encoding="utf-8")
    second.write_text(NOTICE, encoding="utf-8")
    result = runner.invoke(app, ["track", "ingest", str(first), str(second)])
    assert result.exit_code == 0, result.output
    rows = [json.loads(x) for x in result.stdout.splitlines()]
    assert len(rows) == 1 and rows[0]["also_in"] == [str(second)]


def test_dedupe_needs_the_same_date_and_instrument_or_title() -> None:
    _, a = ingest(NEWSLETTER, "a.txt")
    _, b = ingest(NOTICE, "b.txt")
    link_developments(a + b)
    assert same_development(a[0], b[0])
    merged = dedupe(a + b)
    assert len(merged) == 1 and merged[0].also_in == ["b.txt"]
    _, c = ingest(NEWSLETTER.replace("7 July 2022", "8 July 2022"), "c.txt")
    link_developments(c)
    assert not same_development(a[0], c[0])  # another date: another development
    assert not same_development(a[0], a[0])  # never within one document


def test_score_by_layout_prints_each_layout(tmp_path: Path) -> None:
    result = runner.invoke(
        app,
        [
            "track",
            "score",
            str(DOCS.parent / "gold"),
            str(DOCS / "table_tracker_2024_q3.html"),
            str(DOCS / "notice_cac_2022_07.html"),
            "--manifest",
            str(DOCS.parent / "manifest.yaml"),
        ],
    )
    assert result.exit_code == 0, result.output
    layouts = json.loads(result.stdout)["layouts"]
    assert set(layouts) == {"dev/table-rows", "dev/single-notice"}
    assert "dev/table-rows: items F1=1.000" in result.stderr


def test_the_collector_freezes_what_the_first_document_loaded() -> None:
    """``track ingest`` freezes the long-lived objects after its first document (not before:
    that document loads the vocabularies), and passes every result on unchanged."""
    import gc

    from piplkit.faces.cli.track_cmd import _frozen_after_first

    frozen: list[int] = []

    def results() -> Iterator[str]:
        for name in ("a", "b", "c"):
            frozen.append(gc.get_freeze_count())
            yield name

    gc.unfreeze()
    try:
        assert list(_frozen_after_first(results())) == ["a", "b", "c"]  # type: ignore[arg-type]
        assert frozen[0] == 0 and frozen[1] > 0
    finally:
        gc.unfreeze()  # (the rest of the test session collects as before)


def test_ingest_output_is_the_same_with_the_collector_frozen(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Freezing changes when garbage is collected, never what is printed."""
    import gc

    paths = [tmp_path / "a.txt", tmp_path / "b.txt"]
    paths[0].write_text(NEWSLETTER, encoding="utf-8")
    paths[1].write_text(NOTICE, encoding="utf-8")
    args = ["track", "ingest", "--skipped", *map(str, paths)]
    gc.unfreeze()
    try:
        frozen = runner.invoke(app, args)
    finally:
        gc.unfreeze()
    monkeypatch.setattr(gc, "freeze", lambda: None)
    plain = runner.invoke(app, args)
    assert frozen.exit_code == plain.exit_code == 0
    assert frozen.output == plain.output and frozen.output.count("\n") >= 2
