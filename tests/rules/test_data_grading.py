"""Dataset grading per GB/T 43697-2024: never important by guess, always saying what it needs."""

from __future__ import annotations

import copy
import datetime as dt
import json
from importlib import resources
from typing import Any

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from piplkit.assess.law.data_grading import GradingError, build_grading, load_grading
from piplkit.assess.law.pi_types import custom_type_from_dict, load_catalogue
from piplkit.assess.rules.data_grading import Basis, DatasetFacts, grade_dataset

TODAY = dt.date(2026, 12, 1)
KNOWN_NOTHING = {"catalogue_listed": False, "notified_important": False, "determined_core": False}


def _facts_needed(grade: Any) -> set[str]:
    return {f.fact for f in grade.facts_needed}


def _rules(grade: Any) -> set[str]:
    return {r.rule for r in grade.reasons}


def test_a_plain_customer_table_is_general_at_least_and_says_what_could_raise_it() -> None:
    g = grade_dataset(DatasetFacts(pi_types={"person_name", "cn_mobile", "address"}), TODAY)
    assert (g.grade, g.basis, g.candidate_grade) == ("general", Basis.AT_LEAST, None)
    assert _facts_needed(g) == {
        "determined_core",
        "notified_important",
        "catalogue_listed",
        "sector",
        "individuals",
        "population_scale",
    }
    raise_to = {f.fact: f.could_raise_to for f in g.facts_needed}
    assert raise_to["determined_core"] == "core" and raise_to["sector"] == "important"
    assert all(f.citations and f.question for f in g.facts_needed)
    assert {"individual_only_not_important", "unnotified_not_declared"} <= _rules(g)
    assert g.categories == ("basic",) and not g.has_sensitive_pi


def test_general_is_a_determination_when_every_raising_fact_is_known() -> None:
    facts = DatasetFacts(
        pi_types={"person_name", "email"},
        sector="retail",
        individuals=5000,
        population_scale=False,
        **KNOWN_NOTHING,
    )
    g = grade_dataset(facts, TODAY)
    assert (g.grade, g.basis, g.facts_needed) == ("general", Basis.DETERMINATION, ())


def test_sensitive_pi_alone_does_not_raise_the_grade() -> None:
    g = grade_dataset(
        DatasetFacts(pi_types={"cn_resident_id", "health_record", "religion"}, has_minors_pi=True),
        TODAY,
    )
    assert g.grade == "general"
    assert g.sensitive_types == ("cn_resident_id", "health_record", "religion")
    assert g.has_sensitive_pi and g.has_minors_pi
    reason = next(r for r in g.reasons if r.rule == "sensitive_pi")
    assert "PI of minors" in reason.text
    assert reason.citations[0].instrument == "pipl"


def test_sensitive_reason_before_pipl_cites_the_standard() -> None:
    g = grade_dataset(DatasetFacts(pi_types={"bank_card"}), dt.date(2021, 10, 15))
    reason = next(r for r in g.reasons if r.rule == "sensitive_pi")
    assert reason.citations[0].instrument == "gbt_35273_2020"


def test_catalogue_listing_determines_important_and_only_core_remains_open() -> None:
    g = grade_dataset(DatasetFacts(pi_types={"cn_mobile"}, catalogue_listed=True), TODAY)
    assert (g.grade, g.basis) == ("important", Basis.AT_LEAST)
    assert _facts_needed(g) == {"determined_core"}
    assert g.reasons[0].citations[0].instrument == "dsl"
    g2 = grade_dataset(
        DatasetFacts(pi_types={"cn_mobile"}, catalogue_listed=True, determined_core=False), TODAY
    )
    assert (g2.grade, g2.basis, g2.facts_needed) == ("important", Basis.DETERMINATION, ())


def test_notification_determines_important_with_the_2024_provisions() -> None:
    g = grade_dataset(DatasetFacts(notified_important=True, determined_core=False), TODAY)
    assert (g.grade, g.basis) == ("important", Basis.DETERMINATION)
    assert g.reasons[0].citations[0].instrument == "cac_cbdf_provisions_2024"
    # before the Provisions (2024-03-22) a notice works through the DSL Art. 21 catalogues
    before = grade_dataset(DatasetFacts(notified_important=True), dt.date(2023, 6, 1))
    assert before.grade == "important"
    assert before.reasons[0].citations[0].instrument == "dsl"


def test_core_only_by_a_state_determination() -> None:
    g = grade_dataset(DatasetFacts(pi_types={"genetic_data"}, determined_core=True), TODAY)
    assert (g.grade, g.basis) == ("core", Basis.DETERMINATION)


@pytest.mark.parametrize(("individuals", "grade"), [(100_000, "general"), (100_001, "important")])
def test_automobile_pi_over_100000_individuals_is_important(individuals: int, grade: str) -> None:
    facts = DatasetFacts(
        pi_types={"license_plate", "trajectory"},
        sector="Automotive",
        individuals=individuals,
        **KNOWN_NOTHING,
    )
    g = grade_dataset(facts, TODAY)
    assert g.grade == grade
    if grade == "important":
        assert g.basis == Basis.DETERMINATION
        assert g.reasons[0].rule == "automotive_pi_scale"
        assert "more than 100000" in g.reasons[0].text


def test_automobile_rule_needs_the_count_and_starts_2021_10_01() -> None:
    g = grade_dataset(DatasetFacts(pi_types={"vin"}, sector="automotive", **KNOWN_NOTHING), TODAY)
    assert "individuals" in _facts_needed(g) and "sector" not in _facts_needed(g)
    early = grade_dataset(
        DatasetFacts(pi_types={"vin"}, sector="automotive", individuals=500_000),
        dt.date(2021, 9, 30),
    )
    assert early.grade == "general"


def test_population_health_data_is_a_candidate_never_a_grade() -> None:
    facts = DatasetFacts(
        pi_types={"genetic_data", "health_record"},
        population_scale=True,
        sector="health",
        **KNOWN_NOTHING,
    )
    g = grade_dataset(facts, TODAY)
    assert (g.grade, g.basis, g.candidate_grade) == ("general", Basis.PROVISIONAL, "important")
    assert {"population_health_genetic_candidate", "scale_precision_candidate"} <= _rules(g)
    assert "individual_only_not_important" not in _rules(g)
    unverified = next(r for r in g.reasons if r.rule == "population_health_genetic_candidate")
    assert unverified.verified is False
    no = grade_dataset(
        DatasetFacts(
            pi_types={"genetic_data"}, population_scale=False, sector="health", **KNOWN_NOTHING
        ),
        TODAY,
    )
    assert (no.basis, no.candidate_grade) == (Basis.DETERMINATION, None)


def test_large_handler_duty_is_reported_without_changing_the_grade() -> None:
    facts = DatasetFacts(
        pi_types={"cn_mobile"},
        individuals=20_000_000,
        sector="retail",
        population_scale=False,
        **KNOWN_NOTHING,
    )
    g = grade_dataset(facts, dt.date(2025, 6, 1))
    assert g.grade == "general" and "large_pi_handler_duties" in _rules(g)
    assert "large_pi_handler_duties" not in _rules(grade_dataset(facts, dt.date(2024, 12, 31)))


def test_no_grade_before_the_dsl_grading_system() -> None:
    g = grade_dataset(DatasetFacts(pi_types={"email"}, catalogue_listed=True), dt.date(2021, 8, 31))
    assert (g.grade, g.basis) == (None, Basis.UNDEFINED)
    assert g.reasons[0].citations[0].instrument == "dsl"
    between = grade_dataset(DatasetFacts(pi_types={"email"}), dt.date(2022, 5, 1))
    assert between.grade == "general" and "general_by_default" in _rules(between)


def test_unknown_and_undetermined_types_are_listed() -> None:
    custom = custom_type_from_dict(
        {
            "id": "loyalty_no",
            "name_zh": "会员号",
            "category": "property",
            "sensitive": True,
            "since": "2024-01-01",
        }
    )
    cat = load_catalogue().with_types([custom])
    g = grade_dataset(
        DatasetFacts(pi_types={"loyalty_no", "mystery"}), dt.date(2023, 1, 1), catalogue=cat
    )
    assert g.unknown_types == ("mystery",) and g.undetermined_types == ("loyalty_no",)
    assert "sensitivity_undetermined" in _rules(g)
    later = grade_dataset(DatasetFacts(pi_types={"loyalty_no"}), TODAY, catalogue=cat)
    assert later.sensitive_types == ("loyalty_no",)


def test_non_pi_dataset() -> None:
    g = grade_dataset(DatasetFacts(pi_types={"cn_uscc"}, **KNOWN_NOTHING), TODAY)
    assert (g.grade, g.has_pi, g.categories) == ("general", False, ("organisation",))
    assert _facts_needed(g) == set()


def test_result_is_json_serialisable() -> None:
    g = grade_dataset(DatasetFacts(pi_types={"religion", "geo_coordinates"}), TODAY)
    out = json.loads(json.dumps(g.to_dict(), ensure_ascii=False))
    assert out["grade"] == "general" and out["basis"] == "at_least"
    assert out["facts_needed"][0]["citations"]


def test_facts_are_validated() -> None:
    with pytest.raises(ValueError, match="individuals"):
        DatasetFacts(individuals=-1)
    assert DatasetFacts(sector="  Automotive ").sector == "automotive"
    assert DatasetFacts(pi_types=["email"]).pi_types == frozenset({"email"})


_flag = st.one_of(st.none(), st.booleans())


@settings(max_examples=300, deadline=None)
@given(
    types=st.sets(st.sampled_from(sorted(load_catalogue().types))),
    individuals=st.one_of(st.none(), st.integers(0, 50_000_000)),
    sector=st.sampled_from([None, "automotive", "retail"]),
    listed=_flag,
    notified=_flag,
    core=_flag,
    population=_flag,
    as_of=st.dates(dt.date(2019, 1, 1), dt.date(2030, 12, 31)),
)
def test_never_important_or_core_without_a_determining_fact(
    types: set[str],
    individuals: int | None,
    sector: str | None,
    listed: bool | None,
    notified: bool | None,
    core: bool | None,
    population: bool | None,
    as_of: dt.date,
) -> None:
    facts = DatasetFacts(
        pi_types=types,
        individuals=individuals,
        sector=sector,
        catalogue_listed=listed,
        notified_important=notified,
        determined_core=core,
        population_scale=population,
    )
    g = grade_dataset(facts, as_of)
    if g.grade == "core":
        assert core is True
    elif g.grade == "important":
        assert listed or notified or (sector == "automotive" and (individuals or 0) > 100_000)
    if g.basis == Basis.DETERMINATION:
        assert g.facts_needed == ()
    for reason in g.reasons:
        assert reason.citations or reason.rule == "sensitivity_undetermined"


# -- the data file ----------------------------------------------------------------------------


def _raw() -> dict[str, Any]:
    package = resources.files("piplkit.assess.law")
    text = package.joinpath("data/data_grading.yaml").read_text("utf-8")
    return yaml.safe_load(text)


def test_grading_data_loads_with_every_rule_the_function_uses() -> None:
    data = load_grading()
    assert list(data.grades) == ["general", "important", "core"]
    assert set(data.rules) == {
        "core_by_determination",
        "important_by_catalogue",
        "important_by_notification",
        "automotive_pi_scale",
        "individual_only_not_important",
        "unnotified_not_declared",
        "scale_precision_candidate",
        "population_health_genetic_candidate",
        "large_pi_handler_duties",
    }
    for rule in data.rules.values():
        if rule.verified:
            assert rule.quote and rule.sources


@pytest.mark.parametrize(
    ("mutate", "match"),
    [
        (
            lambda r: r["rules"]["automotive_pi_scale"].__setitem__("parameter", "no.such"),
            "unknown parameter",
        ),
        (
            lambda r: r["rules"]["population_health_genetic_candidate"]["types"].append("dna"),
            "unknown PI type",
        ),
        (
            lambda r: r["rules"]["core_by_determination"].__setitem__("fact", "vibes"),
            "unknown fact",
        ),
        (
            lambda r: r["rules"]["important_by_notification"].__setitem__(
                "since", dt.date(2023, 1, 1)
            ),
            "not in force",
        ),
        (lambda r: r["rules"]["scale_precision_candidate"].pop("grade"), "names the grade"),
        (lambda r: r["rules"]["core_by_determination"].pop("quote"), "quoted words"),
        (lambda r: r["grades"]["core"].__setitem__("rank", 0), "rank order"),
    ],
)
def test_grading_data_rejects_bad_data(mutate: Any, match: str) -> None:
    raw = copy.deepcopy(_raw())
    mutate(raw)
    with pytest.raises(GradingError, match=match):
        build_grading(raw)
