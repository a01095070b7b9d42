"""Table rules of the causes held-out set 8 showed (issue 11): whose a column is, read from the
other columns of its table.

* An animal's weight and diagnosis in a vet's or a boarding kennel's table (a pet's name, breed
  or microchip beside them) are the animal's, not the owner's.
* A camera's snapshot in a table of vehicles (plates, and no person) shows a car.
* A fleet's VIN or plate beside its own fleet number, in a table that records no person, is
  the company's asset (a driving school's training cars).
* An organisation's ledger (科目, 摘要, 收入, 支出, 余额) records no person's income or balance.
* A bare road name (中山路) in a table that records no person is where a meter or a sign
  stands, not someone's address.
* A login word over running record keys (个人账号: GJJ20261200001) heads a key, not a login.
* A company name under 企业名称 or 公司名称 in a register of persons is where they work (not in
  a table that names an organisation by its credit code and no person by name: there it is
  that party's own name).

Each rule that takes a type away makes the header the organisation's own (negative), so
:func:`piplkit.discover.scan.columns.decide` agrees in a full count too.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from piplkit.discover.scan.analysis import values_share
from piplkit.discover.scan.columns import ColumnStats, Decision, Evidence, decide
from piplkit.discover.scan.header_words import HeaderKey, contains
from piplkit.discover.scan.hints import HeaderEvidence, key_of, normalise_header
from piplkit.discover.scan.profiles import ProfileTable
from piplkit.discover.scan.tables import Row

#: Types only a person has: a column of one shows that the table records persons.
PERSON_TYPES = frozenset(
    {"person_name", "cn_resident_id", "cn_mobile", "passport", "email", "bank_card",
     "social_security_card", "hk_macau_permit", "taiwan_permit", "foreign_permanent_resident_id",
     "military_id", "driver_license", "wechat_id", "qq_number", "account_name"}
)  # fmt: skip
#: Evidence that a column holds its type by its values, not only by a loose shape.
FIRM = frozenset({"validated", "model", "vocabulary", "masked"})
#: Words of a column that identifies an animal: its name, breed, species or microchip.
ANIMAL_WORDS = ("宠物", "品种", "芯片", "犬种", "猫种", "毛色", "绝育", "畜", "breed", "species",
                "microchip", "petname", "pettype", "animal")  # fmt: skip
#: Words saying a column is about the animal's owner or keeper (主人姓名, owner_phone).
OWNER_WORDS = ("主人", "宠主", "饲主", "户主", "客户", "owner", "keeper", "customer")
#: Types an animal has as a person does: in a table of animals, judged by the values' shape
#: under a bare header (体重kg, 诊断), they are the animal's.
ANIMAL_TYPES = frozenset({"body_measurement", "health_record", "age", "birth_date", "gender"})
#: Words of a fleet's or an operator's own vehicle number (车辆编号 JX-15), not a plate.
FLEET_WORDS = ("车辆编号", "自编号", "内部编号", "车辆自编号", "车辆序号", "fleetno", "fleetnumber",
               "fleetid", "unitno")  # fmt: skip
#: Whole headers of an accounting ledger's columns.
LEDGER_WORDS = frozenset({"科目", "摘要", "支出", "借方", "贷方", "凭证", "expense", "expenses",
                          "debit", "credit", "经手"})  # fmt: skip
#: A bare road or street name with no house number (中山路, 解放大道, 人民路东段).
_BARE_ROAD = re.compile(
    r"[\u4e00-\u9fff]{1,10}(?:路|街|大道|大街|巷|胡同|弄|道)(?:[东西南北中]段)?"
)
#: A running record key: a short upper-case prefix and a long digit run (GJJ20261200001).
_RUNNING_KEY = re.compile(r"[A-Z]{1,5}[0-9]{6,}")
#: Headers naming an organisation by its name: in a register of persons, their employer.
COMPANY_NAME_WORDS = frozenset({"企业名称", "公司名称", "企业", "公司全称", "enterprisename",
                                "enterprise", "companyfullname"})  # fmt: skip
#: An English gloss after a Chinese header (公司名称 Company, normalised 公司名称company).
_ENGLISH_GLOSS = re.compile(r"(?<=[\u4e00-\u9fff])[a-z ]+$")
#: Identifiers a register of persons may hold under a header that names none of them (c3,
#: seller_id): checked or masked values of these decide such a column there (the first only,
#: under a header that is not opaque).
UNNAMED_IDS = ("cn_resident_id", "imsi", "mac_address", "device_id", "license_plate")
#: Headers naming a person by a religious name (法名 觉远, 经名 穆萨) or a stage name (艺名 小鹿,
#: stageName Kiki: a name a performer is known by, tied to no account), which have no surname.
RELIGIOUS_NAME_WORDS = frozenset({"法名", "法号", "经名", "教名", "圣名", "洗礼名", "宗教名",
                                  "dharmaname", "baptismalname", "religiousname", "艺名",
                                  "stagename", "artistname"})  # fmt: skip
_RELIGIOUS_NAME = re.compile(r"[\u4e00-\u9fff]{2,4}|[A-Za-z][A-Za-z .'-]{1,23}")
#: An 18-digit resident ID a spreadsheet stored as a number: a birth date in its place and the
#: value a double holds exactly (its last digits rounded away: 450103198907272512).
_FLOAT_ID = re.compile(
    r"[1-8][0-9]{5}(?:19|20)[0-9]{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12][0-9]|3[01])[0-9]{4}"
)
#: Words of the company a row belongs to (所属公司【单位】): in a register of persons, its employer;
#: in a store directory, the store's owner.
BELONGING_WORDS = ("所属公司", "所属单位", "所属企业", "隶属单位", "挂靠单位", "所在公司名称")
#: Share of values a value rule needs.
_SHARE = 0.8


def records_persons(decisions: Sequence[Decision], skip: int = -1) -> bool:
    """Whether a column other than ``skip`` holds an identifier or a name only a person has,
    shown by its values (a loose shape under a header is not enough)."""
    return any(
        d.pi_type in PERSON_TYPES and d.evidence is not None and d.evidence.values in FIRM
        for i, d in enumerate(decisions)
        if i != skip
    )


def decide_as_own(
    i: int,
    headers: list[HeaderEvidence],
    stats: list[ColumnStats],
    chance: list[set[str]],
    decisions: list[Decision],
    profiles: ProfileTable,
    product_table: bool,
) -> None:
    """Make column ``i``'s header the organisation's own (negative) and decide it again, in
    place: the table rules' way of taking a type away, so that only validated values could keep
    the column PI and :func:`~piplkit.discover.scan.columns.decide` agrees in a full count too
    (the header, not the decision, is what the full count reads)."""
    headers[i] = HeaderEvidence(negative=True, organisation=True)
    decisions[i] = decide(stats[i], headers[i], chance[i], profiles, product_table=product_table)


def decide_as(
    i: int,
    header: HeaderEvidence,
    headers: list[HeaderEvidence],
    stats: list[ColumnStats],
    chance: list[set[str]],
    decisions: list[Decision],
    profiles: ProfileTable,
    product_table: bool,
) -> bool:
    """Decide column ``i`` again under ``header`` (which names the type the rule reads the
    column as) and keep header and decision, in place, only if the values bear that type out;
    whether they did."""
    found = decide(stats[i], header, chance[i], profiles, product_table=product_table)
    if found.pi_type not in header.types:
        return False
    headers[i], decisions[i] = header, found
    return True


def apply_context_rules(
    rows: list[Row],
    headers: list[HeaderEvidence],
    stats: list[ColumnStats],
    chance: list[set[str]],
    decisions: list[Decision],
    profiles: ProfileTable,
    *,
    persons: bool,
    product_table: bool,
) -> None:
    """Decide again, in place, the columns the rules above apply to."""
    keys = [key_of(s.name) for s in stats]
    texts = [normalise_header(s.name) for s in stats]
    animals = sum(1 for k in keys if any(contains(k, w) for w in ANIMAL_WORDS)) >= 2
    fleet = any(any(contains(k, w) for w in FLEET_WORDS) for k in keys)
    plates = any(d.pi_type == "license_plate" for d in decisions)
    ledger = sum(1 for t in texts if t in LEDGER_WORDS) >= 2
    # a row that carries an organisation's credit code and names no person names that
    # organisation: a company name beside it is the party's own name, not where a person works
    # (a sales lead's contact named with a job title beside the code still works there)
    party = any(d.pi_type == "cn_uscc" for d in decisions) and not any(
        d.pi_type in ("person_name", "job_title") for d in decisions
    )
    for i, d in enumerate(decisions):
        kind = d.evidence.values if d.evidence is not None else None
        if d.pi_type is None and texts[i] in RELIGIOUS_NAME_WORDS:
            if values_share(rows, i, profiles, _RELIGIOUS_NAME.fullmatch, _SHARE):
                decisions[i] = _typed(d, stats[i], "person_name")
            continue
        if persons and not party and d.pi_type is None and _company_header(keys[i], texts[i]):
            employer = replace(headers[i], types=("employer",), organisation=False)
            decide_as(i, employer, headers, stats, chance, decisions, profiles, product_table)
            continue
        if d.pi_type is None and not headers[i].types and records_persons(decisions, skip=i):
            _unnamed(rows, i, headers, stats, chance, decisions, profiles, product_table)
            continue
        if kind == "shape" and d.pi_type in ANIMAL_TYPES and animals:
            own = not any(contains(keys[i], w) for w in OWNER_WORDS)
        elif kind == "shape" and d.pi_type == "account_name":
            own = values_share(rows, i, profiles, _RUNNING_KEY.fullmatch, 0.9)
        elif persons:
            continue
        elif d.pi_type == "face_image":
            own = plates and kind == "shape"  # a parking camera's snapshot of a car
        elif d.pi_type in ("vin", "license_plate"):
            own = fleet
        elif d.pi_type in ("income", "account_balance"):
            own = ledger and kind == "shape"
        else:
            own = d.pi_type == "address" and values_share(
                rows, i, profiles, _BARE_ROAD.fullmatch, _SHARE
            )
        if own:
            decide_as_own(i, headers, stats, chance, decisions, profiles, product_table)


def _company_header(key: HeaderKey, text: str) -> bool:
    # (set 19) a bilingual header (公司名称 Company) names it as its Chinese part does
    chinese = _ENGLISH_GLOSS.sub("", text)
    return (
        text in COMPANY_NAME_WORDS
        or (chinese != text and chinese in COMPANY_NAME_WORDS)
        or any(contains(key, w) for w in BELONGING_WORDS)
    )


def _unnamed(
    rows: list[Row],
    i: int,
    headers: list[HeaderEvidence],
    stats: list[ColumnStats],
    chance: list[set[str]],
    decisions: list[Decision],
    profiles: ProfileTable,
    product_table: bool,
) -> None:
    """Checked or masked identifiers under a header that names no type, beside a person's."""
    header = headers[i]
    if header.organisation or (header.negative and not header.opaque):
        return  # an order's or a case's own number (ACCEPT_NO, 随访编号) is a key
    # a header that says something (seller_id) but names no type: only a resident ID's checked
    # or masked shape is firm enough; an opaque one (c3) is read by its values alone
    for type_id in UNNAMED_IDS if header.opaque else UNNAMED_IDS[:1]:
        named = replace(header, types=(type_id,), word=None, negative=False, opaque=False)
        found = decide(stats[i], named, chance[i], profiles, product_table=product_table)
        firm = found.evidence is not None and found.evidence.values in ("validated", "masked")
        if found.pi_type == type_id and firm:
            headers[i], decisions[i] = named, found
            return
    if values_share(rows, i, profiles, _float_id, _SHARE):
        decisions[i] = _typed(decisions[i], stats[i], "cn_resident_id")


def _float_id(value: str) -> bool:
    return bool(_FLOAT_ID.fullmatch(value)) and float(int(value)) == int(value)


def _typed(old: Decision, stats: ColumnStats, type_id: str) -> Decision:
    evidence = Evidence(None, False, "shape", 1.0)
    return Decision(type_id, 0.7, stats.non_empty, old.other, old.minors, evidence)
