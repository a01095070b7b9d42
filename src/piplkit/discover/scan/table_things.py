"""Table rules of the causes held-out set 10 showed (issue 11): columns that describe things,
not people, although their values have a person type's shape.

* Running numbers drawn in a mobile's shape (an order, a ticket or a registration number:
  ``1`` and ten digits) are not mobiles: numbers drawn at random fail the numbering plan about a
  quarter of the time, while subscribers' numbers never do (but the lone contact of a person's
  record stays a mobile: ``table_phones``).
* A table of equipment (a serial number, a machine or a meter number, a cell id, or a fleet's
  register beside them) that records nothing of a person's: its IP and MAC addresses, IMEIs,
  coordinates and landlines are the equipment's (a KTV jukebox's LAN address, a vending
  machine's modem, a gas station's position). A table with a device's advertising ID, an IMSI,
  a VIN or a plate beside them is about the people who use the device or drive the car.
* A VIN or a plate beside a vehicle a business runs (营运车牌, 教练车牌) is that car's (set 10's
  choice 16); so is a bare plate beside a bus line or a dispatch (线路, 派车: a school bus, an
  ambulance).
* A private-network address under a header naming a machine (机器IP, 收银机IP) is that
  machine's, even beside the persons who used it (an internet cafe's log).
* A name found only by the name model in a catalogue of works (ISBN, 出版社) or under a business
  header (品牌, 门店), with no person beside it, is an author's, a brand's or a shop's (an asset
  ledger's 使用人 stays its user's: goods tables name the people who hold them).
* A resident's standing (业主, 租户, 家属) or a bare grade (初级, 中级, 高级) is no job title.
* A health type judged by the values' shape in a stock list (blood units in a blood bank) is
  the stock's kind.
* An amount of a business's takings (门票收入, 营业收入) in a table that records nobody is no
  one's income.
* A transaction's kind (交易类型: 转账, 红包) over a handful of values is a category, not the
  person's record of transactions.
* A delivery's proof photo (``pod_photo``, 签收照片) shows a door or a locker, not a face.
* A housing provident fund's account number (公积金账号) is a key (set 10's choice 20).

Each rule that takes a type away makes the header the organisation's own (negative), so
:func:`piplkit.discover.scan.columns.decide` agrees in a full count too.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from piplkit.discover.detect.recognizers.mobile import is_cn_mobile_prefix
from piplkit.discover.scan.analysis import clean, values_share
from piplkit.discover.scan.columns import ColumnStats, Decision
from piplkit.discover.scan.header_words import HeaderKey, contains, last_token_start
from piplkit.discover.scan.hints import HeaderEvidence, key_of
from piplkit.discover.scan.profiles import ProfileTable
from piplkit.discover.scan.table_context import decide_as_own, records_persons
from piplkit.discover.scan.table_phones import lone_contact
from piplkit.discover.scan.tables import Row

#: A number in a mobile's plain shape.
_MOBILE_SHAPE = re.compile(r"1[3-9][0-9]{9}")
#: Full-width digits (０-９), as a Chinese input method types them.
_FULLWIDTH_DIGITS = re.compile("[\uff10-\uff19]{3}")
#: Share of a column's values that must have a mobile's plain shape, and share of those that
#: must fail the numbering plan, for the column to be a series of running numbers.
_SHAPED = 0.8
_FAILING = 0.1
#: Types equipment has as well as a person: in a table of equipment, the equipment's.
EQUIPMENT_TYPES = frozenset(
    {"ipv4", "ipv6", "mac_address", "imei", "geo_coordinates", "cn_landline"}
)
#: Words of a header that numbers a piece of equipment or a network cell (序列号, lock_serial,
#: 机器号, machineId, 电表号, CELL_ID): beside one, a table lists equipment.
EQUIPMENT_WORDS = ("序列号", "serial", "机器号", "机台号", "machineid", "machineno",
                   "设备编号", "资产编号", "assetno", "assetid", "表号", "meterno", "meterid",
                   "cellid", "enbid", "gnbid", "基站", "小区号")  # fmt: skip
#: Words of a vehicle register (a fleet's model, inspections, insurance) that mark a table of
#: a company's vehicles when nothing of a person's is beside them.
FLEET_WORDS = ("车型", "年检", "保险到期", "行驶证到期", "车队", "vehiclemodel", "fleet")
#: Words of a vehicle a business runs for hire or teaching (营运车牌, 教练车; the header hints'
#: corporate words): beside one, a bare VIN or plate column is the same car's.
OPERATED_WORDS = ("营运车", "运营车辆", "教练车", "教学车", "operatingvehicle", "coachcar",
                  "trainingcar")  # fmt: skip
#: Words of a bus line or a dispatch (线路, 班次, 派车): a bare plate beside one is the bus's or
#: the ambulance's the operator runs, not a passenger's car.
ROUTE_WORDS = ("线路", "班线", "班次", "派车", "出车", "发车")
#: Words of a car's private keeper (车主, owner): the car is hers wherever it goes.
KEEPER_WORDS = ("车主", "私家", "本人", "owner", "private")
#: Words of a machine in a header (机器IP, 收银机IP, kiosk_ip): a person's own phone or computer
#: is named otherwise (终端, 设备, client).
MACHINE_WORDS = ("机器", "机台", "收银机", "点歌机", "自助机", "一体机", "售货机", "门禁机",
                 "kiosk", "machine", "jukebox")  # fmt: skip
#: Words of a catalogue of goods or works (ISBN, 出版社, 索书号): its names are brands or authors.
CATALOGUE_WORDS = ("isbn", "出版社", "publisher", "索书号", "callnumber", "馆藏")
#: A resident's or a member's standing towards a property or a household, not a job.
STANDINGS = frozenset({"业主", "租户", "租客", "家属", "住户", "房东", "访客", "亲属", "家人",
                       "同住人", "owner", "tenant", "resident", "family", "visitor", "landlord",
                       "guest"})  # fmt: skip
#: A bare grade of skill or a course level (初级, 单板中级, advanced).
_GRADE = re.compile(
    r"(?:单板|双板|少儿|成人)?(?:初级|中级|高级|入门|进阶|专业|精英|特级|[一二三四五六七八九十]级)"
    r"|beginner|intermediate|advanced|expert|novice",
    re.IGNORECASE,
)
#: Words of a stock list (库存, stock): a health type's shape there is the goods' kind.
STOCK_WORDS = ("库存", "存量", "在库", "stock", "inventory")
#: Words of a business's takings (门票收入, 营业收入, revenue).
TAKINGS_WORDS = ("门票", "营业", "销售", "票房", "营收", "经营", "revenue", "turnover", "sales",
                 "ticket", "gmv")  # fmt: skip
#: Words of a kind or a category (交易类型, txn_type).
KIND_WORDS = ("类型", "类别", "种类", "方式", "type", "category", "kind")
#: Most distinct values a column of kinds has.
_KINDS = 10
#: Words of a delivery's proof (pod, 签收照片).
PROOF_WORDS = ("签收照片", "签收图片", "妥投照片", "投递照片", "送达照片", "proofofdelivery",
               "deliveryphoto")  # fmt: skip
#: Words of a housing provident fund (公积金, gjj).
FUND_WORDS = ("公积金", "gjj")
#: Share of values a value rule needs.
_SHARE = 0.8


def apply_thing_rules(
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
    equipment = _equipment_table(keys, decisions)
    catalogue = _any_word(keys, CATALOGUE_WORDS)
    stock = _any_word(keys, STOCK_WORDS)
    operated = _any_word(keys, OPERATED_WORDS)
    routed = _any_word(keys, ROUTE_WORDS)
    for i, d in enumerate(decisions):
        kind = d.evidence.values if d.evidence is not None else None
        alone = not any(x.pi_type for j, x in enumerate(decisions) if j != i)
        if d.pi_type == "cn_mobile":
            own = (
                "cn_mobile" not in headers[i].types
                and _series(rows, i, profiles)
                and not lone_contact(i, headers, decisions)
            )
        elif d.pi_type in EQUIPMENT_TYPES and equipment:
            own = True
        elif d.pi_type in ("vin", "license_plate"):
            own = operated or (
                routed and d.pi_type == "license_plate" and not _any(keys[i], KEEPER_WORDS)
            )
        elif d.pi_type in ("ipv4", "ipv6"):
            own = _any(keys[i], MACHINE_WORDS) and 0 < d.matches <= 2 * stats[i].private
        elif d.pi_type == "person_name":
            own = (
                kind == "model"
                and "person_name" not in headers[i].types
                and (catalogue or headers[i].negative)
                and not records_persons(decisions, skip=i)
            )
            if own:  # the model is not run in a full count: no header decides it back
                headers[i] = HeaderEvidence(negative=True, organisation=True)
                decisions[i] = Decision(None, 0.0, 0, d.other, d.minors)
            continue
        elif d.pi_type == "job_title" and kind == "shape":
            own = values_share(rows, i, profiles, _standing, _SHARE) or (
                "job_title" not in headers[i].types
                and values_share(rows, i, profiles, _GRADE.fullmatch, _SHARE)
            )
        elif d.pi_type == "health_record" and kind == "shape":
            own = stock and not records_persons(decisions, skip=i)
        elif d.pi_type == "income" and kind == "shape":
            own = alone and _any(keys[i], TAKINGS_WORDS)
        elif d.pi_type == "transaction_record" and kind == "shape":
            own = _any(keys[i], KIND_WORDS) and _distinct(rows, i, profiles) <= _KINDS
        elif d.pi_type == "face_image":
            own = _any(keys[i], PROOF_WORDS) or last_token_start(keys[i], "pod") >= 0
        elif d.pi_type in ("account_name", "bank_card") and kind != "validated":
            own = _any(keys[i], FUND_WORDS)
        else:
            continue
        if own:
            decide_as_own(i, headers, stats, chance, decisions, profiles, product_table)


def _any(key: HeaderKey, words: Sequence[str]) -> bool:
    return any(contains(key, w) for w in words)


def _any_word(keys: Sequence[HeaderKey], words: Sequence[str]) -> bool:
    return any(_any(k, words) for k in keys)


def _equipment_table(keys: Sequence[HeaderKey], decisions: Sequence[Decision]) -> bool:
    """Whether a table lists equipment: a header numbers equipment (or the table is a fleet's
    register), and no column holds a type that is not also the equipment's."""
    if any(d.pi_type is not None and d.pi_type not in EQUIPMENT_TYPES for d in decisions):
        return False
    return _any_word(keys, EQUIPMENT_WORDS) or _any_word(keys, FLEET_WORDS)


def _series(rows: list[Row], index: int, profiles: ProfileTable) -> bool:
    """Whether a column holds running numbers in a mobile's shape, many outside the plan.

    (Set 14) Numbers a system draws are written in ASCII digits; a column mostly in
    full-width digits (１３８…) was typed by people through a Chinese input method, so its
    numbers are the ones they gave, off the plan or not."""
    values = [v for row in rows if (v := clean(row[index])) and not profiles.is_null(v)]
    shaped = [v for v in values if _MOBILE_SHAPE.fullmatch(v)]
    if len(shaped) < 10 or len(shaped) < _SHAPED * len(values):
        return False
    typed = sum(1 for row in rows if (c := row[index]) and _FULLWIDTH_DIGITS.search(c))
    if typed >= _SHAPED * len(shaped):
        return False
    failing = sum(1 for v in shaped if not is_cn_mobile_prefix(v[:7]))
    return failing >= _FAILING * len(shaped)


def _standing(value: str) -> bool:
    return value.lower() in STANDINGS


def _distinct(rows: list[Row], index: int, profiles: ProfileTable) -> int:
    values = {v for row in rows if (v := clean(row[index])) and not profiles.is_null(v)}
    return len(values)
