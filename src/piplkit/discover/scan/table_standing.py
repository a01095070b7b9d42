"""Amounts and counts that tell a person's standing only beside that person (issue 11, set 19).

A pay figure, a balance or an overdue count is ``income``, ``account_balance`` or
``credit_record`` because it is someone's: the header names the type and a number fits it, but
the number says whose only through the row. A table that records no one (a travel policy's meal
allowance a day, a parcel station's overdue parcels a day, a payroll summary by department)
holds rates and aggregates, which the gold conventions make ``None`` whatever the header says.
Only columns typed by their header and a loose shape are decided again; a value that proves
itself (a checked card, a credit phrase of a vocabulary) keeps its type.
"""

from __future__ import annotations

from piplkit.discover.scan.columns import ColumnStats, Decision
from piplkit.discover.scan.header_words import contains
from piplkit.discover.scan.hints import HeaderEvidence, key_of
from piplkit.discover.scan.profiles import ProfileTable
from piplkit.discover.scan.table_context import decide_as_own

#: Columns a table needs before what it records can be read from the others (a lone balance
#: column, a two-column lookup, says nothing of whose it is: the header decides there).
MIN_COLUMNS = 3
#: Header words of a person's key or name (工号, member_id): beside one, the row is someone's (a
#: staff number and a bonus, set 9's control) though no column's values show a person.
PERSON_KEY_WORDS = ("工号", "员工", "职工", "会员", "客户", "用户", "学号", "学生", "患者", "账号",
                    "账户", "姓名", "staff", "employee", "empno", "empid", "member", "customer",
                    "cust", "user", "uid", "patient", "student", "account", "name")  # fmt: skip
#: Words of a questionnaire addressing its respondent (5、您的税前月收入, "your monthly income"):
#: each row is one respondent's answers, so the amounts are theirs (set 6's survey export).
RESPONDENT_WORDS = ("您", "你的", "本人", "your")
#: Types a number has only as a person's.
STANDING_TYPES = frozenset({"income", "account_balance", "credit_record"})


def apply_standing_rules(
    headers: list[HeaderEvidence],
    stats: list[ColumnStats],
    chance: list[set[str]],
    decisions: list[Decision],
    profiles: ProfileTable,
    *,
    product_table: bool,
) -> None:
    """Take, in place, a standing type from a shape-typed column of a table that holds no other
    PI and no header naming a person's key."""
    if len(decisions) < MIN_COLUMNS or any(_personal(d) for d in decisions):
        return
    if any(contains(key_of(s.name), w) for s in stats for w in PERSON_KEY_WORDS):
        return
    if any(w in s.name.lower() for s in stats for w in RESPONDENT_WORDS):
        return
    for i, d in enumerate(decisions):
        if d.pi_type not in STANDING_TYPES or d.evidence is None or d.evidence.values != "shape":
            continue
        decide_as_own(i, headers, stats, chance, decisions, profiles, product_table)


def _personal(decision: Decision) -> bool:
    """Whether a column holds any PI of its own (a landline beside a balance, a respondent's age
    band beside a survey's income question, set 13's and set 6's): then the rows are someone's."""
    return decision.pi_type is not None and decision.pi_type not in (*STANDING_TYPES, "cn_uscc")
