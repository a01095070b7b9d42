"""Table rules that decide a column by what the rest of its table records (issue 11, set 7).

A column's header and values are not always enough: the same 阴性 is a patient's test result in a
register of persons and a control sample's in a lab's QC sheet; the same IMEI is a person's phone
in a subscriber list and a greenhouse gateway's in a sensor log; a station's address is a radio
amateur's home in a licence register and a company's site in a pipeline log. The rules here look
at the other columns' decisions, after :func:`piplkit.discover.scan.classify.classify_sample`
decided each column alone, and decide again the columns they apply to.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from piplkit.discover.scan.analysis import clean
from piplkit.discover.scan.card_tails import card_tail
from piplkit.discover.scan.columns import ColumnStats, Decision, Evidence, decide
from piplkit.discover.scan.contact_cells import contact_entries
from piplkit.discover.scan.flat_values import flat_room
from piplkit.discover.scan.header_words import contains
from piplkit.discover.scan.hints import HeaderEvidence, key_of, normalise_header
from piplkit.discover.scan.name_parts import apply_name_part_rules
from piplkit.discover.scan.own_names import own_name_decision, own_name_type
from piplkit.discover.scan.profiles import ProfileTable
from piplkit.discover.scan.region_values import regions_only
from piplkit.discover.scan.table_births import apply_birth_rules
from piplkit.discover.scan.table_codes import apply_code_rules
from piplkit.discover.scan.table_context import (
    apply_context_rules,
    records_persons,
)
from piplkit.discover.scan.table_firms import apply_firm_rules
from piplkit.discover.scan.table_grades import apply_grade_rules
from piplkit.discover.scan.table_grams import apply_gram_rules
from piplkit.discover.scan.table_grants import apply_grant_rules
from piplkit.discover.scan.table_labels import apply_label_rules
from piplkit.discover.scan.table_ledgers import apply_ledger_rules
from piplkit.discover.scan.table_messages import apply_message_rules
from piplkit.discover.scan.table_ordered_tests import apply_ordered_test_rules
from piplkit.discover.scan.table_pages import apply_page_rules
from piplkit.discover.scan.table_parties import apply_party_rules
from piplkit.discover.scan.table_paths import apply_path_rules
from piplkit.discover.scan.table_payouts import apply_payout_rules
from piplkit.discover.scan.table_phones import apply_phone_rules
from piplkit.discover.scan.table_postal import apply_postal_rules
from piplkit.discover.scan.table_postings import apply_posting_rules
from piplkit.discover.scan.table_premises import apply_premises_rules
from piplkit.discover.scan.table_remarks import apply_remark_rules
from piplkit.discover.scan.table_revenue import apply_revenue_rules
from piplkit.discover.scan.table_standing import apply_standing_rules
from piplkit.discover.scan.table_surveys import apply_survey_rules
from piplkit.discover.scan.table_tariffs import apply_tariff_rules
from piplkit.discover.scan.table_terminals import apply_terminal_rules
from piplkit.discover.scan.table_things import apply_thing_rules
from piplkit.discover.scan.table_trades import apply_trade_rules
from piplkit.discover.scan.table_venues import apply_venue_rules
from piplkit.discover.scan.table_verdicts import apply_verdict_rules
from piplkit.discover.scan.table_workshops import apply_workshop_rules
from piplkit.discover.scan.tables import Row
from piplkit.discover.scan.title_values import placed_or_playing

#: Identifiers a machine has as well as a person's phone or computer: in a table that records
#: no person, under a header naming a machine (网关IMEI, controller_mac), they are the machine's.
MACHINE_IDS = frozenset({"imei", "imsi", "device_id", "mac_address", "ipv4", "ipv6"})
#: Outcomes of a laboratory or screening test (阴性, 阳性, 弱阳性): in a table that records
#: persons, a column of them is each person's result.
TEST_OUTCOMES = frozenset({"阴性", "阳性", "弱阳性", "阴性(-)", "阳性(+)", "negative", "positive"})
#: Answers of a test not (yet) reported (a self-test kit's 未反馈): neither an outcome nor
#: another value.
PENDING = frozenset({"未反馈", "待反馈", "未回传", "待回传", "未出结果", "待出结果", "待检测",
                     "未检测", "待检", "未检", "pending", "notreported", "not reported", "unknown",
                     "未知"})  # fmt: skip
#: Share of a column's values that must be test outcomes.
_OUTCOME_SHARE = 0.8


def apply_table_rules(
    rows: list[Row],
    headers: list[HeaderEvidence],
    stats: list[ColumnStats],
    chance: list[set[str]],
    decisions: list[Decision],
    profiles: ProfileTable,
    *,
    own: Sequence[bool],
    product_table: bool,
) -> None:
    """Decide again, in place, the columns whose table says what they are (module docstring)."""
    persons = records_persons(decisions)
    for i, d in enumerate(decisions):
        header = headers[i]
        if persons and header.site and "address" in header.types and d.pi_type is None:
            # A station's or an installation's address in a register of persons (an amateur
            # station licensed at home, a rooftop installation) is the person's address; a
            # station's name (a charging order's stationName) stays the site's.
            headers[i] = replace(header, organisation=False)
        elif (
            own[i]
            and not header.site
            and d.pi_type in MACHINE_IDS
            and not records_persons(decisions, skip=i)
        ):
            # a checked IMEI or MAC is still a valid one: the machine's (``decide`` blocks the
            # types under an organisation's own negative header, in full scans too)
            headers[i] = HeaderEvidence(negative=True, organisation=True)
        elif (
            d.pi_type == "job_title"
            and d.evidence is not None
            and d.evidence.values == "shape"
            and placed_or_playing(rows, i, profiles)
        ):
            # a player's position (前锋) or a volunteer's post (补给站) under ``position``/``post``
            headers[i] = HeaderEvidence(negative=True)
        elif d.pi_type in ("address", "employer") and regions_only(rows, i, profiles):
            # a caller's region (浙江杭州) or a native place given as a province (河南); (set
            # 16) where a migrant parent works given as a province and a city is no workplace
            headers[i] = HeaderEvidence(negative=True, organisation=True)
        elif d.pi_type is None and _clinical_result(rows, i, stats[i].name, decisions, profiles):
            # CONCLUSION, 严重程度 beside an examination's or an adverse event's health columns:
            # a generic result or grade word whose values are clinical (未见异常, 疑似职业病, 3级)
            decisions[i] = _health(d, stats[i], "shape")
            continue
        elif persons and d.pi_type is None and not header.types and _outcomes(rows, i, profiles):
            decisions[i] = _health(d, stats[i], "vocabulary")
            continue
        elif d.pi_type is None and (named := own_name_type(rows, i, stats[i].name, profiles)):
            # a child's given name (宝宝名: 婷婷) or a game character's name (roleName)
            decisions[i] = own_name_decision(d, stats[i], named)
            continue
        elif d.pi_type == "person_name" and contact_entries(rows, i, profiles):
            # (set 12) an emergency contact kept as JSON entries with a relation and a phone
            decisions[i] = own_name_decision(d, stats[i], "contacts")
            continue
        elif d.pi_type is None and flat_room(rows, i, stats[i].name, profiles):
            # a face gate's room or a landlord's unit holding the resident's flat
            decisions[i] = own_name_decision(d, stats[i], "address")
            continue
        elif d.pi_type is None and card_tail(rows, i, stats[i].name, profiles):
            # (set 17) a payment export's Card Last4: the card shown by its last digits
            decisions[i] = own_name_decision(d, stats[i], "bank_card")
            continue
        else:
            continue
        found = decide(stats[i], headers[i], chance[i], profiles, product_table=product_table)
        if header.site and found.pi_type != "address":
            headers[i] = header  # only an address is the person's; keep the site's other types
            continue
        decisions[i] = found
    apply_context_rules(
        rows, headers, stats, chance, decisions, profiles, persons=persons,
        product_table=product_table,
    )  # fmt: skip
    apply_party_rules(
        rows, headers, stats, chance, decisions, profiles, product_table=product_table
    )
    apply_thing_rules(
        rows, headers, stats, chance, decisions, profiles, product_table=product_table
    )
    apply_phone_rules(
        rows, headers, stats, chance, decisions, profiles, product_table=product_table
    )
    apply_venue_rules(
        rows, headers, stats, chance, decisions, profiles, product_table=product_table
    )
    apply_grant_rules(
        rows, headers, stats, chance, decisions, profiles, product_table=product_table
    )
    apply_premises_rules(headers, stats, chance, decisions, profiles, product_table=product_table)
    apply_ledger_rules(rows, decisions, profiles)
    apply_message_rules(rows, stats, decisions, profiles)
    apply_remark_rules(rows, stats, decisions, profiles)
    apply_grade_rules(rows, stats, decisions, profiles)
    apply_birth_rules(rows, headers, stats, decisions)
    apply_path_rules(rows, headers, stats, decisions, profiles)
    apply_label_rules(
        rows, headers, stats, chance, decisions, profiles, product_table=product_table
    )
    apply_firm_rules(rows, headers, stats, chance, decisions, profiles, product_table=product_table)
    apply_postal_rules(headers, stats, chance, decisions, profiles, product_table=product_table)
    apply_page_rules(rows, stats, decisions, profiles)
    apply_survey_rules(headers, stats, chance, decisions, profiles, product_table=product_table)
    apply_payout_rules(rows, stats, decisions, profiles)
    apply_name_part_rules(rows, stats, decisions, profiles)
    apply_trade_rules(rows, stats, decisions, profiles)
    apply_verdict_rules(rows, stats, decisions, profiles)
    apply_posting_rules(rows, stats, decisions, profiles)
    apply_revenue_rules(headers, stats, chance, decisions, profiles, product_table=product_table)
    apply_standing_rules(headers, stats, chance, decisions, profiles, product_table=product_table)
    apply_terminal_rules(
        rows, headers, stats, chance, decisions, profiles, product_table=product_table
    )
    apply_code_rules(
        rows, headers, stats, chance, decisions, profiles, product_table=product_table
    )
    apply_gram_rules(
        rows, headers, stats, chance, decisions, profiles, product_table=product_table
    )
    apply_ordered_test_rules(
        rows, headers, stats, chance, decisions, profiles, product_table=product_table
    )
    apply_tariff_rules(headers, stats, chance, decisions, profiles, product_table=product_table)
    apply_workshop_rules(
        rows, headers, stats, chance, decisions, profiles, product_table=product_table
    )


def _outcomes(rows: list[Row], index: int, profiles: ProfileTable) -> bool:
    values = [v for row in rows if (v := clean(row[index])) and not profiles.is_null(v)]
    values = [v for v in values if v.lower() not in PENDING]
    if not values:
        return False
    hits = sum(1 for v in values if v.lower() in TEST_OUTCOMES)
    return hits >= _OUTCOME_SHARE * len(values)


def _health(old: Decision, stats: ColumnStats, kind: str) -> Decision:
    evidence = Evidence(None, False, kind, 1.0)
    return Decision("health_record", 0.75, stats.non_empty, old.other, old.minors, evidence)


#: Generic words of a result or a grade: in a table with clinical columns they head clinical
#: results (an occupational exam's CONCLUSION, an adverse event's 严重程度).
RESULT_WORDS = ("结论", "结果", "conclusion", "result", "outcome", "严重程度", "severity", "分级",
                "等级", "grade", "评估", "assessment",
                # the outcome of a treatment or a cycle (结局: 临床妊娠; 转归: 好转; 预后)
                "结局", "转归", "预后", "prognosis")  # fmt: skip
#: Words of a level of service bought or assigned (a nursing home's 护理等级 一级/特级, a member's
#: level): a grade of care, not a clinical finding, beside clinical columns too (set 5's and set
#: 9's nursing homes).
SERVICE_LEVEL_WORDS = ("护理等级", "护理级别", "照护等级", "服务等级", "服务级别", "会员等级",
                       "carelevel", "servicelevel", "nursinglevel")  # fmt: skip
#: Words of a health examination (体检, 职业健康, exam, checkup): a result word under one heads
#: a clinical result in any record of a person.
EXAM_WORDS = ("体检", "查体", "健康检查", "职业健康", "职业病", "exam", "checkup", "medical",
              "physical")  # fmt: skip
#: Share of a result column's values that must fit the health profile.
_RESULT_SHARE = 0.8


def _clinical_result(
    rows: list[Row], index: int, name: str, decisions: list[Decision], profiles: ProfileTable
) -> bool:
    key = key_of(name)
    clinical = any(d.pi_type == "health_record" for i, d in enumerate(decisions) if i != index)
    if not clinical and not (
        any(contains(key, w) for w in EXAM_WORDS) and records_persons(decisions, skip=index)
    ):
        # (set 15, fix11u) a result under a word of a health examination (exam_conclusion,
        # 体检结论) is one in a record of a person even with no other clinical column
        return False
    if not any(contains(key, normalise_header(w)) for w in RESULT_WORDS):
        return False
    if any(contains(key, normalise_header(w)) for w in SERVICE_LEVEL_WORDS):
        return False
    profile = profiles.get("health_record")
    values = [v for row in rows if (v := clean(row[index])) and not profiles.is_null(v)]
    if profile is None or not values:
        return False
    return sum(1 for v in values if profile.fits(v)) >= _RESULT_SHARE * len(values)
