"""Routes for free-trade-zone lists (2024 Provisions Art. 6), data without PI (Art. 3) and
automobile PI as important data (Automobile Data Provisions Art. 3(5)). Each case names the
article deciding it. The Tianjin list is in force from 2024-06-01 (published May 2024; the day
is not confirmed, so piplkit applies it from the first day it had certainly been published).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from helpers_assess import profile, xfer

from piplkit.assess.rules import ProfileError, evaluate, profile_from_data

D = dt.date.fromisoformat


def _route(day: str, t: dict[str, Any], **handler: Any) -> tuple[str, set[str], str]:
    a = evaluate(profile(t, **handler), D(day))
    r = a.transfer("T1")
    return r.route, {f"{c.instrument}:{c.article}" for c in r.citations}, " ".join(r.reasons)


@pytest.mark.parametrize(
    ("day", "transfer", "handler", "route", "cite", "why"),
    [
        (
            "2024-07-01",
            xfer(volumes={2024: 300_000}, negative_list_categories=[]),
            {"free_trade_zone": "tianjin"},
            "exempt",
            "cac_cbdf_provisions_2024:Art. 6",
            "PROV Art. 6: 负面清单外的数据 → exempt from all three mechanisms",
        ),
        (
            "2024-07-01",
            xfer(volumes={2024: 300_000}, negative_list_categories=["finance"]),
            {"free_trade_zone": "tianjin"},
            "standard_contract_or_certification",
            "tianjin_ftz_negative_list_2024:-",
            "data in the list: PROV Art. 8 band applies",
        ),
        (
            "2024-05-31",
            xfer(volumes={2024: 300_000}, negative_list_categories=[]),
            {"free_trade_zone": "tianjin"},
            "standard_contract_or_certification",
            "cac_cbdf_provisions_2024:Art. 8",
            "no Tianjin list in force yet: PROV Art. 8",
        ),
        (
            "2024-07-01",
            xfer(volumes={2024: 300_000}),
            {"free_trade_zone": "tianjin"},
            "standard_contract_or_certification",
            "cac_cbdf_provisions_2024:Art. 8",
            "categories not stated: no Art. 6 exemption assumed",
        ),
        (
            "2024-07-01",
            xfer(volumes={2024: 300_000}, negative_list_categories=[]),
            {"free_trade_zone": "tianjin", "ciio": True},
            "security_assessment",
            "cac_cbdf_provisions_2024:Art. 7(1)",
            "CIIO: PROV Art. 7(1) (stricter reading)",
        ),
        (
            "2024-07-01",
            xfer(volumes={2024: 300_000}, negative_list_categories=[], important_data=True),
            {"free_trade_zone": "tianjin"},
            "security_assessment",
            "cac_cbdf_provisions_2024:Art. 7(2)",
            "important data: PROV Art. 7(2) before Art. 6",
        ),
        (
            "2024-10-01",
            xfer(volumes={2024: 300_000}, negative_list_categories=[]),
            {"free_trade_zone": "beijing"},
            "exempt",
            "beijing_ftz_negative_list_2024:-",
            "Beijing list in force from 2024-09-01 (month of publication + 1)",
        ),
        (
            "2024-07-01",
            xfer(volumes={}, contains_personal_information=False, purpose="international_business"),
            {},
            "exempt",
            "cac_cbdf_provisions_2024:Art. 3",
            "PROV Art. 3: trade data without PI or important data",
        ),
        (
            "2023-07-01",
            xfer(volumes={}, contains_personal_information=False, purpose="international_business"),
            {},
            "not_applicable",
            "pipl:Art. 38",
            "before PROV: no PI, no important data, no trigger",
        ),
        (
            "2024-07-01",
            xfer(volumes={}, contains_personal_information=False, important_data=True),
            {},
            "security_assessment",
            "cac_cbdf_provisions_2024:Art. 7(2)",
            "important data without PI: PROV Art. 7(2)",
        ),
        (
            "2024-07-01",
            xfer(volumes={2024: 100_001}),
            {"automotive_data_handler": True},
            "security_assessment",
            "auto_data_provisions_2021:Art. 3 (重要数据, item 5)",
            "Automobile Data Provisions Art. 3(5): 超过10万人 PI is important data",
        ),
        (
            "2024-07-01",
            xfer(volumes={2024: 100_000}),
            {"automotive_data_handler": True},
            "standard_contract_or_certification",
            "cac_cbdf_provisions_2024:Art. 8",
            "exactly 100,000 is not 超过10万人",
        ),
        (
            "2024-07-01",
            xfer(volumes={2024: 150_000}, important_data_notified=False),
            {"automotive_data_handler": True},
            "standard_contract_or_certification",
            "cac_cbdf_provisions_2024:Art. 2",
            "PROV Art. 2: stated as not notified/published",
        ),
    ],
)
def test_route(
    day: str, transfer: dict[str, Any], handler: dict[str, Any], route: str, cite: str, why: str
) -> None:
    got, cites, _ = _route(day, transfer, **handler)
    assert got == route, why
    assert cite in cites, (why, cites)


def test_ftz_exempt_volumes_leave_the_count() -> None:
    # T2 outside the Tianjin list is not counted (flagged); T1 alone is below 100,000 → exempt
    p = profile(
        xfer("T1", volumes={2024: 60_000}, negative_list_categories=["finance"]),
        xfer("T2", volumes={2024: 900_000}, negative_list_categories=[]),
        free_trade_zone="tianjin",
    )
    a = evaluate(p, D("2024-07-01"))
    assert a.transfer("T2").route == "exempt"
    assert a.transfer("T1").route == "exempt"  # PROV Art. 5(4) on 60,000
    assert "exempt volumes left out of the count" in {u.subject for u in a.unverified}


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"free_trade_zone": "atlantis"}, "unknown free trade zone 'atlantis'"),
        ({"free_trade_zone": "tianjin", "cats": ["cars"]}, "cars not in the tianjin list"),
        ({"cats": []}, "needs handler.free_trade_zone"),
    ],
)
def test_bad_zone_input_is_a_clear_error(data: dict[str, Any], message: str) -> None:
    t = xfer(volumes={2024: 10})
    if "cats" in data:
        t["negative_list_categories"] = data["cats"]
    handler = {"name": "X", "individuals_processed": 1}
    if "free_trade_zone" in data:
        handler["free_trade_zone"] = data["free_trade_zone"]
    with pytest.raises(ProfileError, match=message):
        profile_from_data({"handler": handler, "transfers": [t]})


def test_free_text_categories_for_lists_not_read() -> None:
    # Beijing's list classes were not read: free text is accepted (nothing to check against)
    p = profile(
        xfer(volumes={2024: 10}, negative_list_categories=["automotive"]), free_trade_zone="beijing"
    )
    assert p.transfers[0].negative_list_categories == ("automotive",)


def test_no_pi_transfer_cannot_count_individuals() -> None:
    with pytest.raises(ProfileError, match="contains_personal_information is false"):
        profile(xfer(volumes={2024: 5}, contains_personal_information=False))
