"""Table rules for survey answers: a questionnaire's total score and age bands (issue 11, set 17).

总分 and score are hint words of ``education``: a pupil's or a candidate's exam score is what
they achieved in school or a test (set 15's 理论成绩, set 7's score). A survey tool's export
(问卷星, 腾讯问卷, a flattened answer table) heads its columns with numbered questions
(``1、您的性别：``, ``Q5_您的年龄段``, ``q2_age_group``, ``第2题``) and adds the scored
questionnaire's total (总分) at the end: a sum of answer weights, no exam anyone sat (set 17's
survey exports; set 6's 问卷 writes 总分 as ``None`` too). In a table with such question headers a
score column is the questionnaire's, not the respondent's education.

An age band with its unit (25-29岁) is a respondent's age in a survey (value_profiles.yaml); the
same band in a table that records nobody is a product's or a tariff's (an insurer's rate table:
投保年龄 0-17岁 beside the premium rate), set 17's ``None``.
"""

from __future__ import annotations

import re

from piplkit.discover.scan.columns import ColumnStats, Decision
from piplkit.discover.scan.hints import HeaderEvidence, normalise_header
from piplkit.discover.scan.profiles import ProfileTable
from piplkit.discover.scan.table_context import decide_as_own, records_persons

#: A numbered question as survey tools head it: 1、…, Q5_…, q2_…, 第2题, 题3.
_QUESTION = re.compile(
    r"^\s*(?:[0-9]{1,3}\s*[、.．:：]|[Qq][0-9]{1,3}(?:[_ .、:：-]|$)"
    r"|第[0-9一二三四五六七八九十]{1,3}题|题目?[0-9]{1,3})"
)
#: Share of a column's values that are age bands (the age profile's strong side).
_BANDS = 0.5
#: Questions a table must head before it counts as a survey export.
_QUESTIONS = 3
#: Headers (normalised) of a questionnaire's score.
_SCORES = frozenset(
    normalise_header(w)
    for w in ("总分", "得分", "总得分", "分数", "问卷得分", "score", "total_score", "totalscore",
              "total")
)  # fmt: skip


def apply_survey_rules(
    headers: list[HeaderEvidence],
    stats: list[ColumnStats],
    chance: list[set[str]],
    decisions: list[Decision],
    profiles: ProfileTable,
    *,
    product_table: bool,
) -> None:
    """Take ``education`` from a survey export's total score, and ``age`` from age bands in a
    table of no person, in place."""
    for i, d in enumerate(decisions):
        bands = stats[i].strong.get("age", 0)
        banded = d.pi_type == "age" and bands >= _BANDS * stats[i].non_empty
        if banded and not records_persons(decisions, skip=i):
            decide_as_own(i, headers, stats, chance, decisions, profiles, product_table)
    if sum(1 for s in stats if _QUESTION.match(s.name)) < _QUESTIONS:
        return
    for i, d in enumerate(decisions):
        if d.pi_type == "education" and normalise_header(stats[i].name) in _SCORES:
            decide_as_own(i, headers, stats, chance, decisions, profiles, product_table)
