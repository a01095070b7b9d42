# ruff: noqa: E501
"""heldout13 (fix16y): an official gazette's contents page and the fields of its entries.

The page is written for these tests (a city government gazette's contents in simplified
Chinese with English lines under its entries, its acts and numbers invented), not copied from
the blind set's Macao gazette; the field rules are also tested on sentences of other wordings."""

from __future__ import annotations

import datetime as dt

from piplkit.track import dates, kinds, pagedate
from piplkit.track.extract import ingest
from piplkit.track.model import Development, InstrumentMention
from piplkit.track.penalties import penalty_cny
from piplkit.track.relday import dated_relative

_GAZETTE = """示例市人民政府公报
Sample City Government Gazette
2025年第23期
2025年12月8日，星期一 Monday, 8 December 2025

目录 CONTENTS

市人民政府 Municipal People's Government

• 示例市人民政府令第45号：《示例市公共数据管理办法》，2025年11月21日市人民政府常务会议通过，自公布之次日起施行。…… 3
  Decree No. 45/2025 of the Municipal People's Government — Measures of Sample City on Public Data. …… 3
• 示例市人民政府关于批准《示例市数据交易场所管理规则》的决定（第 88/2025 号），自2026年2月1日起施行。…… 9
  Decision No. 88/2025 approving the Rules on Data Trading Venues of Sample City. …… 9

示例市数据局 Sample City Data Bureau

• 示例市数据局第 7/2025 号公告：2025年12月2日公布《示例市公共数据授权运营指引》，自即日起实施。…… 14
  Notice No. 7/2025 of the Data Bureau — Guidelines on authorised operation of public data. …… 14
• 行政处罚决定摘要：示例市数据局于2025年11月28日对一家物流公司处以罚款港币十万元，因其违规向境外提供运单数据。…… 17
  Summary of a penalty decision — HK$100,000 on a logistics company. …… 17
"""


def _titles_and_dates() -> list[tuple[str, str | None]]:
    return [(d.title, d.date) for d in ingest(_GAZETTE, "gazette.txt")[1]]


def test_each_entry_is_an_item_titled_without_its_page_number() -> None:
    titles = [t for t, _ in _titles_and_dates()]
    assert len(titles) == 4
    assert titles[0].startswith("示例市人民政府令第45号：")
    assert all(t.endswith("。") for t in titles)


def test_the_english_line_under_an_entry_is_its_translation() -> None:
    doc, devs = ingest(_GAZETTE, "gazette.txt")
    assert not any(d.title.startswith(("Decree", "Decision", "Notice", "Summary")) for d in devs)
    assert sum(1 for s in doc.skipped if s.reason.startswith("translation")) == 4


def test_the_body_names_over_the_entries_are_no_titles() -> None:
    titles = [t for t, _ in _titles_and_dates()]
    assert len(titles) == 4
    assert not any(t.startswith(("市人民政府 ", "示例市数据局 Sample")) for t in titles)


def test_dates_of_the_entries_and_of_the_undated_decision() -> None:
    found = _titles_and_dates()
    assert [d for _, d in found] == ["2025-11-21", "2025-12-08", "2025-12-02", "2025-11-28"]


def test_the_issue_date_line_with_its_weekday_dates_the_document() -> None:
    masthead = "示例市人民政府公报 Sample City Government Gazette 2025年第23期 第一部分 Part One"
    preamble = f"{masthead}\n2025年12月8日，星期一 Monday, 8 December 2025"
    assert dates.publication_date(preamble) == dt.date(2025, 12, 8)
    issue = "2025年12月8日，星期一 Monday, 8 December 2025"
    assert pagedate.meta_field(issue, 0, len("2025年12月8日"))


def test_control_a_sentence_that_opens_with_a_date_and_weekday_is_no_issue_date() -> None:
    line = "2025年11月3日，星期一，国家网信办发布了《个人信息出境认证办法》。"
    assert not pagedate.meta_field(line, 0, len("2025年11月3日"))


def test_from_the_day_after_publication() -> None:
    from piplkit.track.immediate import in_force_next_day  # (new in fix16y)

    mention = InstrumentMention("示例市公共数据管理办法", "adopted", None, 0)
    text = "《示例市公共数据管理办法》经会议通过，自公布之次日起施行。"
    out = in_force_next_day(text, [mention], dt.date(2025, 12, 8))
    assert out[0].effective_date == "2025-12-09"
    english = "The Rules were adopted and take effect from the day after their publication."
    assert in_force_next_day(english, [mention], dt.date(2025, 12, 8))[0].effective_date is None
    english = "The Rules were adopted and take effect from the day after its publication."
    rule = InstrumentMention("Rules", "adopted", None, 4)
    assert in_force_next_day(english, [rule], dt.date(2025, 12, 8))[0].effective_date == (
        "2025-12-09"
    )


def test_an_amount_in_another_currency_is_no_cny_fine() -> None:
    assert penalty_cny("对一家物流公司处以罚款港币十万元") is None
    assert penalty_cny("对该公司处以罚款美元5万元") is None


def test_control_a_fine_in_renminbi_stays() -> None:
    assert penalty_cny("对一家物流公司处以罚款人民币十万元") == 100000
    assert penalty_cny("对一家物流公司处以罚款十万元") == 100000


def test_a_rules_name_in_book_title_marks_reports_no_naming_and_shaming() -> None:
    assert kinds.classify("示例市公布《数据安全事件通报办法》", "", None) == "legislation"


def test_control_a_naming_outside_book_title_marks_stays_enforcement() -> None:
    assert kinds.classify("示例市通信管理局通报12款违规App", "", None) == "enforcement"


def _act(
    effective: str | None, stage: str = "adopted", authority: str = "示例市人民政府"
) -> Development:
    return Development(
        "批准《规则》",
        None,
        [authority] if authority else [],
        [InstrumentMention("规则", stage, effective, 0)],  # type: ignore[arg-type]
        "legislation",
        None,
        [],
        [],
        "批准《规则》",
    )


def test_an_act_just_issued_is_dated_by_the_document() -> None:
    assert dated_relative(_act("2026-02-01"), dt.date(2025, 12, 8)).date == "2025-12-08"


def test_control_acts_already_in_force_or_unnamed_stay_undated() -> None:
    reference = dt.date(2025, 12, 8)
    assert dated_relative(_act("2025-01-01"), reference).date is None
    assert dated_relative(_act(None, "other"), reference).date is None
    assert dated_relative(_act("2026-02-01", authority=""), reference).date is None


def test_macao_bodies_as_written() -> None:
    text = "2025年11月20日，澳门特别行政区立法会通过修改《个人资料保护法》的法律。"
    devs = ingest(f"# 澳门动态\n\n{text}\n", "macao.md")[1]
    assert devs[0].authorities == ["立法会"]
