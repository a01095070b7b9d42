"""Each extractor on its own: dates, penalties, authorities, instruments, kinds."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from piplkit.track import authorities, dates, instruments, kinds, penalties


@pytest.mark.parametrize(
    ("text", "reference", "expected"),
    [
        ("On May 24, Shanghai voted.", dt.date(2022, 5, 31), "2022-05-24"),
        ("On 30 June, the CAC released it.", dt.date(2022, 7, 31), "2022-06-30"),
        ("On December 5, MIIT said.", dt.date(2023, 1, 31), "2022-12-05"),  # previous year
        ("On January 5, MIIT said.", dt.date(2022, 12, 31), "2023-01-05"),  # early next issue
        ("On May 30, 2021, the court held.", dt.date(2022, 5, 31), "2021-05-30"),  # explicit
        ("In June, TC260 issued two drafts.", dt.date(2022, 7, 31), "2022-06"),
        ("3月8日，全国信息安全标准化技术委员会发布", dt.date(2023, 3, 31), "2023-03-08"),
        ("2022年9月9日，国家网信办发布", None, "2022-09-09"),
        (
            "Since April 2021, Fu sold data. On August 31, the court sentenced him.",
            dt.date(2022, 10, 19),
            "2022-08-31",
        ),
    ],
)
def test_event_date_with_inferred_year(text: str, reference: dt.date | None, expected: str) -> None:
    assert dates.event_date(text, "", reference) == expected


def test_effective_date_is_not_the_event_date() -> None:
    text = "The rules, which take effect on 1 September 2022, were released on 7 July 2022."
    assert dates.event_date(text, "", None) == "2022-07-07"


def test_no_year_anywhere_gives_no_date() -> None:
    assert dates.event_date("On May 24, Shanghai voted.", "", None) is None


def test_invalid_calendar_dates_are_ignored() -> None:
    assert dates.find_dates("On February 30, 2022 nothing happened.") == ()


def test_publication_date_from_title() -> None:
    assert dates.publication_date("Monthly Update – July 2022 Issue") == dt.date(2022, 7, 31)
    assert dates.publication_date(" date 2022-10-19 Legislation") == dt.date(2022, 10, 19)


def test_parse_date_uses_dateparser_offline() -> None:
    assert dates.parse_date("19 October 2022") == dt.date(2022, 10, 19)
    assert dates.parse_date("2022年10月19日") == dt.date(2022, 10, 19)


@given(st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2099, 12, 31)))
def test_every_english_and_chinese_full_date_round_trips(day: dt.date) -> None:
    for text in (
        f"On {day:%B} {day.day}, {day.year}, X.",
        f"On {day.day} {day:%B} {day.year}, X.",
        f"{day.year}年{day.month}月{day.day}日，X。",
    ):
        assert dates.event_date(text, "", None) == day.isoformat()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("was fined RMB 500,000.", 500000),
        ("fined CNY 1.2 million", 1200000),
        ("were fined 1.4 million CNY in total", 1400000),
        ("被处以罚款50万元", 500000),
        ("罚款1.2亿元", 120000000),
        ("罚款五十万元", 500000),
        ("a fine of 45,000 yuan, surrendered the illegal income of 35,000 yuan", 45000),
        ("A was fined RMB 50,000 and B was fined RMB 30,000.", 80000),
        ("the market reached 2.39 billion CNY in value", None),
        ("ordered to pay RMB 2,000 as compensation", None),
        ("no money here", None),
    ],
)
def test_penalties(text: str, expected: int | None) -> None:
    assert penalties.penalty_cny(text) == expected


@given(st.integers(min_value=1, max_value=10**9))
def test_penalty_amount_formats_agree(amount: int) -> None:
    assert penalties.penalty_cny(f"The company was fined RMB {amount:,}.") == amount
    assert penalties.penalty_cny(f"被处以罚款{amount}元。") == amount


def test_zh_numerals() -> None:
    assert penalties.zh_number("五十万") == 500000
    assert penalties.zh_number("一亿二千万") == 120000000
    assert penalties.zh_number("abc") is None


def test_authorities_use_the_documents_abbreviation() -> None:
    text = (
        "The National Information Security Standardization Technical Committee "
        '("NISTC") issued a draft.'
    )
    abbr = authorities.document_abbreviations(text)
    assert authorities.extract(text, [], abbr) == ["NISTC"]


def test_authorities_known_local_and_chinese() -> None:
    text = (
        "On 9 June, the State Administration for Market Regulation and the Ministry of Public "
        "Security, "
        "the Hangzhou Municipal Bureau of Market Regulation and the Hainan Provincial CAC acted. "
        "The Commission said."
    )
    assert authorities.extract(text, [], {}) == [
        "SAMR",
        "MPS",
        "Hangzhou Municipal Bureau of Market Regulation",
        "Hainan Provincial CAC",
    ]
    assert authorities.extract("国家网信办、工业和信息化部和上海市通信管理局发布", [], {}) == [
        "CAC",
        "MIIT",
        "上海市通信管理局",
    ]


def test_authorities_inside_instrument_titles_are_not_reported() -> None:
    title = "Provisions of the Supreme People's Court on Facial Recognition Cases"
    text = f"The court applied the {title}."
    found, spans = instruments.extract(text, None)
    assert [m.name for m in found] == [
        "Provisions of the Supreme People's Court on Facial Recognition Cases"
    ]
    assert authorities.extract(text, spans, {}) == []


def test_instruments_stages_aliases_and_effective_dates() -> None:
    text = (
        "On 9 June, SAMR and CAC issued the Announcement on Data Certification "
        "(the \u201cAnnouncement\u201d) and the annexed Implementation Rules of Data "
        "Certification, which take effect on 1 July 2022, "
        "under the Cybersecurity Law and the Personal Information Protection Law. "
        "The Announcement encourages certification."
    )
    found, _ = instruments.extract(text, dt.date(2022, 6, 30))
    assert [(m.name, m.stage, m.effective_date) for m in found] == [
        ("Announcement on Data Certification", "adopted", None),
        ("Implementation Rules of Data Certification", "adopted", "2022-07-01"),
        ("Cybersecurity Law", "other", None),
        ("Personal Information Protection Law", "other", None),
    ]


@pytest.mark.parametrize(
    ("text", "stage"),
    [
        ("NEA released the Measures for Power Security (Revised Draft for Comments).", "draft"),
        ("MIIT is currently revising the Provisions on Telecom User Data.", "plan"),
        (
            "The court applied the Provisions on Telecom User Data in accordance with the law.",
            "other",
        ),
        ("国家网信办发布《个人信息出境标准合同办法》，自2023年6月1日起施行。", "adopted"),
        ("全国信安标委发布《信息安全技术 敏感个人信息处理安全要求（征求意见稿）》。", "draft"),
    ],
)
def test_instrument_stage_cues(text: str, stage: str) -> None:
    found, _ = instruments.extract(text, dt.date(2023, 3, 1))
    assert found and found[0].stage == stage


def test_generic_references_and_five_year_plan_periods_are_not_titles() -> None:
    text = "The Measures apply. By the end of the 14th Five-Year Plan period, a hub will exist."
    assert instruments.extract(text, None)[0] == []


@pytest.mark.parametrize(
    ("headline", "body", "section", "kind"),
    [
        (
            "Company Fined RMB 1 Million",
            "On May 5, the regulator fined a company.",
            None,
            "enforcement",
        ),
        (
            "Court Sentences Data Broker",
            "The court sentenced the defendant to prison.",
            None,
            "judicial",
        ),
        (
            "CAC Issues Draft Measures",
            "CAC released the Measures (Draft for Comments).",
            None,
            "legislation",
        ),
        (
            "White Paper on Data Markets Released",
            "The forum released a white paper.",
            None,
            "industry",
        ),
        ("Officials Meet", "They met.", None, "other"),
        ("Officials Meet", "They met.", "enforcement", "enforcement"),
    ],
)
def test_kinds(headline: str, body: str, section: str | None, kind: str) -> None:
    assert kinds.classify(headline, body, section) == kind


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "SAMR fined the firm CNY 300,000 under the Personal Information Protection Law.",
            ["Personal Information Protection Law"],
        ),
        ("It fined 12 apps under the Cybersecurity Law.", ["Cybersecurity Law"]),
        (
            "NDRC issued the 14th Five-Year Plan for Bio-economic Development.",
            ["14th Five-Year Plan for Bio-economic Development"],
        ),
    ],
)
def test_an_amount_does_not_start_a_title(text: str, names: list[str]) -> None:
    assert [f.name for f in instruments.find_titles(text)] == names
