"""heldout12 (fix16w): an association's notice issuing its self-regulatory convention.

The notice is written for these tests (an alliance's 行业公约 in plain text), not copied from
the blind set's PDF."""

from __future__ import annotations

from piplkit.track.extract import ingest

_NOTICE = """示例数据安全产业联盟关于印发《智能网联汽车数据处理行业公约》的通知

示数盟〔2025〕8号

各成员单位：

为贯彻落实《中华人民共和国数据安全法》《汽车数据安全管理若干规定（试行）》，联盟秘书处组织成员单位起草了《智能网联汽车数据处理行业公约》（以下简称《公约》）。《公约》已经联盟第二次成员大会审议通过，现予印发，自2026年3月1日起施行。

请各成员单位于2026年1月15日前反馈签署意见。

示例数据安全产业联盟
2025年11月20日
"""


def _dev():  # type: ignore[no-untyped-def]
    devs = ingest(_NOTICE, "lianmeng.txt")[1]
    assert len(devs) == 1
    return devs[0]


def test_convention_is_industry_self_regulation() -> None:
    assert _dev().kind == "industry"


def test_drafted_then_adopted_convention_is_adopted_with_its_effect() -> None:
    stages = {m.name: (m.stage, m.effective_date) for m in _dev().instruments}
    assert stages.get("智能网联汽车数据处理行业公约") == ("adopted", "2026-03-01")


def test_laws_it_implements_are_cited_not_planned() -> None:
    stages = {m.name: m.stage for m in _dev().instruments}
    assert stages.get("中华人民共和国数据安全法") == "other"
    assert not any("关于印发" in n for n in stages)


def test_control_drafting_under_way_is_still_a_plan() -> None:
    text = (
        "工作动态\n\n2025年11月3日，示例省司法厅正在起草《示例省公共数据管理办法》，"
        "预计明年提请审议。\n"
    )
    devs = ingest(text, "dongtai.txt")[1]
    stages = [m.stage for d in devs for m in d.instruments if "公共数据管理办法" in m.name]
    assert stages and stages[0] == "plan"
