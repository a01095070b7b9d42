"""Table rules of the causes the lost held-out set 9 showed (issue 11): whose a column is, and
what it measures, read from the other columns of its table.

* A cycle's or a period's length (``cycle_len``, ``period_len``) beside a menstrual column
  (``last_period``, 末次月经, 排卵日) is a fertility app's health record; the same words in a
  subscription table are a billing cycle.
* A login header over e-mail addresses (登录账号: ``li@163.com``) holds e-mail addresses: the
  checked value names the type better than the header's loose word.
* Codes of goods shaped like a person's identifier (a part number that is a valid mobile
  number, a factory's IMEIs, a fleet's VINs and plates) in a goods or vehicle table that
  records no person are the goods' own.
* A bonus or an amount beside a department or a pool (部门, 奖金池) where no person is recorded
  is the organisation's allocation, not someone's income.
* The address or landline of a party whose name column holds companies (申请人: 某某科技有限公司,
  then 申请人地址) is the company's.

Each rule that takes a type away makes the header the organisation's own (negative), so
:func:`piplkit.discover.scan.columns.decide` agrees in a full count too.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from piplkit.discover.scan.analysis import values_share
from piplkit.discover.scan.columns import ColumnStats, Decision, Evidence
from piplkit.discover.scan.header_words import HeaderKey, contains
from piplkit.discover.scan.hints import HeaderEvidence, key_of, normalise_header
from piplkit.discover.scan.profiles import ProfileTable
from piplkit.discover.scan.table_context import decide_as, decide_as_own, records_persons
from piplkit.discover.scan.tables import Row

#: Words of a menstrual column: beside one, a cycle's or a period's length is the woman's.
MENSTRUAL_WORDS = ("lastperiod", "periodstart", "末次月经", "月经", "经期", "menstrua", "menses",
                   "ovulation", "排卵", "lmp")  # fmt: skip
#: Words of a length of a cycle or a period (cycle_len, period_days, 周期天数).
CYCLE_WORDS = ("cycle", "period", "周期", "经期")
#: Identifiers goods and vehicles carry as well as persons.
GOODS_IDS = frozenset({"cn_mobile", "imei", "mac_address", "vin", "license_plate"})
#: Words of goods as made (出厂日期, 生产批次, 质检): a factory's table. A device's model alone
#: (phoneModel, 设备型号) is not one: an app's or a wearable's users' devices have it too.
GOODS_WORDS = ("出厂", "生产日期", "生产批次", "批次", "质检", "manufactur", "batch", "入库日期")
#: Words of a vehicle asset register (a fleet's or a company bus's: model, route, seats).
VEHICLE_WORDS = ("车型", "品牌型号", "车辆型号", "发动机号", "出厂日期", "购置日期", "年检", "班车",
                 "通勤车", "公务车", "校车", "车队", "座位数", "核载", "线路", "vehiclemodel",
                 "fleet", "shuttle", "seats")  # fmt: skip
#: Words of an organisation's unit or fund an amount is allocated to.
POOL_WORDS = ("部门", "科室", "团队", "班组", "事业部", "奖金池", "奖池", "资金池", "department",
              "dept", "team", "pool")  # fmt: skip
#: Words of a person's own key or name: beside one, an amount may be that person's pay.
STAFF_WORDS = ("工号", "员工", "职工", "人员", "姓名", "staff", "employee", "emp", "worker",
               "name")  # fmt: skip
#: Words that end a party's name column (申请人名称) and are dropped to find the party (申请人).
_NAME_ENDS = ("名称", "姓名", "全称", "name")
#: A company's registered name (…有限公司, …集团).
_COMPANY = re.compile(
    r".{2,40}(?:有限责任公司|股份有限公司|有限公司|集团|公司|研究院|研究所|事务所)"
)
#: Types a party's address or office number has.
PARTY_TYPES = frozenset({"address", "cn_landline"})
#: Share of values a value rule needs.
_SHARE = 0.8


def apply_party_rules(
    rows: list[Row],
    headers: list[HeaderEvidence],
    stats: list[ColumnStats],
    chance: list[set[str]],
    decisions: list[Decision],
    profiles: ProfileTable,
    *,
    product_table: bool,
) -> None:
    """Decide again, in place, the columns the rules above apply to."""
    keys = [key_of(s.name) for s in stats]
    menstrual = _any_word(keys, MENSTRUAL_WORDS)
    vehicles = _any_word(keys, VEHICLE_WORDS)
    goods = product_table or _any_word(keys, GOODS_WORDS)
    pool = _any_word(keys, POOL_WORDS) and not _any_word(keys, STAFF_WORDS)
    firms = _company_parties(rows, stats, profiles)
    for i, d in enumerate(decisions):
        kind = d.evidence.values if d.evidence is not None else None
        if d.pi_type is None and menstrual and _cycle(keys[i]) and not headers[i].organisation:
            if _measured(rows, i, profiles):  # bare numbers of days, as under 月经周期
                evidence = Evidence(None, False, "shape", 1.0)
                decisions[i] = Decision(
                    "health_record", 0.7, stats[i].non_empty, d.other, d.minors, evidence
                )
            continue
        if d.pi_type == "account_name" and _mostly(stats[i], "email"):
            mail = replace(headers[i], types=("email",))
            decide_as(i, mail, headers, stats, chance, decisions, profiles, product_table)
            continue
        if d.pi_type in PARTY_TYPES and _party_of(normalise_header(stats[i].name), firms):
            own = True
        elif records_persons(decisions, skip=i):
            continue
        elif d.pi_type in GOODS_IDS and not (d.pi_type == "cn_mobile" and headers[i].types):
            # (a phone the header names, receiverMobile in an after-sale table, stays a phone)
            own = goods or (vehicles and d.pi_type in ("vin", "license_plate"))
        else:
            own = d.pi_type == "income" and pool and kind == "shape"
        if own:
            decide_as_own(i, headers, stats, chance, decisions, profiles, product_table)


def _any_word(keys: Sequence[HeaderKey], words: Sequence[str]) -> bool:
    return any(any(contains(k, w) for w in words) for k in keys)


def _cycle(key: HeaderKey) -> bool:
    return any(contains(key, w) for w in CYCLE_WORDS)


def _measured(rows: list[Row], index: int, profiles: ProfileTable) -> bool:
    profile = profiles.get("health_record")
    if profile is None:
        return False
    return values_share(rows, index, profiles, profile.fits_measured, _SHARE)


def _mostly(stats: ColumnStats, type_id: str) -> bool:
    return stats.non_empty > 0 and stats.whole[type_id] >= _SHARE * stats.non_empty


def _company_parties(
    rows: list[Row], stats: list[ColumnStats], profiles: ProfileTable
) -> list[str]:
    """The parties (申请人) whose name column holds companies' registered names."""
    parties = []
    for i, s in enumerate(stats):
        if values_share(rows, i, profiles, _COMPANY.fullmatch, _SHARE):
            text = normalise_header(s.name)
            for end in _NAME_ENDS:
                if text.endswith(end) and len(text) > len(end):
                    text = text[: -len(end)]
                    break
            if len(text) >= 2:
                parties.append(text)
    return parties


def _party_of(text: str, parties: list[str]) -> bool:
    """Whether a header (申请人地址) begins with a company party's word and adds to it."""
    return any(text.startswith(p) and len(text) > len(p) for p in parties)
