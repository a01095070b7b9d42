"""Properties: de-identified text never contains an identifier the policy said to remove, and no
non-empty cell of a classified column comes through the default policy unchanged.

Texts are built from filler, context words and valid identifiers; the output is searched for every
input identifier verbatim and scanned with the detector, whose findings must all be new values.
"""

from __future__ import annotations

import random

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from piplkit.discover.detect import Detector
from piplkit.discover.samples.identifiers import bank_card, mobile, resident_id
from piplkit.protect.deid import Deidentifier, default_policy
from piplkit.protect.deid.generalize import generalize
from piplkit.protect.deid.policy import GeneralizeRule, policy_from_text

from .conftest import AS_OF, KEY

_FILLER = st.text(
    alphabet="的了是在我有他这中大来上个们到说和也时道出要就下得可你会那能对着事", max_size=12
)
_MAKERS = {
    "cn_resident_id": ("身份证号", resident_id),
    "cn_mobile": ("手机", mobile),
    "bank_card": ("银行卡号", bank_card),
}
_POLICIES = {
    "default": None,
    "pseudonymize": "types:\n  cn_resident_id: {op: pseudonymize}\n"
    "  cn_mobile: {op: pseudonymize}\n  bank_card: {op: pseudonymize}\n",
    "format_preserving": "types:\n"
    "  cn_resident_id: {op: pseudonymize, format_preserving: true}\n"
    "  cn_mobile: {op: pseudonymize, format_preserving: true}\n"
    "  bank_card: {op: pseudonymize, format_preserving: true}\n",
    "suppress": "types:\n  cn_resident_id: {op: suppress}\n  cn_mobile: {op: suppress}\n"
    "  bank_card: {op: suppress}\n",
}


@st.composite
def documents(draw: st.DrawFn) -> tuple[str, list[str]]:
    rng = random.Random(draw(st.integers(0, 2**32)))
    pieces: list[str] = []
    secrets: list[str] = []
    for _ in range(draw(st.integers(1, 6))):
        label, make = _MAKERS[draw(st.sampled_from(sorted(_MAKERS)))]
        value = make(rng)
        secrets.append(value)
        pieces.append(draw(_FILLER) + draw(st.sampled_from(["，", "。", " ", "；"])))
        pieces.append(label + draw(st.sampled_from(["：", ":", "是", " "])) + value)
    pieces.append(draw(st.sampled_from(["。", "", "\t"])))
    return "".join(pieces), secrets


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(doc=documents(), policy_name=st.sampled_from(sorted(_POLICIES)))
def test_no_removed_identifier_survives(
    doc: tuple[str, list[str]], policy_name: str, detector: Detector
) -> None:
    text, secrets = doc
    source = _POLICIES[policy_name]
    policy = policy_from_text(source) if source else policy_from_text("")
    deid = Deidentifier(policy, key=KEY, as_of=AS_OF, detector=detector)
    out = deid.text(text)
    for secret in secrets:
        assert secret not in out
    for finding in detector.detect(out):
        assert out[finding.start : finding.end] not in secrets


@settings(
    max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(seed=st.integers(0, 2**32))
def test_joins_survive_pseudonymisation_across_text_and_columns(
    seed: int, detector: Detector
) -> None:
    phone = mobile(random.Random(seed))
    policy = policy_from_text(
        "types:\n  cn_mobile: {op: pseudonymize}\ncolumns:\n  tel: cn_mobile\n"
    )
    deid = Deidentifier(policy, key=KEY, as_of=AS_OF, detector=detector)
    in_text = deid.text(f"手机：{phone}")
    in_column = deid.cell(phone, "tel")
    assert in_text == f"手机：{in_column}"


_RULES_BY_TYPE = default_policy().types
_DEIDS: dict[str, Deidentifier] = {}


def _classified_deid(type_id: str, detector: Detector) -> Deidentifier:
    """One de-identifier per type whose column ``c`` the classifier typed as ``type_id``."""
    if type_id not in _DEIDS:
        _DEIDS[type_id] = Deidentifier(
            default_policy(), key=KEY, as_of=AS_OF, detector=detector, classified={"c": type_id}
        )
    return _DEIDS[type_id]


#: Cells as exports hold them: any text, and near-identifiers (valid and invalid digit runs,
#: IDs with any region code, decorated values).
_CELLS = st.one_of(
    st.text(min_size=1, max_size=30),
    st.from_regex(r"1[0-9]{10}", fullmatch=True),
    st.from_regex(r"[0-9]{6}(19|20)[0-9]{2}[01][0-9][0-3][0-9]{4}[0-9Xx]", fullmatch=True),
    st.from_regex(r"[+]?[0-9 ()-]{1,20}", fullmatch=True),
    st.from_regex(r"[A-Za-z0-9@._:-]{1,20}", fullmatch=True),
)


@settings(
    max_examples=400, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(type_id=st.sampled_from(sorted(_RULES_BY_TYPE)), value=_CELLS)
def test_no_cell_of_a_classified_column_survives_the_default_policy(
    type_id: str, value: str, detector: Detector
) -> None:
    """Every non-blank cell changes, valid or not; the only exception is a generalised value
    that is already at the rule's level (a year ``1990`` generalised to its year)."""
    assume(not value.isspace())
    deid = _classified_deid(type_id, detector)
    out = deid.cell(value, "c")
    if out == value and set(value.strip()) <= {"*"}:
        return  # already starred: nothing left to hide (masking it again gives the same)
    if out == value:
        rule = _RULES_BY_TYPE[type_id]
        assert isinstance(rule, GeneralizeRule), (type_id, rule.op)
        assert generalize(out, rule, type_id=type_id, as_of=AS_OF) == out
    if len(value) >= 8 and type_id in ("cn_mobile", "cn_resident_id", "bank_card"):
        assert value.strip() not in (out or "")
