"""The shipped law data loads, every citation resolves, and the schema rejects bad data."""

from __future__ import annotations

import copy
import datetime as dt
import itertools
from typing import Any
from urllib.parse import urlparse

import pytest
import yaml

from piplkit.assess.law.kb import KnowledgeBaseError, build, load_knowledge_base
from piplkit.assess.law.models import InstrumentKind, Status
from piplkit.assess.law.pi_types import load_catalogue

KB = load_knowledge_base()

#: instruments issue #3 requires at minimum
REQUIRED = {
    "pipl",
    "dsl",
    "csl",
    "csl_amendment_2025",
    "ndsmr",
    "cac_sa_measures_2022",
    "cac_scc_measures_2023",
    "cac_cbdf_provisions_2024",
    "pi_certification_rules_2022",
    "pi_export_certification_measures_2025",
    "pi_audit_measures_2025",
    "frt_measures_2025",
    "incident_reporting_measures_2025",
    "children_pi_provisions_2019",
    "gbt_35273_2020",
    "gbt_43697_2024",
    "gbt_37964_2019",
    "gb_32100_2015",
}


def _raw() -> tuple[list[dict[str, Any]], dict[str, Any]]:
    """The main files and their companions (``instruments_<area>.yaml`` …), fresh copies."""
    from piplkit.assess.law.kb import _read_all

    inst, _ = _read_all("instruments", "instruments")
    _, pars = _read_all("parameters", "parameters")
    return copy.deepcopy(inst), copy.deepcopy(pars)


def test_companion_files_join_the_knowledge_base() -> None:
    from importlib import resources

    base = resources.files("piplkit.assess.law").joinpath("data")
    main = yaml.safe_load(base.joinpath("instruments.yaml").read_text("utf-8"))["instruments"]
    assert "cii_regulations_2021" not in {i["id"] for i in main}
    assert "cii_regulations_2021" in KB.instruments
    assert "mlps.filing_days_after_grading" in KB.parameters


def test_a_parameter_defined_in_two_files_is_an_error(monkeypatch: pytest.MonkeyPatch) -> None:
    from piplkit.assess.law import kb

    real = kb._read

    def twice(name: str) -> dict[str, Any]:
        data = real(name)
        if name == "parameters_security.yaml":
            data = {"parameters": {**data["parameters"], "officer.processed_individuals": {}}}
        return data

    monkeypatch.setattr(kb, "_read", twice)
    with pytest.raises(KnowledgeBaseError, match="defined twice"):
        kb._read_all("parameters", "parameters")


def test_required_instruments_present() -> None:
    assert KB.instruments.keys() >= REQUIRED


def test_pi_type_catalogue_citations_resolve() -> None:
    cat = load_catalogue()
    cites = [c for t in cat.types.values() for c in t.citations]
    cites += [c for a in cat.sensitive_attributes.values() for c in a.citations]
    assert cites and KB.unresolved(cites) == []


def test_parameter_citations_resolve_and_are_in_force_at_start() -> None:
    for par in KB.parameters.values():
        for v in par.values:
            inst = KB.instrument(v.instrument)
            assert inst.effective is not None and inst.effective <= v.start, (par.id, v.start)


@pytest.mark.parametrize("par_id", sorted(KB.parameters))
def test_parameter_timeline_has_no_gap_or_overlap(par_id: str) -> None:
    values = KB.parameters[par_id].values
    for prev, nxt in itertools.pairwise(values):
        assert prev.end is not None
        assert nxt.start == prev.end + dt.timedelta(days=1)
    assert values[-1].end is None, "the last period stays open until the law changes"


def test_sources_are_urls_and_verified_values_have_them() -> None:
    for inst in KB.instruments.values():
        assert all(urlparse(s).scheme in {"http", "https"} for s in inst.sources)
    for par in KB.parameters.values():
        for v in par.values:
            assert all(urlparse(s).scheme in {"http", "https"} for s in v.sources)
            if v.verified:
                assert v.sources


def test_status_and_in_force_follow_history() -> None:
    sa = KB.instrument("cac_sa_measures_2022")
    assert sa.status_on(dt.date(2022, 8, 31)) == Status.PUBLISHED
    assert not sa.in_force_on(dt.date(2022, 8, 31))
    assert sa.in_force_on(dt.date(2022, 9, 1))
    assert sa.status_on(dt.date(2024, 3, 22)) == Status.PARTIALLY_SUPERSEDED
    assert sa.in_force_on(dt.date(2024, 3, 22))  # the parts not replaced still apply
    assert KB.instrument("csl").status_on(dt.date(2026, 1, 1)) == Status.AMENDED
    assert not KB.in_force("cac_scc_filing_guide_v1", dt.date(2024, 3, 22))
    assert KB.instrument("pipl").status_on(dt.date(2020, 1, 1)) is None


def test_drafts_are_never_in_force() -> None:
    drafts = [i for i in KB.instruments.values() if i.kind == InstrumentKind.DRAFT]
    assert drafts
    for d in drafts:
        assert not d.in_force_on(dt.date(2030, 1, 1))


def test_parameter_lookup_switches_on_the_effective_day() -> None:
    # SA Measures Art. 4(3) vs 2024 Provisions Art. 7(2)
    assert KB.value("cross_border.assessment.exported_individuals", dt.date(2024, 3, 21)) == 100_000
    assert (
        KB.value("cross_border.assessment.exported_individuals", dt.date(2024, 3, 22)) == 1_000_000
    )
    assert KB.param("cross_border.assessment.exported_individuals", dt.date(2022, 8, 31)) is None
    with pytest.raises(KeyError):
        KB.param("no.such.parameter", dt.date(2024, 1, 1))


def _mutate_instrument(fn: Any) -> None:
    inst, pars = _raw()
    inst = copy.deepcopy(inst)
    fn(inst)
    with pytest.raises(KnowledgeBaseError):
        build(inst, pars)


def _mutate_parameter(fn: Any) -> None:
    inst, pars = _raw()
    pars = copy.deepcopy(pars)
    fn(pars)
    with pytest.raises(KnowledgeBaseError):
        build(inst, pars)


def test_shipped_raw_data_builds() -> None:
    inst, pars = _raw()
    assert build(inst, pars).instruments.keys() == KB.instruments.keys()


def test_rejects_unknown_kind() -> None:
    _mutate_instrument(lambda i: i[0].__setitem__("kind", "decree"))


def test_rejects_effective_date_not_matching_in_force_event() -> None:
    _mutate_instrument(lambda i: i[0].__setitem__("effective", dt.date(2021, 12, 1)))


def test_rejects_unsorted_status_history() -> None:
    _mutate_instrument(lambda i: i[0]["status_history"].reverse())


def test_rejects_duplicate_instrument_id() -> None:
    _mutate_instrument(lambda i: i.append(copy.deepcopy(i[0])))


def test_rejects_dangling_amended_by() -> None:
    _mutate_instrument(lambda i: i[0].__setitem__("amended_by", ["nowhere"]))


def test_rejects_unknown_field() -> None:
    _mutate_instrument(lambda i: i[0].__setitem__("efective", "2021-11-01"))


def test_rejects_overlapping_periods() -> None:
    def overlap(p: dict[str, Any]) -> None:
        p["cross_border.counting_window"]["values"][1]["start"] = dt.date(2024, 3, 1)

    _mutate_parameter(overlap)


def test_rejects_gap_between_periods() -> None:
    def gap(p: dict[str, Any]) -> None:
        p["cross_border.counting_window"]["values"][1]["start"] = dt.date(2024, 4, 1)

    _mutate_parameter(gap)


def test_rejects_wrong_value_type() -> None:
    def wrong(p: dict[str, Any]) -> None:
        p["cross_border.scc.filing_deadline_working_days"]["values"][0]["value"] = True

    _mutate_parameter(wrong)


def test_rejects_negative_threshold() -> None:
    def neg(p: dict[str, Any]) -> None:
        p["frt.filing_threshold_individuals"]["values"][0]["value"] = -1

    _mutate_parameter(neg)


def test_rejects_citation_of_unknown_instrument() -> None:
    def unknown(p: dict[str, Any]) -> None:
        p["pipia.record_retention_years"]["values"][0]["instrument"] = "pipl_2030"

    _mutate_parameter(unknown)


def test_rejects_value_before_cited_instrument_takes_effect() -> None:
    def early(p: dict[str, Any]) -> None:
        p["pipia.record_retention_years"]["values"][0]["start"] = dt.date(2021, 1, 1)

    _mutate_parameter(early)


def test_rejects_verified_value_without_source() -> None:
    def nosrc(p: dict[str, Any]) -> None:
        p["pipia.record_retention_years"]["values"][0]["sources"] = []

    _mutate_parameter(nosrc)
