"""A tariff's or a breakdown's sex, beside its age bands (issue 11, set 21).

An insurer's rate table prices each product by the insured's age band and sex (意外险, 41-50周岁,
男, premium); a statistics sheet counts people by band and sex. The 男/女 there is a line of the
tariff, as the band is (set 17's 30, set 21's 34: a rate table's 性别 and age bands are a
tariff's, not a person's). ``table_surveys`` already takes the age type from bands in a table
that records nobody; this rule takes ``gender`` from the column beside such bands when no other
column of the table holds PI (a de-identified patient list's sex beside its diagnoses stays). A
survey export keeps its respondents' sex: there the bands are the respondents' ages, ``age``.
"""

from __future__ import annotations

from piplkit.discover.scan.columns import ColumnStats, Decision
from piplkit.discover.scan.hints import HeaderEvidence
from piplkit.discover.scan.profiles import ProfileTable
from piplkit.discover.scan.table_context import decide_as_own

#: Share of a column's values that are age bands (the age profile's strong side).
_BANDS = 0.5


def apply_tariff_rules(
    headers: list[HeaderEvidence],
    stats: list[ColumnStats],
    chance: list[set[str]],
    decisions: list[Decision],
    profiles: ProfileTable,
    *,
    product_table: bool,
) -> None:
    """Take ``gender`` away, in place, from a tariff's sex column (module docstring)."""
    banded = any(
        d.pi_type is None and s.non_empty and s.strong.get("age", 0) >= _BANDS * s.non_empty
        for s, d in zip(stats, decisions, strict=True)
    )
    if not banded:
        return
    for i, d in enumerate(decisions):
        alone = not any(x.pi_type for j, x in enumerate(decisions) if j != i)
        if d.pi_type == "gender" and alone:
            decide_as_own(i, headers, stats, chance, decisions, profiles, product_table)
