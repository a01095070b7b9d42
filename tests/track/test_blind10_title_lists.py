# ruff: noqa: E501  (the texts below are document text)
"""heldout10's instrument fields (issue 16, branch fix16s), in other wordings than the blind
documents:

- titles in one list share the date of effect written after the last (the Macau e-mail's three
  standards "《A》《B》和《C》…將於2026年6月1日起實施" gave it to the last only);
- a project listed in a legislative work plan is a plan, named without a bare （修订） (H10-7);
- answers or an FAQ on an instrument leave it ``other`` with its date of effect (H10-8);
- a government's general office is the authority; a foreign Act or Decree is an instrument.

Controls: titles that are not one list keep their own dates; a version's year stays."""

from __future__ import annotations

import datetime as dt

from piplkit.track import authorities, ingest, instruments

REF = dt.date(2025, 12, 1)


def _fields(text: str) -> list[tuple[str, str, str | None]]:
    found, _ = instruments.extract(text, REF)
    return [(m.name, m.stage, m.effective_date) for m in found]


def test_english_titles_in_one_list_share_the_date_of_effect() -> None:
    text = (
        "On 20 November 2025, SAMR and SAC published the Data Security Technology — Data Classification Rules, "
        "the Data Security Technology — Data Masking Guidelines and the Data Security Technology — Data Erasure "
        "Requirements, which take effect on 1 May 2026."
    )
    assert [e for _, _, e in _fields(text)] == ["2026-05-01"] * 3


def test_chinese_titles_joined_by_commas_share_the_date_of_effect() -> None:
    text = "11月20日，国家标准委批准发布《数据安全技术 数据分类分级规则》、《数据安全技术 数据脱敏指南》及《数据安全技术 数据销毁要求》三项国家标准，自2026年5月1日起实施。"
    assert [e for _, _, e in _fields(text)] == ["2026-05-01"] * 3


def test_control_titles_in_separate_clauses_keep_their_own_dates() -> None:
    text = "《甲省数据条例》自2026年1月1日起施行，《乙市公共数据管理办法》同时废止。"
    assert [e for _, _, e in _fields(text)] == ["2026-01-01", None]


def test_a_project_in_a_legislative_work_plan_is_a_plan_without_its_revision_mark() -> None:
    text = "4月8日，四川省人民政府办公厅印发2025年度立法工作计划，将《四川省数据条例（修改）》列为预备项目。"
    assert _fields(text) == [("四川省数据条例", "plan", None)]
    assert authorities.extract(text, [], {}) == ["四川省人民政府办公厅"]


def test_control_a_versions_year_stays_in_the_name() -> None:
    text = "《中华人民共和国网络安全法（2025年修正）》自2026年1月1日起施行。"
    names = [n for n, _, _ in _fields(text)]
    assert names and "2025年修正" in " ".join(names)


def test_an_faq_on_measures_leaves_them_other_with_their_date_of_effect() -> None:
    text = (
        "On 3 December 2025 the Cyberspace Administration of China released an FAQ on the Measures for "
        "Labelling Network Data, which take effect on 1 March 2026."
    )
    assert _fields(text) == [("Measures for Labelling Network Data", "other", "2026-03-01")]


def test_control_measures_issued_with_a_date_of_effect_are_adopted() -> None:
    text = (
        "On 3 December 2025 the Cyberspace Administration of China issued the Measures for Labelling "
        "Network Data, which take effect on 1 March 2026."
    )
    assert _fields(text) == [("Measures for Labelling Network Data", "adopted", "2026-03-01")]


JP = """# Asia privacy notes

## Japan

### PPC finalises amended Enforcement Order on pseudonymised data

On 18 November 2025, Japan's Personal Information Protection Commission (PPC) finalised amendments to the Enforcement Decree of the Act on the Protection of Personal Information, which take effect on 1 April 2026.

## Malaysia

### Commissioner fines an insurer

On 25 November 2025, the Personal Data Protection Commissioner fined an insurer MYR 100,000 under the Personal Data Protection Act 2010.
"""


def test_foreign_acts_and_decrees_are_instruments_and_a_decree_is_legislation() -> None:
    _, devs = ingest(JP, "asia.md")
    assert len(devs) == 2
    decree, fine = devs
    assert decree.kind == "legislation"
    assert [(m.name, m.stage) for m in decree.instruments] == [
        ("Enforcement Decree of the Act on the Protection of Personal Information", "adopted")
    ]
    assert [m.name for m in fine.instruments] == ["Personal Data Protection Act 2010"]
