"""Table-driven cross-border route cases across the 2021, 2022, 2023 and 2024+ regimes.

Each case states the article that justifies the expected route. Abbreviations in `why`:
SA = Security Assessment Measures (CAC Order 11, eff. 2022-09-01); SCC = Standard Contract
Measures (CAC Order 13, eff. 2023-06-01); PROV = Provisions on Promoting and Regulating
Cross-border Data Flows (CAC Order 16, eff. 2024-03-22). Chinese drafting: "以上"/"达到"
include the number, "不满" excludes it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

import pytest
from helpers_assess import profile, xfer

from piplkit.assess.rules import evaluate

D = dt.date.fromisoformat


@dataclass(frozen=True)
class Case:
    id: str
    as_of: str
    transfers: tuple[dict[str, Any], ...]
    route: str
    why: str
    handler: tuple[tuple[str, Any], ...] = ()
    cites: tuple[str, ...] = ()  # "instrument:article" that must appear
    target: str = "T1"


def c(
    id: str,
    as_of: str,
    transfers: dict[str, Any] | tuple[dict[str, Any], ...],
    route: str,
    why: str,
    cites: tuple[str, ...] = (),
    target: str = "T1",
    **handler: Any,
) -> Case:
    ts = transfers if isinstance(transfers, tuple) else (transfers,)
    return Case(id, as_of, ts, route, why, tuple(handler.items()), cites, target)


SA_, SCC_, PROV_ = "security_assessment", "standard_contract_or_certification", "exempt"
NA = "not_applicable"

CASES = [
    # -- PIPL only (2021-11-01 .. 2022-08-31) ------------------------------------------------
    c(
        "pipl-only-noncioo",
        "2021-12-01",
        xfer(volumes={2021: 50_000}),
        SCC_,
        "PIPL Art. 38: one of assessment/certification/standard contract; no thresholds set yet",
        ("pipl:Art. 38",),
    ),
    c(
        "pipl-only-ciio",
        "2021-12-01",
        xfer(volumes={2021: 10}),
        SA_,
        "PIPL Art. 40: CIIOs must pass the CAC security assessment",
        ("pipl:Art. 40",),
        ciio=True,
    ),
    c(
        "pipl-only-important-data",
        "2022-03-01",
        xfer(volumes={2022: 10}, important_data=True),
        SA_,
        "DSL Art. 31: important data export per CSL / CAC measures",
        ("dsl:Art. 31",),
    ),
    c(
        "pipl-only-contract-no-exemption",
        "2022-05-01",
        xfer(purpose="contract_with_individual", volumes={2022: 5_000}),
        SCC_,
        "PIPL Art. 38: no scenario exemption before PROV Art. 5",
    ),
    c(
        "pipl-only-nothing-in-window",
        "2022-05-01",
        xfer(volumes={2021: 5_000}),
        NA,
        "nothing exported in the as-of year: no PIPL Art. 38 transfer to route",
    ),
    c(
        "day-before-sa",
        "2022-08-31",
        xfer(volumes={2022: 200_000}),
        SCC_,
        "SA not in force until 2022-09-01: PIPL Art. 38 only",
    ),
    # -- Security Assessment Measures (2022-09-01 ..) ----------------------------------------
    c(
        "sa-effective-day",
        "2022-09-01",
        xfer(volumes={2022: 200_000}),
        SA_,
        "SA Art. 4(3): 200,000 ≥ 100,000 since 1 Jan of previous year",
        ("cac_sa_measures_2022:Art. 4(3)",),
    ),
    c(
        "sa-99999",
        "2022-10-01",
        xfer(volumes={2021: 40_000, 2022: 59_999}),
        SCC_,
        "SA Art. 4(3) not met (99,999 < 100,000); PIPL Art. 38",
    ),
    c(
        "sa-exactly-100000-across-years",
        "2022-10-01",
        xfer(volumes={2021: 40_000, 2022: 60_000}),
        SA_,
        "SA Art. 4(3): 累计向境外提供10万人 reached, window includes 2021",
        ("cac_sa_measures_2022:Art. 4(3)",),
    ),
    c(
        "sa-spi-exactly-10000",
        "2022-10-01",
        xfer(volumes={2022: (20_000, 10_000)}),
        SA_,
        "SA Art. 4(3): 1万人敏感个人信息 reached",
        ("cac_sa_measures_2022:Art. 4(3)",),
    ),
    c(
        "sa-spi-9999",
        "2022-10-01",
        xfer(volumes={2022: (20_000, 9_999)}),
        SCC_,
        "SA Art. 4(3) not met: 9,999 < 10,000 sensitive",
    ),
    c(
        "sa-processed-exactly-1m",
        "2022-10-01",
        xfer(volumes={2022: 10}),
        SA_,
        "SA Art. 4(2): handler processing PI of 100万人以上",
        ("cac_sa_measures_2022:Art. 4(2)",),
        processed=1_000_000,
    ),
    c(
        "sa-processed-999999",
        "2022-10-01",
        xfer(volumes={2022: 10}),
        SCC_,
        "SA Art. 4(2) not met: 999,999 < 1,000,000",
        processed=999_999,
    ),
    c(
        "sa-ciio-one-person",
        "2022-10-01",
        xfer(volumes={2022: 1}),
        SA_,
        "SA Art. 4(2): CIIO providing any PI abroad",
        ("cac_sa_measures_2022:Art. 4(2)",),
        ciio=True,
    ),
    c(
        "sa-important-data",
        "2022-10-01",
        xfer(volumes={2022: 1}, important_data=True),
        SA_,
        "SA Art. 4(1): important data, any volume",
        ("cac_sa_measures_2022:Art. 4(1)",),
    ),
    c(
        "sa-important-data-not-notified",
        "2023-01-10",
        xfer(volumes={2023: 1}, important_data=True, important_data_notified=False),
        SA_,
        "SA Art. 4(1): the 'notified only' rule (PROV Art. 2) does not exist yet",
    ),
    c(
        "sa-hr-no-exemption",
        "2023-01-10",
        xfer(purpose="hr_management", volumes={2022: 200_000}),
        SA_,
        "SA Art. 4(3): no HR exemption before PROV Art. 5(2)",
    ),
    c(
        "sa-contract-small-no-exemption",
        "2023-01-10",
        xfer(purpose="contract_with_individual", volumes={2023: 5_000}),
        SCC_,
        "no PROV Art. 5(1) yet; below SA Art. 4 thresholds → PIPL Art. 38",
    ),
    c(
        "sa-aggregate-two-transfers",
        "2022-12-01",
        (xfer("T1", volumes={2022: 60_000}), xfer("T2", volumes={2022: 50_000})),
        SA_,
        "SA Art. 4(3) counts what the handler provided abroad in total: 110,000 ≥ 100,000",
    ),
    c(
        "sa-window-previous-year",
        "2023-03-01",
        xfer(volumes={2022: 80_000, 2023: 30_000}),
        SA_,
        "SA Art. 4(3): since 1 Jan of previous year → 2022 + 2023 = 110,000",
    ),
    c(
        "sa-window-excludes-two-years-back",
        "2023-03-01",
        xfer(volumes={2021: 500_000}),
        NA,
        "SA Art. 4(3) window starts 2022-01-01; nothing exported in 2022-2023",
    ),
    c(
        "sa-before-scc-measures",
        "2023-05-31",
        xfer(volumes={2023: 50_000}),
        SCC_,
        "SCC Measures take effect 2023-06-01; PIPL Art. 38 + certification rules",
        ("pipl:Art. 38",),
    ),
    # -- Standard Contract Measures (2023-06-01 .. 2024-03-21) ------------------------------
    c(
        "scc-effective-day",
        "2023-06-01",
        xfer(volumes={2023: 50_000}),
        SCC_,
        "SCC Art. 4: non-CIIO, <1M processed, <100k PI, <10k SPI",
        ("cac_scc_measures_2023:Art. 4",),
    ),
    c(
        "scc-last-day-of-2022-regime",
        "2024-03-21",
        xfer(volumes={2023: 60_000, 2024: 50_000}),
        SA_,
        "SA Art. 4(3): 110,000 since 1 Jan 2023",
        ("cac_sa_measures_2022:Art. 4(3)",),
    ),
    c(
        "scc-emergency-no-exemption",
        "2024-03-21",
        xfer(purpose="emergency", volumes={2024: 150_000}),
        SA_,
        "no PROV Art. 5(3) yet; SA Art. 4(3)",
    ),
    c(
        "scc-collected-abroad-2023",
        "2023-12-01",
        xfer(purpose="collected_abroad_returned", volumes={2023: 20_000}),
        SCC_,
        "no PROV Art. 4 yet; below SA thresholds → SCC Art. 4",
    ),
    # -- 2024 Provisions (2024-03-22 ..) ----------------------------------------------------
    c(
        "prov-effective-day",
        "2024-03-22",
        xfer(volumes={2023: 60_000, 2024: 50_000}),
        PROV_,
        "PROV Art. 5(4): window since 1 Jan of current year → 50,000 < 100,000",
        ("cac_cbdf_provisions_2024:Art. 5(4)",),
    ),
    c(
        "prov-exactly-100000",
        "2024-06-01",
        xfer(volumes={2024: 100_000}),
        SCC_,
        "PROV Art. 8: 10万人以上、不满100万人",
        ("cac_cbdf_provisions_2024:Art. 8",),
    ),
    c(
        "prov-99999",
        "2024-06-01",
        xfer(volumes={2024: 99_999}),
        PROV_,
        "PROV Art. 5(4): 不满10万人 (excluding sensitive PI)",
    ),
    c(
        "prov-exactly-1m",
        "2024-06-01",
        xfer(volumes={2024: 1_000_000}),
        SA_,
        "PROV Art. 7(2): 100万人以上",
        ("cac_cbdf_provisions_2024:Art. 7(2)",),
    ),
    c("prov-999999", "2024-06-01", xfer(volumes={2024: 999_999}), SCC_, "PROV Art. 8: 不满100万人"),
    c(
        "prov-one-spi",
        "2024-06-01",
        xfer(volumes={2024: (10, 1)}),
        SCC_,
        "PROV Art. 8: 不满1万人敏感个人信息 → SCC; Art. 5(4) excludes sensitive PI",
    ),
    c(
        "prov-spi-exactly-10000",
        "2024-06-01",
        xfer(volumes={2024: (10_000, 10_000)}),
        SA_,
        "PROV Art. 7(2): sensitive PI of 10,000 is outside the 不满1万人 band",
    ),
    c("prov-spi-9999", "2024-06-01", xfer(volumes={2024: (9_999, 9_999)}), SCC_, "PROV Art. 8"),
    c(
        "prov-ciio-small",
        "2024-06-01",
        xfer(volumes={2024: 10}),
        SA_,
        "PROV Art. 7(1): CIIO; Art. 5(4) is only for non-CIIOs",
        ("cac_cbdf_provisions_2024:Art. 7(1)",),
        ciio=True,
    ),
    c(
        "prov-ciio-contract",
        "2024-06-01",
        xfer(purpose="contract_with_individual", volumes={2024: 10}),
        PROV_,
        "PROV Art. 5(1) is not limited to non-CIIOs",
        ciio=True,
    ),
    c(
        "prov-contract-5m",
        "2024-06-01",
        xfer(purpose="contract_with_individual", volumes={2024: 5_000_000}),
        PROV_,
        "PROV Art. 5(1): contract with the individual",
        ("cac_cbdf_provisions_2024:Art. 5(1)",),
    ),
    c(
        "prov-hr",
        "2024-06-01",
        xfer(purpose="hr_management", volumes={2024: (2_000_000, 50_000)}),
        PROV_,
        "PROV Art. 5(2): cross-border HR management",
        ("cac_cbdf_provisions_2024:Art. 5(2)",),
    ),
    c(
        "prov-emergency",
        "2024-06-01",
        xfer(purpose="emergency", volumes={2024: 2_000_000}),
        PROV_,
        "PROV Art. 5(3): emergency",
        ("cac_cbdf_provisions_2024:Art. 5(3)",),
    ),
    c(
        "prov-collected-abroad",
        "2024-06-01",
        xfer(purpose="collected_abroad_returned", volumes={2024: 2_000_000}),
        PROV_,
        "PROV Art. 4: collected abroad and returned",
        ("cac_cbdf_provisions_2024:Art. 4",),
    ),
    c(
        "prov-important-data-beats-exemption",
        "2024-06-01",
        xfer(purpose="contract_with_individual", volumes={2024: 10}, important_data=True),
        SA_,
        "PROV Art. 7(2): important data; Art. 5 exempts only the PI",
        ("cac_cbdf_provisions_2024:Art. 7(2)",),
    ),
    c(
        "prov-important-data-not-notified",
        "2024-06-01",
        xfer(volumes={2024: 50_000}, important_data=True, important_data_notified=False),
        PROV_,
        "PROV Art. 2: not notified/published → not declared as important data; then Art. 5(4)",
        ("cac_cbdf_provisions_2024:Art. 2",),
    ),
    c(
        "prov-processed-5m-no-trigger",
        "2024-06-01",
        xfer(volumes={2024: 50_000}),
        PROV_,
        "PROV Art. 7 dropped SA Art. 4(2)'s processing trigger",
        processed=5_000_000,
    ),
    c(
        "prov-exempt-volume-not-counted",
        "2024-06-01",
        (
            xfer("T1", volumes={2024: 150_000}),
            xfer("T2", "contract_with_individual", {2024: 900_000}),
        ),
        SCC_,
        "PROV Art. 8 band; the Art. 5(1) transfer is left out of the count",
    ),
    c(
        "prov-aggregate-over-1m",
        "2024-06-01",
        (xfer("T1", volumes={2024: 600_000}), xfer("T2", volumes={2024: 500_000})),
        SA_,
        "PROV Art. 7(2): 1,100,000 in total; no splitting",
        target="T2",
    ),
    c(
        "prov-current-year-only",
        "2024-06-01",
        xfer(volumes={2023: 900_000, 2024: 50_000}),
        PROV_,
        "PROV Art. 5(4): 2023 is outside 'since 1 Jan of the current year'",
    ),
    c(
        "prov-counter-resets",
        "2025-01-01",
        xfer(volumes={2024: 500_000}),
        NA,
        "new calendar year: nothing exported since 2025-01-01",
    ),
    c(
        "prov-2026-certification-measures",
        "2026-01-01",
        xfer(volumes={2026: 200_000}),
        SCC_,
        "PROV Art. 8; Export Certification Measures in force 2026-01-01",
        ("pi_export_certification_measures_2025:scope",),
    ),
    c(
        "prov-zero-individuals",
        "2025-06-01",
        xfer(volumes={2025: 0}),
        NA,
        "zero individuals exported and no important data",
    ),
]


def test_at_least_forty_cases() -> None:
    assert len(CASES) >= 40
    assert len({k.id for k in CASES}) == len(CASES)


@pytest.mark.parametrize("case", CASES, ids=[k.id for k in CASES])
def test_route(case: Case) -> None:
    prof = profile(*case.transfers, **dict(case.handler))
    result = evaluate(prof, D(case.as_of))
    t = result.transfer(case.target)
    assert t.route == case.route, f"{case.why}; reasons: {t.reasons}"
    got = {f"{x.instrument}:{x.article}" for x in t.citations}
    for cite in case.cites:
        assert cite in got, f"expected citation {cite} ({case.why}); got {sorted(got)}"
    assert result.as_of == D(case.as_of)
