# ruff: noqa: E501
"""heldout12 (fix16x): a channel's fields — another currency, a region's body, a one-line
item's abbreviation.

The documents are written for these tests (a simplified-script 港澳 weekly in Markdown with a
fine in 澳门币, and an English list of one-line links), not copied from the blind set's
Telegram export."""

from __future__ import annotations

from piplkit.track.extract import ingest
from piplkit.track.penalties import penalty_cny
from piplkit.track.sarbodies import sar_bodies

_WEEKLY = """\
# 港澳数据合规周报（2025年第12期）

发布日期：2025年11月28日

## 澳门金融管理局处罚一家银行

11月26日，澳门金融管理局对一家银行处以澳门币12万元罚款，原因是该行泄露客户个人信息。

## 国家网信办处罚一家出行平台

11月25日，国家网信办依据《个人信息保护法》对一家出行平台处以罚款80万元。
"""

_LINKS = """\
# Privacy wire – links of the week

Issue of 28 November 2025

- On 24 November 2025, the Office of the Information Commissioner for Data Ethics (OICDE) published guidance on workplace monitoring. https://example.org/oicde-guidance
- On 25 November 2025, the Cyberspace Administration of China fined a travel platform RMB 800,000 under the Personal Information Protection Law. https://example.org/cac-fine
- On 26 November 2025, the Ministry of Industry and Information Technology named 12 apps. https://example.org/miit
"""


def test_a_fine_in_patacas_is_no_cny_and_the_region_body_is_named() -> None:
    found = ingest(_WEEKLY, "gangao.md")[1]
    assert [d.authorities for d in found] == [["澳门金融管理局"], ["CAC"]]
    assert [d.penalty_cny for d in found] == [None, 800000]


def test_amounts_after_another_currency_are_no_fines_in_yuan() -> None:
    assert penalty_cny("对该公司处以港币5万元罚款") is None
    assert penalty_cny("the regulator fined the bank MOP 40,000 yuan") is None
    # control: yuan, and a fine in yuan beside one in another currency
    assert penalty_cny("对该公司处以罚款5万元") == 50000
    assert penalty_cny("处以港元3万元罚款，另对负责人处以罚款人民币2万元") == 20000


def test_a_region_body_without_its_sar_name() -> None:
    assert [h[2] for h in sar_bodies("11月3日，香港海关署破获一宗案件")] == ["香港海关署"]
    # controls: a company that is fined, words and particles inside
    assert sar_bodies("香港公司处以罚款") == []
    assert sar_bodies("香港的数据中心由市政局管理") == []


def test_a_one_line_item_defines_its_abbreviation() -> None:
    found = ingest(_LINKS, "links.md")[1]
    assert found[0].authorities == ["OICDE"]
    assert found[1].authorities == ["CAC"]
