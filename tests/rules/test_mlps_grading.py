"""MLPS 2.0 grading (GB/T 22240-2020) and what each level entails on a date, from the law data."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st

from piplkit.assess.law.kb import load_knowledge_base
from piplkit.assess.law.mlps import DEGREES, OBJECTS, MlpsDataError, build_mlps, load_mlps
from piplkit.assess.rules.mlps import Aspect, GradingInputError, aspect, grade_system, level_duties

D = dt.date.fromisoformat
TODAY = D("2026-12-04")


@pytest.mark.parametrize(
    ("harm_object", "degree", "level"),
    [
        ("citizens_legal_persons", "general", 1),
        ("citizens_legal_persons", "serious", 2),
        # GB/T 22240-2020 4.1: especially serious harm to lawful rights stays at level 2
        # (the 2018 draft regulations, never adopted, put it at level 3)
        ("citizens_legal_persons", "especially_serious", 2),
        ("social_order_public_interest", "general", 2),
        ("social_order_public_interest", "serious", 3),
        ("social_order_public_interest", "especially_serious", 4),
        ("national_security", "general", 3),
        ("national_security", "serious", 4),
        ("national_security", "especially_serious", 5),
    ],
)
def test_matrix_of_gbt_22240_2020(harm_object: str, degree: str, level: int) -> None:
    assert load_mlps().level(harm_object, degree) == level
    assert grade_system(Aspect(harm_object, degree), None, TODAY).level == level


@given(
    st.sampled_from(OBJECTS),
    st.sampled_from(DEGREES),
    st.sampled_from(OBJECTS),
    st.sampled_from(DEGREES),
)
def test_level_is_the_higher_aspect(o1: str, d1: str, o2: str, d2: str) -> None:
    g = grade_system(Aspect(o1, d1), Aspect(o2, d2), TODAY)
    assert g.level == max(g.business_level or 0, g.service_level or 0)
    assert g.filing_required == (g.level >= 2)
    assert g.expert_review_required == (g.level >= 4)


def test_more_harm_never_lowers_the_level() -> None:
    data = load_mlps()
    for obj in OBJECTS:
        levels = [data.level(obj, d) for d in DEGREES]
        assert levels == sorted(levels)
    for deg in DEGREES:
        assert [data.level(o, deg) for o in OBJECTS] == sorted(data.level(o, deg) for o in OBJECTS)


def test_level_3_is_filed_and_tested_yearly_level_4_half_yearly() -> None:
    three = level_duties(3, TODAY)
    assert (three.filing_required, three.expert_review_required) == (True, False)
    assert (three.testing_interval_months, three.self_inspection_interval_months) == (12, 12)
    four = level_duties(4, TODAY)
    assert four.expert_review_required is True
    assert (four.testing_interval_months, four.self_inspection_interval_months) == (6, 6)
    # level 5 is tested "依据特殊安全需求": no number, never a made-up interval
    assert level_duties(5, TODAY).testing_interval_months is None
    two = level_duties(2, TODAY)
    assert two.filing_required is True and two.testing_interval_months is None
    assert any("no testing interval for level 2" in r for r in two.reasons)
    one = level_duties(1, TODAY)
    assert one.filing_required is False


def test_expert_review_article_is_reported_unverified() -> None:
    four = level_duties(4, TODAY)
    cite = {c.parameter: c for c in four.citations}["mlps.expert_review_min_level"]
    assert (cite.instrument, cite.article, cite.verified) == (
        "mps_mlps_measures_2007",
        "Art. 10",
        False,
    )
    assert any("Art. 10" in u for u in four.unverified)


def test_a_determined_level_differing_from_the_elements_is_kept_with_a_reason() -> None:
    g = grade_system(Aspect("citizens_legal_persons", "serious"), None, TODAY, level=3)
    assert (g.level, g.business_level) == (3, 2)
    assert any("differs" in r for r in g.reasons)


def test_rules_are_those_in_force_on_the_day() -> None:
    # the MLPS Measures took effect 2007-06-22: before that, no filing rule is known
    before = level_duties(3, D("2007-06-21"))
    assert before.filing_required is None and before.testing_interval_months is None
    assert level_duties(3, D("2007-06-22")).filing_required is True


def test_half_given_aspect_is_an_error() -> None:
    with pytest.raises(GradingInputError, match="degree is missing"):
        aspect("national_security", None, "business")
    assert aspect(None, None, "business") is None


def test_mlps_data_rejects_an_incomplete_or_decreasing_matrix() -> None:
    import copy
    from importlib import resources

    import yaml

    raw = yaml.safe_load(
        resources.files("piplkit.assess.law").joinpath("data/mlps.yaml").read_text("utf-8")
    )
    kb = load_knowledge_base()
    broken = copy.deepcopy(raw)
    del broken["matrix"]["national_security"]["serious"]
    with pytest.raises(MlpsDataError, match="one level per degree"):
        build_mlps(broken, kb)
    broken = copy.deepcopy(raw)
    broken["matrix"]["national_security"]["especially_serious"] = 2
    with pytest.raises(MlpsDataError, match="lower level"):
        build_mlps(broken, kb)
    broken = copy.deepcopy(raw)
    broken["sectors"]["power"]["instrument"] = "no_such_measures"
    with pytest.raises(MlpsDataError, match="unknown instrument"):
        build_mlps(broken, kb)


def test_every_level_and_element_has_both_labels() -> None:
    data = load_mlps()
    for label in itertools.chain(
        data.objects.values(), data.degrees.values(), data.levels.values()
    ):
        assert label.zh and label.en
