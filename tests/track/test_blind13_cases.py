# ruff: noqa: E501
"""heldout13 (fix16z): the court an appeal may go to is no actor of a judgment; a tracker's
status cell about a case ("Final decision") gives no instrument's stage.

The documents are written for these tests (a plain-text 刑事判决书 excerpt and a Markdown risk
table), not copied from the blind set's judgment or heat map."""

from __future__ import annotations

from piplkit.track import authorities
from piplkit.track.extract import ingest

_TABLE = """# Privacy risk register, December 2025

| Date | Regulator | Change | Status |
|---|---|---|---|
| 20 Nov 2025 | Shanghai Municipal Internet Information Office | Delivery platform fined RMB 800,000 for keeping riders' location histories, under the Personal Information Protection Law | Final decision |
| 25 Nov 2025 | Beijing Internet Court | Court rules a smart-speaker maker must delete children's recordings, under the Personal Information Protection Law | Judgment under appeal |
| 28 Nov 2025 | CAC | Measures for Personal Information Protection Audits issued | Effective 1 May 2026 |
"""


def test_the_appeal_court_is_no_actor() -> None:
    text = "如不服本判决，可在判决书送达之日起十五日内，向本院递交上诉状，上诉于上海市第一中级人民法院。"
    assert authorities.extract(text, [], {}) == []


def test_control_the_deciding_court_stays() -> None:
    text = "2025年11月3日，上海市浦东新区人民法院判决被告删除原告的个人信息。"
    assert authorities.extract(text, [], {}) == ["上海市浦东新区人民法院"]


def test_case_status_cells_give_no_stage() -> None:
    devs = ingest(_TABLE, "register.md")[1]
    stages = [[m.stage for m in d.instruments] for d in devs]
    assert stages[0] == ["other"]
    assert stages[1] == ["other"]


def test_control_an_issued_rule_keeps_its_stage() -> None:
    devs = ingest(_TABLE, "register.md")[1]
    assert [m.stage for m in devs[2].instruments] == ["adopted"]
